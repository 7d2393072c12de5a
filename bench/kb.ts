/**
 * `npm run bench:kb` — indexes the realistic MSP article set plus generated filler up to 50,000
 * chunks through the real ingest path, then prints, per database (PGlite always, the server when
 * DATABASE_URL is set):
 *   - indexing time;
 *   - search latency p50/p95 over the labelled tickets, repeated (target p95 < 30 ms on the server);
 *   - retrieval quality on the labelled tickets: top-1, top-3, no-answer precision and recall.
 * Beside each figure: the same tickets through plain Postgres full-text search (plainto_tsquery +
 * ts_rank, one statement under RLS) on the same index, the baseline a first version would be.
 * On a server it works in a throwaway account and deletes its KB rows afterwards.
 */
import { sql } from 'drizzle-orm';
import { type Database, openDatabase } from '../core/db/client.ts';
import { runMigrations } from '../core/db/migrate.ts';
import { selectRows } from '../core/db/raw.ts';
import { kbConnectorsTable } from '../core/db/schema/kb.ts';
import { withTransaction } from '../core/db/transactions.ts';
import {
  chunkDocument,
  companyKey,
  refreshSearchStatistics,
  upsertDocuments,
} from '../core/kb/index/index.ts';
import { SCORE_THRESHOLD, searchKnowledge } from '../core/kb/index/search.ts';
import { insertTestConnector } from '../core/kb/index/test-support.ts';
import type { SourceDocument } from '../core/kb/index/types.ts';
import type { KnowledgePassage } from '../core/kb/knowledge.ts';
import type { TenantContext } from '../core/shared/context.ts';
import { createTestAccount } from '../test/factories.ts';
import { BENCH_ARTICLES } from './kb/articles.ts';
import { articleDocument, evaluate, type Quality } from './kb/evaluate.ts';
import { fillerDocuments } from './kb/filler.ts';
import { LABELLED_TICKETS } from './kb/tickets.ts';

const TARGET_CHUNKS = Number(process.env.KB_BENCH_CHUNKS ?? 50_000);
const REPEATS = Number(process.env.KB_BENCH_REPEATS ?? 5);
const DOCS_PER_BATCH = 500;
const BATCHES_PER_TRANSACTION = 4;

interface Measured {
  p50: number;
  p95: number;
  quality: Quality;
}

interface Result extends Measured {
  label: string;
  chunks: number;
  indexSeconds: number;
  /** The same tickets through plain Postgres full-text search, as a first version would write it. */
  baseline: Measured;
}

type Search = (text: string, company: string | null) => Promise<KnowledgePassage[]>;

/**
 * The baseline: the ticket text as one `plainto_tsquery` (every word required), `ts_rank`, top 3,
 * client-scoped, under the tenant's RLS, in one statement. No synonyms, typo tolerance, IDF or
 * threshold: whatever matches is the answer, and nothing matching is its "no answer".
 */
async function plainFullTextSearch(ctx: TenantContext, text: string, company: string | null) {
  const rows = await withTransaction(ctx, (tx) =>
    selectRows<{ document_id: string; title: string; url: string | null; body: string; score: number }>(
      tx,
      sql`select distinct on (d.id) d.id as document_id, c.title, d.url, c.body,
            ts_rank(c.search, plainto_tsquery('english', ${text})) as score
          from kb_chunks c join kb_documents d on d.id = c.document_id
          where c.search @@ plainto_tsquery('english', ${text})
            and (c.company_key is null or c.company_key = ${companyKey(company)})
          order by d.id, score desc`,
    ),
  );
  return rows
    .sort((a, b) => b.score - a.score)
    .slice(0, 3)
    .map((r) => ({
      documentId: r.document_id,
      title: r.title,
      url: r.url,
      source: 'baseline',
      snippet: r.body.slice(0, 200),
      score: r.score,
    }));
}

