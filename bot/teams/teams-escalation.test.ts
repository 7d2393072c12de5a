import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adaptiveCardProblems } from '../../cards/test-support.ts';
import { getTechnicianChannel } from '../../core/chat/index.ts';
import { errorsOf, protocolValidator } from '../../sim/teams/contract-schemas.ts';
import {
  adaptiveCardAction,
  fetchTask,
  messagePayload,
  type SimActivity,
  submitAction,
  type TeamsActivity,
} from '../../sim/teams/index.ts';
import { offlineDiagnosis } from '../../test/diagnosis.ts';
import { ESCALATE_COMMAND } from './listeners/escalate.ts';
import {
  answeredCard,
  cardOf,
  eventually,
  sessionCardIn,
  sessionIdOf,
  sessionOf,
  type TeamsWorld,
  teamsWorld,
  textOf,
  threadOf,
  verbsOf,
} from './teams-test-kit.ts';

interface TaskAnswer {
  task: { type: string; value: string | { title: string; card: { contentType: string; content: unknown } } };
}

describe('Teams adapter: "Escalate to engineer" and the technician channel', () => {
  let w: TeamsWorld;

  beforeAll(async () => {
    w = await teamsWorld();
  });
  afterAll(() => w.close());

  const base = () => ({ serviceUrl: w.connector.url, from: w.engineer.teams, tenantId: w.tenantId });
  const action = (where: TeamsActivity, text: string) => ({
    ...base(),
    in: where,
    commandId: ESCALATE_COMMAND,
    message: messagePayload({
      id: where.id,
      html: `<p>${text.replace(/&/g, '&amp;')}</p>`,
      from: w.engineer.teams,
      conversationId: where.conversation.id,
    }),
  });

  it('tells people to set up a technician channel first, and refuses the setting to non-admins', async () => {
    const post = w.post('printer offline');
    const fetched = await w.send(fetchTask(action(post, 'printer offline')));
    expect(fetched.status).toBe(200);
    expect((fetched.body as TaskAnswer).task).toEqual({
      type: 'message',
      value: expect.stringMatching(/No technician channel yet/),
    });

    const byEngineer = w.post('techchannel', { channel: w.techChannel });
    await w.send(byEngineer);
    const refusal = await eventually(() => threadOf(w, byEngineer.id, w.techChannel)[0]);
    expect(textOf(refusal)).toMatch(/Not allowed/);
    expect(await getTechnicianChannel(w.account.owner, 'teams')).toBeNull();
  });

  it('escalates a thread to the technician channel, where one engineer can claim it', async () => {
    const tech = w.post('techchannel', { channel: w.techChannel, from: w.admin });
    await w.send(tech);
    await eventually(() =>
      threadOf(w, tech.id, w.techChannel).find((a) => /Escalations will be posted/.test(textOf(a))),
    );
    expect(await getTechnicianChannel(w.account.owner, 'teams')).toEqual({
      conversationId: w.techChannel.id,
    });

    // A thread with a session, escalated from a message in it.
    const post = w.post('VPN drops every 10 minutes since Monday for the accounting team');
    await w.send(post);
    const sessionCard = await eventually(() => sessionCardIn(threadOf(w, post.id)));
    const sessionId = sessionIdOf(sessionCard);
    await eventually(() => threadOf(w, post.id).find((a) => textOf(a).startsWith('Offline assistant')));

    const fetched = (await w.send(fetchTask(action(post, post.text as string)))).body as TaskAnswer;
    expect(fetched.task.type).toBe('continue');
    const dialog = fetched.task.value as { title: string; card: { contentType: string; content: unknown } };
    expect(dialog.title).toBe('Escalate to engineer');
    expect(adaptiveCardProblems(dialog.card.content)).toEqual([]);

    const before = w.connector.calls.length;
    const submitted = await w.send(
      submitAction({
        ...action(post, post.text as string),
        data: { target: 'Network Team', note: 'Customer on site until 5pm' },
      }),
    );
    expect(submitted.status).toBe(200);
    expect((submitted.body as TaskAnswer).task).toEqual({
      type: 'message',
      value: 'Escalated to the technician channel for Network Team. An engineer will pick it up there.',
    });
    const session = await sessionOf(w.engineer, sessionId);
    expect(session.status).toBe('escalated_local');
    expect(session.notes.find((n) => n.kind === 'escalation')?.target).toMatchObject({
      name: 'Network Team',
    });
    // A new thread in the technician channel, carrying the package and a Claim button.
    const threads = [...w.connector.conversations.values()].filter((c) =>
      c.id.startsWith(`${w.techChannel.id};`),
    );
    const posted = threads
      .flatMap((c) => c.activities)
      .find((a) => verbsOf(cardOf(a)).includes('escalation.claim')) as SimActivity;
    expect(posted.replyToId).toBeUndefined();
    expect(JSON.stringify(cardOf(posted))).toMatch(/VPN drops[\s\S]*Network Team[\s\S]*Customer on site/);
    expect(adaptiveCardProblems(cardOf(posted))).toEqual([]);
    // The session card in the original thread shows the escalation.
    await eventually(() => !verbsOf(cardOf(sessionCard)).includes('note.escalation.preview'));
    for (const call of w.connector.calls.slice(before).filter((c) => c.method !== 'GET')) {
      const validate = protocolValidator('Activity');
      expect(validate(call.body), errorsOf(validate).join('\n')).toBe(true);
    }

    const claimIn = { ...base(), in: tech, replyToId: posted.id, verb: 'escalation.claim' };
    const data = (cardAction(posted)?.data ?? {}) as Record<string, unknown>;
    const first = answeredCard(
      (await w.send(adaptiveCardAction({ ...claimIn, from: w.admin.teams, data }))).body,
    );
    expect(JSON.stringify(first)).toMatch(/Claimed by Ada Admin/);
    expect(verbsOf(first)).not.toContain('escalation.claim');
    await eventually(() => /Claimed by Ada Admin/.test(JSON.stringify(cardOf(posted))));
    // The thread that escalated is told by a message of its own.
    await eventually(() =>
      threadOf(w, post.id).find(
        (a) => textOf(a) === '🙋 Ada Admin claimed this escalation and carries on here.',
      ),
    );

    const second = answeredCard(
      (await w.send(adaptiveCardAction({ ...claimIn, from: w.engineer.teams, data }))).body,
    );
    expect(JSON.stringify(second)).toMatch(/Ada Admin already claimed this escalation/);
    expect(JSON.stringify(second)).toMatch(/Claimed by Ada Admin/);
    expect(verbsOf(second)).not.toContain('escalation.claim');
    expect(adaptiveCardProblems(second)).toEqual([]);
  });

  it('seeds a session from the message when its thread has none', async () => {
    const post = w.post('placeholder');
    const submitted = await w.send(
      submitAction({ ...action(post, 'Scanner & printer at reception both offline'), data: {} }),
    );
    expect((submitted.body as TaskAnswer).task.value).toMatch(/^Escalated to the technician channel\./);
    const card = await eventually(() => sessionCardIn(threadOf(w, post.id)));
    const session = await sessionOf(w.engineer, sessionIdOf(card));
    expect(session.problemSummary).toBe('Scanner & printer at reception both offline');
    expect(session.status).toBe('escalated_local');
  });

  it('answers an unknown command id with a message', async () => {
    const post = w.post('printer offline');
    const fetched = await w.send(fetchTask({ ...action(post, 'x'), commandId: 'somethingElse' }));
    expect((fetched.body as TaskAnswer).task.type).toBe('message');
  });
});

