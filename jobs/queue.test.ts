import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { updateAccountSettings } from '../core/accounts/index.ts';
import { listAuditLog } from '../core/audit/index.ts';
import type { Database } from '../core/db/client.ts';
import { accountsTable } from '../core/db/schema/accounts.ts';
import { auditLogTable } from '../core/db/schema/audit-log.ts';
import { withSystemTransaction } from '../core/db/transactions.ts';
import { createLogger } from '../core/shared/logger.ts';
import { testDatabase } from '../test/db.ts';
import { createTestAccount } from '../test/factories.ts';
import type { JobDefinition } from './definition.ts';
import { auditRetentionSweep } from './definitions/audit-retention.ts';
import { type JobQueue, startJobQueue } from './queue.ts';
import { JOB_DEFINITIONS } from './registry.ts';

const DAY = 86_400_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A real logger whose error-level lines we keep: queue and handler failures surface in assertions. */
function errorCollectingLogger() {
  const errors: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      errors.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
  return { logger: createLogger({ level: 'error', name: 'jobs-test' }, stream), errors };
}

/** Polls `check` until it returns true or the deadline passes; the failure says what was awaited. */
async function waitFor(
  what: string,
  check: () => Promise<boolean> | boolean,
  errors: string[],
  timeoutMs = 60_000,
) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await sleep(250);
  }
  throw new Error(`timed out waiting for ${what}; queue errors: ${errors.join('\n') || 'none'}`);
}

async function insertAged(database: Database, accountId: string, daysAgo: number[]) {
  return withSystemTransaction(database, 'test: age audit rows', async (tx) => {
    const rows = await tx
      .insert(auditLogTable)
      .values(
        daysAgo.map((d) => ({
          accountId,
          actorLabel: 'system:test',
          action: 'auth.signed_in' as const,
          occurredAt: new Date(Date.now() - d * DAY),
        })),
      )
      .returning({ id: auditLogTable.id });
    return rows.map((r) => r.id);
  });
}

async function auditIds(database: Database, accountId: string): Promise<number[]> {
  return withSystemTransaction(database, 'test read-back', async (tx) =>
    (
      await tx
        .select({ id: auditLogTable.id })
        .from(auditLogTable)
        .where(eq(auditLogTable.accountId, accountId))
    )
      .map((r) => r.id)
      .sort((x, y) => x - y),
  );
}

/**
 * The sweep fans out oldest account first and a worker takes one job per poll, so on a shared
 * database full of other suites' accounts ours would wait behind all of them. Back-dating our
 * accounts (further back on every run, so earlier runs' accounts never get ahead) puts them first.
 */
async function sweptFirst(database: Database, accountIds: string[]) {
  const base = Date.UTC(2000, 0, 1) - (Date.now() - Date.UTC(2026, 0, 1));
  await withSystemTransaction(database, 'test: back-date accounts', async (tx) => {
    for (const [i, id] of accountIds.entries()) {
      await tx
        .update(accountsTable)
        .set({ createdAt: new Date(base + i) })
        .where(eq(accountsTable.id, id));
    }
  });
}

