/**
 * The clients the knowledge base has documentation for: one entry per company key, under the name
 * its documents use most. The Knowledge page offers them in its search box's Client field, so an
 * admin types the name the search matches instead of a near miss ("Northwind" for "Northwind
 * Traders") that finds nothing of that client's own runbooks.
 */
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { authorize } from '../../auth/permissions.ts';
import { selectRows } from '../../db/raw.ts';
import { withTransaction } from '../../db/transactions.ts';
import type { TenantContext } from '../../shared/context.ts';
import { parseInput } from '../../shared/validation.ts';

export const ListKnowledgeCompaniesInput = z
  .object({
    limit: z.coerce
      .number({ error: 'limit must be a number' })
      .int('limit must be a whole number')
      .min(1, 'limit must be at least 1')
      .max(1000, 'limit must be at most 1,000')
      .optional(),
  })
  .strict();

export interface KnowledgeCompany {
  /** The client's name as its documents spell it most often; what the search's `companyId` takes. */
  name: string;
  documents: number;
}

const DEFAULT_LIMIT = 500;

/** Clients with indexed documents in this account (never another's: RLS and the account filter). */
export async function listKnowledgeCompanies(
  ctx: TenantContext,
  input: unknown = {},
): Promise<KnowledgeCompany[]> {
  authorize(ctx, 'kb.search');
  const { limit = DEFAULT_LIMIT } = parseInput(ListKnowledgeCompaniesInput, input, 'client list');
  return withTransaction(ctx, async (tx) => {
    const rows = await selectRows<{ name: string; documents: number | string }>(
      tx,
      sql`select mode() within group (order by company_name) as name, count(*) as documents
        from kb_documents
        where account_id = ${ctx.accountId} and company_key is not null and company_name is not null
        group by company_key
        order by lower(mode() within group (order by company_name))
        limit ${limit}`,
    );
    return rows.map((r) => ({ name: r.name, documents: Number(r.documents) }));
  });
}
