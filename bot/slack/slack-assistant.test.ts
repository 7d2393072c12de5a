import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScript } from '../../core/scripts/index.ts';
import { findSessionByChannel } from '../../core/sessions/index.ts';
import type { TenantContext } from '../../core/shared/context.ts';
import { listQueue } from '../../core/tickets/index.ts';
import {
  type AssistantThreadEventOptions,
  assistantThreadContextChangedEvent,
  assistantThreadStartedEvent,
  channelContext,
  messageEvent,
  viewSubmission,
} from '../../sim/slack/index.ts';
import { PRINT_SPOOLER_TEMPLATE } from '../../test/scripts.ts';
import { slackChannelRef } from './conversation.ts';
import { ASSISTANT_PROMPTS, ASSISTANT_WALK_IN_ACTION } from './listeners/assistant.ts';
import { eventually, quiet, type SlackWorld, slackWorld } from './slack-test-kit.ts';

/** The assistant split view through the real server, Bolt's Assistant and the Slack simulator. */
describe('Slack assistant split view (real Bolt, real server, simulator)', () => {
  let w: SlackWorld;
  let l1: TenantContext & { email: string };
  let l1SlackId: string;

  beforeAll(async () => {
    w = await slackWorld();
    l1 = await w.account.member('l1', { name: 'Lin Front' });
    l1SlackId = w.sim.addUser({ name: 'lin', realName: 'Lin Front', email: l1.email }).id;
  });
  afterAll(() => w.close());

  /** The user opens the assistant: Slack's thread root, then the event the app gets. */
  async function openThread(user: string, context: AssistantThreadEventOptions['context'] = {}) {
    const thread = w.sim.assistant.start(user);
    const started = await w.send(
      assistantThreadStartedEvent({
        user,
        channel: thread.channel,
        threadTs: thread.threadTs,
        context,
        workspace: w.workspace,
      }),
    );
    expect(started.status).toBe(200);
    return thread;
  }

  /** As a person does: open the thread and wait for its greeting before picking a prompt. */
  async function openGreetedThread(user: string) {
    const thread = await openThread(user);
    await eventually(() => w.sim.assistant.thread(thread.channel, thread.threadTs)?.prompts);
    return thread;
  }

  /** The user writes in their assistant or DM thread (or picks a prompt, which posts its message as theirs). */
  const say = (user: string, thread: { channel: string; threadTs: string }, text: string) =>
    w.say(user, thread, text, { channelType: 'im' });

  it('greets a new thread and sets the suggested prompts, naming the channel the user is in', async () => {
    const thread = await openThread(w.engineerSlackId, channelContext(w.channel, w.workspace));
    const prompts = await eventually(() => w.sim.assistant.thread(thread.channel, thread.threadTs)?.prompts);
    expect(prompts).toEqual({ title: 'Try one of these', prompts: ASSISTANT_PROMPTS.map((p) => ({ ...p })) });
    const [greeting] = w.threadMessages(thread);
    expect(greeting?.text).toMatch(/Tell me what's wrong/);
    expect(greeting?.text).toContain(`<#${w.channel}>`);
  });

  it('turns a problem into a titled thread with its own session and answers it there', async () => {
    const thread = await openThread(w.engineerSlackId);
    await eventually(() => w.sim.assistant.thread(thread.channel, thread.threadTs)?.prompts);
    await say(
      w.engineerSlackId,
      thread,
      'Outlook keeps asking for a password on the reception laptop since this morning',
    );

    // Streamed: read the answer once its stream has stopped, not while it is still growing.
    const answer = await eventually(() =>
      w
        .threadMessages(thread)
        .find((m) => m.text.startsWith('Offline assistant') && m.streaming_state !== 'in_progress'),
    );
    expect(answer.text).toMatch(/Outlook|password|credential/i);
    expect(w.sim.assistant.thread(thread.channel, thread.threadTs)?.title).toBe(
      'Outlook keeps asking for a password on the reception laptop…',
    );
    const ref = slackChannelRef(w.workspace.teamId, thread.channel, thread.threadTs);
    const session = await findSessionByChannel(w.engineer, ref);
    expect(session).toMatchObject({
      problemSummary: 'Outlook keeps asking for a password on the reception laptop since this morning',
      status: 'active',
    });
    // The session card sits in the thread, as in channel and DM threads.
    expect(w.threadMessages(thread).some((m) => (m.blocks?.length ?? 0) > 0)).toBe(true);

    // A follow-up is a turn of the same session; the title stays the first problem's.
    await say(w.engineerSlackId, thread, 'It started after the password change yesterday');
    await eventually(() =>
      w.threadMessages(thread).find((m) => m.ts !== answer.ts && m.text.startsWith('Offline assistant')),
    );
    expect((await findSessionByChannel(w.engineer, ref))?.id).toBe(session?.id);
    const titles = w.sim.calls.filter(
      (c) => c.method === 'assistant.threads.setTitle' && c.args.thread_ts === thread.threadTs,
    );
    expect(titles).toHaveLength(1);
  });

  it('"Diagnose a ticket" asks for the problem and starts nothing yet', async () => {
    const thread = await openGreetedThread(w.engineerSlackId);
    await say(w.engineerSlackId, thread, ASSISTANT_PROMPTS[0].message);
    const reply = await eventually(() =>
      w.threadMessages(thread).find((m) => /Describe the problem/.test(m.text)),
    );
    expect(reply.text).toContain('#48213');
    const ref = slackChannelRef(w.workspace.teamId, thread.channel, thread.threadTs);
    expect(await findSessionByChannel(w.engineer, ref)).toBeNull();
    expect(w.sim.assistant.thread(thread.channel, thread.threadTs)?.title).toBeUndefined();
  });

  it('"Log a walk-in" offers the walk-in form; the form puts the ticket in the L1 queue', async () => {
    const thread = await openGreetedThread(l1SlackId);
    await say(l1SlackId, thread, ASSISTANT_PROMPTS[1].message);
    const offer = await eventually(() =>
      w.threadMessages(thread).find((m) => JSON.stringify(m.blocks ?? []).includes(ASSISTANT_WALK_IN_ACTION)),
    );
    const trigger = w.sim.issueTriggerId(l1SlackId);
    await w.press(l1SlackId, offer, ASSISTANT_WALK_IN_ACTION, { triggerId: trigger });
    const modal = await eventually(() => w.sim.views.find((v) => v.triggerId === trigger));
    expect(JSON.stringify(modal.view)).toMatch(/Log a walk-in/);
    await w.send(
      viewSubmission({
        user: { id: l1SlackId },
        view: modal.view,
        values: {
          walk_in_contact_name: { value: { type: 'plain_text_input', value: 'Sam Ortiz' } },
          walk_in_client: { value: { type: 'plain_text_input', value: 'Contoso' } },
          walk_in_summary: { value: { type: 'plain_text_input', value: 'Badge reader rejects every card' } },
        },
        workspace: w.workspace,
      }),
    );
    const queued = await eventually(async () =>
      (await listQueue({ ctx: l1 })).tickets.find((t) => t.summary === 'Badge reader rejects every card'),
    );
    expect(queued).toMatchObject({ client: 'Contoso', contactName: 'Sam Ortiz' });
  });

  it('"Find a script" says how to search, and "Find a script to …" answers with the template', async () => {
    await createScript({ ctx: w.engineer, input: PRINT_SPOOLER_TEMPLATE });
    const thread = await openGreetedThread(w.engineerSlackId);
    await say(w.engineerSlackId, thread, ASSISTANT_PROMPTS[2].message);
    await eventually(() => w.threadMessages(thread).find((m) => /after "scripts"/.test(m.text)));
    await say(w.engineerSlackId, thread, 'Find a script to clear a stuck print spooler');
    await eventually(() =>
      w
        .threadMessages(thread)
        .find((m) => JSON.stringify(m.blocks ?? []).includes('Clear the print spooler queue')),
    );
    const ref = slackChannelRef(w.workspace.teamId, thread.channel, thread.threadTs);
    expect(await findSessionByChannel(w.engineer, ref)).toBeNull();
  });

  it('a reply in an ordinary DM thread (Bolt hands every threaded DM to the assistant) stays a turn of its session', async () => {
    const im = w.sim.openIm(w.engineerSlackId);
    const first = messageEvent({
      channel: im.id,
      channelType: 'im',
      user: w.engineerSlackId,
      text: 'Mapped drive S: is missing after login on FAB-WS-031',
      workspace: w.workspace,
    });
    await w.send(first);
    const rootTs = (first.payload.event as { ts: string }).ts;
    const dm = { channel: im.id, threadTs: rootTs };
    const firstAnswer = await eventually(() =>
      w
        .threadMessages(dm)
        .find((m) => m.text.startsWith('Offline assistant') && m.streaming_state !== 'in_progress'),
    );
    const ref = slackChannelRef(w.workspace.teamId, im.id, rootTs);
    const session = await findSessionByChannel(w.engineer, ref);
    expect(session).not.toBeNull();
    await say(w.engineerSlackId, dm, 'Other drives map fine, only S: is gone');
    // A second answer, told apart by its ts: the status line is taken down meanwhile, so counting
    // messages would shift.
    await eventually(() =>
      w.threadMessages(dm).find((m) => m.ts !== firstAnswer.ts && m.text.startsWith('Offline assistant')),
    );
    expect((await findSessionByChannel(w.engineer, ref))?.id).toBe(session?.id);
    // An existing session keeps its thread as it was: no title is set on a plain DM thread.
    expect(
      w.sim.calls.some((c) => c.method === 'assistant.threads.setTitle' && c.args.thread_ts === rootTs),
    ).toBe(false);
  });

  it('refuses a context from another workspace or of the wrong shape, and strangers, changing nothing', async () => {
    // Another workspace's channel: greeted, but that channel is not named.
    const foreign = await openThread(w.engineerSlackId, {
      channel_id: 'C0FOREIGN01',
      team_id: 'T0OTHERTEAM',
    });
    await eventually(() => w.sim.assistant.thread(foreign.channel, foreign.threadTs)?.prompts);
    const [greeting] = w.threadMessages(foreign);
    expect(greeting?.text).not.toContain('C0FOREIGN01');

    // Context changes with junk, and one without the thread it belongs to: acked, no Web API call.
    await quiet(w);
    const callsBefore = w.sim.calls.length;
    for (const context of [{ channel_id: '<script>' }, { channel_id: 42 }, null]) {
      const changed = await w.send(
        assistantThreadContextChangedEvent({
          user: w.engineerSlackId,
          channel: foreign.channel,
          threadTs: foreign.threadTs,
          context,
          workspace: w.workspace,
        }),
      );
      expect(changed.status).toBe(200);
    }
    const broken = await w.send(
      assistantThreadContextChangedEvent({
        user: w.engineerSlackId,
        channel: '',
        threadTs: '',
        workspace: w.workspace,
      }),
    );
    expect(broken.status).toBe(200);
    // Nothing was written for them (a moment for the work Bolt does after the ack) …
    await quiet(w);
    expect(w.sim.calls.slice(callsBefore).map((c) => c.method)).toEqual([]);
    // … and the thread still works: the next problem is answered in it.
    await say(w.engineerSlackId, foreign, 'Teams calls drop after exactly five minutes on the office Wi-Fi');
    await eventually(() => w.threadMessages(foreign).find((m) => m.text.startsWith('Offline assistant')));

    // Someone Slack knows but ResolutionFlow does not: told privately, no prompts, no session.
    const stranger = w.sim.addUser({ name: 'sid', realName: 'Sid Stranger', email: 'sid@elsewhere.example' });
    const theirs = await openThread(stranger.id);
    await eventually(() =>
      w.sim.ephemerals.find((e) => e.channel === theirs.channel && e.user === stranger.id),
    );
    expect(w.sim.assistant.thread(theirs.channel, theirs.threadTs)?.prompts).toBeUndefined();
    expect(w.threadMessages(theirs)).toEqual([]);
  });
});