describe('job queue', () => {
  let database: Database;
  const queues: JobQueue[] = [];

  beforeAll(async () => {
    database = await testDatabase();
  });

  afterAll(async () => {
    for (const queue of queues) await queue.stop(5_000);
  });

  it('registers every job the worker must run', () => {
    expect(JOB_DEFINITIONS.map((d) => d.name).sort()).toEqual([
      'audit-retention.account',
      'audit-retention.sweep',
      'billing.seat-sync',
      'billing.seat-sync-sweep',
      'billing.trial-reminders',
      'chat-inbox.process',
      'chat-inbox.sweep',
      'escalation-reminders.account',
      'escalation-reminders.sweep',
      'flows-flywheel.account',
      'flows-flywheel.sweep',
      'kb-sync.connector',
      'kb-sync.sweep',
      'psa-outbox.deliver',
      'psa-outbox.sweep',
      'psa-queue.poll',
      'psa-queue.sweep',
    ]);
  });

  it('runs the audit retention sweep end to end: aged rows go, other accounts keep theirs', {
    timeout: 120_000,
  }, async () => {
    const alpha = await createTestAccount(database, 'Sweep A');
    const bravo = await createTestAccount(database, 'Sweep B');
    await sweptFirst(database, [alpha.accountId, bravo.accountId]);
    await updateAccountSettings({ ctx: alpha.owner, input: { auditRetentionDays: 30 } });
    const expired = await insertAged(database, alpha.accountId, [31, 100, 1000]);
    const kept = await insertAged(database, alpha.accountId, [29, 2]);
    // Older than Alpha's 30-day cut-off but inside Bravo's default 365 days.
    await insertAged(database, bravo.accountId, [100, 10]);
    const bravoBefore = await auditIds(database, bravo.accountId);

    const { logger, errors } = errorCollectingLogger();
    const queue = await startJobQueue({
      database,
      logger,
      definitions: JOB_DEFINITIONS,
      work: true,
      pollingIntervalSeconds: 0.5,
      // No crons: on the CI PostgreSQL server every suite shares one database, and a minute sweep
      // fired here (billing seat sync, reminders) would act on other suites' accounts mid-test.
      schedules: Object.fromEntries(JOB_DEFINITIONS.map((d) => [d.name, ''])),
    });
    queues.push(queue);

    const jobId = await queue.enqueue(auditRetentionSweep, {});
    expect(jobId).toEqual(expect.any(String));

    await waitFor(
      "Alpha's expired audit rows to be purged",
      async () => {
        const ids = await auditIds(database, alpha.accountId);
        return expired.every((id) => !ids.includes(id));
      },
      errors,
    );

    const alphaIds = await auditIds(database, alpha.accountId);
    for (const id of kept) expect(alphaIds).toContain(id);
    const purged = await listAuditLog({ ctx: alpha.owner, input: { action: 'audit.retention_purged' } });
    expect(purged.entries).toHaveLength(1);
    expect(purged.entries[0]).toMatchObject({
      actorUserId: null,
      actorLabel: 'system:audit-retention',
      metadata: { deleted: 3, retentionDays: 30 },
    });

    // Accounts are swept oldest first, so Bravo's own job runs after Alpha's: wait for it to finish.
    await waitFor(
      "Bravo's retention job to complete",
      async () => {
        const jobs = await queue.boss.findJobs('audit-retention.account', {
          data: { accountId: bravo.accountId },
        });
        return jobs.some((j) => j.state === 'completed');
      },
      errors,
    );
    expect(await auditIds(database, bravo.accountId)).toEqual(bravoBefore);
    expect(errors).toEqual([]);
  });

  it('hands each job to exactly one of two workers on the same database', { timeout: 120_000 }, async () => {
    const name = `test.two-workers.${randomUUID().slice(0, 8)}`;
    const handled: Array<{ worker: string; id: string; n: number }> = [];
    const definitionFor = (worker: string): JobDefinition<{ n: number }> => ({
      name,
      payload: z.object({ n: z.number().int() }),
      retry: { retryLimit: 0, retryDelaySeconds: 1, retryBackoff: false, expireInSeconds: 60 },
      async handle(_deps, { n }, job) {
        handled.push({ worker, id: job.id, n });
        await sleep(50); // long enough that the other worker's poll comes round while this one is busy
      },
    });
    const { logger, errors } = errorCollectingLogger();
    const start = (worker: string) =>
      startJobQueue({
        database,
        logger,
        definitions: [definitionFor(worker)],
        work: true,
        pollingIntervalSeconds: 0.5,
      });
    const first = await start('A');
    queues.push(first);
    const second = await start('B');
    queues.push(second);

    const sent: string[] = [];
    for (let n = 0; n < 30; n++) {
      const id = await first.enqueue(definitionFor('A'), { n });
      if (!id) throw new Error('send returned no id');
      sent.push(id);
    }

    await waitFor('30 jobs to be handled', () => handled.length >= 30, errors);
    await sleep(1_500); // three more polls each: a job handed out twice would show up now

    expect(handled).toHaveLength(30);
    expect(handled.map((h) => h.id).sort()).toEqual([...sent].sort());
    expect(new Set(handled.map((h) => h.n)).size).toBe(30);
    expect(new Set(handled.map((h) => h.worker))).toEqual(new Set(['A', 'B']));
    expect(errors).toEqual([]);
  });

  it('leaves the shared database open when the queues stop', async () => {
    for (const queue of queues.splice(0)) await queue.stop(5_000);
    await expect(database.ping()).resolves.toBeUndefined();
    expect(await auditIds(database, (await createTestAccount(database, 'After')).accountId)).toHaveLength(1);
  });
});
