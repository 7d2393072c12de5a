import type {
  CacheControlEphemeral,
  MessageCreateParamsNonStreaming,
  MessageParam,
  TextBlockParam,
  Tool,
} from '@anthropic-ai/sdk/resources/messages';
import { SYMPTOM_READS } from '../../kb/index/symptoms.ts';
import type { KnowledgePassage } from '../../kb/knowledge.ts';
import { redactText } from '../../shared/redact.ts';
import type { EngineTurnInput } from '../types.ts';
import { DIAGNOSIS_SYSTEM_PROMPT, KNOWLEDGE_PREAMBLE } from './system-prompt.ts';
import { DIAGNOSIS_TOOLS } from './tools.ts';

/**
 * Request assembly for a diagnosis turn, laid out for prompt caching. The API renders the prompt in
 * the order tools → system → messages and caches "everything up to and including" each block that
 * carries `cache_control` (at most 4 per request). So the stable parts come first, each ending in a
 * breakpoint, and the part that changes every turn comes last, uncached:
 *
 *   1. tools                 — breakpoint on the last tool (identical for every request)
 *   2. system prompt         — breakpoint (identical for every session and tenant)
 *   3. knowledge block       — breakpoint (same while retrieval returns the same passages)
 *   4. prior transcript      — breakpoint on its last block (grows by one exchange per turn; the
 *                              API looks back up to 20 blocks from a breakpoint, so turn N+1 reads
 *                              the entry turn N wrote)
 *   5. current state + the engineer's new message — no breakpoint
 */

const EPHEMERAL: CacheControlEphemeral = { type: 'ephemeral' };

/** The API allows at most 4 cache breakpoints per request and answers 400 beyond that. */
const MAX_CACHE_BREAKPOINTS = 4;

/** Tags our prompt uses to frame data; data must not be able to open or close them. */
const FRAME_TAGS =
  /<(\/?)(knowledge_base|article|session_state|problem_summary|facts|open_items|active_fix|previous_fixes|search_note|engineer_message|draft|material)\b/gi;

/**
 * Untrusted text (KB passages, ticket text, the engineer's words) on its way into the prompt:
 * secrets redacted again (idempotent, so cache keys stay stable) and our framing tags defused, so a
 * passage cannot write `</knowledge_base>` and continue "outside" the data.
 */
export function asData(text: string): string {
  return redactText(text).replace(FRAME_TAGS, '‹$1$2');
}

/**
 * Same passages → same bytes, whatever order or scores retrieval produced this turn. Exported
 * because a `[n]` the model writes means the n-th article in this order (Teams citations read it).
 */
