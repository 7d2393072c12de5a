import { and, asc, eq, gt, inArray, isNotNull, isNull, lt, sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { selectRows } from '../db/raw.ts';
import type { ChatPlatform } from '../db/schema/chat-identities.ts';
import { chatInboxTable } from '../db/schema/chat-inbox.ts';
import { withSystemTransaction } from '../db/transactions.ts';
import { groupCommit } from '../shared/group-commit.ts';
import { cleanJsonText } from '../shared/text-hygiene.ts';

/**
 * Stores an inbound event before its ack. Returns the new row's id, or null when this platform
 * event id is already stored: a retry (Slack's X-Slack-Retry-Num, a Teams redelivery) is then
 * acked without queueing the work again. The unique index makes this atomic across processes.
 */
export async function recordInboundEvent(
  database: Database,
  platform: ChatPlatform,
  eventId: string,
  body: unknown,
): Promise<string | null> {
  const [id] = await recordInboundEvents(database, platform, [{ eventId, body }]);
  return id ?? null;
}

/**
 * {@link recordInboundEvent} for several events in one transaction (see inboxRecorder): one id or
 * null per event, in order. An event id given twice is stored once; the later copy gets null.
 */
export async function recordInboundEvents(
  database: Database,
  platform: ChatPlatform,
  events: ReadonlyArray<{ eventId: string; body: unknown }>,
): Promise<Array<string | null>> {
  const unique = [...new Map(events.map((e) => [e.eventId, e])).values()];
  const rows = await withSystemTransaction(database, 'chat inbox write', (tx) =>
    tx
      .insert(chatInboxTable)
      // Cleaned as the listeners would clean its text anyway: jsonb refuses NUL outright.
      .values(unique.map((e) => ({ platform, eventId: e.eventId, body: cleanJsonText(e.body) })))
      .onConflictDoNothing()
      .returning({ id: chatInboxTable.id, eventId: chatInboxTable.eventId }),
  );
  const ids = new Map(rows.map((r) => [r.eventId, r.id]));
  return events.map((e) => {
    const id = ids.get(e.eventId) ?? null;
    ids.delete(e.eventId); // a second copy in the same batch is a retry of the first
    return id;
  });
}

/** Events written together at most: one ack's wait stays one short statement. */
const RECORD_BATCH = 32;

/**
 * The ack path's writer (see group-commit.ts): events arriving while one write is in flight are
 * stored together in the next, and every caller still returns only once its own row is committed.
 */
export function inboxRecorder(
  database: Database,
  platform: ChatPlatform,
): (eventId: string, body: unknown) => Promise<string | null> {
  const record = groupCommit(
    (events: Array<{ eventId: string; body: unknown }>) => recordInboundEvents(database, platform, events),
    { maxBatch: RECORD_BATCH },
  );
  return (eventId, body) => record({ eventId, body });
}

export interface ClaimedInboundEvent {
  id: string;
  platform: ChatPlatform;
  body: unknown;
  /** 1 on the first run; more means a crash or an expired job brought it back. */
  attempts: number;
}

/** Marks the event started (counting attempts); null when it is already done or unknown. */
export async function claimInboundEvent(database: Database, id: string): Promise<ClaimedInboundEvent | null> {
  return withSystemTransaction(database, 'chat inbox claim', async (tx) => {
    const [row] = await tx
      .update(chatInboxTable)
      .set({ startedAt: sql`now()`, attempts: sql`${chatInboxTable.attempts} + 1` })
      .where(and(eq(chatInboxTable.id, id), isNull(chatInboxTable.doneAt)))
      .returning({
        id: chatInboxTable.id,
        platform: chatInboxTable.platform,
        body: chatInboxTable.body,
        attempts: chatInboxTable.attempts,
      });
    return row ?? null;
  });
}

/** Marks the event done; returns its status line (see {@link recordFirstPost}) for taking down. */
export async function finishInboundEvent(
  database: Database,
  id: string,
): Promise<{ firstPost: string | null }> {
  const [row] = await withSystemTransaction(database, 'chat inbox done', (tx) =>
    tx
      .update(chatInboxTable)
      .set({ doneAt: sql`now()` })
      .where(eq(chatInboxTable.id, id))
      .returning({ firstPost: chatInboxTable.firstPost }),
  );
  return { firstPost: row?.firstPost ?? null };
}

/**
 * Remembers the status line posted in the thread right after the ack. False when the event is
 * done already (its turn outran the status line): the caller takes the line down itself. The row
 * lock orders this against {@link finishInboundEvent}, so exactly one of them sees the line.
 */
export async function recordFirstPost(database: Database, id: string, ref: string): Promise<boolean> {
  const [kept] = await recordFirstPosts(database, [{ id, ref }]);
  return kept ?? false;
}

/** {@link recordFirstPost} for several events in one statement; one answer per item, in order. */
export async function recordFirstPosts(
  database: Database,
  posts: ReadonlyArray<{ id: string; ref: string }>,
): Promise<boolean[]> {
  if (posts.length === 0) return [];
  const values = sql.join(
    posts.map((p) => sql`(${p.id}::uuid, ${p.ref})`),
    sql`, `,
  );
  const rows = await withSystemTransaction(database, 'chat inbox first post', (tx) =>
    selectRows<{ id: string }>(
      tx,
      sql`
      update ${chatInboxTable} set first_post = v.ref
      from (values ${values}) as v(id, ref)
      where ${chatInboxTable.id} = v.id and ${chatInboxTable.doneAt} is null
      returning ${chatInboxTable.id} as id`,
    ),
  );
  const kept = new Set(rows.map((r) => r.id));
  return posts.map((p) => kept.has(p.id));
}

/**
 * Events stored but not done, received after `receivedAfter`: owed work whose job may never have
 * been sent (a crash between the ack and the send). Oldest first, so recovery keeps arrival order.
 */
export async function pendingInboundEvents(
  database: Database,
  options: {
    receivedAfter: Date;
    receivedBefore: Date;
    platforms: readonly ChatPlatform[];
    limit: number;
    /** Only events whose body mentions this id (a workspace or tenant); see `inboxScope` in boot. */
    mentioning?: string;
  },
): Promise<string[]> {
  if (options.platforms.length === 0) return [];
  const rows = await withSystemTransaction(database, 'chat inbox recovery', (tx) =>
    tx
      .select({ id: chatInboxTable.id })
      .from(chatInboxTable)
      .where(
        and(
          isNull(chatInboxTable.doneAt),
          gt(chatInboxTable.receivedAt, options.receivedAfter),
          lt(chatInboxTable.receivedAt, options.receivedBefore),
          inArray(chatInboxTable.platform, [...options.platforms]),
          options.mentioning === undefined
            ? undefined
            : sql`strpos(${chatInboxTable.body}::text, ${options.mentioning}) > 0`,
        ),
      )
      .orderBy(asc(chatInboxTable.receivedAt), asc(chatInboxTable.id))
      .limit(options.limit),
  );
  return rows.map((r) => r.id);
}

/** For /metrics: how many events are owed work and how long the oldest has waited. */
export async function inboxDepth(database: Database): Promise<{ pending: number; oldestAgeSeconds: number }> {
  const [row] = await withSystemTransaction(database, 'chat inbox depth', (tx) =>
    tx
      .select({
        pending: sql<number>`count(*)::int`,
        oldest: sql<number>`coalesce(extract(epoch from now() - min(${chatInboxTable.receivedAt})), 0)::float8`,
      })
      .from(chatInboxTable)
      .where(isNull(chatInboxTable.doneAt)),
  );
  return { pending: row?.pending ?? 0, oldestAgeSeconds: row?.oldest ?? 0 };
}

/** Done rows are only kept as long as a platform may still retry the event (Slack: about an hour). */
export async function pruneInbox(database: Database, doneBefore: Date): Promise<number> {
  return withSystemTransaction(database, 'chat inbox pruning', async (tx) => {
    const deleted = await tx
      .delete(chatInboxTable)
      .where(and(isNotNull(chatInboxTable.doneAt), lt(chatInboxTable.receivedAt, doneBefore)))
      .returning({ id: chatInboxTable.id });
    return deleted.length;
  });
}
