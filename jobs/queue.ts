import { fromPglite, PgBoss } from 'pg-boss';
import type { Database } from '../core/db/client.ts';
import type { PsaDeps } from '../core/psa/connection.ts';
import type { Logger } from '../core/shared/logger.ts';
import {
  currentTraceparent,
  runInSpan,
  type SpanAttributes,
  type Tracing,
} from '../core/shared/telemetry.ts';
import { parseInput } from '../core/shared/validation.ts';
import type { AnyJobDefinition, JobDefinition, JobDeps } from './definition.ts';
import { type LoadGate, startLoadGate } from './load-gate.ts';

export interface JobQueueOptions {
  database: Database;
  logger: Logger;
  definitions: readonly AnyJobDefinition[];
  /** Work jobs and fire schedules in this process; false = enqueue only (e.g. a web-only node). */
  work: boolean;
  /** With `work`, only these job names are worked here (a web node that answers chat but runs no sweeps). */
  workOnly?: readonly string[];
  /** Handlers at once per job name in this process (default 1); 0 works none here. */
  concurrency?: Record<string, number>;
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
  chatInbox?: JobDeps['chatInbox'];
  /** OpenTelemetry, when configured: each job runs in a span continuing the trace that queued it. */
  tracing?: Tracing | undefined;
}

export interface JobQueue {
  enqueue: JobDeps['enqueue'];
  /**
   * Sends several jobs of one definition in one statement, each with its own id (an id already
   * queued is skipped, as with `enqueue`); the chat inbox's hand-off in a burst (see boot.ts).
   */
  enqueueMany<P>(
    definition: JobDefinition<P>,
    /** `traceparent`: the sender's trace, captured when it handed the job on (a batch runs in one caller's context). */
    jobs: ReadonlyArray<{ id: string; payload: P; traceparent?: string | undefined }>,
  ): Promise<void>;
  /** Stops fetching, waits for running handlers (up to `timeoutMs`), then closes. */
  stop(timeoutMs?: number): Promise<void>;
  boss: PgBoss;
}

const SCHEMA = 'pgboss';

/**
 * A job sent from inside a trace (a chat event queued by the request that acked it) carries the
 * sender's W3C traceparent beside its payload, so the job's span joins that trace in whichever
 * process runs it. Kept out of the payload schema: definitions never see it.
 */
const TRACEPARENT = '_traceparent';

/** Ids worth finding a job's trace by (never payload text). */
const ID_ATTRIBUTES = { accountId: 'account_id', sessionId: 'session_id', inboxId: 'inbox_id' } as const;

function splitTraceparent(data: unknown): { payload: unknown; traceparent: string | undefined } {
  if (typeof data !== 'object' || data === null || !(TRACEPARENT in data))
    return { payload: data, traceparent: undefined };
  const { [TRACEPARENT]: traceparent, ...payload } = data as Record<string, unknown>;
  return { payload, traceparent: typeof traceparent === 'string' ? traceparent : undefined };
}

function jobAttributes(
  name: string,
  job: { id: string; retryCount: number },
  payload: unknown,
): SpanAttributes {
  const attributes: SpanAttributes = {
    'messaging.system': 'pg-boss',
    'messaging.destination.name': name,
    'messaging.message.id': job.id,
    'resolutionflow.job.attempt': job.retryCount,
  };
  if (typeof payload !== 'object' || payload === null) return attributes;
  for (const [key, attribute] of Object.entries(ID_ATTRIBUTES)) {
    const value = (payload as Record<string, unknown>)[key];
    if (typeof value === 'string') attributes[`resolutionflow.${attribute}`] = value;
  }
  return attributes;
}

/**
 * pg-boss on the same database as the app: the embedded PGlite instance or the server. Jobs are
 * claimed with SELECT … FOR UPDATE SKIP LOCKED, so any number of workers never run one job twice.
 */
