import { withTransaction } from '../../core/db/transactions.ts';
import { upsertDocuments } from '../../core/kb/index/index.ts';
import { insertTestConnector } from '../../core/kb/index/test-support.ts';
import type { KnowledgePassage } from '../../core/kb/knowledge.ts';
import type { TenantContext } from '../../core/shared/context.ts';
import type { BenchArticle } from './articles.ts';
import { articleDocument } from './evaluate.ts';

/** Indexes a labelled set's articles through the real ingest path; returns url → article id. */
export async function indexArticles(
  ctx: TenantContext,
  articles: readonly BenchArticle[],
  connectorId?: string,
): Promise<Map<string, string>> {
  const connector = connectorId ?? (await insertTestConnector(ctx, 'hudu', 'labelled set'));
  await withTransaction(ctx, (tx) =>
    upsertDocuments(tx, { accountId: ctx.accountId, connectorId: connector }, articles.map(articleDocument)),
  );
  return new Map(articles.map((a) => [articleDocument(a).url, a.id]));
}

export const articleIdOf = (urls: Map<string, string>, p: KnowledgePassage) =>
  urls.get(p.url ?? '') ?? p.documentId;
