import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  jsonb,
  pgPolicy,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { CHAT_PLATFORMS } from './chat-identities.ts';
import { appSystemRole } from './roles.ts';

/**
 * Inbound chat events owed work (a mention, a DM, a thread reply in a session), stored before the
 * platform is acked so a crash after the ack replays them. Not tenant data yet: the account is
 * resolved when the event is processed, so only `app_system` may touch it.
 */
export const chatInboxTable = pgTable(
  'chat_inbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    platform: text('platform', { enum: CHAT_PLATFORMS }).notNull(),
    eventId: text('event_id').notNull(),
    body: jsonb('body').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    attempts: integer('attempts').notNull().default(0),
    doneAt: timestamp('done_at', { withTimezone: true }),
    /** Where the status line posted right after the ack is (Slack: its ts), until the turn takes it down. */
    firstPost: text('first_post'),
  },
  (t) => [
    uniqueIndex('chat_inbox_platform_event_idx').on(t.platform, t.eventId),
    index('chat_inbox_pending_idx').on(t.receivedAt).where(sql`${t.doneAt} is null`),
    check('chat_inbox_platform_check', sql`${t.platform} in ('slack', 'teams')`),
    pgPolicy('system_access', { for: 'all', to: appSystemRole, using: sql`true`, withCheck: sql`true` }),
  ],
).enableRLS();