function cardAction(activity: SimActivity) {
  const walk = (n: unknown): Record<string, unknown> | undefined => {
    if (Array.isArray(n)) return n.map(walk).find(Boolean);
    if (typeof n !== 'object' || n === null) return undefined;
    const o = n as Record<string, unknown>;
    if (o.type === 'Action.Execute') return o;
    return Object.values(o).map(walk).find(Boolean);
  };
  return walk(cardOf(activity));
}

describe('Teams adapter: an escalation slower than the dialog can wait', () => {
  let w: TeamsWorld;

  beforeAll(async () => {
    // Note synthesis that takes longer than Teams waits for the submit answer (~5 s).
    const diagnosis = offlineDiagnosis();
    const engine = diagnosis.engine;
    w = await teamsWorld(
      {},
      {
        diagnosis: {
          ...diagnosis,
          engine: {
            name: engine.name,
            runTurn: (input, options) => engine.runTurn(input, options),
            synthesizeNote: async (input) => {
              await new Promise((r) => setTimeout(r, 5_000));
              return engine.synthesizeNote(input);
            },
          },
        },
      },
    );
  });
  afterAll(() => w.close());

  it('answers the dialog in time and confirms in the thread when the package is posted', async () => {
    const tech = w.post('techchannel', { channel: w.techChannel, from: w.admin });
    await w.send(tech);
    await eventually(() =>
      threadOf(w, tech.id, w.techChannel).find((a) => /Escalations will be posted/.test(textOf(a))),
    );
    const post = w.post('placeholder');
    const started = Date.now();
    const submitted = await w.send(
      submitAction({
        serviceUrl: w.connector.url,
        from: w.engineer.teams,
        tenantId: w.tenantId,
        in: post,
        commandId: ESCALATE_COMMAND,
        message: messagePayload({ id: post.id, html: '<p>Firewall blocks the new VoIP phones</p>' }),
        data: {},
      }),
    );
    expect(Date.now() - started).toBeLessThan(4_900);
    expect((submitted.body as TaskAnswer).task.value).toMatch(/^Escalating…/);
    const confirmation = await eventually(
      () => threadOf(w, post.id).find((a) => /^Escalated to the technician channel/.test(textOf(a))),
      10_000,
    );
    expect(confirmation).toBeDefined();
    expect(sessionCardIn(threadOf(w, post.id))).toBeDefined();
  });
});
