import { recordAudit } from '../audit/record-audit.ts';
import { authorize } from '../auth/permissions.ts';
import { psaOutboxTable } from '../db/schema/psa.ts';
import { ticketsTable } from '../db/schema/tickets.ts';
import { withTransaction } from '../db/transactions.ts';
import { loadConnection } from '../psa/index.ts';
import { actorUserId, type TenantContext } from '../shared/context.ts';
import { InvalidInputError } from '../shared/errors.ts';
import { parseInput } from '../shared/validation.ts';
import { CreateWalkInInput } from './schemas.ts';
import { ticketView } from './ticket-store.ts';
import type { TicketView } from './views.ts';

/**
 * Logs a walk-in as a ticket in the L1 queue. With a PSA connected, the PSA ticket is queued in the
 * outbox in the same transaction (one `create_ticket` row per ticket, enforced by a unique index) and
 * linked when it is delivered, so a PSA outage never loses the walk-in and a retry never makes two.
 */
export async function createWalkIn({
  ctx,
  input,
  now = new Date(),
}: {
  ctx: TenantContext;
  input: unknown;
  now?: Date;
}): Promise<TicketView> {
  const grant = authorize(ctx, 'intake.create');
  const data = parseInput(CreateWalkInInput, input, 'walk-in');
  return withTransaction(ctx, async (tx) => {
    const connection = await loadConnection(ctx);
    if (connection?.provider === 'connectwise' && !data.clientId) {
      // ConnectWise refuses a ticket without a company it knows; a typed name would fail in the outbox.
      throw new InvalidInputError('Invalid walk-in (clientId: pick the client from the PSA companies)', [
        { path: 'clientId', message: 'pick the client from the PSA companies' },
      ]);
    }
    const [row] = await tx
      .insert(ticketsTable)
      .values({
        accountId: ctx.accountId,
        source: 'walk_in',
        priority: data.priority,
        summary: data.summary,
        details: data.details,
        contactName: data.contactName,
        contactEmail: data.contactEmail ?? null,
        clientName: data.client,
        clientExternalId: data.clientId ?? null,
        createdByUserId: actorUserId(ctx.actor),
        createdAt: now,
        openedAt: now,
      })
      .returning();
    if (!row) throw new Error('ticket insert returned nothing');
    if (connection) {
      const contact =
        [data.contactName, data.contactEmail].filter(Boolean).join(' <') + (data.contactEmail ? '>' : '');
      await tx.insert(psaOutboxTable).values({
        accountId: ctx.accountId,
        ticketId: row.id,
        provider: connection.provider,
        ticketExternalId: '',
        kind: 'create_ticket',
        payload: {
          summary: data.summary,
          description: [`Walk-in from ${contact}.`, data.details].filter(Boolean).join('\n\n'),
          companyId: data.clientId ?? data.client,
        },
        nextAttemptAt: now,
      });
    }
    await recordAudit(tx, ctx, {
      action: 'ticket.walk_in_logged',
      target: { type: 'ticket', id: row.id },
      metadata: { client: data.client, priority: data.priority, psa: connection?.provider ?? null },
      grant,
    });
    return ticketView(tx, ctx, row, now);
  });
}
