import { sql } from 'drizzle-orm';
import {
  bigserial,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, createdAtInOrder, id, updatedAt } from './columns.ts';
import { tenantPolicies } from './roles.ts';
import { accountIdColumn } from './tenant-columns.ts';
import { usersTable } from './users.ts';

export const SESSION_STATUSES = [
  'active',
  'resolved',
  'resolved_local',
  'escalated',
  'escalated_local',
] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

export const CHANNEL_KINDS = ['slack', 'teams', 'web'] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

/**
 * One troubleshooting conversation. `state_version` counts committed changes to facts, fixes and
 * the task lane (exactly one bump per write transaction): cards and preview caches key on it.
 */
export const diagnosisSessionsTable = pgTable(
  'diagnosis_sessions',
  {
    id: id(),
    accountId: accountIdColumn(),
    ownerUserId: uuid('owner_user_id')
      .notNull()
      .references(() => usersTable.id),
    ticketProvider: text('ticket_provider'),
    ticketExternalId: text('ticket_external_id'),
    // The ticket's summary when it was linked, so cards can name the ticket without calling the PSA.
    ticketSummary: text('ticket_summary'),
    // The ticket's client, so knowledge search only shows that client's documentation (and the MSP's own).
    ticketCompanyName: text('ticket_company_name'),
    channelKind: text('channel_kind', { enum: CHANNEL_KINDS }).notNull(),
    // Opaque to core: Slack {channel, threadTs}, Teams {conversationId, activityId}, web {}.
    channelRef: jsonb('channel_ref').$type<Record<string, string>>().notNull().default({}),
    // Where the live session card is (Slack message ts, Teams activity id), so it is updated in place.
    cardRef: jsonb('card_ref').$type<Record<string, string>>(),
    status: text('status', { enum: SESSION_STATUSES }).notNull().default('active'),
    problemSummary: text('problem_summary').notNull(),
    stateVersion: integer('state_version').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    escalatedAt: timestamp('escalated_at', { withTimezone: true }),
    // A person's first act after the opening message (a later message or a flow walk), for time to
    // first action. Kept by database triggers on session_turns and flow_walks (migration 0030).
    firstActionAt: timestamp('first_action_at', { withTimezone: true }),
  },
  (t) => [
    index('diagnosis_sessions_account_status_idx').on(t.accountId, t.status, t.createdAt.desc()),
    index('diagnosis_sessions_owner_idx').on(t.ownerUserId),
    // Insights range scans (migration 0030 adds INCLUDE columns so the charts read the index only).
    index('diagnosis_sessions_account_created_idx').on(t.accountId, t.createdAt),
    index('diagnosis_sessions_account_client_idx').on(t.accountId, t.ticketCompanyName, t.createdAt),
    index('diagnosis_sessions_account_resolved_idx')
      .on(t.accountId, t.resolvedAt)
      .where(sql`${t.resolvedAt} is not null`),
    index('diagnosis_sessions_account_escalated_idx')
      .on(t.accountId, t.escalatedAt)
      .where(sql`${t.escalatedAt} is not null`),
    // A Slack thread or Teams conversation maps to at most one session.
    uniqueIndex('diagnosis_sessions_channel_unique')
      .on(t.accountId, t.channelKind, t.channelRef)
      .where(sql`${t.channelKind} <> 'web'`),
    check(
      'diagnosis_sessions_status_known',
      sql`${t.status} in ('active', 'resolved', 'resolved_local', 'escalated', 'escalated_local')`,
    ),
    check('diagnosis_sessions_channel_known', sql`${t.channelKind} in ('slack', 'teams', 'web')`),
    check('diagnosis_sessions_state_version_nonneg', sql`${t.stateVersion} >= 0`),
    check(
      'diagnosis_sessions_ticket_pair',
      sql`(${t.ticketProvider} is null) = (${t.ticketExternalId} is null)`,
    ),
    check('diagnosis_sessions_problem_not_blank', sql`length(trim(${t.problemSummary})) > 0`),
    ...tenantPolicies(t.accountId),
  ],
).enableRLS();

export const TURN_ROLES = ['engineer', 'assistant'] as const;

/** A knowledge passage an answer was given with: what citations show and what feedback is scored by. */
export interface AnswerSource {
  documentId: string;
  title: string;
  url: string | null;
  /** The connector it came from (hudu, itglue, sharepoint, demo …). */
  source: string;
  snippet: string;
}