export function stableOrder<P extends { documentId: string; snippet: string }>(passages: readonly P[]): P[] {
  const key = (p: P) => `${p.documentId}\u0000${p.snippet}`;
  return [...passages].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

function renderPassage(passage: KnowledgePassage, index: number): string {
  const lines = [
    `<article index="${index + 1}">`,
    `title: ${asData(passage.title)}`,
    `url: ${passage.url ? asData(passage.url) : '(none)'}`,
    `source: ${asData(passage.source)}`,
    'content:',
    asData(passage.snippet),
  ];
  if (passage.checks?.length) {
    lines.push('suggested checks:', ...passage.checks.map((check) => `- ${asData(check)}`));
  }
  if (passage.fix) {
    lines.push(`documented fix: ${asData(passage.fix.title)}`);
    lines.push(...passage.fix.steps.map((step, i) => `${i + 1}. ${asData(step)}`));
  }
  lines.push('</article>');
  return lines.join('\n');
}

/** The knowledge block: a preamble restating the data rule, then one framed article per passage. */
function renderKnowledge(passages: readonly KnowledgePassage[]): string | null {
  if (passages.length === 0) return null;
  const articles = stableOrder(passages).map(renderPassage);
  return ['<knowledge_base>', KNOWLEDGE_PREAMBLE, '', ...articles, '</knowledge_base>'].join('\n');
}

function list(items: string[]): string {
  return items.length === 0 ? '(none)' : items.join('\n');
}

/** The per-turn state the model reasons over; uncached because it changes every turn. */
function renderState(input: EngineTurnInput): string {
  const facts = input.facts.map((fact) => `- ${asData(fact.text)} [source: ${fact.source}]`);
  const items = input.openItems.map(
    (item) => `- id=${item.id} kind=${item.kind} status=${item.status}: ${asData(item.text)}`,
  );
  const fix = input.activeFix;
  const activeFix = fix
    ? [
        `title: ${asData(fix.title)}`,
        `status: ${fix.status}`,
        `confidence: ${fix.confidence}`,
        'steps:',
        ...fix.steps.map((step, i) => `${i + 1}. ${asData(step)}`),
        ...(fix.partialNotes ? [`partial result notes: ${asData(fix.partialNotes)}`] : []),
        ...(fix.failureReason ? [`failure reason: ${asData(fix.failureReason)}`] : []),
      ].join('\n')
    : '(none)';
  const previous = input.previousFixes.map(
    (f) =>
      `- ${asData(f.title)} — ${f.status}${f.failureReason ? ` (reason: ${asData(f.failureReason)})` : ''}`,
  );
  return [
    '<session_state>',
    `<problem_summary>\n${asData(input.problemSummary)}\n</problem_summary>`,
    `<facts>\n${list(facts)}\n</facts>`,
    `<open_items>\n${list(items)}\n</open_items>`,
    `<active_fix>\n${activeFix}\n</active_fix>`,
    `<previous_fixes>\n${list(previous)}\n</previous_fixes>`,
    // Our search's own finding, not ticket data: tell the engineer, who can check the ticket.
    ...(input.anotherClientMatches
      ? [
          "<search_note>No passage of this client's documentation or the MSP's own matched; another client's documentation matches this ticket much better. The ticket's client may be wrong: say so, without guessing which client.</search_note>",
        ]
      : []),
    ...(input.unspokenSymptom && !input.anotherClientMatches
      ? [
          `<search_note>No passage matched: the ticket is about ${SYMPTOM_READS[input.unspokenSymptom]}, and the nearest page of the knowledge base never mentions it. Say so; do not present that page as the answer.</search_note>`,
        ]
      : []),
    '</session_state>',
    '',
    `<engineer_message>\n${asData(input.message)}\n</engineer_message>`,
  ].join('\n');
}

/** Stands in for a missing first engineer message: the API requires messages to start with `user`. */
export const TRANSCRIPT_OPENER = '(Earlier conversation follows.)';

/**
 * Prior transcript plus the current turn as alternating user/assistant messages. Consecutive
 * entries of one role become separate text blocks of one message rather than one joined string, so
 * each entry's block stays byte-identical from turn to turn and the cached prefix keeps matching.
 */
function buildMessages(input: EngineTurnInput): MessageParam[] {
  const messages: Array<{ role: 'user' | 'assistant'; content: TextBlockParam[] }> = [];
  for (const entry of input.recentTranscript) {
    if (entry.text.trim() === '') continue; // the API rejects empty text blocks
    const role = entry.role === 'engineer' ? 'user' : 'assistant';
    const block: TextBlockParam = { type: 'text', text: asData(entry.text) };
    const last = messages.at(-1);
    if (last?.role === role) last.content.push(block);
    else messages.push({ role, content: [block] });
  }
  if (messages[0]?.role === 'assistant') {
    messages.unshift({ role: 'user', content: [{ type: 'text', text: TRANSCRIPT_OPENER }] });
  }
  const lastPrior = messages.at(-1)?.content.at(-1);
  if (lastPrior) lastPrior.cache_control = EPHEMERAL;

  const current: TextBlockParam = { type: 'text', text: renderState(input) };
  const last = messages.at(-1);
  if (last?.role === 'user') last.content.push(current);
  else messages.push({ role: 'user', content: [current] });
  return messages;
}

/** Tools with the breakpoint on the last one; copies, so the shared definitions stay untouched. */
function cachedTools(): Tool[] {
  return DIAGNOSIS_TOOLS.map((tool, i) =>
    i === DIAGNOSIS_TOOLS.length - 1 ? { ...tool, cache_control: EPHEMERAL } : { ...tool },
  );
}

function systemBlocks(knowledge: string | null): TextBlockParam[] {
  const blocks: TextBlockParam[] = [
    { type: 'text', text: DIAGNOSIS_SYSTEM_PROMPT, cache_control: EPHEMERAL },
  ];
  if (knowledge) blocks.push({ type: 'text', text: knowledge, cache_control: EPHEMERAL });
  return blocks;
}

/** Counts breakpoints the way the API does, for the invariant check below and for tests. */
function countBreakpoints(request: Pick<MessageCreateParamsNonStreaming, 'tools' | 'system' | 'messages'>) {
  const marked = (block: object) => 'cache_control' in block && block.cache_control != null;
  let count = (request.tools ?? []).filter(marked).length;
  if (Array.isArray(request.system)) count += request.system.filter(marked).length;
  for (const message of request.messages) {
    if (Array.isArray(message.content)) count += message.content.filter(marked).length;
  }
  return count;
}

/** The complete (non-`stream`) request body for one diagnosis turn. */
export function buildTurnRequest(
  input: EngineTurnInput,
  settings: { model: string; maxTokens: number },
): MessageCreateParamsNonStreaming {
  const request: MessageCreateParamsNonStreaming = {
    model: settings.model,
    max_tokens: settings.maxTokens,
    tools: cachedTools(),
    system: systemBlocks(renderKnowledge(input.knowledge)),
    messages: buildMessages(input),
  };
  const breakpoints = countBreakpoints(request);
  if (breakpoints > MAX_CACHE_BREAKPOINTS) {
    throw new Error(
      `claude engine built ${breakpoints} cache breakpoints; the API allows ${MAX_CACHE_BREAKPOINTS}`,
    );
  }
  return request;
}
