import type { FactRow } from '../db/schema/diagnosis.ts';
import type { KnowledgePassage, KnowledgeSource } from '../kb/knowledge.ts';
import type { TenantContext } from '../shared/context.ts';
import { textKey } from './text-key.ts';

/** Enough for a ticket and its facts; past this the query is mostly context, not the problem. */
const MAX_QUERY_CHARS = 1_500;
export const KNOWLEDGE_LIMIT = 3;

/** A fact's searchable words: a question's answer without the question, a label without its label. */
function factWords(fact: Pick<FactRow, 'text' | 'source'>): string {
  if (fact.source === 'question' || fact.source === 'check') {
    const at = fact.text.lastIndexOf(' — ');
    return at >= 0 ? fact.text.slice(at + 3) : fact.text;
  }
  // "Recent change: firewall change" — the label's words would match every article about changes.
  return fact.text.replace(/^[A-Z][a-z]+(?: [a-z]+)?:\s+/, '');
}

/**
 * What a turn searches knowledge with. The problem as first reported anchors every query, so a
 * later "yes" or "the printer is a Ricoh" never replaces what the ticket is about. Up to three
 * queries, strongest result per article kept: the problem alone (a long or chatty follow-up
 * dilutes its score), the problem with this message (what is new), and the problem with this
 * message and every fact so far, for a clue that only makes sense next to an earlier one ("the VPN
 * shows connected" … "names do not resolve").
 */
export function knowledgeQueries(
  problemSummary: string,
  facts: ReadonlyArray<Pick<FactRow, 'text' | 'source'>>,
  message: string,
): string[] {
  const clip = (text: string) => text.slice(0, MAX_QUERY_CHARS);
  const added = textKey(message) === textKey(problemSummary) ? [] : [message];
  const known = facts.map(factWords).filter((t) => t.trim().length > 0);
  const queries = [
    problemSummary,
    [problemSummary, ...added].join('\n'),
    [problemSummary, ...added, ...known].join('\n'),
  ].map(clip);
  return [...new Set(queries)];
}

/** Runs the queries and keeps each document's best passage, strongest first. */
export async function searchKnowledge(
  source: KnowledgeSource,
  ctx: TenantContext,
  queries: string[],
  companyId: string | null,
  limit = KNOWLEDGE_LIMIT,
): Promise<KnowledgePassage[]> {
  const results = await Promise.all(queries.map((text) => source.search(ctx, { text, companyId, limit })));
  const best = new Map<string, KnowledgePassage>();
  for (const passage of results.flat()) {
    const seen = best.get(passage.documentId);
    if (!seen || passage.score > seen.score) best.set(passage.documentId, passage);
  }
  return [...best.values()]
    .sort((a, b) => b.score - a.score || a.documentId.localeCompare(b.documentId))
    .slice(0, limit);
}
