import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuditLog } from '../../core/audit/index.ts';
import type { Database } from '../../core/db/client.ts';
import { authSessionsTable } from '../../core/db/schema/auth.ts';
import { withSystemTransaction } from '../../core/db/transactions.ts';
import { testDatabase } from '../../test/db.ts';
import { createTestAccount, TEST_PASSWORD, type TestAccount } from '../../test/factories.ts';
import { api, CookieClient, signIn, startTestServer } from '../../test/server.ts';
import type { RunningServer } from '../boot.ts';

const MINUTE = 60_000;

describe('sign-in sessions: cookies, refresh rotation, expiry, CSRF, rate limits', () => {
  let database: Database;
  let server: RunningServer;
  let account: TestAccount;
  let clock = new Date();
  const tick = (ms: number) => {
    clock = new Date(clock.getTime() + ms);
  };

  beforeAll(async () => {
    database = await testDatabase();
    server = await startTestServer(database, {}, { now: () => clock });
    account = await createTestAccount(database, 'Sessions');
  });
  afterAll(async () => {
    await server.stop();
  });

  async function browserSignIn(email: string) {
    const browser = new CookieClient(server);
    const res = await browser.request('/api/v1/auth/sign-in', {
      method: 'POST',
      body: { email, password: TEST_PASSWORD },
    });
    expect(res.status, res.text).toBe(200);
    return { browser, res };
  }

  it('answers sign-in with the old fields plus csrfToken and session, and sets the three cookies', async () => {
    const member = await account.member('engineer');
    const { browser, res } = await browserSignIn(member.email);
    expect(res.body).toMatchObject({
      tokenType: 'Bearer',
      expiresIn: 900,
      user: { email: member.email, role: 'engineer', canCoverL1: false },
      session: { id: expect.any(String) },
    });
    expect(res.body.accessToken).toEqual(expect.any(String));
    expect(res.body.csrfToken).toBe(browser.get('rf_csrf'));
    expect(res.body).not.toHaveProperty('refreshToken');
    const session = res.body.session as { idleExpiresAt: string; absoluteExpiresAt: string };
    // The system defaults: idle 3 days, absolute 14 days, from now on the controllable clock.
    expect(Date.parse(session.idleExpiresAt) - clock.getTime()).toBe(3 * 1440 * MINUTE);
    expect(Date.parse(session.absoluteExpiresAt) - clock.getTime()).toBe(14 * 1440 * MINUTE);

    const setCookies = res.headers.getSetCookie();
    const find = (name: string) => setCookies.find((c) => c.startsWith(`${name}=`)) ?? '';
    expect(find('rf_at')).toMatch(/HttpOnly/);
    expect(find('rf_at')).toMatch(/SameSite=Lax/);
    expect(find('rf_at')).toMatch(/Path=\/(;|$)/);
    expect(find('rf_rt')).toMatch(/HttpOnly/);
    expect(find('rf_rt')).toMatch(/SameSite=Strict/);
    expect(find('rf_rt')).toMatch(/Path=\/api\/v1\/auth/);
    expect(find('rf_csrf')).not.toMatch(/HttpOnly/);
    // Plain http in tests: no Secure flag (see the https case below).
    expect(find('rf_at')).not.toMatch(/Secure/);

    const who = await browser.request('/api/v1/auth/session');
    expect(who.status).toBe(200);
    expect(who.body).toMatchObject({
      user: { email: member.email },
      account: { id: account.accountId },
      session: res.body.session,
    });
  });

  it('marks cookies Secure when PUBLIC_URL is https', async () => {
    const secure = await startTestServer(database, { PUBLIC_URL: 'https://rf.example.com' });
    try {
      const member = await account.member('viewer');
      const res = await api(secure, '/api/v1/auth/sign-in', {
        method: 'POST',
        body: { email: member.email, password: TEST_PASSWORD },
      });
      for (const line of res.headers.getSetCookie()) expect(line).toMatch(/Secure/);
    } finally {
      await secure.stop();
    }
  });

  describe('CSRF on cookie-authenticated writes', () => {
    it('refuses a cookie write without the header, or with a wrong one, and changes nothing', async () => {
      const admin = await account.member('admin');
      const { browser } = await browserSignIn(admin.email);
      const before = await browser.request('/api/v1/account');
      for (const csrf of [false, 'not-the-token'] as const) {
        const res = await browser.request('/api/v1/account/preferences', {
          method: 'PATCH',
          body: { theme: 'csrf' },
          csrf,
        });
        expect(res.status).toBe(403);
        expect(res.body.error).toMatchObject({ code: 'forbidden', details: { reason: 'csrf' } });
        expect(res.body.error?.message).toMatch(/X-CSRF-Token/);
      }
      expect((await browser.request('/api/v1/account')).body).toEqual(before.body);
      const ok = await browser.request('/api/v1/account/preferences', {
        method: 'PATCH',
        body: { theme: 'csrf' },
      });
      expect(ok.status).toBe(200);
    });

    it('refuses a CSRF cookie planted for another session even when header and cookie agree', async () => {
      const admin = await account.member('admin');
      const { browser } = await browserSignIn(admin.email);
      const other = await browserSignIn(admin.email);
      const planted = other.browser.get('rf_csrf') as string;
      browser.cookies.set('rf_csrf', { value: planted, path: '/' });
      const res = await browser.request('/api/v1/account/preferences', { method: 'PATCH', body: { x: 1 } });
      expect(res.status).toBe(403);
    });

    it('exempts Bearer requests, which a browser never sends on its own', async () => {
      const admin = await account.member('admin');
      const token = await signIn(server, admin.email, TEST_PASSWORD);
      const res = await api(server, '/api/v1/account/preferences', {
        method: 'PATCH',
        token,
        body: { theme: 'bearer' },
      });
      expect(res.status).toBe(200);
    });

    it('needs the header on the cookie refresh too', async () => {
      const member = await account.member('engineer');
      const { browser } = await browserSignIn(member.email);
      const refused = await browser.request('/api/v1/auth/refresh', { method: 'POST', csrf: false });
      expect(refused.status).toBe(403);
      const ok = await browser.request('/api/v1/auth/refresh', { method: 'POST' });
      expect(ok.status).toBe(200);
    });
  });

  describe('refresh-token rotation', () => {
    it('rotates on each refresh, and a reused token revokes the whole session', async () => {
      const member = await account.member('engineer');
      const first = await api(server, '/api/v1/auth/sign-in', {
        method: 'POST',
        body: { email: member.email, password: TEST_PASSWORD, includeRefreshToken: true },
      });
      const t1 = first.body.refreshToken as string;
      expect(t1).toMatch(/^[A-Za-z0-9_-]{43}$/);
      tick(MINUTE);
      const second = await api(server, '/api/v1/auth/refresh', {
        method: 'POST',
        body: { refreshToken: t1, includeRefreshToken: true },
      });
      expect(second.status).toBe(200);
      const t2 = second.body.refreshToken as string;
      expect(t2).not.toBe(t1);
      expect(second.body.session).toMatchObject({ id: (first.body.session as { id: string }).id });
      const access = second.body.accessToken as string;
      expect((await api(server, '/api/v1/me', { token: access })).status).toBe(200);

      // Someone replays t1 (later than a racing second tab could): the family dies, t2 included, and so does every access token of it.
      tick(MINUTE);
      const replay = await api(server, '/api/v1/auth/refresh', {
        method: 'POST',
        body: { refreshToken: t1 },
      });
      expect(replay.status).toBe(401);
      expect(replay.body.error).toMatchObject({ code: 'unauthenticated', details: { reason: 'reuse' } });
      const successor = await api(server, '/api/v1/auth/refresh', {
        method: 'POST',
        body: { refreshToken: t2 },
      });
      expect(successor.status).toBe(401);
      expect(successor.body.error).toMatchObject({ details: { reason: 'revoked' } });
      const me = await api(server, '/api/v1/me', { token: access });
      expect(me.status).toBe(401);
      expect(me.body.error).toMatchObject({ details: { reason: 'revoked' } });

      const { entries } = await listAuditLog({
        ctx: account.owner,
        input: { action: 'auth.session_reuse_detected' },
      });
      expect(entries.map((e) => e.target?.id)).toContain((first.body.session as { id: string }).id);
    });

    it('lets exactly one of two concurrent refreshes (two tabs) win; the other is told to retry and the session lives', async () => {
      const member = await account.member('engineer');
      const first = await api(server, '/api/v1/auth/sign-in', {
        method: 'POST',
        body: { email: member.email, password: TEST_PASSWORD, includeRefreshToken: true },
      });
      const token = first.body.refreshToken as string;
      const results = await Promise.all(
        [1, 2].map(() =>
          api(server, '/api/v1/auth/refresh', { method: 'POST', body: { refreshToken: token } }),
        ),
      );
      expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
      const loser = results.find((r) => r.status === 409);
      expect(loser?.body.error).toMatchObject({ code: 'conflict', details: { reason: 'raced' } });
      const winner = results.find((r) => r.status === 200);
      expect((await api(server, '/api/v1/me', { token: winner?.body.accessToken as string })).status).toBe(
        200,
      );
    });

    it('refuses an unknown token with reason invalid', async () => {
      const res = await api(server, '/api/v1/auth/refresh', {
        method: 'POST',
        body: { refreshToken: 'x'.repeat(43) },
      });
      expect(res.status).toBe(401);
      expect(res.body.error).toMatchObject({ details: { reason: 'invalid' } });
      const none = await api(server, '/api/v1/auth/refresh', { method: 'POST' });
      expect(none.status).toBe(401);
    });
  });

  describe('idle and absolute expiry, on the controllable clock', () => {
    it('ends a session left alone longer than the idle timeout with reason idle', async () => {
      const member = await account.member('engineer');
      const { browser } = await browserSignIn(member.email);
      tick(3 * 1440 * MINUTE - MINUTE);
      expect((await browser.request('/api/v1/auth/refresh', { method: 'POST' })).status).toBe(200);
      tick(3 * 1440 * MINUTE + MINUTE);
      const res = await browser.request('/api/v1/auth/refresh', { method: 'POST' });
      expect(res.status).toBe(401);
      expect(res.body.error).toMatchObject({ code: 'unauthenticated', details: { reason: 'idle' } });
      // The refusal clears the cookies, so the SPA lands on the sign-in page.
      expect(browser.get('rf_rt')).toBeUndefined();
    });

    it('ends an active session at the absolute lifetime with reason absolute, however busy', async () => {
      const member = await account.member('engineer');
      const { browser } = await browserSignIn(member.email);
      // Refresh every 2 days: never idle, but 14 days after sign-in it is over.
      for (let day = 2; day <= 14; day += 2) {
        tick(2 * 1440 * MINUTE);
        const res = await browser.request('/api/v1/auth/refresh', { method: 'POST' });
        if (day < 14) expect(res.status, `day ${day}`).toBe(200);
      }
      tick(MINUTE);
      const res = await browser.request('/api/v1/auth/refresh', {
        method: 'POST',
        csrf: browser.get('rf_csrf') ?? '',
      });
      expect(res.status).toBe(401);
      expect(res.body.error).toMatchObject({ details: { reason: 'absolute' } });
    });

    it('refuses an access token whose session has passed its absolute lifetime', async () => {
      const member = await account.member('viewer');
      const token = await signIn(server, member.email, TEST_PASSWORD);
      // jose checks expiry against the same clock, so the token itself is still in date here.
      await withSystemTransaction(database, 'test: age the session', (tx) =>
        tx
          .update(authSessionsTable)
          .set({ createdAt: sql`${authSessionsTable.createdAt} - interval '15 days'` })
          .where(eq(authSessionsTable.userId, member.actor.kind === 'user' ? member.actor.userId : '')),
      );
      const res = await api(server, '/api/v1/me', { token });
      expect(res.status).toBe(401);
      expect(res.body.error).toMatchObject({ details: { reason: 'absolute' } });
    });
  });

  describe('sign-out', () => {
    it('revokes the session, clears the cookies, and the old access token stops working', async () => {
      const member = await account.member('engineer');
      const { browser, res } = await browserSignIn(member.email);
      const access = res.body.accessToken as string;
      const out = await browser.request('/api/v1/auth/sign-out', { method: 'POST' });
      expect(out.status).toBe(204);
      expect(browser.cookies.size).toBe(0);
      expect((await api(server, '/api/v1/me', { token: access })).status).toBe(401);
      const { entries } = await listAuditLog({ ctx: account.owner, input: { action: 'auth.signed_out' } });
      expect(entries[0]?.target?.id).toBe((res.body.session as { id: string }).id);
    });

    it('needs the CSRF header when signing out by cookie', async () => {
      const member = await account.member('engineer');
      const { browser, res } = await browserSignIn(member.email);
      const refused = await browser.request('/api/v1/auth/sign-out', { method: 'POST', csrf: false });
      expect(refused.status).toBe(403);
      expect((await api(server, '/api/v1/me', { token: res.body.accessToken as string })).status).toBe(200);
    });
  });

  describe('password rate limiting', () => {
    it('answers 429 with Retry-After after 5 failures for an email, even for the right password, until the window passes', async () => {
      const member = await account.member('l1');
      const limited = await startTestServer(database, {}, { now: () => clock });
      try {
        for (let i = 0; i < 5; i++) {
          const res = await api(limited, '/api/v1/auth/sign-in', {
            method: 'POST',
            body: { email: member.email, password: 'wrong-password' },
          });
          expect(res.status).toBe(401);
        }
        const blocked = await api(limited, '/api/v1/auth/sign-in', {
          method: 'POST',
          body: { email: member.email, password: TEST_PASSWORD },
        });
        expect(blocked.status).toBe(429);
        expect(blocked.body.error?.code).toBe('rate_limited');
        expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
        // An unknown email is limited the same way: 429 says nothing about who exists.
        for (let i = 0; i < 5; i++) {
          await api(limited, '/api/v1/auth/sign-in', {
            method: 'POST',
            body: { email: 'ghost@test.example', password: 'wrong-password' },
          });
        }
        const ghost = await api(limited, '/api/v1/auth/sign-in', {
          method: 'POST',
          body: { email: 'ghost@test.example', password: 'wrong-password' },
        });
        expect(ghost.status).toBe(429);
        tick(15 * MINUTE + 1000);
        const after = await api(limited, '/api/v1/auth/sign-in', {
          method: 'POST',
          body: { email: member.email, password: TEST_PASSWORD },
        });
        expect(after.status).toBe(200);
      } finally {
        await limited.stop();
      }
    });

    it('limits one IP across many emails', async () => {
      const limited = await startTestServer(
        database,
        { SIGN_IN_MAX_FAILURES_PER_IP: '3' },
        { now: () => clock },
      );
      try {
        for (let i = 0; i < 3; i++) {
          await api(limited, '/api/v1/auth/sign-in', {
            method: 'POST',
            body: { email: `spray-${i}@test.example`, password: 'wrong-password' },
          });
        }
        const member = await account.member('viewer');
        const res = await api(limited, '/api/v1/auth/sign-in', {
          method: 'POST',
          body: { email: member.email, password: TEST_PASSWORD },
        });
        expect(res.status).toBe(429);
      } finally {
        await limited.stop();
      }
    });
  });
});
