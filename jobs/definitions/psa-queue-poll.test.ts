import { describe, expect, it } from 'vitest';
import { configurePsa, createLocalPsa, type PsaDeps } from '../../core/psa/index.ts';
import { silentLogger } from '../../core/shared/logger.ts';
import { createWalkIn, listQueue } from '../../core/tickets/index.ts';
import { testDatabase } from '../../test/db.ts';
import { createTestAccount } from '../../test/factories.ts';
import type { JobDeps } from '../definition.ts';
import { psaQueuePoll, psaQueueSweep } from './psa-queue-poll.ts';

const psa: PsaDeps = {
  sealingKey: Buffer.alloc(32, 2),
  connectWise: () => {
    throw new Error('not used with the built-in PSA');
  },
};

describe('psa-queue jobs', () => {
  it('the sweep queues one poll per account with a PSA; the poll delivers walk-ins, pulls tickets and announces the change', async () => {
    const database = await testDatabase();
    const withPsa = await createTestAccount(database, 'Poll job');
    const without = await createTestAccount(database, 'No PSA job');
    await configurePsa({ ctx: withPsa.owner, deps: psa, input: { provider: 'local' } });
    const l1 = await withPsa.member('l1');
    await createLocalPsa(withPsa.owner).createTicket({ summary: 'Scanner offline', companyId: 'Contoso' });
    await createWalkIn({
      ctx: l1,
      input: { contactName: 'Sam', client: 'Contoso', summary: 'Keyboard sticky' },
    });

    const queued: Array<{ name: string; payload: unknown; key: string | undefined }> = [];
    const changed: string[] = [];
    const deps: JobDeps = {
      database,
      logger: silentLogger,
      psa,
      enqueue: async (definition, payload, options) => {
        queued.push({ name: definition.name, payload, key: options?.singletonKey });
        return 'job-id';
      },
      onTicketsChanged: async ({ accountId }) => {
        changed.push(accountId);
      },
    };
    await psaQueueSweep.handle(deps, {}, { id: 's', retryCount: 0 });
    const mine = queued.filter((q) => (q.payload as { accountId: string }).accountId === withPsa.accountId);
    expect(mine).toEqual([
      { name: 'psa-queue.poll', payload: { accountId: withPsa.accountId }, key: withPsa.accountId },
    ]);
    expect(queued.some((q) => (q.payload as { accountId: string }).accountId === without.accountId)).toBe(
      false,
    );

    await psaQueuePoll.handle(deps, { accountId: withPsa.accountId }, { id: 'p', retryCount: 0 });
    const queue = await listQueue({ ctx: l1 });
    // The walk-in was created in the PSA and linked before the poll, so it is not pulled a second time;
    // a PSA ticket's age counts from when it was opened in the PSA (before the walk-in was logged).
    expect(queue.tickets.map((t) => [t.summary, t.source, t.psa?.provider])).toEqual([
      ['Scanner offline', 'psa', 'local'],
      ['Keyboard sticky', 'walk_in', 'local'],
    ]);
    expect(changed).toEqual([withPsa.accountId]);

    await psaQueuePoll.handle(deps, { accountId: withPsa.accountId }, { id: 'p2', retryCount: 0 });
    expect((await listQueue({ ctx: l1 })).tickets).toHaveLength(2);
    expect(changed).toEqual([withPsa.accountId]);
  });
});
