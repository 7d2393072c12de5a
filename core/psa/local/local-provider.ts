import { and, asc, desc, eq, gt, ilike, isNotNull, notInArray, sql } from 'drizzle-orm';
import { type LocalTicketRow, localTicketNotesTable, localTicketsTable } from '../../db/schema/psa.ts';
import { withTransaction } from '../../db/transactions.ts';
import type { TenantContext } from '../../shared/context.ts';
import { PsaError, type PsaProvider, type PsaTicket } from '../provider.ts';

const STATUSES = ['New', 'In Progress', 'Waiting on Customer', 'Escalated', 'Resolved', 'Closed'];
const CLOSED = ['Resolved', 'Closed'];
const BOARDS = ['Service Desk', 'Escalations'];

function toTicket(row: LocalTicketRow): PsaTicket {
  return {
    externalId: String(row.number),
    summary: row.summary,
    status: { id: row.status, name: row.status },
    board: { id: row.board, name: row.board },
    company: row.companyName ? { id: row.companyName, name: row.companyName } : null,
    owner: row.ownerIdentifier ? { id: row.ownerIdentifier, identifier: row.ownerIdentifier } : null,
    closed: CLOSED.includes(row.status),
    updatedAt: row.updatedAt.toISOString(),
    enteredAt: row.createdAt.toISOString(),
    url: null,
  };
}

/**
 * The built-in PSA: tickets and notes in our own database, for accounts without a PSA and for the
 * demo. It honours the same contract as ConnectWise, so every flow works the same way on both.
 */
export function createLocalPsa(ctx: TenantContext): PsaProvider {
  const find = async (externalId: string) =>
    withTransaction(ctx, async (tx) => {
      const number = Number(externalId);
      if (!Number.isInteger(number)) throw new PsaError('not_found', `Ticket #${externalId} not found`);
      const [row] = await tx
        .select()
        .from(localTicketsTable)
        .where(and(eq(localTicketsTable.accountId, ctx.accountId), eq(localTicketsTable.number, number)));
      if (!row) throw new PsaError('not_found', `Ticket #${externalId} not found`);
      return row;
    });
  const update = async (externalId: string, set: Partial<LocalTicketRow>) => {
    const row = await find(externalId);
    return withTransaction(ctx, async (tx) => {
      const [updated] = await tx
        .update(localTicketsTable)
        .set(set)
        .where(eq(localTicketsTable.id, row.id))
        .returning();
      if (!updated) throw new PsaError('not_found', `Ticket #${externalId} not found`);
      return toTicket(updated);
    });
  };

  return {
    name: 'local',
    async testConnection() {
      return { ok: true, detail: 'Built-in ticketing is always available.' };
    },
    async getTicket(externalId) {
      return toTicket(await find(externalId));
    },
    async searchTickets(query) {
      return withTransaction(ctx, async (tx) => {
        const rows = await tx
          .select()
          .from(localTicketsTable)
          .where(
            and(
              eq(localTicketsTable.accountId, ctx.accountId),
              query.text
                ? ilike(localTicketsTable.summary, `%${query.text.replace(/[%_\\]/g, '\\$&')}%`)
                : undefined,
              query.openOnly ? notInArray(localTicketsTable.status, CLOSED) : undefined,
            ),
          )
          .orderBy(desc(localTicketsTable.updatedAt))
          .limit(query.limit ?? 25);
        return rows.map(toTicket);
      });
    },
    async createTicket(input) {
      return withTransaction(ctx, async (tx) => {
        const [row] = await tx
          .insert(localTicketsTable)
          .values({
            accountId: ctx.accountId,
            number: sql`(select coalesce(max(number), 1000) + 1 from local_tickets where account_id = ${ctx.accountId})`,
            summary: input.summary,
            description: input.description ?? null,
            board: input.board ?? 'Service Desk',
            companyName: input.companyId ?? null,
          })
          .returning();
        if (!row) throw new Error('ticket insert returned nothing');
        return toTicket(row);
      });
    },
    async addNote(externalId, note) {
      const ticket = await find(externalId);
      return withTransaction(ctx, async (tx) => {
        const [row] = await tx
          .insert(localTicketNotesTable)
          .values({ accountId: ctx.accountId, ticketId: ticket.id, kind: note.kind, text: note.text })
          .returning();
        if (!row) throw new Error('note insert returned nothing');
        await tx
          .update(localTicketsTable)
          .set({ updatedAt: new Date() })
          .where(eq(localTicketsTable.id, ticket.id));
        return { id: row.id, kind: row.kind, text: row.text, createdAt: row.createdAt.toISOString() };
      });
    },
    async listNotes(externalId) {
      const ticket = await find(externalId);
      return withTransaction(ctx, async (tx) => {
        const rows = await tx
          .select()
          .from(localTicketNotesTable)
          .where(
            and(
              eq(localTicketNotesTable.accountId, ctx.accountId),
              eq(localTicketNotesTable.ticketId, ticket.id),
            ),
          )
          .orderBy(asc(localTicketNotesTable.createdAt));
        return rows.map((r) => ({
          id: r.id,
          kind: r.kind,
          text: r.text,
          createdAt: r.createdAt.toISOString(),
        }));
      });
    },
    async changeStatus(externalId, status) {
      if (!STATUSES.includes(status)) throw new PsaError('invalid_request', `Unknown status "${status}"`);
      return update(externalId, { status });
    },
    async reassign(externalId, target) {
      if (target.board && !BOARDS.includes(target.board))
        throw new PsaError('invalid_request', `Unknown board "${target.board}"`);
      return update(externalId, {
        ...(target.board ? { board: target.board } : {}),
        ...(target.memberIdentifier ? { ownerIdentifier: target.memberIdentifier } : {}),
      });
    },
    async listBoards() {
      return BOARDS.map((b) => ({ id: b, name: b }));
    },
    async listStatuses() {
      return STATUSES.map((s) => ({ id: s, name: s }));
    },
    async listMembers() {
      return [];
    },
    async listCompanies(query = {}) {
      // The built-in PSA has no company list of its own: the clients its tickets name are the list.
      return withTransaction(ctx, async (tx) => {
        const rows = await tx
          .selectDistinct({ name: localTicketsTable.companyName })
          .from(localTicketsTable)
          .where(
            and(
              eq(localTicketsTable.accountId, ctx.accountId),
              isNotNull(localTicketsTable.companyName),
              query.text
                ? ilike(localTicketsTable.companyName, `%${query.text.replace(/[%_\\]/g, '\\$&')}%`)
                : undefined,
            ),
          )
          .orderBy(asc(localTicketsTable.companyName))
          .limit(query.limit ?? 200);
        return rows.flatMap((r) => (r.name ? [{ id: r.name, name: r.name }] : []));
      });
    },
    async createTimeEntry() {
      throw new PsaError('invalid_request', 'The built-in ticketing does not track time.');
    },
    async listTicketsChangedSince(since) {
      return withTransaction(ctx, async (tx) => {
        const rows = await tx
          .select()
          .from(localTicketsTable)
          .where(
            and(
              eq(localTicketsTable.accountId, ctx.accountId),
              gt(localTicketsTable.updatedAt, new Date(since)),
            ),
          )
          .orderBy(asc(localTicketsTable.updatedAt))
          .limit(1000);
        return { tickets: rows.map(toTicket), nextCursor: null };
      });
    },
  };
}
