import type { AppTx } from '../db/client.ts';
import type { FixProposal } from '../fixes/fix-store.ts';
import type { TenantContext } from '../shared/context.ts';
import { findScripts } from './list-scripts.ts';
import { renderTemplate } from './render.ts';
import { loadSessionValues, usableVersion } from './use-scripts.ts';

/** A template whose name words cover the fix's title this well is the same fix (scores run 0–3). */
export const LIBRARY_MATCH_SCORE = 2;

/**
 * Before a suggested fix carries a newly written script, the account's library is asked first: a
 * published template that matches the fix's title replaces the script, filled in for the session
 * (secrets left as `{{Name}}`), and a step cites it. Both engines' fixes pass through here.
 */
export async function preferLibraryScript(
  tx: AppTx,
  ctx: TenantContext,
  sessionId: string,
  proposal: FixProposal,
): Promise<FixProposal> {
  const values = await loadSessionValues(tx, ctx, sessionId);
  const [match] = await findScripts(tx, ctx, proposal.title, {
    client: values.client ?? null,
    limit: 1,
    minScore: LIBRARY_MATCH_SCORE,
  });
  if (!match) return proposal;
  const used = await usableVersion(tx, ctx, match);
  const rendered = renderTemplate(used, {}, values, { revealSecrets: false, account: ctx.accountId });
  const fill =
    rendered.missing.length > 0 ? ` Fill in ${rendered.missing.join(', ')} before running it.` : '';
  const cite = `Script from the team's library: "${used.name}"${used.version ? ` v${used.version}` : ''}.${fill}`;
  return {
    ...proposal,
    script: rendered.body,
    scriptLanguage: used.language,
    steps: [...proposal.steps, cite],
  };
}
