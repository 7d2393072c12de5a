import type { ScriptLanguage } from '../db/schema/scripts.ts';
import { REDACTED } from '../shared/redact.ts';
import { type DestructiveFlag, flagDestructive } from './destructive.ts';
import {
  type ParamSource,
  type ScriptParam,
  schemaProblems,
  sourceOf,
  substitute,
  valueProblem,
} from './params.ts';
import type { SessionValues } from './session-values.ts';

export type FilledFrom = 'given' | 'session' | 'default';

export interface RenderedParam {
  name: string;
  type: ScriptParam['type'];
  description: string;
  required: boolean;
  choices: string[];
  source: ParamSource | null;
  /** Null for a secret: its value is never sent back or kept. */
  value: string | null;
  filledFrom: FilledFrom | null;
  problem: string | null;
}

export interface RenderedScript {
  language: ScriptLanguage;
  /** The script to copy. Unfilled parameters (and secrets unless revealed) stay as `{{Name}}`. */
  body: string;
  params: RenderedParam[];
  /** Required parameters still without a value. */
  missing: string[];
  /** "Name: why" for values that break their type or pattern (not substituted). */
  problems: string[];
  /** Body and schema disagree ({{X}} not declared, or a parameter never used). */
  schemaProblems: string[];
  flags: readonly DestructiveFlag[];
  ready: boolean;
}

/**
 * Fills a template for one use: values given now win, then the session's facts, then defaults.
 * Secret values are substituted only when `revealSecrets` (the person copying it asked, over the
 * API); chat cards and anything stored never carry them.
 */
export function renderTemplate(
  template: { body: string; params: readonly ScriptParam[]; language: ScriptLanguage },
  given: Readonly<Record<string, string>>,
  session: SessionValues,
  /** `account`: whose pattern-check time this is (pattern-safety.ts); `rememberFlags`: see flagDestructive. */
  options: { revealSecrets: boolean; account?: string; rememberFlags?: boolean },
): RenderedScript {
  const substitutions: Record<string, string> = {};
  const params: RenderedParam[] = [];
  const missing: string[] = [];
  const problems: string[] = [];
  for (const param of template.params) {
    const source = sourceOf(param);
    const fromSession = source ? session[source] : undefined;
    const candidates: Array<[FilledFrom, string | null | undefined]> = [
      ['given', given[param.name]],
      ['session', fromSession],
      ['default', param.default],
    ];
    const picked = candidates.find(([, v]) => v !== undefined && v !== null && v !== '');
    const value = picked?.[1] ?? null;
    const problem = value === null ? null : valueProblem(param, value, options.account);
    if (problem) problems.push(`${param.name}: ${problem}`);
    const usable = value !== null && !problem;
    if (usable && (param.type !== 'secret' || options.revealSecrets)) substitutions[param.name] = value;
    if (!usable && param.required) missing.push(param.name);
    params.push({
      name: param.name,
      type: param.type,
      description: param.description,
      required: param.required,
      choices: param.choices,
      source,
      value: param.type === 'secret' ? null : value,
      filledFrom: picked ? picked[0] : null,
      problem,
    });
  }
  const body = substitute(template.body, substitutions);
  const schema = schemaProblems(template.body, template.params);
  return {
    language: template.language,
    body,
    params,
    missing,
    problems,
    schemaProblems: schema,
    flags: flagDestructive(template.body, template.language, options.rememberFlags ?? true),
    ready: missing.length === 0 && problems.length === 0 && schema.length === 0,
  };
}

/** What may be stored about a use: every secret's value replaced, so no table ever holds one. */
export function storableValues(
  params: readonly ScriptParam[],
  rendered: readonly RenderedParam[],
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of rendered) {
    const declared = params.find((d) => d.name === p.name);
    if (declared?.type === 'secret') {
      if (p.filledFrom) out[p.name] = REDACTED;
    } else if (p.value !== null) out[p.name] = p.value;
  }
  return out;
}
