/**
 * Admin verbs for knowledge connectors: list with sync status, create, edit, delete, test. The
 * credential is sealed with the account and connector id as associated data (a ciphertext copied
 * to another row does not open) and is never returned: views say only `hasSecret`.
 */
import { randomUUID } from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../../audit/record-audit.ts';
import { authorize } from '../../auth/permissions.ts';
import { assertWithinLimits } from '../../billing/index.ts';
import type { AppTx } from '../../db/client.ts';
import {
  KB_CONNECTOR_KINDS,
  type KbConnectorKind,
  type KbConnectorRow,
  kbConnectorsTable,
  READ_ONLY_CONNECTOR_KINDS,
} from '../../db/schema/kb.ts';
import { withTransaction } from '../../db/transactions.ts';
import type { TenantContext } from '../../shared/context.ts';
import { openSecret, sealSecret } from '../../shared/crypto.ts';
import { ConflictError, type FieldIssue, NotFoundError, UnprocessableError } from '../../shared/errors.ts';
import { DISPLAY_UNSAFE_MESSAGE, isDisplaySafe } from '../../shared/text-hygiene.ts';
import { deleteChunksOf } from '../index/index.ts';
import { assertManageable, buildConnector, SECRET_FIELD, SETTINGS_SCHEMAS } from './settings.ts';
import {
  type ConnectionTestResult,
  type ConnectorRuntime,
  defaultRuntime,
  KbConnectorError,
  type SkippedItem,
} from './types.ts';

export interface KbConnectorDeps {
  /** Seals and opens connector credentials at rest. */
  secretsKey: Buffer;
  /** Transport overrides (tests: short waits, the simulator's clock). */
  runtime?: Partial<ConnectorRuntime>;
}

/** What the runner records about a sync (the `last_run_*` columns), shown as the connector's last run. */
export interface SyncStats {
  startedAt: string;
  finishedAt: string | null;
  durationMs: number | null;
  pages: number;
  /** Requests sent to the source, retries included. */
  httpCalls: number;
  created: number;
  updated: number;
  unchanged: number;
  deleted: number;
  skipped: number;
  /** The first few skipped files with their reason. */
  skippedItems: SkippedItem[];
}

export interface KbConnectorView {
  id: string;
  kind: KbConnectorKind;
  name: string;
  enabled: boolean;
  syncIntervalMinutes: number;
  settings: Record<string, unknown>;
  hasSecret: boolean;
  /** A built-in source (the demo articles): searched like the others, never edited, synced or removed. */
  readOnly: boolean;
  status: {
    state: 'idle' | 'running' | 'failed';
    running: boolean;
    lastSuccessAt: string | null;
    lastError: string | null;
    lastErrorAt: string | null;
    syncStartedAt: string | null;
    documentCount: number;
    lastRun: SyncStats | null;
  };
  createdAt: string;
  updatedAt: string;
}

/** The last run as stored in its columns; null before the first run. */
export function lastRunOf(row: KbConnectorRow): SyncStats | null {
  if (!row.lastRunStartedAt) return null;
  return {
    startedAt: row.lastRunStartedAt.toISOString(),
    finishedAt: row.lastRunFinishedAt?.toISOString() ?? null,
    durationMs: row.lastRunDurationMs,
    pages: row.lastRunPages,
    httpCalls: row.lastRunHttpCalls,
    created: row.lastRunCreated,
    updated: row.lastRunUpdated,
    unchanged: row.lastRunUnchanged,
    deleted: row.lastRunDeleted,
    skipped: row.lastRunSkipped,
    skippedItems: row.lastRunSkippedItems,
  };
}

/** The columns that hold a run's numbers, for the runner's updates. */
export function lastRunColumns(stats: SyncStats) {
  return {
    lastRunStartedAt: new Date(stats.startedAt),
    lastRunFinishedAt: stats.finishedAt ? new Date(stats.finishedAt) : null,
    lastRunDurationMs: stats.durationMs,
    lastRunPages: stats.pages,
    lastRunHttpCalls: stats.httpCalls,
    lastRunCreated: stats.created,
    lastRunUpdated: stats.updated,
    lastRunUnchanged: stats.unchanged,
    lastRunDeleted: stats.deleted,
    lastRunSkipped: stats.skipped,
    lastRunSkippedItems: stats.skippedItems,
  } satisfies Partial<typeof kbConnectorsTable.$inferInsert>;
}

