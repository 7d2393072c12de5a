import { and, asc, eq, ilike, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import { authorize } from '../auth/permissions.ts';
import { selectRows } from '../db/raw.ts';
import { diagnosisSessionsTable } from '../db/schema/diagnosis.ts';
import { ticketsTable } from '../db/schema/tickets.ts';
import { withTransaction } from '../db/transactions.ts';
import { loadConnection, type PsaDeps, providerFromRow } from '../psa/index.ts';
import { actorUserId, type TenantContext } from '../shared/context.ts';
import { parseInput } from '../shared/validation.ts';
import { ListQueueInput, type QueueFilter, TicketIdInput } from './schemas.ts';
import { getTicketInAccount, ticketView, ticketViews } from './ticket-store.ts';
import type { TicketView } from './views.ts';

/** Statuses that keep a ticket in the L1 queue; resolved and closed ones have left it. */
const IN_QUEUE = ['open', 'in_progress', 'escalated'] as const;

export interface QueueView {
  tickets: TicketView[];
  counts: Record<QueueFilter, number>;
}

/**
 * The L1 queue, oldest first by when each ticket was opened (in the PSA for polled ones: the ticket
 * waiting longest is the next to take), with per-tab counts.
 * Engineers see it only with L1 coverage; the refusal says so.
 */
export async function listQueue({
  ctx,
  input = {},
  now = new Date(),
}: {
  ctx: TenantContext;
  input?: unknown;
  now?: Date;
}): Promise<QueueView> {
  authorize(ctx, 'l1_queue.act');
  const data = parseInput(ListQueueInput, input, 'queue filter');
  const me = actorUserId(ctx.actor);
  const tabs: Record<QueueFilter, SQL | undefined> = {
    all: undefined,
    mine: me ? eq(ticketsTable.assigneeUserId, me) : sql`false`,
    unassigned: and(isNull(ticketsTable.assigneeUserId), eq(ticketsTable.status, 'open')),
    escalated: eq(ticketsTable.status, 'escalated'),
  };
  const pattern = data.search ? `%${data.search.replace(/[%_\\]/g, '\\$&')}%` : null;
  const base = and(
    eq(ticketsTable.accountId, ctx.accountId),
    inArray(ticketsTable.status, [...IN_QUEUE]),
    pattern
      ? or(
          ilike(ticketsTable.summary, pattern),
          ilike(ticketsTable.clientName, pattern),
          ilike(ticketsTable.contactName, pattern),
          ilike(ticketsTable.psaExternalId, pattern),
        )
      : undefined,
  );
  return withTransaction(ctx, async (tx) => {
    const rows = await tx
      .select()
      .from(ticketsTable)
      .where(and(base, tabs[data.filter]))
      .orderBy(asc(ticketsTable.openedAt), asc(ticketsTable.createdAt), asc(ticketsTable.id))
      .limit(data.limit);
    const [counts] = await tx
      .select({
        all: sql<number>`count(*)::int`,
        mine: sql<number>`(count(*) filter (where ${tabs.mine}))::int`,
        unassigned: sql<number>`(count(*) filter (where ${tabs.unassigned}))::int`,
        escalated: sql<number>`(count(*) filter (where ${tabs.escalated}))::int`,
      })
      .from(ticketsTable)
      .where(base);
    return {
      tickets: await ticketViews(tx, ctx, rows, now),
      counts: counts ?? { all: 0, mine: 0, unassigned: 0, escalated: 0 },
    };
  });
}

/** One ticket, in or out of the queue; 404 across tenants. */
export async function getTicket({
  ctx,
  ticketId,
  now = new Date(),
}: {
  ctx: TenantContext;
  ticketId: unknown;
  now?: Date;
}): Promise<TicketView> {
  authorize(ctx, 'l1_queue.act');
  const id = parseInput(TicketIdInput, ticketId, 'ticket id');
  return withTransaction(ctx, async (tx) => ticketView(tx, ctx, await getTicketInAccount(tx, ctx, id), now));
}

export interface ClientChoices {
  /** `psa`: ids are the PSA's company ids; `known`: names the account has used before. */
  source: 'psa' | 'known';
  clients: Array<{ id: string | null; name: string }>;
}

/** The walk-in form's client picker: the PSA's companies when one is connected, else known clients. */
export async function listWalkInClients({
  ctx,
  deps,
  search,
}: {
  ctx: TenantContext;
  /** Absent in processes without PSA access: known clients are offered instead. */
  deps: PsaDeps | undefined;
  search?: string;
}): Promise<ClientChoices> {
  authorize(ctx, 'intake.create');
  const text = search?.trim().slice(0, 100) || undefined;
  const connection = await loadConnection(ctx);
  if (deps && connection?.provider === 'connectwise') {
    const companies = await providerFromRow(ctx, deps, connection).listCompanies({ text, limit: 200 });
    return { source: 'psa', clients: companies };
  }
  const pattern = text ? `%${text.replace(/[%_\\]/g, '\\$&')}%` : null;
  const rows = await withTransaction(ctx, (tx) =>
    selectRows<{ name: string }>(
      tx,
      sql`
      select name from (
        select ${ticketsTable.clientName} as name from ${ticketsTable} where ${ticketsTable.accountId} = ${ctx.accountId}
        union
        select ${diagnosisSessionsTable.ticketCompanyName} from ${diagnosisSessionsTable}
          where ${diagnosisSessionsTable.accountId} = ${ctx.accountId}
      ) known
      where name is not null and length(trim(name)) > 0 ${pattern ? sql`and name ilike ${pattern}` : sql``}
      order by name limit 200`,
    ),
  );
  return { source: 'known', clients: rows.map((r) => ({ id: null, name: r.name })) };
}
