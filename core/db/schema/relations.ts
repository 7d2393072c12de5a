import { relations } from 'drizzle-orm';
import { escalationClaimsTable } from './chat.ts';
import {
  diagnosisSessionsTable,
  factsTable,
  sessionNotesTable,
  sessionTurnsTable,
  suggestedFixesTable,
  taskItemsTable,
} from './diagnosis.ts';
import { psaOutboxTable } from './psa.ts';
import { usersTable } from './users.ts';

/**
 * Relations exist for one reason: loading a session with its facts, items, fixes and notes in a
 * single round trip (Drizzle's relational query), which every turn and button press does.
 */
export const diagnosisSessionsRelations = relations(diagnosisSessionsTable, ({ many, one }) => ({
  facts: many(factsTable),
  items: many(taskItemsTable),
  fixes: many(suggestedFixesTable),
  notes: many(sessionNotesTable),
  ticketWrites: many(psaOutboxTable),
  turns: many(sessionTurnsTable),
  claim: one(escalationClaimsTable, {
    fields: [diagnosisSessionsTable.id],
    references: [escalationClaimsTable.sessionId],
  }),
}));

export const escalationClaimsRelations = relations(escalationClaimsTable, ({ one }) => ({
  claimer: one(usersTable, {
    fields: [escalationClaimsTable.claimedByUserId],
    references: [usersTable.id],
  }),
}));

export const factsRelations = relations(factsTable, ({ one }) => ({
  session: one(diagnosisSessionsTable, {
    fields: [factsTable.sessionId],
    references: [diagnosisSessionsTable.id],
  }),
}));

export const taskItemsRelations = relations(taskItemsTable, ({ one }) => ({
  session: one(diagnosisSessionsTable, {
    fields: [taskItemsTable.sessionId],
    references: [diagnosisSessionsTable.id],
  }),
}));

export const suggestedFixesRelations = relations(suggestedFixesTable, ({ one }) => ({
  session: one(diagnosisSessionsTable, {
    fields: [suggestedFixesTable.sessionId],
    references: [diagnosisSessionsTable.id],
  }),
}));

export const sessionNotesRelations = relations(sessionNotesTable, ({ one }) => ({
  session: one(diagnosisSessionsTable, {
    fields: [sessionNotesTable.sessionId],
    references: [diagnosisSessionsTable.id],
  }),
  postedBy: one(usersTable, {
    fields: [sessionNotesTable.postedByUserId],
    references: [usersTable.id],
  }),
}));

export const psaOutboxRelations = relations(psaOutboxTable, ({ one }) => ({
  session: one(diagnosisSessionsTable, {
    fields: [psaOutboxTable.sessionId],
    references: [diagnosisSessionsTable.id],
  }),
}));

export const sessionTurnsRelations = relations(sessionTurnsTable, ({ one }) => ({
  session: one(diagnosisSessionsTable, {
    fields: [sessionTurnsTable.sessionId],
    references: [diagnosisSessionsTable.id],
  }),
}));
