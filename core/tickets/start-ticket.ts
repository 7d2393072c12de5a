import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import { authorize } from '../auth/permissions.ts';
import { diagnosisSessionsTable } from '../db/schema/diagnosis.ts';
import { ticketsTable } from '../db/schema/tickets.ts';
import { withTransaction } from '../db/transactions.ts';
import { type MatchDeps, matchOrBuildFlow } from '../flows/index.ts';
import { createSession } from '../sessions/index.ts';
import type { TenantContext } from '../shared/context.ts';
import { ConflictError, ForbiddenError } from '../shared/errors.ts';
import { parseInput } from '../shared/validation.ts';
import { StartTicketInput, TicketIdInput } from './schemas.ts';
import { getTicketInAccount, openSessionOnPsaTicket, ticketView } from './ticket-store.ts';
import { type StartedTicketView, toDecisionView } from './views.ts';

/**
 * Start on a ticket from the queue: one transaction takes it (in progress, assigned to the starter)
 * and opens its diagnosis session with the ticket linked; then match-or-build picks the flow for it,
 * recorded on the session. The row lock makes two people pressing Start at once end with one owner
 * and a refusal naming them, never two sessions.
 */
export async function startTicket({
  ctx,
  deps,
  ticketId,
  input = {},
  now = new Date(),
}: {
  ctx: TenantContext;
  deps: MatchDeps;
  ticketId: unknown;
  input?: unknown;
  now?: Date;
}): Promise<StartedTicketView> {
  const grant = authorize(ctx, 'l1_queue.act');
  const id = parseInput(TicketIdInput, ticketId, 'ticket id');
  const data = parseInput(StartTicketInput, input, 'start');
  if (ctx.actor.kind !== 'user') throw new ForbiddenError('Tickets are started by people, not jobs.');
  const me = ctx.actor.userId;

  const taken = await withTransaction(ctx, async (tx) => {
    const ticket = await getTicketInAccount(tx, ctx, id, { forUpdate: true });
    if (ticket.status === 'resolved' || ticket.status === 'closed') {
      throw new ConflictError(`This ticket is ${ticket.status}; it has left the queue.`);
    }
    if (ticket.sessionId) {
      if (ticket.assigneeUserId === me) return { ticket, sessionId: ticket.sessionId, started: false };
      const holder = (await ticketView(tx, ctx, ticket, now)).assignee?.name ?? 'someone else';
      throw new ConflictError(`${holder} has already started this ticket.`, { assignee: holder });
    }
    // Someone may already be working the PSA ticket in a session of their own (linked by hand
    // before the poll brought it into the queue): that session takes the row, not a second one.
    const working =
      ticket.psaProvider && ticket.psaExternalId
        ? await openSessionOnPsaTicket(tx, ctx, ticket.psaProvider, ticket.psaExternalId)
        : null;
    if (working) {
      const [updated = ticket] = await tx
        .update(ticketsTable)
        .set({
          status: working.status === 'active' ? 'in_progress' : 'escalated',
          assigneeUserId: working.ownerUserId,
          sessionId: working.id,
          startedAt: now,
        })
        .where(eq(ticketsTable.id, ticket.id))
        .returning();
      if (working.ownerUserId === me) return { ticket: updated, sessionId: working.id, started: false };
      const holder = (await ticketView(tx, ctx, updated, now)).assignee?.name ?? 'someone else';
      return { ticket: updated, sessionId: working.id, started: false, heldBy: holder };
    }
    const session = await createSession({
      ctx,
      input: {
        problemSummary: ticket.summary,
        channel: data.channel,
        ...(ticket.psaProvider && ticket.psaExternalId
          ? { ticket: { provider: ticket.psaProvider, externalId: ticket.psaExternalId } }
          : {}),
      },
    });
    // The client scopes the session's knowledge search; the summary names the ticket on cards.
    await tx
      .update(diagnosisSessionsTable)
      .set({ ticketSummary: ticket.summary, ticketCompanyName: ticket.clientName })
      .where(
        and(eq(diagnosisSessionsTable.id, session.id), eq(diagnosisSessionsTable.accountId, ctx.accountId)),
      );
    const [updated] = await tx
      .update(ticketsTable)
      .set({ status: 'in_progress', assigneeUserId: me, sessionId: session.id, startedAt: now })
      .where(eq(ticketsTable.id, ticket.id))
      .returning();
    await recordAudit(tx, ctx, {
      action: 'ticket.started',
      target: { type: 'ticket', id: ticket.id },
      metadata: { sessionId: session.id, source: ticket.source },
      grant,
    });
    return { ticket: updated ?? ticket, sessionId: session.id, started: true };
  });

  if ('heldBy' in taken) {
    throw new ConflictError(`${taken.heldBy} is already working on this ticket.`, { assignee: taken.heldBy });
  }
  const decision = taken.started
    ? await matchOrBuildFlow({
        ctx,
        deps,
        sessionId: taken.sessionId,
        input: {
          summary: taken.ticket.summary,
          details: taken.ticket.details,
          client: taken.ticket.clientName,
        },
      })
    : null;
  const view = await withTransaction(ctx, async (tx) => ticketView(tx, ctx, taken.ticket, now));
  return {
    ticket: view,
    sessionId: taken.sessionId,
    started: taken.started,
    decision: decision ? toDecisionView(decision) : null,
  };
}
