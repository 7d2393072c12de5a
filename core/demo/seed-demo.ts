import { count } from 'drizzle-orm';
import { createAccountWithOwner } from '../accounts/create-account.ts';
import type { Database } from '../db/client.ts';
import { accountsTable } from '../db/schema/accounts.ts';
import type { Role } from '../db/schema/users.ts';
import { withSystemTransaction } from '../db/transactions.ts';
import { seedDemoFlows } from '../flows/demo/seed-demo-flows.ts';
import { seedDemoArticles } from '../kb/demo/seed-demo-articles.ts';
import { seedDemoScripts } from '../scripts/demo/seed-demo-scripts.ts';
import type { TenantContext } from '../shared/context.ts';
import { createUser } from '../users/create-user.ts';
import { type DemoHistoryResult, seedDemoHistory } from './seed-history.ts';

/** Development only: a known password so a newcomer can sign in from the README. */
export const DEMO_PASSWORD = 'contoso-demo-2026';

export const DEMO_ACCOUNT_NAME = 'Contoso MSP';

export const DEMO_PEOPLE: ReadonlyArray<{ email: string; name: string; role: Role; canCoverL1?: boolean }> = [
  { email: 'owner@contoso-msp.example', name: 'Olivia Owner', role: 'owner' },
  { email: 'engineer@contoso-msp.example', name: 'Evan Engineer', role: 'engineer' },
  { email: 'l1@contoso-msp.example', name: 'Lena L1', role: 'l1' },
  { email: 'viewer@contoso-msp.example', name: 'Victor Viewer', role: 'viewer' },
  { email: 'cover@contoso-msp.example', name: 'Cora Cover', role: 'engineer', canCoverL1: true },
];

export interface DemoSeedResult {
  seeded: boolean;
  accountId?: string;
  /** The month of sessions and audit entries (seed-history.ts), with how long it took. */
  history?: DemoHistoryResult;
}

/**
 * Creates the demo tenant on an empty database and does nothing otherwise, so it is safe on every
 * start. The caller refuses to call it in production (server/boot.ts). Each part of the demo is
 * one call at the end, each seeding only the demo account.
 */
export async function seedDemoAccount(
  database: Database,
  options: { now?: Date } = {},
): Promise<DemoSeedResult> {
  const existing = await withSystemTransaction(database, 'demo seed check', async (tx) => {
    const [row] = await tx.select({ n: count() }).from(accountsTable);
    return row?.n ?? 0;
  });
  if (existing > 0) return { seeded: false };
  const [owner, ...others] = DEMO_PEOPLE;
  if (!owner) throw new Error('demo people list is empty');
  const { accountId, ownerId } = await createAccountWithOwner(database, {
    name: DEMO_ACCOUNT_NAME,
    owner: { email: owner.email, name: owner.name, password: DEMO_PASSWORD },
  });
  const ctx: TenantContext = {
    db: database,
    accountId,
    actor: { kind: 'user', userId: ownerId, role: 'owner', canCoverL1: false, name: owner.name },
  };
  for (const person of others) {
    await createUser({
      ctx,
      input: {
        email: person.email,
        name: person.name,
        role: person.role,
        canCoverL1: person.canCoverL1 ?? false,
        password: DEMO_PASSWORD,
      },
    });
  }
  await seedDemoArticles(ctx);
  await seedDemoFlows(ctx);
  const history = await seedDemoHistory(database, accountId, options.now);
  // After the history: the library's usage points at the month's sessions.
  await seedDemoScripts(ctx, options.now);
  return { seeded: true, accountId, history };
}
