import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from './columns.ts';
import { tenantPolicies } from './roles.ts';
import { accountIdColumn } from './tenant-columns.ts';

export const KB_CONNECTOR_KINDS = ['itglue', 'hudu', 'graph', 'demo'] as const;
export type KbConnectorKind = (typeof KB_CONNECTOR_KINDS)[number];
/** Kinds the product fills itself (the demo account's built-in articles): listed, searched, never edited or synced. */
export const READ_ONLY_CONNECTOR_KINDS: readonly KbConnectorKind[] = ['demo'];

export const KB_SYNC_STATUSES = ['idle', 'running', 'failed'] as const;
export type KbSyncStatus = (typeof KB_SYNC_STATUSES)[number];

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * A knowledge source an account connected (IT Glue, Hudu, SharePoint/OneDrive). `settings` holds
 * what is not secret (region, base URL, chosen asset types, site/drive ids, Entra tenant and client
 * id); the API key or client secret is sealed in `secret_sealed`. `cursor` is the connector's own
 * incremental position (updated-since watermark, Graph delta links per drive) and is only advanced
 * after the documents it covers are committed, so a crash resumes instead of starting over. The
 * `last_run_*` columns describe the most recent run (also a failed one).
 */
export const kbConnectorsTable = pgTable(
  'kb_connectors',
  {
    id: id(),
    accountId: accountIdColumn(),
    kind: text('kind', { enum: KB_CONNECTOR_KINDS }).notNull(),
    name: text('name').notNull(),
    settings: jsonb('settings').$type<Record<string, unknown>>().notNull().default({}),
    secretSealed: text('secret_sealed').notNull(),
    enabled: boolean('enabled').notNull().default(true),
    syncIntervalMinutes: integer('sync_interval_minutes').notNull().default(60),
    cursor: jsonb('cursor').$type<Record<string, unknown>>(),
    syncStatus: text('sync_status', { enum: KB_SYNC_STATUSES }).notNull().default('idle'),
    syncStartedAt: timestamp('sync_started_at', { withTimezone: true }),
    lastSuccessAt: timestamp('last_success_at', { withTimezone: true }),
    lastError: text('last_error'),
    lastErrorAt: timestamp('last_error_at', { withTimezone: true }),
    documentCount: integer('document_count').notNull().default(0),
    // The last run's numbers, each in its own column (they used to ride in the cursor JSON).
    lastRunStartedAt: timestamp('last_run_started_at', { withTimezone: true }),
    lastRunFinishedAt: timestamp('last_run_finished_at', { withTimezone: true }),
    lastRunDurationMs: integer('last_run_duration_ms'),
    lastRunPages: integer('last_run_pages').notNull().default(0),
    lastRunHttpCalls: integer('last_run_http_calls').notNull().default(0),
    lastRunCreated: integer('last_run_created').notNull().default(0),
    lastRunUpdated: integer('last_run_updated').notNull().default(0),
    lastRunUnchanged: integer('last_run_unchanged').notNull().default(0),
    lastRunDeleted: integer('last_run_deleted').notNull().default(0),
    lastRunSkipped: integer('last_run_skipped').notNull().default(0),
    /** The first few files the last run skipped, with the reason shown to the admin. */
    lastRunSkippedItems: jsonb('last_run_skipped_items')
      .$type<{ externalId: string; title: string; reason: string }[]>()
      .notNull()
      .default([]),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('kb_connectors_name_unique').on(t.accountId, sql`lower(${t.name})`),
    check('kb_connectors_kind_known', sql`${t.kind} in ('itglue', 'hudu', 'graph', 'demo')`),
    check('kb_connectors_status_known', sql`${t.syncStatus} in ('idle', 'running', 'failed')`),
    check('kb_connectors_name_not_blank', sql`length(trim(${t.name})) > 0`),
    check('kb_connectors_interval_range', sql`${t.syncIntervalMinutes} between 5 and 10080`),
    check('kb_connectors_settings_object', sql`jsonb_typeof(${t.settings}) = 'object'`),
    check(
      'kb_connectors_run_counts_not_negative',
      sql`${t.lastRunPages} >= 0 and ${t.lastRunHttpCalls} >= 0 and ${t.lastRunCreated} >= 0 and ${t.lastRunUpdated} >= 0 and ${t.lastRunUnchanged} >= 0 and ${t.lastRunDeleted} >= 0 and ${t.lastRunSkipped} >= 0`,
    ),
    ...tenantPolicies(t.accountId),
  ],
).enableRLS();

