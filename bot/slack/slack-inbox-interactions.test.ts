import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageAction, viewSubmission } from '../../sim/slack/index.ts';
import { button, eventually, type SlackWorld, sessionOf, slackWorld, verbs } from './slack-test-kit.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

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

  it('stores the press, the submit and the command before their acks and does each once after a restart', async () => {
    // A session with a card, answered while the server still answers.
    const { threadTs } = await w.mention(
      w.engineerSlackId,
      'Outlook keeps asking for the password since this morning',
    );
    const card = await eventually(() =>
      w.threadMessages(threadTs).find((m) => verbs(m).includes('fix.worked')),
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
          workspace: w.workspace,
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
        workspace: w.workspace,
      }),
    );
    expect(refused.status).toBe(200);
    expect(JSON.stringify(refused.json)).toMatch(/No technician channel yet/);
    expect(await w.inboxRows(refusedTrigger)).toEqual([]);

    const tech = await w.command(w.adminSlackId, 'techchannel', { channel: w.techChannel });
    expect(JSON.stringify(tech.json)).toMatch(/Escalations will be posted in this channel/);

    const pressTrigger = w.sim.issueTriggerId(w.engineerSlackId);
    await w.press(w.engineerSlackId, card, 'fix.worked', { triggerId: pressTrigger });
    const submitTrigger = w.sim.issueTriggerId(w.engineerSlackId);
    const submitted = await w.send(
      viewSubmission({
        user: { id: w.engineerSlackId },
        view: await openModal(),
        values: { escalate_note: { value: { type: 'plain_text_input', value: 'Only the floor 3 scanner' } } },
        triggerId: submitTrigger,
        workspace: w.workspace,
      }),
    );
    const commandTrigger = w.sim.issueTriggerId(w.engineerSlackId);
    const command = await w.command(w.engineerSlackId, 'new Label printer prints blank pages', {
      triggerId: commandTrigger,
    });
    for (const res of [submitted, command]) expect(res.status).toBe(200);
    expect(submitted.body).toBe(''); // the modal closes
    for (const trigger of [pressTrigger, submitTrigger, commandTrigger])
      expect(await w.inboxRows(trigger)).toEqual([expect.objectContaining({ doneAt: null, attempts: 0 })]);

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
      await eventually(async () => (await w.inboxRows(trigger))[0]?.doneAt != null);

    // A job that runs again (expired, retried) does not press, submit or command twice.
    const slack = w.server.slack;
    if (!slack) throw new Error('the server runs Slack');
    for (const trigger of [submitTrigger, commandTrigger]) {
      const [row] = await w.inboxRows(trigger);
      await slack.processInboxEvent(row?.body);
    }
    await sleep(1_000);
    expect(escalations()).toHaveLength(1);
    expect(roots()).toHaveLength(1);
  });
});
