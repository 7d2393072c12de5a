import { and, asc, desc, eq, ilike, isNull, or, sql } from 'drizzle-orm';
import { authorize } from '../auth/permissions.ts';
import type { AppTx } from '../db/client.ts';
import { diagnosisSessionsTable } from '../db/schema/diagnosis.ts';
import {
  type ScriptTemplateRow,
  scriptTemplatesTable,
  scriptTemplateVersionsTable,
  scriptUsesTable,
} from '../db/schema/scripts.ts';
import { usersTable } from '../db/schema/users.ts';
import { withTransaction } from '../db/transactions.ts';
import { companyKey } from '../kb/index/index.ts';
import type { TenantContext } from '../shared/context.ts';
import { parseInput } from '../shared/validation.ts';
import { flagDestructive } from './destructive.ts';
import { ListScriptsInput, SearchScriptsInput } from './schemas.ts';
import { getScriptInAccount } from './script-store.ts';

export interface ScriptUsage {
  uses: number;
  /** Uses someone said they ran ("I ran this"). */
  applied: number;
  sessions: number;
  /** Sessions that used it and were then resolved. */
  resolvedSessions: number;
}

const usageColumns = {
  uses: sql<number>`count(${scriptUsesTable.id})::int`,
  applied: sql<number>`count(${scriptUsesTable.appliedAt})::int`,
  sessions: sql<number>`count(distinct ${scriptUsesTable.sessionId})::int`,
  resolvedSessions: sql<number>`count(distinct ${scriptUsesTable.sessionId}) filter (where ${diagnosisSessionsTable.status} in ('resolved', 'resolved_local'))::int`,
};

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The Scripts page's library: every template with how often it was used and resolved a session. */
export async function listScripts({ ctx, input = {} }: { ctx: TenantContext; input?: unknown }) {
  authorize(ctx, 'scripts.read');
  const filter = parseInput(ListScriptsInput, input, 'script filter');
  return withTransaction(ctx, async (tx) => {
    const like = filter.q ? `%${escapeLike(filter.q)}%` : null;
    const rows = await tx
      .select({
        id: scriptTemplatesTable.id,
        name: scriptTemplatesTable.name,
        description: scriptTemplatesTable.description,
        language: scriptTemplatesTable.language,
        category: scriptTemplatesTable.category,
        tags: scriptTemplatesTable.tags,
        clientName: scriptTemplatesTable.clientName,
        origin: scriptTemplatesTable.origin,
        status: scriptTemplatesTable.status,
        currentVersion: scriptTemplatesTable.currentVersion,
        draftBody: scriptTemplatesTable.draftBody,
        updatedAt: scriptTemplatesTable.updatedAt,
        ...usageColumns,
      })
      .from(scriptTemplatesTable)
      .leftJoin(scriptUsesTable, eq(scriptUsesTable.templateId, scriptTemplatesTable.id))
      .leftJoin(diagnosisSessionsTable, eq(diagnosisSessionsTable.id, scriptUsesTable.sessionId))
      .where(
        and(
          eq(scriptTemplatesTable.accountId, ctx.accountId),
          filter.status ? eq(scriptTemplatesTable.status, filter.status) : undefined,
          filter.language ? eq(scriptTemplatesTable.language, filter.language) : undefined,
          filter.category ? eq(scriptTemplatesTable.category, filter.category) : undefined,
          filter.tag
            ? sql`${scriptTemplatesTable.tags} @> ${JSON.stringify([filter.tag])}::jsonb`
            : undefined,
          filter.client
            ? or(
                isNull(scriptTemplatesTable.clientKey),
                eq(scriptTemplatesTable.clientKey, companyKey(filter.client) ?? ''),
              )
            : undefined,
          like
            ? or(
                ilike(scriptTemplatesTable.name, like),
                ilike(scriptTemplatesTable.description, like),
                ilike(scriptTemplatesTable.draftBody, like),
                sql`${scriptTemplatesTable.tags}::text ilike ${like}`,
              )
            : undefined,
        ),
      )
      .groupBy(scriptTemplatesTable.id)
      .orderBy(
        asc(scriptTemplatesTable.status),
        desc(scriptTemplatesTable.updatedAt),
        asc(scriptTemplatesTable.id),
      );
    return rows.map(({ uses, applied, sessions, resolvedSessions, draftBody, ...script }) => ({
      ...script,
      destructive: flagDestructive(draftBody, script.language).length > 0,
      usage: { uses, applied, sessions, resolvedSessions } satisfies ScriptUsage,
    }));
  });
}

/** The categories and tags in use, for the library's filters. */
export async function listScriptFacets({ ctx }: { ctx: TenantContext }) {
  authorize(ctx, 'scripts.read');
  return withTransaction(ctx, async (tx) => {
    const rows = await tx
      .select({ category: scriptTemplatesTable.category, tags: scriptTemplatesTable.tags })
      .from(scriptTemplatesTable)
      .where(eq(scriptTemplatesTable.accountId, ctx.accountId));
    const categories = [...new Set(rows.map((r) => r.category))].sort();
    const tags = [...new Set(rows.flatMap((r) => r.tags))].sort();
    return { categories, tags };
  });
}