export function toConnectorView(row: KbConnectorRow): KbConnectorView {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    enabled: row.enabled,
    syncIntervalMinutes: row.syncIntervalMinutes,
    settings: row.settings,
    hasSecret: row.secretSealed.length > 0,
    readOnly: READ_ONLY_CONNECTOR_KINDS.includes(row.kind),
    status: {
      state: row.syncStatus,
      running: row.syncStatus === 'running',
      lastSuccessAt: row.lastSuccessAt?.toISOString() ?? null,
      lastError: row.lastError,
      lastErrorAt: row.lastErrorAt?.toISOString() ?? null,
      syncStartedAt: row.syncStartedAt?.toISOString() ?? null,
      documentCount: row.documentCount,
      lastRun: lastRunOf(row),
    },
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

const secretAd = (accountId: string, connectorId: string) => `kb_connector:${accountId}:${connectorId}`;

export function sealConnectorSecret(
  deps: KbConnectorDeps,
  accountId: string,
  connectorId: string,
  secret: string,
) {
  return sealSecret(deps.secretsKey, secret, secretAd(accountId, connectorId));
}

export function openConnectorSecret(deps: KbConnectorDeps, row: KbConnectorRow): string {
  try {
    return openSecret(deps.secretsKey, row.secretSealed, secretAd(row.accountId, row.id));
  } catch (error) {
    throw new KbConnectorError(
      'config',
      'The stored credential cannot be opened (the server key changed?): enter it again.',
      { cause: error },
    );
  }
}

const Common = {
  name: z
    .string({ error: 'name is required' })
    .trim()
    .min(1, 'name is required')
    .max(100, 'at most 100 characters')
    .refine(isDisplaySafe, DISPLAY_UNSAFE_MESSAGE),
  enabled: z.boolean().optional(),
  syncIntervalMinutes: z.number().int().min(5, 'at least 5 minutes').max(10080, 'at most a week').optional(),
};
const secret = (label: string) =>
  z
    .string({ error: `${label} is required` })
    .trim()
    .min(1, `${label} is required`)
    .min(8, `${label} looks too short`)
    .max(2000, `${label} is too long (at most 2,000 characters)`);

export const CreateConnectorInput = z.discriminatedUnion(
  'kind',
  [
    z
      .object({ kind: z.literal('itglue'), ...Common, apiKey: secret('the API key'), settings: z.unknown() })
      .strict(),
    z
      .object({ kind: z.literal('hudu'), ...Common, apiKey: secret('the API key'), settings: z.unknown() })
      .strict(),
    z
      .object({
        kind: z.literal('graph'),
        ...Common,
        clientSecret: secret('the client secret'),
        settings: z.unknown(),
      })
      .strict(),
  ],
  {
    error: () =>
      `kind must be one of ${KB_CONNECTOR_KINDS.filter((k) => !READ_ONLY_CONNECTOR_KINDS.includes(k)).join(', ')}`,
  },
);

export const UpdateConnectorInput = z
  .object({
    name: Common.name.optional(),
    enabled: Common.enabled,
    syncIntervalMinutes: Common.syncIntervalMinutes,
    settings: z.record(z.string(), z.unknown()).optional(),
    apiKey: secret('the API key').optional(),
    clientSecret: secret('the client secret').optional(),
  })
  .strict();

/** Field errors as 422 with one issue per field, paths prefixed like the request body. */
function parseFields<S extends z.ZodType>(schema: S, input: unknown, what: string, prefix = ''): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues: FieldIssue[] = result.error.issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || '(root)',
    message: issue.message,
  }));
  const first = issues[0];
  throw new UnprocessableError(
    `Invalid ${what} (${first ? `${first.path}: ${first.message}` : 'invalid'})`,
    issues,
  );
}

