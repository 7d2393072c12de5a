import { beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../../test/db.ts';
import { createTestAccount, type TestAccount } from '../../test/factories.ts';
import { L1_COVERAGE_TAG, listAuditLog, recordAudit } from '../audit/index.ts';
import type { Role } from '../db/schema/users.ts';
import { withTransaction } from '../db/transactions.ts';
import type { Actor, TenantContext } from '../shared/context.ts';
import { ForbiddenError } from '../shared/errors.ts';
import { ACTIONS, type Action, authorize, canAssignRole, decide } from './permissions.ts';

type Tier = 'owner' | 'admin' | 'engineer' | 'engineer+cover' | 'l1' | 'viewer' | 'system';
const TIERS: Tier[] = ['owner', 'admin', 'engineer', 'engineer+cover', 'l1', 'viewer', 'system'];

const ACTORS: Record<Tier, Actor> = {
  owner: { kind: 'user', userId: 'u-owner', role: 'owner', canCoverL1: false, name: 'O' },
  admin: { kind: 'user', userId: 'u-admin', role: 'admin', canCoverL1: false, name: 'A' },
  engineer: { kind: 'user', userId: 'u-eng', role: 'engineer', canCoverL1: false, name: 'E' },
  'engineer+cover': { kind: 'user', userId: 'u-cover', role: 'engineer', canCoverL1: true, name: 'C' },
  l1: { kind: 'user', userId: 'u-l1', role: 'l1', canCoverL1: false, name: 'L' },
  viewer: { kind: 'user', userId: 'u-viewer', role: 'viewer', canCoverL1: false, name: 'V' },
  system: { kind: 'system', name: 'nightly-job' },
};

/**
 * The product's answer to "who may do what", written out by hand. Y = allowed, n = refused,
 * C = allowed only through L1 coverage (and therefore audited with the coverage tag).
 * Columns: owner, admin, engineer, engineer+cover, l1, viewer, system.
 */
// biome-ignore format: the table is read as a grid
const EXPECTED: Record<Action, string> = {
  'account.read':               'Y Y Y Y Y Y Y',
  'users.read':                 'Y Y Y Y Y Y Y',
  'sessions.read':              'Y Y Y Y Y Y Y',
  'sessions.work':              'Y Y Y Y Y n n',
  'assistant.run':              'Y Y Y Y Y n n',
  'sessions.resolve':           'Y Y Y Y Y n n',
  'intake.create':              'Y Y Y Y Y n n',
  'flows.walk':                 'Y Y Y Y Y n n',
  'escalations.create':         'Y Y Y Y Y n n',
  'l1_queue.act':               'Y Y n C Y n n',
  'tickets.poll':               'Y Y n n n n Y',
  'escalations.claim':          'Y Y Y Y n n n',
  'escalations.remind':         'Y Y n n n n Y',
  'drafts.approve':             'Y Y Y Y n n n',
  'flows.author':               'Y Y Y Y n n n',
  'scripts.read':               'Y Y Y Y Y Y Y',
  'scripts.use':                'Y Y Y Y Y n n',
  'scripts.author':             'Y Y Y Y n n n',
  'kb.search':                  'Y Y Y Y Y n Y',
  'kb.read':                    'Y Y Y Y n n Y',
  'kb.manage':                  'Y Y n n n n n',
  'kb.sync':                    'Y Y n n n n Y',
  'audit.read':                 'Y Y n n n n Y',
  'insights.read':              'Y Y n n n n n',
  'feedback.export':            'Y Y n n n n n',
  'onboarding.read':            'Y Y n n n n n',
  'audit.purge':                'Y n n n n n Y',
  'settings.manage':            'Y Y n n n n n',
  'users.manage':               'Y Y n n n n n',
  'billing.manage':             'Y n n n n n n',
  'account.transfer_ownership': 'Y n n n n n n',
};

function expectedCell(action: Action, tier: Tier): string {
  const cells = EXPECTED[action].split(' ');
  return cells[TIERS.indexOf(tier)] ?? '?';
}

describe('the role matrix', () => {
  it('covers exactly the actions in PERMISSIONS, so a new action must be placed in the table', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...ACTIONS].sort());
  });

  for (const action of Object.keys(EXPECTED) as Action[]) {
    it(`${action}: ${EXPECTED[action]}`, () => {
      const actual = TIERS.map((tier) => {
        const d = decide(ACTORS[tier], action);
        if (!d.allowed) return 'n';
        return d.grant.viaL1Coverage ? 'C' : 'Y';
      });
      expect(actual.join(' ')).toBe(TIERS.map((t) => expectedCell(action, t)).join(' '));
    });
  }

  it('lets L1 staff take intake, walk flows, run the assistant and escalate', () => {
    for (const action of [
      'intake.create',
      'flows.walk',
      'assistant.run',
      'escalations.create',
      'l1_queue.act',
    ] as const) {
      expect(decide(ACTORS.l1, action)).toEqual({ allowed: true, grant: { action, viaL1Coverage: false } });
    }
  });

  it('refuses L1 staff claiming escalations, approving drafts or changing settings, with a reason naming the role', () => {
    const ctx = { actor: ACTORS.l1 } as TenantContext;
    expect(() => authorize(ctx, 'escalations.claim')).toThrow(ForbiddenError);
    expect(() => authorize(ctx, 'escalations.claim')).toThrow('Your role (l1) cannot claim escalations.');
    expect(() => authorize(ctx, 'drafts.approve')).toThrow('Your role (l1) cannot approve AI-drafted flows.');
    expect(() => authorize(ctx, 'settings.manage')).toThrow('Your role (l1) cannot change account settings.');
  });

  it('tells an engineer without coverage that acting on the L1 queue needs L1 coverage', () => {
    const ctx = { actor: ACTORS.engineer } as TenantContext;
    let error: unknown;
    try {
      authorize(ctx, 'l1_queue.act');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ForbiddenError);
    expect((error as ForbiddenError).code).toBe('forbidden');
    expect((error as Error).message).toMatch(/L1 coverage/);
  });

  it('tells a background job plainly that jobs cannot do user-only things', () => {
    const ctx = { actor: ACTORS.system } as TenantContext;
    expect(() => authorize(ctx, 'users.manage')).toThrow('Background jobs cannot manage users and roles.');
  });
});

