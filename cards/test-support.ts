import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';
import type { FormatsPlugin } from 'ajv-formats';
import * as ajvFormats from 'ajv-formats';
import { cardBytes, TEAMS_LIMITS } from './adaptive.ts';

/*
 * Test-only checks for Adaptive Cards: the official 1.5 JSON schema (value types, enums, unknown
 * properties) and the official `adaptivecards` parser (unknown types, version-gated elements,
 * duplicate ids). Each catches what the other lets through. Not exported from index.ts.
 */

const SCHEMA_URL = new URL('../test/contracts/adaptive-cards/adaptive-card.1.5.schema.json', import.meta.url);

// ajv-formats is CommonJS with `exports.default`; under NodeNext the namespace may or may not unwrap.
const addFormats = ((ajvFormats as unknown as { default?: FormatsPlugin }).default ??
  (ajvFormats as unknown as FormatsPlugin)) as FormatsPlugin;

let validator: ValidateFunction | undefined;

function schemaValidator(): ValidateFunction {
  if (validator) return validator;
  const schema = JSON.parse(readFileSync(SCHEMA_URL, 'utf8')) as Record<string, unknown>;
  // Draft-06 schema with a top-level `id`: Ajv 8 needs both removed to compile it.
  delete schema.$schema;
  delete schema.id;
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  validator = ajv.compile(schema);
  return validator;
}

// The package's ESM entry does not resolve in Node; the UMD bundle does.
const AC = createRequire(import.meta.url)(
  'adaptivecards/dist/adaptivecards.js',
) as typeof import('adaptivecards');

/** Every reason Teams could reject or mis-render `card`; empty when it is fine. */
export function adaptiveCardProblems(card: unknown): string[] {
  const problems: string[] = [];
  const validate = schemaValidator();
  if (!validate(card)) {
    for (const e of validate.errors ?? []) problems.push(`schema: ${e.instancePath} ${e.message ?? ''}`);
  }
  const parsed = new AC.AdaptiveCard();
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  parsed.parse(card, context);
  for (let i = 0; i < context.eventCount; i++) problems.push(`parse: ${context.getEventAt(i).message}`);
  for (const e of parsed.validateProperties().validationEvents) problems.push(`validate: ${e.message}`);
  const bytes = cardBytes(card);
  if (bytes > TEAMS_LIMITS.cardBytes)
    problems.push(`card is ${bytes} bytes (budget ${TEAMS_LIMITS.cardBytes})`);
  return problems;
}

/** Walks a card and collects every Action.Execute (including inside Action.ShowCard cards). */
export function executeActions(node: unknown): Array<{ verb: string; title: string; data: unknown }> {
  const out: Array<{ verb: string; title: string; data: unknown }> = [];
  const walk = (n: unknown): void => {
    if (Array.isArray(n)) {
      for (const x of n) walk(x);
      return;
    }
    if (typeof n !== 'object' || n === null) return;
    const o = n as Record<string, unknown>;
    if (o.type === 'Action.Execute') out.push({ verb: String(o.verb), title: String(o.title), data: o.data });
    for (const v of Object.values(o)) walk(v);
  };
  walk(node);
  return out;
}

/** Every element of `type` anywhere in a card or Block Kit payload. */
export function findAll(node: unknown, type: string): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  const walk = (n: unknown): void => {
    if (Array.isArray(n)) {
      for (const x of n) walk(x);
      return;
    }
    if (typeof n !== 'object' || n === null) return;
    const o = n as Record<string, unknown>;
    if (o.type === type) out.push(o);
    for (const v of Object.values(o)) walk(v);
  };
  walk(node);
  return out;
}
