import type { ActionPayload, ErrorView, RenderContext } from '../cards/index.ts';
import { queueScriptDraft } from '../core/scripts/index.ts';
import type { DiagnosisDeps } from '../core/sessions/index.ts';
import type { TenantContext } from '../core/shared/context.ts';

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
