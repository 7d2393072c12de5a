import type { Tool } from '@anthropic-ai/sdk/resources/messages';
import { z } from 'zod';

const SHORT_TEXT = 1_000;
const LONG_TEXT = 4_000;
const SCRIPT_TEXT = 20_000;

const text = (max: number, description: string) => z.string().trim().min(1).max(max).describe(description);

/** Out-of-range confidence is clamped, not rejected: a model saying 105 still means "very sure". */
function clampConfidence(value: unknown): unknown {
  return typeof value === 'number' && Number.isFinite(value)
    ? Math.round(Math.min(100, Math.max(0, value)))
    : value;
}

/**
 * The diagnosis tools, defined once as zod schemas. The API's JSON schemas are derived from them
 * (so the model is told exactly what we validate), and the same schemas validate what comes back.
 * Property names are snake_case, the convention of Anthropic's tool examples; the mapping to the
 * camelCase `EngineAction`s lives in actions.ts.
 */
export const toolInputSchemas = {
  record_fact: z.object({
    text: text(
      SHORT_TEXT,
      'One confirmed fact as a short declarative sentence, e.g. "Outlook on WS-017 shows error 0x8004010F since Monday".',
    ),
  }),
  ask_question: z.object({
    text: text(SHORT_TEXT, 'The single question to ask the engineer or end user, phrased as a question.'),
  }),
  add_check: z.object({
    text: text(
      SHORT_TEXT,
      'One diagnostic action as an imperative, with the exact command when useful, e.g. "Run `ipconfig /all` on WS-017".',
    ),
  }),
  resolve_item: z.object({
    item_id: text(100, 'The id of an open question or check exactly as listed in <open_items>.'),
    status: z
      .enum(['answered', 'done', 'dismissed'])
      .describe(
        '"answered" for a question, "done" for a completed check, "dismissed" when it no longer matters.',
      ),
    answer: text(
      LONG_TEXT,
      'The answer or check result in one sentence, as the engineer reported it.',
    ).optional(),
  }),
  suggest_fix: z.object({
    title: text(200, 'A short name for the fix, e.g. "Rebuild the Outlook profile".'),
    steps: z
      .array(text(SHORT_TEXT, 'One concrete action.'))
      .min(1)
      .max(25)
      .describe('Ordered steps, one action each, ending with how to verify the fix worked.'),
    script: text(SCRIPT_TEXT, 'Optional script that performs the fix. Never include credentials.').optional(),
    script_language: text(40, 'Language of `script`, e.g. "powershell", "bash", "cmd".').optional(),
    confidence: z
      .preprocess(clampConfidence, z.number().int().min(0).max(100))
      .describe('Honest estimate (0-100) that this fix resolves the problem, given the recorded evidence.'),
    source_title: text(
      500,
      "When the fix comes from a <knowledge_base> passage: that passage's title exactly as listed. Omit otherwise.",
    ).optional(),
  }),
  report_fix_outcome: z.object({
    outcome: z
      .enum(['applied_success', 'applied_failed', 'applied_partial', 'dismissed'])
      .describe('Your reading of how the active fix went, based only on what the engineer said.'),
    reason: text(LONG_TEXT, 'One sentence quoting or paraphrasing what the engineer reported.'),
  }),
} as const;

export type ToolName = keyof typeof toolInputSchemas;
export type ToolInput<N extends ToolName> = z.output<(typeof toolInputSchemas)[N]>;

const DESCRIPTIONS = {
  record_fact:
    'Record one new piece of information that the engineer stated or clearly confirmed about this ticket: ' +
    'a symptom, an error message, a scope ("only users on the second floor"), a change, or the result of a ' +
    'check. Call once per fact. Do not record hypotheses, general knowledge, claims from knowledge-base ' +
    'articles about how things usually are, or facts already listed in <facts>. Never include passwords or ' +
    'other secrets.',
  ask_question:
    'Add a question to the task lane for the engineer (or the end user through the engineer) to answer. ' +
    'Use it for information only a person can provide: what changed, when it started, who is affected, the ' +
    'exact error text. Ask at most one question per turn, the one whose answer best narrows the cause, and ' +
    'never one already answered in <facts>. Never ask for passwords or other secrets.',
  add_check:
    'Add a diagnostic check to the task lane: an action the engineer can perform to gather evidence, such ' +
    'as running a command, reading a log or testing from another device. Phrase it as an imperative and ' +
    'include the exact command when it helps. Add at most two checks per turn, and prefer read-only checks ' +
    'before anything that changes the system.',
  resolve_item:
    'Close an open question or check from <open_items> when the engineer has answered it, reported its ' +
    'result, or made it irrelevant. Use the item id exactly as listed; never invent an id. Put the answer ' +
    'or result in `answer` as one sentence; it is saved as a fact automatically, so do not also call ' +
    'record_fact for the same information.',
  suggest_fix:
    'Propose a fix once the recorded facts point to a specific cause. Give ordered, concrete steps that end ' +
    'with how to verify success, warn about downtime, reboots or user impact inside the relevant step, and ' +
    'include a rollback step for risky changes. Add a script only when it genuinely helps, with ' +
    'script_language set and no hard-coded credentials. Set confidence honestly. Do not re-suggest a fix ' +
    'from <previous_fixes> that failed or was dismissed unless new facts explain what is different now, and ' +
    'suggest at most one fix per turn.',
  report_fix_outcome:
    'When an active fix exists and the engineer has said how applying it went, record your reading of the ' +
    'outcome: applied_success (problem gone), applied_failed (no improvement or made worse), applied_partial ' +
    '(some improvement or some users fixed), or dismissed (the engineer decided not to apply it). This is a ' +
    'proposal the engineer confirms; call it only on an explicit report, never on a guess.',
} as const satisfies Record<ToolName, string>;

/** JSON Schema for the API: zod's input view (before transforms), without the `$schema` marker. */
function inputSchemaOf(schema: z.ZodType): Tool.InputSchema {
  const { $schema: _ignored, ...json } = z.toJSONSchema(schema, { io: 'input' }) as Record<string, unknown>;
  return { ...json, type: 'object' };
}

/**
 * Tool definitions in a fixed order. The order and bytes must not change between requests: tools are
 * the first thing in the cached prompt prefix (render order tools → system → messages), so any
 * difference here invalidates every cache entry after it.
 */
export const DIAGNOSIS_TOOLS: readonly Tool[] = (Object.keys(toolInputSchemas) as ToolName[]).map((name) => ({
  name,
  description: DESCRIPTIONS[name],
  input_schema: inputSchemaOf(toolInputSchemas[name]),
}));

/** Narrows a `tool_use` block's name; anything else the model calls is dropped. */
export function isToolName(name: string): name is ToolName {
  return Object.hasOwn(toolInputSchemas, name);
}

/** The single tool note synthesis uses; its headings are checked against the draft afterwards. */
export const writeNoteInputSchema = z.object({
  sections: z
    .array(
      z.object({
        heading: z.string().min(1).max(200).describe('The heading, copied exactly from the draft.'),
        body: z.string().trim().min(1).max(8_000).describe('The rewritten section text.'),
      }),
    )
    .min(1)
    .max(30)
    .describe('Every draft section, in the same order, with the same headings.'),
});

export const WRITE_NOTE_TOOL: Tool = {
  name: 'write_note',
  description:
    'Return the rewritten note. Include every section of the draft, in the same order, with each heading ' +
    'copied exactly. Each body may only restate information present in the material provided.',
  input_schema: inputSchemaOf(writeNoteInputSchema),
};