/** The transcript: what the engineer said and what the assistant answered, with token usage. */
export const sessionTurnsTable = pgTable(
  'session_turns',
  {
    id: id(),
    accountId: accountIdColumn(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => diagnosisSessionsTable.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    role: text('role', { enum: TURN_ROLES }).notNull(),
    authorUserId: uuid('author_user_id'),
    text: text('text').notNull(),
    /** An answer's engineer message (its seq): a copy of that message sent at once finds it by this. */
    replyToSeq: integer('reply_to_seq'),
    engine: text('engine'),
    model: text('model'),
    /** The passages the engine was given for an assistant answer (empty for engineer turns). */
    sources: jsonb('sources').$type<AnswerSource[]>().notNull().default([]),
    inputTokens: integer('input_tokens').notNull().default(0),
    outputTokens: integer('output_tokens').notNull().default(0),
    cacheReadTokens: integer('cache_read_tokens').notNull().default(0),
    cacheCreationTokens: integer('cache_creation_tokens').notNull().default(0),
    createdAt: createdAtInOrder(),
  },
  (t) => [
    uniqueIndex('session_turns_seq_unique').on(t.sessionId, t.seq),
    // Insights: time to first action reads each session's first engineer turn.
    index('session_turns_engineer_first_idx').on(t.sessionId, t.createdAt).where(sql`${t.role} = 'engineer'`),
    check('session_turns_role_known', sql`${t.role} in ('engineer', 'assistant')`),
    ...tenantPolicies(t.accountId),
  ],
).enableRLS();

export const TASK_KINDS = ['question', 'check'] as const;
export type TaskKind = (typeof TASK_KINDS)[number];
export const TASK_STATUSES = ['open', 'answered', 'done', 'dismissed'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/**
 * The task lane: open questions and diagnostic checks. `text_key` (normalised text) is how an item
 * the model repeats keeps its id across turns.
 */
export const taskItemsTable = pgTable(
  'task_items',
  {
    id: id(),
    accountId: accountIdColumn(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => diagnosisSessionsTable.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: TASK_KINDS }).notNull(),
    text: text('text').notNull(),
    textKey: text('text_key').notNull(),
    status: text('status', { enum: TASK_STATUSES }).notNull().default('open'),
    answer: text('answer'),
    // Insertion order: several rows can share a timestamp when one turn adds them.
    ord: bigserial('ord', { mode: 'number' }).notNull(),
    createdAt: createdAtInOrder(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('task_items_text_unique').on(t.sessionId, t.kind, t.textKey),
    check('task_items_kind_known', sql`${t.kind} in ('question', 'check')`),
    check('task_items_status_known', sql`${t.status} in ('open', 'answered', 'done', 'dismissed')`),
    ...tenantPolicies(t.accountId),
  ],
).enableRLS();

// 'flow_step': an answer given while walking a flow (the step's text and the button pressed).
export const FACT_SOURCES = ['ai_promoted', 'engineer_note', 'question', 'check', 'flow_step'] as const;
export type FactSource = (typeof FACT_SOURCES)[number];

/** "What we know". Facts from a question or check point at their task item and change through it. */
export const factsTable = pgTable(
  'facts',
  {
    id: id(),
    accountId: accountIdColumn(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => diagnosisSessionsTable.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    source: text('source', { enum: FACT_SOURCES }).notNull(),
    sourceRef: uuid('source_ref').references(() => taskItemsTable.id),
    createdByUserId: uuid('created_by_user_id'),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    // Insertion order: several rows can share a timestamp when one turn adds them.
    ord: bigserial('ord', { mode: 'number' }).notNull(),
    createdAt: createdAtInOrder(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('facts_session_idx').on(t.sessionId),
    // One live fact per task item: promoting twice updates, never duplicates.
    uniqueIndex('facts_source_ref_unique')
      .on(t.sourceRef)
      .where(sql`${t.deletedAt} is null and ${t.sourceRef} is not null`),
    check(
      'facts_source_known',
      sql`${t.source} in ('ai_promoted', 'engineer_note', 'question', 'check', 'flow_step')`,
    ),
    check(
      'facts_item_sources_have_ref',
      sql`${t.source} not in ('question', 'check') or ${t.sourceRef} is not null`,
    ),
    check('facts_text_not_blank', sql`length(trim(${t.text})) > 0`),
    ...tenantPolicies(t.accountId),
  ],
).enableRLS();

export const FIX_STATUSES = [
  'proposed',
  'applied_success',
  'applied_failed',
  'applied_partial',
  'dismissed',
] as const;
export type FixStatus = (typeof FIX_STATUSES)[number];

/** What the model thinks happened, kept beside (never instead of) the engineer's recorded outcome. */
export interface ModelOutcomeProposal {
  outcome: Exclude<FixStatus, 'proposed'>;
  reason: string;
  proposedAt: string;
}

export const suggestedFixesTable = pgTable(
  'suggested_fixes',
  {
    id: id(),
    accountId: accountIdColumn(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => diagnosisSessionsTable.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    steps: jsonb('steps').$type<string[]>().notNull(),
    script: text('script'),
    scriptLanguage: text('script_language'),
    confidence: integer('confidence').notNull(),
    status: text('status', { enum: FIX_STATUSES }).notNull().default('proposed'),
    supersededAt: timestamp('superseded_at', { withTimezone: true }),
    appliedAt: timestamp('applied_at', { withTimezone: true }),
    verifiedAt: timestamp('verified_at', { withTimezone: true }),
    partialNotes: text('partial_notes'),
    failureReason: text('failure_reason'),
    modelOutcomeProposal: jsonb('model_outcome_proposal').$type<ModelOutcomeProposal>(),
    decidedByUserId: uuid('decided_by_user_id'),
    // The knowledge passage the fix was proposed from (title and link), so Insights can count
    // fix success by article. Null when the engine proposed it from the conversation alone.
    sourceTitle: text('source_title'),
    sourceUrl: text('source_url'),
    // Insertion order: several rows can share a timestamp when one turn adds them.
    ord: bigserial('ord', { mode: 'number' }).notNull(),
    createdAt: createdAtInOrder(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('suggested_fixes_session_idx').on(t.sessionId, t.createdAt),
    index('suggested_fixes_account_source_idx')
      .on(t.accountId, t.createdAt)
      .where(sql`${t.sourceTitle} is not null`),
    // At most one active (not superseded) fix per session.
    uniqueIndex('suggested_fixes_one_active').on(t.sessionId).where(sql`${t.supersededAt} is null`),
    check('suggested_fixes_confidence_range', sql`${t.confidence} between 0 and 100`),
    check(
      'suggested_fixes_status_known',
      sql`${t.status} in ('proposed', 'applied_success', 'applied_failed', 'applied_partial', 'dismissed')`,
    ),
    check(
      'suggested_fixes_partial_has_notes',
      sql`${t.status} <> 'applied_partial' or ${t.partialNotes} is not null`,
    ),
    ...tenantPolicies(t.accountId),
  ],
).enableRLS();

export const NOTE_KINDS = ['resolution', 'escalation'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

/**
 * A posted resolution note (customer-visible) or escalation package (internal). One of each per
 * session: the unique index is what makes "posting twice" a 409 even under a race.
 */
export const sessionNotesTable = pgTable(
  'session_notes',
  {
    id: id(),
    accountId: accountIdColumn(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => diagnosisSessionsTable.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: NOTE_KINDS }).notNull(),
    sections: jsonb('sections').$type<Array<{ heading: string; body: string }>>().notNull(),
    body: text('body').notNull(),
    stateVersion: integer('state_version').notNull(),
    target: jsonb('target').$type<Record<string, string>>(),
    postedByUserId: uuid('posted_by_user_id'),
    postedAt: timestamp('posted_at', { withTimezone: true }).notNull().defaultNow(),
    destination: text('destination').notNull().default('local'),
    /**
     * Escalations only: the technician channel the package was sent to ({platform, ...ref}), or
     * null when none was set, so the card can say where it went rather than where it might go now.
     */
    technicianChannel: jsonb('technician_channel').$type<Record<string, string>>(),
  },
  (t) => [
    uniqueIndex('session_notes_one_per_kind').on(t.sessionId, t.kind),
    check('session_notes_kind_known', sql`${t.kind} in ('resolution', 'escalation')`),
    ...tenantPolicies(t.accountId),
  ],
).enableRLS();

export type DiagnosisSessionRow = typeof diagnosisSessionsTable.$inferSelect;
export type SessionTurnRow = typeof sessionTurnsTable.$inferSelect;
export type TaskItemRow = typeof taskItemsTable.$inferSelect;
export type FactRow = typeof factsTable.$inferSelect;
export type SuggestedFixRow = typeof suggestedFixesTable.$inferSelect;
export type SessionNoteRow = typeof sessionNotesTable.$inferSelect;
