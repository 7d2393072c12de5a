import type { FactRow } from '../db/schema/diagnosis.ts';
import type { Symptom } from '../kb/index/symptoms.ts';
import type { KnowledgeCandidates, KnowledgePassage, KnowledgeSource } from '../kb/knowledge.ts';
import type { PassageReranker } from '../kb/rerank/index.ts';
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

/** A turn's knowledge, and why "none" when the search can say. */
export interface TurnKnowledge {
  passages: KnowledgePassage[];
  /** Another client's documentation matches the ticket much better. */
  anotherClientMatches: boolean;
  /** The ticket states a symptom the nearest page never speaks of (core/kb/index/symptoms.ts). */
  unspokenSymptom?: Symptom;
}

/** Runs the queries and keeps each document's best passage, strongest first. */
export async function searchKnowledge(
  source: KnowledgeSource,
  ctx: TenantContext,
  queries: string[],
  companyId: string | null,
  limit = KNOWLEDGE_LIMIT,
): Promise<TurnKnowledge> {
  const results = await Promise.all(
    queries.map(async (text) => {
      const query = { text, companyId, limit };
      if (source.answer) return source.answer(ctx, query);
      return {
        passages: await source.search(ctx, query),
        anotherClientMatches: false,
        unspokenSymptom: null,
      };
    }),
  );
  const passages = strongestPerDocument(
    results.flatMap((r) => r.passages),
    limit,
  );
  const unspokenSymptom =
    passages.length === 0 ? results.find((r) => r.unspokenSymptom)?.unspokenSymptom : null;
  return {
    passages,
    anotherClientMatches: passages.length === 0 && results.some((r) => r.anotherClientMatches),
    ...(unspokenSymptom ? { unspokenSymptom } : {}),
  };
}

/**
 * The queries' candidates for the rerank model to judge, before the source's own "no answer":
 * each document's best passage, strongest first, and whether any query was answerable by the
 * source's own measure (what a turn falls back to when the model is unavailable). A source without
 * candidates gives its answers, answerable when there are any.
 */
export async function knowledgeCandidates(
  source: KnowledgeSource,
  ctx: TenantContext,
  queries: string[],
  companyId: string | null,
  limit: number,
): Promise<KnowledgeCandidates> {
  const results = await Promise.all(
    queries.map(async (text) => {
      const query = { text, companyId, limit };
      if (source.candidates) return source.candidates(ctx, query);
      const passages = await source.search(ctx, query);
      return { passages, answerable: passages.length > 0 };
    }),
  );
  return {
    passages: strongestPerDocument(
      results.flatMap((r) => r.passages),
      limit,
    ),
    answerable: results.some((r) => r.answerable),
    anotherClientMatches: results.some((r) => r.anotherClientMatches === true),
  };
}

/**
 * A turn's knowledge with the rerank model as the judge: the queries' merged candidates, reranked
 * once with the fullest query, in the model's order, possibly none. When the model is unavailable
 * (rerank.ts keeps the lexical order), the source's own "no answer" applies, as without a model.
 */
export async function rerankedKnowledge(
  source: KnowledgeSource,
  reranker: PassageReranker,
  ctx: TenantContext,
  queries: string[],
  companyId: string | null,
  message: string,
): Promise<TurnKnowledge> {
  const { passages, answerable, anotherClientMatches } = await knowledgeCandidates(
    source,
    ctx,
    queries,
    companyId,
    reranker.candidates,
  );
  const outcome = await reranker.rerank({ text: queries.at(-1) ?? message, passages, answerable });
  const chosen = outcome.passages.slice(0, KNOWLEDGE_LIMIT);
  return { passages: chosen, anotherClientMatches: chosen.length === 0 && anotherClientMatches === true };
}

function strongestPerDocument(passages: readonly KnowledgePassage[], limit: number): KnowledgePassage[] {
  const best = new Map<string, KnowledgePassage>();
  for (const passage of passages) {
    const seen = best.get(passage.documentId);
    if (!seen || passage.score > seen.score) best.set(passage.documentId, passage);
  }
  return [...best.values()]
    .sort((a, b) => b.score - a.score || a.documentId.localeCompare(b.documentId))
    .slice(0, limit);
}