/** One template: working copy, destructive flags, versions with their usage, and the latest uses. */
export async function getScript({ ctx, scriptId }: { ctx: TenantContext; scriptId: unknown }) {
  authorize(ctx, 'scripts.read');
  return withTransaction(ctx, async (tx) => {
    const script = await getScriptInAccount(tx, ctx, scriptId);
    const versions = await tx
      .select({
        id: scriptTemplateVersionsTable.id,
        version: scriptTemplateVersionsTable.version,
        name: scriptTemplateVersionsTable.name,
        body: scriptTemplateVersionsTable.body,
        params: scriptTemplateVersionsTable.params,
        note: scriptTemplateVersionsTable.note,
        createdAt: scriptTemplateVersionsTable.createdAt,
        ...usageColumns,
      })
      .from(scriptTemplateVersionsTable)
      .leftJoin(scriptUsesTable, eq(scriptUsesTable.versionId, scriptTemplateVersionsTable.id))
      .leftJoin(diagnosisSessionsTable, eq(diagnosisSessionsTable.id, scriptUsesTable.sessionId))
      .where(
        and(
          eq(scriptTemplateVersionsTable.accountId, ctx.accountId),
          eq(scriptTemplateVersionsTable.templateId, script.id),
        ),
      )
      .groupBy(scriptTemplateVersionsTable.id)
      .orderBy(desc(scriptTemplateVersionsTable.version));
    const recentUses = await recentUsesOf(tx, ctx, script.id);
    const [total] = await tx
      .select(usageColumns)
      .from(scriptUsesTable)
      .leftJoin(diagnosisSessionsTable, eq(diagnosisSessionsTable.id, scriptUsesTable.sessionId))
      .where(and(eq(scriptUsesTable.accountId, ctx.accountId), eq(scriptUsesTable.templateId, script.id)));
    return {
      ...script,
      flags: flagDestructive(script.draftBody, script.language),
      versions: versions.map(({ uses, applied, sessions, resolvedSessions, ...v }) => ({
        ...v,
        usage: { uses, applied, sessions, resolvedSessions },
      })),
      usage: total ?? { uses: 0, applied: 0, sessions: 0, resolvedSessions: 0 },
      recentUses,
    };
  });
}

async function recentUsesOf(tx: AppTx, ctx: TenantContext, templateId: string) {
  return tx
    .select({
      id: scriptUsesTable.id,
      sessionId: scriptUsesTable.sessionId,
      problem: diagnosisSessionsTable.problemSummary,
      sessionStatus: diagnosisSessionsTable.status,
      userName: usersTable.name,
      values: scriptUsesTable.values,
      appliedAt: scriptUsesTable.appliedAt,
      createdAt: scriptUsesTable.createdAt,
    })
    .from(scriptUsesTable)
    .leftJoin(diagnosisSessionsTable, eq(diagnosisSessionsTable.id, scriptUsesTable.sessionId))
    .leftJoin(usersTable, eq(usersTable.id, scriptUsesTable.userId))
    .where(and(eq(scriptUsesTable.accountId, ctx.accountId), eq(scriptUsesTable.templateId, templateId)))
    .orderBy(desc(scriptUsesTable.createdAt), desc(scriptUsesTable.id))
    .limit(20);
}

const STOP = new Set([
  'the',
  'a',
  'an',
  'and',
  'or',
  'for',
  'to',
  'of',
  'on',
  'in',
  'is',
  'it',
  'with',
  'script',
  'scripts',
]);

export function searchTerms(text: string): string[] {
  return [
    ...new Set(
      text
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter((t) => t.length >= 2 && !STOP.has(t)),
    ),
  ];
}

/** How well a template fits a request: name words weigh most, then tags and category, then the description. */
export function scoreScript(
  template: Pick<ScriptTemplateRow, 'name' | 'description' | 'tags' | 'category'>,
  terms: readonly string[],
): number {
  if (terms.length === 0) return 0;
  const name = new Set(searchTerms(template.name));
  const labels = new Set(searchTerms(`${template.tags.join(' ')} ${template.category}`));
  const description = new Set(searchTerms(template.description));
  let score = 0;
  for (const term of terms) {
    const stem = (set: Set<string>) =>
      [...set].some(
        (w) =>
          w === term || (term.length >= 4 && (w.startsWith(term) || term.startsWith(w)) && w.length >= 4),
      );
    if (stem(name)) score += 3;
    else if (stem(labels)) score += 2;
    else if (stem(description)) score += 1;
  }
  return score / terms.length;
}

/**
 * Published templates that fit a request (the chat `scripts` command, the assistant's "is there a
 * template for this"), best first. Client-scoped templates only show for that client's sessions.
 */
export async function findScripts(
  tx: AppTx,
  ctx: TenantContext,
  query: string,
  options: { client: string | null; limit: number; minScore?: number },
): Promise<Array<ScriptTemplateRow & { score: number }>> {
  const terms = searchTerms(query);
  if (terms.length === 0) return [];
  const key = companyKey(options.client);
  const rows = await tx
    .select()
    .from(scriptTemplatesTable)
    .where(
      and(
        eq(scriptTemplatesTable.accountId, ctx.accountId),
        eq(scriptTemplatesTable.status, 'published'),
        key
          ? or(isNull(scriptTemplatesTable.clientKey), eq(scriptTemplatesTable.clientKey, key))
          : isNull(scriptTemplatesTable.clientKey),
      ),
    );
  return rows
    .map((row) => ({ ...row, score: scoreScript(row, terms) }))
    .filter((row) => row.score >= (options.minScore ?? 0.5))
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name))
    .slice(0, options.limit);
}

export async function searchScripts({ ctx, input }: { ctx: TenantContext; input: unknown }) {
  authorize(ctx, 'scripts.read');
  const data = parseInput(SearchScriptsInput, input, 'script search');
  return withTransaction(ctx, (tx) => findScripts(tx, ctx, data.q, { client: null, limit: data.limit }));
}
