import { desc, gte } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { type SalesLeadRow, salesLeadsTable } from '../db/schema/signup.ts';
import { withSystemTransaction } from '../db/transactions.ts';
import { parseInput } from '../shared/validation.ts';
import { ListLeadsInput, SalesLeadInput } from './schemas.ts';

export interface SalesLeadView {
  id: string;
  company: string;
  seats: number;
  needs: string;
  contactName: string;
  contactEmail: string;
  phone: string | null;
  createdAt: string;
}

function toView(row: SalesLeadRow): SalesLeadView {
  return {
    id: row.id,
    company: row.company,
    seats: row.seats,
    needs: row.needs,
    contactName: row.contactName,
    contactEmail: row.contactEmail,
    phone: row.phone,
    createdAt: row.createdAt.toISOString(),
  };
}

/**
 * Stores a "Talk to sales" request. Leads belong to no tenant (most senders have no account yet),
 * so this runs as the system; the caller rate-limits per IP and mails the sales inbox.
 */
export async function createSalesLead(
  database: Database,
  input: unknown,
  meta: { ipAddress?: string | undefined; now: Date },
): Promise<SalesLeadView> {
  const data = parseInput(SalesLeadInput, input, 'request');
  return withSystemTransaction(database, 'sales lead', async (tx) => {
    const [row] = await tx
      .insert(salesLeadsTable)
      .values({
        company: data.company,
        seats: data.seats,
        needs: data.needs,
        contactName: data.contactName,
        contactEmail: data.contactEmail,
        phone: data.phone || null,
        ipAddress: meta.ipAddress ?? null,
        createdAt: meta.now,
      })
      .returning();
    if (!row) throw new Error('lead insert returned nothing');
    return toView(row);
  });
}

/** Newest first, for the product's operators (CLI and the OPERATOR_TOKEN API), never for tenants. */
export async function listSalesLeads(database: Database, input: unknown = {}): Promise<SalesLeadView[]> {
  const data = parseInput(ListLeadsInput, input, 'lead listing');
  return withSystemTransaction(database, 'operator lead listing', async (tx) => {
    const rows = await tx
      .select()
      .from(salesLeadsTable)
      .where(data.since ? gte(salesLeadsTable.createdAt, new Date(data.since)) : undefined)
      .orderBy(desc(salesLeadsTable.createdAt), desc(salesLeadsTable.id))
      .limit(data.limit);
    return rows.map(toView);
  });
}
