import type { ContentBlock } from '@anthropic-ai/sdk/resources/messages';
import type { Logger } from '../../shared/logger.ts';
import type { EngineAction, EngineTurnInput } from '../types.ts';
import { isToolName, type ToolInput, type ToolName, toolInputSchemas } from './tools.ts';

/** What a log line may say about a rejected tool call: where and why, never the model's values. */
interface IssueSummary {
  path: string;
  code: string;
  message: string;
}

/**
 * Models sometimes send `null` for an optional property instead of leaving it out. Treating that as
 * "absent" keeps an otherwise good call instead of dropping it.
 */
function withoutNulls(input: unknown): unknown {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return input;
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== null));
}

/** snake_case tool input → the camelCase contract, one mapper per tool. */
const MAPPERS: { [N in ToolName]: (input: ToolInput<N>) => EngineAction } = {
  record_fact: ({ text }) => ({ type: 'record_fact', text }),
  ask_question: ({ text }) => ({ type: 'ask_question', text }),
  add_check: ({ text }) => ({ type: 'add_check', text }),
  resolve_item: ({ item_id, status, answer }) => ({
    type: 'resolve_item',
    itemId: item_id,
    status,
    ...(answer === undefined ? {} : { answer }),
  }),
  suggest_fix: ({ title, steps, script, script_language, confidence, source_title }) => ({
    type: 'suggest_fix',
    title,
    steps,
    confidence,
    ...(script === undefined ? {} : { script }),
    ...(script_language === undefined ? {} : { scriptLanguage: script_language }),
    // The link is filled in from the turn's passages in `withPassageSource`, never from the model.
    ...(source_title === undefined ? {} : { source: { title: source_title, url: null } }),
  }),
  report_fix_outcome: ({ outcome, reason }) => ({ type: 'report_fix_outcome', outcome, reason }),
};

function toAction<N extends ToolName>(name: N, data: ToolInput<N>): EngineAction {
  // `data` was parsed by the schema of the same name; TypeScript cannot correlate the two lookups.
  return (MAPPERS[name] as (input: ToolInput<N>) => EngineAction)(data);
}

/** Rules that need the turn's state, beyond what a schema can say. */
function contextProblem(action: EngineAction, input: EngineTurnInput): string | null {
  if (action.type === 'resolve_item' && !input.openItems.some((item) => item.id === action.itemId)) {
    return 'item_id is not one of the open items sent this turn';
  }
  if (action.type === 'report_fix_outcome' && input.activeFix === null) {
    return 'there is no active fix to report on';
  }
  return null;
}

/**
 * Turns the model's tool_use blocks into validated `EngineAction`s, in the order the model called
 * them. A call that fails validation is dropped and logged (tool name and issues, never the values,
 * which can carry ticket content); the core receives only well-formed actions.
 */
export function actionsFromContent(
  content: readonly ContentBlock[],
  input: EngineTurnInput,
  logger: Logger,
): EngineAction[] {
  const actions: EngineAction[] = [];
  for (const block of content) {
    if (block.type !== 'tool_use') continue;
    const tool = block.name;
    if (!isToolName(tool)) {
      logger.warn({ sessionId: input.sessionId, tool }, 'claude engine: dropped call to an unknown tool');
      continue;
    }
    const parsed = toolInputSchemas[tool].safeParse(withoutNulls(block.input));
    if (!parsed.success) {
      const issues: IssueSummary[] = parsed.error.issues.map((issue) => ({
        path: issue.path.map(String).join('.') || '(root)',
        code: issue.code,
        message: issue.message,
      }));
      logger.warn({ sessionId: input.sessionId, tool, issues }, 'claude engine: dropped invalid tool input');
      continue;
    }
    const action = toAction(tool, parsed.data);
    const problem = contextProblem(action, input);
    if (problem) {
      logger.warn({ sessionId: input.sessionId, tool, problem }, 'claude engine: dropped tool call');
      continue;
    }
    actions.push(withPassageSource(action, input));
  }
  return actions;
}

/**
 * A fix's source is kept only when it names a passage sent this turn, and its link is that
 * passage's: the model can mistype a title, and must never be the one to supply a URL.
 */
function withPassageSource(action: EngineAction, input: EngineTurnInput): EngineAction {
  if (action.type !== 'suggest_fix' || !action.source) return action;
  const wanted = action.source.title.trim().toLowerCase();
  const passage = input.knowledge.find((p) => p.title.trim().toLowerCase() === wanted);
  const { source: _claimed, ...rest } = action;
  return passage ? { ...rest, source: { title: passage.title, url: passage.url } } : rest;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * A plain sentence for a reply that carried only tool calls, so the engineer never sees an empty
 * message, e.g. "Noted 2 facts and suggested a fix: Restart the print spooler."
 */
export function summarizeActions(actions: readonly EngineAction[]): string {
  const count = (type: EngineAction['type']) => actions.filter((a) => a.type === type).length;
  const parts: string[] = [];
  if (count('record_fact')) parts.push(`noted ${plural(count('record_fact'), 'fact', 'facts')}`);
  if (count('resolve_item')) parts.push(`closed ${plural(count('resolve_item'), 'item', 'items')}`);
  if (count('add_check')) parts.push(`added ${plural(count('add_check'), 'check', 'checks')}`);
  const outcome = actions.find((a) => a.type === 'report_fix_outcome');
  if (outcome)
    parts.push(`read the fix outcome as ${outcome.outcome.replace('applied_', '').replace('_', ' ')}`);
  const fix = actions.find((a) => a.type === 'suggest_fix');
  if (fix) parts.push(`suggested a fix: ${fix.title.replace(/[.!?]+$/, '')}`);
  const question = actions.find((a) => a.type === 'ask_question');

  let sentence = '';
  if (parts.length > 0) {
    const joined = parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
    sentence = `${joined.charAt(0).toUpperCase()}${joined.slice(1)}.`;
  }
  if (question) sentence = `${sentence} Next question: ${question.text}`.trim();
  return sentence || 'I have nothing new to add yet. Could you share more detail about what you are seeing?';
}
