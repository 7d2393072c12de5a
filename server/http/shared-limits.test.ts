import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../../test/db.ts';
import { createTestAccount, TEST_PASSWORD, type TestAccount } from '../../test/factories.ts';
import { api, signIn, startTestServer } from '../../test/server.ts';
import type { RunningServer } from '../boot.ts';
import { ConfigError, loadEnv } from '../env.ts';

const signInAttempt = (server: RunningServer, email: string, password: string, ip?: string) =>
  api(server, '/api/v1/auth/sign-in', {
    method: 'POST',
    body: { email, password },
    ...(ip ? { headers: { 'x-forwarded-for': ip } } : {}),
  });

describe('rate limits shared across server processes', () => {
  let a: TestAccount;
  let one: RunningServer;
  let two: RunningServer;

  beforeAll(async () => {
    const database = await testDatabase();
    a = await createTestAccount(database, 'Limits');
    // Two servers as two processes of one deployment: the same database, the same namespace.
    const limitNamespace = `shared-${randomUUID()}`;
    [one, two] = [
      await startTestServer(database, { SIGN_IN_MAX_FAILURES_PER_IP: '1000' }, { limitNamespace }),
      await startTestServer(database, { SIGN_IN_MAX_FAILURES_PER_IP: '1000' }, { limitNamespace }),
    ];
  });
  afterAll(async () => {
    await one?.stop();
    await two?.stop();
  });

  it('counts sign-in failures on either server against one limit', async () => {
    const member = await a.member('engineer');
    // 5 failures per email are allowed in total: 3 on one server, 2 on the other.
    for (const server of [one, two, one, two, one]) {
      expect((await signInAttempt(server, member.email, 'wrong-password')).status).toBe(401);
    }
    for (const server of [one, two]) {
      const blocked = await signInAttempt(server, member.email, TEST_PASSWORD);
      expect(blocked.status).toBe(429);
      expect(blocked.body.error?.message).toMatch(
        /^Too many failed sign-in attempts; try again in 15 minute/,
      );
      expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(14 * 60);
    }
  });

  it('answers 429 with Retry-After past the per-user API limit, on both servers alike', async () => {
    const database = await testDatabase();
    const limitNamespace = `api-${randomUUID()}`;
    // One deployment: the same key signs access tokens on both.
    const env = {
      APP_SECRET_KEY: Buffer.alloc(32, 5).toString('base64'),
      API_RATE_LIMIT_PER_USER_PER_MINUTE: '6',
      API_RATE_LIMIT_PER_ACCOUNT_PER_MINUTE: '1000',
    };
    const servers = [
      await startTestServer(database, env, { limitNamespace }),
      await startTestServer(database, env, { limitNamespace }),
    ];
    try {
      const member = await a.member('viewer');
      const token = await signIn(servers[0] as RunningServer, member.email, TEST_PASSWORD);
      const statuses: number[] = [];
      for (let i = 0; i < 8; i++) {
        const res = await api(servers[i % 2] as RunningServer, '/api/v1/me', { token });
        statuses.push(res.status);
        if (res.status === 429) {
          expect(res.body.error?.code).toBe('rate_limited');
          expect(res.body.error?.message).toMatch(
            /^Too many requests \(your requests: more than 6 per 60 s\)/,
          );
          const retryAfter = Number(res.headers.get('retry-after'));
          expect(retryAfter).toBeGreaterThanOrEqual(1);
          expect(retryAfter).toBeLessThanOrEqual(60);
        }
      }
      // A minute boundary can fall inside the loop and open a fresh window; 6 + 6 is the most.
      expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(6);
      expect(statuses).toContain(429);
      // Another user of the same account is not held back by the first one's limit.
      const other = await signIn(
        servers[1] as RunningServer,
        (await a.member('viewer')).email,
        TEST_PASSWORD,
      );
      expect((await api(servers[1] as RunningServer, '/api/v1/me', { token: other })).status).toBe(200);
    } finally {
      for (const server of servers) await server.stop();
    }
  });
});

