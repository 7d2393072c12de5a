import { addFact } from '../core/facts/index.ts';
import { proposeFix } from '../core/fixes/index.ts';
import { createSession, getSession } from '../core/sessions/index.ts';
import { withSessionWrite } from '../core/sessions/session-write.ts';
import type { TenantContext } from '../core/shared/context.ts';

/**
 * A published template the chat `scripts` searches find for "print spooler": PRINT_QUEUE_FIX's
 * script with the computer as its parameter.
 */
export const PRINT_SPOOLER_TEMPLATE = {
  name: 'Clear the print spooler queue',
  language: 'powershell',
  category: 'Printing',
  tags: ['printer', 'spooler'],
  body: 'Invoke-Command -ComputerName {{ComputerName}} -ScriptBlock {\n  Stop-Service Spooler -Force\n  Remove-Item "$env:SystemRoot\\System32\\spool\\PRINTERS\\*" -Recurse -Force\n  Start-Service Spooler\n}',
  params: [{ name: 'ComputerName', type: 'string' }],
  publish: true,
};

/** What an engine proposes: a fix that carries a script. */
export interface ScriptFixProposal {
  title: string;
  steps: string[];
  script: string;
  scriptLanguage: string;
  confidence: number;
}

/**
 * The chat script tests' fix: clears a stuck print queue on one PC. Its `-ComputerName` becomes the
 * draft's parameter, and its recursive delete (line 3) is flagged as destructive.
 */
export const PRINT_QUEUE_FIX: ScriptFixProposal = {
  title: 'Clear the stuck print queue',
  steps: ['Run the script against the PC'],
  script:
    'Invoke-Command -ComputerName FAB-WS-023 -ScriptBlock {\n  Stop-Service Spooler -Force\n  Remove-Item "$env:SystemRoot\\System32\\spool\\PRINTERS\\*" -Recurse -Force\n  Start-Service Spooler\n}',
  scriptLanguage: 'powershell',
  confidence: 75,
};

/** Proposes `fix` as the session's active fix, in one session write, as an engine turn does. */
export async function proposeScriptFix(
  ctx: TenantContext,
  sessionId: string,
  fix: ScriptFixProposal,
): Promise<void> {
  await withSessionWrite(ctx, sessionId, async ({ tx, changed }) => {
    if ((await proposeFix(tx, ctx, sessionId, fix)).changed) changed();
  });
}

/** A session whose active fix carries a script, created the way an engine turn creates it. */
export async function sessionWithScriptFix(
  ctx: TenantContext,
  options: { problem: string; script: string; language?: string; facts?: string[]; title?: string },
): Promise<{ sessionId: string; fixId: string }> {
  const session = await createSession({ ctx, input: { problemSummary: options.problem } });
  for (const text of options.facts ?? []) await addFact({ ctx, sessionId: session.id, input: { text } });
  await proposeScriptFix(ctx, session.id, {
    title: options.title ?? 'Run the fix script',
    steps: ['Run the script in an elevated PowerShell'],
    script: options.script,
    scriptLanguage: options.language ?? 'powershell',
    confidence: 80,
  });
  const fix = (await getSession({ ctx, sessionId: session.id })).activeFix;
  if (!fix) throw new Error('expected an active fix');
  return { sessionId: session.id, fixId: fix.id };
}
