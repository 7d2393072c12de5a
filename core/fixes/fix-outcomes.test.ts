import { beforeAll, describe, expect, it } from 'vitest';
import { expectDatabaseRefusal } from '../../test/assertions.ts';
import { testDatabase } from '../../test/db.ts';
import { createTestAccount, type TestAccount } from '../../test/factories.ts';
import { suggestedFixesTable } from '../db/schema/diagnosis.ts';
import { withTransaction } from '../db/transactions.ts';
import { createSession, getSession } from '../sessions/index.ts';
import { withSessionWrite } from '../sessions/session-write.ts';
import type { TenantContext } from '../shared/context.ts';
import { type FixProposal, proposeFix, recordFixDecision, recordFixOutcome } from './index.ts';

describe('suggested fixes: outcomes, transitions and supersession', () => {
  let account: TestAccount;
  let ctx: TenantContext;

  beforeAll(async () => {
    account = await createTestAccount(await testDatabase(), 'Fixes');
    ctx = await account.member('engineer');
  });

  /** A session with one proposed fix, created the way an engine turn creates it. */
  async function sessionWithFix(proposal: Partial<FixProposal> = {}) {
    const session = await createSession({ ctx, input: { problemSummary: 'Print spooler keeps stopping' } });
    await withSessionWrite(ctx, session.id, async ({ tx, changed }) => {
      if (
        (
          await proposeFix(tx, ctx, session.id, {
            title: 'Clear the spool folder',
            steps: ['Stop Spooler', 'Delete files', 'Start Spooler'],
            confidence: 70,
            ...proposal,
          })
        ).changed
      )
        changed();
    });
    const view = await getSession({ ctx, sessionId: session.id });
    const fix = view.activeFix;
    if (!fix) throw new Error('expected an active fix');
    return { sessionId: session.id, fixId: fix.id, version: view.stateVersion };
  }

  const outcome = (s: { sessionId: string; fixId: string }, input: unknown) =>
    recordFixOutcome({ ctx, sessionId: s.sessionId, fixId: s.fixId, input });
  const decide = (s: { sessionId: string; fixId: string }, decision: string) =>
    recordFixDecision({ ctx, sessionId: s.sessionId, fixId: s.fixId, input: { decision } });

  it('proposed → worked stamps verified_at and applied_at, and bumps the version once', async () => {
    const s = await sessionWithFix();
    const view = await outcome(s, { outcome: 'applied_success' });
    expect(view.activeFix).toMatchObject({ status: 'applied_success', allowedOutcomes: [] });
    expect(view.activeFix?.verifiedAt).not.toBeNull();
    expect(view.activeFix?.appliedAt).not.toBeNull();
    expect(view.stateVersion).toBe(s.version + 1);
  });

  it('keeps the applied_at stamped by Apply when the outcome comes later', async () => {
    const s = await sessionWithFix();
    const applied = await decide(s, 'apply');
    const appliedAt = applied.activeFix?.appliedAt;
    expect(appliedAt).not.toBeNull();
    expect(applied.activeFix?.status).toBe('proposed');
    const done = await outcome(s, {
      outcome: 'applied_failed',
      failureReason: 'Spooler stopped again after 5 minutes',
    });
    expect(done.activeFix).toMatchObject({
      status: 'applied_failed',
      appliedAt,
      failureReason: 'Spooler stopped again after 5 minutes',
    });
    expect(done.activeFix?.verifiedAt).not.toBeNull();
    await expect(decide(s, 'apply')).rejects.toMatchObject({ code: 'conflict' });
  });

  it('requires notes for "partly worked" (422) and changes nothing without them', async () => {
    const s = await sessionWithFix();
    await expect(outcome(s, { outcome: 'applied_partial' })).rejects.toMatchObject({
      code: 'unprocessable',
      message: expect.stringMatching(/what worked/),
    });
    const after = await getSession({ ctx, sessionId: s.sessionId });
    expect(after.activeFix?.status).toBe('proposed');
    expect(after.stateVersion).toBe(s.version);
  });

  it('lets "partly worked" become worked or failed later, and nothing else', async () => {
    const a = await sessionWithFix();
    const partial = await outcome(a, { outcome: 'applied_partial', notes: 'Two of three printers back' });
    expect(partial.activeFix).toMatchObject({
      status: 'applied_partial',
      partialNotes: 'Two of three printers back',
      verifiedAt: null,
      allowedOutcomes: ['applied_success', 'applied_failed'],
    });
    expect((await outcome(a, { outcome: 'applied_success' })).activeFix?.status).toBe('applied_success');

    const b = await sessionWithFix();
    await outcome(b, { outcome: 'applied_partial', notes: 'Some queues cleared' });
    expect(
      (await outcome(b, { outcome: 'applied_failed', failureReason: 'Third queue still stuck' })).activeFix
        ?.status,
    ).toBe('applied_failed');

    const c = await sessionWithFix();
    await outcome(c, { outcome: 'applied_partial', notes: 'Half' });
    await expect(outcome(c, { outcome: 'applied_partial', notes: 'Still half' })).rejects.toMatchObject({
      code: 'conflict',
    });
    await expect(decide(c, 'dismiss')).rejects.toMatchObject({ code: 'conflict' });
  });

  it.each([
    ['applied_success', 'applied_failed'],
    ['applied_failed', 'applied_success'],
    ['applied_success', 'applied_partial'],
  ])('treats %s as final: changing it to %s is a 409 and changes nothing', async (first, second) => {
    const s = await sessionWithFix();
    await outcome(s, { outcome: first, notes: 'notes', failureReason: 'reason' });
    const before = await getSession({ ctx, sessionId: s.sessionId });
    await expect(outcome(s, { outcome: second, notes: 'n' })).rejects.toMatchObject({ code: 'conflict' });
    const after = await getSession({ ctx, sessionId: s.sessionId });
    expect(after.activeFix?.status).toBe(first);
    expect(after.stateVersion).toBe(before.stateVersion);
  });

  it('the same verdict pressed twice (a double click) changes nothing and is no error', async () => {
    const s = await sessionWithFix();
    await outcome(s, { outcome: 'applied_success' });
    const before = await getSession({ ctx, sessionId: s.sessionId });
    const again = await outcome(s, { outcome: 'applied_success' });
    expect(again.activeFix?.status).toBe('applied_success');
    expect(again.stateVersion).toBe(before.stateVersion);
  });

  it('treats dismissed as final', async () => {
    const s = await sessionWithFix();
    expect((await decide(s, 'dismiss')).activeFix?.status).toBe('dismissed');
    await expect(outcome(s, { outcome: 'applied_success' })).rejects.toMatchObject({ code: 'conflict' });
  });

  it('supersedes the active fix when a different one is suggested, keeping one active fix', async () => {
    const s = await sessionWithFix();
    await withSessionWrite(ctx, s.sessionId, async ({ tx, changed }) => {
      if (
        (
          await proposeFix(tx, ctx, s.sessionId, {
            title: 'Update the printer driver',
            steps: ['Install v4 driver'],
            confidence: 55,
          })
        ).changed
      )
        changed();
    });
    const view = await getSession({ ctx, sessionId: s.sessionId });
    expect(view.activeFix?.title).toBe('Update the printer driver');
    expect(view.previousFixes).toHaveLength(1);
    expect(view.previousFixes[0]).toMatchObject({ id: s.fixId, superseded: true });
    expect(view.stateVersion).toBe(s.version + 1);
  });

  it('refreshes rather than supersedes when the same fix is suggested again', async () => {
    const s = await sessionWithFix();
    await withSessionWrite(ctx, s.sessionId, async ({ tx, changed }) => {
      if (
        (
          await proposeFix(tx, ctx, s.sessionId, {
            title: 'clear the spool folder.',
            steps: ['Stop Spooler', 'Delete files', 'Start Spooler'],
            confidence: 85,
          })
        ).changed
      )
        changed();
    });
    const view = await getSession({ ctx, sessionId: s.sessionId });
    expect(view.activeFix).toMatchObject({ id: s.fixId, confidence: 85 });
    expect(view.previousFixes).toEqual([]);
  });

  it('is backed by a partial unique index: the database refuses a second active fix', async () => {
    const s = await sessionWithFix();
    await expectDatabaseRefusal(
      withTransaction(ctx, (tx) =>
        tx.insert(suggestedFixesTable).values({
          accountId: ctx.accountId,
          sessionId: s.sessionId,
          title: 'Rogue',
          steps: [],
          confidence: 10,
        }),
      ),
      /suggested_fixes_one_active|duplicate key/,
    );
  });

  it.each([
    [150, 100],
    [-5, 0],
    [0.85, 85],
    [62.6, 63],
  ])('clamps confidence %s to %s', async (given, stored) => {
    const s = await sessionWithFix({ confidence: given });
    expect((await getSession({ ctx, sessionId: s.sessionId })).activeFix?.confidence).toBe(stored);
  });

  it("returns 404 for another account's fix and 403 for a viewer, changing nothing", async () => {
    const s = await sessionWithFix();
    const other = await createTestAccount(await testDatabase(), 'Other');
    await expect(
      recordFixOutcome({
        ctx: other.owner,
        sessionId: s.sessionId,
        fixId: s.fixId,
        input: { outcome: 'applied_success' },
      }),
    ).rejects.toMatchObject({ code: 'not_found' });
    const viewer = await account.member('viewer');
    await expect(
      recordFixOutcome({
        ctx: viewer,
        sessionId: s.sessionId,
        fixId: s.fixId,
        input: { outcome: 'applied_success' },
      }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    expect((await getSession({ ctx, sessionId: s.sessionId })).activeFix?.status).toBe('proposed');
  });

  it('rejects an unknown outcome with a field-level error', async () => {
    const s = await sessionWithFix();
    await expect(outcome(s, { outcome: 'kinda' })).rejects.toMatchObject({
      code: 'invalid_input',
      issues: [expect.objectContaining({ path: 'outcome' })],
    });
  });
});