/**
 * One article, flexible asset or file as the connector last saw it. `company_key` scopes it to a
 * client (see core/kb for the normaliser); null means the MSP's own documentation, shown for every
 * ticket. `content_hash` lets a sync skip re-chunking what did not change.
 */
export const kbDocumentsTable = pgTable(
  'kb_documents',
  {
    id: id(),
    accountId: accountIdColumn(),
    connectorId: uuid('connector_id')
      .notNull()
      .references(() => kbConnectorsTable.id, { onDelete: 'cascade' }),
    externalId: text('external_id').notNull(),
    title: text('title').notNull(),
    url: text('url'),
    companyKey: text('company_key'),
    companyName: text('company_name'),
    folder: text('folder'),
    contentHash: text('content_hash').notNull(),
    sourceUpdatedAt: timestamp('source_updated_at', { withTimezone: true }),
    indexedAt: timestamp('indexed_at', { withTimezone: true }).notNull().defaultNow(),
    /**
     * When a sync last saw it at the source: a full listing stamps what it lists with its start,
     * and at its end removes what still carries an older stamp (deleted at the source).
     */
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('kb_documents_external_unique').on(t.connectorId, t.externalId),
    index('kb_documents_account_company_idx').on(t.accountId, t.companyKey),
    ...tenantPolicies(t.accountId),
  ],
).enableRLS();

/**
 * The searchable pieces of a document. Title and heading are copied onto each chunk so the
 * generated `search` vector can weight them (title A, heading B, body C) without a join, and
 * `company_key` so the client filter runs on the index scan.
 */
export const kbChunksTable = pgTable(
  'kb_chunks',
  {
    id: id(),
    accountId: accountIdColumn(),
    documentId: uuid('document_id')
      .notNull()
      .references(() => kbDocumentsTable.id, { onDelete: 'cascade' }),
    ord: integer('ord').notNull(),
    companyKey: text('company_key'),
    title: text('title').notNull(),
    heading: text('heading'),
    body: text('body').notNull(),
    search: tsvector('search')
      .notNull()
      .generatedAlwaysAs(
        sql`setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', coalesce(heading, '')), 'B') || setweight(to_tsvector('english', coalesce(body, '')), 'C')`,
      ),
  },
  (t) => [
    uniqueIndex('kb_chunks_document_ord_unique').on(t.documentId, t.ord),
    index('kb_chunks_search_idx').using('gin', t.search),
    index('kb_chunks_title_trgm_idx').using('gin', sql`${t.title} gin_trgm_ops`),
    index('kb_chunks_account_company_idx').on(t.accountId, t.companyKey),
    ...tenantPolicies(t.accountId),
  ],
).enableRLS();

/**
 * How many of an account's chunks contain each lexeme: the document frequencies that weight a
 * search term by rarity. Kept exact by statement triggers on `kb_chunks` (migration 0017), so a
 * search reads a handful of rows instead of counting matches across the whole index. A lexeme's
 * row goes when its count reaches 0 (migration 0047).
 */
export const kbTermStatsTable = pgTable(
  'kb_term_stats',
  {
    accountId: accountIdColumn(),
    lexeme: text('lexeme').notNull(),
    chunks: integer('chunks').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.lexeme] }),
    // Typo correction: the account's indexed word most similar to a word it has never seen
    // (btree_gin puts the account first, so the lookup never walks other tenants' words).
    index('kb_term_stats_account_lexeme_trgm_idx').using('gin', t.accountId, sql`${t.lexeme} gin_trgm_ops`),
    ...tenantPolicies(t.accountId),
  ],
).enableRLS();

export type KbConnectorRow = typeof kbConnectorsTable.$inferSelect;
export type KbDocumentRow = typeof kbDocumentsTable.$inferSelect;
export type KbChunkRow = typeof kbChunksTable.$inferSelect;
