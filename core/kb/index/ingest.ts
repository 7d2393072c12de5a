import { createHash } from 'node:crypto';
import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { AppTx } from '../../db/client.ts';
import { selectRows } from '../../db/raw.ts';
import { kbChunksTable, kbDocumentsTable } from '../../db/schema/kb.ts';
import { NotFoundError } from '../../shared/errors.ts';
import { parseInput } from '../../shared/validation.ts';
import { chunkDocument } from './chunk.ts';
import { companyKey } from './company-key.ts';
import type { SourceDocument, UpsertOutcome } from './types.ts';

export { chunkDocument } from './chunk.ts';
export { companyKey } from './company-key.ts';

/** Which connector of which account a batch of documents belongs to. */
export interface IngestScope {
  accountId: string;
  connectorId: string;
}

const IngestScopeInput = z.object({ accountId: z.uuid(), connectorId: z.uuid() });

/** What the index accepts from a connector; anything else is a connector bug, refused loudly. */
const SourceDocumentInput = z.object({
  externalId: z.string().trim().min(1, 'externalId is required').max(1_000),
  title: z.string().trim().min(1, 'title is required').max(1_000),
  url: z.string().max(4_000).nullable(),
  companyName: z.string().max(500).nullable(),
  folder: z.string().max(1_000).nullable(),
  updatedAt: z.date().nullable(),
  // 5 MB of extracted text is a whole book; more means the extractor went wrong.
  text: z.string().max(5_000_000),
});

// Postgres allows 65,535 bind parameters per statement; a chunk row uses 7.
const CHUNK_ROWS_PER_INSERT = 2_000;
const DOCUMENT_ROWS_PER_INSERT = 500;

/**
 * Indexes one document as a connector saw it: unchanged content (same hash) is left alone,
 * otherwise the document row is upserted and its chunks replaced. Runs in the caller's tenant
 * transaction (`withTransaction(ctx, tx => …)`), so RLS confines it to `scope.accountId`.
 */
export async function upsertDocument(
  tx: AppTx,
  scope: IngestScope,
  doc: SourceDocument,
): Promise<UpsertOutcome> {
  const [outcome] = await upsertDocuments(tx, scope, [doc]);
  return outcome ?? 'unchanged';
}

/**
 * The batch form of `upsertDocument`: a constant number of statements per batch instead of per
 * document, for a connector's page of results or a bulk load. Outcomes are in input order; when one
 * external id appears twice the later copy wins and the earlier reports 'unchanged'.
 */
export async function upsertDocuments(
  tx: AppTx,
  scope: IngestScope,
  docs: readonly SourceDocument[],
): Promise<UpsertOutcome[]> {
  const { accountId, connectorId } = parseInput(IngestScopeInput, scope, 'ingest scope');
  const parsed = docs.map((doc) => parseInput(SourceDocumentInput, doc, 'source document'));
  const outcomes: UpsertOutcome[] = parsed.map(() => 'unchanged');
  const lastIndex = new Map<string, number>();
  parsed.forEach((doc, i) => {
    lastIndex.set(doc.externalId, i);
  });

  // One round trip both proves the connector is visible to this tenant (RLS) — a foreign key
  // check alone would not, as RI checks bypass row security — and fetches the stored hashes.
  const ids = [...lastIndex.keys()];
  const existing = await selectRows<{
    external_id: string | null;
    id: string | null;
    content_hash: string | null;
  }>(
    tx,
    sql`select d.external_id, d.id, d.content_hash
        from kb_connectors c
        left join kb_documents d on d.connector_id = c.id
          and d.external_id in (select jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb))
        where c.id = ${connectorId}`,
  );
  if (existing.length === 0) throw new NotFoundError('Knowledge connector');
  const stored = new Map(existing.filter((r) => r.external_id).map((r) => [r.external_id as string, r]));

  const changed: Array<{
    index: number;
    doc: (typeof parsed)[number];
    hash: string;
    existingId: string | null;
  }> = [];
  for (const [externalId, index] of lastIndex) {
    const doc = parsed[index];
    if (!doc) continue;
    const hash = contentHash(doc);
    const row = stored.get(externalId);
    if (row?.content_hash === hash) continue;
    changed.push({ index, doc, hash, existingId: row?.id ?? null });
    outcomes[index] = row ? 'updated' : 'created';
  }
  if (changed.length === 0) return outcomes;

  const documentIds = new Map<string, string>();
  for (const batch of batches(changed, DOCUMENT_ROWS_PER_INSERT)) {
    const rows = await tx
      .insert(kbDocumentsTable)
      .values(
        batch.map(({ doc, hash }) => ({
          accountId,
          connectorId,
          externalId: doc.externalId,
          title: doc.title,
          url: doc.url,
          companyKey: companyKey(doc.companyName),
          companyName: doc.companyName?.trim() || null,
          folder: doc.folder,
          contentHash: hash,
          sourceUpdatedAt: doc.updatedAt,
        })),
      )
      .onConflictDoUpdate({
        target: [kbDocumentsTable.connectorId, kbDocumentsTable.externalId],
        set: {
          title: sql`excluded.title`,
          url: sql`excluded.url`,
          companyKey: sql`excluded.company_key`,
          companyName: sql`excluded.company_name`,
          folder: sql`excluded.folder`,
          contentHash: sql`excluded.content_hash`,
          sourceUpdatedAt: sql`excluded.source_updated_at`,
          indexedAt: sql`now()`,
        },
      })
      .returning({ id: kbDocumentsTable.id, externalId: kbDocumentsTable.externalId });
    for (const row of rows) documentIds.set(row.externalId, row.id);
  }

  const replaced = changed.flatMap((c) => (c.existingId ? [c.existingId] : []));
  for (const batch of batches(replaced, 1_000)) {
    await tx.delete(kbChunksTable).where(inArray(kbChunksTable.documentId, batch));
  }

  const chunkRows = changed.flatMap(({ doc }) => {
    const documentId = documentIds.get(doc.externalId);
    if (!documentId) return [];
    const key = companyKey(doc.companyName);
    return chunkDocument(doc).map((chunk) => ({
      accountId,
      documentId,
      ord: chunk.ord,
      companyKey: key,
      title: doc.title,
      heading: chunk.heading,
      body: chunk.body,
    }));
  });
  for (const batch of batches(chunkRows, CHUNK_ROWS_PER_INSERT)) {
    await tx.insert(kbChunksTable).values(batch);
  }
  return outcomes;
}

