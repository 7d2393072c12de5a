import { like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chatInboxTable } from '../../core/db/schema/chat-inbox.ts';
import { withSystemTransaction } from '../../core/db/transactions.ts';
import {
  appMentionEvent,
  blockActions,
  messageAction,
  type SimMessage,
  slashCommand,
  viewSubmission,
} from '../../sim/slack/index.ts';
import { eventually, type SlackWorld, sessionOf, slackWorld } from './slack-test-kit.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Button {
  action_id: string;
  value?: string;
  block_id?: string;
}

function button(message: SimMessage | undefined, actionId: string): Button {
  const blocks = (message?.blocks ?? []) as Array<{ type: string; block_id?: string; elements?: Button[] }>;
  const found = blocks
    .flatMap((b) =>
      b.type === 'actions' ? (b.elements ?? []).map((e) => ({ ...e, block_id: b.block_id })) : [],
    )
    .find((b) => b.action_id === actionId);
  if (!found) throw new Error(`no ${actionId} button on the message`);
  return found;
}

/**
 * Interactions that write after an empty ack (a card button, the escalation modal's submit,
 * `/resolve new`) are in the inbox before that ack: a server that stops between the ack and the
 * write (CHAT_INBOX_CONCURRENCY=0 stands in for it) leaves them to the next one, which does each
 * exactly once. Answers that travel in the ack (a modal's field errors) still come at once.
 */
describe('Slack inbox: button presses, modal submits and slash commands survive a restart', () => {
  let w: SlackWorld;

  beforeAll(async () => {
    w = await slackWorld();
  });
  afterAll(() => w.close());

  const ws = () => ({ workspace: w.workspace });
  const inboxRows = (trigger: string) =>
    withSystemTransaction(w.server.database, 'test: inbox rows', (tx) =>
      tx
        .select()
        .from(chatInboxTable)
        .where(like(chatInboxTable.eventId, `%:${trigger}`)),
    );

  it('stores the press, the submit and the command before their acks and does each once after a restart', async () => {
    // A session with a card, answered while the server still answers.
    const mention = appMentionEvent({
      channel: w.channel,
      user: w.engineerSlackId,
      text: `<@${w.sim.workspace.botUserId}> Outlook keeps asking for the password since this morning`,
      ...ws(),
    });
    await w.send(mention);
    const threadTs = (mention.payload.event as { ts: string }).ts;
    const card = await eventually(() =>
      w.sim.messages.find(
        (m) =>
          m.thread_ts === threadTs &&
          (m.blocks ?? []).length > 0 &&
          JSON.stringify(m.blocks).includes('fix.worked'),
      ),
    );
    const sessionId = JSON.parse(button(card, 'fix.worked').value ?? '{}').s as string;
    expect((await sessionOf(w.engineer, sessionId)).activeFix?.status).toBe('proposed');

    await w.restart({ CHAT_INBOX_CONCURRENCY: '0' });

    // The escalation modal without a technician channel: the field error is in the ack, nothing stored.
    const openModal = async () => {
      const trigger = w.sim.issueTriggerId(w.engineerSlackId);
      await w.send(
        messageAction({
          callbackId: 'escalate_to_engineer',
          user: { id: w.engineerSlackId },
          channel: { id: w.channel },
          message: {
            ts: '1700000200.000100',
            text: 'Scanner on floor 3 emails nothing',
            user: w.engineerSlackId,
          },
          triggerId: trigger,
          ...ws(),
        }),
      );
      return (await eventually(() => w.sim.views.find((v) => v.triggerId === trigger))).view;
    };
    const refusedTrigger = w.sim.issueTriggerId(w.engineerSlackId);
    const refused = await w.send(
      viewSubmission({
        user: { id: w.engineerSlackId },
        view: await openModal(),
        values: {},
        triggerId: refusedTrigger,
        ...ws(),
      }),
    );
    expect(refused.status).toBe(200);
    expect(JSON.stringify(refused.json)).toMatch(/No technician channel yet/);
    expect(await inboxRows(refusedTrigger)).toEqual([]);

    const tech = await w.send(
      slashCommand({
        command: '/resolve',
        text: 'techchannel',
        userId: w.adminSlackId,
        channelId: w.techChannel,
        ...ws(),
      }),
    );
    expect(JSON.stringify(tech.json)).toMatch(/Escalations will be posted in this channel/);

    const worked = button(card, 'fix.worked');
    const pressTrigger = w.sim.issueTriggerId(w.engineerSlackId);
    const pressed = await w.send(
      blockActions({
        user: { id: w.engineerSlackId },
        actions: [{ actionId: 'fix.worked', blockId: worked.block_id ?? '', value: worked.value }],
        channel: { id: w.channel },
        message: { ts: card.ts, thread_ts: threadTs },
        triggerId: pressTrigger,
        ...ws(),
      }),
    );
    const submitTrigger = w.sim.issueTriggerId(w.engineerSlackId);
    const submitted = await w.send(
      viewSubmission({
        user: { id: w.engineerSlackId },
        view: await openModal(),
        values: { escalate_note: { value: { type: 'plain_text_input', value: 'Only the floor 3 scanner' } } },
        triggerId: submitTrigger,
        ...ws(),
      }),
    );
    const commandTrigger = w.sim.issueTriggerId(w.engineerSlackId);
    const command = await w.send(
      slashCommand({
        command: '/resolve',
        text: 'new Label printer prints blank pages',
        userId: w.engineerSlackId,
        channelId: w.channel,
        triggerId: commandTrigger,
        ...ws(),
      }),
    );
    for (const res of [pressed, submitted, command]) expect(res.status).toBe(200);
    expect(submitted.body).toBe(''); // the modal closes
    for (const trigger of [pressTrigger, submitTrigger, commandTrigger])
      expect(await inboxRows(trigger)).toEqual([expect.objectContaining({ doneAt: null, attempts: 0 })]);

    await sleep(1_500);
    const escalations = () =>
      w.sim.messages.filter(
        (m) => m.channel === w.techChannel && /Scanner on floor 3/.test(JSON.stringify(m)),
      );
    const roots = () => w.sim.messages.filter((m) => /New diagnosis session: Label printer/.test(m.text));
    expect((await sessionOf(w.engineer, sessionId)).activeFix?.status).toBe('proposed');
    expect(escalations()).toHaveLength(0);
    expect(roots()).toHaveLength(0);

    await w.restart();
    await eventually(
      async () => (await sessionOf(w.engineer, sessionId)).activeFix?.status === 'applied_success',
      15_000,
    );
    await eventually(() => escalations().length > 0, 15_000);
    await eventually(() => roots().length > 0, 15_000);
    for (const trigger of [pressTrigger, submitTrigger, commandTrigger])
      await eventually(async () => (await inboxRows(trigger))[0]?.doneAt != null);

    // A job that runs again (expired, retried) does not press, submit or command twice.
    const slack = w.server.slack;
    if (!slack) throw new Error('the server runs Slack');
    for (const trigger of [submitTrigger, commandTrigger]) {
      const [row] = await inboxRows(trigger);
      await slack.processInboxEvent(row?.body);
    }
    await sleep(1_000);
    expect(escalations()).toHaveLength(1);
    expect(roots()).toHaveLength(1);
  });
});
