import { and, eq, isNull } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import { authorize } from '../auth/permissions.ts';
import type { AppTx } from '../db/client.ts';
import { diagnosisSessionsTable, factsTable } from '../db/schema/diagnosis.ts';
import { type ScriptTemplateRow, scriptUsesTable } from '../db/schema/scripts.ts';
import { withTransaction } from '../db/transactions.ts';
import { insertFactIfNew } from '../facts/index.ts';
import { withSessionWrite } from '../sessions/session-write.ts';
import { actorUserId, type TenantContext } from '../shared/context.ts';
import { NotFoundError } from '../shared/errors.ts';
import { parseInput } from '../shared/validation.ts';
import { type RenderedScript, renderTemplate, storableValues } from './render.ts';
import { PreviewScriptInput, RecordScriptUseInput, RenderScriptInput } from './schemas.ts';
import { currentVersionRow, getScriptInAccount } from './script-store.ts';
import { type SessionValues, sessionValues } from './session-values.ts';

/** The session's user, device, mailbox and client, or 404 for another tenant's session. */
export async function loadSessionValues(
  tx: AppTx,
  ctx: TenantContext,
  sessionId: string,
): Promise<SessionValues> {
  const [session] = await tx
    .select()
    .from(diagnosisSessionsTable)
    .where(
      and(eq(diagnosisSessionsTable.id, sessionId), eq(diagnosisSessionsTable.accountId, ctx.accountId)),
    );
  if (!session) throw new NotFoundError('Session');
  const facts = await tx
    .select({ text: factsTable.text })
    .from(factsTable)
    .where(
      and(
        eq(factsTable.accountId, ctx.accountId),
        eq(factsTable.sessionId, sessionId),
        isNull(factsTable.deletedAt),
      ),
    )
    .orderBy(factsTable.ord);
  return sessionValues(session, facts);
}

/** The template as used now: its published version, or the working copy if never published. */
export async function usableVersion(tx: AppTx, ctx: TenantContext, template: ScriptTemplateRow) {
  const version = await currentVersionRow(tx, ctx, template);
  return {
    versionId: version?.id ?? null,
    version: version?.version ?? null,
    body: version?.body ?? template.draftBody,
    params: version?.params ?? template.draftParams,
    language: template.language,
    name: version?.name ?? template.name,
  };
}

/** The builder's live preview: an unsaved body rendered with sample values; nothing is stored. */
export function previewScript({ ctx, input }: { ctx: TenantContext; input: unknown }): RenderedScript {
  authorize(ctx, 'scripts.read');
  const data = parseInput(PreviewScriptInput, input, 'preview');
  return renderTemplate(
    data,
    data.values,
    {},
    {
      revealSecrets: true,
      account: ctx.accountId,
      rememberFlags: false,
    },
  );
}

/**
 * A template filled for a session (or with given values only): what is pre-filled from the
 * session's facts, what is still missing, what breaks a pattern, and the destructive flags.
 */
export async function renderScript({
  ctx,
  scriptId,
  input,
}: {
  ctx: TenantContext;
  scriptId: unknown;
  input: unknown;
}) {
  authorize(ctx, 'scripts.read');
  const data = parseInput(RenderScriptInput, input, 'render');
  return withTransaction(ctx, async (tx) => {
    const template = await getScriptInAccount(tx, ctx, scriptId);
    const used = await usableVersion(tx, ctx, template);
    const values = data.sessionId ? await loadSessionValues(tx, ctx, data.sessionId) : {};
    const rendered = renderTemplate(used, data.values, values, {
      revealSecrets: data.revealSecrets,
      account: ctx.accountId,
    });
    return {
      scriptId: template.id,
      name: used.name,
      version: used.version,
      sessionId: data.sessionId,
      ...rendered,
    };
  });
}

function describeValues(values: Record<string, string>): string {
  const pairs = Object.entries(values).map(([k, v]) => `${k}=${v}`);
  return pairs.length > 0 ? ` (${pairs.join(', ')})` : '';
}

/**
 * Copy / "I ran this": records the use against the version used. A run also becomes a fact on the
 * active session ("Ran script …"), which the note and the model then see — with every secret
 * parameter already replaced, so its value reaches no table, note, audit row or prompt.
 */
export async function recordScriptUse({
  ctx,
  scriptId,
  input,
}: {
  ctx: TenantContext;
  scriptId: unknown;
  input: unknown;
}) {
  const grant = authorize(ctx, 'scripts.use');
  const data = parseInput(RecordScriptUseInput, input, 'script use');
  return withTransaction(ctx, async (tx) => {
    const template = await getScriptInAccount(tx, ctx, scriptId);
    const used = await usableVersion(tx, ctx, template);
    const session = await loadSessionValues(tx, ctx, data.sessionId);
    const rendered = renderTemplate(used, data.values, session, {
      revealSecrets: false,
      account: ctx.accountId,
    });
    const stored = storableValues(used.params, rendered.params);
    const [use] = await tx
      .insert(scriptUsesTable)
      .values({
        accountId: ctx.accountId,
        templateId: template.id,
        versionId: used.versionId,
        sessionId: data.sessionId,
        userId: actorUserId(ctx.actor),
        values: stored,
        appliedAt: data.applied ? new Date() : null,
      })
      .returning();
    if (!use) throw new Error('insert script use returned nothing');
    if (data.applied) {
      const label = `Ran script "${used.name}"${used.version ? ` v${used.version}` : ''}${describeValues(stored)}`;
      await withSessionWrite(ctx, data.sessionId, async ({ tx: write, session: row, changed }) => {
        if (row.status !== 'active') return;
        const fact = await insertFactIfNew(write, ctx, data.sessionId, {
          text: label,
          source: 'engineer_note',
          createdByUserId: actorUserId(ctx.actor),
        });
        if (fact) changed();
      });
    }
    await recordAudit(tx, ctx, {
      action: 'script.used',
      target: { type: 'script', id: template.id },
      metadata: { sessionId: data.sessionId, version: used.version, applied: data.applied, values: stored },
      grant,
    });
    return { ...use, flags: rendered.flags, missing: rendered.missing };
  });
}
