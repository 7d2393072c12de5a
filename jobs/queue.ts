import { fromPglite, PgBoss } from 'pg-boss';
import type { Database } from '../core/db/client.ts';
import type { PsaDeps } from '../core/psa/connection.ts';
import type { Logger } from '../core/shared/logger.ts';
import { parseInput } from '../core/shared/validation.ts';
import type { AnyJobDefinition, JobDefinition, JobDeps } from './definition.ts';

export interface JobQueueOptions {
  database: Database;
  logger: Logger;
  definitions: readonly AnyJobDefinition[];
  /** Work jobs and fire schedules in this process; false = enqueue only (e.g. a web-only node). */
  work: boolean;
  /** Cron overrides by job name (from configuration). */
  schedules?: Record<string, string>;
  pollingIntervalSeconds?: number;
  psa?: PsaDeps;
  secretsKey?: Buffer;
  onDelivered?: JobDeps['onDelivered'];
  onTicketsChanged?: JobDeps['onTicketsChanged'];
  onEscalationReminder?: JobDeps['onEscalationReminder'];
  stripe?: JobDeps['stripe'];
  sendTrialReminder?: JobDeps['sendTrialReminder'];
}

export interface JobQueue {
  enqueue: JobDeps['enqueue'];
  /** Stops fetching, waits for running handlers (up to `timeoutMs`), then closes. */
  stop(timeoutMs?: number): Promise<void>;
  boss: PgBoss;
}

const SCHEMA = 'pgboss';

/**
 * pg-boss on the same database as the app: the embedded PGlite instance or the server. Jobs are
 * claimed with SELECT … FOR UPDATE SKIP LOCKED, so any number of workers never run one job twice.
 */
export async function startJobQueue(options: JobQueueOptions): Promise<JobQueue> {
  const { database, logger } = options;
  const boss =
    database.kind === 'pglite' && database.pglite
      ? new PgBoss({
          db: fromPglite(database.pglite),
          backend: 'pglite',
          schema: SCHEMA,
          schedule: options.work,
        })
      : new PgBoss({
          connectionString: database.connectionString ?? '',
          schema: SCHEMA,
          max: 4,
          schedule: options.work,
          application_name: 'resolutionflow-jobs',
        });
  boss.on('error', (error) => logger.error({ err: error }, 'job queue error'));
  await boss.start();

  const enqueue: JobDeps['enqueue'] = async <P>(
    definition: JobDefinition<P>,
    payload: P,
    sendOptions?: { singletonKey?: string; startAfter?: Date },
  ) => {
    const data = parseInput(definition.payload, payload, `${definition.name} payload`);
    return boss.send(definition.name, data as object, sendOptions ?? {});
  };

  for (const def of options.definitions) {
    await boss.createQueue(def.name, {
      retryLimit: def.retry.retryLimit,
      retryDelay: def.retry.retryDelaySeconds,
      retryBackoff: def.retry.retryBackoff,
      expireInSeconds: def.retry.expireInSeconds,
    });
  }

  if (options.work) {
    const deps: JobDeps = {
      database,
      logger,
      enqueue,
      ...(options.psa ? { psa: options.psa } : {}),
      ...(options.secretsKey ? { secretsKey: options.secretsKey } : {}),
      ...(options.stripe ? { stripe: options.stripe } : {}),
      ...(options.sendTrialReminder ? { sendTrialReminder: options.sendTrialReminder } : {}),
      ...(options.onDelivered ? { onDelivered: options.onDelivered } : {}),
      ...(options.onTicketsChanged ? { onTicketsChanged: options.onTicketsChanged } : {}),
      ...(options.onEscalationReminder ? { onEscalationReminder: options.onEscalationReminder } : {}),
    };
    for (const def of options.definitions) {
      await boss.work(
        def.name,
        { batchSize: 1, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 },
        async (jobs) => {
          for (const job of jobs) {
            const log = logger.child({ job: def.name, jobId: job.id, attempt: job.retryCount });
            const payload = parseInput(def.payload, job.data, `${def.name} payload`);
            await def.handle({ ...deps, logger: log }, payload, { id: job.id, retryCount: job.retryCount });
          }
        },
      );
      const cron = options.schedules?.[def.name] ?? def.schedule;
      if (cron) await boss.schedule(def.name, cron, {}, { tz: 'UTC' });
    }
  }

  return {
    enqueue,
    boss,
    stop: (timeoutMs = 10_000) => boss.stop({ graceful: true, timeout: timeoutMs, close: true }),
  };
}