describe('canAssignRole', () => {
  const ROLES: Role[] = ['owner', 'admin', 'engineer', 'l1', 'viewer'];
  // Columns: owner, admin, engineer, l1, viewer (the role being handed out).
  // biome-ignore format: the table is read as a grid
  const EXPECTED_ASSIGN: Record<Tier, string> = {
    owner:            'Y Y Y Y Y',
    admin:            'n Y Y Y Y',
    engineer:         'n n n n n',
    'engineer+cover': 'n n n n n',
    l1:               'n n n n n',
    viewer:           'n n n n n',
    system:           'n n n n n',
  };

  for (const tier of TIERS) {
    it(`${tier} may hand out: ${EXPECTED_ASSIGN[tier]}`, () => {
      const actual = ROLES.map((role) => (canAssignRole(ACTORS[tier], role) ? 'Y' : 'n')).join(' ');
      expect(actual).toBe(EXPECTED_ASSIGN[tier]);
    });
  }
});

describe('L1 coverage is audited', () => {
  let account: TestAccount;
  let admin: TenantContext;
  let cover: TenantContext;
  let l1: TenantContext;

  beforeAll(async () => {
    account = await createTestAccount(await testDatabase(), 'Coverage');
    admin = await account.member('admin');
    cover = await account.member('engineer', { canCoverL1: true });
    l1 = await account.member('l1');
  });

  async function actOnQueue(ctx: TenantContext, ticket: string) {
    const grant = authorize(ctx, 'l1_queue.act');
    await withTransaction(ctx, (tx) =>
      recordAudit(tx, ctx, {
        action: 'l1_queue.walk_in_taken',
        target: { type: 'ticket', id: ticket },
        grant,
      }),
    );
  }

  it("tags an engineer's L1-queue action with l1_coverage, and an L1's own action not", async () => {
    await actOnQueue(cover, 'T-100');
    await actOnQueue(l1, 'T-101');

    const tagged = await listAuditLog({ ctx: admin, input: { tag: L1_COVERAGE_TAG } });
    expect(L1_COVERAGE_TAG).toBe('l1_coverage');
    expect(tagged.entries).toHaveLength(1);
    expect(tagged.entries[0]).toMatchObject({
      action: 'l1_queue.walk_in_taken',
      actorUserId: cover.actor.kind === 'user' ? cover.actor.userId : 'x',
      target: { type: 'ticket', id: 'T-100' },
      tags: ['l1_coverage'],
    });

    const all = await listAuditLog({ ctx: admin, input: { action: 'l1_queue.walk_in_taken' } });
    const byL1 = all.entries.find((e) => e.target?.id === 'T-101');
    expect(byL1?.actorUserId).toBe(l1.actor.kind === 'user' ? l1.actor.userId : 'x');
    expect(byL1?.tags).toEqual([]);
  });

  it('refuses an engineer without coverage before anything is written', async () => {
    const engineer = await account.member('engineer');
    await expect(actOnQueue(engineer, 'T-102')).rejects.toThrow(/L1 coverage/);
    const all = await listAuditLog({ ctx: admin, input: { action: 'l1_queue.walk_in_taken' } });
    expect(all.entries.map((e) => e.target?.id)).not.toContain('T-102');
  });
});