describe('assistant turns per person', () => {
  it('refuses a turn past the per-user limit with 429 and Retry-After, saving nothing', async () => {
    const database = await testDatabase();
    const server = await startTestServer(database, { BOT_RATE_LIMIT_PER_USER_PER_MINUTE: '2' });
    try {
      const a = await createTestAccount(database, 'Turn limits');
      const token = await signIn(server, (await a.member('engineer')).email, TEST_PASSWORD);
      const created = await api(server, '/api/v1/sessions', {
        method: 'POST',
        token,
        body: { problemSummary: 'VPN drops every hour' },
      });
      const turn = () =>
        api(server, `/api/v1/sessions/${created.body.id}/turns`, {
          method: 'POST',
          token,
          body: { message: 'It drops at the top of the hour' },
        });
      const statuses: number[] = [];
      let refused: Awaited<ReturnType<typeof turn>> | undefined;
      for (let i = 0; i < 3; i++) {
        const res = await turn();
        statuses.push(res.status);
        if (res.status === 429) refused = res;
      }
      // A minute boundary inside the loop would open a new window; then all three pass.
      if (!refused) return expect(statuses).toEqual([200, 200, 200]);
      expect(refused.body.error?.message).toMatch(
        /^Too many requests \(your messages to the assistant: more than 2 per 60 s\); try again in \d+ s\.$/,
      );
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      const transcript = await api(server, `/api/v1/sessions/${created.body.id}/transcript`, { token });
      const turns = (transcript.body.turns ?? []) as Array<{ role: string }>;
      expect(turns.filter((t) => t.role === 'engineer')).toHaveLength(
        statuses.filter((s) => s === 200).length,
      );
    } finally {
      await server.stop();
    }
  });
});

describe('TRUST_PROXY decides whether X-Forwarded-For counts', () => {
  it('is off by default: rotating X-Forwarded-For from loopback does not dodge the per-IP limit', async () => {
    const database = await testDatabase();
    const server = await startTestServer(database, { SIGN_IN_MAX_FAILURES_PER_IP: '3' });
    try {
      for (let i = 0; i < 3; i++) {
        const res = await signInAttempt(
          server,
          `spray-${i}@test.example`,
          'wrong-password',
          `203.0.113.${i}`,
        );
        expect(res.status).toBe(401);
      }
      const rotated = await signInAttempt(server, 'spray-9@test.example', 'wrong-password', '198.51.100.7');
      expect(rotated.status).toBe(429);
    } finally {
      await server.stop();
    }
  });

  it('with a hop count, takes the client address from the trusted proxy hop', async () => {
    const database = await testDatabase();
    const server = await startTestServer(database, { SIGN_IN_MAX_FAILURES_PER_IP: '2', TRUST_PROXY: '1' });
    try {
      for (let i = 0; i < 2; i++) {
        expect(
          (await signInAttempt(server, `hop-${i}@test.example`, 'x-wrong-pass', '203.0.113.5')).status,
        ).toBe(401);
      }
      expect((await signInAttempt(server, 'hop-2@test.example', 'x-wrong-pass', '203.0.113.5')).status).toBe(
        429,
      );
      // A different client behind the same proxy has its own count.
      expect((await signInAttempt(server, 'hop-3@test.example', 'x-wrong-pass', '203.0.113.6')).status).toBe(
        401,
      );
    } finally {
      await server.stop();
    }
  });

  it("a stranger's failures lock only their own address out of an account; guessing from many addresses still stops", async () => {
    const database = await testDatabase();
    const account = await createTestAccount(database, 'Lockout');
    const owner = await account.member('admin');
    const server = await startTestServer(database, {
      TRUST_PROXY: '1',
      SIGN_IN_MAX_FAILURES_PER_EMAIL_ALL_ADDRESSES: '8',
    });
    try {
      for (let i = 0; i < 5; i++)
        expect((await signInAttempt(server, owner.email, 'a-wrong-guess', '198.51.100.66')).status).toBe(401);
      expect((await signInAttempt(server, owner.email, TEST_PASSWORD, '198.51.100.66')).status).toBe(429);
      // The owner, at the office, is not locked out by it.
      expect((await signInAttempt(server, owner.email, TEST_PASSWORD, '203.0.113.10')).status).toBe(200);
      // Guesses spread over addresses stop at the account-wide count (8 here), for everyone.
      for (let i = 0; i < 3; i++)
        expect((await signInAttempt(server, owner.email, 'a-wrong-guess', `192.0.2.${i}`)).status).toBe(401);
      expect((await signInAttempt(server, owner.email, TEST_PASSWORD, '203.0.113.10')).status).toBe(429);
    } finally {
      await server.stop();
    }
  });

  it('accepts false, hop counts and address lists; refuses "true" and junk with a clear message', () => {
    expect(loadEnv({}).TRUST_PROXY).toBe(false);
    expect(loadEnv({ TRUST_PROXY: '2' }).TRUST_PROXY).toBe(2);
    expect(loadEnv({ TRUST_PROXY: 'loopback, 10.0.0.0/8, fd00::/8' }).TRUST_PROXY).toEqual([
      'loopback',
      '10.0.0.0/8',
      'fd00::/8',
    ]);
    for (const bad of ['true', 'everyone', '10.0.0.0/8, proxy.internal']) {
      expect(() => loadEnv({ TRUST_PROXY: bad }), bad).toThrow(ConfigError);
      expect(() => loadEnv({ TRUST_PROXY: bad }), bad).toThrow(/TRUST_PROXY: must be false, a hop count/);
    }
  });
});
