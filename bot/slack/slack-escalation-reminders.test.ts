import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateAccountSettings } from '../../core/accounts/index.ts';
import { claimEscalation } from '../../core/escalations/index.ts';
import { silentLogger } from '../../core/shared/logger.ts';
import { escalationRemindersForAccount } from '../../jobs/definitions/escalation-reminders.ts';
import { escalationReminderSender } from '../../server/escalation-reminders.ts';
import { appMentionEvent, blockActions, type SimMessage, slashCommand } from '../../sim/slack/index.ts';
import { eventually, type SlackWorld, sessionOf, slackWorld } from './slack-test-kit.ts';

type Button = { action_id: string; value?: string; block_id?: string };
const buttons = (m: SimMessage | undefined): Button[] =>
  ((m?.blocks ?? []) as Array<{ type: string; block_id?: string; elements?: Button[] }>).flatMap((b) =>
    b.type === 'actions' ? (b.elements ?? []).map((e) => ({ ...e, block_id: b.block_id ?? 'actions' })) : [],
  );
const verbs = (m: SimMessage | undefined) => buttons(m).map((b) => b.action_id);
const MINUTE = 60_000;

describe('Slack: an escalation nobody claims is reminded about, on a controlled clock', () => {
  let w: SlackWorld;
  let l1SlackId: string;

  beforeAll(async () => {
    w = await slackWorld();
    const l1 = await w.account.member('l1', { name: 'Lee Firstline' });
    l1SlackId = w.sim.addUser({ name: 'lee', realName: 'Lee Firstline', email: l1.email }).id;
    await w.send(
      slashCommand({
        command: '/resolve',
        text: 'techchannel',
        userId: w.adminSlackId,
        channelId: w.techChannel,
        workspace: w.workspace,
      }),
    );
  });
  afterAll(() => w.close());

  const thread = (ts: string) => w.sim.messages.filter((m) => m.thread_ts === ts && m.ts !== ts);

  async function press(user: string, message: SimMessage, actionId: string, threadTs?: string) {
    const b = buttons(message).find((x) => x.action_id === actionId);
    if (!b) throw new Error(`no ${actionId} button (has ${verbs(message).join(', ')})`);
    await w.send(
      blockActions({
        user: { id: user },
        actions: [{ actionId, blockId: b.block_id ?? '', value: b.value }],
        channel: { id: message.channel },
        message: { ts: message.ts, ...(threadTs ? { thread_ts: threadTs } : {}) },
        workspace: w.workspace,
      }),
    );
  }

  /** An L1 escalates a thread from its card; returns the session and the technician-channel post. */
  async function escalate(text: string) {
    const request = appMentionEvent({
      channel: w.channel,
      user: l1SlackId,
      text: `<@${w.sim.workspace.botUserId}> ${text}`,
      workspace: w.workspace,
    });
    await w.send(request);
    const threadTs = (request.payload.event as { ts: string }).ts;
    const card = await eventually(() =>
      thread(threadTs).find((m) => verbs(m).includes('fix.worked') && (m.history?.length ?? 0) > 0),
    );
    const sessionId = JSON.parse(buttons(card).find((b) => b.action_id === 'fix.worked')?.value ?? '{}').s;
    await press(l1SlackId, card, 'note.escalation.preview', threadTs);
    const preview = await eventually(() =>
      thread(threadTs).find((m) => verbs(m).includes('note.escalation.post')),
    );
    await press(l1SlackId, preview, 'note.escalation.post', threadTs);
    const post = await eventually(() =>
      w.sim.messages.find(
        (m) =>
          m.channel === w.techChannel &&
          buttons(m).some((b) => b.action_id === 'escalation.claim' && b.value?.includes(sessionId)),
      ),
    );
    // The post's ts is recorded after it is sent; the reminder replies in its thread.
    await eventually(async () =>
      Boolean((await sessionOf(w.engineer, sessionId)).escalation?.channel?.ref.postTs),
    );
    const escalatedAt = Date.parse((await sessionOf(w.engineer, sessionId)).escalatedAt ?? '');
    return { sessionId: sessionId as string, post, escalatedAt };
  }

  /** One run of the account's reminder job at `at`, with the server's Slack adapter sending. */
  const runJobAt = (at: number) =>
    escalationRemindersForAccount.handle(
      {
        database: w.server.database,
        logger: silentLogger,
        enqueue: async () => null,
        onEscalationReminder: escalationReminderSender([w.server.slack]),
        now: () => new Date(at),
      },
      { accountId: w.account.accountId },
      { id: 'test', retryCount: 0 },
    );
  const dmsToAdmin = () => w.sim.messages.filter((m) => m.channel === w.sim.openIm(w.adminSlackId).id);

  it('pings the technician thread after N minutes, DMs the admins at 2N, each once, and stops at the claim', async () => {
    const { sessionId, post, escalatedAt } = await escalate(
      'Outlook keeps saying Trying to connect at reception after a password change',
    );
    const dmsBefore = dmsToAdmin().length;

    await runJobAt(escalatedAt + 14 * MINUTE);
    expect(thread(post.ts)).toEqual([]);

    await runJobAt(escalatedAt + 15 * MINUTE);
    const [ping] = thread(post.ts);
    expect(ping?.text).toBe(
      '<!here> ⏰ Still unclaimed after 15 minutes: Outlook keeps saying Trying to connect at reception after a password change. An engineer, please press Claim on the escalation.',
    );
    const call = w.sim.calls.findLast((c) => c.method === 'chat.postMessage' && c.args.thread_ts === post.ts);
    expect(String(call?.args.reply_broadcast)).toBe('true');
    expect(dmsToAdmin().length).toBe(dmsBefore);

    // Re-running the job (a retry, the next minute's sweep) sends nothing twice.
    await runJobAt(escalatedAt + 16 * MINUTE);
    expect(thread(post.ts)).toHaveLength(1);

    await runJobAt(escalatedAt + 30 * MINUTE);
    const dms = dmsToAdmin().slice(dmsBefore);
    expect(dms.map((m) => m.text)).toEqual([
      `⏰ An escalation has waited 30 minutes with nobody claiming it: Outlook keeps saying Trying to connect at reception after a password change (Claim is on the post in <#${w.techChannel}>). Please find an engineer to take it.`,
    ]);
    await runJobAt(escalatedAt + 45 * MINUTE);
    expect(dmsToAdmin().slice(dmsBefore)).toHaveLength(1);
    expect(thread(post.ts)).toHaveLength(1);
    expect((await sessionOf(w.engineer, sessionId)).status).toBe('escalated_local');
  });

  it('sends nothing once the escalation is claimed, nor when reminders are off', async () => {
    const claimed = await escalate(
      'Outlook keeps saying Trying to connect for accounting after a password change',
    );
    await claimEscalation({ ctx: w.engineer, sessionId: claimed.sessionId });
    const before = w.sim.messages.length;
    await runJobAt(claimed.escalatedAt + 60 * MINUTE);
    expect(w.sim.messages.length).toBe(before);
    expect(thread(claimed.post.ts)).toEqual([]);

    await updateAccountSettings({ ctx: w.account.owner, input: { escalationReminderMinutes: 0 } });
    const off = await escalate('Outlook keeps saying Trying to connect after a password change');
    const quiet = w.sim.messages.length;
    await runJobAt(off.escalatedAt + 24 * 60 * MINUTE);
    expect(w.sim.messages.length).toBe(quiet);
    await updateAccountSettings({ ctx: w.account.owner, input: { escalationReminderMinutes: 15 } });
  });
});
