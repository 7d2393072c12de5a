import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScript } from '../../core/scripts/index.ts';
import { appMentionEvent } from '../../sim/slack/index.ts';
import { PRINT_SPOOLER_TEMPLATE } from '../../test/scripts.ts';
import { eventually, type SlackWorld, slackWorld } from './slack-test-kit.ts';

describe('Slack "scripts <search>" (real Bolt, real server, Slack simulator)', () => {
  let w: SlackWorld;

  beforeAll(async () => {
    w = await slackWorld();
    await createScript({ ctx: w.engineer, input: PRINT_SPOOLER_TEMPLATE });
  });
  afterAll(() => w.close());

  it('in a diagnosis thread, renders the best template filled from the session, with its flags', async () => {
    const root = appMentionEvent({
      channel: w.channel,
      user: w.engineerSlackId,
      text: `<@${w.sim.workspace.botUserId}> Print queue stuck on FAB-WS-023, nothing prints`,
      workspace: w.workspace,
    });
    await w.send(root);
    const threadTs = (root.payload.event as { ts: string }).ts;
    await eventually(() => w.threadMessages(threadTs)[0]);
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
