import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listSessions } from '../../core/sessions/index.ts';
import { appHomeOpenedEvent, appMentionEvent } from '../../sim/slack/index.ts';
import { backdateUnverifiedSignup } from '../../test/unverified-account.ts';
import { eventually, type SlackWorld, slackWorld } from './slack-test-kit.ts';

interface LinkButton {
  action_id: string;
  url?: string;
  text?: { text: string };
}

function linkButtons(blocks: unknown[] | undefined): LinkButton[] {
  return ((blocks ?? []) as Array<{ type: string; elements?: LinkButton[] }>).flatMap((b) =>
    b.type === 'actions' ? (b.elements ?? []) : [],
  );
}

describe('Slack: an unverified signup past its 7 days may read but not write', () => {
  let w: SlackWorld;

  beforeAll(async () => {
    w = await slackWorld();
    await backdateUnverifiedSignup(w.server.database, w.account.accountId, 8);
  });
  afterAll(() => w.close());

  it('answers a new @mention privately with the verify message and a button, and starts nothing', async () => {
    const request = appMentionEvent({
      channel: w.channel,
      user: w.engineerSlackId,
      text: `<@${w.sim.workspace.botUserId}> Outlook keeps asking for a password`,
      workspace: w.workspace,
    });
    expect((await w.send(request)).status).toBe(200);
    const notice = await eventually(() =>
      w.sim.ephemerals.find((e) => e.user === w.engineerSlackId && /Verify your email/.test(e.text)),
    );
    expect(notice.text).toBe('Verify your email: Verify your email to keep making changes.');
    const [button] = linkButtons(notice.blocks);
    expect(button).toMatchObject({
      action_id: 'error.link',
      url: 'https://rf.example.test/verify-email',
      text: { text: 'Verify or resend the link' },
    });
    const threadTs = (request.payload.event as { ts: string }).ts;
    // Nothing in the thread once the mention is done: the status line it got after the ack is taken down.
    await eventually(() =>
      w.sim.messages.every((m) => m.thread_ts !== threadTs || m.ts === threadTs) ? true : undefined,
    );
    expect(w.sim.messages.filter((m) => m.thread_ts === threadTs && m.ts !== threadTs)).toEqual([]);
    const { sessions } = await listSessions({ ctx: w.engineer, input: {} });
    expect(sessions).toEqual([]);
  });

  it('refuses /resolve new with the same message, and still answers the read-only /resolve status and App Home', async () => {
    const notices = () =>
      w.sim.ephemerals.filter((e) => e.user === w.engineerSlackId && /Verify your email/.test(e.text));
    const before = notices().length;
    const refused = await w.command(w.engineerSlackId, 'new Scanner at reception stopped scanning');
    expect(refused.status).toBe(200);
    const notice = await eventually(() => notices().length > before && notices().at(-1));
    expect(notice && linkButtons(notice.blocks)[0]?.url).toBe('https://rf.example.test/verify-email');
    // No thread root was posted for a session that could not start.
    expect(w.sim.messages.some((m) => /Scanner at reception/.test(m.text))).toBe(false);
    const status = await w.command(w.engineerSlackId, 'status');
    expect(JSON.stringify(status.json)).toMatch(/You have no open sessions/);
    const im = w.sim.openIm(w.engineerSlackId);
    await w.send(
      appHomeOpenedEvent({ user: w.engineerSlackId, channel: im.id, tab: 'home', workspace: w.workspace }),
    );
    await eventually(() => w.sim.views.find((v) => v.type === 'home' && v.user === w.engineerSlackId));
  });
});
