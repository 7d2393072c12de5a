import type { TenantContext } from '../../shared/context.ts';
import type { KnowledgePassage, KnowledgeQuery, KnowledgeSource } from '../knowledge.ts';
import { searchKnowledge } from './search.ts';

/** The diagnosis engine's knowledge over the account's indexed documents (IT Glue, Hudu, SharePoint). */
export function createIndexedKnowledgeSource(): KnowledgeSource {
  return {
    search: (ctx: TenantContext, query: KnowledgeQuery) =>
      searchKnowledge(ctx, {
        text: query.text.slice(0, 20_000),
        companyId: query.companyId ?? null,
        ...(query.limit !== undefined ? { limit: Math.min(20, Math.max(1, Math.floor(query.limit))) } : {}),
      }),
  };
}

/**
 * Several sources as one: each is asked, passages are merged by score and cut to the limit. Used
 * to keep the demo articles next to the indexed KB for the demo account; a source that fails is
 * not allowed to take the turn down with it when another answered.
 */
export function mergeKnowledgeSources(...sources: KnowledgeSource[]): KnowledgeSource {
  return {
    async search(ctx, query): Promise<KnowledgePassage[]> {
      const settled = await Promise.allSettled(sources.map((s) => s.search(ctx, query)));
      const failed = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected');
      if (failed && settled.every((r) => r.status === 'rejected')) throw failed.reason;
      const passages = settled.flatMap((r) => (r.status === 'fulfilled' ? r.value : []));
      return passages.sort((a, b) => b.score - a.score).slice(0, query.limit ?? 3);
    },
  };
}
