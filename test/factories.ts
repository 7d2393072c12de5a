import { randomUUID } from 'node:crypto';
import { createAccountWithOwner } from '../core/accounts/index.ts';
import type { Database } from '../core/db/client.ts';
import type { Role } from '../core/db/schema/users.ts';
import type { TenantContext } from '../core/shared/context.ts';
import { createUser } from '../core/users/index.ts';

export const TEST_PASSWORD = 'correct-horse-battery';

export interface TestAccount {
  accountId: string;
  owner: TenantContext;
  /** Creates a user through the real verb and returns a context acting as them. */
  member(
    role: Exclude<Role, 'owner'>,
    options?: { canCoverL1?: boolean; name?: string },
  ): Promise<TenantContext & { email: string }>;
  /** A context for a background job acting on this account. */
  system(name?: string): TenantContext;
}

/** A fresh tenant with unique emails, built with the same verbs sign-up uses. */
export async function createTestAccount(database: Database, name = 'Test MSP'): Promise<TestAccount> {
  const tag = randomUUID().slice(0, 8);
  const ownerEmail = `owner-${tag}@test.example`;
  const { accountId, ownerId } = await createAccountWithOwner(database, {
    name: `${name} ${tag}`,
    owner: { email: ownerEmail, name: `Owner ${tag}`, password: TEST_PASSWORD },
  });
  const owner: TenantContext = {
    db: database,
    accountId,
    actor: { kind: 'user', userId: ownerId, role: 'owner', canCoverL1: false, name: `Owner ${tag}` },
  };
  let n = 0;
  return {
    accountId,
    owner,
    async member(role, options = {}) {
      n += 1;
      const email = `${role}-${n}-${tag}@test.example`;
      const user = await createUser({
        ctx: owner,
        input: {
          email,
          name: options.name ?? `${role} ${n}`,
          role,
          canCoverL1: options.canCoverL1 ?? false,
          password: TEST_PASSWORD,
        },
      });
      return {
        db: database,
        accountId,
        email,
        actor: { kind: 'user', userId: user.id, role, canCoverL1: user.canCoverL1, name: user.name },
      };
    },
    system(jobName = 'test-job') {
      return { db: database, accountId, actor: { kind: 'system', name: jobName } };
    },
  };
}
