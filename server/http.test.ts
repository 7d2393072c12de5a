import { randomBytes } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueAccessToken } from '../core/auth/index.ts';
import type { Database } from '../core/db/client.ts';
import { deriveKey } from '../core/shared/crypto.ts';
import { getUser } from '../core/users/index.ts';
import { openFreshDatabase, testDatabase } from '../test/db.ts';
import { createTestAccount, TEST_PASSWORD, type TestAccount } from '../test/factories.ts';
import { api, signIn, startTestServer } from '../test/server.ts';
import type { RunningServer } from './boot.ts';

const MASTER_KEY = randomBytes(32);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The owner's sign-in email, read back through the real verb rather than rebuilt from the factory's pattern. */
async function ownerEmail(account: TestAccount): Promise<string> {
  return (await getUser({ ctx: account.owner, userId: userIdOf(account.owner) })).email;
}

function userIdOf(ctx: { actor: { kind: string; userId?: string } }): string {
  if (!ctx.actor.userId) throw new Error('expected a user');
  return ctx.actor.userId;
}

describe('HTTP server', () => {
  let database: Database;
  let server: RunningServer;
  let a: TestAccount;
  let b: TestAccount;
  let ownerToken: string;
  let viewerToken: string;
  let bViewerId: string;

  beforeAll(async () => {
    database = await testDatabase();
    server = await startTestServer(database, { APP_SECRET_KEY: MASTER_KEY.toString('base64') });
    a = await createTestAccount(database, 'Http A');
    b = await createTestAccount(database, 'Http B');
    const viewer = await a.member('viewer');
    bViewerId = userIdOf(await b.member('viewer'));
    ownerToken = await signIn(server, await ownerEmail(a), TEST_PASSWORD);
    viewerToken = await signIn(server, viewer.email, TEST_PASSWORD);
  });

  afterAll(async () => {
    await server?.stop();
  });

  describe('health', () => {
    it('/healthz answers 200 with the database ok', async () => {
      const res = await api(server, '/healthz');
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'ok', database: { kind: database.kind, status: 'ok' } });
    });

    it('/readyz answers 200 while serving', async () => {
      const res = await api(server, '/readyz');
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ status: 'ready' });
    });

    it('/healthz answers 503 once the database is gone, and other routes fail without leaking internals', async () => {
      const own = await openFreshDatabase();
      const other = await startTestServer(own);
      try {
        const account = await createTestAccount(own, 'Doomed');
        const token = await signIn(other, await ownerEmail(account), TEST_PASSWORD);
        expect((await api(other, '/healthz')).status).toBe(200);

        await own.close();

        const health = await api(other, '/healthz');
        expect(health.status).toBe(503);
        expect(health.body).toEqual({
          status: 'unhealthy',
          database: { kind: own.kind, status: 'unreachable' },
        });

        const me = await api(other, '/api/v1/me', { token });
        expect(me.status).toBe(500);
        expect(me.body.error).toEqual({
          code: 'internal',
          message: 'Something went wrong on our side. Quote the request id if you report it.',
          requestId: me.headers.get('x-request-id'),
        });
        expect(me.text).not.toMatch(/pool|PGlite|closed|at .*\.ts/i);
      } finally {
        await other.stop();
      }
    });
  });

  describe('error shape', () => {
    it('answers an unknown route with 404 not_found and a message', async () => {
      const res = await api(server, '/no/such/thing');
      expect(res.status).toBe(404);
      expect(res.body.error).toMatchObject({ code: 'not_found', message: 'No route for GET /no/such/thing' });
      const inApi = await api(server, '/api/v1/no-such-thing', { token: ownerToken });
      expect(inApi.status).toBe(404);
      expect(inApi.body.error?.code).toBe('not_found');
    });

    it('answers malformed JSON with 400 invalid_input', async () => {
      const res = await api(server, '/api/v1/auth/sign-in', {
        method: 'POST',
        rawBody: '{"email": "a@b.c", ',
      });
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({
        code: 'invalid_input',
        message: 'Request body is not valid JSON.',
      });
    });

    it('answers a body over HTTP_BODY_LIMIT with 413 payload_too_large and changes nothing', async () => {
      const small = await startTestServer(database, { HTTP_BODY_LIMIT: '1kb' });
      try {
        const token = await signIn(small, await ownerEmail(a), TEST_PASSWORD); // a small body still gets through
        const before = await api(small, '/api/v1/account', { token });
        const res = await api(small, '/api/v1/account/preferences', {
          method: 'PATCH',
          token,
          body: { note: 'x'.repeat(2048) },
        });
        expect(res.status).toBe(413);
        expect(res.body.error).toMatchObject({
          code: 'payload_too_large',
          message: 'Request body is too large.',
        });
        expect((await api(small, '/api/v1/account', { token })).body).toEqual(before.body);
      } finally {
        await small.stop();
      }
    });

    it('answers an invalid UUID in the path with 400 invalid_input', async () => {
      const res = await api(server, '/api/v1/users/not-a-uuid', { token: ownerToken });
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'invalid_input' });
      expect(res.body.error?.message).toMatch(/user id/);
    });

    it('answers a body that fails validation with 400 and per-field issues', async () => {
      const res = await api(server, '/api/v1/users', {
        method: 'POST',
        token: ownerToken,
        body: { email: 'not-an-email', name: 'X', role: 'viewer' },
      });
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({
        code: 'invalid_input',
        details: { issues: [{ path: 'email', message: 'must be an email address' }] },
      });
    });
  });

  describe('authentication', () => {
    it('answers a missing or garbage bearer token with 401', async () => {
      const none = await api(server, '/api/v1/me');
      expect(none.status).toBe(401);
      expect(none.body.error).toMatchObject({ code: 'unauthenticated' });
      expect(none.body.error?.message).toMatch(/Authorization: Bearer/);

      for (const headers of [{ authorization: 'Bearer garbage' }, { authorization: 'Basic dXNlcjpwYXNz' }]) {
        const res = await api(server, '/api/v1/me', { headers });
        expect(res.status, JSON.stringify(headers)).toBe(401);
        expect(res.body.error?.code).toBe('unauthenticated');
      }
    });

    it('refuses a token signed with another key, and an expired one with a message saying so', async () => {
      const subject = { userId: userIdOf(a.owner), accountId: a.accountId };
      const forged = await issueAccessToken(deriveKey(randomBytes(32), 'access-token'), subject, 600);
      const forgedRes = await api(server, '/api/v1/me', { token: forged });
      expect(forgedRes.status).toBe(401);
      expect(forgedRes.body.error?.message).toBe('Invalid access token.');

      const expired = await issueAccessToken(deriveKey(MASTER_KEY, 'access-token'), subject, -60);
      const expiredRes = await api(server, '/api/v1/me', { token: expired });
      expect(expiredRes.status).toBe(401);
      expect(expiredRes.body.error?.message).toBe('Your session has expired; sign in again.');

      // The same key with a live expiry works, so the two refusals above are about the token alone.
      const good = await issueAccessToken(deriveKey(MASTER_KEY, 'access-token'), subject, 600);
      expect((await api(server, '/api/v1/me', { token: good })).status).toBe(200);
    });

    it('gives the same 401 for a wrong password and an unknown email', async () => {
      const wrong = await api(server, '/api/v1/auth/sign-in', {
        method: 'POST',
        body: { email: await ownerEmail(a), password: 'not-the-password' },
      });
      const unknown = await api(server, '/api/v1/auth/sign-in', {
        method: 'POST',
        body: { email: 'nobody-here@test.example', password: 'not-the-password' },
      });
      expect(wrong.status).toBe(401);
      expect(unknown.status).toBe(401);
      expect(wrong.body.error?.message).toBe('Email or password is incorrect.');
      expect(unknown.body.error?.message).toBe(wrong.body.error?.message);
      expect(unknown.body.error?.code).toBe(wrong.body.error?.code);
      expect(wrong.body).not.toHaveProperty('accessToken');
    });

    it('signs in and shows who you are', async () => {
      const res = await api(server, '/api/v1/me', { token: ownerToken });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        user: { id: userIdOf(a.owner), role: 'owner' },
        account: { id: a.accountId },
      });
    });

    it("refuses a disabled user's still-valid token at once", async () => {
      const engineer = await a.member('engineer');
      const token = await signIn(server, engineer.email, TEST_PASSWORD);
      expect((await api(server, '/api/v1/me', { token })).status).toBe(200);

      const disable = await api(server, `/api/v1/users/${userIdOf(engineer)}`, {
        method: 'PATCH',
        token: ownerToken,
        body: { disabled: true },
      });
      expect(disable.status).toBe(200);
      expect(disable.body).toMatchObject({ disabled: true });

      const after = await api(server, '/api/v1/me', { token });
      expect(after.status).toBe(401);
      expect(after.body.error?.message).toBe('Your account is not active; sign in again.');
    });
  });

  describe('tenancy and roles', () => {
    it("answers another account's user with 404, exactly like a user that does not exist", async () => {
      const cross = await api(server, `/api/v1/users/${bViewerId}`, { token: ownerToken });
      const missing = await api(server, '/api/v1/users/00000000-0000-4000-8000-000000000000', {
        token: ownerToken,
      });
      expect(cross.status).toBe(404);
      expect(cross.body.error).toMatchObject({ code: 'not_found', message: 'User not found' });
      expect({ ...cross.body.error, requestId: null }).toEqual({ ...missing.body.error, requestId: null });
    });

    it('refuses a viewer changing account settings with 403, and a later GET shows nothing changed', async () => {
      const before = await api(server, '/api/v1/account', { token: viewerToken });
      expect(before.status).toBe(200);
      const res = await api(server, '/api/v1/account', {
        method: 'PATCH',
        token: viewerToken,
        body: { name: 'Viewer was here', sessionIdleMinutes: 20 },
      });
      expect(res.status).toBe(403);
      expect(res.body.error).toMatchObject({
        code: 'forbidden',
        message: 'Your role (viewer) cannot change account settings.',
      });
      expect((await api(server, '/api/v1/account', { token: viewerToken })).body).toEqual(before.body);
    });

    it('lets the owner change settings over HTTP (so the 403 above is about the role)', async () => {
      const res = await api(server, '/api/v1/account', {
        method: 'PATCH',
        token: ownerToken,
        body: { sessionIdleMinutes: 45 },
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ sessionIdleMinutes: 45 });
      const prefs = await api(server, '/api/v1/account/preferences', {
        method: 'PATCH',
        token: ownerToken,
        body: { theme: 'dark' },
      });
      expect(prefs.status).toBe(200);
      expect(prefs.body).toMatchObject({ preferences: { theme: 'dark' } });
    });

    it('answers a domain-rule violation with 422', async () => {
      const res = await api(server, '/api/v1/account', {
        method: 'PATCH',
        token: ownerToken,
        body: { sessionIdleMinutes: 600, sessionAbsoluteMinutes: 120 },
      });
      expect(res.status).toBe(422);
      expect(res.body.error?.code).toBe('unprocessable');
    });
  });

  describe('request ids', () => {
    it('generates one when none is sent, and puts it in error bodies too', async () => {
      const ok = await api(server, '/healthz');
      expect(ok.headers.get('x-request-id')).toMatch(UUID);
      const err = await api(server, '/nope');
      expect(err.body.error).toMatchObject({ requestId: err.headers.get('x-request-id') });
      expect(err.headers.get('x-request-id')).toMatch(UUID);
    });

    it('echoes a sane inbound id and replaces an unsafe one', async () => {
      const sane = await api(server, '/nope', { headers: { 'x-request-id': 'lb-7f3a.2:req_01' } });
      expect(sane.headers.get('x-request-id')).toBe('lb-7f3a.2:req_01');
      expect(sane.body.error).toMatchObject({ requestId: 'lb-7f3a.2:req_01' });
      for (const unsafe of ['has spaces in it', 'x'.repeat(101), '<script>']) {
        const res = await api(server, '/healthz', { headers: { 'x-request-id': unsafe } });
        expect(res.headers.get('x-request-id'), unsafe).toMatch(UUID);
      }
    });
  });
});

