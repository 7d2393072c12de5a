/**
 * A deterministic corpus of hostile requests for one OpenAPI operation: malformed JSON, wrong
 * types, NUL and control characters, lone surrogates, huge and deeply nested values, extra fields.
 * Built from the operation's documented body and query parameters, so a new route is covered the
 * day it is declared. Fixed cases, not random thousands: the suite must stay fast and repeatable.
 */

export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
}

export interface Operation {
  parameters?: Array<{ name: string; in: string; schema?: JsonSchema }>;
  requestBody?: { content: { 'application/json': { schema: JsonSchema } } };
}

export interface FuzzCase {
  label: string;
  /** Query string (without `?`), already encoded. */
  query?: string;
  /** Raw request body; sent as application/json. */
  rawBody?: string;
  /** Extra request headers (a Content-Encoding the body does not match). */
  headers?: Record<string, string>;
  /** Every path parameter replaced by a percent-encoding that does not decode. */
  badPath?: boolean;
}

const MAX_FIELDS = 3;
const BIG = 'x'.repeat(100_000);
// Under the 64-level limit the gate allows, and deep enough to hurt anything that recurses.
const DEEP_OK = `${'['.repeat(60)}1${']'.repeat(60)}`;
const DEEP_BAD = `${'['.repeat(5_000)}${']'.repeat(5_000)}`;

function typeOf(schema: JsonSchema | undefined): string | undefined {
  if (!schema) return undefined;
  if (Array.isArray(schema.type)) return schema.type.find((t) => t !== 'null');
  if (schema.type) return schema.type;
  return typeOf(schema.anyOf?.[0] ?? schema.oneOf?.[0]);
}

/** A value of the wrong type for a field. */
function wrongType(schema: JsonSchema | undefined): unknown {
  switch (typeOf(schema)) {
    case 'string':
      return 12345;
    case 'number':
    case 'integer':
      return '12';
    case 'boolean':
      return 'true';
    case 'array':
      return { not: 'an array' };
    case 'object':
      return ['not', 'an', 'object'];
    default:
      return { unexpected: [null] };
  }
}

/** A plausible value, so one bad field is judged with the rest of the body in shape. */
function plausible(schema: JsonSchema | undefined): unknown {
  switch (typeOf(schema)) {
    case 'string':
      return 'fuzz value';
    case 'number':
    case 'integer':
      return 1;
    case 'boolean':
      return true;
    case 'array':
      return [];
    case 'object':
      return {};
    default:
      return null;
  }
}

/** Body cases: the whole body wrong, then each of the first few fields wrong in turn. */
function bodyCases(schema: JsonSchema): FuzzCase[] {
  const cases: FuzzCase[] = [
    { label: 'malformed JSON', rawBody: '{"a": ' },
    { label: 'JSON null', rawBody: 'null' },
    { label: 'JSON array', rawBody: '[1,2,3]' },
    { label: 'JSON string', rawBody: '"text"' },
    { label: 'empty object', rawBody: '{}' },
    { label: 'deeply nested (5,000)', rawBody: `{"a":${DEEP_BAD}}` },
    { label: 'nested 60 deep', rawBody: `{"a":${DEEP_OK}}` },
    { label: 'huge body', rawBody: JSON.stringify({ a: 'y'.repeat(300_000) }) },
    { label: 'NUL in a key', rawBody: '{"a\\u0000b": 1}' },
    { label: 'body not gzip', rawBody: '{"a": 1}', headers: { 'content-encoding': 'gzip' } },
  ];
  const fields = Object.entries(schema.properties ?? {}).slice(0, MAX_FIELDS);
  const base = Object.fromEntries(fields.map(([name, s]) => [name, plausible(s)]));
  cases.push({
    label: 'extra field',
    rawBody: JSON.stringify({ ...base, __proto__x: 1, extraField: 'surprise' }),
  });
  cases.push({
    label: 'prototype keys',
    rawBody: '{"__proto__": {"admin": true}, "constructor": {"prototype": 1}}',
  });
  for (const [name, fieldSchema] of fields) {
    const json = (value: unknown) => JSON.stringify({ ...base, [name]: value });
    cases.push(
      { label: `${name}: wrong type`, rawBody: json(wrongType(fieldSchema)) },
      { label: `${name}: NUL`, rawBody: json('a\u0000b') },
      // JSON.stringify writes a lone surrogate as \ud800, exactly what an attacker's client would.
      { label: `${name}: lone surrogate`, rawBody: json('a\ud800b') },
      { label: `${name}: control characters`, rawBody: json('a\u0001\u0008\u001b[31m\u007fb') },
      { label: `${name}: huge string`, rawBody: json(BIG) },
      { label: `${name}: huge number`, rawBody: json(1e308) },
      { label: `${name}: deep value`, rawBody: json(JSON.parse(DEEP_OK)) },
      { label: `${name}: null`, rawBody: json(null) },
    );
  }
  return cases;
}

function queryCases(parameters: Array<{ name: string; schema?: JsonSchema }>): FuzzCase[] {
  const cases: FuzzCase[] = [];
  for (const { name } of parameters.slice(0, MAX_FIELDS)) {
    const q = (value: string) => `${encodeURIComponent(name)}=${value}`;
    cases.push(
      { label: `?${name}=NUL`, query: q('%00') },
      { label: `?${name}=bad UTF-8`, query: q('%ED%A0%80') },
      { label: `?${name}=huge`, query: q('z'.repeat(8_000)) },
      { label: `?${name}=far date`, query: q('99999-01-01') },
      // Valid dates whose neighbours (a day after, a month before) PostgreSQL cannot hold.
      { label: `?${name}=year 1`, query: q('0001-01-01') },
      { label: `?${name}=last day`, query: q('9999-12-31') },
      { label: `?${name}=huge number`, query: q('1e309') },
      { label: `?${name}=repeated`, query: `${q('a')}&${q('b')}` },
      { label: `?${name}[]=bracket`, query: `${encodeURIComponent(name)}%5B%5D=1` },
    );
  }
  if (parameters.length > 0) cases.push({ label: 'unknown query parameter', query: 'zzUnknown=1' });
  return cases;
}

/** Writes that document no body still get one: the gate runs before the route ignores it. */
const UNEXPECTED_BODY: FuzzCase[] = [
  { label: 'unexpected malformed body', rawBody: '{"a": ' },
  { label: 'unexpected NUL body', rawBody: '{"a": "\\u0000"}' },
  { label: 'unexpected deep body', rawBody: DEEP_BAD },
];

export function fuzzCases(method: string, operation: Operation): FuzzCase[] {
  const query = (operation.parameters ?? []).filter((p) => p.in === 'query');
  const body = operation.requestBody?.content['application/json'].schema;
  const write = method !== 'get';
  const badPath = (operation.parameters ?? []).some((p) => p.in === 'path')
    ? [{ label: 'undecodable path parameter', badPath: true }]
    : [];
  return [...badPath, ...queryCases(query), ...(body ? bodyCases(body) : write ? UNEXPECTED_BODY : [])];
}
