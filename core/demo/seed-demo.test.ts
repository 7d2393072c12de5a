import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../server/boot.ts';
import { loadEnv } from '../../server/env.ts';
import { testDatabase } from '../../test/db.ts';
import { capturingLogger } from '../../test/diagnosis.ts';
import { createTestAccount } from '../../test/factories.ts';
import { signInWithPassword } from '../auth/index.ts';
import type { Database } from '../db/client.ts';
import { openDatabase } from '../db/client.ts';
import { runMigrations } from '../db/migrate.ts';
import { accountsTable } from '../db/schema/accounts.ts';
import { auditLogTable } from '../db/schema/audit-log.ts';
import { usersTable } from '../db/schema/users.ts';
import { withSystemTransaction } from '../db/transactions.ts';
import { silentLogger } from '../shared/logger.ts';
import { DEMO_ACCOUNT_NAME, DEMO_PASSWORD, DEMO_PEOPLE, seedDemoAccount } from './seed-demo.ts';

/** Everything in the database, read as the system: the seed must add exactly the demo and nothing else. */
async function everything(database: Database) {
  return withSystemTransaction(database, 'test read-back', async (tx) => ({
    accounts: await tx.select().from(accountsTable).orderBy(accountsTable.createdAt),
    users: (await tx.select().from(usersTable)).sort((x, y) => x.email.localeCompare(y.email)),
    audit: await tx.select({ id: auditLogTable.id }).from(auditLogTable).orderBy(auditLogTable.id),
  }));
}

describe('demo seed on an empty database', () => {
  // A fresh embedded database is available even when the suites run against a server.
  let empty: Database;

  beforeAll(async () => {
    empty = await openDatabase({ kind: 'pglite', dataDir: 'memory://' });
    await runMigrations(empty);
  });
  afterAll(async () => {
    await empty?.close();
  });

  it('is never run by a production start, even with SEED_DEMO on', async () => {
    const env = loadEnv({
      NODE_ENV: 'production',
      APP_SECRET_KEY: randomBytes(32).toString('base64'),
      PORT: '0',
      SEED_DEMO: 'true',
      WORKER_IN_PROCESS: 'false',
      LOG_LEVEL: 'silent',
    });
    const server = await startServer(env, silentLogger, { database: empty });
    try {
      const health = await fetch(`${server.url}/healthz`);
      expect(health.status).toBe(200);
    } finally {
      await server.stop();
    }
    expect((await everything(empty)).accounts).toEqual([]);
  });

  it('says how to sign in on a first development start, without printing the password', async () => {
    const fresh = await openDatabase({ kind: 'pglite', dataDir: 'memory://' });
    await runMigrations(fresh);
    const { logger, lines } = capturingLogger();
    const env = loadEnv({
      NODE_ENV: 'development',
      PORT: '0',
      SEED_DEMO: 'true',
      WORKER_IN_PROCESS: 'false',
    });
    const server = await startServer(env, logger, { database: fresh });
    try {
      const log = lines.join('');
      expect(log).toContain('Demo account \\"Contoso MSP\\" created');
      for (const person of DEMO_PEOPLE) expect(log).toContain(person.email);
      expect(log).toContain('the README gives the demo password');
      expect(log).not.toContain(DEMO_PASSWORD);
    } finally {
      await server.stop();
      await fresh.close();
    }
    // A fresh PGlite, every migration and the whole demo seed: seconds when idle, but a loaded CI
    // machine took over 30.
  }, 120_000);

  it('is not run by a development start with SEED_DEMO=false', async () => {
    const env = loadEnv({
      NODE_ENV: 'development',
      PORT: '0',
      SEED_DEMO: 'false',
      WORKER_IN_PROCESS: 'false',
    });
    const server = await startServer(env, silentLogger, { database: empty });
    await server.stop();
    expect((await everything(empty)).accounts).toEqual([]);
  });

  it('creates Contoso MSP with an owner, an engineer, an L1, a viewer and an engineer covering L1', async () => {
    const result = await seedDemoAccount(empty);
    expect(result.seeded).toBe(true);
    const { accounts, users } = await everything(empty);
    expect(accounts).toHaveLength(1);
    expect(accounts[0]).toMatchObject({ id: result.accountId, name: 'Contoso MSP' });
    expect(DEMO_ACCOUNT_NAME).toBe('Contoso MSP');
    expect(users.every((u) => u.accountId === result.accountId)).toBe(true);
    const people = users.map((u) => `${u.role}${u.canCoverL1 ? '+cover' : ''} ${u.email}`).sort();
    expect(people).toEqual(
      [
        'owner owner@contoso-msp.example',
        'engineer engineer@contoso-msp.example',
        'l1 l1@contoso-msp.example',
        'viewer viewer@contoso-msp.example',
        'engineer+cover cover@contoso-msp.example',
      ].sort(),
    );
    expect(users.every((u) => u.disabledAt === null && u.passwordHash?.startsWith('scrypt$'))).toBe(true);
    // The demo account is on the 14-day Pro reverse trial, computed from its own row.
    expect((accounts[0]?.trialEndsAt.getTime() ?? 0) - Date.now()).toBeGreaterThan(13.9 * 86_400_000);
    // The month of history comes with it (seed-history.test.ts checks what it contains).
    expect(result.history).toMatchObject({ seeded: true });
  }, 120_000);

  it('changes nothing when run again', async () => {
    const before = await everything(empty);
    expect(await seedDemoAccount(empty)).toEqual({ seeded: false });
    expect(await everything(empty)).toEqual(before);
  });

  it('lets every demo person sign in with the documented password, and nobody with a wrong one', async () => {
    for (const person of DEMO_PEOPLE) {
      const user = await signInWithPassword(empty, { email: person.email, password: DEMO_PASSWORD });
      expect(user).toMatchObject({
        email: person.email,
        role: person.role,
        canCoverL1: person.canCoverL1 ?? false,
      });
    }
    await expect(
      signInWithPassword(empty, { email: 'owner@contoso-msp.example', password: 'contoso-demo-2025' }),
    ).rejects.toThrow('Email or password is incorrect.');
  });
});

describe('demo seed on a database that already has accounts', () => {
  it('does nothing', async () => {
    const database = await testDatabase();
    await createTestAccount(database, 'Existing'); // whatever ran before, there is now at least one
    const before = await everything(database);
    expect(before.accounts.length).toBeGreaterThan(0);
    expect(await seedDemoAccount(database)).toEqual({ seeded: false });
    // Other workers may add accounts meanwhile on a shared server, so look for the demo's own traces.
    const after = await everything(database);
    expect(after.accounts.filter((a) => a.name === DEMO_ACCOUNT_NAME)).toEqual(
      before.accounts.filter((a) => a.name === DEMO_ACCOUNT_NAME),
    );
    const demoEmails = new Set(DEMO_PEOPLE.map((p) => p.email));
    expect(after.users.filter((u) => demoEmails.has(u.email))).toEqual(
      before.users.filter((u) => demoEmails.has(u.email)),
    );
  });
});
