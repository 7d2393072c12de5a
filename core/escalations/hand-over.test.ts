import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../../test/db.ts';
import { type SimulatedDiagnosis, simulatedDiagnosis } from '../../test/diagnosis.ts';
import { createTestAccount, type TestAccount } from '../../test/factories.ts';
import { listAuditLog } from '../audit/index.ts';
import { postEscalationPackage, postResolutionNote } from '../notes/index.ts';
import {
  configurePsa,
  createLocalPsa,
  deliverSessionOutbox,
  linkTicket,
  type PsaDeps,
  setMemberLink,
} from '../psa/index.ts';
import { createSession, getSession } from '../sessions/index.ts';
import type { TenantContext } from '../shared/context.ts';
import { claimEscalation, handOverEscalation, listHandOverChoices } from './index.ts';

const userId = (ctx: TenantContext) => (ctx.actor.kind === 'user' ? ctx.actor.userId : '');

describe('peer-to-peer escalation: the holder hands it to another engineer', () => {
  let diag: SimulatedDiagnosis;
  let account: TestAccount;
  let l1: TenantContext;
  let dana: TenantContext;
  let pat: TenantContext;
  let admin: TenantContext;
  const psa: PsaDeps = {
    sealingKey: Buffer.alloc(32, 7),
    connectWise: () => {
      throw new Error('this test uses the built-in ticketing');
    },
  };

  beforeAll(async () => {
    diag = await simulatedDiagnosis();
    account = await createTestAccount(await testDatabase(), 'Hand-over');
    l1 = await account.member('l1', { name: 'Lee Firstline' });
    dana = await account.member('engineer', { name: 'Dana Engineer' });
    pat = await account.member('engineer', { name: 'Pat Peer' });
    admin = await account.member('admin', { name: 'Ada Admin' });
    await configurePsa({ ctx: account.owner, deps: psa, input: { provider: 'local' } });
    await setMemberLink({
      ctx: account.owner,
      input: { userId: userId(pat), memberId: '42', memberIdentifier: 'ppeer' },
    });
  });
  afterAll(() => diag.close());

  /** An L1 escalates a session linked to a built-in PSA ticket; Dana claims it. */
  async function claimedByDana() {
    const ticket = await createLocalPsa(account.owner).createTicket({ summary: 'Shared drive read-only' });
    const session = await createSession({ ctx: l1, input: { problemSummary: 'Shared drive read-only' } });
    await linkTicket({ ctx: l1, deps: psa, sessionId: session.id, input: { externalId: ticket.externalId } });
    await postEscalationPackage({
      ctx: l1,
      deps: { ...diag.deps, psa },
      sessionId: session.id,
      input: { target: { type: 'board', name: 'Network Team' } },
    });
    await deliverSessionOutbox({ ctx: account.owner, deps: psa, sessionId: session.id });
    await claimEscalation({ ctx: dana, sessionId: session.id });
    return { sessionId: session.id, ticketId: ticket.externalId };
  }

  it('moves the claim and the session to the new engineer, reassigns the PSA member, and lets them resolve', async () => {
    const { sessionId, ticketId } = await claimedByDana();
    // Engineers and above, without the holder and without the L1.
    const names = (await listHandOverChoices({ ctx: dana, sessionId })).map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['Ada Admin', 'Pat Peer']));
    expect(names).toHaveLength(3);
    expect(names).not.toContain('Dana Engineer');
    expect(names).not.toContain('Lee Firstline');
    const handed = await handOverEscalation({
      ctx: dana,
      deps: { ...diag.deps, psa },
      sessionId,
      input: { toUserId: userId(pat) },
    });
    expect(handed).toMatchObject({
      from: { name: 'Dana Engineer' },
      to: { name: 'Pat Peer' },
      psaReassign: 'queued',
      session: {
        status: 'active',
        ownerUserId: userId(pat),
        escalation: { claimedBy: { name: 'Pat Peer' } },
      },
    });
    await deliverSessionOutbox({ ctx: account.owner, deps: psa, sessionId });
    expect((await createLocalPsa(account.owner).getTicket(ticketId)).owner?.identifier).toBe('ppeer');
    const audit = await listAuditLog({ ctx: account.owner, input: { action: 'escalation.handed_over' } });
    expect(audit.entries[0]).toMatchObject({
      target: { id: sessionId, name: `#${ticketId} Shared drive read-only` },
      metadata: { toName: 'Pat Peer', psaReassign: 'queued' },
    });

    // Dana no longer holds it; Pat resolves it.
    await expect(
      handOverEscalation({ ctx: dana, deps: diag.deps, sessionId, input: { toUserId: userId(admin) } }),
    ).rejects.toMatchObject({
      code: 'conflict',
      message: 'Pat Peer holds this escalation; only they can hand it on.',
    });
    const resolved = await postResolutionNote({
      ctx: pat,
      deps: { ...diag.deps, psa },
      sessionId,
      input: {},
    });
    expect(resolved.session.status).toBe('resolved');
  });

  it('refuses handing to yourself, to a non-engineer, to another account, or without holding it; nothing changes', async () => {
    const { sessionId } = await claimedByDana();
    const before = await getSession({ ctx: dana, sessionId });
    const other = await createTestAccount(await testDatabase(), 'Hand-over elsewhere');
    const outsider = await other.member('engineer');
    const attempts: Array<[TenantContext, string, object]> = [
      [
        dana,
        userId(dana),
        { code: 'unprocessable', message: 'You already hold this escalation; pick another engineer.' },
      ],
      [
        dana,
        userId(l1),
        {
          code: 'unprocessable',
          message: 'Lee Firstline is not an engineer (their role is l1), so they cannot take an escalation.',
        },
      ],
      [dana, userId(outsider), { code: 'not_found' }],
      [
        pat,
        userId(admin),
        { code: 'conflict', message: 'Dana Engineer holds this escalation; only they can hand it on.' },
      ],
      [l1, userId(pat), { code: 'forbidden', message: 'Your role (l1) cannot claim escalations.' }],
    ];
    for (const [ctx, to, refusal] of attempts) {
      await expect(
        handOverEscalation({ ctx, deps: { ...diag.deps, psa }, sessionId, input: { toUserId: to } }),
      ).rejects.toMatchObject(refusal);
    }
    await expect(
      handOverEscalation({ ctx: dana, deps: diag.deps, sessionId, input: { toUserId: 'Pat' } }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(listHandOverChoices({ ctx: pat, sessionId })).rejects.toMatchObject({ code: 'conflict' });
    expect(await getSession({ ctx: dana, sessionId })).toEqual(before);
    // Another account cannot even see it.
    await expect(
      handOverEscalation({ ctx: outsider, deps: diag.deps, sessionId, input: { toUserId: userId(dana) } }),
    ).rejects.toMatchObject({ code: 'not_found' });
  });

  it('refuses to hand over an escalation nobody has claimed', async () => {
    const session = await createSession({ ctx: l1, input: { problemSummary: 'Label printer offline' } });
    await postEscalationPackage({ ctx: l1, deps: diag.deps, sessionId: session.id, input: {} });
    await expect(
      handOverEscalation({
        ctx: dana,
        deps: diag.deps,
        sessionId: session.id,
        input: { toUserId: userId(pat) },
      }),
    ).rejects.toMatchObject({
      code: 'conflict',
      message: 'Nobody has claimed this escalation yet: claim it before handing it on.',
    });
  });
});
