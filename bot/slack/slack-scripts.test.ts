import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScript } from '../../core/scripts/index.ts';
import { appMentionEvent } from '../../sim/slack/index.ts';
import { PRINT_SPOOLER_TEMPLATE } from '../../test/scripts.ts';
import { eventually, type SlackWorld, slackWorld, verbs } from './slack-test-kit.ts';

describe('Slack "scripts <search>" (real Bolt, real server, Slack simulator)', () => {
  let w: SlackWorld;

  beforeAll(async () => {
    w = await slackWorld();
    await createScript({ ctx: w.engineer, input: PRINT_SPOOLER_TEMPLATE });
  });
  afterAll(() => w.close());

  it('in a diagnosis thread, renders the best template filled from the session, with its flags', async () => {
    const { threadTs } = await w.mention(
      w.engineerSlackId,
      'Print queue stuck on FAB-WS-023, nothing prints',
    );
    // The session as the person sees it: its card, updated once the assistant's turn is applied. (The
    // thread's first message can be the "looking into this" line, posted before the session exists.)
    await eventually(() =>
      w.threadMessages(threadTs).find((m) => verbs(m).includes('session.refresh') && m.history.length > 0),
    );
    await w.send(
      appMentionEvent({
        channel: w.channel,
        user: w.engineerSlackId,
        text: `<@${w.sim.workspace.botUserId}> scripts print spooler stuck`,
        threadTs,
        workspace: w.workspace,
      }),
    );
    const card = await eventually(() =>
      w.sim.messages.find(
        (m) =>
          m.thread_ts === threadTs && /Clear the print spooler queue/.test(JSON.stringify(m.blocks ?? [])),
      ),
    );
    const blocks = JSON.stringify(card.blocks);
    expect(blocks).toContain('Invoke-Command -ComputerName FAB-WS-023');
    expect(blocks).toContain('ComputerName: FAB-WS-023 (from this session)');
    expect(blocks).toContain('⚠ Recursive delete (line 3)');
  });

  it('/resolve scripts answers privately with the match, and says so when nothing matches', async () => {
    const found = await w.command(w.engineerSlackId, 'scripts spooler');
    expect(found.status).toBe(200);
    expect(JSON.stringify(found.json)).toContain('Clear the print spooler queue');
    expect(JSON.stringify(found.json)).toContain('ComputerName: missing');
    const none = await w.command(w.engineerSlackId, 'scripts bitlocker recovery');
    expect(JSON.stringify(none.json)).toContain('No script template matches');
  });
});