async function benchOn(label: string, database: Database): Promise<Result> {
  await runMigrations(database);
  const account = await createTestAccount(database, `KB bench ${label}`);
  const ctx = account.owner;
  const connectorId = await insertTestConnector(ctx, 'itglue', 'bench');
  const scope = { accountId: account.accountId, connectorId };
  try {
    const started = performance.now();
    const articles = BENCH_ARTICLES.map(articleDocument);
    let chunks = articles.reduce((n, doc) => n + chunkDocument(doc).length, 0);
    await withTransaction(ctx, (tx) => upsertDocuments(tx, scope, articles));
    const filler = fillerDocuments();
    while (chunks < TARGET_CHUNKS) {
      // A few big transactions: each commit (and PGlite's WAL flush) costs more than many rows.
      await withTransaction(ctx, async (tx) => {
        for (let b = 0; b < BATCHES_PER_TRANSACTION && chunks < TARGET_CHUNKS; b += 1) {
          const batch: SourceDocument[] = [];
          while (batch.length < DOCS_PER_BATCH && chunks < TARGET_CHUNKS) {
            const doc = filler.next().value as SourceDocument;
            chunks += chunkDocument(doc).length;
            batch.push(doc);
          }
          await upsertDocuments(tx, scope, batch);
        }
      });
      process.stdout.write(`\r  ${label}: indexed ${chunks} chunks`);
    }
    const indexSeconds = (performance.now() - started) / 1000;
    process.stdout.write('\n');
    // What a sync does when it changed the index (PGlite has no autovacuum to do it later).
    await refreshSearchStatistics(database);

    const urlToArticle = new Map(BENCH_ARTICLES.map((a) => [articleDocument(a).url, a.id]));
    const measure = async (search: Search): Promise<Measured> => {
      for (const t of LABELLED_TICKETS.slice(0, 10)) await search(t.text, t.company); // warm-up
      const timings: number[] = [];
      for (let r = 0; r < REPEATS; r += 1) {
        for (const t of LABELLED_TICKETS) {
          const t0 = performance.now();
          await search(t.text, t.company);
          timings.push(performance.now() - t0);
        }
      }
      timings.sort((a, b) => a - b);
      const quality = await evaluate(
        LABELLED_TICKETS,
        (t) => search(t.text, t.company),
        (p) => urlToArticle.get(p.url ?? '') ?? p.documentId,
      );
      return { p50: percentile(timings, 0.5), p95: percentile(timings, 0.95), quality };
    };
    const ours = await measure((text, company) =>
      searchKnowledge(ctx, { text, companyId: company, limit: 3 }),
    );
    const baseline = await measure((text, company) => plainFullTextSearch(ctx, text, company));
    return { label, chunks, indexSeconds, ...ours, baseline };
  } finally {
    if (database.kind === 'postgres') {
      // Deleting the connector cascades to its documents and chunks.
      await withTransaction(ctx, (tx) => tx.delete(kbConnectorsTable).where(sql`true`));
    }
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const ms = (x: number) => `${x.toFixed(1)} ms`;

async function main() {
  const results: Result[] = [];
  const pglite = await openDatabase({ kind: 'pglite', dataDir: 'memory://' });
  try {
    results.push(await benchOn('PGlite', pglite));
  } finally {
    await pglite.close();
  }
  const url = process.env.DATABASE_URL;
  if (url) {
    const server = await openDatabase({ kind: 'postgres', url, poolMax: 2 });
    try {
      results.push(await benchOn('Postgres server', server));
    } finally {
      await server.close();
    }
  } else {
    console.log('DATABASE_URL not set: server figures skipped.');
  }

  const tickets = LABELLED_TICKETS.length;
  const unanswerable = LABELLED_TICKETS.filter((t) => t.expected === null).length;
  console.log(
    `\nKnowledge search bench — ${BENCH_ARTICLES.length} articles + filler, ${tickets} labelled tickets ` +
      `(${unanswerable} with no answer), threshold ${SCORE_THRESHOLD}, ${REPEATS}× repeats for latency\n`,
  );
  // Each database twice: our search, then the plain full-text baseline on the same index.
  const both = (f: (m: Measured) => string) => results.flatMap((r) => [f(r), f(r.baseline)]);
  const rows: Array<[string, string, ...string[]]> = [
    ['chunks indexed', `≥ ${TARGET_CHUNKS}`, ...results.flatMap((r) => [String(r.chunks), ''])],
    ['indexing time', '—', ...results.flatMap((r) => [`${r.indexSeconds.toFixed(1)} s`, ''])],
    ['search p50', '—', ...both((m) => ms(m.p50))],
    ['search p95', '< 30 ms (server)', ...both((m) => ms(m.p95))],
    ['top-1 accuracy', '—', ...both((m) => pct(m.quality.top1))],
    ['top-3 accuracy', '≥ 85%', ...both((m) => pct(m.quality.top3))],
    ['no-answer precision', '≥ 80%', ...both((m) => pct(m.quality.noAnswerPrecision))],
    ['no-answer recall', '—', ...both((m) => pct(m.quality.noAnswerRecall))],
  ];
  const header = ['', 'target', ...results.flatMap((r) => [r.label, `${r.label} baseline`])];
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => (row[i] ?? '').length)));
  for (const row of [header, ...rows])
    console.log(row.map((cell, i) => (cell ?? '').padEnd(widths[i] ?? 0)).join('  '));
  for (const r of results) {
    if (r.quality.misses.length === 0) continue;
    console.log(`\nMisses on ${r.label}:`);
    for (const m of r.quality.misses) {
      console.log(
        `  "${m.text}" (${m.company ?? 'no client'}) expected ${m.expected?.join('|') ?? 'no answer'}, got ${m.got.map(([id, s]) => `${id} ${s}`).join(', ') || 'nothing'}`,
      );
    }
  }
}

await main();
