import { randomUUID } from 'node:crypto';
import { inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../../test/db.ts';
import type { Database } from '../db/client.ts';
import { chatInboxTable } from '../db/schema/chat-inbox.ts';
import { withSystemTransaction } from '../db/transactions.ts';
import { finishInboundEvent, inboxRecorder, recordFirstPosts } from './index.ts';

/**
 * The ack path's writes in a burst: events that arrive together are stored together, and each
 * caller (whose platform gets its 200 right after) still learns only about its own committed row.
 */
describe('chat inbox: a burst of events stored together', () => {
  let database: Database;
  beforeAll(async () => {
    database = await testDatabase();
  });

  const rows = (ids: string[]) =>
    withSystemTransaction(database, 'test: inbox rows', (tx) =>
      tx.select().from(chatInboxTable).where(inArray(chatInboxTable.id, ids)),
    );

  it('stores every event of a burst once, answering each caller with its own row', async () => {
    const record = inboxRecorder(database, 'slack');
    const eventIds = Array.from({ length: 40 }, () => `Ev${randomUUID()}`);
    // All at once, plus a platform retry of the third event racing its original.
    const results = await Promise.all([
      ...eventIds.map((id, i) => record(id, { event_id: id, n: i })),
      record(eventIds[2] as string, { event_id: eventIds[2], n: 2 }),
    ]);
    const ids = results.slice(0, 40);
    expect(ids.every((id) => typeof id === 'string')).toBe(true);
    expect(new Set(ids).size).toBe(40);
    expect(results[40]).toBeNull(); // the retry is acked without new work
    const stored = await rows(ids as string[]);
    expect(stored).toHaveLength(40);
    for (const [i, id] of ids.entries())
      expect(stored.find((r) => r.id === id)).toMatchObject({ eventId: eventIds[i], body: { n: i } });
    // Sent again later (Slack's retry after the ack was lost): nothing new.
    expect(await record(eventIds[0] as string, {})).toBeNull();
  });

  it('keeps the place of a sign of work only on events not yet answered', async () => {
    const record = inboxRecorder(database, 'teams');
    const [open, done] = await Promise.all([
      record(`Ev${randomUUID()}`, {}),
      record(`Ev${randomUUID()}`, {}),
    ]);
    if (!open || !done) throw new Error('both events are new');
    await finishInboundEvent(database, done);
    expect(
      await recordFirstPosts(database, [
        { id: open, ref: 'C1/1700000000.000100' },
        { id: done, ref: 'status:C1/1700000000.000200' },
      ]),
    ).toEqual([true, false]);
    // The answered one gets no place kept: whoever posted the sign takes it down itself.
    expect(await finishInboundEvent(database, open)).toEqual({ firstPost: 'C1/1700000000.000100' });
    const [again] = await rows([done]);
    expect(again?.firstPost).toBeNull();
  });
});
