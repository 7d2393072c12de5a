/**
 * `npm run bench:demo-seed` — seeds the demo account (people + the month of history) into a fresh
 * in-memory PGlite, as `npm start` does on first start, and prints how long it took and what it
 * made. Run it three times and take the median: the first PGlite start in a process is slower.
 */
import { sql } from 'drizzle-orm';
import { openDatabase } from '../core/db/client.ts';
import { runMigrations } from '../core/db/migrate.ts';
import { selectRows } from '../core/db/raw.ts';
import { withSystemTransaction } from '../core/db/transactions.ts';
import { seedDemoAccount } from '../core/demo/seed-demo.ts';

const runs = Number(process.argv[2] ?? 3);
for (let run = 1; run <= runs; run++) {
  const database = await openDatabase({ kind: 'pglite', dataDir: 'memory://' });
  await runMigrations(database);
  const started = performance.now();
  const cpu = process.cpuUsage();
  const result = await seedDemoAccount(database);
  const total = performance.now() - started;
  // CPU time as well as wall time: on a shared machine the wall clock mostly measures the neighbours.
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  const counts = await withSystemTransaction(database, 'bench read-back', async (tx) => ({
    sessions: await selectRows<{ status: string; n: number }>(
      tx,
      sql`select status, count(*)::int as n from diagnosis_sessions group by 1 order by 1`,
    ),
    audit: await selectRows<{ n: number }>(tx, sql`select count(*)::int as n from audit_log`),
  }));
  console.log(
    `run ${run}: seedDemoAccount ${Math.round(total)} ms wall, ${Math.round(cpuMs)} ms CPU (history ${Math.round(result.history?.ms ?? 0)} ms wall);`,
    `sessions ${counts.sessions.map((r) => `${r.status}=${r.n}`).join(' ')}; audit entries ${counts.audit[0]?.n}`,
  );
  await database.close();
}
