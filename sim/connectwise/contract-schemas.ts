/**
 * Test support: Ajv validators for definitions of ConnectWise's official Service API swagger
 * (`test/contracts/connectwise/service-api-2015.swagger.json`, Swagger 2.0). The whole document
 * is added as a schema so `#/definitions/…` references resolve. Not exported from the simulator's index.
 */
import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import * as ajvFormats from 'ajv-formats';

const SWAGGER = new URL('../../test/contracts/connectwise/service-api-2015.swagger.json', import.meta.url);
const DOC_ID = 'cw-service-api.json';

type FormatsPlugin = (ajv: Ajv) => Ajv;
/** ajv-formats is CommonJS with a `default` export; under ESM interop either shape may arrive. */
const addFormats = ((ajvFormats as unknown as { default?: FormatsPlugin }).default ??
  (ajvFormats as unknown as FormatsPlugin)) as FormatsPlugin;

let cached:
  | { ajv: Ajv; doc: { definitions: Record<string, { properties?: Record<string, unknown> }> } }
  | undefined;

function load() {
  if (cached) return cached;
  const doc = JSON.parse(readFileSync(SWAGGER, 'utf8'));
  // Swagger 2.0 carries vendor fields and OpenAPI keywords (readOnly, x-…): strict mode off.
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  // Swagger's numeric formats, which JSON Schema does not define.
  ajv.addFormat('int32', {
    type: 'number',
    validate: (n: number) => Number.isInteger(n) && Math.abs(n) < 2 ** 31,
  });
  ajv.addFormat('int64', { type: 'number', validate: (n: number) => Number.isInteger(n) });
  ajv.addFormat('double', { type: 'number', validate: () => true });
  ajv.addSchema(doc, DOC_ID);
  cached = { ajv, doc };
  return cached;
}

/** Validator for `definitions[name]` (e.g. `Ticket`, `ServiceNote`, `Board`, `Status`, `Error`, `Count`). */
export function definitionValidator(name: string): ValidateFunction {
  const { ajv, doc } = load();
  if (!doc.definitions[name]) throw new Error(`no definition ${name}`);
  return ajv.compile({ $ref: `${DOC_ID}#/definitions/${name}` });
}

/** Top-level properties of `definitions[name]`, to list the fields a response adds beyond the 2015 swagger. */
export function definitionProperties(name: string): Set<string> {
  return new Set(Object.keys(load().doc.definitions[name]?.properties ?? {}));
}

/** Ajv errors as short strings for assertion messages. */
export function errorsOf(validate: ValidateFunction): string[] {
  return (validate.errors ?? []).map(
    (e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`,
  );
}
