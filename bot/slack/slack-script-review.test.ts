import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBlockKitLimits, type SlackMessage, type SlackModalView } from '../../cards/index.ts';
import {
  getScript,
  getScriptDraft,
  listScriptDrafts,
  scriptDraftsForReview,
} from '../../core/scripts/index.ts';
import type { TenantContext } from '../../core/shared/context.ts';
import { type SimMessage, viewSubmission } from '../../sim/slack/index.ts';
import { PRINT_QUEUE_FIX, proposeScriptFix } from '../../test/scripts.ts';
import {
  button,
  buttons,
  eventually,
  type SlackWorld,
  sessionOf,
  slackWorld,
  verbs,
} from './slack-test-kit.ts';

describe('Slack: Copy script, and the script draft review after resolve (real Bolt, Slack simulator)', () => {
  let w: SlackWorld;

  beforeAll(async () => {
    w = await slackWorld();
  });
  afterAll(() => w.close());

  const sessionCard = (threadTs: string) =>
    w.threadMessages(threadTs).find((m) => verbs(m).includes('session.refresh'));
  const reviewCard = (threadTs: string) =>
    w.threadMessages(threadTs).find((m) => verbs(m).includes('script.draft.reject'));

  /** A thread whose session has a fix with a script, its card redrawn to show it. */
  async function threadWithScriptFix(text: string, who: { ctx: TenantContext; slackId: string }) {
    const { threadTs } = await w.mention(who.slackId, text);
    const card = await eventually(() => sessionCard(threadTs));
    const sessionId = JSON.parse(button(card, 'session.refresh').value ?? '{}').s as string;
    // The card is posted when the session starts and updated once the assistant's turn is applied;
    // the fix goes in after that, so the turn cannot replace it.
    await eventually(() => card.history.length > 0);
    await proposeScriptFix(who.ctx, sessionId, PRINT_QUEUE_FIX);
    const before = card.history.length;
    await w.press(who.slackId, card, 'session.refresh');
    await eventually(
      () => card.history.length > before && buttons(card).some((b) => b.action_id === 'script.copy'),
    );
    return { threadTs, card, sessionId };
  }

  /**
   * Saves the draft, then posts the resolution note; returns once that press has been worked to its
   * end, so whatever the resolve posts in the thread (the review cards) is there.
   */
  async function queueAndResolve(
    t: { threadTs: string; card: SimMessage; sessionId: string },
    slackId: string,
    ctx: TenantContext,
  ) {
    await w.press(slackId, t.card, 'script.later');
    await eventually(() =>
      w.sim.ephemerals.find((e) => e.user === slackId && /Template draft saved/.test(e.text)),
    );
    await w.press(slackId, t.card, 'note.resolution.preview');
    const preview = await eventually(() =>
      w.threadMessages(t.threadTs).find((m) => verbs(m).includes('note.resolution.post')),
    );
    const triggerId = w.sim.issueTriggerId(slackId);
    await w.press(slackId, preview, 'note.resolution.post', { triggerId });
    await w.handled(triggerId);
    // What the person sees once it is done: the preview turned into its confirmation.
    expect(preview.text).toBe('Resolution note posted.');
    expect((await sessionOf(ctx, t.sessionId)).status).toBe('resolved_local');
  }

  it('Copy script opens the whole script in a modal and records nothing; Build a template links the builder', async () => {
    const t = await threadWithScriptFix('Print queue stuck on FAB-WS-023, nothing prints', {
      ctx: w.engineer,
      slackId: w.engineerSlackId,
    });
    assertBlockKitLimits(t.card as unknown as SlackMessage, 'message');
    const trigger = w.sim.issueTriggerId(w.engineerSlackId);
    await w.press(w.engineerSlackId, t.card, 'script.copy', { triggerId: trigger });
    const modal = await eventually(() => w.sim.views.find((v) => v.triggerId === trigger));
    assertBlockKitLimits(modal.view as unknown as SlackModalView, 'modal');
    const shown = JSON.stringify(modal.view);
    expect(shown).toContain('Invoke-Command -ComputerName FAB-WS-023 -ScriptBlock');
    expect(shown).toContain('Start-Service Spooler');
    expect(shown).toContain('⚠ Recursive delete (line 3)');
    // Copying is not running: the fix is still untried.
    expect((await sessionOf(w.engineer, t.sessionId)).activeFix?.appliedAt).toBeNull();

    // "Build a template" queues the draft and links the builder on it, privately.
    await w.press(w.engineerSlackId, t.card, 'script.build');
    const built = await eventually(() =>
      w.sim.ephemerals.find((e) => e.user === w.engineerSlackId && /Template draft ready/.test(e.text)),
    );
    const [draft] = (await listScriptDrafts({ ctx: w.engineer, input: { status: 'pending' } })).filter(
      (d) => d.sessionId === t.sessionId,
    );
    expect(draft?.params.map((p) => p.name)).toEqual(['ComputerName']);
    expect(built.text).toContain(`https://rf.example.test/scripts?draft=${draft?.id}`);
  });

  it('offers the draft once resolved: a refused edit says why in the modal, accept publishes the edits, a second decision is a 409', async () => {
    const me = { ctx: w.engineer, slackId: w.engineerSlackId };
    const t = await threadWithScriptFix('Spooler hangs on FAB-WS-023 every morning', me);
    await queueAndResolve(t, me.slackId, me.ctx);
    const card = await eventually(() => reviewCard(t.threadTs));
    assertBlockKitLimits(card as unknown as SlackMessage, 'message');
    expect(verbs(card)).toEqual(['script.draft.edit', 'script.draft.reject', 'script.draft.never']);
    expect(JSON.stringify(card.blocks)).toContain('Invoke-Command -ComputerName {{ComputerName}}');
    const reject = button(card, 'script.draft.reject');
    const draftId = JSON.parse(reject.value ?? '{}').d as string;
    expect((await getScriptDraft({ ctx: me.ctx, draftId })).sessionId).toBe(t.sessionId);

    const edit = button(card, 'script.draft.edit');
    const trigger = w.sim.issueTriggerId(me.slackId);
    await w.press(me.slackId, card, edit, { triggerId: trigger });
    const modal = await eventually(() => w.sim.views.find((v) => v.triggerId === trigger));
    assertBlockKitLimits(modal.view as unknown as SlackModalView, 'modal');
    const draft = await getScriptDraft({ ctx: me.ctx, draftId });
    /** The Accept… modal submitted with a new name and these parameters and script. */
    const submit = (params: string, body: string) => {
      const value = (v: string) => ({ value: { type: 'plain_text_input', value: v } });
      return w.send(
        viewSubmission({
          user: { id: me.slackId },
          view: modal.view,
          values: {
            draft_name: value('Clear a stuck print queue remotely'),
            draft_params: value(params),
            draft_body: value(body),
          },
          workspace: w.workspace,
        }),
      );
    };
    const refused = await submit('ComputerName: string\nPrinterName: string', draft.body);
    expect(refused.json).toMatchObject({
      response_action: 'errors',
      errors: { draft_params: expect.stringContaining('PrinterName is declared but not used') },
    });
    expect((await getScriptDraft({ ctx: me.ctx, draftId })).status).toBe('pending');

    const accepted = await submit(
      'ComputerName: string\nPrinterName: string = HP-2F',
      `${draft.body}\nRemove-Printer -Name {{PrinterName}} -WhatIf`,
    );
    expect(accepted.status).toBe(200);
    expect(accepted.json ?? {}).not.toMatchObject({ response_action: 'errors' });
    const decided = await getScriptDraft({ ctx: me.ctx, draftId });
    expect(decided.status).toBe('accepted');
    const script = await getScript({ ctx: me.ctx, scriptId: decided.templateId });
    expect(script).toMatchObject({ name: 'Clear a stuck print queue remotely', status: 'published' });
    expect(script.draftParams.map((p) => [p.name, p.default])).toEqual([
      ['ComputerName', null],
      ['PrinterName', 'HP-2F'],
    ]);
    await eventually(() =>
      JSON.stringify(card.blocks).includes('✅ Accepted: \\"Clear a stuck print queue remotely\\"'),
    );
    expect(buttons(card)).toEqual([]);

    // The same card's old Reject, pressed again: 409 told privately, card as decided, nothing changed.
    await w.press(me.slackId, card, reject);
    await eventually(() =>
      w.sim.ephemerals.find((e) => e.user === me.slackId && /already accepted/.test(e.text)),
    );
    expect((await getScriptDraft({ ctx: me.ctx, draftId })).status).toBe('accepted');
    // Its old Accept… opens no form that could not be saved.
    const late = w.sim.issueTriggerId(me.slackId);
    await w.press(me.slackId, card, edit, { triggerId: late });
    await eventually(
      () =>
        w.sim.ephemerals.filter((e) => e.user === me.slackId && /already accepted/.test(e.text)).length >= 2,
    );
    expect(w.sim.views.find((v) => v.triggerId === late)).toBeUndefined();
  });

  it('"Don\'t ask again" is kept: the next resolved session posts no review card for that person', async () => {
    const me = { ctx: w.admin, slackId: w.adminSlackId };
    const first = await threadWithScriptFix('Print queue stuck on FAB-WS-031 again', me);
    await queueAndResolve(first, me.slackId, me.ctx);
    const card = await eventually(() => reviewCard(first.threadTs));
    await w.press(me.slackId, card, 'script.draft.never');
    await eventually(() => JSON.stringify(card.blocks).includes("you won't be offered script drafts again"));

    const second = await threadWithScriptFix('Print queue stuck on FAB-WS-044 after the update', me);
    await queueAndResolve(second, me.slackId, me.ctx);
    // The resolve has been worked to its end (the offer comes last in it): no card was posted.
    expect(reviewCard(second.threadTs)).toBeUndefined();
    expect(await scriptDraftsForReview({ ctx: me.ctx, sessionId: second.sessionId })).toEqual([]);
    const pending = await listScriptDrafts({ ctx: w.engineer, input: { status: 'pending' } });
    expect(pending.map((d) => d.sessionId)).toContain(second.sessionId);
  });
});
