import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../../test/db.ts';
import { type SimulatedDiagnosis, simulatedDiagnosis } from '../../test/diagnosis.ts';
import { createTestAccount, type TestAccount } from '../../test/factories.ts';
import { setTechnicianChannel } from '../chat/index.ts';
import { addFact } from '../facts/index.ts';
import { proposeFix, recordFixDecision, recordFixOutcome } from '../fixes/index.ts';
import { postEscalationPackage, postResolutionNote, previewNote } from '../notes/index.ts';
import { configurePsa, createLocalPsa, linkTicket, type PsaDeps } from '../psa/index.ts';
import { createSession, getSession, handleTurn } from '../sessions/index.ts';
import { NOT_ACTIVE_MESSAGES } from '../sessions/session-rules.ts';
import { withSessionWrite } from '../sessions/session-write.ts';
import type { TenantContext } from '../shared/context.ts';
import { ServiceError } from '../shared/errors.ts';
import { claimEscalation, recordTechnicianPost } from './index.ts';

/** Internal status codes that must never reach a person (they read "escalated local" before). */
const INTERNAL_WORDS = /escalated[_ ]local|resolved[_ ]local|\bescalated_|\bresolved_/i;

describe('escalations: where they go, what is refused until someone claims, and the claim', () => {
  let diag: SimulatedDiagnosis;
  let account: TestAccount;
  let l1: TenantContext;
  let engineer: TenantContext;

  beforeAll(async () => {
    diag = await simulatedDiagnosis();
    account = await createTestAccount(await testDatabase(), 'Escalations');
    l1 = await account.member('l1');
    engineer = await account.member('engineer', { name: 'Dana Engineer' });
  });
  afterAll(() => diag.close());

  /** An L1 session in a Slack thread with a suggested fix, escalated by the L1. */
  async function escalated(target?: string) {
    const session = await createSession({
      ctx: l1,
      input: {
        problemSummary: 'Printer on the 3rd floor drops off the network',
        channel: {
          kind: 'slack',
          ref: { teamId: 'T1', channel: 'C1', threadTs: `${Date.now()}.${Math.random()}` },
        },
      },
    });
    await addFact({ ctx: l1, sessionId: session.id, input: { text: 'Ping fails every 10 minutes' } });
    await withSessionWrite(l1, session.id, async ({ tx, changed }) => {
      const title = 'Give the printer a DHCP reservation';
      if ((await proposeFix(tx, l1, session.id, { title, steps: ['Reserve it'], confidence: 40 })).changed)
        changed();
    });
    const posted = await postEscalationPackage({
      ctx: l1,
      deps: diag.deps,
      sessionId: session.id,
      input: target ? { target: { type: 'board', name: target } } : {},
    });
    const fixId = posted.session.activeFix?.id ?? '';
    return { sessionId: session.id, fixId, posted };
  }

  it('records that a package was kept here when the account has no technician channel', async () => {
    const { posted } = await escalated('Network Team');
    expect(posted.session.status).toBe('escalated_local');
    expect(posted.session.escalation).toMatchObject({
      channel: null,
      psa: null,
      target: { type: 'board', name: 'Network Team' },
      claimedBy: null,
    });
  });

  it('refuses every change to an unclaimed escalation with a human message, and changes nothing', async () => {
    const { sessionId, fixId } = await escalated();
    const before = await getSession({ ctx: engineer, sessionId });
    const attempts: Array<[string, () => Promise<unknown>]> = [
      [
        'It worked',
        () => recordFixOutcome({ ctx: engineer, sessionId, fixId, input: { outcome: 'applied_success' } }),
      ],
      ['Apply', () => recordFixDecision({ ctx: l1, sessionId, fixId, input: { decision: 'apply' } })],
      ['Confirm & post', () => postResolutionNote({ ctx: engineer, deps: diag.deps, sessionId, input: {} })],
      ['Preview', () => previewNote({ ctx: engineer, deps: diag.deps, sessionId, kind: 'resolution' })],
      [
        'a message',
        () => handleTurn({ ctx: l1, deps: diag.deps, sessionId, input: { message: 'any news?' } }),
      ],
      ['a fact', () => addFact({ ctx: engineer, sessionId, input: { text: 'It is the switch' } })],
    ];
    for (const [what, attempt] of attempts) {
      const error = await attempt().then(
        () => null,
        (e: unknown) => e,
      );
      expect(error, what).toBeInstanceOf(ServiceError);
      expect((error as ServiceError).code, what).toBe('conflict');
      expect((error as ServiceError).message, what).toBe(NOT_ACTIVE_MESSAGES.escalated_local);
    }
    const after = await getSession({ ctx: engineer, sessionId });
    expect(after).toEqual(before);
  });

  it('lets neither a viewer nor an L1 claim, and lets an engineer claim, carry on and resolve', async () => {
    const { sessionId, fixId } = await escalated();
    const viewer = await account.member('viewer');
    for (const who of [viewer, l1]) {
      await expect(claimEscalation({ ctx: who, sessionId })).rejects.toMatchObject({
        code: 'forbidden',
        message: expect.stringMatching(/cannot claim escalations/),
      });
    }
    expect((await getSession({ ctx: engineer, sessionId })).status).toBe('escalated_local');

    const claim = await claimEscalation({ ctx: engineer, sessionId });
    expect(claim.claimedByName).toBe('Dana Engineer');
    expect(claim.session).toMatchObject({
      status: 'active',
      ownerUserId: engineer.actor.kind === 'user' ? engineer.actor.userId : '',
      escalation: { claimedBy: { name: 'Dana Engineer' } },
    });
    const admin = await account.member('admin', { name: 'Ada Admin' });
    await expect(claimEscalation({ ctx: admin, sessionId })).rejects.toMatchObject({
      code: 'conflict',
      message: 'Dana Engineer already claimed this escalation.',
    });

    // The claimer carries on: an outcome, a turn, then the resolution note.
    await recordFixOutcome({ ctx: engineer, sessionId, fixId, input: { outcome: 'applied_success' } });
    const turn = await handleTurn({
      ctx: engineer,
      deps: diag.deps,
      sessionId,
      input: { message: 'The reservation fixed it.' },
    });
    // The view after a turn still tells the escalation story (notes are read again for it).
    expect(turn.session.escalation?.claimedBy?.name).toBe('Dana Engineer');
    const resolved = await postResolutionNote({ ctx: engineer, deps: diag.deps, sessionId, input: {} });
    expect(resolved.session.status).toBe('resolved_local');
    expect(resolved.session.notes.map((n) => n.kind).sort()).toEqual(['escalation', 'resolution']);
  });

  it('records the Slack technician channel with the package when the account has one', async () => {
    const other = await createTestAccount(await testDatabase(), 'Escalations with a channel');
    await setTechnicianChannel({
      ctx: other.owner,
      input: { platform: 'slack', ref: { teamId: 'T1', channelId: 'C0TECH' } },
    });
    const session = await createSession({
      ctx: other.owner,
      input: {
        problemSummary: 'VPN drops',
        channel: { kind: 'slack', ref: { teamId: 'T1', channel: 'C9', threadTs: '1.1' } },
      },
    });
    const web = await createSession({ ctx: other.owner, input: { problemSummary: 'VPN drops on the web' } });
    const posted = await postEscalationPackage({
      ctx: other.owner,
      deps: diag.deps,
      sessionId: session.id,
      input: {},
    });
    expect(posted.session.escalation?.channel).toEqual({
      platform: 'slack',
      ref: { teamId: 'T1', channelId: 'C0TECH' },
    });
    // The adapter records the post it made there, so a later claim can redraw it.
    await recordTechnicianPost({ ctx: other.owner, sessionId: session.id, input: { postTs: '1700.000100' } });
    expect((await getSession({ ctx: other.owner, sessionId: session.id })).escalation?.channel?.ref).toEqual({
      teamId: 'T1',
      channelId: 'C0TECH',
      postTs: '1700.000100',
    });
    // Try the bot's web sessions have no chat channel to post to, whatever Slack has.
    const fromWeb = await postEscalationPackage({
      ctx: other.owner,
      deps: diag.deps,
      sessionId: web.id,
      input: {},
    });
    expect(fromWeb.session.escalation?.channel).toBeNull();
    await expect(
      recordTechnicianPost({ ctx: other.owner, sessionId: web.id, input: { postTs: '1700.000200' } }),
    ).rejects.toMatchObject({ code: 'not_found' });
    await expect(
      recordTechnicianPost({ ctx: other.owner, sessionId: session.id, input: { body: 'rewrite the note' } }),
    ).rejects.toMatchObject({ code: 'invalid_input' });

    // Another account's escalation is not found, not "forbidden".
    await expect(claimEscalation({ ctx: engineer, sessionId: session.id })).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('records that the package went to the linked PSA ticket, reassigned to the named board', async () => {
    const other = await createTestAccount(await testDatabase(), 'Escalations with a PSA');
    const psa: PsaDeps = {
      sealingKey: Buffer.alloc(32, 5),
      connectWise: () => {
        throw new Error('this test uses the built-in ticketing');
      },
    };
    await configurePsa({ ctx: other.owner, deps: psa, input: { provider: 'local' } });
    const ticket = await createLocalPsa(other.owner).createTicket({ summary: 'Printer offline' });
    const session = await createSession({ ctx: other.owner, input: { problemSummary: 'Printer offline' } });
    await linkTicket({
      ctx: other.owner,
      deps: psa,
      sessionId: session.id,
      input: { externalId: ticket.externalId },
    });
    const posted = await postEscalationPackage({
      ctx: other.owner,
      deps: { ...diag.deps, psa },
      sessionId: session.id,
      input: { target: { type: 'board', name: 'Network Team' } },
    });
    expect(posted.session.status).toBe('escalated');
    expect(posted.session.escalation?.psa).toEqual({
      provider: 'local',
      ticketExternalId: ticket.externalId,
      reassignTo: { type: 'board', name: 'Network Team' },
    });
  });

  it('refuses a claim by the engineer who escalated it, and changes nothing', async () => {
    const session = await createSession({
      ctx: engineer,
      input: { problemSummary: 'Shared drive is read-only' },
    });
    await postEscalationPackage({ ctx: engineer, deps: diag.deps, sessionId: session.id, input: {} });
    const before = await getSession({ ctx: engineer, sessionId: session.id });
    await expect(claimEscalation({ ctx: engineer, sessionId: session.id })).rejects.toMatchObject({
      code: 'forbidden',
      message: 'You escalated this one; another engineer needs to claim it.',
    });
    expect(await getSession({ ctx: engineer, sessionId: session.id })).toEqual(before);
    const peer = await account.member('engineer', { name: 'Pat Peer' });
    expect((await claimEscalation({ ctx: peer, sessionId: session.id })).claimedByName).toBe('Pat Peer');
  });

  it('refuses to claim a session that was never escalated', async () => {
    const session = await createSession({ ctx: l1, input: { problemSummary: 'Monitor flickers' } });
    await expect(claimEscalation({ ctx: engineer, sessionId: session.id })).rejects.toMatchObject({
      code: 'conflict',
      message: 'This problem has not been escalated.',
    });
  });

  it('never names an internal status in what it says to people', () => {
    for (const message of Object.values(NOT_ACTIVE_MESSAGES)) expect(message).not.toMatch(INTERNAL_WORDS);
  });
});
