import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { testDatabase } from '../../../test/db.ts';
import { createTestAccount } from '../../../test/factories.ts';
import { kbConnectorsTable } from '../../db/schema/kb.ts';
import { withTransaction } from '../../db/transactions.ts';
import { dueConnectors } from './due-connectors.ts';
import { addConnector } from './test-support.ts';

const MINUTE = 60_000;

describe('the sync schedule', () => {
  it('picks enabled connectors whose last attempt is older than their interval, and stale runs', async () => {
    const database = await testDatabase();
    const account = await createTestAccount(database, 'KB schedule');
    const make = (name: string) =>
      addConnector(account.owner, {
        kind: 'hudu',
        name,
        apiKey: 'hudu-key-123456',
        settings: { baseUrl: 'https://x.huducloud.com' },
      });
    const [fresh, old, failedRecently, disabled, running, stale] = await Promise.all(
      ['fresh', 'old', 'failed', 'disabled', 'running', 'stale'].map(make),
    );
    const now = new Date();
    const ago = (m: number) => new Date(now.getTime() - m * MINUTE);
    await withTransaction(account.owner, async (tx) => {
      const set = (id: string | undefined, values: Partial<typeof kbConnectorsTable.$inferInsert>) =>
        tx
          .update(kbConnectorsTable)
          .set(values)
          .where(eq(kbConnectorsTable.id, id as string));
      await set(fresh, { lastSuccessAt: ago(10) });
      await set(old, { lastSuccessAt: ago(61) });
      await set(failedRecently, { lastSuccessAt: ago(600), lastErrorAt: ago(5), syncStatus: 'failed' });
      await set(disabled, { enabled: false });
      await set(running, { syncStatus: 'running' });
      await set(stale, { syncStatus: 'running', updatedAt: ago(31) });
    });
    const due = (await dueConnectors(database, now)).filter((d) => d.accountId === account.accountId);
    expect(due.map((d) => d.connectorId).sort()).toEqual([old, stale].sort());
  });
});
