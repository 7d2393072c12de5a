import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import { authorize } from '../auth/permissions.ts';
import type { AppTx } from '../db/client.ts';
import {
  type ScriptLanguage,
  type ScriptOrigin,
  type ScriptProvenance,
  type ScriptTemplateRow,
  scriptTemplatesTable,
} from '../db/schema/scripts.ts';
import { withTransaction } from '../db/transactions.ts';
import { companyKey } from '../kb/index/index.ts';
import { actorUserId, type TenantContext } from '../shared/context.ts';
import { ConflictError, UnprocessableError } from '../shared/errors.ts';
import { parseInput } from '../shared/validation.ts';
import { type ScriptParam, schemaProblems } from './params.ts';
import { CreateScriptInput, PublishScriptInput, UpdateScriptInput } from './schemas.ts';
import { getScriptInAccount, publishScriptVersion } from './script-store.ts';

export interface NewScript {
  name: string;
  description: string;
  language: ScriptLanguage;
  body: string;
  params: ScriptParam[];
  category: string;
  tags: string[];
  client: string | null;
}

/** A body that refers to undeclared parameters (or declares unused ones) cannot be saved. */
export function assertConsistent(body: string, params: readonly ScriptParam[]): void {
  const problems = schemaProblems(body, params);
  if (problems.length > 0)
    throw new UnprocessableError(
      `The script and its parameters disagree: ${problems.join('; ')}`,
      problems.map((message) => ({ path: 'params', message })),
    );
}

/** Shared by the builder, accepted drafts and the demo seed. */
export async function insertScript(
  tx: AppTx,
  ctx: TenantContext,
  script: NewScript,
  options: { origin: ScriptOrigin; provenance?: ScriptProvenance | null; publish: boolean; note?: string },
): Promise<ScriptTemplateRow> {
  const [row] = await tx
    .insert(scriptTemplatesTable)
    .values({
      accountId: ctx.accountId,
      name: script.name,
      description: script.description,
      language: script.language,
      category: script.category,
      tags: script.tags,
      clientName: script.client,
      clientKey: companyKey(script.client),
      origin: options.origin,
      provenance: options.provenance ?? null,
      draftBody: script.body,
      draftParams: script.params,
      createdBy: actorUserId(ctx.actor),
    })
    .returning();
  if (!row) throw new Error('insert script returned nothing');
  if (!options.publish) return row;
  const version = await publishScriptVersion(tx, ctx, row, options.note ?? '');
  return { ...row, status: 'published', currentVersion: version };
}

/** `scripts.author`: a new template from the builder, optionally published as version 1. */
export async function createScript({ ctx, input }: { ctx: TenantContext; input: unknown }) {
  const grant = authorize(ctx, 'scripts.author');
  const data = parseInput(CreateScriptInput, input, 'script');
  assertConsistent(data.body, data.params);
  return withTransaction(ctx, async (tx) => {
    const row = await insertScript(tx, ctx, data, { origin: 'authored', publish: data.publish });
    await recordAudit(tx, ctx, {
      action: 'script.created',
      target: { type: 'script', id: row.id },
      metadata: { name: row.name, language: row.language, params: data.params.map((p) => p.name) },
      grant,
    });
    return row;
  });
}

/** Edits the working copy; uses keep pointing at the version they used. */
export async function updateScript({
  ctx,
  scriptId,
  input,
}: {
  ctx: TenantContext;
  scriptId: unknown;
  input: unknown;
}) {
  const grant = authorize(ctx, 'scripts.author');
  const data = parseInput(UpdateScriptInput, input, 'script');
  return withTransaction(ctx, async (tx) => {
    const current = await getScriptInAccount(tx, ctx, scriptId);
    if (current.status === 'retired')
      throw new ConflictError('This script is retired; create it again to change it.');
    assertConsistent(data.body ?? current.draftBody, data.params ?? current.draftParams);
    const [updated] = await tx
      .update(scriptTemplatesTable)
      .set({
        ...(data.name === undefined ? {} : { name: data.name }),
        ...(data.description === undefined ? {} : { description: data.description }),
        ...(data.language === undefined ? {} : { language: data.language }),
        ...(data.body === undefined ? {} : { draftBody: data.body }),
        ...(data.params === undefined ? {} : { draftParams: data.params }),
        ...(data.category === undefined ? {} : { category: data.category }),
        ...(data.tags === undefined ? {} : { tags: data.tags }),
        ...(data.client === undefined ? {} : { clientName: data.client, clientKey: companyKey(data.client) }),
      })
      .where(and(eq(scriptTemplatesTable.accountId, ctx.accountId), eq(scriptTemplatesTable.id, current.id)))
      .returning();
    await recordAudit(tx, ctx, {
      action: 'script.edited',
      target: { type: 'script', id: current.id },
      grant,
    });
    return updated as ScriptTemplateRow;
  });
}

export async function publishScript({
  ctx,
  scriptId,
  input = {},
}: {
  ctx: TenantContext;
  scriptId: unknown;
  input?: unknown;
}) {
  const grant = authorize(ctx, 'scripts.author');
  const data = parseInput(PublishScriptInput, input, 'publish');
  return withTransaction(ctx, async (tx) => {
    const current = await getScriptInAccount(tx, ctx, scriptId);
    if (current.status === 'retired')
      throw new ConflictError('This script is retired; create it again to publish it.');
    assertConsistent(current.draftBody, current.draftParams);
    const version = await publishScriptVersion(tx, ctx, current, data.note);
    await recordAudit(tx, ctx, {
      action: 'script.published',
      target: { type: 'script', id: current.id },
      metadata: { version, name: current.name },
      grant,
    });
    return { ...current, status: 'published' as const, currentVersion: version };
  });
}

/** Retired templates are never suggested again; past uses keep their version. */
export async function retireScript({ ctx, scriptId }: { ctx: TenantContext; scriptId: unknown }) {
  const grant = authorize(ctx, 'scripts.author');
  return withTransaction(ctx, async (tx) => {
    const current = await getScriptInAccount(tx, ctx, scriptId);
    if (current.status === 'retired') return current;
    const [updated] = await tx
      .update(scriptTemplatesTable)
      .set({ status: 'retired' })
      .where(and(eq(scriptTemplatesTable.accountId, ctx.accountId), eq(scriptTemplatesTable.id, current.id)))
      .returning();
    await recordAudit(tx, ctx, {
      action: 'script.retired',
      target: { type: 'script', id: current.id },
      grant,
    });
    return updated as ScriptTemplateRow;
  });
}
