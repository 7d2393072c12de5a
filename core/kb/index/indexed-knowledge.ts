import type { TenantContext } from '../../shared/context.ts';
import type { KnowledgeQuery, KnowledgeSource } from '../knowledge.ts';
import { searchKnowledge, searchKnowledgeAnswer, searchKnowledgeCandidates } from './search.ts';

const searchInput = (query: KnowledgeQuery) => ({
  text: query.text.slice(0, 20_000),
  companyId: query.companyId ?? null,
  ...(query.limit !== undefined ? { limit: Math.min(20, Math.max(1, Math.floor(query.limit))) } : {}),
});

/** The diagnosis engine's knowledge over the account's indexed documents (IT Glue, Hudu, SharePoint). */
export function createIndexedKnowledgeSource(): KnowledgeSource {
  return {
    search: (ctx: TenantContext, query: KnowledgeQuery) => searchKnowledge(ctx, searchInput(query)),
    candidates: (ctx: TenantContext, query: KnowledgeQuery) =>
      searchKnowledgeCandidates(ctx, searchInput(query)),
    answer: (ctx: TenantContext, query: KnowledgeQuery) => searchKnowledgeAnswer(ctx, searchInput(query)),
  };
}
