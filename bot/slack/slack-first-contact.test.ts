import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLogTable } from '../../core/db/schema/audit-log.ts';
import { chatIdentitiesTable } from '../../core/db/schema/chat-identities.ts';
import { withSystemTransaction } from '../../core/db/transactions.ts';
import { appMentionEvent, assistantThreadStartedEvent, messageEvent } from '../../sim/slack/index.ts';
import { testDatabase } from '../../test/db.ts';
import { NOT_INVITED } from './identity.ts';
import { eventually, type SlackWorld, slackWorld } from './slack-test-kit.ts';

/**
 * A person's very first events reach us together (two mentions, or the assistant thread opening
 * and their first message). Both must be answered as them, and they must end up linked once.
 */
describe('Slack first contact arriving twice at once (real Bolt, real server, simulator)', () => {
  let w: SlackWorld;
  const ws = () => ({ workspace: w.workspace });

  beforeAll(async () => {
    w = await slackWorld();
  });
  afterAll(() => w.close());

  /** Someone invited to ResolutionFlow who has never written to the bot. */
  async function newcomer(name: string) {
    const member = await w.account.member('engineer', { name });
    const slack = w.sim.addUser({
      name: name.toLowerCase().replace(/\W+/g, '.'),
      realName: name,
      email: member.email,
    });
    if (member.actor.kind !== 'user') throw new Error('expected a user');
    return { member: { userId: member.actor.userId }, slackId: slack.id };
  }

  async function linksOf(slackId: string) {
    const database = await testDatabase();
    return withSystemTransaction(database, 'test read-back', (tx) =>
      tx
        .select({ userId: chatIdentitiesTable.userId })
        .from(chatIdentitiesTable)
        .where(
          and(
            eq(chatIdentitiesTable.platform, 'slack'),
            eq(chatIdentitiesTable.tenantKey, w.workspace.teamId),
            eq(chatIdentitiesTable.externalUserId, slackId),
          ),
        ),
    );
  }

  async function linkAudits(slackId: string) {
    const database = await testDatabase();
    const rows = await withSystemTransaction(database, 'test read-back', (tx) =>
      tx
        .select({ metadata: auditLogTable.metadata })
        .from(auditLogTable)
        .where(
          and(
            eq(auditLogTable.accountId, w.account.accountId),
            eq(auditLogTable.action, 'chat_identity.linked'),
          ),
        ),
    );
    return rows.filter((r) => (r.metadata as { externalUserId?: string }).externalUserId === slackId);
  }

  const refusalsTo = (slackId: string) =>
    w.sim.ephemerals.filter((e) => e.user === slackId && e.text === NOT_INVITED);
  const answerIn = (channel: string, threadTs: string) =>
    w.sim.messages.find(
      (m) =>
        m.channel === channel &&
        m.thread_ts === threadTs &&
        m.text.startsWith('Offline assistant') &&
        m.streaming_state !== 'in_progress',
    );

  it('answers two mentions sent together by a brand-new user, and links them exactly once', async () => {
    const { member, slackId } = await newcomer('Nina Newcomer');
    const second = w.sim.addChannel({ name: 'helpdesk-north' }).id;
    const first = appMentionEvent({
      channel: w.channel,
      user: slackId,
      text: `<@${w.sim.workspace.botUserId}> Outlook stuck on "Trying to connect" since the password change`,
      ...ws(),
    });
    const other = appMentionEvent({
      channel: second,
      user: slackId,
      text: `<@${w.sim.workspace.botUserId}> Print spooler keeps stopping on the front desk PC`,
      ...ws(),
    });
    const responses = await Promise.all([w.send(first), w.send(other)]);
    expect(responses.map((r) => r.status)).toEqual([200, 200]);

    const firstTs = (first.payload.event as { ts: string }).ts;
    const otherTs = (other.payload.event as { ts: string }).ts;
    await eventually(() => answerIn(w.channel, firstTs));
    await eventually(() => answerIn(second, otherTs));
    expect(refusalsTo(slackId)).toEqual([]);
    expect(await linksOf(slackId)).toEqual([{ userId: member.userId }]);
    expect(await linkAudits(slackId)).toHaveLength(1);
  });

  // The message goes through the inbox queue, which in practice runs after the thread's greeting
  // has linked the user: this checks what the user sees, it does not force the race (the test above
  // does, and fails without the shared link).
  it('greets the assistant thread and answers a first message sent at the same moment', async () => {
    const { member, slackId } = await newcomer('Omar Opener');
    const thread = w.sim.assistant.start(slackId);
    const responses = await Promise.all([
      w.send(
        assistantThreadStartedEvent({
          user: slackId,
          channel: thread.channel,
          threadTs: thread.threadTs,
          ...ws(),
        }),
      ),
      w.send(
        messageEvent({
          channel: thread.channel,
          channelType: 'im',
          user: slackId,
          text: 'Outlook keeps asking for a password on the reception laptop since this morning',
          threadTs: thread.threadTs,
          parentUserId: slackId,
          ...ws(),
        }),
      ),
    ]);
    expect(responses.map((r) => r.status)).toEqual([200, 200]);

    await eventually(() => w.sim.assistant.thread(thread.channel, thread.threadTs)?.prompts);
    const answer = await eventually(() => answerIn(thread.channel, thread.threadTs));
    expect(answer.text).toMatch(/Outlook|password|credential/i);
    expect(refusalsTo(slackId)).toEqual([]);
    expect(await linksOf(slackId)).toEqual([{ userId: member.userId }]);
    expect(await linkAudits(slackId)).toHaveLength(1);
  });
});