/**
 * Sends a sign-in whose headers carry `Expect: 100-continue`: the server answering "continue" proves
 * it is handling the request. The body goes only when `send()` is called, so the request is
 * provably in flight across a shutdown.
 */
function inFlightSignIn(url: string, body: string) {
  let continued!: () => void;
  const reachedServer = new Promise<void>((resolve) => {
    continued = resolve;
  });
  let send!: () => void;
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = httpRequest(`${url}/api/v1/auth/sign-in`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
        expect: '100-continue',
      },
    });
    req.on('continue', () => continued());
    req.on('error', reject);
    req.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        text += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.flushHeaders();
    send = () => req.end(body);
  });
  return { reachedServer, response, send: () => send() };
}

describe('graceful stop', () => {
  it('finishes the 10 requests in flight, then refuses new connections, leaving the shared database open', async () => {
    const database = await testDatabase();
    const account = await createTestAccount(database, 'Shutdown');
    const server = await startTestServer(database);
    const body = JSON.stringify({ email: await ownerEmail(account), password: TEST_PASSWORD });

    const requests = Array.from({ length: 10 }, () => inFlightSignIn(server.url, body));
    await Promise.all(requests.map((r) => r.reachedServer));
    const stopped = server.stop();
    for (const r of requests) r.send();

    const responses = await Promise.all(requests.map((r) => r.response));
    expect(responses.map((r) => r.status)).toEqual(Array(10).fill(200));
    for (const r of responses) expect(JSON.parse(r.body)).toHaveProperty('accessToken');
    // Once the last response is out, shutdown must not sit out the 5 s keep-alive timeout.
    const answered = Date.now();
    await stopped;
    expect(Date.now() - answered).toBeLessThan(2_000);

    const refused = await fetch(`${server.url}/healthz`).then(
      () => undefined,
      (error: unknown) => error as Error & { cause?: { code?: string } },
    );
    expect(refused, 'a request after stop() must not be served').toBeInstanceOf(Error);
    expect(refused?.cause?.code).toBe('ECONNREFUSED');

    await expect(database.ping()).resolves.toBeUndefined();
  });
});
