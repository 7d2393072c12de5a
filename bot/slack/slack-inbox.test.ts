import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordInboundEvent } from '../../core/chat/index.ts';
import { chatInboxTable } from '../../core/db/schema/chat-inbox.ts';
import { withSystemTransaction } from '../../core/db/transactions.ts';
import { chatInboxProcess, recoverInbox } from '../../jobs/definitions/chat-inbox.ts';
import { appMentionEvent, DEFAULT_BOT_SCOPE, messageEvent } from '../../sim/slack/index.ts';
import { FIRST_POST_TEXT } from './first-post.ts';
import { eventually, type SlackWorld, slackWorld } from './slack-test-kit.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const offlineReplies = (w: SlackWorld, threadTs: string) =>
  w.sim.messages.filter((m) => m.thread_ts === threadTs && m.text.startsWith('Offline assistant'));
/** The engineer @mentions the bot in the help channel: the signed event and its thread. */
function engineerMentions(w: SlackWorld, text: string) {
  const request = appMentionEvent({
    channel: w.channel,
    user: w.engineerSlackId,
    text: `<@${w.sim.workspace.botUserId}> ${text}`,
    workspace: w.workspace,
  });
  return { request, threadTs: (request.payload.event as { ts: string }).ts };
}
const storedEvent = (w: SlackWorld, eventId: string) =>
  withSystemTransaction(w.server.database, 'test: inbox row', async (tx) => {
    const [row] = await tx.select().from(chatInboxTable).where(eq(chatInboxTable.eventId, eventId));
    return row;
  });

/**
 * The inbox: an event Slack has its 200 for is in Postgres before that 200 goes out, so a process
 * that stops (or dies) before answering leaves it to the next one. The first server here answers
 * nothing (CHAT_INBOX_CONCURRENCY=0 stands in for "stopped between the ack and the work").
 */
describe('Slack inbox: acked events survive a restart and are answered once', () => {
  let w: SlackWorld;

  beforeAll(async () => {
    w = await slackWorld({ CHAT_INBOX_CONCURRENCY: '0' });
  });
  afterAll(() => w.close());

  const replies = (threadTs: string) => offlineReplies(w, threadTs);
  const inboxRow = (eventId: string) => storedEvent(w, eventId);

  it('stores a mention before the ack, answers it after a restart, and a Slack retry adds nothing', async () => {
    const { request, threadTs } = engineerMentions(w, 'The printer on floor 2 shows offline for everyone');
    const eventId = request.payload.event_id as string;

    const acked = await w.send(request);
    expect(acked.status).toBe(200);
    const stored = await inboxRow(eventId);
    expect(stored).toMatchObject({ platform: 'slack', doneAt: null, attempts: 0 });
    // The person hears back at once, before any turn slot is free. This install answers natively
    // (assistant:write), so the sign is Slack's thread status, as the streamed answer shows it.
    await eventually(() => w.sim.threadStatus(w.channel, threadTs) === 'is thinking…');
    await eventually(async () => (await inboxRow(eventId))?.firstPost === `status:${w.channel}/${threadTs}`);
    // One sign of work, not two: no status line message in the thread.
    expect(w.sim.messages.filter((m) => m.thread_ts === threadTs)).toEqual([]);

    await w.restart();
    await eventually(() => replies(threadTs).length > 0, 15_000);
    await eventually(async () => (await inboxRow(eventId))?.doneAt != null);
    // Answered: the status is gone, and no status line was ever posted.
    await eventually(() => w.sim.threadStatus(w.channel, threadTs) === '');
    expect(w.sim.calls.some((c) => c.method === 'chat.postMessage' && c.args.text === FIRST_POST_TEXT)).toBe(
      false,
    );

    // Slack never saw an answer in time on its side and retries: acked, not answered again.
    const retried = await w.send(request, { retryNum: 1 });
    expect(retried.status).toBe(200);
    await sleep(1_500);
    expect(replies(threadTs)).toHaveLength(1);
    expect((await inboxRow(eventId))?.attempts).toBe(1);
  });

  it('answers a stored event whose job was never sent (a crash between the ack and the send)', async () => {
    const { request, threadTs } = engineerMentions(w, 'VPN drops every ten minutes on the new laptops');
    const inboxId = await recordInboundEvent(
      w.server.database,
      'slack',
      request.payload.event_id as string,
      request.payload,
    );
    expect(inboxId).toEqual(expect.any(String));
    const queue = w.server.queue;
    if (!queue) throw new Error('the server runs a queue for its Slack events');
    const definition = { ...chatInboxProcess, name: `chat-inbox.test.${w.workspace.teamId}` };
    // Recovery leaves young events alone (their own process is presumably still sending them).
    // Scoped to this workspace, as test servers recover: unscoped, it would pull another suite's
    // stored-but-unqueued events (on the shared CI database) into this queue and answer them here.
    const scope = w.workspace.teamId;
    const deps = { database: w.server.database, enqueue: queue.enqueue };
    expect(await recoverInbox(deps, definition, new Date(), scope)).toBe(0);
    const later = new Date(Date.now() + 60_000);
    expect(await recoverInbox(deps, definition, later, scope)).toBe(1);
    // Running recovery again queues nothing: the job id is the inbox id.
    expect(await recoverInbox(deps, definition, later, scope)).toBe(0);
    await eventually(() => replies(threadTs).length > 0, 15_000);
    await sleep(1_000);
    expect(replies(threadTs)).toHaveLength(1);
  });

  it('acks chatter in threads the bot is not in without storing it', async () => {
    const request = messageEvent({
      channel: w.channel,
      user: w.engineerSlackId,
      text: 'lunch at noon?',
      threadTs: '1700000000.000100',
      workspace: w.workspace,
    });
    const res = await w.send(request);
    expect(res.status).toBe(200);
    expect(await inboxRow(request.payload.event_id as string)).toBeUndefined();
  });
});

