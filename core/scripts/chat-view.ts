import { and, eq } from 'drizzle-orm';
import { authorize } from '../auth/permissions.ts';
import { diagnosisSessionsTable } from '../db/schema/diagnosis.ts';
import { withTransaction } from '../db/transactions.ts';
import type { TenantContext } from '../shared/context.ts';
import { NotFoundError } from '../shared/errors.ts';
import { parseInput } from '../shared/validation.ts';
import { findScripts } from './list-scripts.ts';
import { renderTemplate } from './render.ts';
import { SearchScriptsInput } from './schemas.ts';
import { loadSessionValues, usableVersion } from './use-scripts.ts';

/** What the chat `scripts <search>` command shows: the best match rendered for the thread's session, and the rest. */
export interface ScriptsChatView {
  query: string;
  sessionId: string | null;
  top: {
    scriptId: string;
    name: string;
    language: string;
    version: number | null;
    body: string;
    params: Array<{
      name: string;
      value: string | null;
      secret: boolean;
      filledFrom: string | null;
      problem: string | null;
    }>;
    missing: string[];
    flags: Array<{ label: string; reason: string; line: number }>;
  } | null;
  others: Array<{ scriptId: string; name: string; language: string; category: string }>;
}

/**
 * The chat command: templates that fit the words, the best one filled for the session (secrets
 * never: they stay `{{Name}}` on the card, to be typed where the script runs).
 */
export async function scriptsForChat({
  ctx,
  query,
  sessionId,
}: {
  ctx: TenantContext;
  query: unknown;
  sessionId: string | null;
}): Promise<ScriptsChatView> {
  authorize(ctx, 'scripts.read');
  const { q } = parseInput(SearchScriptsInput, { q: query }, 'script search');
  return withTransaction(ctx, async (tx) => {
    let client: string | null = null;
    if (sessionId) {
      const [session] = await tx
        .select({ client: diagnosisSessionsTable.ticketCompanyName })
        .from(diagnosisSessionsTable)
        .where(
          and(eq(diagnosisSessionsTable.id, sessionId), eq(diagnosisSessionsTable.accountId, ctx.accountId)),
        );
      if (!session) throw new NotFoundError('Session');
      client = session.client;
    }
    const found = await findScripts(tx, ctx, q, { client, limit: 5 });
    const [best, ...rest] = found;
    const others = rest.map((s) => ({
      scriptId: s.id,
      name: s.name,
      language: s.language,
      category: s.category,
    }));
    if (!best) return { query: q, sessionId, top: null, others };
    const used = await usableVersion(tx, ctx, best);
    const values = sessionId ? await loadSessionValues(tx, ctx, sessionId) : {};
    const rendered = renderTemplate(used, {}, values, { revealSecrets: false, account: ctx.accountId });
    return {
      query: q,
      sessionId,
      top: {
        scriptId: best.id,
        name: used.name,
        language: best.language,
        version: used.version,
        body: rendered.body,
        params: rendered.params.map((p) => ({
          name: p.name,
          value: p.value,
          secret: p.type === 'secret',
          filledFrom: p.filledFrom,
          problem: p.problem,
        })),
        missing: rendered.missing,
        flags: rendered.flags.map(({ label, reason, line }) => ({ label, reason, line })),
      },
      others,
    };
  });
}
