/**
 * Loaded into bench:scale's child processes only (`--import`): counts the statements each one
 * sends to PostgreSQL, so the bench can report statements per answered mention. Every statement
 * Drizzle and pg-boss send goes through `pg.Client#query`, so one counter covers both.
 */
import { writeFileSync } from 'node:fs';
import pg from 'pg';

const dir = process.env.BENCH_SCALE_PROBE_DIR;
if (dir) {
  let count = 0;
  let written = -1;
  const query = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    count++;
    return query.apply(this, args);
  } as typeof pg.Client.prototype.query;
  const file = `${dir}/statements-${process.pid}`;
  const flush = () => {
    if (count === written) return;
    written = count;
    writeFileSync(file, String(count));
  };
  setInterval(flush, 200).unref();
  process.on('exit', flush);
}
