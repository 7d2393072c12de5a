import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adaptiveCardProblems, executeActions, findAll } from '../../cards/test-support.ts';
import { getWalk } from '../../core/flows/index.ts';
import { getTicket, listQueue } from '../../core/tickets/index.ts';
import {
  adaptiveCardAction,
  type SimActivity,
  type TeamsActivity,
  taskFetch,
  taskSubmit,
} from '../../sim/teams/index.ts';
import { publishPasswordFlow } from '../../test/walk-flow.ts';
import {
  answeredCard,
  cardOf,
  eventually,
  type Person,
  sessionOf,
  type TeamsWorld,
  teamsWorld,
  textOf,
  verbsOf,
} from './teams-test-kit.ts';

interface TaskAnswer {
  task: {
    type: 'message' | 'continue';
    value: string | { title: string; card: { contentType: string; content: unknown } };
  };
}

/** The dialog card of a `continue` answer (fails the test on a message answer). */
function dialogOf(body: unknown): unknown {
  const { task } = body as TaskAnswer;
  if (task.type !== 'continue' || typeof task.value === 'string')
    throw new Error(`expected a dialog, got ${JSON.stringify(task)}`);
  expect(task.value.card.contentType).toBe('application/vnd.microsoft.card.adaptive');
  return task.value.card.content;
}

/** The data of a card's "Log a walk-in" button: an Action.Submit that asks Teams for `task/fetch`. */
function openButtonData(card: unknown): Record<string, unknown> {
  const button = findAll(card, 'Action.Submit').find((a) => a.title === 'Log a walk-in');
  if (!button) throw new Error('no "Log a walk-in" button');
  const data = button.data as Record<string, unknown>;
  expect(data.msteams).toEqual({ type: 'task/fetch' });
  return data;
}

/** The dialog's submit button data, merged with typed inputs as Teams does on `task/submit`. */
function submission(dialog: unknown, inputs: Record<string, string>): Record<string, unknown> {
  const [submit] = findAll(dialog, 'Action.Submit');
  return { ...(submit?.data as Record<string, unknown>), ...inputs };
}

const inputIds = (card: unknown) =>
  [...findAll(card, 'Input.Text'), ...findAll(card, 'Input.ChoiceSet')].map((i) => i.id);

