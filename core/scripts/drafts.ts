import { and, asc, eq, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import { authorize } from '../auth/permissions.ts';
import type { AppTx } from '../db/client.ts';
import { diagnosisSessionsTable, suggestedFixesTable } from '../db/schema/diagnosis.ts';
import { type ScriptDraftMethod, type ScriptDraftRow, scriptDraftsTable } from '../db/schema/scripts.ts';
import { usersTable } from '../db/schema/users.ts';
import { withTransaction } from '../db/transactions.ts';
import { getSessionInAccount } from '../sessions/session-write.ts';
import { actorUserId, type TenantContext } from '../shared/context.ts';
import { ConflictError, NotFoundError, UnprocessableError } from '../shared/errors.ts';
import { parseInput } from '../shared/validation.ts';
import { assertConsistent, insertScript } from './author-scripts.ts';
import type { ScriptExtractor } from './draft-model.ts';
import { parameteriseByExactMatch, roundTrips, withoutParams } from './draft-offline.ts';
import { scriptLanguageOfFix as scriptLanguageOf } from './language.ts';
import { QueueScriptDraftInput, ReviewScriptDraftInput } from './schemas.ts';
import { getScriptDraftInAccount } from './script-store.ts';
import { loadSessionValues } from './use-scripts.ts';

export interface DraftDeps {
  /** With a model configured; absent = offline exact-match drafting. */
  extractor?: ScriptExtractor | undefined;
}

/** The person's choice to stop being offered templates after a fix ("don't ask again"). */
export const NO_DRAFT_OFFERS = 'scripts.noDraftOffers';

/**
 * "Run now, templatize later" / "Build a template": a draft template from the fix's script. With a
 * model, Claude proposes the parameters; the draft keeps them only if the round trip holds (body
 * names only declared parameters and renders back to the original), else it has none. Offline,
 * the session's user, device, mailbox and client become parameters by exact match. Pressing it
 * twice for one fix returns the same draft.
 */
export async function queueScriptDraft({
  ctx,
  deps,
  input,
}: {
  ctx: TenantContext;
  deps: DraftDeps;
  input: unknown;
}) {
  const grant = authorize(ctx, 'scripts.use');
  const data = parseInput(QueueScriptDraftInput, input, 'script draft');
  const prepared = await withTransaction(ctx, async (tx) => {
    const [existing] = await tx
      .select()
      .from(scriptDraftsTable)
      .where(and(eq(scriptDraftsTable.accountId, ctx.accountId), eq(scriptDraftsTable.fixId, data.fixId)));
    if (existing) return { existing };
    const [fix] = await tx
      .select({ fix: suggestedFixesTable, session: diagnosisSessionsTable })
      .from(suggestedFixesTable)
      .innerJoin(diagnosisSessionsTable, eq(diagnosisSessionsTable.id, suggestedFixesTable.sessionId))
      .where(
        and(
          eq(suggestedFixesTable.accountId, ctx.accountId),
          eq(suggestedFixesTable.id, data.fixId),
          eq(suggestedFixesTable.sessionId, data.sessionId),
        ),
      );
    if (!fix) throw new NotFoundError('Fix');
    if (!fix.fix.script?.trim())
      throw new UnprocessableError('This fix has no script to make a template from.');
    return { fix: fix.fix, session: fix.session, values: await loadSessionValues(tx, ctx, data.sessionId) };
  });
  if ('existing' in prepared) return prepared.existing as ScriptDraftRow;
  const { fix, session, values } = prepared;
  const script = fix.script as string;
  const language = scriptLanguageOf(fix.scriptLanguage, script);
  // The model call runs outside any transaction: no row lock is held while it thinks.
  const extracted = deps.extractor
    ? await deps.extractor.extract({
        script,
        language,
        fixTitle: fix.title,
        problem: session.problemSummary,
        values,
      })
    : null;
  let method: ScriptDraftMethod;
  let draft = parameteriseByExactMatch(script, values);
  if (deps.extractor) {
    method = extracted && roundTrips(script, extracted) ? 'model' : 'fallback';
    draft = method === 'model' && extracted ? extracted : withoutParams(script);
  } else {
    method = 'offline';
    if (!roundTrips(script, draft)) draft = withoutParams(script);
  }
  return withTransaction(ctx, async (tx) => {
    const [row] = await tx
      .insert(scriptDraftsTable)
      .values({
        accountId: ctx.accountId,
        sessionId: data.sessionId,
        fixId: fix.id,
        requestedBy: actorUserId(ctx.actor),
        name: (method === 'model' && extracted?.name) || fix.title.slice(0, 200),
        description: (method === 'model' && extracted?.description) || `From the fix "${fix.title}".`,
        language,
        category: (method === 'model' && extracted?.category) || 'General',
        tags: method === 'model' && extracted ? extracted.tags : [],
        body: draft.body,
        params: draft.params,
        method,
      })
      .onConflictDoNothing()
      .returning();
    if (!row) {
      const [raced] = await tx.select().from(scriptDraftsTable).where(eq(scriptDraftsTable.fixId, fix.id));
      return raced as ScriptDraftRow;
    }
    await recordAudit(tx, ctx, {
      action: 'script.draft_queued',
      target: { type: 'script_draft', id: row.id },
      metadata: { sessionId: data.sessionId, method, params: draft.params.map((p) => p.name) },
      grant,
    });
    return row;
  });
}

async function prefersNoOffers(tx: AppTx, ctx: TenantContext): Promise<boolean> {
  const userId = actorUserId(ctx.actor);
  if (!userId) return false;
  const [row] = await tx
    .select({ preferences: usersTable.preferences })
    .from(usersTable)
    .where(and(eq(usersTable.accountId, ctx.accountId), eq(usersTable.id, userId)));
  return row?.preferences[NO_DRAFT_OFFERS] === true;
}

/**
 * Drafts to offer on the session's card: only once it is resolved, only pending ones, and none for
 * someone who said "don't ask again".
 */
export async function scriptDraftsForReview({ ctx, sessionId }: { ctx: TenantContext; sessionId: string }) {
  if (ctx.actor.kind !== 'user') return [];
  authorize(ctx, 'scripts.read');
  return withTransaction(ctx, async (tx) => {
    await getSessionInAccount(tx, ctx, sessionId);
    if (await prefersNoOffers(tx, ctx)) return [];
    return tx
      .select({ draft: scriptDraftsTable })
      .from(scriptDraftsTable)
      .innerJoin(diagnosisSessionsTable, eq(diagnosisSessionsTable.id, scriptDraftsTable.sessionId))
      .where(
        and(
          eq(scriptDraftsTable.accountId, ctx.accountId),
          eq(scriptDraftsTable.sessionId, sessionId),
          eq(scriptDraftsTable.status, 'pending'),
          sql`${diagnosisSessionsTable.status} in ('resolved', 'resolved_local')`,
        ),
      )
      .orderBy(asc(scriptDraftsTable.createdAt), asc(scriptDraftsTable.id))
      .then((rows) => rows.map((r) => r.draft));
  });
}

/** Every draft of the account, newest first (the Scripts page's review list). */
export async function listScriptDrafts({
  ctx,
  input = {},
}: {
  ctx: TenantContext;
  input?: { status?: string };
}) {
  authorize(ctx, 'scripts.read');
  return withTransaction(ctx, (tx) =>
    tx
      .select({
        draft: scriptDraftsTable,
        problem: diagnosisSessionsTable.problemSummary,
        sessionStatus: diagnosisSessionsTable.status,
      })
      .from(scriptDraftsTable)
      .innerJoin(diagnosisSessionsTable, eq(diagnosisSessionsTable.id, scriptDraftsTable.sessionId))
      .where(
        and(
          eq(scriptDraftsTable.accountId, ctx.accountId),
          input.status === 'pending' ? eq(scriptDraftsTable.status, 'pending') : undefined,
        ),
      )
      .orderBy(sql`${scriptDraftsTable.createdAt} desc`, asc(scriptDraftsTable.id))
      .limit(100)
      .then((rows) => rows.map((r) => ({ ...r.draft, problem: r.problem, sessionStatus: r.sessionStatus }))),
  );
}

export async function getScriptDraft({ ctx, draftId }: { ctx: TenantContext; draftId: unknown }) {
  authorize(ctx, 'scripts.read');
  return withTransaction(ctx, (tx) => getScriptDraftInAccount(tx, ctx, draftId));
}

const DECIDED: Record<Exclude<ScriptDraftRow['status'], 'pending'>, string> = {
  accepted: 'accepted',
  rejected: 'rejected',
  dismissed: 'set aside ("don\'t ask again")',
};

/**
 * The review after resolve: accept (with edits) publishes the template with its provenance, reject
 * drops it, "never" drops it and stops further offers for this person. One decision per draft.
 */
export async function reviewScriptDraft({
  ctx,
  draftId,
  input,
}: {
  ctx: TenantContext;
  draftId: unknown;
  input: unknown;
}) {
  const grant = authorize(ctx, 'scripts.author');
  const data = parseInput(ReviewScriptDraftInput, input, 'review');
  return withTransaction(ctx, async (tx) => {
    const found = await getScriptDraftInAccount(tx, ctx, draftId);
    // Locked so two reviewers pressing at once get one decision and one 409.
    const [draft] = await tx
      .select()
      .from(scriptDraftsTable)
      .where(eq(scriptDraftsTable.id, found.id))
      .for('update');
    if (!draft) throw new NotFoundError('Script draft');
    if (draft.status !== 'pending')
      throw new ConflictError(`This draft was already ${DECIDED[draft.status]}.`, { status: draft.status });
    const decided = { decidedBy: actorUserId(ctx.actor), decidedAt: new Date() };
    const target = { type: 'script_draft', id: draft.id };
    if (data.decision === 'reject' || data.decision === 'never') {
      const status = data.decision === 'reject' ? 'rejected' : 'dismissed';
      const [row] = await tx
        .update(scriptDraftsTable)
        .set({ status, ...decided })
        .where(eq(scriptDraftsTable.id, draft.id))
        .returning();
      if (data.decision === 'never' && decided.decidedBy) {
        await tx
          .update(usersTable)
          .set({
            preferences: sql`${usersTable.preferences} || ${JSON.stringify({ [NO_DRAFT_OFFERS]: true })}::jsonb`,
          })
          .where(and(eq(usersTable.accountId, ctx.accountId), eq(usersTable.id, decided.decidedBy)));
      }
      await recordAudit(tx, ctx, {
        action: data.decision === 'reject' ? 'script.draft_rejected' : 'script.draft_dismissed',
        target,
        grant,
      });
      return { draft: row as ScriptDraftRow, script: null };
    }
    const edits = data.edits;
    const script = {
      name: edits.name ?? draft.name,
      description: edits.description ?? draft.description,
      language: draft.language,
      body: edits.body ?? draft.body,
      params: edits.params ?? draft.params,
      category: edits.category ?? draft.category,
      tags: edits.tags ?? draft.tags,
      client: edits.client === undefined ? null : edits.client,
    };
    assertConsistent(script.body, script.params);
    const [source] = await tx
      .select({
        session: diagnosisSessionsTable,
        owner: usersTable.name,
        fixTitle: suggestedFixesTable.title,
      })
      .from(diagnosisSessionsTable)
      .leftJoin(usersTable, eq(usersTable.id, diagnosisSessionsTable.ownerUserId))
      .leftJoin(suggestedFixesTable, eq(suggestedFixesTable.id, draft.fixId))
      .where(eq(diagnosisSessionsTable.id, draft.sessionId));
    const session = source?.session;
    const created = await insertScript(tx, ctx, script, {
      origin: 'from_fix',
      publish: true,
      note: 'Accepted from a fix',
      provenance: {
        sessionId: draft.sessionId,
        ticket: session?.ticketExternalId ?? null,
        problem: session?.problemSummary ?? '',
        resolvedBy: source?.owner ?? null,
        fixTitle: source?.fixTitle ?? null,
      },
    });
    const [row] = await tx
      .update(scriptDraftsTable)
      .set({ status: 'accepted', templateId: created.id, ...decided })
      .where(eq(scriptDraftsTable.id, draft.id))
      .returning();
    await recordAudit(tx, ctx, {
      action: 'script.draft_accepted',
      target,
      metadata: { scriptId: created.id, edited: Object.keys(edits).length > 0 },
      grant,
    });
    return { draft: row as ScriptDraftRow, script: created };
  });
}
