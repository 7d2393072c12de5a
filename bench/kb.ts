/**
 * `npm run bench:kb` — indexes the realistic MSP article set plus generated filler up to 50,000
 * chunks through the real ingest path, then prints, per database (PGlite always, the server when
 * DATABASE_URL is set):
 *   - indexing time;
 *   - search latency p50/p95 over the labelled tickets, repeated (target p95 < 30 ms on the server);
 *   - retrieval quality on the labelled tickets: top-1, top-3, no-answer precision and recall.
 * On a server it works in a throwaway account and deletes its KB rows afterwards.
 */
import { sql } from 'drizzle-orm';
import { type Database, openDatabase } from '../core/db/client.ts';
import { runMigrations } from '../core/db/migrate.ts';
import { kbConnectorsTable } from '../core/db/schema/kb.ts';
import { withTransaction } from '../core/db/transactions.ts';
import { chunkDocument, refreshSearchStatistics, upsertDocuments } from '../core/kb/index/index.ts';
import { SCORE_THRESHOLD, searchKnowledge } from '../core/kb/index/search.ts';
import { insertTestConnector } from '../core/kb/index/test-support.ts';
import type { SourceDocument } from '../core/kb/index/types.ts';
import { createTestAccount } from '../test/factories.ts';
import { BENCH_ARTICLES } from './kb/articles.ts';
import { articleDocument, evaluate, type Quality } from './kb/evaluate.ts';
import { fillerDocuments } from './kb/filler.ts';
import { LABELLED_TICKETS } from './kb/tickets.ts';

const TARGET_CHUNKS = Number(process.env.KB_BENCH_CHUNKS ?? 50_000);
const REPEATS = Number(process.env.KB_BENCH_REPEATS ?? 5);
const DOCS_PER_BATCH = 500;
const BATCHES_PER_TRANSACTION = 4;

interface Result {
  label: string;
  chunks: number;
  indexSeconds: number;
  p50: number;
  p95: number;
  quality: Quality;
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
    const search = (text: string, company: string | null) =>
      searchKnowledge(ctx, { text, companyId: company, limit: 3 });
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
    return {
      label,
      chunks,
      indexSeconds,
      p50: percentile(timings, 0.5),
      p95: percentile(timings, 0.95),
      quality,
    };
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
  const rows: Array<[string, string, ...string[]]> = [
    ['chunks indexed', `≥ ${TARGET_CHUNKS}`, ...results.map((r) => String(r.chunks))],
    ['indexing time', '—', ...results.map((r) => `${r.indexSeconds.toFixed(1)} s`)],
    ['search p50', '—', ...results.map((r) => ms(r.p50))],
    ['search p95', '< 30 ms (server)', ...results.map((r) => ms(r.p95))],
    ['top-1 accuracy', '—', ...results.map((r) => pct(r.quality.top1))],
    ['top-3 accuracy', '≥ 85%', ...results.map((r) => pct(r.quality.top3))],
    ['no-answer precision', '≥ 80%', ...results.map((r) => pct(r.quality.noAnswerPrecision))],
    ['no-answer recall', '—', ...results.map((r) => pct(r.quality.noAnswerRecall))],
  ];
  const header = ['', 'target', ...results.map((r) => r.label)];
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
