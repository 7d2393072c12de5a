import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountBillingTable } from '../../core/db/schema/billing.ts';
import { withSystemTransaction } from '../../core/db/transactions.ts';
import { listSessions } from '../../core/sessions/index.ts';
import { appHomeOpenedEvent, messageEvent } from '../../sim/slack/index.ts';
import { FIRST_POST_TEXT } from './first-post.ts';
import { eventually, type SlackWorld, slackWorld } from './slack-test-kit.ts';

describe('Slack: the plan on App Home, plan limits in chat, trial reminders by DM (simulator)', () => {
  let w: SlackWorld;

  beforeAll(async () => {
    w = await slackWorld();
  });
  afterAll(() => w.close());

  it('shows the Pro trial countdown at the top of App Home', async () => {
    const im = w.sim.openIm(w.engineerSlackId);
    await w.send(
      appHomeOpenedEvent({ user: w.engineerSlackId, channel: im.id, tab: 'home', workspace: w.workspace }),
    );
    const home = await eventually(() =>
      w.sim.views.find((v) => v.type === 'home' && v.user === w.engineerSlackId),
    );
    const first = JSON.stringify((home.view.blocks as unknown[])[0]);
    expect(first).toMatch(/Pro trial: 14 days left/);
  });

  it('refuses a new problem over the sessions limit with the limit and how to lift it, starting nothing', async () => {
    await withSystemTransaction(w.server.database, 'test: limit', (tx) =>
      tx
        .insert(accountBillingTable)
        .values({ accountId: w.account.accountId, limitOverrides: { sessionsPerMonth: 0 } })
        .onConflictDoUpdate({
          target: accountBillingTable.accountId,
          set: { limitOverrides: { sessionsPerMonth: 0 } },
        }),
    );
    const before = (await listSessions({ ctx: w.engineer, input: { limit: 100 } })).sessions.length;
    const im = w.sim.openIm(w.engineerSlackId);
    const request = messageEvent({
      channel: im.id,
      channelType: 'im',
      user: w.engineerSlackId,
      text: 'Outlook keeps asking for my password',
      workspace: w.workspace,
    });
    await w.send(request);
    const ts = (request.payload.event as { ts: string }).ts;
    const reply = await eventually(() =>
      // Not the status line every stored mention gets right after its ack.
      w.sim.messages.find((m) => m.channel === im.id && m.thread_ts === ts && m.text !== FIRST_POST_TEXT),
    );
    expect(reply.text).toBe(
      'Plan limit reached: Your plan has 0 diagnosis sessions a month and all are used this month. An owner can talk to sales about Enterprise under Billing.',
    );
    expect((await listSessions({ ctx: w.engineer, input: { limit: 100 } })).sessions.length).toBe(before);
  });

  it('sends a trial reminder as a DM to a person linked in Slack, and to nobody who is not', async () => {
    // Erin is linked (she messaged the bot above); Ada never has been.
    const unlinked = await w.server.slack?.notifyUser(
      w.account.accountId,
      w.admin.actor.kind === 'user' ? w.admin.actor.userId : '',
      'nobody reads this',
    );
    expect(unlinked).toBe(0);
    const sent = await w.server.slack?.notifyUser(
      w.account.accountId,
      w.engineer.actor.kind === 'user' ? w.engineer.actor.userId : '',
      'Your Pro trial ends in 3 days.',
    );
    expect(sent).toBe(1);
    const dm = await eventually(() =>
      w.sim.messages.find((m) => m.text === 'Your Pro trial ends in 3 days.'),
    );
    expect(dm.channel).toBe(w.sim.openIm(w.engineerSlackId).id);
  });
});
