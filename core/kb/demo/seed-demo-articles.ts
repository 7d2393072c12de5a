import { kbConnectorsTable } from '../../db/schema/kb.ts';
import { withTransaction } from '../../db/transactions.ts';
import type { TenantContext } from '../../shared/context.ts';
import { upsertDocuments } from '../index/ingest.ts';
import type { SourceDocument } from '../index/types.ts';
import type { DemoArticle } from './article.ts';
import { DEMO_ARTICLES } from './articles.ts';

export const DEMO_CONNECTOR_NAME = 'Demo articles';

/**
 * A demo article as a connector would hand it to the index: the body, then its checks, fix steps
 * and the words users type for the problem as markdown sections, so the chunker keeps each with its
 * heading and search hands back the same checks and fix the article carries.
 */
export function demoArticleDocument(article: DemoArticle): SourceDocument {
  const sections = [
    `## Overview\n${article.body}`,
    `## Checks\n${article.checks.map((c) => `- ${c}`).join('\n')}`,
    `## ${article.fix.title}\n${article.fix.steps.map((s, i) => `${i + 1}. ${s}`).join('\n')}`,
    `## Also reported as\n${article.keywords.join(', ')}.`,
  ];
  return {
    externalId: article.id,
    title: article.title,
    url: article.url,
    companyName: article.companyId,
    folder: 'Demo',
    updatedAt: null,
    text: sections.join('\n\n'),
  };
}

/**
 * Puts the built-in demo articles into the demo account's real index, as a read-only "Demo
 * articles" source (kind 'demo': listed on the Knowledge page, never edited, synced or removed), so
 * the assistant, POST /api/v1/kb/search and the Knowledge page all rank them with `searchKnowledge`.
 * Called once when the demo account is seeded.
 */
export async function seedDemoArticles(
  ctx: TenantContext,
  articles: readonly DemoArticle[] = DEMO_ARTICLES,
): Promise<{ connectorId: string; documents: number }> {
  return withTransaction(ctx, async (tx) => {
    const [row] = await tx
      .insert(kbConnectorsTable)
      .values({
        accountId: ctx.accountId,
        kind: 'demo',
        name: DEMO_CONNECTOR_NAME,
        // Nothing to unlock: the articles ship with the product.
        secretSealed: '',
        documentCount: articles.length,
        lastSuccessAt: new Date(),
      })
      .returning({ id: kbConnectorsTable.id });
    if (!row) throw new Error('demo connector insert returned nothing');
    await upsertDocuments(
      tx,
      { accountId: ctx.accountId, connectorId: row.id },
      articles.map(demoArticleDocument),
    );
    return { connectorId: row.id, documents: articles.length };
  });
}
