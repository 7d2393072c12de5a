import { isScalar, Lexer, Parser, parseDocument, stringify as stringifyYaml, visit } from 'yaml';
import { z } from 'zod';
import { type FieldIssue, InvalidInputError } from '../shared/errors.ts';
import { DISPLAY_UNSAFE_MESSAGE, isDisplaySafe } from '../shared/text-hygiene.ts';
import { parseInput } from '../shared/validation.ts';
import { FlowGraph, validateFlowGraph } from './graph.ts';

export const FLOW_DOCUMENT_VERSION = 1;

/**
 * The portable form of a flow: what import reads, export writes and `docs/flows.schema.json`
 * describes. Ids, status and history are not part of it: importing creates a draft in the
 * importing account.
 */
export const FlowDocument = z
  .object({
    schemaVersion: z.literal(FLOW_DOCUMENT_VERSION).default(FLOW_DOCUMENT_VERSION),
    title: z
      .string()
      .trim()
      .min(3, 'a title of at least 3 characters')
      .max(200)
      .refine(isDisplaySafe, DISPLAY_UNSAFE_MESSAGE),
    description: z.string().trim().max(2_000).default(''),
    symptoms: z
      .array(z.string().trim().min(2).max(200))
      .min(1, 'list at least one symptom a caller would describe')
      .max(30),
    tags: z.array(z.string().trim().min(1).max(40)).max(20).default([]),
    /** The client company this flow is for; omitted or null = every client. */
    client: z.string().trim().min(1).max(200).nullable().default(null),
    graph: FlowGraph,
  })
  .strict();
export type FlowDocument = z.output<typeof FlowDocument>;

export type FlowFormat = 'yaml' | 'json';

/** Largest import accepted: a 60-step flow is well under 100 kB. */
export const MAX_FLOW_DOCUMENT_BYTES = 200_000;

/**
 * Parses an uploaded flow: syntax, shape (zod) and graph rules, each failure named by step and rule
 * so the author can fix it. Nothing is stored here.
 */
export function parseFlowDocument(text: string, format: FlowFormat): FlowDocument {
  if (Buffer.byteLength(text, 'utf8') > MAX_FLOW_DOCUMENT_BYTES) {
    throw new InvalidInputError(`Invalid flow (larger than ${MAX_FLOW_DOCUMENT_BYTES / 1000} kB)`, []);
  }
  let raw: unknown;
  try {
    raw = format === 'json' ? JSON.parse(text) : readYaml(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    // A stack overflow is the runtime's message, not the author's problem: name what they wrote.
    const reason =
      error instanceof RangeError || /call stack/i.test(message)
        ? 'nested too deeply'
        : message.split('\n')[0] || 'unreadable';
    throw new InvalidInputError(`Invalid flow (not valid ${format.toUpperCase()}: ${reason})`, []);
  }
  const doc = parseInput(FlowDocument, raw, 'flow');
  assertValidGraph(doc.graph);
  return doc;
}

/**
 * YAML tokens (words, punctuation, spaces, line breaks) a flow document may hold. The largest flow
 * the schema allows (60 steps of six choices or twenty fix steps, every text at its limit) is about
 * 9,000; the YAML library spends tens of microseconds a node composing, and far more per error.
 */
export const MAX_FLOW_YAML_TOKENS = 20_000;

/**
 * YAML to plain data, in three passes that each cost time in proportion to the text. Counting its
 * tokens refuses a document far larger than any flow; the parser's syntax tree refuses a syntax
 * error before anything is composed (199,000 stray "}" made the library build 199,000 errors, each
 * costing more than the last: 46-84 s with the server held); duplicate keys are found with a set
 * (the library compares every key of a map with every other: 20,000 keys took 10 s).
 */
function readYaml(text: string): unknown {
  let tokens = 0;
  for (const _ of new Lexer().lex(text)) {
    tokens += 1;
    if (tokens > MAX_FLOW_YAML_TOKENS)
      throw new Error(
        `more than ${MAX_FLOW_YAML_TOKENS.toLocaleString('en')} YAML tokens; no flow is that long`,
      );
  }
  for (const token of new Parser().parse(text)) {
    if (token.type === 'error') {
      const line = text.slice(0, token.offset).split('\n').length;
      throw new Error(`${token.message} at line ${line}`);
    }
  }
  const doc = parseDocument(text, { uniqueKeys: false });
  const [first] = doc.errors;
  if (first) throw first;
  visit(doc, {
    Map(_, map) {
      const keys = new Set<string>();
      for (const pair of map.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : JSON.stringify(pair.key);
        if (keys.has(key)) throw new Error(`Map keys must be unique ("${key.slice(0, 40)}" twice)`);
        keys.add(key);
      }
    },
  });
  return doc.toJS({ maxAliasCount: 50 });
}

/** Refuses a graph that breaks a structural rule, with every issue listed. */
export function assertValidGraph(graph: FlowGraph): void {
  const issues = validateFlowGraph(graph);
  if (issues.length === 0) return;
  const fieldIssues: FieldIssue[] = issues.map((i) => ({
    path: `graph.steps.${i.stepId}`,
    message: `${i.rule}: ${i.message}`,
  }));
  const first = issues[0] as (typeof issues)[number];
  throw new InvalidInputError(
    `Invalid flow (step "${first.stepId}", rule ${first.rule}: ${first.message})`,
    fieldIssues,
  );
}

export function serializeFlowDocument(doc: FlowDocument, format: FlowFormat): string {
  const ordered: FlowDocument = {
    schemaVersion: FLOW_DOCUMENT_VERSION,
    title: doc.title,
    description: doc.description,
    symptoms: doc.symptoms,
    tags: doc.tags,
    client: doc.client,
    graph: doc.graph,
  };
  return format === 'json'
    ? `${JSON.stringify(ordered, null, 2)}\n`
    : stringifyYaml(ordered, { lineWidth: 0 });
}

/** The published JSON Schema of the portable form (served by the API and kept in docs/). */
export function flowDocumentJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://resolutionflow.dev/schemas/flow-document.v1.json',
    title: 'ResolutionFlow troubleshooting flow',
    ...(z.toJSONSchema(FlowDocument, { io: 'input' }) as Record<string, unknown>),
  };
}
