import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adaptiveCardProblems } from '../../cards/test-support.ts';
import { claimEscalation } from '../../core/escalations/index.ts';
import { postResolutionNote } from '../../core/notes/index.ts';
import { silentLogger } from '../../core/shared/logger.ts';
import { escalationRemindersForAccount } from '../../jobs/definitions/escalation-reminders.ts';
import { trialReminderSender } from '../../server/billing.ts';
import { escalationReminderSender } from '../../server/escalation-reminders.ts';
import { createMailer } from '../../server/http/mailer.ts';
import { errorsOf, protocolValidator } from '../../sim/teams/contract-schemas.ts';
import type { SimActivity, TeamsActivity } from '../../sim/teams/index.ts';
import { offlineDiagnosis } from '../../test/diagnosis.ts';
import {
  answeredCard,
  cardOf,
  eventually,
  sessionCardIn,
  sessionIdOf,
  sessionOf,
  type TeamsWorld,
  teamsWorld,
  textOf,
  threadOf,
  verbsOf,
  withCard,
} from './teams-test-kit.ts';

const MINUTE = 60_000;

describe('Teams: after an escalation — reminders on a controlled clock, and peer hand-over', () => {
  let w: TeamsWorld;
  let tech: TeamsActivity;

  beforeAll(async () => {
    w = await teamsWorld();
    tech = w.post('techchannel', { channel: w.techChannel, from: w.admin });
    await w.send(tech);
    await eventually(() =>
      threadOf(w, tech.id, w.techChannel).find((a) => /Escalations will be posted/.test(textOf(a))),
    );
  });
  afterAll(() => w.close());

  /** The engineer escalates a thread from its card; returns the session and its technician-channel thread. */
  async function escalate(text: string) {
    const post = w.post(text);
    await w.send(post);
    const card = await eventually(() => {
      const found = sessionCardIn(threadOf(w, post.id));
      return found && found.history.length > 0 && verbsOf(cardOf(found)).includes('fix.worked')
        ? found
        : undefined;
    });
    const preview = answeredCard((await w.send(w.press(post, card, 'note.escalation.preview'))).body);
    await w.send(w.press(post, withCard(card, preview), 'note.escalation.post'));
    const sessionId = sessionIdOf(card);
    const ref = await eventually(async () => {
      const channel = (await sessionOf(w.engineer, sessionId)).escalation?.channel;
      return channel?.ref.postConversationId ? channel.ref : undefined;
    });
    const escalatedAt = Date.parse((await sessionOf(w.engineer, sessionId)).escalatedAt ?? '');
    return { sessionId, threadId: ref.postConversationId as string, escalatedAt };
  }

  const runJobAt = (at: number) =>
    escalationRemindersForAccount.handle(
      {
        database: w.account.owner.db,
        logger: silentLogger,
        enqueue: async () => null,
        onEscalationReminder: escalationReminderSender([w.adapter]),
        now: () => new Date(at),
      },
      { accountId: w.account.accountId },
      { id: 'test', retryCount: 0 },
    );
  const reminders = (threadId: string) =>
    w.connector.activities(threadId).filter((a) => textOf(a).startsWith('⏰'));
  /** Activities in the admin's 1:1 chat with the bot, which the reminder opens by their Entra id. */
  const adminChat = (): SimActivity[] =>
    [...w.connector.conversations.values()]
      .filter((c) => {
        const members = (c.parameters as { members?: Array<{ id?: string }> } | undefined)?.members;
        return members?.[0]?.id === w.admin.teams.aadObjectId;
      })
      .flatMap((c) => c.activities);

  it('replies in the technician thread after N minutes, tells the admin in a 1:1 chat at 2N, each once', async () => {
    const { threadId, escalatedAt, sessionId } = await escalate(
      'Outlook keeps saying Trying to connect after a password change',
    );
    const before = w.connector.calls.length;
    await runJobAt(escalatedAt + 14 * MINUTE);
    expect(reminders(threadId)).toEqual([]);

    await runJobAt(escalatedAt + 15 * MINUTE);
    expect(reminders(threadId).map(textOf)).toEqual([
      '⏰ Still unclaimed after 15 minutes: Outlook keeps saying Trying to connect after a password change. An engineer, please press Claim on the escalation.',
    ]);
    expect(adminChat()).toEqual([]);
    await runJobAt(escalatedAt + 20 * MINUTE);
    expect(reminders(threadId)).toHaveLength(1);

    await runJobAt(escalatedAt + 30 * MINUTE);
    expect(adminChat().map(textOf)).toEqual([
      '⏰ An escalation has waited 30 minutes with nobody claiming it: Outlook keeps saying Trying to connect after a password change (Claim is on the post in the technician channel). Please find an engineer to take it.',
    ]);
    await runJobAt(escalatedAt + 90 * MINUTE);
    expect(adminChat()).toHaveLength(1);
    expect(reminders(threadId)).toHaveLength(1);
    // Everything sent is a valid Bot Framework activity.
    for (const call of w.connector.calls.slice(before).filter((c) => c.method === 'POST' && c.body)) {
      const body = call.body as { type?: string };
      if (body.type !== 'message') continue;
      const validate = protocolValidator('Activity');
      expect(validate(body), errorsOf(validate).join('\n')).toBe(true);
    }
    expect((await sessionOf(w.engineer, sessionId)).status).toBe('escalated_local');
  });

  it('sends nothing once it is claimed', async () => {
    const { threadId, escalatedAt, sessionId } = await escalate(
      'Outlook keeps saying Trying to connect for accounting after a password change',
    );
    await claimEscalation({ ctx: w.peer, sessionId });
    const chatsBefore = adminChat().length;
    await runJobAt(escalatedAt + 60 * MINUTE);
    expect(reminders(threadId)).toEqual([]);
    expect(adminChat()).toHaveLength(chatsBefore);
  });

  it('the holder hands it to another engineer with a choice set on the post; the thread names both', async () => {
    const { sessionId } = await escalate('Outlook keeps saying Trying to connect after a password change');
    const techThreads = () =>
      [...w.connector.conversations.values()]
        .filter((c) => c.id.startsWith(`${w.techChannel.id};`))
        .flatMap((c) => c.activities);
    const posted = await eventually(() =>
      techThreads().find(
        (a) =>
          verbsOf(cardOf(a)).includes('escalation.claim') && JSON.stringify(cardOf(a)).includes(sessionId),
      ),
    );
    const id = (p: { actor: { kind: string } }) => (p.actor as { userId?: string }).userId ?? '';
    const claimed = answeredCard((await w.send(w.press(tech, posted, 'escalation.claim', {}, w.peer))).body);
    expect(verbsOf(claimed)).toEqual(['escalation.handover']);

    // Someone else pressing Hand over is told who holds it; nothing changes.
    const byAdmin = answeredCard(
      (await w.send(w.press(tech, withCard(posted, claimed), 'escalation.handover', {}, w.admin))).body,
    );
    expect(JSON.stringify(byAdmin)).toContain('Pat Peer holds this escalation; only they can hand it on.');
    expect(adaptiveCardProblems(byAdmin)).toEqual([]);

    // The holder gets the choice set: engineers and above, not themselves, not the viewer.
    const picker = answeredCard(
      (await w.send(w.press(tech, withCard(posted, claimed), 'escalation.handover', {}, w.peer))).body,
    );
    expect(adaptiveCardProblems(picker)).toEqual([]);
    const choices = JSON.stringify(picker);
    expect(choices).toContain('"title":"Ada Admin"');
    expect(choices).toContain('"title":"Erin Engineer"');
    expect(choices).not.toContain('"title":"Pat Peer"');
    expect(choices).not.toContain('Vic Viewer');

    const toViewer = answeredCard(
      (
        await w.send(
          w.press(
            tech,
            withCard(posted, picker),
            'escalation.handover',
            { handoverTo: id(w.viewer) },
            w.peer,
          ),
        )
      ).body,
    );
    expect(JSON.stringify(toViewer)).toContain(
      'Vic Viewer is not an engineer (their role is viewer), so they cannot take an escalation.',
    );
    expect((await sessionOf(w.peer, sessionId)).escalation?.claimedBy?.name).toBe('Pat Peer');

    const handed = answeredCard(
      (
        await w.send(
          w.press(tech, withCard(posted, picker), 'escalation.handover', { handoverTo: id(w.admin) }, w.peer),
        )
      ).body,
    );
    expect(adaptiveCardProblems(handed)).toEqual([]);
    expect(JSON.stringify(handed)).toContain('Claimed by Ada Admin');
    const note = await eventually(() => techThreads().find((a) => textOf(a).startsWith('🔁')));
    expect(textOf(note)).toBe('🔁 Pat Peer handed this escalation to Ada Admin.');
    expect(await sessionOf(w.admin, sessionId)).toMatchObject({ status: 'active', ownerUserId: id(w.admin) });

    await postResolutionNote({ ctx: w.admin, deps: offlineDiagnosis(), sessionId, input: {} });
    expect((await sessionOf(w.admin, sessionId)).status).toBe('resolved_local');
  });

  it("a trial reminder reaches the owner's 1:1 chat with the bot, besides the email", async () => {
    const userId = (w.admin.actor as { userId?: string }).userId ?? '';
    const before = adminChat().length;
    const send = trialReminderSender({
      mailer: createMailer({
        smtpUrl: undefined,
        from: 'rf@example.test',
        nodeEnv: 'test',
        logger: silentLogger,
      }),
      slack: undefined,
      teams: w.adapter,
      logger: silentLogger,
    });
    await send({
      accountId: w.account.accountId,
      accountName: 'Teams',
      reminder: 3,
      daysLeft: 3,
      trialEndsAt: new Date(Date.now() + 3 * 86_400_000),
      owner: { userId, email: w.admin.email, name: 'Ada Admin' },
      text: 'Your Pro trial ends in 3 days. An owner can subscribe under Billing.',
    });
    const chat = adminChat().slice(before);
    expect(chat.map(textOf)).toEqual([
      'Your Pro trial ends in 3 days. An owner can subscribe under Billing.',
    ]);
  });
});
