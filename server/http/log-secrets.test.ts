import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../core/db/client.ts';
import { createLogger } from '../../core/shared/logger.ts';
import { type ConnectWiseSimulator, startConnectWiseSimulator } from '../../sim/connectwise/index.ts';
import { type HuduSimulator, startHuduSimulator } from '../../sim/hudu/index.ts';
import { testDatabase } from '../../test/db.ts';
import { createTestAccount, TEST_PASSWORD, type TestAccount } from '../../test/factories.ts';
import { api, signIn } from '../../test/server.ts';
import { type RunningServer, startServer } from '../boot.ts';
import { loadEnv } from '../env.ts';

const APP_SECRET_KEY = Buffer.alloc(32, 9).toString('base64');
const NEW_PASSWORD = 'Very-Secret-Passphrase-42';
// Tables a write route touches; the fault fires only for this test's account, so suites sharing
// the database (PGlite per worker, one PostgreSQL server in CI) never see it.
const FAULTED = [
  'users',
  'user_invites',
  'psa_connections',
  'kb_connectors',
  'refresh_tokens',
  'auth_sessions',
  'diagnosis_sessions',
];

/**
 * Every database failure on a write route is logged (500, with the request id) without the values
 * the statement was bound to: no scrypt hashes, sealed credentials, tokens or passwords.
 */
describe('logs never carry secrets', () => {
  let database: Database;
  let server: RunningServer;
  let cw: ConnectWiseSimulator;
  let hudu: HuduSimulator;
  let a: TestAccount;
  let adminEmail: string;
  let admin: string;
  const raw: string[] = [];

  beforeAll(async () => {
    database = await testDatabase();
    cw = await startConnectWiseSimulator();
    hudu = await startHuduSimulator();
    const stream = new Writable({
      write(chunk, _encoding, done) {
        raw.push(chunk.toString());
        done();
      },
    });
    server = await startServer(
      loadEnv({
        NODE_ENV: 'test',
        PORT: '0',
        WORKER_IN_PROCESS: 'false',
        SEED_DEMO: 'false',
        APP_SECRET_KEY,
      }),
      createLogger({ level: 'info', name: 'log-secrets' }, stream),
      { database },
    );
    a = await createTestAccount(database, 'Log secrets');
    adminEmail = (await a.member('admin')).email;
    admin = await signIn(server, adminEmail, TEST_PASSWORD);
  });
  afterAll(async () => {
    for (const table of FAULTED) {
      await database.db.execute(sql.raw(`DROP TRIGGER IF EXISTS log_secrets_fault ON ${table}`));
    }
    await database.db.execute(sql`DROP FUNCTION IF EXISTS log_secrets_fault()`);
    await server?.stop();
    await cw?.close();
    await hudu?.close();
  });

  it('logs the failing statement and SQLSTATE, never the bound values', async () => {
    // Stored before the fault: the PSA keys end up sealed in the row the failing PUT rewrites.
    const psaBody = {
      provider: 'connectwise',
      siteUrl: cw.url,
      companyId: cw.credentials.companyId,
      publicKey: cw.credentials.publicKey,
      privateKey: cw.credentials.privateKey,
      clientId: '7d6a4c8e-1f2b-4c3d-9e8f-0a1b2c3d4e5f',
      boards: [],
    };
    const accountId = a.accountId;
    await database.db.execute(
      sql.raw(`CREATE OR REPLACE FUNCTION log_secrets_fault() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF NEW.account_id = '${accountId}'::uuid THEN
            RAISE EXCEPTION 'injected fault' USING ERRCODE = 'check_violation', DETAIL = 'Failing row';
          END IF;
          RETURN NEW;
        END $$`),
    );
    for (const table of FAULTED) {
      await database.db.execute(
        sql.raw(
          `CREATE TRIGGER log_secrets_fault BEFORE INSERT OR UPDATE ON ${table} FOR EACH ROW EXECUTE FUNCTION log_secrets_fault()`,
        ),
      );
    }
    const writes: Array<[method: string, path: string, body: unknown]> = [
      [
        'POST',
        '/users',
        {
          email: `new-${accountId.slice(0, 8)}@test.example`,
          name: 'New',
          role: 'engineer',
          password: NEW_PASSWORD,
        },
      ],
      ['POST', '/users/invites', { email: `inv-${accountId.slice(0, 8)}@test.example`, role: 'viewer' }],
      ['PUT', '/psa/settings', psaBody],
      [
        'POST',
        '/kb/connectors',
        { kind: 'hudu', name: 'Hudu', apiKey: hudu.apiKey, settings: { baseUrl: hudu.url } },
      ],
      ['POST', '/sessions', { problemSummary: 'Printer offline on floor 2' }],
      ['POST', '/auth/sign-in', { email: adminEmail, password: TEST_PASSWORD }],
    ];
    for (const [method, path, body] of writes) {
      const res = await api(server, `/api/v1${path}`, { method, token: admin, body });
      expect(res.status, `${method} ${path}: ${res.text}`).toBe(500);
      expect(res.body.error?.message).toMatch(/^Something went wrong on our side/);
    }
    const log = raw.join('');
    const failures = log
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { msg: string; err?: Record<string, unknown> })
      .filter((line) => line.msg === 'unhandled error');
    expect(failures).toHaveLength(writes.length);
    for (const failure of failures) {
      // What an operator needs: which statement failed and why.
      expect(JSON.stringify(failure.err)).toMatch(/"code":"23514"/);
      expect(JSON.stringify(failure.err)).toMatch(/"statement":"(insert into|update) /);
    }
    expect(log).toContain('params: [dropped]');
    for (const secret of [
      'scrypt$',
      NEW_PASSWORD,
      TEST_PASSWORD,
      cw.credentials.privateKey,
      cw.credentials.publicKey,
      hudu.apiKey,
      'Failing row',
    ]) {
      expect(log, secret).not.toContain(secret);
    }
    // Sealed secrets look like v1.<iv>.<tag>.<ciphertext>; refresh tokens and hashes are long base64url.
    expect(log).not.toMatch(/\bv1\.[A-Za-z0-9_-]{12,}\.[A-Za-z0-9_-]{12,}\./);
    expect(log).not.toMatch(/[A-Za-z0-9_-]{40,}/);
  });
});
