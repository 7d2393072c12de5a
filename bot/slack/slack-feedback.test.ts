import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listSessionFeedback } from '../../core/feedback/index.ts';
import { createSession, findSessionByChannel, handleTurn } from '../../core/sessions/index.ts';
import { blockActions, type SimMessage, viewSubmission } from '../../sim/slack/index.ts';
import { testDatabase } from '../../test/db.ts';
import { offlineDiagnosis } from '../../test/diagnosis.ts';
import { createTestAccount } from '../../test/factories.ts';
import { FEEDBACK_THANKS } from './listeners/feedback.ts';
import { eventually, type SlackWorld, slackWorld } from './slack-test-kit.ts';

// 👍/👎 under an answer, clicked in Slack: signed block_actions through our HTTP stack and Bolt,
// landing in answer_feedback. This world has no assistant scope, so answers are post-and-update
// messages; the footer is the same on streamed answers (slack-stream.test.ts).
interface FeedbackElement {
  action_id: string;
  positive_button: { value: string };
  negative_button: { value: string };
}

function footerOf(message: SimMessage | undefined) {
  const block = message?.blocks?.find((b) => b.type === 'context_actions') as
    | { block_id: string; elements: FeedbackElement[] }
    | undefined;
  const element = block?.elements[0];
  return block && element ? { blockId: block.block_id, ...element } : undefined;
}

describe('Slack answer feedback (real Bolt, real server, Slack simulator)', () => {
  let w: SlackWorld;

  beforeAll(async () => {
    w = await slackWorld();
  });
  afterAll(() => w.close());

  async function answeredThread(text: string) {
    const { threadTs } = await w.mention(w.engineerSlackId, text);
    const answer = await eventually(() => w.threadMessages(threadTs).find((m) => footerOf(m)));
    const session = await eventually(
      async () =>
        (await findSessionByChannel(w.engineer, {
          kind: 'slack',
          ref: { teamId: w.workspace.teamId, channel: w.channel, threadTs },
        })) ?? undefined,
    );
    return { threadTs, answer, sessionId: session.id };
  }

  function click(opts: {
    user: string;
    threadTs: string;
    answer: SimMessage;
    value: string;
    triggerId?: string;
  }) {
    const footer = footerOf(opts.answer);
    return w.send(
      blockActions({
        user: { id: opts.user },
        actions: [
          {
            actionId: footer?.action_id ?? '',
            blockId: footer?.blockId ?? '',
            type: 'feedback_buttons',
            value: opts.value,
          },
        ],
        channel: { id: w.channel },
        message: { ts: opts.answer.ts, thread_ts: opts.threadTs },
        ...(opts.triggerId ? { triggerId: opts.triggerId } : {}),
        workspace: w.workspace,
      }),
    );
  }

  it('records a thumbs up for the person, tied to the answer, and thanks them privately', async () => {
    const { threadTs, answer, sessionId } = await answeredThread(
      'Outlook keeps asking for a password since this morning',
    );
    const footer = footerOf(answer);
    expect(footer?.action_id).toBe('answer.feedback');
    const res = await click({
      user: w.engineerSlackId,
      threadTs,
      answer,
      value: footer?.positive_button.value ?? '',
    });
    expect(res.status).toBe(200);
    const [saved] = await eventually(async () => {
      const rows = await listSessionFeedback({ ctx: w.engineer, sessionId });
      return rows.length ? rows : undefined;
    });
    expect(saved).toMatchObject({ rating: 'helpful', surface: 'slack', engine: 'offline', comment: null });
    expect(saved?.userId).toBe(w.engineer.actor.kind === 'user' ? w.engineer.actor.userId : '');
    expect(footer?.positive_button.value).toBe(`helpful:${saved?.turnId}`);
    expect(saved?.sources.length).toBeGreaterThan(0);
    const thanks = await eventually(() =>
      w.sim.ephemerals.find(
        (e) => e.user === w.engineerSlackId && e.thread_ts === threadTs && e.text === FEEDBACK_THANKS,
      ),
    );
    expect(thanks.channel).toBe(w.channel);
  });

  it('a thumbs down opens "tell us more"; the comment is stored with the rating, secrets removed', async () => {
    const { threadTs, answer, sessionId } = await answeredThread(
      'Print spooler keeps stopping on the front desk PC',
    );
    const footer = footerOf(answer);
    const trigger = w.sim.issueTriggerId(w.adminSlackId);
    await click({
      user: w.adminSlackId,
      threadTs,
      answer,
      value: footer?.negative_button.value ?? '',
      triggerId: trigger,
    });
    const modal = await eventually(() => w.sim.views.find((v) => v.triggerId === trigger));
    expect(modal.view).toMatchObject({ callback_id: 'answer.feedback.comment' });
    const rated = await eventually(async () => (await listSessionFeedback({ ctx: w.admin, sessionId }))[0]);
    expect(rated).toMatchObject({ rating: 'not_helpful', comment: null });

    const submitted = await w.send(
      viewSubmission({
        user: { id: w.adminSlackId },
        view: modal.view,
        values: {
          feedback_comment: {
            comment: {
              type: 'plain_text_input',
              value: 'Wrong article. I tried password: Hunter2-Secret! already',
            },
          },
        },
        workspace: w.workspace,
      }),
    );
    expect(submitted.status).toBe(200);
    const [row] = await listSessionFeedback({ ctx: w.admin, sessionId });
    expect(row).toMatchObject({ id: rated.id, rating: 'not_helpful' });
    expect(row?.comment).toMatch(/^Wrong article/);
    expect(row?.comment).not.toContain('Hunter2-Secret!');
    // No second thank-you: the box said it.
    expect(w.sim.ephemerals.filter((e) => e.user === w.adminSlackId && e.thread_ts === threadTs)).toEqual([]);
  });

  it("refuses another account's answer and values it never rendered, recording nothing", async () => {
    const { threadTs, answer, sessionId } = await answeredThread('Teams calls drop on the office wifi');
    const other = await createTestAccount(await testDatabase(), 'Slack other');
    const theirs = await createSession({ ctx: other.owner, input: { problemSummary: 'Their printer' } });
    const turn = await handleTurn({
      ctx: other.owner,
      deps: offlineDiagnosis(),
      sessionId: theirs.id,
      input: { message: 'Their printer is offline' },
    });
    await click({ user: w.engineerSlackId, threadTs, answer, value: `helpful:${turn.reply.turnId}` });
    const refusal = await eventually(() =>
      w.sim.ephemerals.find(
        (e) => e.user === w.engineerSlackId && e.thread_ts === threadTs && /not found/i.test(e.text),
      ),
    );
    expect(refusal.channel).toBe(w.channel);
    expect(await listSessionFeedback({ ctx: other.owner, sessionId: theirs.id })).toEqual([]);

    const res = await click({ user: w.engineerSlackId, threadTs, answer, value: 'helpful:../../admin' });
    expect(res.status).toBe(200);
    // A stranger to ResolutionFlow (in Slack, not invited) is told so, and nothing is stored.
    const stranger = w.sim.addUser({ name: 'visitor', email: 'visitor@elsewhere.example' });
    await click({
      user: stranger.id,
      threadTs,
      answer,
      value: footerOf(answer)?.positive_button.value ?? '',
    });
    await eventually(() => w.sim.ephemerals.find((e) => e.user === stranger.id));
    expect(await listSessionFeedback({ ctx: w.engineer, sessionId })).toEqual([]);
  });
});