describe('Slack inbox: the first sign of work where answers are not native', () => {
  let w: SlackWorld;

  beforeAll(async () => {
    // An install from before the AI-app surface: no assistant:write.
    w = await slackWorld({}, { sim: { scope: DEFAULT_BOT_SCOPE.replace('assistant:write,', '') } });
  });
  afterAll(() => w.close());

  it('posts a status line right after the ack and takes it down once answered, with no thread status', async () => {
    const { request, threadTs } = engineerMentions(w, 'Teams calls drop after a minute on the reception PC');
    expect((await w.send(request)).status).toBe(200);
    const status = await eventually(() =>
      w.sim.messages.find((m) => m.thread_ts === threadTs && m.text === FIRST_POST_TEXT),
    );
    await eventually(
      () => w.sim.messages.find((m) => m.thread_ts === threadTs && m.text.startsWith('Offline assistant')),
      15_000,
    );
    await eventually(() => w.sim.deleted.includes(status));
    expect(w.sim.messages.some((m) => m.thread_ts === threadTs && m.text === FIRST_POST_TEXT)).toBe(false);
    expect(w.sim.threadEvents.filter((e) => e.threadTs === threadTs)).toEqual([]);
  });
});

/**
 * A web process killed between the ack and its hand-off to the queue leaves an event stored and
 * acked with no job. Slack will not resend it; the processes that answer chat look for such events
 * every few seconds (here every 200 ms, after 500 ms), not only at their next start or the
 * minute sweep.
 */
describe('Slack inbox: an event stored without a job is answered without a restart', () => {
  let w: SlackWorld;

  beforeAll(async () => {
    w = await slackWorld({}, { inboxRecovery: { everyMs: 200, graceMs: 500 } });
  });
  afterAll(() => w.close());

  it('queues it again within seconds and answers it once', async () => {
    const { request, threadTs } = engineerMentions(
      w,
      'Scanner on the copier stopped emailing scans since this morning',
    );
    const eventId = request.payload.event_id as string;
    // What the dead process left behind: the stored event (acked), and no job.
    const inboxId = await recordInboundEvent(w.server.database, 'slack', eventId, request.payload);
    expect(inboxId).toEqual(expect.any(String));
    await eventually(() => offlineReplies(w, threadTs).length > 0, 10_000);
    await eventually(async () => (await storedEvent(w, eventId))?.doneAt != null);
    // Recovery keeps running; the event, done, is not queued or answered again.
    await sleep(1_000);
    expect(offlineReplies(w, threadTs)).toHaveLength(1);
  });
});
