import { authorize } from '../../auth/permissions.ts';
import type { TenantContext } from '../../shared/context.ts';
import { parseInput } from '../../shared/validation.ts';
import { SearchKnowledgeInput, searchKnowledge } from '../index/index.ts';
import type { PassageReranker, RerankOutcome } from './rerank.ts';

const DEFAULT_LIMIT = 3;

/**
 * `POST /api/v1/kb/search` with a model configured: the same input validation and tenancy as
 * `searchKnowledge`, then the rerank. `rankedBy` says whether the model's order was used.
 */
export async function searchKnowledgeReranked(
  ctx: TenantContext,
  input: unknown,
  reranker: PassageReranker,
): Promise<RerankOutcome> {
  authorize(ctx, 'kb.search');
  const { limit = DEFAULT_LIMIT, ...query } = parseInput(SearchKnowledgeInput, input, 'search');
  const passages = await searchKnowledge(ctx, { ...query, limit: Math.max(limit, reranker.candidates) });
  const outcome = await reranker.rerank({ text: query.text, passages });
  return { ...outcome, passages: outcome.passages.slice(0, limit) };
}
