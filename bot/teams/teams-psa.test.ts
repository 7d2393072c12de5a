import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postResolutionNote } from '../../core/notes/index.ts';
import { configurePsa, createLocalPsa, deliverSessionOutbox, type PsaDeps } from '../../core/psa/index.ts';
import { offlineDiagnosis } from '../../test/diagnosis.ts';
import {
  eventually,
  sessionCardIn,
  sessionIdOf,
  sessionOf,
  type TeamsWorld,
  teamsWorld,
  textOf,
  threadOf,
} from './teams-test-kit.ts';

const psa: PsaDeps = {
  sealingKey: Buffer.alloc(32, 5),
  connectWise: () => {
    throw new Error('the Teams suites use the built-in ticketing');
  },
};

describe('Teams thread ↔ PSA ticket', () => {
  let w: TeamsWorld;
  const diagnosis = { ...offlineDiagnosis(), psa };

  beforeAll(async () => {
    w = await teamsWorld({}, { diagnosis });
    await configurePsa({ ctx: w.account.owner, deps: psa, input: { provider: 'local' } });
  });
  afterAll(() => w.close());

  it('links #ticket from the thread and reports the delivery of the resolution back there', async () => {
    const ticket = await createLocalPsa(w.engineer).createTicket({ summary: 'Laptop will not dock' });
    const post = w.post(`<at>ResolutionFlow</at> #${ticket.externalId} docking station not detected`);
    await w.send(post);
    await eventually(() =>
      threadOf(w, post.id).find((a) => textOf(a).includes(`Linked to ticket #${ticket.externalId}`)),
    );
    // Let the turn finish (answer written, card updated in place) before resolving underneath it.
    await eventually(() => threadOf(w, post.id).find((a) => textOf(a).startsWith('Offline assistant')));
    const card = await eventually(() => {
      const found = sessionCardIn(threadOf(w, post.id));
      return found && found.history.length > 0 ? found : undefined;
    });
    const sessionId = sessionIdOf(card);
    expect((await sessionOf(w.engineer, sessionId)).ticket).toMatchObject({
      externalId: ticket.externalId,
      summary: 'Laptop will not dock',
    });

    await postResolutionNote({ ctx: w.engineer, deps: diagnosis, sessionId, input: {} });
    const report = await deliverSessionOutbox({ ctx: w.account.system('psa-outbox'), deps: psa, sessionId });
    expect(report).toMatchObject({ delivered: 2, failed: 0 });
    await w.adapter.announceDelivery({ accountId: w.account.accountId, sessionId, report });
    const said = await eventually(() => threadOf(w, post.id).find((a) => /and verified/.test(textOf(a))));
    expect(textOf(said)).toContain(`#${ticket.externalId}`);
    // The session card was updated in place with the ticket's delivery state.
    await eventually(() =>
      /2 delivered/.test(JSON.stringify(threadOf(w, post.id).find((a) => a.id === card.id)?.activity)),
    );
  });
});
