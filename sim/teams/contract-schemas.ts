/**
 * Test support: Ajv validators for the official Bot Framework contracts in
 * `test/contracts/botframework/` — the activity protocol JSON Schema (draft-07) and the Bot
 * Connector REST API swagger (2.0). Not exported from the simulator's index; only tests import it.
 */
import { readFileSync } from 'node:fs';
import { Ajv, type AnySchemaObject, type ValidateFunction } from 'ajv';
import * as ajvFormats from 'ajv-formats';

const CONTRACTS = new URL('../../test/contracts/botframework/', import.meta.url);

type Json = Record<string, unknown>;

const load = (file: string): Json => JSON.parse(readFileSync(new URL(file, CONTRACTS), 'utf8')) as Json;

/** ajv-formats is CommonJS with a `default` export; under ESM interop either shape may arrive. */
type FormatsPlugin = (ajv: Ajv) => Ajv;
const addFormats = ((ajvFormats as unknown as { default?: FormatsPlugin }).default ??
  (ajvFormats as unknown as FormatsPlugin)) as FormatsPlugin;

function compileDefinition(doc: Json, name: string): ValidateFunction {
  const definitions = doc.definitions as Record<string, AnySchemaObject>;
  if (!definitions[name]) throw new Error(`no definition ${name}`);
  // The swagger carries vendor keywords (x-omitempty …): strict mode off.
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv.compile({ $ref: `#/definitions/${name}`, definitions });
}

let protocol: Json | undefined;
let channel: Json | undefined;

/** A definition of `botframework.schema.json`, e.g. `Activity` (requires `type`, `channelId`, `conversation`). */
export function protocolValidator(name: string): ValidateFunction {
  protocol ??= load('botframework.schema.json');
  return compileDefinition(protocol, name);
}

/** A definition of `botframework-channel.swagger.json`, e.g. `ResourceResponse`, `ErrorResponse`. */
export function connectorValidator(name: string): ValidateFunction {
  channel ??= load('botframework-channel.swagger.json');
  return compileDefinition(channel, name);
}

/** Ajv errors as short strings for assertion messages. */
export function errorsOf(validate: ValidateFunction): string[] {
  return (validate.errors ?? []).map(
    (e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`,
  );
}