async function loadRow(tx: AppTx, ctx: TenantContext, connectorId: string): Promise<KbConnectorRow> {
  if (!z.uuid().safeParse(connectorId).success) throw new NotFoundError('Knowledge connector');
  const [row] = await tx
    .select()
    .from(kbConnectorsTable)
    .where(and(eq(kbConnectorsTable.id, connectorId), eq(kbConnectorsTable.accountId, ctx.accountId)));
  if (!row) throw new NotFoundError('Knowledge connector');
  return row;
}

/** A connector of this account, for verbs in other files (sync runner). NotFound across tenants. */
export async function getConnectorRow(ctx: TenantContext, connectorId: string): Promise<KbConnectorRow> {
  return withTransaction(ctx, (tx) => loadRow(tx, ctx, connectorId));
}

function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause)
    if ((e as { code?: unknown }).code === '23505') return true;
  return false;
}

const nameTaken = (name: string) =>
  new ConflictError(`A knowledge connector named "${name}" already exists.`, { field: 'name' });

export async function listConnectors({ ctx }: { ctx: TenantContext }): Promise<KbConnectorView[]> {
  authorize(ctx, 'kb.read');
  return withTransaction(ctx, async (tx) => {
    const rows = await tx
      .select()
      .from(kbConnectorsTable)
      .where(eq(kbConnectorsTable.accountId, ctx.accountId))
      .orderBy(asc(kbConnectorsTable.createdAt), asc(kbConnectorsTable.name));
    return rows.map(toConnectorView);
  });
}

export async function getConnector({ ctx, connectorId }: { ctx: TenantContext; connectorId: string }) {
  authorize(ctx, 'kb.read');
  return toConnectorView(await getConnectorRow(ctx, connectorId));
}

