/** Test support for connector syncs: fast retries on the simulator's clock, logs captured, index read-back. */
import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { asc, eq } from 'drizzle-orm';
import { kbDocumentsTable } from '../../db/schema/kb.ts';
import { withTransaction } from '../../db/transactions.ts';
import type { TenantContext } from '../../shared/context.ts';
import { createLogger } from '../../shared/logger.ts';
import { createConnector } from '../connectors/manage.ts';
import type { ConnectorRuntime } from '../connectors/types.ts';
import { type RunSyncDeps, runConnectorSync } from './run-sync.ts';

export const TEST_SECRETS_KEY = randomBytes(32);

/** Deps whose waits are recorded instead of slept, on `now`'s clock, with every log line kept. */
export function syncHarness(now: () => number, overrides: Partial<ConnectorRuntime> = {}) {
  const waits: number[] = [];
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
  const deps: RunSyncDeps = {
    secretsKey: TEST_SECRETS_KEY,
    logger: createLogger({ level: 'debug', name: 'kb-sync-test' }, stream),
    runtime: {
      sleep: async (ms) => {
        waits.push(ms);
      },
      now,
      maxRetries: 3,
      timeoutMs: 10_000,
      ...overrides,
    },
  };
  return { deps, waits, lines };
}

export async function addConnector(owner: TenantContext, input: Record<string, unknown>): Promise<string> {
  const view = await createConnector({ ctx: owner, deps: { secretsKey: TEST_SECRETS_KEY }, input });
  return view.id;
}

export function syncOnce(ctx: TenantContext, deps: RunSyncDeps, connectorId: string, signal?: AbortSignal) {
  return runConnectorSync({ ctx, deps, connectorId, ...(signal ? { signal } : {}) });
}

/** The connector's indexed documents, ordered by external id. */
export async function indexedDocuments(ctx: TenantContext, connectorId: string) {
  return withTransaction(ctx, (tx) =>
    tx
      .select({
        externalId: kbDocumentsTable.externalId,
        title: kbDocumentsTable.title,
        companyName: kbDocumentsTable.companyName,
        companyKey: kbDocumentsTable.companyKey,
        folder: kbDocumentsTable.folder,
        url: kbDocumentsTable.url,
      })
      .from(kbDocumentsTable)
      .where(eq(kbDocumentsTable.connectorId, connectorId))
      .orderBy(asc(kbDocumentsTable.externalId)),
  );
}
