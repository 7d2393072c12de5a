/**
 * Runs one connector's sync. The connector pages through its source; each page is committed in
 * ONE tenant transaction — documents upserted and stamped seen, deletions applied, the end of a
 * full listing (whatever it did not see is removed), the run's numbers and the connector's cursor —
 * so a crash loses at most the page in flight, and the next run starts at the page after the last
 * committed one instead of re-downloading everything.
 */
import { and, eq, ne, or, sql } from 'drizzle-orm';
import { authorize } from '../../auth/permissions.ts';
import type { AppTx } from '../../db/client.ts';
import { selectRows } from '../../db/raw.ts';
import { type KbConnectorRow, kbConnectorsTable } from '../../db/schema/kb.ts';
import { withTransaction } from '../../db/transactions.ts';
import type { TenantContext } from '../../shared/context.ts';
import { ConflictError, NotFoundError, ServiceError } from '../../shared/errors.ts';
import type { Logger } from '../../shared/logger.ts';
import { redactText } from '../../shared/redact.ts';
import {
  getConnectorRow,
  type KbConnectorDeps,
  lastRunColumns,
  openConnectorSecret,
  type SyncStats,
} from '../connectors/manage.ts';
import { buildConnector } from '../connectors/settings.ts';
import { defaultRuntime, KbConnectorError, type SyncPage } from '../connectors/types.ts';
import { countDocuments, type IngestScope, removeDocuments, upsertDocuments } from '../index/index.ts';
import { refreshSearchStatistics } from '../index/statistics.ts';

/** A `running` row not touched for this long belongs to a worker that died; a new run may take it over. */
export const STALE_RUN_MS = 30 * 60_000;
const MAX_SKIPPED_KEPT = 50;

export interface SyncReport extends SyncStats {
  ok: boolean;
  connectorId: string;
  documentCount: number;
  error: string | null;
}

export interface RunSyncDeps extends KbConnectorDeps {
  logger?: Logger | undefined;
}

/**
 * Marks the connector running, or refuses: one run per connector at a time (a second one would
 * race the first for the cursor). A stale `running` (worker died mid-sync) is taken over.
 */
async function claim(
  ctx: TenantContext,
  connectorId: string,
  now: Date,
  stats: SyncStats,
): Promise<KbConnectorRow> {
  const row = await getConnectorRow(ctx, connectorId);
  const staleBefore = new Date(now.getTime() - STALE_RUN_MS);
  const [claimed] = await withTransaction(ctx, (tx) =>
    tx
      .update(kbConnectorsTable)
      .set({ syncStatus: 'running', syncStartedAt: now, ...lastRunColumns(stats) })
      .where(
        and(
          eq(kbConnectorsTable.id, row.id),
          or(
            ne(kbConnectorsTable.syncStatus, 'running'),
            sql`${kbConnectorsTable.updatedAt} < ${staleBefore}`,
          ),
        ),
      )
      .returning(),
  );
  if (!claimed)
    throw new ConflictError(
      `"${row.name}" is already syncing (since ${row.syncStartedAt?.toISOString() ?? 'just now'}).`,
      {
        connectorId: row.id,
      },
    );
  return claimed;
}

