import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateAccountSettings } from '../../core/accounts/index.ts';
import { claimEscalation } from '../../core/escalations/index.ts';
import { postResolutionNote } from '../../core/notes/index.ts';
import { silentLogger } from '../../core/shared/logger.ts';
import { escalationRemindersForAccount } from '../../jobs/definitions/escalation-reminders.ts';
import { escalationReminderSender } from '../../server/escalation-reminders.ts';
import { viewSubmission } from '../../sim/slack/index.ts';
import { offlineDiagnosis } from '../../test/diagnosis.ts';
import { buttons, eventually, type SlackWorld, sessionOf, slackWorld, verbs } from './slack-test-kit.ts';

const MINUTE = 60_000;

describe('Slack: after an escalation — reminders on a controlled clock, and peer hand-over', () => {
  let w: SlackWorld;
  let l1SlackId: string;
  let l1UserId: string;

  beforeAll(async () => {
    w = await slackWorld();
    const l1 = await w.account.member('l1', { name: 'Lee Firstline' });
    l1SlackId = w.sim.addUser({ name: 'lee', realName: 'Lee Firstline', email: l1.email }).id;
    l1UserId = l1.actor.kind === 'user' ? l1.actor.userId : '';
    await w.command(w.adminSlackId, 'techchannel', { channel: w.techChannel });
  });
  afterAll(() => w.close());

  /** An L1 escalates a thread from its card; returns the session and the technician-channel post. */
  async function escalate(text: string) {
    const { threadTs } = await w.mention(l1SlackId, text);
    const card = await eventually(() =>
      w.threadMessages(threadTs).find((m) => verbs(m).includes('fix.worked') && (m.history?.length ?? 0) > 0),
    );
    const sessionId = JSON.parse(buttons(card).find((b) => b.action_id === 'fix.worked')?.value ?? '{}').s;
    await w.press(l1SlackId, card, 'note.escalation.preview');
    const preview = await eventually(() =>
      w.threadMessages(threadTs).find((m) => verbs(m).includes('note.escalation.post')),
    );
    await w.press(l1SlackId, preview, 'note.escalation.post');
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
    expect(w.threadMessages(post.ts)).toEqual([]);

    await runJobAt(escalatedAt + 15 * MINUTE);
    const [ping] = w.threadMessages(post.ts);
    expect(ping?.text).toBe(
      '<!here> ⏰ Still unclaimed after 15 minutes: Outlook keeps saying Trying to connect at reception after a password change. An engineer, please press Claim on the escalation.',
    );
    const call = w.sim.calls.findLast((c) => c.method === 'chat.postMessage' && c.args.thread_ts === post.ts);
    expect(String(call?.args.reply_broadcast)).toBe('true');
    expect(dmsToAdmin().length).toBe(dmsBefore);

    // Re-running the job (a retry, the next minute's sweep) sends nothing twice.
    await runJobAt(escalatedAt + 16 * MINUTE);
    expect(w.threadMessages(post.ts)).toHaveLength(1);

    await runJobAt(escalatedAt + 30 * MINUTE);
    const dms = dmsToAdmin().slice(dmsBefore);
    expect(dms.map((m) => m.text)).toEqual([
      `⏰ An escalation has waited 30 minutes with nobody claiming it: Outlook keeps saying Trying to connect at reception after a password change (Claim is on the post in <#${w.techChannel}>). Please find an engineer to take it.`,
    ]);
    await runJobAt(escalatedAt + 45 * MINUTE);
    expect(dmsToAdmin().slice(dmsBefore)).toHaveLength(1);
    expect(w.threadMessages(post.ts)).toHaveLength(1);
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
    expect(w.threadMessages(claimed.post.ts)).toEqual([]);

    await updateAccountSettings({ ctx: w.account.owner, input: { escalationReminderMinutes: 0 } });
    const off = await escalate('Outlook keeps saying Trying to connect after a password change');
    const quiet = w.sim.messages.length;
    await runJobAt(off.escalatedAt + 24 * 60 * MINUTE);
    expect(w.sim.messages.length).toBe(quiet);
    await updateAccountSettings({ ctx: w.account.owner, input: { escalationReminderMinutes: 15 } });
  });

  it('the holder hands it to another engineer from the post: modal of engineers, thread names both', async () => {
    const { sessionId, post } = await escalate(
      'Outlook keeps saying Trying to connect after a password change',
    );
    await w.press(w.engineerSlackId, post, 'escalation.claim');
    const held = await eventually(() => {
      const now = w.sim.messages.find((m) => m.ts === post.ts);
      return now && verbs(now).includes('escalation.handover') ? structuredClone(now) : undefined;
    });
    expect(JSON.stringify(held.blocks)).toContain('Claimed by Erin Engineer');

    // Someone who does not hold it is told who does; no dialog opens, nothing changes.
    const ephemerals = w.sim.ephemerals.length;
    await w.press(w.adminSlackId, held, 'escalation.handover');
    const refusal = await eventually(() =>
      w.sim.ephemerals.slice(ephemerals).find((e) => e.user === w.adminSlackId),
    );
    expect(refusal.text).toMatch(/Erin Engineer holds this escalation; only they can hand it on\.$/);

    const trigger = w.sim.issueTriggerId(w.engineerSlackId);
    await w.press(w.engineerSlackId, held, 'escalation.handover', { triggerId: trigger });
    const modal = await eventually(() => w.sim.views.find((v) => v.triggerId === trigger));
    const options = (
      (
        modal.view.blocks as Array<{
          element?: { options?: Array<{ text: { text: string }; value: string }> };
        }>
      )[0]?.element?.options ?? []
    ).map((o) => o.text.text);
    expect(options).toContain('Ada Admin');
    expect(options).not.toContain('Erin Engineer');
    expect(options).not.toContain('Lee Firstline');

    const submit = (value: string, text: string) =>
      w.send(
        viewSubmission({
          user: { id: w.engineerSlackId },
          view: modal.view,
          values: {
            handover_to: {
              value: {
                type: 'static_select',
                selected_option: { value, text: { type: 'plain_text', text } },
              },
            },
          },
          workspace: w.workspace,
        }),
      );
    // A forged pick of a non-engineer is refused on the field; nothing changes.
    const forged = await submit(l1UserId, 'Lee Firstline');
    expect(forged.json).toMatchObject({
      response_action: 'errors',
      errors: {
        handover_to:
          'Lee Firstline is not an engineer (their role is l1), so they cannot take an escalation.',
      },
    });
    expect((await sessionOf(w.engineer, sessionId)).escalation?.claimedBy?.name).toBe('Erin Engineer');

    const adminId = w.admin.actor.kind === 'user' ? w.admin.actor.userId : '';
    const done = await submit(adminId, 'Ada Admin');
    expect(done.status).toBe(200);
    const note = await eventually(() => w.threadMessages(post.ts).find((m) => m.text.startsWith('🔁')));
    expect(note.text).toBe(`🔁 Erin Engineer handed this escalation to <@${w.adminSlackId}>.`);
    await eventually(() =>
      /Claimed by Ada Admin/.test(JSON.stringify(w.sim.messages.find((m) => m.ts === post.ts)?.blocks)),
    );
    expect(await sessionOf(w.admin, sessionId)).toMatchObject({ status: 'active', ownerUserId: adminId });

    // The new holder resolves it.
    await postResolutionNote({ ctx: w.admin, deps: offlineDiagnosis(), sessionId, input: {} });
    expect((await sessionOf(w.admin, sessionId)).status).toBe('resolved_local');
  });
});
