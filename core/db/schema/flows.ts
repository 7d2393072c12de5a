import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  jsonb,
  pgTable,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { FlowGraph } from '../../flows/graph.ts';
import { createdAt, id, updatedAt } from './columns.ts';
import { diagnosisSessionsTable } from './diagnosis.ts';
import { tenantPolicies } from './roles.ts';
import { accountIdColumn } from './tenant-columns.ts';
import { usersTable } from './users.ts';

export const FLOW_ORIGINS = ['authored', 'ai_draft', 'kb_build'] as const;
export type FlowOrigin = (typeof FLOW_ORIGINS)[number];
export const FLOW_STATUSES = ['draft', 'published', 'retired'] as const;
export type FlowStatus = (typeof FLOW_STATUSES)[number];

/**
 * A troubleshooting flow an account owns. `draft_graph` is the working copy an author edits;
 * publishing freezes it as the next row of `flow_versions`. Drafts built by the assistant
 * (`kb_build`, `ai_draft`) are frozen as version 1 when built so they can be walked at once, and are
 * promoted by outcomes (the flywheel) or by an engineer's review.
 */
export const flowsTable = pgTable(
  'flows',
  {
    id: id(),
    accountId: accountIdColumn(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    symptoms: jsonb('symptoms').$type<string[]>().notNull().default([]),
    tags: jsonb('tags').$type<string[]>().notNull().default([]),
    // The client this flow is for (its name as the PSA spells it); null = every client.
    clientName: text('client_name'),
    clientKey: text('client_key'),
    origin: text('origin', { enum: FLOW_ORIGINS }).notNull(),
    status: text('status', { enum: FLOW_STATUSES }).notNull().default('draft'),
    draftGraph: jsonb('draft_graph').$type<FlowGraph>().notNull(),
    // The version a new walk uses: the published one, or for an assistant draft its frozen build.
    currentVersion: integer('current_version'),
    createdBy: uuid('created_by').references(() => usersTable.id, { onDelete: 'set null' }),
    // For assistant drafts: the session whose ticket it was built for.
    sourceSessionId: uuid('source_session_id').references(() => diagnosisSessionsTable.id, {
      onDelete: 'set null',
    }),
    reviewedBy: uuid('reviewed_by').references(() => usersTable.id, { onDelete: 'set null' }),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('flows_account_status_idx').on(t.accountId, t.status),
    check('flows_origin_known', sql`${t.origin} in ('authored', 'ai_draft', 'kb_build')`),
    check('flows_status_known', sql`${t.status} in ('draft', 'published', 'retired')`),
    check('flows_title_not_blank', sql`length(trim(${t.title})) > 0`),
    check('flows_published_has_version', sql`${t.status} <> 'published' or ${t.currentVersion} is not null`),
    ...tenantPolicies(t.accountId),
  ],
).enableRLS();

/** A frozen version: walks reference the version they walked, so editing never rewrites history. */
export const flowVersionsTable = pgTable(
  'flow_versions',
  {
    id: id(),
    accountId: accountIdColumn(),
    flowId: uuid('flow_id')
      .notNull()
      .references(() => flowsTable.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    title: text('title').notNull(),
    symptoms: jsonb('symptoms').$type<string[]>().notNull().default([]),
    graph: jsonb('graph').$type<FlowGraph>().notNull(),
    publishedBy: uuid('published_by').references(() => usersTable.id, { onDelete: 'set null' }),
    note: text('note').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('flow_versions_flow_version_unique').on(t.flowId, t.version),
    check('flow_versions_version_positive', sql`${t.version} >= 1`),
    ...tenantPolicies(t.accountId),
  ],
).enableRLS();

export const WALK_STATUSES = ['active', 'resolved', 'escalated', 'abandoned'] as const;
export type WalkStatus = (typeof WALK_STATUSES)[number];
export const WALK_OUTCOMES = ['worked', 'failed', 'partial'] as const;
export type WalkOutcome = (typeof WALK_OUTCOMES)[number];

/** One step taken on a walk, kept in order: the walked path goes into the note and the escalation. */
export interface WalkedStep {
  stepId: string;
  kind: string;
  text: string;
  /** The button pressed (choice label, Yes/No, Done); absent on the step the walk ended on. */
  answer?: string;
  note?: string;
  at: string;
}

/** An L1 (or anyone) walking one flow version for one diagnosis session. */
export const flowWalksTable = pgTable(
  'flow_walks',
  {
    id: id(),
    accountId: accountIdColumn(),
    flowId: uuid('flow_id')
      .notNull()
      .references(() => flowsTable.id, { onDelete: 'cascade' }),
    flowVersionId: uuid('flow_version_id')
      .notNull()
      .references(() => flowVersionsTable.id, { onDelete: 'cascade' }),
    sessionId: uuid('session_id').references(() => diagnosisSessionsTable.id, { onDelete: 'cascade' }),
    walkerUserId: uuid('walker_user_id').references(() => usersTable.id, { onDelete: 'set null' }),
    currentStepId: text('current_step_id').notNull(),
    path: jsonb('path').$type<WalkedStep[]>().notNull().default([]),
    status: text('status', { enum: WALK_STATUSES }).notNull().default('active'),
    outcome: text('outcome', { enum: WALK_OUTCOMES }),
    stateVersion: integer('state_version').notNull().default(0),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('flow_walks_flow_idx').on(t.accountId, t.flowId, t.status),
    index('flow_walks_session_idx').on(t.sessionId),
    index('flow_walks_account_started_idx').on(t.accountId, t.startedAt),
    check('flow_walks_status_known', sql`${t.status} in ('active', 'resolved', 'escalated', 'abandoned')`),
    check(
      'flow_walks_outcome_known',
      sql`${t.outcome} is null or ${t.outcome} in ('worked', 'failed', 'partial')`,
    ),
    ...tenantPolicies(t.accountId),
  ],
).enableRLS();

export const MATCH_RULES = ['authored', 'validated_draft', 'kb_build', 'none'] as const;
export type MatchRule = (typeof MATCH_RULES)[number];

/** A flow match-or-build considered, with its score, kept so an admin can see why one was picked. */
export interface MatchCandidate {
  flowId: string;
  title: string;
  origin: FlowOrigin;
  score: number;
  /** Why it was or was not taken: "above threshold", "below threshold", "not yet validated" … */
  verdict: string;
}

/** What match-or-build decided for a ticket, and why. */
export const flowMatchesTable = pgTable(
  'flow_matches',
  {
    id: id(),
    accountId: accountIdColumn(),
    sessionId: uuid('session_id').references(() => diagnosisSessionsTable.id, { onDelete: 'cascade' }),
    ticketText: text('ticket_text').notNull(),
    clientName: text('client_name'),
    rule: text('rule', { enum: MATCH_RULES }).notNull(),
    flowId: uuid('flow_id').references(() => flowsTable.id, { onDelete: 'set null' }),
    score: real('score'),
    candidates: jsonb('candidates').$type<MatchCandidate[]>().notNull().default([]),
    reason: text('reason').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('flow_matches_session_idx').on(t.accountId, t.sessionId),
    check('flow_matches_rule_known', sql`${t.rule} in ('authored', 'validated_draft', 'kb_build', 'none')`),
    ...tenantPolicies(t.accountId),
  ],
).enableRLS();
