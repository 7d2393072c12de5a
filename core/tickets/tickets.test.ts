import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../../test/db.ts';
import { offlineDiagnosis } from '../../test/diagnosis.ts';
import { createTestAccount, type TestAccount } from '../../test/factories.ts';
import { listAuditLog } from '../audit/index.ts';
import { psaOutboxTable } from '../db/schema/psa.ts';
import { ticketsTable } from '../db/schema/tickets.ts';
import { withTransaction } from '../db/transactions.ts';
import { claimEscalation } from '../escalations/index.ts';
import { createDemoKnowledgeSource } from '../kb/demo/index.ts';
import { postEscalationPackage, postResolutionNote } from '../notes/index.ts';
import { configurePsa, createLocalPsa, linkTicket, type PsaDeps } from '../psa/index.ts';
import { createSession, getSession, listSessions } from '../sessions/index.ts';
import type { TenantContext } from '../shared/context.ts';
import {
  createWalkIn,
  deliverWalkIns,
  getTicket,
  listQueue,
  listWalkInClients,
  startTicket,
} from './index.ts';

const psaDeps: PsaDeps = {
  sealingKey: Buffer.alloc(32, 3),
  connectWise: () => {
    throw new Error('not used with the local PSA');
  },
};
const match = { knowledge: createDemoKnowledgeSource() };
const T0 = new Date('2026-03-02T09:00:00Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

const walkIn = (summary: string, extra: Record<string, unknown> = {}) => ({
  contactName: 'Dana Reyes',
  contactEmail: 'Dana@Fabrikam.example',
  client: 'Fabrikam',
  summary,
  details: 'At the front desk, laptop in hand.',
  priority: 'high',
  ...extra,
});

describe('walk-ins and the L1 queue', () => {
  let account: TestAccount;
  let l1: TenantContext;
  let l1b: TenantContext;
  let engineer: TenantContext;
  let coveringEngineer: TenantContext;
  let viewer: TenantContext;

  beforeAll(async () => {
    account = await createTestAccount(await testDatabase(), 'Queue');
    l1 = await account.member('l1', { name: 'Lee First' });
    l1b = await account.member('l1', { name: 'Kim Second' });
    engineer = await account.member('engineer');
    coveringEngineer = await account.member('engineer', { canCoverL1: true, name: 'Cory Cover' });
    viewer = await account.member('viewer');
  });

  it('logs a walk-in that waits in the queue, oldest first with its age and priority', async () => {
    const older = await createWalkIn({
      ctx: l1,
      input: walkIn('Cannot print to the second floor'),
      now: at(0),
    });
    const newer = await createWalkIn({
      ctx: l1,
      input: walkIn('Ricoh copier fails to scan to folder', { priority: 'urgent' }),
      now: at(30),
    });
    expect(newer).toMatchObject({
      source: 'walk_in',
      status: 'open',
      priority: 'urgent',
      contactEmail: 'dana@fabrikam.example',
      client: 'Fabrikam',
      psa: null,
      psaPending: false,
      assignee: null,
    });
    const queue = await listQueue({ ctx: l1, now: at(95) });
    const ids = queue.tickets.map((t) => t.id);
    expect(ids.indexOf(older.id)).toBeLessThan(ids.indexOf(newer.id));
    expect(queue.tickets.find((t) => t.id === older.id)?.ageMinutes).toBe(95);
    expect(queue.tickets.find((t) => t.id === newer.id)).toMatchObject({
      ageMinutes: 65,
      priority: 'urgent',
    });
    expect(queue.counts.unassigned).toBeGreaterThanOrEqual(2);
  });

  it('refuses a walk-in without a summary or contact, and saves nothing', async () => {
    const before = (await listQueue({ ctx: l1 })).counts.all;
    await expect(createWalkIn({ ctx: l1, input: walkIn('', { contactName: ' ' }) })).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringMatching(/contactName: who walked in/),
    });
    await expect(
      createWalkIn({ ctx: l1, input: walkIn('Printer', { priority: 'asap' }) }),
    ).rejects.toMatchObject({
      code: 'invalid_input',
    });
    expect((await listQueue({ ctx: l1 })).counts.all).toBe(before);
  });

  it('Start opens a linked session, runs match-or-build on it and takes the ticket', async () => {
    const ticket = await createWalkIn({
      ctx: l1,
      input: walkIn('Ricoh copier fails to scan to folder after password change'),
    });
    const started = await startTicket({ ctx: l1, deps: match, ticketId: ticket.id, now: at(5) });
    expect(started.started).toBe(true);
    expect(started.ticket).toMatchObject({ status: 'in_progress', assignee: { name: 'Lee First' } });
    expect(started.decision).toMatchObject({
      rule: expect.stringMatching(/authored|validated_draft|kb_build|none/),
    });
    expect(started.decision?.reason.length).toBeGreaterThan(10);
    const session = await getSession({ ctx: l1, sessionId: started.sessionId });
    expect(session.problemSummary).toBe('Ricoh copier fails to scan to folder after password change');

    // Pressing Start again returns the same session; someone else is told who has it.
    const again = await startTicket({ ctx: l1, deps: match, ticketId: ticket.id });
    expect(again).toMatchObject({ started: false, sessionId: started.sessionId, decision: null });
    await expect(startTicket({ ctx: l1b, deps: match, ticketId: ticket.id })).rejects.toMatchObject({
      code: 'conflict',
      message: 'Lee First has already started this ticket.',
    });

    const mine = await listQueue({ ctx: l1, input: { filter: 'mine' } });
    expect(mine.tickets.map((t) => t.id)).toContain(ticket.id);
    const theirs = await listQueue({ ctx: l1b, input: { filter: 'mine' } });
    expect(theirs.tickets.map((t) => t.id)).not.toContain(ticket.id);
    const unassigned = await listQueue({ ctx: l1b, input: { filter: 'unassigned' } });
    expect(unassigned.tickets.map((t) => t.id)).not.toContain(ticket.id);
  });

  it("follows its session: escalated stays in the queue's Escalated tab, resolved leaves the queue", async () => {
    const ticket = await createWalkIn({ ctx: l1, input: walkIn('Outlook asks for the password every hour') });
    const { sessionId } = await startTicket({ ctx: l1, deps: match, ticketId: ticket.id });
    const queueChanged: string[] = [];
    const deps = {
      ...offlineDiagnosis(),
      onQueueChanged: (accountId: string) => queueChanged.push(accountId),
    };
    await postEscalationPackage({
      ctx: l1,
      deps,
      sessionId,
      input: { note: 'Stuck after the profile rebuild' },
    });
    expect((await getTicket({ ctx: l1, ticketId: ticket.id })).status).toBe('escalated');
    const escalated = await listQueue({ ctx: l1, input: { filter: 'escalated' } });
    expect(escalated.tickets.map((t) => t.id)).toContain(ticket.id);
    expect(queueChanged).toEqual([account.accountId]);

    await claimEscalation({ ctx: engineer, sessionId });
    await postResolutionNote({ ctx: engineer, deps, sessionId, input: {} });
    expect((await getTicket({ ctx: l1, ticketId: ticket.id })).status).toBe('resolved');
    const all = await listQueue({ ctx: l1, input: { filter: 'all' } });
    expect(all.tickets.map((t) => t.id)).not.toContain(ticket.id);
  });

  it('searches by summary, client and contact', async () => {
    await createWalkIn({
      ctx: l1,
      input: walkIn('Wi-Fi drops in the boardroom', { client: 'Northwind Traders' }),
    });
    const found = await listQueue({ ctx: l1, input: { search: 'northwind' } });
    expect(found.tickets.map((t) => t.summary)).toEqual(['Wi-Fi drops in the boardroom']);
    expect((await listQueue({ ctx: l1, input: { search: 'no such thing' } })).tickets).toEqual([]);
  });

  it('L1 coverage: engineers act on the queue only with can_cover_l1, and those actions are tagged', async () => {
    await expect(listQueue({ ctx: engineer })).rejects.toMatchObject({
      code: 'forbidden',
      message: 'Engineers act on the L1 queue only when an admin enables L1 coverage for them.',
    });
    await expect(listQueue({ ctx: viewer })).rejects.toMatchObject({ code: 'forbidden' });
    const ticket = await createWalkIn({ ctx: l1, input: walkIn('Teams camera is black') });
    await expect(startTicket({ ctx: engineer, deps: match, ticketId: ticket.id })).rejects.toMatchObject({
      code: 'forbidden',
    });
    expect((await getTicket({ ctx: l1, ticketId: ticket.id })).status).toBe('open');

    const started = await startTicket({ ctx: coveringEngineer, deps: match, ticketId: ticket.id });
    expect(started.ticket.assignee?.name).toBe('Cory Cover');
    const audit = await listAuditLog({ ctx: account.owner, input: { tag: 'l1_coverage' } });
    expect(audit.entries.map((e) => [e.action, e.target?.id])).toContainEqual(['ticket.started', ticket.id]);
    // The same action by L1 staff is not a coverage action.
    const l1Entries = audit.entries.filter((e) => e.actorLabel === 'Lee First');
    expect(l1Entries).toEqual([]);
  });

  it("another tenant's ticket is not found, never forbidden", async () => {
    const other = await createTestAccount(await testDatabase(), 'Other');
    const otherL1 = await other.member('l1');
    const ticket = await createWalkIn({ ctx: l1, input: walkIn('Mouse not working') });
    await expect(getTicket({ ctx: otherL1, ticketId: ticket.id })).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(startTicket({ ctx: otherL1, deps: match, ticketId: ticket.id })).rejects.toMatchObject({
      code: 'not_found',
    });
    expect((await listQueue({ ctx: otherL1 })).tickets).toEqual([]);
  });
});

