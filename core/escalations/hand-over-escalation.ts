import { and, asc, eq, inArray, isNull, ne } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../audit/record-audit.ts';
import { authorize, ROLE_RANK } from '../auth/permissions.ts';
import type { AppTx } from '../db/client.ts';
import { escalationClaimsTable } from '../db/schema/chat.ts';
import { type DiagnosisSessionRow, diagnosisSessionsTable } from '../db/schema/diagnosis.ts';
import { psaMemberLinksTable } from '../db/schema/psa.ts';
import { type Role, usersTable } from '../db/schema/users.ts';
import { withTransaction } from '../db/transactions.ts';
import { loadConnection } from '../psa/connection.ts';
import { queueTicketWrites } from '../psa/outbox.ts';
import type { DiagnosisDeps } from '../sessions/deps.ts';
import { SessionIdInput } from '../sessions/schemas.ts';
import { loadSessionState, toSessionView } from '../sessions/session-state.ts';
import { withSessionWrite } from '../sessions/session-write.ts';
import type { SessionView } from '../sessions/views.ts';
import type { TenantContext } from '../shared/context.ts';
import { ConflictError, ForbiddenError, NotFoundError, UnprocessableError } from '../shared/errors.ts';
import { parseInput } from '../shared/validation.ts';
import { currentHolder } from './claim-escalation.ts';

export const HandOverInput = z.object({ toUserId: z.string().uuid('pick an engineer') }).strict();

/** Roles that may hold an escalation: the ones `escalations.claim` allows. */
const HOLDER_ROLES = (Object.keys(ROLE_RANK) as Role[]).filter((r) => ROLE_RANK[r] >= ROLE_RANK.engineer);

export interface EscalationHandOver {
  sessionId: string;
  from: { userId: string; name: string };
  to: { userId: string; name: string };
  /**
   * The PSA ticket's member: `queued` (reassigned through the outbox), `no_member` (the new holder
   * has no PSA member linked, so the ticket keeps its member), or null without a linked PSA ticket.
   */
  psaReassign: 'queued' | 'no_member' | null;
  session: SessionView;
}

export interface HandOverChoice {
  userId: string;
  name: string;
}

/**
 * Who the holder may hand an escalation to: the account's other active engineers and above. Also
 * the gate for the pickers, so a person who does not hold it is refused before any dialog opens.
 */
export async function listHandOverChoices({
  ctx,
  sessionId,
}: {
  ctx: TenantContext;
  sessionId: unknown;
}): Promise<HandOverChoice[]> {
  authorize(ctx, 'escalations.claim');
  const id = parseInput(SessionIdInput, sessionId, 'session id');
  const me = person(ctx);
  return withTransaction(ctx, async (tx) => {
    await assertHolder(tx, ctx, id, me.userId);
    return tx
      .select({ userId: usersTable.id, name: usersTable.name })
      .from(usersTable)
      .where(
        and(
          eq(usersTable.accountId, ctx.accountId),
          isNull(usersTable.disabledAt),
          inArray(usersTable.role, HOLDER_ROLES),
          ne(usersTable.id, me.userId),
        ),
      )
      .orderBy(asc(usersTable.name), asc(usersTable.id));
  });
}

/**
 * Peer-to-peer escalation: the engineer holding a claimed escalation hands it to another named
 * engineer. The claim and the session move to them in one transaction; with a linked PSA ticket its
 * member is reassigned through the outbox (like the escalation's own reassignment), so the PSA
 * shows who works it now. The adapters then say so in the technician thread.
 */
