import type {
  ActionPayload,
  DraftEdits,
  ErrorView,
  RenderContext,
  ScriptReviewContext,
  ScriptReviewVerb,
} from '../cards/index.ts';
import { authorize, can } from '../core/auth/permissions.ts';
import {
  draftReviewView,
  getScript,
  getScriptDraft,
  paramsFromLines,
  paramsToLines,
  queueScriptDraft,
  reviewScriptDraft,
  type ScriptDraftReviewView,
  scriptDraftsForReview,
} from '../core/scripts/index.ts';
import type { DiagnosisDeps } from '../core/sessions/index.ts';
import type { TenantContext } from '../core/shared/context.ts';
import { ConflictError, ServiceError } from '../core/shared/errors.ts';

/** An admin-web address next to the session page the context links to, or null without a web URL. */
export function adminUrl(rc: Pick<RenderContext, 'sessionUrl'>, path: string): string | null {
  const probe = rc.sessionUrl('x');
  return probe ? probe.replace(/\/sessions\/x$/, path) : null;
}

/**
 * "Run now, templatize later" and "Build a template" on a fix with a script: both queue the draft
 * (the same fix returns the same draft); building also links to the builder. Answers with the
 * notice the adapter shows the presser.
 */
export async function runScriptVerb({
  ctx,
  diagnosis,
  rc,
  verb,
  payload,
}: {
  ctx: TenantContext;
  diagnosis: DiagnosisDeps;
  rc: Pick<RenderContext, 'sessionUrl'>;
  verb: 'script.later' | 'script.build';
  payload: ActionPayload;
}): Promise<ErrorView> {
  const draft = await queueScriptDraft({
    ctx,
    deps: { extractor: diagnosis.scriptExtractor },
    input: { sessionId: payload.s, fixId: payload.f },
  });
  const params = draft.params.length > 0 ? draft.params.map((p) => p.name).join(', ') : 'none yet';
  if (verb === 'script.later') {
    return {
      title: 'Template draft saved',
      message: `"${draft.name}" (parameters: ${params}) waits for review once this session is resolved.`,
    };
  }
  const url = adminUrl(rc, `/scripts?draft=${draft.id}`);
  return {
    title: 'Template draft ready',
    message: `"${draft.name}" (parameters: ${params}). ${url ? `Open the builder: ${url}` : 'Open Scripts in ResolutionFlow to finish it.'}`,
  };
}

/** "scripts <search>" (or "script …"): the search words, or null for any other message. */
export function scriptsRequest(text: string): string | null {
  const match = /^\s*scripts?(?:$|[:\s]+([\s\S]*))$/i.exec(text);
  if (!match) return null;
  return (match[1] ?? '').trim();
}

export const SCRIPTS_USAGE = 'Say what the script is for after "scripts", e.g. "scripts clear print queue".';

/**
 * The drafts to offer once a session is resolved, for the person who resolved it: none for someone
 * who cannot decide (`scripts.author`, engineer and up) or who said "don't ask again" (core keeps
 * that preference and returns nothing).
 */
export async function draftsToOffer(ctx: TenantContext, sessionId: string): Promise<ScriptDraftReviewView[]> {
  if (!can(ctx.actor, 'scripts.author')) return [];
  return (await scriptDraftsForReview({ ctx, sessionId })).map(draftReviewView);
}

/** What the review card needs besides the draft, for the presser. */
export function scriptReviewContext(
  ctx: TenantContext,
  rc: Pick<RenderContext, 'sessionUrl'>,
  draftId: string,
): ScriptReviewContext {
  return {
    canReview: can(ctx.actor, 'scripts.author'),
    builderUrl: adminUrl(rc, `/scripts?draft=${draftId}`),
  };
}

/**
 * Slack's "Accept…": the draft for the edit modal, refused before the modal opens when the presser
 * may not decide or the draft was decided already (409), so nobody fills in a form that cannot be saved.
 */
export async function draftForEdit(ctx: TenantContext, draftId: string): Promise<ScriptDraftReviewView> {
  authorize(ctx, 'scripts.author');
  const view = await currentDraftView(ctx, draftId);
  if (view.status !== 'pending')
    throw new ConflictError(
      `This draft was already ${view.status === 'dismissed' ? 'set aside' : view.status}.`,
    );
  return view;
}

/** The draft as it is now, for redrawing the card after a refused press. */
export async function currentDraftView(ctx: TenantContext, draftId: string): Promise<ScriptDraftReviewView> {
  return viewOf(ctx, await getScriptDraft({ ctx, draftId }));
}

/**
 * An accepted draft reads as the template it became (the name and script as edited on accept);
 * if that template is gone, the draft as proposed.
 */
type ScriptDraftRow = Awaited<ReturnType<typeof getScriptDraft>>;

async function viewOf(ctx: TenantContext, row: ScriptDraftRow): Promise<ScriptDraftReviewView> {
  if (row.status !== 'accepted' || !row.templateId) return draftReviewView(row);
  const script = await getScript({ ctx, scriptId: row.templateId }).catch(() => null);
  if (!script) return draftReviewView(row);
  return draftReviewView({ ...row, name: script.name, body: script.draftBody, params: script.draftParams });
}

/**
 * One review press → one core decision → the draft as decided. Accept carries the form's edits;
 * only what differs from the draft is sent, so "accepted as drafted" stays distinguishable in the
 * audit. A second decision on the same draft is core's 409, which the adapter shows on the card.
 */
export async function runDraftReview({
  ctx,
  verb,
  draftId,
  edits,
}: {
  ctx: TenantContext;
  verb: Exclude<ScriptReviewVerb, 'script.draft.edit'>;
  draftId: string;
  edits: DraftEdits;
}): Promise<ScriptDraftReviewView> {
  if (verb !== 'script.draft.accept') {
    const decision = verb === 'script.draft.reject' ? 'reject' : 'never';
    return viewOf(ctx, (await reviewScriptDraft({ ctx, draftId, input: { decision } })).draft);
  }
  const draft = await getScriptDraft({ ctx, draftId });
  const changed: Record<string, unknown> = {};
  if (edits.name !== undefined && edits.name !== draft.name) changed.name = edits.name;
  if (edits.body !== undefined && edits.body !== draft.body) changed.body = edits.body;
  if (edits.paramLines !== undefined && edits.paramLines.trim() !== paramsToLines(draft.params))
    changed.params = paramsFromLines(edits.paramLines, draft.params);
  const decided = await reviewScriptDraft({ ctx, draftId, input: { decision: 'accept', edits: changed } });
  return viewOf(ctx, decided.draft);
}

/** Which accept-form field a refused edit is about, so the form can say it next to that field. */
export function draftFieldOf(error: unknown): 'name' | 'body' | 'params' {
  const issues = error instanceof ServiceError ? error.details?.issues : undefined;
  const path = Array.isArray(issues) ? String((issues[0] as { path?: unknown } | undefined)?.path ?? '') : '';
  if (path.startsWith('edits.name')) return 'name';
  if (path.startsWith('edits.body')) return 'body';
  return 'params';
}