describe('walk-ins with a PSA connected', () => {
  let account: TestAccount;
  let l1: TenantContext;

  beforeAll(async () => {
    account = await createTestAccount(await testDatabase(), 'WalkInPsa');
    l1 = await account.member('l1');
    await configurePsa({ ctx: account.owner, deps: psaDeps, input: { provider: 'local' } });
  });

  it('creates the PSA ticket through the outbox exactly once and links it', async () => {
    const ticket = await createWalkIn({ ctx: l1, input: walkIn('Laptop will not dock at reception') });
    expect(ticket).toMatchObject({ psa: null, psaPending: true });
    const system = account.system('psa-outbox');
    expect(await deliverWalkIns({ ctx: system, deps: psaDeps })).toMatchObject({ created: 1, failed: 0 });
    // A second run finds nothing to do: the same walk-in never makes a second PSA ticket.
    expect(await deliverWalkIns({ ctx: system, deps: psaDeps })).toMatchObject({ created: 0 });
    const linked = await getTicket({ ctx: l1, ticketId: ticket.id });
    expect(linked).toMatchObject({ psaPending: false, psa: { provider: 'local', status: 'New' } });
    const psaTicket = await createLocalPsa(l1).getTicket(linked.psa?.externalId ?? '');
    expect(psaTicket).toMatchObject({
      summary: 'Laptop will not dock at reception',
      company: { name: 'Fabrikam' },
    });
    const matches = await createLocalPsa(l1).searchTickets({ text: 'Laptop will not dock' });
    expect(matches).toHaveLength(1);
  });

  it('after a failed attempt, delivery finds the ticket the PSA already made instead of making another', async () => {
    const ticket = await createWalkIn({ ctx: l1, input: walkIn('Monitor flickers on the left screen') });
    // The PSA made the ticket, then the answer was lost (a timeout): the attempt is on record.
    await createLocalPsa(l1).createTicket({
      summary: 'Monitor flickers on the left screen',
      companyId: 'Fabrikam',
    });
    await withTransaction(l1, (tx) =>
      tx
        .update(psaOutboxTable)
        .set({ attempts: 1, lastError: 'timed out', lastErrorKind: 'timeout' })
        .where(and(eq(psaOutboxTable.ticketId, ticket.id), eq(psaOutboxTable.kind, 'create_ticket'))),
    );
    await deliverWalkIns({ ctx: account.system(), deps: psaDeps });
    expect(await createLocalPsa(l1).searchTickets({ text: 'Monitor flickers' })).toHaveLength(1);
    const [row] = await withTransaction(l1, (tx) =>
      tx.select().from(ticketsTable).where(eq(ticketsTable.id, ticket.id)),
    );
    expect(row?.psaExternalId).not.toBeNull();
  });

  it('a ticket someone already works in a session is not offered to Start, and Start never opens a second session', async () => {
    const engineer = await account.member('engineer', { name: 'Eve Engineer' });
    // Linked by hand after the walk-in reached the PSA: the session takes the queue row.
    const walkInTicket = await createWalkIn({ ctx: l1, input: walkIn('Scanner on the front desk jams') });
    await deliverWalkIns({ ctx: account.system('psa-outbox'), deps: psaDeps });
    const externalId = (await getTicket({ ctx: l1, ticketId: walkInTicket.id })).psa?.externalId ?? '';
    const bySession = await createSession({ ctx: engineer, input: { problemSummary: 'Scanner jams' } });
    await linkTicket({ ctx: engineer, deps: psaDeps, sessionId: bySession.id, input: { externalId } });
    expect(await getTicket({ ctx: l1, ticketId: walkInTicket.id })).toMatchObject({
      status: 'in_progress',
      assignee: { name: 'Eve Engineer' },
    });
    const unassigned = await listQueue({ ctx: l1, input: { filter: 'unassigned' } });
    expect(unassigned.tickets.map((t) => t.id)).not.toContain(walkInTicket.id);

    // The other order: the session was on the PSA ticket before its queue row existed.
    const psaTicket = await createLocalPsa(l1).createTicket({
      summary: 'Label printer offline',
      companyId: 'Fabrikam',
    });
    const early = await createSession({ ctx: engineer, input: { problemSummary: 'Label printer offline' } });
    await linkTicket({
      ctx: engineer,
      deps: psaDeps,
      sessionId: early.id,
      input: { externalId: psaTicket.externalId },
    });
    const [row] = await withTransaction(l1, (tx) =>
      tx
        .insert(ticketsTable)
        .values({
          accountId: account.accountId,
          source: 'psa',
          summary: 'Label printer offline',
          psaProvider: 'local',
          psaExternalId: psaTicket.externalId,
        })
        .returning(),
    );
    const sessionsBefore = (await listSessions({ ctx: account.owner, input: { limit: 100 } })).sessions
      .length;
    await expect(startTicket({ ctx: l1, deps: match, ticketId: row?.id })).rejects.toMatchObject({
      code: 'conflict',
      message: 'Eve Engineer is already working on this ticket.',
    });
    expect((await listSessions({ ctx: account.owner, input: { limit: 100 } })).sessions.length).toBe(
      sessionsBefore,
    );
    expect(await getTicket({ ctx: l1, ticketId: row?.id })).toMatchObject({
      status: 'in_progress',
      assignee: { name: 'Eve Engineer' },
    });
  });

  it('offers known clients to pick from when the PSA has no company list', async () => {
    const choices = await listWalkInClients({ ctx: l1, deps: psaDeps });
    expect(choices.source).toBe('known');
    expect(choices.clients.map((c) => c.name)).toContain('Fabrikam');
  });
});
