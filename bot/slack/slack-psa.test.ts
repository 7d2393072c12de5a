import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configurePsa, createLocalPsa, deliverSessionOutbox } from '../../core/psa/index.ts';
import { getSession } from '../../core/sessions/index.ts';
import { button, eventually, type SlackWorld, slackWorld, TEST_PSA_DEPS } from './slack-test-kit.ts';

describe('Slack thread ↔ PSA ticket', () => {
  let w: SlackWorld;
  const psaDeps = TEST_PSA_DEPS;

  beforeAll(async () => {
    w = await slackWorld();
    await configurePsa({ ctx: w.account.owner, deps: psaDeps, input: { provider: 'local' } });
  });
  afterAll(() => w.close());

  it('links #ticket from the thread, resolves into it, and reports the delivery back in the thread', async () => {
    const ticket = await createLocalPsa(w.engineer).createTicket({ summary: 'Outlook keeps disconnecting' });
    const { threadTs } = await w.mention(
      w.engineerSlackId,
      `#${ticket.externalId} Outlook stuck on trying to connect`,
    );
    const inThread = () => w.threadMessages(threadTs);
    await eventually(() =>
      inThread().find((m) =>
        m.text.includes(`Linked to ticket #${ticket.externalId}: Outlook keeps disconnecting`),
      ),
    );
    const card = await eventually(() =>
      // The session card (updated once the turn applied), not the answer with its feedback footer.
      inThread().find((m) => (m.history?.length ?? 0) > 0 && m.blocks?.some((b) => b.type === 'actions')),
    );
    const preview = button(card, 'note.resolution.preview');
    const sessionId = JSON.parse(preview.value ?? '{}').s as string;
    expect((await getSession({ ctx: w.engineer, sessionId })).ticket).toMatchObject({
      provider: 'local',
      externalId: ticket.externalId,
    });

    await w.press(w.engineerSlackId, card, preview);
    const previewMessage = await eventually(() =>
      inThread().find((m) => JSON.stringify(m.blocks ?? []).includes('note.resolution.post')),
    );
    const post = button(previewMessage, 'note.resolution.post');
    await w.press(w.engineerSlackId, previewMessage, post);
    await eventually(async () => (await getSession({ ctx: w.engineer, sessionId })).status === 'resolved');

    const report = await deliverSessionOutbox({
      ctx: w.account.system('psa-outbox'),
      deps: psaDeps,
      sessionId,
    });
    expect(report).toMatchObject({ delivered: 2, failed: 0 });
    await w.server.slack?.announceDelivery({ accountId: w.account.accountId, sessionId, report });
    const announced = await eventually(() => inThread().find((m) => /and verified/.test(m.text)));
    expect(announced.text).toContain(`#${ticket.externalId}`);
    const updatedCard = w.sim.messages.find((m) => m.ts === card.ts);
    expect(JSON.stringify(updatedCard?.blocks)).toMatch(/2 delivered/);
    expect((await createLocalPsa(w.engineer).getTicket(ticket.externalId)).status?.name).toBe('Resolved');
  });
});
