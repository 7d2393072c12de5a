import { index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id } from './columns.ts';
import { sessionTurnsTable } from './diagnosis.ts';
import { tenantPolicies } from './roles.ts';
import { accountIdColumn } from './tenant-columns.ts';

/**
 * Which Teams message shows which assistant answer. Teams' feedback invoke (`message/submitAction`)
 * names only the message (its `replyToId`), so the answer a thumb belongs to is looked up here.
 * Activity ids are unique within a conversation, and a channel's threads share the channel's
 * numbering, so the key is account + channel or chat id (without `;messageid=`) + activity id.
 */
export const teamsAnswerMessagesTable = pgTable(
  'teams_answer_messages',
  {
    id: id(),
    accountId: accountIdColumn(),
    conversationId: text('conversation_id').notNull(),
    activityId: text('activity_id').notNull(),
    turnId: uuid('turn_id')
      .notNull()
      .references(() => sessionTurnsTable.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('teams_answer_messages_activity_unique').on(t.accountId, t.conversationId, t.activityId),
    index('teams_answer_messages_turn_idx').on(t.turnId),
    ...tenantPolicies(t.accountId),
  ],
).enableRLS();

export type TeamsAnswerMessageRow = typeof teamsAnswerMessagesTable.$inferSelect;
