import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../audit/record-audit.ts';
import { authorize } from '../auth/permissions.ts';
import { diagnosisSessionsTable } from '../db/schema/diagnosis.ts';
import { mutateSession } from '../sessions/mutate-session.ts';
import { SessionIdInput } from '../sessions/schemas.ts';
import type { SessionView } from '../sessions/views.ts';
import { actorUserId, type TenantContext } from '../shared/context.ts';
import { ServiceError, UnprocessableError } from '../shared/errors.ts';
import { parseInput } from '../shared/validation.ts';
import { takeQueueTicketForSession } from '../tickets/ticket-store.ts';
import { type PsaDeps, psaProviderFor } from './connection.ts';
import { PsaError, type PsaTicket } from './provider.ts';

export const LinkTicketInput = z
  .object({
    externalId: z
      .string()
      .trim()
      .regex(/^#?\d{1,12}$/, 'must be a ticket number like 12345'),
  })
  .strict();

/** `#12345` in a chat message: the ticket the engineer is talking about. */
export function ticketNumberIn(text: string): string | null {
  const match = /(?:^|\s)#(\d{3,12})\b/.exec(text);
  return match?.[1] ?? null;
}

/**
 * Links a session to a PSA ticket after checking the ticket exists there, so a typo never
 * sends a resolution note to the wrong place. Returns the session and the ticket summary.
 */
export async function linkTicket({
  ctx,
  deps,
  sessionId,
  input,
}: {
  ctx: TenantContext;
  deps: PsaDeps;
  sessionId: unknown;
  input: unknown;
}): Promise<{ session: SessionView; ticket: PsaTicket }> {
  const grant = authorize(ctx, 'sessions.work');
  const id = parseInput(SessionIdInput, sessionId, 'session id');
  const externalId = parseInput(LinkTicketInput, input, 'ticket').externalId.replace(/^#/, '');
  const provider = await psaProviderFor(ctx, deps);
  if (!provider) throw new UnprocessableError('No PSA is connected; an admin sets one up first.');
  let ticket: PsaTicket;
  try {
    ticket = await provider.getTicket(externalId);
  } catch (error) {
    if (error instanceof PsaError && error.kind === 'not_found') {
      throw new UnprocessableError(
        `Ticket #${externalId} does not exist in ${provider.name === 'local' ? 'ticketing' : 'ConnectWise'}.`,
        [{ path: 'externalId', message: 'no such ticket' }],
      );
    }
    throw new ServiceError(
      'upstream_failed',
      error instanceof Error ? error.message : 'The PSA could not be reached.',
      {
        cause: error,
      },
    );
  }
  const { view } = await mutateSession(ctx, id, async ({ tx }) => {
    await tx
      .update(diagnosisSessionsTable)
      .set({
        ticketProvider: provider.name,
        ticketExternalId: externalId,
        ticketSummary: ticket.summary,
        // The ticket's client scopes knowledge search: client A's runbooks never reach client B's ticket.
        ticketCompanyName: ticket.company?.name ?? null,
      })
      .where(and(eq(diagnosisSessionsTable.id, id), eq(diagnosisSessionsTable.accountId, ctx.accountId)));
    await takeQueueTicketForSession(
      tx,
      ctx,
      { provider: provider.name, externalId, sessionId: id, userId: actorUserId(ctx.actor) },
      new Date(),
    );
    await recordAudit(tx, ctx, {
      action: 'session.ticket_linked',
      target: { type: 'session', id },
      metadata: { provider: provider.name, ticket: externalId },
      grant,
    });
  });
  return { session: view, ticket };
}

export type MentionedTicket =
  | { linked: true; ticketNumber: string; summary: string; session: SessionView }
  | { linked: false; ticketNumber: string; error: unknown };

/**
 * A chat message that names `#12345`, for a session not yet on that ticket: link it. Null when
 * the message names no ticket, no PSA is set up, or the session is already on it; otherwise what
 * happened, for the adapter to say in the thread.
 */
export async function linkMentionedTicket({
  ctx,
  deps,
  session,
  text,
}: {
  ctx: TenantContext;
  deps: PsaDeps | undefined;
  session: SessionView;
  text: string;
}): Promise<MentionedTicket | null> {
  const ticketNumber = ticketNumberIn(text);
  if (!ticketNumber || !deps || session.ticket?.externalId === ticketNumber) return null;
  try {
    const linked = await linkTicket({
      ctx,
      deps,
      sessionId: session.id,
      input: { externalId: ticketNumber },
    });
    return { linked: true, ticketNumber, summary: linked.ticket.summary, session: linked.session };
  } catch (error) {
    return { linked: false, ticketNumber, error };
  }
}
