import { sql } from 'drizzle-orm';
import { check, index, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from './columns.ts';
import { type AnswerSource, diagnosisSessionsTable, sessionTurnsTable } from './diagnosis.ts';
import { tenantPolicies } from './roles.ts';
import { accountIdColumn } from './tenant-columns.ts';
import { usersTable } from './users.ts';

export type { AnswerSource } from './diagnosis.ts';

export const FEEDBACK_SURFACES = ['slack', 'teams', 'web'] as const;
export type FeedbackSurface = (typeof FEEDBACK_SURFACES)[number];
export const FEEDBACK_RATINGS = ['helpful', 'not_helpful'] as const;
export type FeedbackRating = (typeof FEEDBACK_RATINGS)[number];

/**
 * Thumbs up/down on one assistant answer, from whichever surface it was shown on. One row per
 * person per answer (a second click changes the vote). Engine, model and passages are copied from
 * the turn so an export stands on its own for evaluation even after the session is purged.
 */
export const answerFeedbackTable = pgTable(
  'answer_feedback',
  {
    id: id(),
    accountId: accountIdColumn(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => diagnosisSessionsTable.id, { onDelete: 'cascade' }),
    turnId: uuid('turn_id')
      .notNull()
      .references(() => sessionTurnsTable.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').references(() => usersTable.id, { onDelete: 'set null' }),
    surface: text('surface', { enum: FEEDBACK_SURFACES }).notNull(),
    rating: text('rating', { enum: FEEDBACK_RATINGS }).notNull(),
    /** Redacted before it is stored, like every other free text a person types. */
    comment: text('comment'),
    engine: text('engine'),
    model: text('model'),
    sources: jsonb('sources').$type<AnswerSource[]>().notNull().default([]),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('answer_feedback_turn_user_unique').on(t.turnId, t.userId),
    index('answer_feedback_account_created_idx').on(t.accountId, t.createdAt),
    index('answer_feedback_session_idx').on(t.sessionId),
    check('answer_feedback_surface_known', sql`${t.surface} in ('slack', 'teams', 'web')`),
    check('answer_feedback_rating_known', sql`${t.rating} in ('helpful', 'not_helpful')`),
    ...tenantPolicies(t.accountId),
  ],
).enableRLS();

export type AnswerFeedbackRow = typeof answerFeedbackTable.$inferSelect;