const likePrefix = (prefix: string) => `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Stamps what a page listed as seen, so the end of a full listing knows what is still there. */
async function markSeen(tx: AppTx, connectorId: string, externalIds: string[], at: string): Promise<void> {
  if (externalIds.length === 0) return;
  await tx.execute(
    sql`update kb_documents set last_seen_at = ${at}::timestamptz
        where connector_id = ${connectorId}
          and external_id in (select jsonb_array_elements_text(${JSON.stringify(externalIds)}::jsonb))`,
  );
}

/** External ids of a finished listing's scope that it did not see (stamped before it began, or never). */
async function unseenSince(tx: AppTx, connectorId: string, startedAt: string, scopePrefix: string | null) {
  const rows = await selectRows<{ external_id: string }>(
    tx,
    sql`select external_id from kb_documents
        where connector_id = ${connectorId}
          and (last_seen_at is null or last_seen_at < ${startedAt}::timestamptz)
          ${scopePrefix === null ? sql`` : sql`and external_id like ${likePrefix(scopePrefix)}`}`,
  );
  return rows.map((r) => r.external_id);
}

/** External ids under none of the prefixes the connector still owns. */
async function outsidePrefixes(tx: AppTx, connectorId: string, prefixes: string[]) {
  const rows = await selectRows<{ external_id: string }>(
    tx,
    sql`select external_id from kb_documents d
        where d.connector_id = ${connectorId}
          and not exists (
            select 1 from jsonb_array_elements_text(${JSON.stringify(prefixes.map(likePrefix))}::jsonb) p(pattern)
            where d.external_id like p.pattern)`,
  );
  return rows.map((r) => r.external_id);
}

async function commitPage(
  tx: AppTx,
  scope: IngestScope,
  page: SyncPage,
  stats: SyncStats,
  run: { startedAt: string; httpCalls: () => number },
): Promise<void> {
  const outcomes = await upsertDocuments(tx, scope, page.upserts);
  for (const outcome of outcomes) stats[outcome] += 1;
  await markSeen(
    tx,
    scope.connectorId,
    page.upserts.map((d) => d.externalId),
    page.listing?.startedAt ?? run.startedAt,
  );
  stats.deleted += await removeDocuments(tx, scope, page.deletions);
  if (page.retainPrefixes)
    stats.deleted += await removeDocuments(
      tx,
      scope,
      await outsidePrefixes(tx, scope.connectorId, page.retainPrefixes),
    );
  if (page.listing?.complete) {
    const { startedAt, scopePrefix } = page.listing;
    stats.deleted += await removeDocuments(
      tx,
      scope,
      await unseenSince(tx, scope.connectorId, startedAt, scopePrefix),
    );
  }
  for (const item of page.skipped ?? []) {
    stats.skipped += 1;
    if (stats.skippedItems.length < MAX_SKIPPED_KEPT) stats.skippedItems.push(item);
  }
  stats.pages += 1;
  stats.httpCalls = run.httpCalls();
  const [updated] = await tx
    .update(kbConnectorsTable)
    .set({ cursor: page.cursor, ...lastRunColumns(stats) })
    .where(and(eq(kbConnectorsTable.id, scope.connectorId), eq(kbConnectorsTable.syncStatus, 'running')))
    .returning({ id: kbConnectorsTable.id });
  // Deleted (or taken over) while we were fetching: stop rather than write into someone else's run.
  if (!updated) throw new NotFoundError('Knowledge connector');
}

/** The message stored as the connector's last error: ours, or a generic one — never a secret. */
function describeFailure(error: unknown): string {
  if (error instanceof KbConnectorError) return redactText(error.message);
  if (error instanceof NotFoundError) return 'The connector was deleted while it was syncing.';
  if (error instanceof ServiceError) return redactText(error.message);
  return 'The sync failed unexpectedly; the server log has the details.';
}

/**
 * Syncs one connector to the source's present. Connector failures are recorded on the row
 * (`failed`, `last_error`) and reported, not thrown: the schedule retries later and the cursor stays
 * at the last committed page. Throws ConflictError when a run is already in progress.
 */
/** Documents one run may change before a server's statistics are refreshed right away. */
const BULK_CHANGE = 1_000;

export async function runConnectorSync({
  ctx,
  deps,
  connectorId,
  signal,
}: {
  ctx: TenantContext;
  deps: RunSyncDeps;
  connectorId: string;
  signal?: AbortSignal;
}): Promise<SyncReport> {
  authorize(ctx, 'kb.sync');
  const started = new Date();
  const stats: SyncStats = {
    startedAt: started.toISOString(),
    finishedAt: null,
    durationMs: null,
    pages: 0,
    httpCalls: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    deleted: 0,
    skipped: 0,
    skippedItems: [],
  };
  const row = await claim(ctx, connectorId, started, stats);
  const scope: IngestScope = { accountId: ctx.accountId, connectorId: row.id };
  const log = deps.logger?.child({ connectorId: row.id, kind: row.kind });
  // Every request the connector sends (retries and downloads included) goes through this fetch.
  let httpCalls = 0;
  const baseFetch = deps.runtime?.fetch ?? globalThis.fetch;
  const countingFetch: typeof fetch = (input, init) => {
    httpCalls += 1;
    return baseFetch(input, init);
  };
  const run = { startedAt: stats.startedAt, httpCalls: () => httpCalls };
  let failure: unknown;
  try {
    const runtime = defaultRuntime({ logger: log, ...deps.runtime, fetch: countingFetch });
    const connector = buildConnector(row.kind, row.settings, openConnectorSecret(deps, row), runtime);
    await connector.sync({
      cursor: row.cursor ?? null,
      startedAt: stats.startedAt,
      ...(signal ? { signal } : {}),
      onBatch: (page) => withTransaction(ctx, (tx) => commitPage(tx, scope, page, stats, run)),
    });
  } catch (error) {
    failure = error;
  }
  const finished = new Date();
  stats.finishedAt = finished.toISOString();
  stats.durationMs = finished.getTime() - started.getTime();
  stats.httpCalls = httpCalls;
  const message = failure === undefined ? null : describeFailure(failure);
  const documentCount = await withTransaction(ctx, async (tx) => {
    const count = await countDocuments(tx, scope);
    // The numbers of this run, also when it failed before its first page.
    await tx
      .update(kbConnectorsTable)
      .set({
        ...lastRunColumns(stats),
        ...(message === null
          ? { syncStatus: 'idle', lastSuccessAt: finished, lastError: null, documentCount: count }
          : { syncStatus: 'failed', lastError: message, lastErrorAt: finished, documentCount: count }),
      })
      .where(eq(kbConnectorsTable.id, row.id));
    return count;
  });
  // PGlite never autovacuums, so any change needs fresh statistics; a server's autovacuum catches
  // up within minutes, so only a bulk change (a first sync, a big import) is worth analysing now.
  const changedDocuments = stats.created + stats.updated + stats.deleted;
  if (changedDocuments > 0 && (ctx.db.kind === 'pglite' || changedDocuments >= BULK_CHANGE)) {
    await refreshSearchStatistics(ctx.db).catch((error: unknown) =>
      log?.warn({ err: error }, 'could not refresh knowledge search statistics'),
    );
  }
  const { skippedItems, ...numbers } = stats;
  if (message === null) log?.info({ ...numbers, documentCount }, 'knowledge sync finished');
  else
    log?.warn(
      {
        ...numbers,
        documentCount,
        reason: message,
        // Unknown errors keep their type and stack for the log only (never stored or returned).
        ...(failure instanceof KbConnectorError || failure instanceof ServiceError
          ? {
              errorKind: (failure as { kind?: string; code?: string }).kind ?? (failure as ServiceError).code,
            }
          : { err: failure }),
      },
      'knowledge sync failed',
    );
  for (const item of skippedItems.slice(0, 10))
    log?.info({ file: item.title, reason: item.reason }, 'file skipped');
  return { ok: message === null, connectorId: row.id, documentCount, error: message, ...stats };
}
