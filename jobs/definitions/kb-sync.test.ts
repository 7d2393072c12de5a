import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kbConnectorsTable } from '../../core/db/schema/kb.ts';
import { withTransaction } from '../../core/db/transactions.ts';
import { addConnector, indexedDocuments, TEST_SECRETS_KEY } from '../../core/kb/sync/test-support.ts';
import { silentLogger } from '../../core/shared/logger.ts';
import { type HuduSimulator, startHuduSimulator } from '../../sim/hudu/index.ts';
import { testDatabase } from '../../test/db.ts';
import { createTestAccount } from '../../test/factories.ts';
import type { JobDeps } from '../definition.ts';
import { kbSyncConnector, kbSyncSweep } from './kb-sync.ts';

let hudu: HuduSimulator;
beforeAll(async () => {
  hudu = await startHuduSimulator();
});
afterAll(() => hudu.close());

describe('kb-sync jobs', () => {
  it('the sweep queues due connectors once each; the connector job syncs as the system and skips a running one', async () => {
    const database = await testDatabase();
    const account = await createTestAccount(database, 'KB jobs');
    hudu.addArticle({
      name: 'Reset a password',
      content: '<p>Use the self-service portal.</p>',
      company: 'Happy Frog',
    });
    const id = await addConnector(account.owner, {
      kind: 'hudu',
      name: 'Jobs Hudu',
      apiKey: hudu.apiKey,
      settings: { baseUrl: hudu.url },
    });
    const queued: Array<{ name: string; payload: unknown; key: string | undefined }> = [];
    const deps: JobDeps = {
      database,
      logger: silentLogger,
      secretsKey: TEST_SECRETS_KEY,
      enqueue: async (definition, payload, options) => {
        queued.push({ name: definition.name, payload, key: options?.singletonKey });
        return 'job-id';
      },
    };
    await kbSyncSweep.handle(deps, {}, { id: 's', retryCount: 0 });
    expect(queued.filter((q) => q.key === id)).toEqual([
      { name: 'kb-sync.connector', payload: { accountId: account.accountId, connectorId: id }, key: id },
    ]);

    await kbSyncConnector.handle(
      deps,
      { accountId: account.accountId, connectorId: id },
      { id: 'j', retryCount: 0 },
    );
    expect((await indexedDocuments(account.owner, id)).map((d) => [d.title, d.companyName])).toEqual([
      ['Reset a password', 'Happy Frog'],
    ]);

    // Synced just now: not due again.
    queued.length = 0;
    await kbSyncSweep.handle(deps, {}, { id: 's2', retryCount: 0 });
    expect(queued.filter((q) => q.key === id)).toEqual([]);

    // Another worker holds the run: this job steps aside instead of failing or racing it.
    await withTransaction(account.owner, (tx) =>
      tx.update(kbConnectorsTable).set({ syncStatus: 'running' }).where(eq(kbConnectorsTable.id, id)),
    );
    await expect(
      kbSyncConnector.handle(
        deps,
        { accountId: account.accountId, connectorId: id },
        { id: 'j2', retryCount: 0 },
      ),
    ).resolves.toBeUndefined();
  });
});
