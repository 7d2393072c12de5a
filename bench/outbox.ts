/**
 * `npm run bench:outbox` — 1,000 PSA writes (500 resolutions: a note and a status change each)
 * delivered through the outbox to the ConnectWise simulator, with 30% of HTTP calls failing:
 * half before reaching ConnectWise (5xx), half after ConnectWise applied them but before the answer
 * arrived (the ambiguous kind that causes duplicates). Prints delivered-exactly-once, duplicates
 * (must be 0) and time taken, next to the same run with no failures.
 */
import { eq } from 'drizzle-orm';
import { openDatabase } from '../core/db/client.ts';
import { runMigrations } from '../core/db/migrate.ts';
import { psaOutboxTable } from '../core/db/schema/psa.ts';
import { withTransaction } from '../core/db/transactions.ts';
import { postResolutionNote } from '../core/notes/index.ts';
import { createConnectWiseProvider } from '../core/psa/connectwise/index.ts';
import { configurePsa, deliverSessionOutbox, linkTicket, type PsaDeps } from '../core/psa/index.ts';
import { createSession } from '../core/sessions/index.ts';
import { silentLogger } from '../core/shared/logger.ts';
import { startConnectWiseSimulator } from '../sim/connectwise/index.ts';
import { offlineDiagnosis } from '../test/diagnosis.ts';
import { createTestAccount } from '../test/factories.ts';

const RESOLUTIONS = 500;

/** Deterministic PRNG so every run injects the same faults. */
function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1_664_525 + 1_013_904_223) >>> 0;
    return s / 2 ** 32;
  };
}

async function run(failureRate: number) {
  const sim = await startConnectWiseSimulator();
  const database = await openDatabase({ kind: 'pglite', dataDir: 'memory://' });
  await runMigrations(database);
  const account = await createTestAccount(database, 'Bench');
  const engineer = await account.member('engineer');
  const random = prng(42);
  let injected = 0;
  // Fault injection at the transport, in front of the real client and the simulator.
  const flakyFetch: typeof fetch = async (input, init) => {
    const roll = random();
    if (roll < failureRate / 2) {
      injected += 1;
      return new Response(JSON.stringify({ code: 'UnexpectedError', message: 'injected' }), { status: 503 });
    }
    const response = await fetch(input, init);
    if (roll < failureRate) {
      injected += 1;
      await response.arrayBuffer();
      throw new TypeError('fetch failed (injected: connection reset after the request was processed)');
    }
    return response;
  };
  const deps: PsaDeps = {
    sealingKey: Buffer.alloc(32, 1),
    connectWise: (config) =>
      createConnectWiseProvider({ ...config, fetch: flakyFetch, maxRetries: 0, logger: silentLogger }),
  };
  const diagnosis = { ...offlineDiagnosis(), psa: deps };
  await configurePsa({
    ctx: account.owner,
    deps,
    input: {
      provider: 'connectwise',
      siteUrl: sim.url,
      companyId: sim.credentials.companyId,
      publicKey: sim.credentials.publicKey,
      privateKey: sim.credentials.privateKey,
      clientId: '3f2b8c1d-6a4e-4f7b-9c0d-1e2f3a4b5c6d',
      boards: ['Service Desk'],
      resolvedStatus: 'Resolved',
    },
  });
  const sessions: Array<{ sessionId: string; ticketId: number }> = [];
  const reliable = {
    ...deps,
    connectWise: (config: Parameters<PsaDeps['connectWise']>[0]) =>
      createConnectWiseProvider({ ...config, logger: silentLogger }),
  };
  for (let i = 0; i < RESOLUTIONS; i++) {
    const ticket = sim.addTicket({
      summary: `Bench ticket ${i}`,
      board: 'Service Desk',
      status: 'New',
      company: 'AcmeCorp',
    });
    const session = await createSession({ ctx: engineer, input: { problemSummary: `Bench problem ${i}` } });
    await linkTicket({
      ctx: engineer,
      deps: reliable,
      sessionId: session.id,
      input: { externalId: String(ticket.id) },
    });
    await postResolutionNote({ ctx: engineer, deps: diagnosis, sessionId: session.id, input: {} });
    sessions.push({ sessionId: session.id, ticketId: ticket.id });
  }
  sim.calls.length = 0;

  const started = performance.now();
  let passes = 0;
  let pending = sessions;
  const system = account.system('psa-outbox');
  while (pending.length > 0 && passes < 50) {
    passes += 1;
    // Each pass is what the sweep job does; "now" is moved past every backoff so the bench measures work, not waiting.
    const now = new Date(Date.now() + passes * 3_600_000);
    const next: typeof pending = [];
    for (const s of pending) {
      const report = await deliverSessionOutbox({ ctx: system, deps, sessionId: s.sessionId, now });
      if (report.deferred > 0) next.push(s);
    }
    pending = next;
  }
  const elapsed = performance.now() - started;

  const rows = await withTransaction(account.owner, (tx) =>
    tx.select().from(psaOutboxTable).where(eq(psaOutboxTable.accountId, account.accountId)),
  );
  const delivered = rows.filter((r) => r.status === 'delivered').length;
  const failed = rows.filter((r) => r.status === 'failed').length;
  let exactlyOnce = 0;
  let duplicates = 0;
  for (const s of sessions) {
    const notes = sim.state.notes.filter((n) => n.ticketId === s.ticketId).length;
    const resolved = sim.state.tickets.find((t) => t.id === s.ticketId)?.status?.name === 'Resolved';
    if (notes === 1) exactlyOnce += 1;
    if (resolved) exactlyOnce += 1;
    duplicates += Math.max(0, notes - 1);
  }
  await database.close();
  await sim.close();
  return { writes: rows.length, delivered, failed, exactlyOnce, duplicates, elapsed, passes, injected };
}

const clean = await run(0);
const flaky = await run(0.3);
const line = (label: string, r: Awaited<ReturnType<typeof run>>) =>
  `  ${label.padEnd(22)} writes ${r.writes}  delivered ${r.delivered}  failed ${r.failed}  on-ticket exactly once ${r.exactlyOnce}  duplicates ${r.duplicates}  injected faults ${r.injected}  passes ${r.passes}  ${(r.elapsed / 1000).toFixed(2)} s`;
console.log(`bench:outbox — ${RESOLUTIONS * 2} PSA writes through the outbox to the ConnectWise simulator`);
console.log(line('no failures', clean));
console.log(line('30% injected failures', flaky));
console.log(`  duplicates must be 0: ${flaky.duplicates === 0 && clean.duplicates === 0 ? 'ok' : 'FAILED'}`);
