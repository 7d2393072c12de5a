import { authorize } from '../../auth/permissions.ts';
import type { TenantContext } from '../../shared/context.ts';
import { parseInput } from '../../shared/validation.ts';
import { SearchKnowledgeInput, searchKnowledgeCandidates } from '../index/index.ts';
import type { Symptom } from '../index/symptoms.ts';
import type { PassageReranker, RerankOutcome } from './rerank.ts';

const DEFAULT_LIMIT = 3;

/**
 * `POST /api/v1/kb/search` with a model configured: the same input validation and tenancy as
 * `searchKnowledge`, then the rerank. The model judges the lexical candidates before abstention
 * (search.ts `searchKnowledgeCandidates`): its "none" is the answer, and a passage the lexical
 * abstention would withhold can still be chosen. When the model is unavailable the lexical order
 * stands with the lexical abstention, as without a model. `rankedBy` says whose order it is.
 */
export async function searchKnowledgeReranked(
  ctx: TenantContext,
  input: unknown,
  reranker: PassageReranker,
): Promise<RerankOutcome & { anotherClientMatches: boolean; unspokenSymptom: Symptom | null }> {
  authorize(ctx, 'kb.search');
  const { limit = DEFAULT_LIMIT, ...query } = parseInput(SearchKnowledgeInput, input, 'search');
  const { passages, answerable, anotherClientMatches, unspokenSymptom } = await searchKnowledgeCandidates(
    ctx,
    {
      ...query,
      limit: Math.max(limit, reranker.candidates),
    },
  );
  const outcome = await reranker.rerank({ text: query.text, passages, answerable });
  return {
    ...outcome,
    passages: outcome.passages.slice(0, limit),
    // Said only with no answer: the model may still find the ticket answered in scope.
    anotherClientMatches: outcome.passages.length === 0 && anotherClientMatches === true,
    // The symptom rule is the lexical abstention's: said only when the lexical verdict stood.
    unspokenSymptom: outcome.passages.length === 0 && outcome.rankedBy === 'lexical' ? unspokenSymptom : null,
  };
}
