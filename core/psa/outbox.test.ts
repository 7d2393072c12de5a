import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../../test/db.ts';
import { offlineDiagnosis } from '../../test/diagnosis.ts';
import { createTestAccount, type TestAccount } from '../../test/factories.ts';
import { psaOutboxTable } from '../db/schema/psa.ts';
import { withTransaction } from '../db/transactions.ts';
import { postEscalationPackage, postResolutionNote } from '../notes/index.ts';
import type { DiagnosisDeps } from '../sessions/index.ts';
import { createSession } from '../sessions/index.ts';
import type { TenantContext } from '../shared/context.ts';
import {
  configurePsa,
  createLocalPsa,
  deliverSessionOutbox,
  linkTicket,
  listOutboxFailures,
  type PsaDeps,
  retryOutboxItem,
} from './index.ts';

const psaDeps: PsaDeps = {
  sealingKey: Buffer.alloc(32, 7),
  connectWise: () => {
    throw new Error('not used with the local PSA');
  },
};

describe('PSA outbox with the built-in ticketing', () => {
  let account: TestAccount;
  let engineer: TenantContext;
  let diagnosis: DiagnosisDeps;

  beforeAll(async () => {
    account = await createTestAccount(await testDatabase(), 'Outbox');
    engineer = await account.member('engineer');
    diagnosis = { ...offlineDiagnosis(), psa: psaDeps };
    await configurePsa({ ctx: account.owner, deps: psaDeps, input: { provider: 'local' } });
  });

  async function linkedSession(summary = 'Printer offline at reception') {
    const ticket = await createLocalPsa(engineer).createTicket({ summary });
    const session = await createSession({ ctx: engineer, input: { problemSummary: summary } });
    const { session: linked } = await linkTicket({
      ctx: engineer,
      deps: psaDeps,
      sessionId: session.id,
      input: { externalId: `#${ticket.externalId}` },
    });
    return { sessionId: linked.id, ticketId: ticket.externalId, linked };
  }

  const outboxOf = (sessionId: string) =>
    withTransaction(engineer, (tx) =>
      tx.select().from(psaOutboxTable).where(eq(psaOutboxTable.sessionId, sessionId)),
    );

  it('links a session only to a ticket that exists', async () => {
    const { linked, ticketId } = await linkedSession();
    expect(linked.ticket).toEqual({
      provider: 'local',
      externalId: ticketId,
      summary: 'Printer offline at reception',
      writes: [],
    });
    const session = await createSession({ ctx: engineer, input: { problemSummary: 'Nothing to link' } });
    await expect(
      linkTicket({ ctx: engineer, deps: psaDeps, sessionId: session.id, input: { externalId: '999999' } }),
    ).rejects.toMatchObject({
      code: 'unprocessable',
      message: expect.stringMatching(/does not exist/),
    });
    await expect(
      linkTicket({ ctx: engineer, deps: psaDeps, sessionId: session.id, input: { externalId: 'abc' } }),
    ).rejects.toMatchObject({
      code: 'invalid_input',
    });
  });

  it('queues the note and status with the resolution, then delivers them exactly once', async () => {
    const { sessionId, ticketId } = await linkedSession();
    const posted = await postResolutionNote({ ctx: engineer, deps: diagnosis, sessionId, input: {} });
    expect(posted.session.status).toBe('resolved');
    expect(posted.note.destination).toBe('local');
    expect(posted.session.notes[0]?.destination).toBe('local');
    const queued = await outboxOf(sessionId);
    expect(queued.map((r) => [r.kind, r.status])).toEqual([
      ['note', 'pending'],
      ['status', 'pending'],
    ]);

    const first = await deliverSessionOutbox({ ctx: account.system('psa-outbox'), deps: psaDeps, sessionId });
    expect(first).toMatchObject({ delivered: 2, failed: 0, deferred: 0, problem: null });
    const psa = createLocalPsa(engineer);
    expect((await psa.getTicket(ticketId)).status?.name).toBe('Resolved');
    const notes = await psa.listNotes(ticketId);
    expect(notes.map((n) => n.kind)).toEqual(['resolution']);
    expect(notes[0]?.text).toContain('Problem');

    const again = await deliverSessionOutbox({ ctx: account.system('psa-outbox'), deps: psaDeps, sessionId });
    expect(again.delivered).toBe(0);
    expect(await psa.listNotes(ticketId)).toHaveLength(1);
  });

  it('does not post a note twice when a crash hit between sending it and recording that', async () => {
    const { sessionId, ticketId } = await linkedSession('Scanner not scanning to email');
    await postResolutionNote({ ctx: engineer, deps: diagnosis, sessionId, input: {} });
    const [noteRow] = (await outboxOf(sessionId)).filter((r) => r.kind === 'note');
    // The state a crash leaves: the attempt was counted and the PSA got the note, but delivery was never recorded.
    await createLocalPsa(engineer).addNote(ticketId, {
      kind: 'resolution',
      text: String(noteRow?.payload.text),
    });
    await withTransaction(engineer, (tx) =>
      tx
        .update(psaOutboxTable)
        .set({ attempts: 1 })
        .where(eq(psaOutboxTable.id, noteRow?.id ?? '')),
    );
    const report = await deliverSessionOutbox({
      ctx: account.system('psa-outbox'),
      deps: psaDeps,
      sessionId,
    });
    expect(report.delivered).toBe(2);
    expect(await createLocalPsa(engineer).listNotes(ticketId)).toHaveLength(1);
    const [delivered] = (await outboxOf(sessionId)).filter((r) => r.kind === 'note');
    expect(delivered?.result).toMatchObject({ found: true });
  });

  it('marks a permanent failure, lists it for the admin, and delivers after a retry', async () => {
    const { sessionId } = await linkedSession('Board move');
    await postEscalationPackage({
      ctx: engineer,
      deps: diagnosis,
      sessionId,
      input: { target: { type: 'board', name: 'Nonexistent Board' } },
    });
    const report = await deliverSessionOutbox({
      ctx: account.system('psa-outbox'),
      deps: psaDeps,
      sessionId,
    });
    expect(report).toMatchObject({ delivered: 2, failed: 1, problem: { kind: 'invalid_request' } });
    const failures = await listOutboxFailures({ ctx: account.owner });
    const failure = failures.find((f) => f.sessionId === sessionId);
    expect(failure).toMatchObject({ kind: 'reassign', lastErrorKind: 'invalid_request' });
    await expect(retryOutboxItem({ ctx: engineer, outboxId: failure?.id })).rejects.toMatchObject({
      code: 'forbidden',
    });
    const other = await createTestAccount(await testDatabase(), 'Other');
    await expect(retryOutboxItem({ ctx: other.owner, outboxId: failure?.id })).rejects.toMatchObject({
      code: 'not_found',
    });
    const retried = await retryOutboxItem({ ctx: account.owner, outboxId: failure?.id });
    expect(retried.status).toBe('pending');
    await expect(retryOutboxItem({ ctx: account.owner, outboxId: failure?.id })).rejects.toMatchObject({
      code: 'conflict',
    });
  });

  it('keeps notes local when the session has no ticket', async () => {
    const session = await createSession({ ctx: engineer, input: { problemSummary: 'No ticket here' } });
    const posted = await postResolutionNote({
      ctx: engineer,
      deps: diagnosis,
      sessionId: session.id,
      input: {},
    });
    expect(posted.session.status).toBe('resolved_local');
    expect(await outboxOf(session.id)).toEqual([]);
  });
});