export async function handOverEscalation({
  ctx,
  deps,
  sessionId,
  input,
}: {
  ctx: TenantContext;
  deps: DiagnosisDeps;
  sessionId: unknown;
  input: unknown;
}): Promise<EscalationHandOver> {
  const grant = authorize(ctx, 'escalations.claim');
  const id = parseInput(SessionIdInput, sessionId, 'session id');
  const { toUserId } = parseInput(HandOverInput, input, 'hand-over');
  const me = person(ctx);
  if (toUserId === me.userId) {
    throw new UnprocessableError('You already hold this escalation; pick another engineer.', [
      { path: 'toUserId', message: 'pick someone other than yourself' },
    ]);
  }
  const outcome = await withTransaction(ctx, async (tx) => {
    const { result } = await withSessionWrite(ctx, id, async ({ session, changed }) => {
      await assertHolder(tx, ctx, id, me.userId);
      if (session.status !== 'active') {
        throw new ConflictError('This problem is already resolved, so there is nothing to hand over.');
      }
      const [to] = await tx
        .select({
          id: usersTable.id,
          name: usersTable.name,
          role: usersTable.role,
          disabledAt: usersTable.disabledAt,
        })
        .from(usersTable)
        .where(and(eq(usersTable.accountId, ctx.accountId), eq(usersTable.id, toUserId)));
      if (!to || to.disabledAt) throw new NotFoundError('Person');
      if (ROLE_RANK[to.role] < ROLE_RANK.engineer) {
        throw new UnprocessableError(
          `${to.name} is not an engineer (their role is ${to.role}), so they cannot take an escalation.`,
          [{ path: 'toUserId', message: 'must be an engineer, admin or owner' }],
        );
      }
      await tx
        .update(escalationClaimsTable)
        .set({ claimedByUserId: to.id })
        .where(
          and(eq(escalationClaimsTable.sessionId, id), eq(escalationClaimsTable.accountId, ctx.accountId)),
        );
      await tx
        .update(diagnosisSessionsTable)
        .set({ ownerUserId: to.id })
        .where(and(eq(diagnosisSessionsTable.id, id), eq(diagnosisSessionsTable.accountId, ctx.accountId)));
      changed();
      const psaReassign = await reassignTicketMember(tx, ctx, deps, session, to.id);
      await recordAudit(tx, ctx, {
        action: 'escalation.handed_over',
        target: { type: 'session', id },
        metadata: { fromUserId: me.userId, toUserId: to.id, toName: to.name, psaReassign },
        grant,
      });
      return { to: { userId: to.id, name: to.name }, psaReassign };
    });
    const session = toSessionView(await loadSessionState(tx, ctx, { id }));
    return { ...result, session };
  });
  if (outcome.psaReassign === 'queued') deps.onTicketWritesQueued?.(ctx.accountId, id);
  return { sessionId: id, from: { userId: me.userId, name: me.name }, ...outcome };
}

/** The linked PSA ticket's member becomes the new holder's PSA member, when we know it. */
async function reassignTicketMember(
  tx: AppTx,
  ctx: TenantContext,
  deps: DiagnosisDeps,
  session: DiagnosisSessionRow,
  toUserId: string,
): Promise<EscalationHandOver['psaReassign']> {
  if (!deps.psa || !session.ticketProvider || !session.ticketExternalId) return null;
  const connection = await loadConnection(ctx);
  if (!connection || connection.provider !== session.ticketProvider) return null;
  const [link] = await tx
    .select({ memberIdentifier: psaMemberLinksTable.memberIdentifier })
    .from(psaMemberLinksTable)
    .where(and(eq(psaMemberLinksTable.accountId, ctx.accountId), eq(psaMemberLinksTable.userId, toUserId)));
  if (!link) return 'no_member';
  await queueTicketWrites(
    tx,
    ctx,
    { sessionId: session.id, provider: connection.provider, ticketExternalId: session.ticketExternalId },
    [{ kind: 'reassign', payload: { memberIdentifier: link.memberIdentifier } }],
  );
  return 'queued';
}

/** Only the engineer holding the escalation may hand it on; the refusal says who holds it. */
async function assertHolder(tx: AppTx, ctx: TenantContext, sessionId: string, userId: string) {
  const [session] = await tx
    .select({ escalatedAt: diagnosisSessionsTable.escalatedAt })
    .from(diagnosisSessionsTable)
    .where(
      and(eq(diagnosisSessionsTable.id, sessionId), eq(diagnosisSessionsTable.accountId, ctx.accountId)),
    );
  if (!session) throw new NotFoundError('Session');
  if (!session.escalatedAt) throw new ConflictError('This problem has not been escalated.');
  const holder = await currentHolder(tx, ctx, sessionId);
  if (!holder)
    throw new ConflictError('Nobody has claimed this escalation yet: claim it before handing it on.');
  if (holder.userId !== userId) {
    throw new ConflictError(`${holder.name} holds this escalation; only they can hand it on.`, {
      claimedBy: holder.name,
    });
  }
}

function person(ctx: TenantContext) {
  if (ctx.actor.kind !== 'user') throw new ForbiddenError('Only people can hand over escalations.');
  return ctx.actor;
}
