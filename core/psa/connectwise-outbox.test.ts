import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type ConnectWiseSimulator, startConnectWiseSimulator } from '../../sim/connectwise/index.ts';
import { connectWiseSettings } from '../../test/connectwise.ts';
import { testDatabase } from '../../test/db.ts';
import { capturingLogger, offlineDiagnosis } from '../../test/diagnosis.ts';
import { createTestAccount, type TestAccount } from '../../test/factories.ts';
import { postEscalationPackage, postResolutionNote } from '../notes/index.ts';
import { createSession, type DiagnosisDeps } from '../sessions/index.ts';
import type { TenantContext } from '../shared/context.ts';
import { createConnectWiseProvider } from './connectwise/index.ts';
import {
  configurePsa,
  deliverSessionOutbox,
  getPsaSettings,
  linkTicket,
  type PsaDeps,
  syncMemberLinks,
  testPsaConnection,
} from './index.ts';

const _CLIENT_ID = '3f2b8c1d-6a4e-4f7b-9c0d-1e2f3a4b5c6d';

describe('resolving and escalating into ConnectWise through the outbox (simulator)', () => {
  let sim: ConnectWiseSimulator;
  let account: TestAccount;
  let engineer: TenantContext;
  let deps: PsaDeps;
  let diagnosis: DiagnosisDeps;
  const logs = capturingLogger();

  beforeAll(async () => {
    sim = await startConnectWiseSimulator();
    sim.addBoard('Escalations', [{ name: 'New' }, { name: 'Escalated' }]);
    account = await createTestAccount(await testDatabase(), 'CW');
    engineer = await account.member('engineer');
    deps = {
      sealingKey: Buffer.alloc(32, 9),
      connectWise: (config) => createConnectWiseProvider({ ...config, timeoutMs: 300, logger: logs.logger }),
    };
    diagnosis = { ...offlineDiagnosis(), psa: deps };
    await configurePsa({
      ctx: account.owner,
      deps,
      input: connectWiseSettings(sim, { resolvedStatus: 'Resolved', escalatedStatus: 'Waiting on Client' }),
    });
  });
  afterAll(() => sim.close());
  beforeEach(() => {
    sim.calls.length = 0;
  });

  async function sessionOnTicket(summary: string) {
    const ticket = sim.addTicket({ summary, board: 'Service Desk', status: 'New', company: 'AcmeCorp' });
    const session = await createSession({ ctx: engineer, input: { problemSummary: summary } });
    await linkTicket({
      ctx: engineer,
      deps,
      sessionId: session.id,
      input: { externalId: String(ticket.id) },
    });
    return { sessionId: session.id, ticketId: ticket.id };
  }
  const deliver = (sessionId: string, now = new Date()) =>
    deliverSessionOutbox({ ctx: account.system('psa-outbox'), deps, sessionId, now });
  const notesOn = (ticketId: number) => sim.state.notes.filter((n) => n.ticketId === ticketId);
  const statusOf = (ticketId: number) => sim.state.tickets.find((t) => t.id === ticketId)?.status?.name;

  it('tests the connection and stores only a sealed private key', async () => {
    expect(await testPsaConnection({ ctx: account.owner, deps })).toMatchObject({ ok: true });
    const settings = await getPsaSettings({ ctx: account.owner });
    expect(settings).toMatchObject({ provider: 'connectwise', hasPrivateKey: true });
    expect(JSON.stringify(settings)).not.toContain(sim.credentials.privateKey);
  });

  it('posts exactly one resolution note and verifies the status change', async () => {
    const { sessionId, ticketId } = await sessionOnTicket('Outlook cannot connect');
    const posted = await postResolutionNote({ ctx: engineer, deps: diagnosis, sessionId, input: {} });
    expect(posted.session.status).toBe('resolved');
    const report = await deliver(sessionId);
    expect(report).toMatchObject({ delivered: 2, failed: 0, problem: null });
    const notes = notesOn(ticketId);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ resolutionFlag: true, internalAnalysisFlag: false });
    expect(statusOf(ticketId)).toBe('Resolved');
    // The status change was verified by reading the ticket back after the PATCH.
    const ticketCalls = sim.calls
      .filter((c) => c.path === `/service/tickets/${ticketId}`)
      .map((c) => c.method);
    expect(ticketCalls.slice(ticketCalls.indexOf('PATCH'))).toEqual(['PATCH', 'GET']);
  });

  it('reports a status ConnectWise accepted but did not apply, instead of success', async () => {
    const { sessionId, ticketId } = await sessionOnTicket('VPN drops');
    await postResolutionNote({ ctx: engineer, deps: diagnosis, sessionId, input: {} });
    sim.failNext({ method: 'PATCH' }, 'status_not_applied');
    const report = await deliver(sessionId);
    expect(report).toMatchObject({ delivered: 1, failed: 1, problem: { kind: 'status_not_applied' } });
    expect(report.problem?.message).toMatch(/accepted the status change/);
    expect(statusOf(ticketId)).toBe('New');
  });

  it('delivers exactly once through a 500 and a timeout whose write actually landed', async () => {
    const { sessionId, ticketId } = await sessionOnTicket('Printer jam');
    await postResolutionNote({ ctx: engineer, deps: diagnosis, sessionId, input: {} });
    sim.failNext({ method: 'POST', path: /\/notes$/ }, { status: 500 });
    const first = await deliver(sessionId);
    expect(first).toMatchObject({ delivered: 0, problem: { kind: 'unavailable' } });
    // The simulator stores the note but answers after the client gave up: an ambiguous failure.
    sim.failNext({ method: 'POST', path: /\/notes$/ }, { timeoutMs: 1_000 });
    const second = await deliver(sessionId, new Date(Date.now() + 3_600_000));
    expect(second.problem?.kind).toBe('timeout');
    await new Promise((r) => setTimeout(r, 1_100));
    const third = await deliver(sessionId, new Date(Date.now() + 7_200_000));
    expect(third).toMatchObject({ delivered: 2, failed: 0 });
    expect(notesOn(ticketId)).toHaveLength(1);
    expect(statusOf(ticketId)).toBe('Resolved');
  });

  it('escalates as an internal note, sets the escalated status and moves the board', async () => {
    const { sessionId, ticketId } = await sessionOnTicket('Server room too hot');
    await postEscalationPackage({
      ctx: engineer,
      deps: diagnosis,
      sessionId,
      input: { target: { type: 'board', name: 'Escalations' } },
    });
    const report = await deliver(sessionId);
    expect(report).toMatchObject({ delivered: 3, failed: 0 });
    expect(notesOn(ticketId)[0]).toMatchObject({ internalAnalysisFlag: true, resolutionFlag: false });
    expect(sim.state.tickets.find((t) => t.id === ticketId)?.board?.name).toBe('Escalations');
  });

  it('matches members by email', async () => {
    const erin = await account.member('engineer', { name: 'Erin' });
    sim.addMember({ identifier: 'erin', email: erin.email.toUpperCase(), firstName: 'Erin', lastName: 'E' });
    const mapping = await syncMemberLinks({ ctx: account.owner, deps });
    expect(mapping.linked).toContainEqual(
      expect.objectContaining({ email: erin.email, memberIdentifier: 'erin', matchedBy: 'email' }),
    );
    expect(mapping.unmatchedUsers.length).toBeGreaterThan(0);
  });

  it('never writes the API keys to the logs', () => {
    const all = logs.lines.join('\n');
    expect(all).not.toContain(sim.credentials.privateKey);
    expect(all).not.toMatch(/Basic [A-Za-z0-9+/=]{20,}/);
  });
});
