import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chatInboxTable } from '../../core/db/schema/chat-inbox.ts';
import { withSystemTransaction } from '../../core/db/transactions.ts';
import type { RunningServer } from '../../server/boot.ts';
import { sendActivity, type TeamsActivity } from '../../sim/teams/index.ts';
import { offlineDiagnosis } from '../../test/diagnosis.ts';
import { startTestServer } from '../../test/server.ts';
import { eventually, type TeamsWorld, teamsWorld, textOf, threadOf } from './teams-test-kit.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Teams on the inbox: a message activity the connector has its 200 for is in Postgres before that
 * 200 goes out, so a process that stops between the ack and the answer leaves it to the next one.
 * The first server answers nothing (CHAT_INBOX_CONCURRENCY=0 stands in for "stopped between the
 * ack and the work"); the real server, its job queue and the Teams connector simulator.
 */
describe('Teams inbox: acked messages survive a restart and are answered once', () => {
  let w: TeamsWorld;
  let server: RunningServer;
  const start = (env: Record<string, string>) =>
    startTestServer(w.account.owner.db, env, {
      diagnosis: offlineDiagnosis(),
      testNamespace: w.tenantId,
    });

  beforeAll(async () => {
    w = await teamsWorld();
    server = await start({ CHAT_INBOX_CONCURRENCY: '0', PUBLIC_URL: 'https://rf.example.test' });
  });
  afterAll(async () => {
    await server.stop();
    await w.close();
  });

  const send = (activity: TeamsActivity) => sendActivity(`${server.url}/api/messages`, activity);
  const answers = (post: TeamsActivity) =>
    threadOf(w, post.id).filter((a) => textOf(a).startsWith('Offline assistant'));
  const inboxRow = (post: TeamsActivity) =>
    withSystemTransaction(server.database, 'test: inbox row', async (tx) => {
      const [row] = await tx
        .select()
        .from(chatInboxTable)
        .where(
          and(
            eq(chatInboxTable.platform, 'teams'),
            eq(chatInboxTable.eventId, `${post.conversation.id}|${post.id}`),
          ),
        );
      return row;
    });

  it('stores a mention before the 200, answers it after a restart, and a redelivery adds nothing', async () => {
    const post = w.post('The label printer in the warehouse prints blank pages since Monday');
    const acked = await send(post);
    expect(acked.status).toBe(200);
    expect(await inboxRow(post)).toMatchObject({ doneAt: null, attempts: 0 });
    await sleep(1_500);
    expect(threadOf(w, post.id)).toHaveLength(0);

    await server.stop();
    server = await start({ PUBLIC_URL: 'https://rf.example.test' });
    await eventually(() => answers(post).length > 0, 15_000);
    await eventually(async () => (await inboxRow(post))?.doneAt != null, 8_000);
    expect((await inboxRow(post))?.attempts).toBe(1);

    // The connector redelivers an activity it thinks the bot missed: a 200, not a second answer.
    const again = await send(post);
    expect(again.status).toBe(200);
    await sleep(1_500);
    expect(answers(post)).toHaveLength(1);
    expect((await inboxRow(post))?.attempts).toBe(1);
  });

  it('answers a message in the 1:1 chat from the queue, in a proactive turn of that chat', async () => {
    const message = w.personal('Teams calls drop after exactly 60 minutes on the VPN');
    const acked = await send(message);
    expect(acked.status).toBe(200);
    const reply = await eventually(
      () =>
        w.connector
          .activities(message.conversation.id)
          .find((a) => textOf(a).startsWith('Offline assistant')),
      15_000,
    );
    expect(reply.replyToId).toBe(message.id);
    await eventually(async () => (await inboxRow(message))?.doneAt != null, 8_000);
  });

  it('leaves invokes in the request: a card action is answered in the HTTP response, not stored', async () => {
    const post = w.post('Shared mailbox not showing up in Outlook for the new hire');
    await send(post);
    const card = await eventually(() => threadOf(w, post.id).find((a) => a.activity.attachments), 15_000);
    const press = w.press(post, card, 'session.refresh');
    const res = await send(press);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    const [row] = await withSystemTransaction(server.database, 'test: invoke not stored', (tx) =>
      tx
        .select()
        .from(chatInboxTable)
        .where(eq(chatInboxTable.eventId, `${press.conversation.id}|${press.id}`)),
    );
    expect(row).toBeUndefined();
  });
});
