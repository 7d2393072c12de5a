import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getSession } from '../../core/sessions/index.ts';
import type { TenantContext } from '../../core/shared/context.ts';
import { createWalkIn, listQueue } from '../../core/tickets/index.ts';
import { appHomeOpenedEvent, blockActions, globalShortcut, viewSubmission } from '../../sim/slack/index.ts';
import { publishPasswordFlow } from '../../test/walk-flow.ts';
import { eventually, type SlackWorld, slackWorld } from './slack-test-kit.ts';

interface HomeBlock {
  type: string;
  block_id?: string;
  text?: { text: string };
  accessory?: { action_id: string; value?: string };
}

/** "Log a walk-in" → modal → ticket in the L1 queue → App Home lists it with Start → Start opens the session. */
describe('Slack: walk-in intake and the L1 queue on App Home (simulator)', () => {
  let w: SlackWorld;
  let l1: TenantContext & { email: string };
  let l1SlackId: string;
  let colleagueSlackId: string;

  beforeAll(async () => {
    w = await slackWorld();
    l1 = await w.account.member('l1', { name: 'Lin Front' });
    l1SlackId = w.sim.addUser({ name: 'lin', realName: 'Lin Front', email: l1.email }).id;
    const colleague = await w.account.member('l1', { name: 'Cole Desk' });
    colleagueSlackId = w.sim.addUser({ name: 'cole', realName: 'Cole Desk', email: colleague.email }).id;
  });
  afterAll(() => w.close());

  const homeOf = (user: string) => w.sim.views.find((v) => v.type === 'home' && v.user === user);
  const homeBlocks = (user: string) => (homeOf(user)?.view.blocks ?? []) as HomeBlock[];

  it('logs a walk-in through the shortcut and modal; App Home lists it with Start; Start opens its session', async () => {
    // A colleague has opened the app before: their Home shows an empty queue until the walk-in.
    const coleIm = w.sim.openIm(colleagueSlackId);
    await w.send(
      appHomeOpenedEvent({ user: colleagueSlackId, channel: coleIm.id, tab: 'home', workspace: w.workspace }),
    );
    await eventually(() =>
      /Nothing waiting/.test(JSON.stringify(homeOf(colleagueSlackId)?.view)) ? true : undefined,
    );
    const trigger = w.sim.issueTriggerId(l1SlackId);
    const shortcut = await w.send(
      globalShortcut({
        callbackId: 'log_walk_in',
        user: { id: l1SlackId },
        triggerId: trigger,
        workspace: w.workspace,
      }),
    );
    expect(shortcut.status).toBe(200);
    const modal = await eventually(() => w.sim.views.find((v) => v.triggerId === trigger));
    expect(JSON.stringify(modal.view)).toMatch(/Log a walk-in/);

    // A summary too short is refused under its field and nothing is saved.
    const refused = await w.send(
      viewSubmission({
        user: { id: l1SlackId },
        view: modal.view,
        values: {
          walk_in_contact_name: { value: { type: 'plain_text_input', value: 'Dana Reyes' } },
          walk_in_client: { value: { type: 'plain_text_input', value: 'Fabrikam' } },
          walk_in_summary: { value: { type: 'plain_text_input', value: 'x' } },
          walk_in_priority: {
            value: {
              type: 'static_select',
              selected_option: { value: 'high', text: { type: 'plain_text', text: 'High' } },
            },
          },
        },
        workspace: w.workspace,
      }),
    );
    expect(refused.json).toMatchObject({
      response_action: 'errors',
      errors: { walk_in_summary: 'describe the problem in a few words' },
    });
    expect((await listQueue({ ctx: l1 })).counts.all).toBe(0);

    const submitted = await w.send(
      viewSubmission({
        user: { id: l1SlackId },
        view: modal.view,
        values: {
          walk_in_contact_name: { value: { type: 'plain_text_input', value: 'Dana Reyes' } },
          walk_in_contact_email: { value: { type: 'plain_text_input', value: 'dana@fabrikam.example' } },
          walk_in_client: { value: { type: 'plain_text_input', value: 'Fabrikam' } },
          walk_in_summary: { value: { type: 'plain_text_input', value: 'Scanner will not send to email' } },
          walk_in_details: { value: { type: 'plain_text_input', value: 'Front desk MFP' } },
          walk_in_priority: {
            value: {
              type: 'static_select',
              selected_option: { value: 'high', text: { type: 'plain_text', text: 'High' } },
            },
          },
        },
        workspace: w.workspace,
      }),
    );
    expect(submitted.status).toBe(200);
    const queue = await eventually(async () => {
      const q = await listQueue({ ctx: l1 });
      return q.tickets.length ? q : undefined;
    });
    expect(queue.tickets[0]).toMatchObject({
      summary: 'Scanner will not send to email',
      priority: 'high',
      client: 'Fabrikam',
      contactName: 'Dana Reyes',
    });
    const ticketId = queue.tickets[0]?.id ?? '';

    // Logging refreshed Lin's App Home: the queue is on it with a Start button for the ticket.
    const start = await eventually(() =>
      homeBlocks(l1SlackId).find(
        (b) => b.accessory?.action_id === 'l1.ticket_start' && b.accessory.value === ticketId,
      ),
    );
    expect(start.text?.text).toMatch(/Scanner will not send to email/);
    expect(start.text?.text).toMatch(/High · Fabrikam · Dana Reyes · unassigned/);

    // Everyone else who works the queue sees it too, without opening anything.
    await eventually(() =>
      homeBlocks(colleagueSlackId).find(
        (b) => b.accessory?.action_id === 'l1.ticket_start' && b.accessory.value === ticketId,
      ),
    );

    // Opening the Home tab (the event) shows the same queue.
    const im = w.sim.openIm(l1SlackId);
    await w.send(
      appHomeOpenedEvent({ user: l1SlackId, channel: im.id, tab: 'home', workspace: w.workspace }),
    );
    expect(JSON.stringify(homeOf(l1SlackId)?.view)).toMatch(/L1 queue/);

    const home = homeOf(l1SlackId);
    await w.send(
      blockActions({
        user: { id: l1SlackId },
        view: home?.view ?? {},
        actions: [{ actionId: 'l1.ticket_start', blockId: start.block_id ?? '', value: ticketId }],
        workspace: w.workspace,
      }),
    );
    const ticket = await eventually(async () => {
      const t = (await listQueue({ ctx: l1, input: { filter: 'mine' } })).tickets[0];
      return t?.sessionId ? t : undefined;
    });
    expect(ticket).toMatchObject({ status: 'in_progress', assignee: { name: 'Lin Front' } });
    const session = await getSession({ ctx: l1, sessionId: ticket.sessionId ?? '' });
    expect(session.channel).toMatchObject({ kind: 'slack', ref: { channel: im.id } });
    // The DM thread says which flow was chosen, and carries the session card.
    await eventually(() =>
      w.sim.messages.find((m) => m.channel === im.id && /^Started: Scanner will not send/.test(m.text)),
    );
    await eventually(() =>
      w.sim.messages.find((m) => m.channel === im.id && m.thread_ts === session.channel.ref.threadTs),
    );
    // The Home no longer offers Start for a ticket that is taken.
    await eventually(
      () =>
        homeBlocks(l1SlackId).some((b) => /Scanner will not send/.test(b.text?.text ?? '') && !b.accessory) ||
        undefined,
    );
  });

  it("Start on a ticket an authored flow matches posts the flow's first step in the DM thread", async () => {
    await publishPasswordFlow(w.engineer);
    const ticket = await createWalkIn({
      ctx: l1,
      input: {
        contactName: 'Sam Ortiz',
        contactEmail: 'sam@fabrikam.example',
        client: 'Fabrikam',
        summary: 'Outlook keeps asking for a password',
        priority: 'medium',
      },
    });
    const im = w.sim.openIm(l1SlackId);
    await w.send(
      appHomeOpenedEvent({ user: l1SlackId, channel: im.id, tab: 'home', workspace: w.workspace }),
    );
    const start = await eventually(() =>
      homeBlocks(l1SlackId).find(
        (b) => b.accessory?.action_id === 'l1.ticket_start' && b.accessory.value === ticket.id,
      ),
    );
    await w.send(
      blockActions({
        user: { id: l1SlackId },
        view: homeOf(l1SlackId)?.view ?? {},
        actions: [{ actionId: 'l1.ticket_start', blockId: start.block_id ?? '', value: ticket.id }],
        workspace: w.workspace,
      }),
    );
    const started = await eventually(() =>
      w.sim.messages.find((m) => m.channel === im.id && /^Started: Outlook keeps asking/.test(m.text)),
    );
    const walkCard = await eventually(() =>
      w.sim.messages.find(
        (m) =>
          m.channel === im.id &&
          m.thread_ts === started.ts &&
          JSON.stringify(m.blocks ?? []).includes('walk.answer'),
      ),
    );
    expect(JSON.stringify(walkCard.blocks)).toContain('Did the password change in the last day?');
  });

  it('an engineer without L1 coverage sees no queue on App Home', async () => {
    const im = w.sim.openIm(w.engineerSlackId);
    await w.send(
      appHomeOpenedEvent({ user: w.engineerSlackId, channel: im.id, tab: 'home', workspace: w.workspace }),
    );
    const home = await eventually(() => homeOf(w.engineerSlackId));
    expect(JSON.stringify(home.view)).not.toMatch(/L1 queue/);
  });
});
