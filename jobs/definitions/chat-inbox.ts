import { z } from 'zod';
import {
  claimInboundEvent,
  finishInboundEvent,
  pendingInboundEvents,
  pruneInbox,
} from '../../core/chat/index.ts';
import type { JobDefinition, JobDeps } from '../definition.ts';

/**
 * One stored inbound chat event (see core/chat/inbox.ts), handed to the platform adapter of this
 * process. The job id is the inbox row id, so a recovery pass can never queue an event twice; the
 * adapter's own event receipts keep a job that does run twice (expired, retried) from replying twice.
 */
export const chatInboxProcess: JobDefinition<{ inboxId: string }> = {
  name: 'chat-inbox.process',
  payload: z.object({ inboxId: z.string().uuid() }),
  // A model turn is seconds; five minutes without an answer means the worker died with it.
  retry: { retryLimit: 3, retryDelaySeconds: 5, retryBackoff: true, expireInSeconds: 300 },
  prompt: true,
  async handle(deps, { inboxId }) {
    const event = await claimInboundEvent(deps.database, inboxId);
    if (!event) return; // done already: a redelivered job
    const handle = deps.chatInbox?.[event.platform];
    if (!handle) throw new Error(`chat-inbox.process: this worker has no ${event.platform} adapter`);
    if (event.attempts > 1)
      deps.logger.warn({ inboxId, attempts: event.attempts }, 'chat event processed again after a failure');
    await handle.process(event.body);
    const { firstPost } = await finishInboundEvent(deps.database, inboxId);
    if (firstPost)
      await handle
        .removeFirstPost?.(event.body, firstPost)
        .catch((error: unknown) =>
          deps.logger.warn({ err: error, inboxId }, 'could not take down a status line'),
        );
  },
};

/** Events older than this are not replayed by recovery: an answer an hour late helps no one. */
const REPLAY_WINDOW_MS = 60 * 60_000;
/**
 * Younger events are presumably still on their way from the process that stored them (its hand-off
 * runs milliseconds after the ack). Queueing one early costs nothing: its job id is its inbox id.
 */
const GRACE_MS = 10_000;
/** How often a process that answers chat looks for stored events without a job (see below). */
const RECOVERY_EVERY_MS = 5_000;
/** Stored events are kept this long after they are done, to turn away the platform's retries. */
const KEEP_DONE_MS = 2 * 60 * 60_000;

/**
 * Queues every stored event still owed work whose job never made it (a crash between the ack and
 * the send). Safe to run anywhere at any time: the job id is the inbox id, so an event whose job
 * exists is not queued again.
 */
export async function recoverInbox(
  deps: Pick<JobDeps, 'database' | 'enqueue'>,
  definition: JobDefinition<{ inboxId: string }> = chatInboxProcess,
  now = new Date(),
  mentioning?: string,
  graceMs = GRACE_MS,
): Promise<number> {
  const ids = await pendingInboundEvents(deps.database, {
    receivedAfter: new Date(now.getTime() - REPLAY_WINDOW_MS),
    receivedBefore: new Date(now.getTime() - graceMs),
    platforms: ['slack', 'teams'],
    limit: 1_000,
    ...(mentioning === undefined ? {} : { mentioning }),
  });
  let queued = 0;
  for (const inboxId of ids) {
    if (await deps.enqueue(definition, { inboxId }, { id: inboxId })) queued++;
  }
  return queued;
}

/**
 * Recovery in each process that answers chat: once at start (events stored before a restart), then
 * every few seconds. A web process killed between an ack and its hand-off leaves events stored and
 * acked but never queued; the minute sweep alone answered them 40–90 s late (bench:scale's SIGKILL
 * run), while the person watches the thread. Runs never overlap; a failed periodic run is logged
 * and the next one tries again.
 */
export async function startInboxRecovery(options: {
  deps: Pick<JobDeps, 'database' | 'enqueue' | 'logger'>;
  definition?: JobDefinition<{ inboxId: string }>;
  /** Tests only: recover the events that mention this id (see recoverInbox). */
  mentioning?: string;
  everyMs?: number;
  graceMs?: number;
}): Promise<{ stop(): Promise<void> }> {
  const { deps, definition = chatInboxProcess, mentioning, everyMs = RECOVERY_EVERY_MS, graceMs } = options;
  const recover = async () => {
    const queued = await recoverInbox(deps, definition, new Date(), mentioning, graceMs);
    if (queued > 0) deps.logger.info({ queued }, 'stored chat events without a job queued again');
  };
  await recover();
  let running: Promise<void> | undefined;
  const timer = setInterval(() => {
    running ??= recover()
      .catch((error: unknown) => deps.logger.warn({ err: error }, 'chat inbox recovery failed'))
      .finally(() => {
        running = undefined;
      });
  }, everyMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}

/** Every minute: recovery (see above) and pruning of events done long enough ago. */
export const chatInboxSweep: JobDefinition<Record<string, never>> = {
  name: 'chat-inbox.sweep',
  payload: z.object({}).strict(),
  retry: { retryLimit: 1, retryDelaySeconds: 30, retryBackoff: false, expireInSeconds: 120 },
  schedule: '* * * * *',
  async handle(deps) {
    const queued = await recoverInbox(deps);
    const pruned = await pruneInbox(deps.database, new Date(Date.now() - KEEP_DONE_MS));
    if (queued > 0 || pruned > 0) deps.logger.info({ queued, pruned }, 'chat inbox sweep');
  },
};
