import { withTransaction } from '../../core/db/transactions.ts';
import { chunkDocument, upsertDocuments } from '../../core/kb/index/index.ts';
import type { SourceDocument } from '../../core/kb/index/types.ts';
import type { TenantContext } from '../../core/shared/context.ts';
import { fillerDocuments } from './filler.ts';
import type { LabelledSet } from './sets.ts';

const DOCS_PER_BATCH = 500;
const BATCHES_PER_TRANSACTION = 4;

/** Chunks the set's own articles make. */
export function setChunks(set: LabelledSet): number {
  return set.articles.reduce((n, a) => n + chunkDocument({ title: a.title, text: a.text }).length, 0);
}

/**
 * Adds filler documents (bench/kb/filler.ts) until the index holds `target` chunks; records each
 * filler document's client in `companies` (url → company) so leaks can be counted. Returns the
 * chunk count reached.
 */
export async function fillTo(
  ctx: TenantContext,
  connectorId: string,
  set: LabelledSet,
  target: number,
  companies: Map<string, string | null>,
): Promise<number> {
  const scope = { accountId: ctx.accountId, connectorId };
  let chunks = setChunks(set);
  const filler = fillerDocuments();
  while (chunks < target) {
    // A few big transactions: each commit (and PGlite's WAL flush) costs more than many rows.
    await withTransaction(ctx, async (tx) => {
      for (let b = 0; b < BATCHES_PER_TRANSACTION && chunks < target; b += 1) {
        const batch: SourceDocument[] = [];
        while (batch.length < DOCS_PER_BATCH && chunks < target) {
          const doc = filler.next().value as SourceDocument;
          chunks += chunkDocument(doc).length;
          companies.set(doc.url ?? '', doc.companyName ?? null);
          batch.push(doc);
        }
        await upsertDocuments(tx, scope, batch);
      }
    });
  }
  return chunks;
}
