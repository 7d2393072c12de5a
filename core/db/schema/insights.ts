import { date, integer, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { tenantPolicies } from './roles.ts';
import { accountIdColumn } from './tenant-columns.ts';

/*
 * Daily rollups for the Insights page (migration 0033). Kept exact by triggers on the tables they
 * summarise — a row's contribution is subtracted as it was and added as it is on every change that
 * matters — so a year of charts reads a few thousand rollup rows instead of 100,000 sessions.
 * Days are UTC calendar days, as the charts count them. Nothing writes these tables but the triggers.
 */

/**
 * Per account, UTC day and client (the session's ticket company; null = none): sessions opened,
 * resolved and escalated that day (volume), and what became of the sessions opened that day (the
 * outcome cohort: resolved, resolved without escalation, escalated).
 */
export const insightsDailyTable = pgTable(
  'insights_daily',
  {
    accountId: accountIdColumn(),
    day: date('day').notNull(),
    client: text('client'),
    opened: integer('opened').notNull().default(0),
    resolved: integer('resolved').notNull().default(0),
    escalated: integer('escalated').notNull().default(0),
    cohortResolved: integer('cohort_resolved').notNull().default(0),
    cohortDeflected: integer('cohort_deflected').notNull().default(0),
    cohortEscalated: integer('cohort_escalated').notNull().default(0),
  },
  (t) => [
    unique('insights_daily_key').on(t.accountId, t.day, t.client).nullsNotDistinct(),
    ...tenantPolicies(t.accountId),
  ],
).enableRLS();

/** Per account, UTC day, person and audit action: how many times they did it (the people chart). */
export const insightsPeopleDailyTable = pgTable(
  'insights_people_daily',
  {
    accountId: accountIdColumn(),
    day: date('day').notNull(),
    actorUserId: uuid('actor_user_id').notNull(),
    action: text('action').notNull(),
    n: integer('n').notNull().default(0),
    /** The greatest actor label seen, the name shown when the user row is gone. */
    actorLabel: text('actor_label'),
  },
  (t) => [
    unique('insights_people_daily_key').on(t.accountId, t.day, t.actorUserId, t.action),
    ...tenantPolicies(t.accountId),
  ],
).enableRLS();

/** Per account, UTC day a walk started and flow: how the walks ended (fix success by flow). */
export const insightsFlowsDailyTable = pgTable(
  'insights_flows_daily',
  {
    accountId: accountIdColumn(),
    day: date('day').notNull(),
    flowId: uuid('flow_id').notNull(),
    walks: integer('walks').notNull().default(0),
    worked: integer('worked').notNull().default(0),
    partial: integer('partial').notNull().default(0),
    failed: integer('failed').notNull().default(0),
    escalated: integer('escalated').notNull().default(0),
    abandoned: integer('abandoned').notNull().default(0),
  },
  (t) => [
    unique('insights_flows_daily_key').on(t.accountId, t.day, t.flowId),
    ...tenantPolicies(t.accountId),
  ],
).enableRLS();

/** Per account, UTC day a fix was proposed and knowledge passage: the fixes' outcomes (by article). */
export const insightsArticlesDailyTable = pgTable(
  'insights_articles_daily',
  {
    accountId: accountIdColumn(),
    day: date('day').notNull(),
    title: text('title').notNull(),
    /** The greatest URL seen for the passage, as the raw query's max(source_url). */
    url: text('url'),
    proposed: integer('proposed').notNull().default(0),
    success: integer('success').notNull().default(0),
    partial: integer('partial').notNull().default(0),
    failed: integer('failed').notNull().default(0),
    dismissed: integer('dismissed').notNull().default(0),
  },
  (t) => [
    unique('insights_articles_daily_key').on(t.accountId, t.day, t.title),
    ...tenantPolicies(t.accountId),
  ],
).enableRLS();
