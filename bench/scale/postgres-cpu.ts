import pg from 'pg';
import { cpuSeconds } from '../chat/cpu.ts';

/**
 * CPU seconds used by the PostgreSQL backends serving *this* database (connections of our
 * processes, autovacuum on our tables). The machine's PostgreSQL is shared with other people's
 * test runs, so summing every `postgres` process would charge their work to our answers.
 * Sampled twice a second; a backend that exits keeps what it had used at its last sample.
 */
export async function startBackendCpuWatch(url: string) {
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => {});
  await client.connect();
  const first = new Map<number, number>();
  const last = new Map<number, number>();
  let busy = false;
  const sample = async () => {
    if (busy) return;
    busy = true;
    try {
      const { rows } = await client.query<{ pid: number }>(
        'select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
      );
      for (const { pid } of rows) {
        const seconds = cpuSeconds(pid);
        if (seconds === null) continue;
        // A backend first seen mid-run started mid-run: everything it used counts.
        if (!first.has(pid)) first.set(pid, started ? 0 : seconds);
        last.set(pid, seconds);
      }
    } catch {
      // The shared server restarted under us: the run's figure is then a lower bound.
    } finally {
      busy = false;
    }
  };
  let started = false;
  await sample();
  started = true;
  const timer = setInterval(() => void sample(), 500);
  return {
    async stop(): Promise<number> {
      clearInterval(timer);
      while (busy) await new Promise((r) => setTimeout(r, 10));
      await sample();
      await client.end().catch(() => {});
      let total = 0;
      for (const [pid, at] of first) total += (last.get(pid) ?? at) - at;
      return total;
    },
  };
}