export async function startJobQueue(options: JobQueueOptions): Promise<JobQueue> {
  const { database, logger, tracing } = options;
  const worked = (name: string) =>
    options.work && (!options.workOnly || options.workOnly.includes(name)) && concurrencyOf(name) > 0;
  const concurrencyOf = (name: string) => options.concurrency?.[name] ?? 1;
  // Cron schedules fire where every job is worked; a chat-only web node leaves them to the workers.
  const scheduling = options.work && !options.workOnly;
  // Only a prompt queue worked with more than one slot waits at the gate (web-only nodes, sweeps-only
  // workers and tests with one slot start no sampler).
  let gate: LoadGate | undefined;
  // Local workers of prompt queues, woken one at a time (round robin) when this process sends.
  const promptWorkers = new Map<string, string[]>();
  let wakeTurn = 0;
  const boss =
    database.kind === 'pglite' && database.pglite
      ? new PgBoss({
          db: fromPglite(database.pglite),
          backend: 'pglite',
          schema: SCHEMA,
          schedule: scheduling,
        })
      : new PgBoss({
          connectionString: database.connectionString ?? '',
          schema: SCHEMA,
          max: 4,
          schedule: scheduling,
          // Wakes workers on every process the moment a prompt job (a chat event) is sent.
          useListenNotify: true,
          application_name: 'resolutionflow-jobs',
        });
  boss.on('error', (error) => logger.error({ err: error }, 'job queue error'));
  await boss.start();

  const enqueue: JobDeps['enqueue'] = async <P>(
    definition: JobDefinition<P>,
    payload: P,
    sendOptions?: { singletonKey?: string; startAfter?: Date },
  ) => {
    const data = parseInput(definition.payload, payload, `${definition.name} payload`) as object;
    const traceparent = currentTraceparent();
    const id = await boss.send(
      definition.name,
      traceparent ? { ...data, [TRACEPARENT]: traceparent } : data,
      sendOptions ?? {},
    );
    const local = promptWorkers.get(definition.name);
    if (id && local?.length) {
      const workerId = local[wakeTurn++ % local.length];
      if (workerId) boss.notifyWorker(workerId);
    }
    return id;
  };

  const enqueueMany: JobQueue['enqueueMany'] = async (definition, jobs) => {
    if (jobs.length === 0) return;
    const rows = jobs.map((job) => {
      const data = parseInput(definition.payload, job.payload, `${definition.name} payload`) as object;
      return { id: job.id, data: job.traceparent ? { ...data, [TRACEPARENT]: job.traceparent } : data };
    });
    await boss.insert(definition.name, rows);
    const local = promptWorkers.get(definition.name);
    if (!local?.length) return;
    for (let i = 0; i < Math.min(rows.length, local.length); i++) {
      const workerId = local[wakeTurn++ % local.length];
      if (workerId) boss.notifyWorker(workerId);
    }
  };

  for (const def of options.definitions) {
    await boss.createQueue(def.name, {
      retryLimit: def.retry.retryLimit,
      retryDelay: def.retry.retryDelaySeconds,
      retryBackoff: def.retry.retryBackoff,
      expireInSeconds: def.retry.expireInSeconds,
      ...(def.prompt ? { notify: true } : {}),
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
      ...(options.chatInbox ? { chatInbox: options.chatInbox } : {}),
    };
    for (const def of options.definitions) {
      if (!worked(def.name)) continue;
      const run = async (jobs: Array<{ id: string; data: unknown; retryCount: number }>) => {
        for (const job of jobs) {
          const log = logger.child({ job: def.name, jobId: job.id, attempt: job.retryCount });
          const { payload: data, traceparent } = splitTraceparent(job.data);
          const handle = async () => {
            const payload = parseInput(def.payload, data, `${def.name} payload`);
            await def.handle({ ...deps, logger: log }, payload, { id: job.id, retryCount: job.retryCount });
          };
          if (!tracing) await handle();
          else
            await runInSpan(
              tracing,
              `job ${def.name}`,
              { kind: 'consumer', parent: traceparent, attributes: jobAttributes(def.name, job, data) },
              handle,
            );
        }
      };
      if (def.prompt) {
        // One pg-boss worker per slot, each fetching the oldest job (FIFO), so a burst is answered
        // in arrival order with at most `concurrency` turns at once: the first caller is never
        // slowed down by the five-hundredth. A worker re-fetches at once after a job (pg-boss would
        // otherwise wait out the polling interval between jobs even with a backlog).
        const ids: string[] = [];
        promptWorkers.set(def.name, ids);
        if (concurrencyOf(def.name) > 1) gate ??= startLoadGate();
        for (let slot = 0; slot < concurrencyOf(def.name); slot++) {
          const self = { id: '' };
          self.id = await boss.work(
            def.name,
            // Polling is only the backstop: a send in this process wakes a worker, and on a server
            // NOTIFY wakes every process's workers.
            { batchSize: 1, pollingIntervalSeconds: 2, notifyPollingIntervalSeconds: 10 },
            async (jobs) => {
              try {
                // Beyond the first slot, a turn waits while the event loop is saturated (load-gate.ts).
                if (slot > 0) await gate?.admit();
                await run(jobs);
              } finally {
                if (self.id) boss.notifyWorker(self.id);
              }
            },
          );
          ids.push(self.id);
        }
      } else {
        await boss.work(
          def.name,
          { batchSize: 1, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 },
          run,
        );
      }
      const cron = options.schedules?.[def.name] ?? def.schedule;
      if (cron && scheduling) await boss.schedule(def.name, cron, {}, { tz: 'UTC' });
    }
  }

  return {
    enqueue,
    enqueueMany,
    boss,
    stop: async (timeoutMs = 10_000) => {
      await boss.stop({ graceful: true, timeout: timeoutMs, close: true });
      gate?.close();
    },
  };
}
