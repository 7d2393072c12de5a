import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuditLog } from '../../core/audit/index.ts';
import type { Database } from '../../core/db/client.ts';
import { testDatabase } from '../../test/db.ts';
import { createTestAccount, TEST_PASSWORD, type TestAccount } from '../../test/factories.ts';
import { api, CookieClient, signIn, startTestServer } from '../../test/server.ts';
import type { RunningServer } from '../boot.ts';

const MINUTE = 60_000;

describe('session-security policy and active sessions', () => {
  let database: Database;
  let server: RunningServer;
  let clock = new Date();
  const tick = (ms: number) => {
    clock = new Date(clock.getTime() + ms);
  };

  beforeAll(async () => {
    database = await testDatabase();
    server = await startTestServer(database, {}, { now: () => clock });
  });
  afterAll(async () => {
    await server.stop();
  });

  describe('GET/PUT /account/session-policy', () => {
    let account: TestAccount;
    let adminToken: string;
    beforeAll(async () => {
      account = await createTestAccount(database, 'Policy');
      adminToken = await signIn(server, (await account.member('admin')).email, TEST_PASSWORD);
    });

    async function snapshot() {
      const policy = await api(server, '/api/v1/account/session-policy', { token: adminToken });
      const audit = await listAuditLog({ ctx: account.owner, input: { limit: 200 } });
      return { policy: policy.body, audit: audit.entries.map((e) => e.id) };
    }

    it('starts on Standard (the system defaults) and shows defaults, presets and bounds', async () => {
      const res = await api(server, '/api/v1/account/session-policy', { token: adminToken });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        preset: 'standard',
        idleMinutes: 4320,
        absoluteMinutes: 20160,
        defaults: { idleMinutes: 4320, absoluteMinutes: 20160 },
        presets: {
          strict: { idleMinutes: 30, absoluteMinutes: 720 },
          standard: { idleMinutes: 4320, absoluteMinutes: 20160 },
        },
        bounds: {
          idleMinutes: { min: 15, max: 43200 },
          absoluteMinutes: { min: 60, max: 129600 },
        },
      });
    });

    it('maps the presets to their values, accepts a custom policy, and audits each change', async () => {
      const strict = await api(server, '/api/v1/account/session-policy', {
        method: 'PUT',
        token: adminToken,
        body: { preset: 'strict' },
      });
      expect(strict.status).toBe(200);
      expect(strict.body).toMatchObject({ preset: 'strict', idleMinutes: 30, absoluteMinutes: 720 });
      const custom = await api(server, '/api/v1/account/session-policy', {
        method: 'PUT',
        token: adminToken,
        body: { preset: 'custom', idleMinutes: 15, absoluteMinutes: 60 },
      });
      expect(custom.body).toMatchObject({ preset: 'custom', idleMinutes: 15, absoluteMinutes: 60 });
      const edges = await api(server, '/api/v1/account/session-policy', {
        method: 'PUT',
        token: adminToken,
        body: { preset: 'custom', idleMinutes: 43200, absoluteMinutes: 129600 },
      });
      expect(edges.status).toBe(200);
      const standard = await api(server, '/api/v1/account/session-policy', {
        method: 'PUT',
        token: adminToken,
        body: { preset: 'standard' },
      });
      expect(standard.body).toMatchObject({ preset: 'standard', idleMinutes: 4320, absoluteMinutes: 20160 });
      const { entries } = await listAuditLog({
        ctx: account.owner,
        input: { action: 'account.session_policy_updated' },
      });
      expect(entries.map((e) => e.metadata.preset)).toEqual(['standard', 'custom', 'custom', 'strict']);
      expect(entries[3]?.metadata).toMatchObject({
        from: { idleMinutes: 4320, absoluteMinutes: 20160 },
        to: { idleMinutes: 30, absoluteMinutes: 720 },
      });
    });

    it('refuses each bound with a 422 naming the field, and changes nothing', async () => {
      const before = await snapshot();
      const cases: Array<[Record<string, unknown>, string, RegExp]> = [
        [{ preset: 'custom', idleMinutes: 14, absoluteMinutes: 600 }, 'idleMinutes', /at least 15 minutes/],
        [{ preset: 'custom', idleMinutes: 43201, absoluteMinutes: 129600 }, 'idleMinutes', /at most 30 days/],
        [{ preset: 'custom', idleMinutes: 30, absoluteMinutes: 59 }, 'absoluteMinutes', /at least 1 hour/],
        [
          { preset: 'custom', idleMinutes: 30, absoluteMinutes: 129601 },
          'absoluteMinutes',
          /at most 90 days/,
        ],
        [
          { preset: 'custom', idleMinutes: 121, absoluteMinutes: 120 },
          'idleMinutes',
          /longer than the absolute/,
        ],
        [{ preset: 'custom', idleMinutes: 30.5, absoluteMinutes: 120 }, 'idleMinutes', /whole number/],
        [{ preset: 'custom', absoluteMinutes: 120 }, 'idleMinutes', /required/],
        [{ preset: 'lenient' }, 'preset', /strict, standard or custom/],
        [{ preset: 'strict', idleMinutes: 40 }, 'preset', /only with the custom preset/],
      ];
      for (const [body, field, message] of cases) {
        const res = await api(server, '/api/v1/account/session-policy', {
          method: 'PUT',
          token: adminToken,
          body,
        });
        expect(res.status, JSON.stringify(body)).toBe(422);
        expect(res.body.error?.code).toBe('unprocessable');
        const details = (
          res.body.error as unknown as { details: { fields: Record<string, string>; issues: unknown[] } }
        ).details;
        expect(details.fields[field], JSON.stringify(body)).toMatch(message);
        expect(details.issues).toContainEqual({ path: field, message: details.fields[field] });
      }
      // Both bounds broken at once: both fields reported.
      const both = await api(server, '/api/v1/account/session-policy', {
        method: 'PUT',
        token: adminToken,
        body: { preset: 'custom', idleMinutes: 1, absoluteMinutes: 1 },
      });
      expect(
        Object.keys((both.body.error as unknown as { details: { fields: object } }).details.fields).sort(),
      ).toEqual(['absoluteMinutes', 'idleMinutes']);
      expect(await snapshot()).toEqual(before);
    });

    it('is refused for engineers and viewers (403), and changes nothing', async () => {
      const tokens: string[] = [];
      for (const role of ['engineer', 'viewer', 'l1'] as const) {
        tokens.push(await signIn(server, (await account.member(role)).email, TEST_PASSWORD));
      }
      const before = await snapshot();
      for (const token of tokens) {
        const res = await api(server, '/api/v1/account/session-policy', {
          method: 'PUT',
          token,
          body: { preset: 'strict' },
        });
        expect(res.status).toBe(403);
        // Reading it is fine for everyone (the UI shows the expiry rules).
        expect((await api(server, '/api/v1/account/session-policy', { token })).status).toBe(200);
      }
      expect(await snapshot()).toEqual(before);
    });

    it('applies a new policy at the next sign-in; sessions already open keep what they copied', async () => {
      const fresh = await createTestAccount(database, 'Next sign-in');
      const admin = await fresh.member('admin');
      const before = new CookieClient(server);
      await before.request('/api/v1/auth/sign-in', {
        method: 'POST',
        body: { email: admin.email, password: TEST_PASSWORD },
      });
      const token = await signIn(server, admin.email, TEST_PASSWORD);
      const set = await api(server, '/api/v1/account/session-policy', {
        method: 'PUT',
        token,
        body: { preset: 'strict' },
      });
      expect(set.status).toBe(200);
      const after = new CookieClient(server);
      const signedIn = await after.request('/api/v1/auth/sign-in', {
        method: 'POST',
        body: { email: admin.email, password: TEST_PASSWORD },
      });
      const session = signedIn.body.session as { idleExpiresAt: string; absoluteExpiresAt: string };
      expect(Date.parse(session.idleExpiresAt) - clock.getTime()).toBe(30 * MINUTE);
      expect(Date.parse(session.absoluteExpiresAt) - clock.getTime()).toBe(720 * MINUTE);

      tick(31 * MINUTE);
      const old = await before.request('/api/v1/auth/refresh', { method: 'POST' });
      expect(old.status).toBe(200);
      const next = await after.request('/api/v1/auth/refresh', { method: 'POST' });
      expect(next.status).toBe(401);
      expect(next.body.error).toMatchObject({ details: { reason: 'idle' } });
    });
  });

  describe('active sessions and bulk revoke', () => {
    it('lists users with live sessions (admin only), and never another account', async () => {
      const a = await createTestAccount(database, 'Active A');
      const b = await createTestAccount(database, 'Active B');
      const admin = await a.member('admin', { name: 'Ada Admin' });
      const engineer = await a.member('engineer', { name: 'Eve Engineer' });
      const bAdmin = await b.member('admin');
      const adminToken = await signIn(server, admin.email, TEST_PASSWORD);
      await signIn(server, engineer.email, TEST_PASSWORD);
      await signIn(server, engineer.email, TEST_PASSWORD);
      const bToken = await signIn(server, bAdmin.email, TEST_PASSWORD);

      const res = await api(server, '/api/v1/auth/sessions', { token: adminToken });
      expect(res.status).toBe(200);
      const users = res.body.users as Array<Record<string, unknown>>;
      expect(users).toHaveLength(2);
      expect(users.find((u) => u.email === engineer.email)).toMatchObject({
        name: 'Eve Engineer',
        role: 'engineer',
        sessionCount: 2,
        isMe: false,
        lastSignInAt: expect.any(String),
        lastUsedAt: expect.any(String),
      });
      expect(users.find((u) => u.email === admin.email)).toMatchObject({ sessionCount: 1, isMe: true });

      const bList = await api(server, '/api/v1/auth/sessions', { token: bToken });
      expect((bList.body.users as Array<{ email: string }>).map((u) => u.email)).toEqual([bAdmin.email]);

      const engineerToken = await signIn(server, engineer.email, TEST_PASSWORD);
      expect((await api(server, '/api/v1/auth/sessions', { token: engineerToken })).status).toBe(403);
      expect(
        (
          await api(server, '/api/v1/auth/sessions/revoke', {
            method: 'POST',
            token: engineerToken,
            body: { scope: 'everyone' },
          })
        ).status,
      ).toBe(403);
      // Expired sessions are not "active": three idle days later only a fresh sign-in is listed.
      tick(3 * 1440 * MINUTE + MINUTE);
      const later = await signIn(server, admin.email, TEST_PASSWORD);
      const listed = await api(server, '/api/v1/auth/sessions', { token: later });
      expect(listed.body.users).toEqual([expect.objectContaining({ email: admin.email, sessionCount: 1 })]);
    });

    it('"everyone except me" keeps my current session only; "everyone" ends mine too, at once', async () => {
      const a = await createTestAccount(database, 'Revoke');
      const b = await createTestAccount(database, 'Revoke other');
      const admin = await a.member('admin');
      const engineer = await a.member('engineer');
      const mine = new CookieClient(server);
      await mine.request('/api/v1/auth/sign-in', {
        method: 'POST',
        body: { email: admin.email, password: TEST_PASSWORD },
      });
      const myOtherBrowser = await signIn(server, admin.email, TEST_PASSWORD);
      const theirs = await signIn(server, engineer.email, TEST_PASSWORD);
      const otherTenant = await signIn(server, (await b.member('engineer')).email, TEST_PASSWORD);

      const others = await mine.request('/api/v1/auth/sessions/revoke', {
        method: 'POST',
        body: { scope: 'others' },
      });
      expect(others.status).toBe(200);
      expect(others.body).toEqual({ revoked: 2 });
      expect((await mine.request('/api/v1/auth/session')).status).toBe(200);
      expect((await api(server, '/api/v1/me', { token: myOtherBrowser })).status).toBe(401);
      expect((await api(server, '/api/v1/me', { token: theirs })).status).toBe(401);
      expect((await api(server, '/api/v1/me', { token: otherTenant })).status).toBe(200);

      const everyone = await mine.request('/api/v1/auth/sessions/revoke', {
        method: 'POST',
        body: { scope: 'everyone' },
      });
      expect(everyone.body).toEqual({ revoked: 1 });
      const after = await mine.request('/api/v1/auth/session');
      expect(after.status).toBe(401);
      expect(after.body.error).toMatchObject({ details: { reason: 'revoked' } });
      expect((await api(server, '/api/v1/me', { token: otherTenant })).status).toBe(200);

      const { entries } = await listAuditLog({ ctx: a.owner, input: { action: 'auth.sessions_revoked' } });
      expect(entries.map((e) => [e.metadata.scope, e.metadata.revoked])).toEqual([
        ['everyone', 1],
        ['others', 2],
      ]);
      const bad = await api(server, '/api/v1/auth/sessions/revoke', {
        method: 'POST',
        token: await signIn(server, admin.email, TEST_PASSWORD),
        body: { scope: 'all' },
      });
      expect(bad.status).toBe(400);
    });
  });
});
