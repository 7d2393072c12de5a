import { recordAudit } from '../audit/record-audit.ts';
import { authorize } from '../auth/permissions.ts';
import { assertWithinLimits } from '../billing/index.ts';
import { isUniqueViolation } from '../db/errors.ts';
import { diagnosisSessionsTable } from '../db/schema/diagnosis.ts';
import { withTransaction } from '../db/transactions.ts';
import type { TenantContext } from '../shared/context.ts';
import { ConflictError, ForbiddenError } from '../shared/errors.ts';
import { redactText } from '../shared/redact.ts';
import { parseInput } from '../shared/validation.ts';
import { CreateSessionInput } from './schemas.ts';
import { loadSessionState, toSessionView } from './session-state.ts';
import type { SessionView } from './views.ts';

/**
 * What `createSession` would refuse before anything is written (the role, the problem text), for a
 * chat command that posts the thread root first: a refused `/resolve new` leaves no announcement.
 */
export function assertCanStartSession(ctx: TenantContext, problemSummary: string): void {
  authorize(ctx, 'sessions.work');
  parseInput(CreateSessionInput.pick({ problemSummary: true }), { problemSummary }, 'session');
  if (ctx.actor.kind !== 'user') throw new ForbiddenError('Sessions are owned by people, not jobs.');
}

/** Opens a diagnosis session owned by the acting user, from a chat thread or the web. */
export async function createSession({
  ctx,
  input,
}: {
  ctx: TenantContext;
  input: unknown;
}): Promise<SessionView> {
  const grant = authorize(ctx, 'sessions.work');
  const data = parseInput(CreateSessionInput, input, 'session');
  if (ctx.actor.kind !== 'user') throw new ForbiddenError('Sessions are owned by people, not jobs.');
  const ownerUserId = ctx.actor.userId;
  return withTransaction(ctx, async (tx) => {
    await assertWithinLimits(tx, ctx, [{ limit: 'sessionsPerMonth' }]);
    try {
      const [session] = await tx
        .insert(diagnosisSessionsTable)
        .values({
          accountId: ctx.accountId,
          ownerUserId,
          problemSummary: redactText(data.problemSummary),
          channelKind: data.channel.kind,
          channelRef: data.channel.ref,
          ticketProvider: data.ticket?.provider ?? null,
          ticketExternalId: data.ticket?.externalId ?? null,
        })
        .returning();
      if (!session) throw new Error('session insert returned nothing');
      await recordAudit(tx, ctx, {
        action: 'session.created',
        target: { type: 'session', id: session.id },
        metadata: { channel: data.channel.kind, ticket: data.ticket ?? null },
        grant,
      });
      return toSessionView(await loadSessionState(tx, ctx, session));
    } catch (error) {
      if (isUniqueViolation(error, 'diagnosis_sessions_channel_unique')) {
        throw new ConflictError('This thread already has a diagnosis session.');
      }
      throw error;
    }
  });
}
