import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adaptiveCardProblems } from '../../cards/test-support.ts';
import { createWalkIn } from '../../core/tickets/index.ts';
import { cardOf, eventually, type TeamsWorld, teamsWorld, textOf } from './teams-test-kit.ts';

describe('Teams: the L1 queue as a card in the personal chat (simulator)', () => {
  let w: TeamsWorld;

  beforeAll(async () => {
    w = await teamsWorld();
  });
  afterAll(() => w.close());

  it('answers "queue" with the queue oldest first as a valid Adaptive Card', async () => {
    await createWalkIn({
      ctx: w.admin,
      input: {
        contactName: 'Dana Reyes',
        client: 'Fabrikam',
        summary: 'Scanner will not send to email',
        priority: 'high',
      },
      now: new Date(Date.now() - 90 * 60_000),
    });
    await createWalkIn({
      ctx: w.admin,
      input: { contactName: 'Sam Lee', client: 'Contoso', summary: 'New starter needs a laptop' },
    });
    const ask = w.personal('queue', w.admin);
    expect((await w.send(ask)).status).toBe(200);
    const answer = await eventually(() => w.connector.activities(ask.conversation.id).find((a) => cardOf(a)));
    const card = cardOf(answer);
    expect(adaptiveCardProblems(card)).toEqual([]);
    const text = JSON.stringify(card);
    expect(text).toMatch(/L1 queue/);
    expect(text).toMatch(/2 waiting · 2 unassigned · 0 escalated/);
    expect(text.indexOf('Scanner will not send')).toBeLessThan(text.indexOf('New starter needs a laptop'));
    expect(text).toMatch(/Waiting 1 h 30 m · High · Fabrikam · Dana Reyes · unassigned/);
    expect(text).toMatch(/https:\/\/rf\.example\.test\/l1/);
  });

  it('tells an engineer without L1 coverage why, and sends no queue', async () => {
    const ask = w.personal('queue', w.engineer);
    await w.send(ask);
    const answer = await eventually(() =>
      w.connector.activities(ask.conversation.id).find((a) => /L1 coverage/.test(textOf(a))),
    );
    expect(textOf(answer)).toMatch(/Engineers act on the L1 queue only when an admin enables L1 coverage/);
    expect(
      w.connector
        .activities(ask.conversation.id)
        .some((a) => /L1 queue"/.test(JSON.stringify(cardOf(a)) ?? '')),
    ).toBe(false);
  });
});
