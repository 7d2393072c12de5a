import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuditLog } from '../../core/audit/index.ts';
import { describeUserAgent } from '../../core/auth/index.ts';
import type { Database } from '../../core/db/client.ts';
import { listUsers } from '../../core/users/index.ts';
import { testDatabase } from '../../test/db.ts';
import { createTestAccount, TEST_PASSWORD, type TestAccount } from '../../test/factories.ts';
import { CookieClient, startTestServer } from '../../test/server.ts';
import type { RunningServer } from '../boot.ts';

const MINUTE = 60_000;
const FIREFOX_WINDOWS = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0';
const SAFARI_IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
const EDGE_MAC =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.2903.70';

interface BrowserSession {
  id: string;
  userId: string;
  label: string;
  browser: string;
  os: string;
  device: string;
  ipAddress: string | null;
  lastSeenAt: string;
  current: boolean;
}

/** A cookie browser that always sends one User-Agent, as a real one does. */
class Browser extends CookieClient {
  constructor(
    server: RunningServer,
    private readonly userAgent: string,
  ) {
    super(server);
  }
  override request(path: string, init: Parameters<CookieClient['request']>[1] = {}) {
    return super.request(path, { ...init, headers: { ...init.headers, 'user-agent': this.userAgent } });
  }
}

describe('per-browser sign-in sessions: list with device, IP and last seen; sign out this one', () => {
  let database: Database;
  let server: RunningServer;
  let a: TestAccount;
  let b: TestAccount;
  let clock = new Date();

  const open = async (email: string, userAgent: string) => {
    const browser = new Browser(server, userAgent);
    const res = await browser.request('/api/v1/auth/sign-in', {
      method: 'POST',
      body: { email, password: TEST_PASSWORD },
    });
    expect(res.status, res.text).toBe(200);
    return { browser, sessionId: (res.body.session as { id: string }).id };
  };
  const list = async (browser: CookieClient) => {
    const res = await browser.request('/api/v1/auth/browser-sessions');
    expect(res.status, res.text).toBe(200);
    return res.body.sessions as BrowserSession[];
  };
  const ownerEmail = async (account: TestAccount) =>
    (await listUsers({ ctx: account.owner, input: { role: 'owner' } }))[0]?.email ?? '';

  beforeAll(async () => {
    database = await testDatabase();
    server = await startTestServer(database, {}, { now: () => clock });
    a = await createTestAccount(database, 'Browsers A');
    b = await createTestAccount(database, 'Browsers B');
  });
  afterAll(async () => {
    await server.stop();
  });

  it('names the browser and device from the User-Agent', () => {
    expect(describeUserAgent(FIREFOX_WINDOWS)).toMatchObject({
      label: 'Firefox 133 on Windows',
      device: 'desktop',
    });
    expect(describeUserAgent(SAFARI_IPHONE)).toMatchObject({ label: 'Safari 17 on iOS', device: 'mobile' });
    expect(describeUserAgent(EDGE_MAC)).toMatchObject({ label: 'Edge 131 on macOS', device: 'desktop' });
    expect(describeUserAgent(null)).toMatchObject({ label: 'Unknown browser', device: 'unknown' });
    // Node's fetch (what a script signing in by API sends) is a client, not a computer.
    expect(describeUserAgent('node')).toMatchObject({ label: 'API client (Node.js)', device: 'unknown' });
    expect(describeUserAgent('curl/8.5.0')).toMatchObject({ label: 'API client (curl)', device: 'unknown' });
  });

  it('lists each browser with device, IP and last seen, marks this one, and updates on refresh', async () => {
    const email = await ownerEmail(a);
    const laptop = await open(email, FIREFOX_WINDOWS);
    clock = new Date(clock.getTime() + MINUTE);
    const phone = await open(email, SAFARI_IPHONE);

    const seen = await list(laptop.browser);
    const mine = seen.filter((s) => s.id === laptop.sessionId || s.id === phone.sessionId);
    expect(mine).toHaveLength(2);
    expect(seen.find((s) => s.id === laptop.sessionId)).toMatchObject({
      label: 'Firefox 133 on Windows',
      device: 'desktop',
      current: true,
      ipAddress: expect.stringMatching(/127\.0\.0\.1|::1/),
    });
    expect(seen.find((s) => s.id === phone.sessionId)).toMatchObject({
      label: 'Safari 17 on iOS',
      device: 'mobile',
      current: false,
    });
    // Most recently seen first; a refresh moves the laptop's "last seen" to now.
    expect(seen[0]?.id).toBe(phone.sessionId);
    clock = new Date(clock.getTime() + 5 * MINUTE);
    expect((await laptop.browser.request('/api/v1/auth/refresh', { method: 'POST', body: {} })).status).toBe(
      200,
    );
    const after = await list(phone.browser);
    expect(after[0]).toMatchObject({ id: laptop.sessionId, lastSeenAt: clock.toISOString() });
  });

  it('signs out exactly the chosen browser: it is refused at once, the others stay signed in', async () => {
    const email = await ownerEmail(a);
    const desk = await open(email, EDGE_MAC);
    const stolen = await open(email, FIREFOX_WINDOWS);
    const res = await desk.browser.request(`/api/v1/auth/browser-sessions/${stolen.sessionId}`, {
      method: 'DELETE',
    });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toEqual({ revoked: true, wasCurrent: false });

    const refused = await stolen.browser.request('/api/v1/auth/session');
    expect(refused.status).toBe(401);
    const renewed = await stolen.browser.request('/api/v1/auth/refresh', { method: 'POST', body: {} });
    expect(renewed.status).toBe(401);
    expect((await desk.browser.request('/api/v1/auth/session')).status).toBe(200);
    expect((await list(desk.browser)).map((s) => s.id)).not.toContain(stolen.sessionId);

    const audit = await listAuditLog({ ctx: a.owner, input: { action: 'auth.session_revoked', limit: 10 } });
    expect(audit.entries[0]).toMatchObject({
      target: expect.objectContaining({ id: stolen.sessionId }),
      tags: ['security'],
    });
  });

  it('lets a non-admin see and end only their own browsers', async () => {
    const engineer = await a.member('engineer');
    const owner = await open(await ownerEmail(a), EDGE_MAC);
    const work = await open(engineer.email, EDGE_MAC);
    const home = await open(engineer.email, SAFARI_IPHONE);

    const visible = await list(work.browser);
    expect(visible.map((s) => s.id).sort()).toEqual([work.sessionId, home.sessionId].sort());

    const other = await work.browser.request(`/api/v1/auth/browser-sessions/${owner.sessionId}`, {
      method: 'DELETE',
    });
    expect(other.status).toBe(403);
    expect(other.body.error?.message).toMatch(/cannot manage users/);
    expect((await owner.browser.request('/api/v1/auth/session')).status).toBe(200);

    const own = await work.browser.request(`/api/v1/auth/browser-sessions/${home.sessionId}`, {
      method: 'DELETE',
    });
    expect(own.status).toBe(200);
    expect((await home.browser.request('/api/v1/auth/session')).status).toBe(401);
    // The owner, as an admin, sees the whole account, the engineer included.
    expect((await list(owner.browser)).map((s) => s.id)).toContain(work.sessionId);
  });

  it("answers 404 for another account's session and 400 for a malformed id, changing nothing", async () => {
    const mine = await open(await ownerEmail(a), EDGE_MAC);
    const theirs = await open(await ownerEmail(b), FIREFOX_WINDOWS);
    const foreign = await mine.browser.request(`/api/v1/auth/browser-sessions/${theirs.sessionId}`, {
      method: 'DELETE',
    });
    expect(foreign.status).toBe(404);
    expect((await theirs.browser.request('/api/v1/auth/session')).status).toBe(200);
    expect((await list(mine.browser)).map((s) => s.id)).not.toContain(theirs.sessionId);

    const malformed = await mine.browser.request('/api/v1/auth/browser-sessions/not-a-uuid', {
      method: 'DELETE',
    });
    expect(malformed.status).toBe(400);
    expect(JSON.stringify(malformed.body.error)).toContain('must be a sign-in session id');
  });

  it('needs the CSRF header to sign a browser out by cookie', async () => {
    const mine = await open(await ownerEmail(a), EDGE_MAC);
    const other = await open(await ownerEmail(a), SAFARI_IPHONE);
    const forged = await mine.browser.request(`/api/v1/auth/browser-sessions/${other.sessionId}`, {
      method: 'DELETE',
      csrf: false,
    });
    expect(forged.status).toBe(403);
    expect((await other.browser.request('/api/v1/auth/session')).status).toBe(200);
  });
});
