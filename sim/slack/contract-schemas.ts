/**
 * Test support: Ajv validators for Slack's official specs in `test/contracts/slack/`
 * (Web API OpenAPI 2.0, Events API wrapper JSON Schema, Events API AsyncAPI 1.2). Not exported
 * from the simulator's index; only tests import it.
 */
import { readFileSync } from 'node:fs';
import { Ajv, type AnySchemaObject, type ValidateFunction } from 'ajv';
import * as ajvFormats from 'ajv-formats';

const CONTRACTS = new URL('../../test/contracts/slack/', import.meta.url);

type Json = Record<string, unknown>;

function load(file: string): Json {
  return JSON.parse(readFileSync(new URL(file, CONTRACTS), 'utf8')) as Json;
}

/** ajv-formats is CommonJS with a `default` export; under ESM interop either shape may arrive. */
type FormatsPlugin = (ajv: Ajv) => Ajv;
const addFormats = ((ajvFormats as unknown as { default?: FormatsPlugin }).default ??
  (ajvFormats as unknown as FormatsPlugin)) as FormatsPlugin;

function newAjv(): Ajv {
  // The published specs carry vendor keywords (x-examples …) and OpenAPI-isms: strict mode off.
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv;
}

let web: { doc: Json; ajv: Ajv } | undefined;

function webApi() {
  web ??= { doc: load('slack_web_openapi_v2.json'), ajv: newAjv() };
  return web;
}

/** Compiles `schema` with the OpenAPI document's `definitions` alongside, so `#/definitions/…` refs resolve. */
function withDefinitions(schema: AnySchemaObject): ValidateFunction {
  const { doc, ajv } = webApi();
  return ajv.compile({ ...schema, definitions: doc.definitions });
}

/**
 * Validator for a Web API method's response: `status` `'200'` is the success schema, `'default'`
 * the error schema, as the OpenAPI document declares them under `paths['/{method}']`.
 */
export function webResponseValidator(method: string, status: '200' | 'default'): ValidateFunction {
  const paths = webApi().doc.paths as Record<string, Record<string, Json>>;
  const operation = Object.values(paths[`/${method}`] ?? {})[0];
  const responses = operation?.responses as Record<string, { schema?: AnySchemaObject }> | undefined;
  const schema = responses?.[status]?.schema;
  if (!schema) throw new Error(`no ${status} response schema for ${method}`);
  return withDefinitions(schema);
}

/**
 * Validator for an object definition (e.g. `objs_user`). Some definitions are written as a tuple of
 * alternatives under `items` (an OpenAPI-generator quirk that JSON Schema ignores on objects);
 * `alternative` picks one of them so the object is actually checked.
 */
export function webDefinitionValidator(name: string, alternative?: number): ValidateFunction {
  const definitions = webApi().doc.definitions as Record<string, AnySchemaObject>;
  let schema = definitions[name];
  if (!schema) throw new Error(`no definition ${name}`);
  if (alternative !== undefined) schema = (schema.items as AnySchemaObject[])[alternative] as AnySchemaObject;
  return withDefinitions(schema);
}

/** `slack_common_event_wrapper_schema.json`: the Events API outer envelope (JSON Schema draft-07). */
export function eventWrapperValidator(): ValidateFunction {
  return newAjv().compile(load('slack_common_event_wrapper_schema.json'));
}

/** The AsyncAPI document's payload schema for an event topic (e.g. `message.im`), refs resolved. */
export function asyncApiEventValidator(topic: string): ValidateFunction {
  const doc = load('slack_events_api_async_v1.json');
  const topics = doc.topics as Record<string, { subscribe?: { payload?: AnySchemaObject } }>;
  const payload = topics[topic]?.subscribe?.payload;
  if (!payload) throw new Error(`no topic ${topic}`);
  return newAjv().compile({ ...payload, components: doc.components });
}

/** Ajv errors as short strings for assertion messages. */
export function errorsOf(validate: ValidateFunction): string[] {
  return (validate.errors ?? []).map(
    (e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`,
  );
}
