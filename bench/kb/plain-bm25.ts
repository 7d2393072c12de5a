import { sql } from 'drizzle-orm';
import { selectRows } from '../../core/db/raw.ts';
import { withTransaction } from '../../core/db/transactions.ts';
import { companyKey } from '../../core/kb/index/index.ts';
import type { KnowledgePassage } from '../../core/kb/knowledge.ts';
import type { TenantContext } from '../../core/shared/context.ts';

/**
 * The baseline bench:kb compares against: plain Okapi BM25 (k1 1.2, b 0.75) over the whole chunk
 * (title, heading and body as one field, Postgres' english stemming), OR over the ticket's words,
 * document frequency from kb_term_stats, client-scoped, best chunk per document, top 3. No
 * synonyms, typo correction, field weights, proximity or abstention: it answers whenever any word
 * matches. Every matching chunk is scored (no candidate cut), in one statement under the tenant's RLS.
 */
export async function plainBm25Search(
  ctx: TenantContext,
  text: string,
  company: string | null,
  averageLength: number,
): Promise<KnowledgePassage[]> {
  const rows = await withTransaction(ctx, (tx) =>
    selectRows<{ document_id: string; title: string; url: string | null; body: string; score: number }>(
      tx,
      sql`with n as (
            select coalesce((select chunks from kb_term_stats where account_id = ${ctx.accountId} and lexeme = ''), 0)::float8 as n),
          q as (
            select l.lx, ln(1 + (n.n - coalesce(s.chunks, 0) + 0.5) / (coalesce(s.chunks, 0) + 0.5)) as idf
            from n, unnest(tsvector_to_array(to_tsvector('english', ${text}))) l(lx)
            left join kb_term_stats s on s.account_id = ${ctx.accountId} and s.lexeme = l.lx),
          tq as (select string_agg(quote_literal(lx), ' | ')::tsquery as tq from q),
          m as (
            select c.id, c.document_id, c.title, c.body,
              (select sum(cardinality(u.positions)) from unnest(c.search) u) as len,
              c.search
            from kb_chunks c, tq
            where c.search @@ tq.tq and (c.company_key is null or c.company_key = ${companyKey(company)})),
          avgdl as (select ${averageLength}::float8 as avgdl),
          scored as (
            select m.document_id, m.title, m.body,
              (select sum(q.idf * (cardinality(u.positions) * 2.2) /
                        (cardinality(u.positions) + 1.2 * (0.25 + 0.75 * m.len / avgdl.avgdl)))
                 from unnest(m.search) u join q on q.lx = u.lexeme) as score
            from m, avgdl)
          select distinct on (s.document_id) s.document_id, s.title, d.url, s.body, s.score
          from scored s join kb_documents d on d.id = s.document_id
          order by s.document_id, s.score desc`,
    ),
  );
  return rows
    .sort((a, b) => b.score - a.score)
    .slice(0, 3)
    .map((r) => ({
      documentId: r.document_id,
      title: r.title,
      url: r.url,
      source: 'bm25',
      snippet: r.body.slice(0, 200),
      score: r.score,
    }));
}

/** Average chunk length in tokens, BM25's avgdl: measured once per corpus. */
export async function measureAverageLength(ctx: TenantContext): Promise<number> {
  const [row] = await withTransaction(ctx, (tx) =>
    selectRows<{ avg: number }>(
      tx,
      sql`select avg((select sum(cardinality(u.positions)) from unnest(c.search) u))::float8 as avg from kb_chunks c`,
    ),
  );
  return Number(row?.avg ?? 150);
}
