import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../../test/db.ts';
import { createTestAccount, type TestAccount } from '../../test/factories.ts';
import { smallFlowYaml } from '../../test/flows.ts';
import { setTrialEndsAt } from '../../test/stripe.ts';
import type { Database } from '../db/client.ts';
import { accountBillingTable } from '../db/schema/billing.ts';
import { withSystemTransaction } from '../db/transactions.ts';
import { importFlow } from '../flows/index.ts';
import { createConnector } from '../kb/connectors/index.ts';
import { createSession } from '../sessions/index.ts';
import {
  createInvite,
  createUser,
  getUser,
  listInvites,
  listUsers,
  updateUserAccess,
} from '../users/index.ts';
import { getPlanStatus, PlanLimitError, setPlanOverride } from './index.ts';

const DAY = 86_400_000;

async function refusal(promise: Promise<unknown>): Promise<PlanLimitError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PlanLimitError);
  return error as PlanLimitError;
}

/** An account whose trial ended yesterday: Free, with its 2 engineer seats and 1 L1 seat. */
async function freeAccount(database: Database, name: string): Promise<TestAccount> {
  const account = await createTestAccount(database, name);
  await setTrialEndsAt(database, account.accountId, new Date(Date.now() - DAY));
  return account;
}

describe('one limits check in every verb that adds something the plan counts', () => {
  let database: Database;
  beforeAll(async () => {
    database = await testDatabase();
  });

  it('refuses a user over the seat limit before anything changes; viewers are free', async () => {
    const account = await freeAccount(database, 'Limits seats');
    const engineer = await account.member('engineer'); // owner + 1 = both engineer seats
    await account.member('l1');
    await account.member('viewer');
    await account.member('viewer');
    const users = async () => (await listUsers({ ctx: account.owner, input: {} })).length;
    const before = await users();

    const e = await refusal(
      createUser({
        ctx: account.owner,
        input: { email: `x-${Date.now()}@test.example`, name: 'X', role: 'admin' },
      }),
    );
    expect(e.message).toBe(
      'Your plan has 2 engineer seats and all are used. An owner can upgrade to Pro under Billing.',
    );
    expect(e.code).toBe('forbidden');
    const l1 = await refusal(
      createInvite({
        ctx: account.owner,
        input: { email: `l1-${Date.now()}@test.example`, role: 'l1' },
        now: new Date(),
      }),
    );
    expect(l1.message).toBe(
      'Your plan has 1 L1 seat and all are used. An owner can upgrade to Pro under Billing.',
    );
    expect(await users()).toBe(before);
    expect(await listInvites({ ctx: account.owner, now: new Date() })).toEqual([]);

    // A role change into a full tier is refused too; out of one frees the seat.
    const viewer = (await listUsers({ ctx: account.owner, input: {} })).find((u) => u.role === 'viewer');
    await refusal(updateUserAccess({ ctx: account.owner, userId: viewer?.id, input: { role: 'engineer' } }));
    const engineerId = engineer.actor.kind === 'user' ? engineer.actor.userId : '';
    await updateUserAccess({ ctx: account.owner, userId: engineerId, input: { disabled: true } });
    await updateUserAccess({ ctx: account.owner, userId: viewer?.id, input: { role: 'engineer' } });
    // …and the disabled engineer cannot come back while the seats are full.
    await refusal(updateUserAccess({ ctx: account.owner, userId: engineerId, input: { disabled: false } }));
    expect((await getUser({ ctx: account.owner, userId: engineerId })).disabled).toBe(true);
  });

  it('two invites racing for the last seat: exactly one gets it', async () => {
    const account = await freeAccount(database, 'Limits race');
    const attempts = await Promise.allSettled(
      [1, 2, 3].map((n) =>
        createInvite({
          ctx: account.owner,
          input: { email: `race-${n}-${Date.now()}@test.example`, role: 'engineer' },
          now: new Date(),
        }),
      ),
    );
    expect(attempts.filter((a) => a.status === 'fulfilled')).toHaveLength(1);
    expect(
      attempts.filter((a) => a.status === 'rejected').map((a) => (a as PromiseRejectedResult).reason),
    ).toEqual([expect.any(PlanLimitError), expect.any(PlanLimitError)]);
  });

  it('sessions per month, knowledge connectors and flows, with per-account overrides', async () => {
    const account = await freeAccount(database, 'Limits usage');
    const engineer = await account.member('engineer');
    await withSystemTransaction(database, 'test: pilot limits', (tx) =>
      tx
        .insert(accountBillingTable)
        .values({ accountId: account.accountId, limitOverrides: { sessionsPerMonth: 2, flows: 1 } }),
    );
    await createSession({ ctx: engineer, input: { problemSummary: 'Outlook keeps asking for a password' } });
    await createSession({ ctx: engineer, input: { problemSummary: 'VPN drops every hour' } });
    const sessions = await refusal(
      createSession({ ctx: engineer, input: { problemSummary: 'Printer offline' } }),
    );
    expect(sessions.message).toBe(
      'Your plan has 2 diagnosis sessions a month and all are used this month. An owner can upgrade to Pro under Billing.',
    );

    const connector = {
      kind: 'hudu',
      name: 'Docs',
      apiKey: 'hudu-key-123456',
      settings: { baseUrl: 'https://x.huducloud.com' },
    };
    const deps = { secretsKey: randomBytes(32) };
    await createConnector({ ctx: account.owner, deps, input: connector });
    const kb = await refusal(
      createConnector({ ctx: account.owner, deps, input: { ...connector, name: 'More' } }),
    );
    expect(kb.message).toMatch(/^Your plan has 1 knowledge connector and all are used\./);

    await importFlow({ ctx: engineer, input: { format: 'yaml', content: smallFlowYaml('First') } });
    const flows = await refusal(
      importFlow({ ctx: engineer, input: { format: 'yaml', content: smallFlowYaml('Second') } }),
    );
    expect(flows.message).toMatch(/^Your plan has 1 flow and all are used\./);

    // Lifting the override (an operator's pilot deal) lifts the refusal.
    await withSystemTransaction(database, 'test: lift', (tx) =>
      tx
        .update(accountBillingTable)
        .set({ limitOverrides: { flows: null } })
        .where(eq(accountBillingTable.accountId, account.accountId)),
    );
    await importFlow({ ctx: engineer, input: { format: 'yaml', content: smallFlowYaml('Second') } });
  });

  it("an operator's pilot override lifts the plan until it ends; a bad override is refused and changes nothing", async () => {
    const account = await freeAccount(database, 'Limits pilot');
    await account.member('engineer');
    const third = { email: `pilot-${Date.now()}@test.example`, name: 'Third', role: 'engineer' };
    await refusal(createUser({ ctx: account.owner, input: third }));
    const bad = await setPlanOverride(database, { accountId: account.accountId, plan: 'enterprise' }).catch(
      (e: unknown) => e,
    );
    expect((bad as Error).message).toMatch(/needs a reason/);
    expect((await getPlanStatus({ ctx: account.owner })).plan).toBe('free');
    const plan = await setPlanOverride(database, {
      accountId: account.accountId,
      plan: 'enterprise',
      reason: 'pilot',
      endsAt: new Date(Date.now() + 30 * DAY).toISOString(),
    });
    expect(plan).toMatchObject({ plan: 'enterprise', source: 'override', overrideReason: 'pilot' });
    await createUser({ ctx: account.owner, input: third });
    await setPlanOverride(database, { accountId: account.accountId, plan: null });
    expect((await getPlanStatus({ ctx: account.owner })).plan).toBe('free');
  });

  it('a Pro trial account is not held to Free limits', async () => {
    const account = await createTestAccount(database, 'Limits trial');
    for (const n of [1, 2, 3]) await account.member('engineer', { name: `Engineer ${n}` });
    expect((await listUsers({ ctx: account.owner, input: {} })).length).toBe(4);
  });
});
