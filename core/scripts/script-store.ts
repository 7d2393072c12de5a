import { and, eq, max } from 'drizzle-orm';
import type { AppTx } from '../db/client.ts';
import {
  type ScriptDraftRow,
  type ScriptTemplateRow,
  type ScriptVersionRow,
  scriptDraftsTable,
  scriptTemplatesTable,
  scriptTemplateVersionsTable,
} from '../db/schema/scripts.ts';
import { actorUserId, type TenantContext } from '../shared/context.ts';
import { NotFoundError } from '../shared/errors.ts';
import { parseInput } from '../shared/validation.ts';
import { ScriptDraftId, ScriptId } from './schemas.ts';

/** A template of this account, or 404: another tenant's and a missing one look the same. */
export async function getScriptInAccount(
  tx: AppTx,
  ctx: TenantContext,
  scriptId: unknown,
): Promise<ScriptTemplateRow> {
  const id = parseInput(ScriptId, scriptId, 'script id');
  const [row] = await tx
    .select()
    .from(scriptTemplatesTable)
    .where(and(eq(scriptTemplatesTable.accountId, ctx.accountId), eq(scriptTemplatesTable.id, id)));
  if (!row) throw new NotFoundError('Script');
  return row;
}

export async function getScriptDraftInAccount(
  tx: AppTx,
  ctx: TenantContext,
  draftId: unknown,
): Promise<ScriptDraftRow> {
  const id = parseInput(ScriptDraftId, draftId, 'draft id');
  const [row] = await tx
    .select()
    .from(scriptDraftsTable)
    .where(and(eq(scriptDraftsTable.accountId, ctx.accountId), eq(scriptDraftsTable.id, id)));
  if (!row) throw new NotFoundError('Script draft');
  return row;
}

/** The version a use points at: the published one, or null for a never-published draft. */
export async function currentVersionRow(
  tx: AppTx,
  ctx: TenantContext,
  template: ScriptTemplateRow,
): Promise<ScriptVersionRow | null> {
  if (template.currentVersion === null) return null;
  const [row] = await tx
    .select()
    .from(scriptTemplateVersionsTable)
    .where(
      and(
        eq(scriptTemplateVersionsTable.accountId, ctx.accountId),
        eq(scriptTemplateVersionsTable.templateId, template.id),
        eq(scriptTemplateVersionsTable.version, template.currentVersion),
      ),
    );
  return row ?? null;
}

/** Freezes the working copy as the next version and publishes the template at it. */
export async function publishScriptVersion(
  tx: AppTx,
  ctx: TenantContext,
  template: ScriptTemplateRow,
  note: string,
): Promise<number> {
  const [latest] = await tx
    .select({ v: max(scriptTemplateVersionsTable.version) })
    .from(scriptTemplateVersionsTable)
    .where(
      and(
        eq(scriptTemplateVersionsTable.accountId, ctx.accountId),
        eq(scriptTemplateVersionsTable.templateId, template.id),
      ),
    );
  const version = (latest?.v ?? 0) + 1;
  await tx.insert(scriptTemplateVersionsTable).values({
    accountId: ctx.accountId,
    templateId: template.id,
    version,
    name: template.name,
    body: template.draftBody,
    params: template.draftParams,
    publishedBy: actorUserId(ctx.actor),
    note,
  });
  await tx
    .update(scriptTemplatesTable)
    .set({ status: 'published', currentVersion: version })
    .where(and(eq(scriptTemplatesTable.accountId, ctx.accountId), eq(scriptTemplatesTable.id, template.id)));
  return version;
}