describe('Teams: walk-ins and the L1 queue card (simulator)', () => {
  let w: TeamsWorld;

  beforeAll(async () => {
    w = await teamsWorld();
    await publishPasswordFlow(w.admin);
  });
  afterAll(() => w.close());

  const fetchIn = (where: TeamsActivity, data: Record<string, unknown>, from: Person, replyToId?: string) =>
    taskFetch({
      serviceUrl: w.connector.url,
      tenantId: w.tenantId,
      from: from.teams,
      in: where,
      data,
      ...(replyToId ? { replyToId } : {}),
    });
  const submitIn = (where: TeamsActivity, data: Record<string, unknown>, from: Person) =>
    taskSubmit({ serviceUrl: w.connector.url, tenantId: w.tenantId, from: from.teams, in: where, data });

  async function botCard(ask: TeamsActivity, test: (card: unknown) => boolean): Promise<SimActivity> {
    return eventually(() => w.connector.activities(ask.conversation.id).find((a) => test(cardOf(a))));
  }

  it('"walkin" opens the dialog; a bad submit is shown back with the typed values and logs nothing; a good one logs the ticket', async () => {
    const ask = w.personal('walkin', w.l1);
    expect((await w.send(ask)).status).toBe(200);
    const prompt = await botCard(ask, (c) => JSON.stringify(c ?? '').includes('Log a walk-in'));
    expect(adaptiveCardProblems(cardOf(prompt))).toEqual([]);

    const fetched = await w.send(fetchIn(ask, openButtonData(cardOf(prompt)), w.l1, prompt.id));
    expect(fetched.status).toBe(200);
    const dialog = dialogOf(fetched.body);
    expect(adaptiveCardProblems(dialog)).toEqual([]);
    // The same fields as Slack's modal, the client as text (no PSA connected here).
    expect(inputIds(dialog)).toEqual([
      'contactName',
      'contactEmail',
      'client',
      'summary',
      'details',
      'priority',
    ]);
    expect(findAll(dialog, 'Input.Text').find((i) => i.id === 'client')).toBeDefined();

    const before = (await listQueue({ ctx: w.admin })).counts.all;
    const bad = await w.send(
      submitIn(
        ask,
        submission(dialog, {
          contactName: 'Dana Reyes',
          contactEmail: 'not-an-email',
          client: 'Fabrikam',
          summary: 'x',
          details: 'At reception',
          priority: 'high',
        }),
        w.l1,
      ),
    );
    expect(bad.status).toBe(200);
    const again = dialogOf(bad.body);
    expect(adaptiveCardProblems(again)).toEqual([]);
    const text = JSON.stringify(again);
    expect(text).toContain('Nothing was logged yet');
    expect(text).toContain('Contact email: must be an email address');
    expect(text).toContain('Summary: describe the problem in a few words');
    // What was typed is still there.
    expect(findAll(again, 'Input.Text').find((i) => i.id === 'details')?.value).toBe('At reception');
    expect(findAll(again, 'Input.ChoiceSet').find((i) => i.id === 'priority')?.value).toBe('high');
    expect((await listQueue({ ctx: w.admin })).counts.all).toBe(before);

    const good = await w.send(
      submitIn(
        ask,
        submission(again, {
          contactName: 'Dana Reyes',
          contactEmail: 'Dana@Fabrikam.example',
          client: 'Fabrikam',
          summary: 'Scanner will not send to email',
          details: 'At reception',
          priority: 'high',
        }),
        w.l1,
      ),
    );
    expect((good.body as TaskAnswer).task).toEqual({
      type: 'message',
      value: 'Logged "Scanner will not send to email" for Fabrikam. It is in the L1 queue.',
    });
    const queue = await listQueue({ ctx: w.admin });
    expect(queue.counts.all).toBe(before + 1);
    expect(queue.tickets.find((t) => t.summary === 'Scanner will not send to email')).toMatchObject({
      source: 'walk_in',
      priority: 'high',
      client: 'Fabrikam',
      contactName: 'Dana Reyes',
      contactEmail: 'dana@fabrikam.example',
      details: 'At reception',
    });
  });

  it('the queue card has Start per ticket and Log a walk-in; a walk-in logged from it redraws the card in place', async () => {
    const ask = w.personal('queue', w.l1);
    await w.send(ask);
    const queueMsg = await botCard(ask, (c) => verbsOf(c).includes('l1.queue_refresh'));
    const card = cardOf(queueMsg);
    expect(adaptiveCardProblems(card)).toEqual([]);
    expect(verbsOf(card)).toContain('l1.ticket_start');
    expect(verbsOf(card)).toContain('l1.queue_refresh');
    // Teams refreshes it for its reader whenever it is shown.
    expect((card as { refresh?: { userIds: string[] } }).refresh?.userIds).toEqual([w.l1.teams.id]);

    const fetched = await w.send(fetchIn(ask, openButtonData(card), w.l1, queueMsg.id));
    const dialog = dialogOf(fetched.body);
    // Known clients are offered as a hint under the free-text client field.
    expect(JSON.stringify(dialog)).toContain('Known clients: Fabrikam');
    const done = await w.send(
      submitIn(
        ask,
        submission(dialog, {
          contactName: 'Sam Lee',
          contactEmail: '',
          client: 'Contoso',
          summary: 'Outlook keeps asking for a password',
          details: '',
          priority: 'medium',
        }),
        w.l1,
      ),
    );
    expect((done.body as TaskAnswer).task.type).toBe('message');
    const redrawn = await eventually(() => {
      const now = w.connector.findActivity(ask.conversation.id, queueMsg.id);
      return now && JSON.stringify(cardOf(now)).includes('Logged: Outlook keeps asking') ? now : undefined;
    });
    const redrawnText = JSON.stringify(cardOf(redrawn));
    expect(redrawnText).toContain('Outlook keeps asking for a password');
    expect(redrawnText).toMatch(/Waiting 0 m · Medium · Contoso · Sam Lee · unassigned/);
    expect(adaptiveCardProblems(cardOf(redrawn))).toEqual([]);
  });

  it('Start opens the session in the chat with its matched flow and redraws the queue; a second starter is told who has it', async () => {
    const ticket = (await listQueue({ ctx: w.admin })).tickets.find(
      (t) => t.summary === 'Outlook keeps asking for a password',
    );
    if (!ticket) throw new Error('walk-in missing');
    const ask = w.personal('queue', w.l1);
    await w.send(ask);
    const queueMsg = await botCard(
      ask,
      (c) => verbsOf(c).includes('l1.queue_refresh') && JSON.stringify(c).includes(ticket.summary),
    );
    const start = executeActions(cardOf(queueMsg)).find(
      (a) => a.verb === 'l1.ticket_start' && (a.data as { t: string }).t === ticket.id,
    );
    expect(start).toBeDefined();

    const pressed = await w.send(w.press(ask, queueMsg, 'l1.ticket_start', { t: ticket.id }, w.l1));
    expect(pressed.status).toBe(200);
    const answered = answeredCard(pressed.body);
    expect(adaptiveCardProblems(answered)).toEqual([]);
    expect(JSON.stringify(answered)).toContain('Started: Outlook keeps asking for a password');
    // That ticket has no Start any more; it shows who has it.
    expect(
      executeActions(answered).some(
        (a) => a.verb === 'l1.ticket_start' && (a.data as { t: string }).t === ticket.id,
      ),
    ).toBe(false);
    expect(JSON.stringify(answered)).toMatch(/Contoso · Sam Lee · with Lee First/);

    const started = await getTicket({ ctx: w.admin, ticketId: ticket.id });
    expect(started.status).toBe('in_progress');
    expect(started.assignee?.name).toBe('Lee First');
    const session = await sessionOf(w.admin, started.sessionId ?? '');
    expect(session.channel.kind).toBe('teams');
    expect(session.channel.ref.conversationId).toBe(ask.conversation.id);

    // In the chat: the decision, the session card and the matched flow's first step.
    const chat = () => w.connector.activities(ask.conversation.id);
    await eventually(() => chat().find((a) => /Flow: Outlook keeps asking for a password/.test(textOf(a))));
    await eventually(() => chat().find((a) => verbsOf(cardOf(a)).includes('session.refresh')));
    const walkCard = await eventually(() => chat().find((a) => verbsOf(cardOf(a)).includes('walk.note')));
    expect(JSON.stringify(cardOf(walkCard))).toContain('Did the password change in the last day?');
    const note = executeActions(cardOf(walkCard)).find((a) => a.verb === 'walk.note');
    const walkId = (note?.data as { w?: string } | undefined)?.w ?? '';
    expect((await getWalk({ ctx: w.admin, walkId })).sessionId).toBe(session.id);
    // The queue message itself is redrawn for the chat, not only the presser's copy.
    await eventually(() =>
      JSON.stringify(cardOf(w.connector.findActivity(ask.conversation.id, queueMsg.id))).includes('Started:'),
    );

    const adminAsk = w.personal('queue', w.admin);
    await w.send(adminAsk);
    const adminQueue = await eventually(() =>
      w.connector
        .activities(adminAsk.conversation.id)
        .find((a) => JSON.stringify(cardOf(a) ?? '').includes('L1 queue')),
    );
    const second = answeredCard(
      (await w.send(w.press(adminAsk, adminQueue, 'l1.queue_refresh', {}, w.admin))).body,
    );
    expect(JSON.stringify(second)).toContain('with Lee First');
    const refused = answeredCard(
      (await w.send(w.press(adminAsk, adminQueue, 'l1.ticket_start', { t: ticket.id }, w.admin))).body,
    );
    expect(JSON.stringify(refused)).toContain('Lee First has already started this ticket.');
    expect(adaptiveCardProblems(refused)).toEqual([]);
    expect((await getTicket({ ctx: w.admin, ticketId: ticket.id })).assignee?.name).toBe('Lee First');
  });

  it('a viewer is refused inline at every step and nothing is logged', async () => {
    const ask = w.personal('walkin', w.viewer);
    await w.send(ask);
    const said = await eventually(() => w.connector.activities(ask.conversation.id).find((a) => textOf(a)));
    expect(textOf(said)).toBe('Your role (viewer) cannot log walk-in tickets.');
    expect(w.connector.activities(ask.conversation.id).some((a) => cardOf(a))).toBe(false);

    const fetched = await w.send(
      fetchIn(ask, { msteams: { type: 'task/fetch' }, verb: 'walkin.open' }, w.viewer),
    );
    expect((fetched.body as TaskAnswer).task).toEqual({
      type: 'message',
      value: 'Your role (viewer) cannot log walk-in tickets.',
    });
    const before = (await listQueue({ ctx: w.admin })).counts.all;
    const forged = await w.send(
      submitIn(
        ask,
        {
          verb: 'walkin.submit',
          contactName: 'V',
          client: 'Fabrikam',
          summary: 'Viewer tries to log',
          priority: 'low',
        },
        w.viewer,
      ),
    );
    expect((forged.body as TaskAnswer).task).toEqual({
      type: 'message',
      value: 'Your role (viewer) cannot log walk-in tickets.',
    });
    expect((await listQueue({ ctx: w.admin })).counts.all).toBe(before);

    // A Start pressed on a forwarded queue card: refused, the ticket stays unassigned.
    const waiting = (await listQueue({ ctx: w.admin, input: { filter: 'unassigned' } })).tickets[0];
    if (!waiting) throw new Error('no unassigned ticket');
    const press = adaptiveCardAction({
      serviceUrl: w.connector.url,
      tenantId: w.tenantId,
      from: w.viewer.teams,
      in: ask,
      verb: 'l1.ticket_start',
      data: { t: waiting.id },
    });
    const refused = answeredCard((await w.send(press)).body);
    expect(JSON.stringify(refused)).toContain('Not allowed');
    expect((await getTicket({ ctx: w.admin, ticketId: waiting.id })).assignee).toBeNull();
  });
});
