import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import { authorize } from '../auth/permissions.ts';
import { suggestedFixesTable } from '../db/schema/diagnosis.ts';
import { withTransaction } from '../db/transactions.ts';
import { mutateSession } from '../sessions/mutate-session.ts';
import { SessionIdInput } from '../sessions/schemas.ts';
import { getSessionInAccount } from '../sessions/session-write.ts';
import { type FixView, type SessionView, toFixView } from '../sessions/views.ts';
import { actorUserId, type TenantContext } from '../shared/context.ts';
import { ConflictError, UnprocessableError } from '../shared/errors.ts';
import { redactText } from '../shared/redact.ts';
import { parseInput } from '../shared/validation.ts';
import { activeFix, getFixInSession } from './fix-store.ts';
import { FixDecisionInput, FixIdInput, FixOutcomeInput } from './schemas.ts';
import { canTransition } from './transitions.ts';

interface FixArgs {
  ctx: TenantContext;
  sessionId: unknown;
  fixId: unknown;
  input: unknown;
}

export async function getActiveFix({
  ctx,
  sessionId,
}: {
  ctx: TenantContext;
  sessionId: unknown;
}): Promise<FixView | null> {
  authorize(ctx, 'sessions.read');
  const id = parseInput(SessionIdInput, sessionId, 'session id');
  return withTransaction(ctx, async (tx) => {
    await getSessionInAccount(tx, ctx, id);
    const fix = await activeFix(tx, ctx, id);
    return fix ? toFixView(fix) : null;
  });
}

/**
 * "Apply" records that the engineer is trying the fix (stamps `applied_at`, status stays proposed
 * until an outcome); "dismiss" rejects it without trying. Both only from `proposed`.
 */
export async function recordFixDecision({ ctx, sessionId, fixId, input }: FixArgs): Promise<SessionView> {
  const grant = authorize(ctx, 'sessions.work');
  const sid = parseInput(SessionIdInput, sessionId, 'session id');
  const fid = parseInput(FixIdInput, fixId, 'fix id');
  const { decision } = parseInput(FixDecisionInput, input, 'decision');
  const { view } = await mutateSession(ctx, sid, async ({ tx, changed }) => {
    const fix = await getFixInSession(tx, ctx, sid, fid);
    if (fix.status !== 'proposed') {
      throw new ConflictError(`This fix is already ${describe(fix.status)}.`, { status: fix.status });
    }
    if (decision === 'apply') {
      if (fix.appliedAt) throw new ConflictError('This fix is already marked as applied.');
      await tx
        .update(suggestedFixesTable)
        .set({ appliedAt: new Date(), decidedByUserId: actorUserId(ctx.actor) })
        .where(eq(suggestedFixesTable.id, fix.id));
    } else {
      await tx
        .update(suggestedFixesTable)
        .set({ status: 'dismissed', decidedByUserId: actorUserId(ctx.actor) })
        .where(eq(suggestedFixesTable.id, fix.id));
    }
    await recordAudit(tx, ctx, { action: `fix.${decision}`, target: { type: 'fix', id: fix.id }, grant });
    changed();
  });
  return view;
}

/**
 * Worked / didn't work / partly. Partial needs notes (422 without) and can still become worked or
 * failed; every other outcome is final (409), and the same one pressed again changes nothing. Worked and failed stamp `verified_at`, and
 * `applied_at` if the engineer never pressed Apply.
 */
export async function recordFixOutcome({ ctx, sessionId, fixId, input }: FixArgs): Promise<SessionView> {
  const grant = authorize(ctx, 'sessions.work');
  const sid = parseInput(SessionIdInput, sessionId, 'session id');
  const fid = parseInput(FixIdInput, fixId, 'fix id');
  const data = parseInput(FixOutcomeInput, input, 'outcome');
  const { view } = await mutateSession(ctx, sid, async ({ tx, changed }) => {
    const fix = await getFixInSession(tx, ctx, sid, fid);
    // The same verdict again (a double click, two people pressing "It worked"): already so.
    if (fix.status === data.outcome && data.outcome !== 'applied_partial') return;
    if (!canTransition(fix.status, data.outcome)) {
      throw new ConflictError(
        `This fix is already ${describe(fix.status)}, so it cannot be ${describe(data.outcome)} now.`,
        {
          status: fix.status,
        },
      );
    }
    if (data.outcome === 'applied_partial' && !data.notes) {
      throw new UnprocessableError('Say what worked and what did not when a fix only partly worked.', [
        { path: 'notes', message: 'required when the fix partly worked' },
      ]);
    }
    const now = new Date();
    const settles = data.outcome === 'applied_success' || data.outcome === 'applied_failed';
    await tx
      .update(suggestedFixesTable)
      .set({
        status: data.outcome,
        appliedAt: fix.appliedAt ?? now,
        verifiedAt: settles ? now : fix.verifiedAt,
        partialNotes: data.notes ? redactText(data.notes) : fix.partialNotes,
        failureReason:
          data.outcome === 'applied_failed'
            ? redactText(data.failureReason ?? data.notes ?? '') || null
            : fix.failureReason,
        decidedByUserId: actorUserId(ctx.actor),
      })
      .where(eq(suggestedFixesTable.id, fix.id));
    await recordAudit(tx, ctx, {
      action: 'fix.outcome_recorded',
      target: { type: 'fix', id: fix.id },
      metadata: { sessionId: sid, from: fix.status, to: data.outcome },
      grant,
    });
    changed();
  });
  return view;
}

function describe(status: string): string {
  switch (status) {
    case 'applied_success':
      return 'marked as worked';
    case 'applied_failed':
      return 'marked as failed';
    case 'applied_partial':
      return 'marked as partly worked';
    case 'dismissed':
      return 'dismissed';
    default:
      return status;
  }
}