export async function createConnector({
  ctx,
  deps,
  input,
}: {
  ctx: TenantContext;
  deps: KbConnectorDeps;
  input: unknown;
}) {
  const grant = authorize(ctx, 'kb.manage');
  const data = parseFields(CreateConnectorInput, input, 'knowledge connector');
  const settings = parseFields(
    SETTINGS_SCHEMAS[data.kind],
    data.settings ?? {},
    `${data.kind} settings`,
    'settings',
  );
  const plain = data.kind === 'graph' ? data.clientSecret : data.apiKey;
  const id = randomUUID();
  try {
    return await withTransaction(ctx, async (tx) => {
      await assertWithinLimits(tx, ctx, [{ limit: 'knowledgeConnectors' }]);
      const [row] = await tx
        .insert(kbConnectorsTable)
        .values({
          id,
          accountId: ctx.accountId,
          kind: data.kind,
          name: data.name,
          settings: settings as Record<string, unknown>,
          secretSealed: sealConnectorSecret(deps, ctx.accountId, id, plain),
          enabled: data.enabled ?? true,
          syncIntervalMinutes: data.syncIntervalMinutes ?? 60,
        })
        .returning();
      if (!row) throw new Error('connector insert returned nothing');
      await recordAudit(tx, ctx, {
        action: 'kb.connector_created',
        target: { type: 'kb_connector', id },
        metadata: { kind: row.kind, name: row.name, settings: row.settings },
        grant,
      });
      return toConnectorView(row);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken(data.name);
    throw error;
  }
}

export async function updateConnector({
  ctx,
  deps,
  connectorId,
  input,
}: {
  ctx: TenantContext;
  deps: KbConnectorDeps;
  connectorId: string;
  input: unknown;
}) {
  const grant = authorize(ctx, 'kb.manage');
  const data = parseFields(UpdateConnectorInput, input, 'knowledge connector change');
  try {
    return await withTransaction(ctx, async (tx) => {
      const row = await loadRow(tx, ctx, connectorId);
      assertManageable(row);
      const secretField = SECRET_FIELD[row.kind];
      const wrongSecret = secretField === 'apiKey' ? data.clientSecret : data.apiKey;
      if (wrongSecret !== undefined)
        throw new UnprocessableError(`A ${row.kind} connector takes its credential as "${secretField}".`, [
          { path: secretField === 'apiKey' ? 'clientSecret' : 'apiKey', message: `use ${secretField}` },
        ]);
      const changes: Partial<typeof kbConnectorsTable.$inferInsert> = {};
      if (data.name !== undefined) changes.name = data.name;
      if (data.enabled !== undefined) changes.enabled = data.enabled;
      if (data.syncIntervalMinutes !== undefined) changes.syncIntervalMinutes = data.syncIntervalMinutes;
      if (data.settings !== undefined) {
        // A setting sent as null is removed (back to its default: the region's host, the primary organization).
        const next: Record<string, unknown> = { ...row.settings };
        for (const [key, value] of Object.entries(data.settings))
          if (value === null) delete next[key];
          else next[key] = value;
        const merged = parseFields(SETTINGS_SCHEMAS[row.kind], next, `${row.kind} settings`, 'settings');
        if (JSON.stringify(merged) !== JSON.stringify(row.settings)) {
          changes.settings = merged as Record<string, unknown>;
          // Other types, drives or hosts: the old position means nothing; the next sync lists everything.
          changes.cursor = null;
        }
      }
      const newSecret = data[secretField];
      if (newSecret !== undefined)
        changes.secretSealed = sealConnectorSecret(deps, ctx.accountId, row.id, newSecret);
      if ((changes.secretSealed || changes.settings) && row.syncStatus === 'failed') {
        // The failure was about the old key or settings: showing it under the fixed ones would say
        // they are wrong too. The next sync (or Test) says how the new ones fare.
        changes.syncStatus = 'idle';
        changes.lastError = null;
      }
      if (Object.keys(changes).length === 0) return toConnectorView(row);
      const [updated] = await tx
        .update(kbConnectorsTable)
        .set(changes)
        .where(eq(kbConnectorsTable.id, row.id))
        .returning();
      if (!updated) throw new NotFoundError('Knowledge connector');
      await recordAudit(tx, ctx, {
        action: 'kb.connector_updated',
        target: { type: 'kb_connector', id: row.id },
        metadata: {
          fields: Object.keys(changes).filter(
            (k) => !['secretSealed', 'cursor', 'syncStatus', 'lastError'].includes(k),
          ),
          secretReplaced: newSecret !== undefined,
          resyncRequired: changes.cursor === null,
        },
        grant,
      });
      return toConnectorView(updated);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken(data.name ?? '');
    throw error;
  }
}

/** Deletes the connector with its documents and their chunks. */
export async function deleteConnector({ ctx, connectorId }: { ctx: TenantContext; connectorId: string }) {
  const grant = authorize(ctx, 'kb.manage');
  return withTransaction(ctx, async (tx) => {
    const row = await loadRow(tx, ctx, connectorId);
    assertManageable(row);
    // Chunks first, in one statement: see deleteChunksOf.
    await deleteChunksOf(tx, sql`connector_id = ${row.id}`);
    await tx.delete(kbConnectorsTable).where(eq(kbConnectorsTable.id, row.id));
    await recordAudit(tx, ctx, {
      action: 'kb.connector_deleted',
      target: { type: 'kb_connector', id: row.id },
      metadata: { kind: row.kind, name: row.name, documents: row.documentCount },
      grant,
    });
    return { deleted: true as const, documentsRemoved: row.documentCount };
  });
}

/** "Test connection": one cheap authenticated call per thing the sync needs, with a reason on failure. */
export async function testConnector({
  ctx,
  deps,
  connectorId,
}: {
  ctx: TenantContext;
  deps: KbConnectorDeps;
  connectorId: string;
}): Promise<ConnectionTestResult> {
  authorize(ctx, 'kb.manage');
  const row = await getConnectorRow(ctx, connectorId);
  assertManageable(row);
  try {
    const connector = buildConnector(
      row.kind,
      row.settings,
      openConnectorSecret(deps, row),
      defaultRuntime({ maxRetries: 1, timeoutMs: 15_000, ...deps.runtime }),
    );
    return await connector.testConnection();
  } catch (error) {
    if (error instanceof KbConnectorError) return { ok: false, reason: error.message };
    if (error instanceof z.ZodError)
      return { ok: false, reason: 'The stored settings are no longer valid: edit and save them again.' };
    throw error;
  }
}