/** Removes documents (and their chunks) the source deleted or archived. */
export async function removeDocuments(
  tx: AppTx,
  scope: IngestScope,
  externalIds: readonly string[],
): Promise<number> {
  const { connectorId } = parseInput(IngestScopeInput, scope, 'ingest scope');
  if (externalIds.length === 0) return 0;
  const which = sql`connector_id = ${connectorId}
    and external_id in (select jsonb_array_elements_text(${JSON.stringify(externalIds)}::jsonb))`;
  await deleteChunksOf(tx, which);
  const rows = await selectRows<{ id: string }>(
    tx,
    sql`delete from kb_documents where ${which} returning id`,
  );
  return rows.length;
}

/**
 * After a full resync: removes every document of the connector the source no longer listed. An
 * empty keep list empties the connector — the caller decides whether an empty listing is real.
 */
export async function removeDocumentsNotIn(
  tx: AppTx,
  scope: IngestScope,
  keepExternalIds: readonly string[],
): Promise<number> {
  const { connectorId } = parseInput(IngestScopeInput, scope, 'ingest scope');
  // The keep list travels as one JSON parameter: a full resync can list far more ids than the
  // 65,535 bind parameters one statement allows.
  const which = sql`connector_id = ${connectorId}
    and external_id not in (select jsonb_array_elements_text(${JSON.stringify(keepExternalIds)}::jsonb))`;
  await deleteChunksOf(tx, which);
  const rows = await selectRows<{ id: string }>(
    tx,
    sql`delete from kb_documents where ${which} returning id`,
  );
  return rows.length;
}

/**
 * Deletes the chunks of the documents `where` selects, in ONE statement, before the documents go.
 * Left to the foreign-key cascade, Postgres deletes each document's chunks in a statement of its
 * own, and kb_term_stats' statement trigger (migration 0017) then runs once per document: removing
 * a connector of 9,000 documents took over five minutes on a server instead of seconds.
 */
export async function deleteChunksOf(tx: AppTx, where: SQL): Promise<void> {
  await tx.execute(
    sql`delete from kb_chunks where document_id in (select id from kb_documents where ${where})`,
  );
}

/** How many documents a connector has indexed, for its status line. */
export async function countDocuments(tx: AppTx, scope: IngestScope): Promise<number> {
  const { connectorId } = parseInput(IngestScopeInput, scope, 'ingest scope');
  const rows = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(kbDocumentsTable)
    .where(and(eq(kbDocumentsTable.connectorId, connectorId)));
  return rows[0]?.n ?? 0;
}

/** Everything that changes what a search can return; `updatedAt` alone does not re-chunk. */
function contentHash(doc: Pick<SourceDocument, 'title' | 'url' | 'companyName' | 'folder' | 'text'>): string {
  return createHash('sha256')
    .update(JSON.stringify([doc.title, doc.url, doc.companyName, doc.folder, doc.text]))
    .digest('hex');
}

function* batches<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
