import { addFact } from '../core/facts/index.ts';
import { proposeFix } from '../core/fixes/index.ts';
import { createSession, getSession } from '../core/sessions/index.ts';
import { withSessionWrite } from '../core/sessions/session-write.ts';
import type { TenantContext } from '../core/shared/context.ts';

/** A session whose active fix carries a script, created the way an engine turn creates it. */
export async function sessionWithScriptFix(
  ctx: TenantContext,
  options: { problem: string; script: string; language?: string; facts?: string[]; title?: string },
): Promise<{ sessionId: string; fixId: string }> {
  const session = await createSession({ ctx, input: { problemSummary: options.problem } });
  for (const text of options.facts ?? []) await addFact({ ctx, sessionId: session.id, input: { text } });
  await withSessionWrite(ctx, session.id, async ({ tx, changed }) => {
    const proposal = {
      title: options.title ?? 'Run the fix script',
      steps: ['Run the script in an elevated PowerShell'],
      script: options.script,
      scriptLanguage: options.language ?? 'powershell',
      confidence: 80,
    };
    if ((await proposeFix(tx, ctx, session.id, proposal)).changed) changed();
  });
  const fix = (await getSession({ ctx, sessionId: session.id })).activeFix;
  if (!fix) throw new Error('expected an active fix');
  return { sessionId: session.id, fixId: fix.id };
}
