import { sql } from 'drizzle-orm';
import {
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
import type { ScriptParam } from '../../scripts/params.ts';
import { createdAt, id, updatedAt } from './columns.ts';
import { diagnosisSessionsTable, suggestedFixesTable } from './diagnosis.ts';
import { tenantPolicies } from './roles.ts';
import { accountIdColumn } from './tenant-columns.ts';
import { usersTable } from './users.ts';

export const SCRIPT_LANGUAGES = ['powershell', 'bash', 'cmd'] as const;
export type ScriptLanguage = (typeof SCRIPT_LANGUAGES)[number];
export const SCRIPT_STATUSES = ['draft', 'published', 'retired'] as const;
export type ScriptStatus = (typeof SCRIPT_STATUSES)[number];
export const SCRIPT_ORIGINS = ['authored', 'from_fix'] as const;
export type ScriptOrigin = (typeof SCRIPT_ORIGINS)[number];

/** Where a template came from, shown as "from session …, ticket #…, resolved by …". */
export interface ScriptProvenance {
  sessionId: string;
  ticket: string | null;
  problem: string;
  resolvedBy: string | null;
  fixTitle: string | null;
}

/**
 * A reusable script an account owns. Like flows: `draft_*` is the working copy an author edits and
 * publishing freezes it as the next row of `script_template_versions`; renders and uses point at
 * the version they used so editing never rewrites history.
 */
export const scriptTemplatesTable = pgTable(
  'script_templates',
  {
    id: id(),
    accountId: accountIdColumn(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    language: text('language', { enum: SCRIPT_LANGUAGES }).notNull(),
    category: text('category').notNull().default('General'),
    tags: jsonb('tags').$type<string[]>().notNull().default([]),
    // The client this script is for (as the PSA spells it); null = every client.
    clientName: text('client_name'),
    clientKey: text('client_key'),
    origin: text('origin', { enum: SCRIPT_ORIGINS }).notNull().default('authored'),
    provenance: jsonb('provenance').$type<ScriptProvenance>(),
    status: text('status', { enum: SCRIPT_STATUSES }).notNull().default('draft'),
    draftBody: text('draft_body').notNull(),
    draftParams: jsonb('draft_params').$type<ScriptParam[]>().notNull().default([]),
    currentVersion: integer('current_version'),
    createdBy: uuid('created_by').references(() => usersTable.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('script_templates_account_status_idx').on(t.accountId, t.status),
    check('script_templates_language_known', sql`${t.language} in ('powershell', 'bash', 'cmd')`),
    check('script_templates_status_known', sql`${t.status} in ('draft', 'published', 'retired')`),
    check('script_templates_origin_known', sql`${t.origin} in ('authored', 'from_fix')`),
    check('script_templates_name_not_blank', sql`length(trim(${t.name})) > 0`),
    check(
      'script_templates_published_has_version',
      sql`${t.status} <> 'published' or ${t.currentVersion} is not null`,
    ),
    ...tenantPolicies(t.accountId),
  ],
).enableRLS();

export const scriptTemplateVersionsTable = pgTable(
  'script_template_versions',
  {
    id: id(),
    accountId: accountIdColumn(),
    templateId: uuid('template_id')
      .notNull()
      .references(() => scriptTemplatesTable.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    name: text('name').notNull(),
    body: text('body').notNull(),
    params: jsonb('params').$type<ScriptParam[]>().notNull().default([]),
    publishedBy: uuid('published_by').references(() => usersTable.id, { onDelete: 'set null' }),
    note: text('note').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('script_template_versions_unique').on(t.templateId, t.version),
    check('script_template_versions_positive', sql`${t.version} >= 1`),
    ...tenantPolicies(t.accountId),
  ],
).enableRLS();

/**
 * A template used for a session: copied (rendered) and, when the engineer says so, run.
 * `values` never holds a secret parameter's value (the service stores "[redacted]").
 */
export const scriptUsesTable = pgTable(
  'script_uses',
  {
    id: id(),
    accountId: accountIdColumn(),
    templateId: uuid('template_id')
      .notNull()
      .references(() => scriptTemplatesTable.id, { onDelete: 'cascade' }),
    versionId: uuid('version_id').references(() => scriptTemplateVersionsTable.id, { onDelete: 'set null' }),
    sessionId: uuid('session_id').references(() => diagnosisSessionsTable.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').references(() => usersTable.id, { onDelete: 'set null' }),
    values: jsonb('values').$type<Record<string, string>>().notNull().default({}),
    appliedAt: timestamp('applied_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    index('script_uses_template_idx').on(t.accountId, t.templateId),
    index('script_uses_session_idx').on(t.sessionId),
    ...tenantPolicies(t.accountId),
  ],
).enableRLS();

export const SCRIPT_DRAFT_STATUSES = ['pending', 'accepted', 'rejected', 'dismissed'] as const;
export type ScriptDraftStatus = (typeof SCRIPT_DRAFT_STATUSES)[number];
export const SCRIPT_DRAFT_METHODS = ['model', 'offline', 'fallback'] as const;
export type ScriptDraftMethod = (typeof SCRIPT_DRAFT_METHODS)[number];

/**
 * A template proposed from a session's fix script, waiting for an engineer's decision after the
 * session is resolved. One decision per draft: a second one is a 409.
 */
export const scriptDraftsTable = pgTable(
  'script_drafts',
  {
    id: id(),
    accountId: accountIdColumn(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => diagnosisSessionsTable.id, { onDelete: 'cascade' }),
    fixId: uuid('fix_id')
      .notNull()
      .references(() => suggestedFixesTable.id, { onDelete: 'cascade' }),
    requestedBy: uuid('requested_by').references(() => usersTable.id, { onDelete: 'set null' }),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    language: text('language', { enum: SCRIPT_LANGUAGES }).notNull(),
    category: text('category').notNull().default('General'),
    tags: jsonb('tags').$type<string[]>().notNull().default([]),
    body: text('body').notNull(),
    params: jsonb('params').$type<ScriptParam[]>().notNull().default([]),
    method: text('method', { enum: SCRIPT_DRAFT_METHODS }).notNull(),
    status: text('status', { enum: SCRIPT_DRAFT_STATUSES }).notNull().default('pending'),
    decidedBy: uuid('decided_by').references(() => usersTable.id, { onDelete: 'set null' }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    templateId: uuid('template_id').references(() => scriptTemplatesTable.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // One draft per fix: "templatize later" pressed twice queues it once.
    uniqueIndex('script_drafts_fix_unique').on(t.fixId),
    index('script_drafts_session_idx').on(t.accountId, t.sessionId),
    check('script_drafts_language_known', sql`${t.language} in ('powershell', 'bash', 'cmd')`),
    check('script_drafts_status_known', sql`${t.status} in ('pending', 'accepted', 'rejected', 'dismissed')`),
    check('script_drafts_method_known', sql`${t.method} in ('model', 'offline', 'fallback')`),
    ...tenantPolicies(t.accountId),
  ],
).enableRLS();

export type ScriptTemplateRow = typeof scriptTemplatesTable.$inferSelect;
export type ScriptVersionRow = typeof scriptTemplateVersionsTable.$inferSelect;
export type ScriptDraftRow = typeof scriptDraftsTable.$inferSelect;
