import { describe, expect, it } from 'vitest';
import { parseSlackAction } from './actions.ts';
import { renderErrorBlocks, renderErrorCard } from './error.ts';
import { renderEscalationPostBlocks, renderEscalationPostCard } from './escalation.ts';
import {
  claimedEscalationPost,
  engineerCtx,
  errorView,
  escalationPost,
  heldEscalationPost,
  SESSION_ID,
  viewerCtx,
} from './fixtures.ts';
import { assertBlockKitLimits } from './slack-limits.ts';
import { adaptiveCardProblems, executeActions, findAll } from './test-support.ts';

describe('technician-channel escalation post', () => {
  it('renders unclaimed for Slack with a Claim button', () => {
    const msg = renderEscalationPostBlocks(escalationPost, engineerCtx);
    assertBlockKitLimits(msg, 'message');
    const [claim] = findAll(msg.blocks, 'button');
    expect(parseSlackAction(claim?.action_id, claim?.value)).toEqual({
      ok: true,
      verb: 'escalation.claim',
      payload: { s: SESSION_ID, v: 15 },
    });
    expect(JSON.stringify(msg)).toContain('*For:* Messaging team');
    expect(msg).toMatchSnapshot();
  });

  it('renders unclaimed for Teams as a valid card with a Claim action', () => {
    const card = renderEscalationPostCard(escalationPost, engineerCtx);
    expect(adaptiveCardProblems(card)).toEqual([]);
    expect(executeActions(card).map((a) => a.verb)).toEqual(['escalation.claim']);
    expect(card).toMatchSnapshot();
  });

  it('says who claimed it and drops the button once claimed', () => {
    const msg = renderEscalationPostBlocks(claimedEscalationPost, engineerCtx);
    assertBlockKitLimits(msg, 'message');
    expect(findAll(msg.blocks, 'button')).toEqual([]);
    expect(JSON.stringify(msg)).toContain('Claimed by Dana Whitfield · 2025-03-04 15:20 UTC');
    expect(msg.text).toContain('Claimed by Dana Whitfield');
    expect(msg).toMatchSnapshot();
    const card = renderEscalationPostCard(claimedEscalationPost, engineerCtx);
    expect(adaptiveCardProblems(card)).toEqual([]);
    expect(executeActions(card)).toEqual([]);
    expect(JSON.stringify(card)).toContain('Claimed by Dana Whitfield');
    expect(card).toMatchSnapshot();
  });

  it('offers the holder Hand over while it is worked; on Teams the pick is a choice set of engineers', () => {
    const msg = renderEscalationPostBlocks(heldEscalationPost, engineerCtx);
    assertBlockKitLimits(msg, 'message');
    const [handOver] = findAll(msg.blocks, 'button');
    expect(parseSlackAction(handOver?.action_id, handOver?.value)).toEqual({
      ok: true,
      verb: 'escalation.handover',
      payload: { s: SESSION_ID, v: 15 },
    });
    const card = renderEscalationPostCard(heldEscalationPost, engineerCtx);
    expect(adaptiveCardProblems(card)).toEqual([]);
    expect(executeActions(card).map((a) => a.verb)).toEqual(['escalation.handover']);

    const picking = renderEscalationPostCard(
      {
        ...heldEscalationPost,
        handOverChoices: [
          { userId: '00000000-0000-4000-8000-0000000000e1', name: 'Erin Engineer' },
          { userId: '00000000-0000-4000-8000-0000000000e2', name: 'Pat Peer' },
        ],
      },
      engineerCtx,
    );
    expect(adaptiveCardProblems(picking)).toEqual([]);
    const [choiceSet] = findAll(picking, 'Input.ChoiceSet');
    expect(choiceSet).toMatchObject({
      id: 'handoverTo',
      isRequired: true,
      choices: [
        { title: 'Erin Engineer', value: '00000000-0000-4000-8000-0000000000e1' },
        { title: 'Pat Peer', value: '00000000-0000-4000-8000-0000000000e2' },
      ],
    });
    expect(executeActions(picking).map((a) => [a.verb, a.title])).toEqual([
      ['escalation.handover', 'Hand over'],
    ]);
    // A viewer never sees Hand over.
    expect(findAll(renderEscalationPostBlocks(heldEscalationPost, viewerCtx).blocks, 'button')).toEqual([]);
  });

  it('gives a viewer the package but no Claim', () => {
    const msg = renderEscalationPostBlocks(escalationPost, viewerCtx);
    assertBlockKitLimits(msg, 'message');
    expect(findAll(msg.blocks, 'button')).toEqual([]);
    expect(JSON.stringify(msg)).toContain('Waiting for an engineer to claim it');
    expect(executeActions(renderEscalationPostCard(escalationPost, viewerCtx))).toEqual([]);
  });

  it('escapes what the escalating engineer typed', () => {
    const hostile = {
      ...escalationPost,
      target: '<!subteam^S123>',
      note: '<!channel> call me',
      claimedBy: null,
    };
    const msg = renderEscalationPostBlocks(hostile, engineerCtx);
    assertBlockKitLimits(msg, 'message');
    expect(JSON.stringify(msg)).toContain('&lt;!subteam^S123&gt;');
  });
});

describe('error card', () => {
  it('renders title, message, hint and reference for both platforms', () => {
    const msg = renderErrorBlocks(errorView);
    assertBlockKitLimits(msg, 'message');
    expect(msg.text).toBe('Already done: This fix is already marked as applied.');
    expect(msg).toMatchSnapshot();
    const card = renderErrorCard(errorView);
    expect(adaptiveCardProblems(card)).toEqual([]);
    expect(card).toMatchSnapshot();
  });

  it('never shows more than the first line, so a stack trace cannot leak', () => {
    const leaky = {
      title: 'Something went wrong',
      message: 'TypeError: x is undefined\n    at handler (/srv/app/bot/slack/actions.ts:42:7)',
      hint: null,
    };
    const msg = renderErrorBlocks(leaky);
    assertBlockKitLimits(msg, 'message');
    expect(JSON.stringify(msg)).not.toContain('/srv/app');
    const card = renderErrorCard(leaky);
    expect(adaptiveCardProblems(card)).toEqual([]);
    expect(JSON.stringify(card)).not.toContain('/srv/app');
    expect(findAll(card, 'TextBlock')).toHaveLength(2);
  });

  it('survives an empty view', () => {
    const msg = renderErrorBlocks({ title: '', message: '' });
    assertBlockKitLimits(msg, 'message');
    expect(msg.text).toBe('Something went wrong');
    expect(adaptiveCardProblems(renderErrorCard({ title: '', message: '' }))).toEqual([]);
  });
});
