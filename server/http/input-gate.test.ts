import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../../test/db.ts';
import { createTestAccount, TEST_PASSWORD, type TestAccount } from '../../test/factories.ts';
import { api, signIn, startTestServer } from '../../test/server.ts';
import type { RunningServer } from '../boot.ts';

/** NUL, lone surrogates, deep nesting and absurd dates are refused before any route runs. */
describe('the /api/v1 input gate', () => {
  let server: RunningServer;
  let a: TestAccount;
  let admin: string;

  beforeAll(async () => {
    const database = await testDatabase();
    server = await startTestServer(database);
    a = await createTestAccount(database, 'Gate');
    admin = await signIn(server, (await a.member('admin')).email, TEST_PASSWORD);
  });
  afterAll(async () => {
    await server.stop();
  });

  const accountName = async () => (await api(server, '/api/v1/account', { token: admin })).body.name;

  it('refuses a NUL character in a body field with 422 naming the field, and changes nothing', async () => {
    const before = await accountName();
    const res = await api(server, '/api/v1/account', {
      method: 'PATCH',
      token: admin,
      body: { name: 'Evil\u0000Corp' },
    });
    expect(res.status).toBe(422);
    expect(res.body.error?.code).toBe('unprocessable');
    expect(res.body.error?.message).toBe('Invalid input (name: must not contain NUL characters (U+0000))');
    expect(await accountName()).toBe(before);
  });

  it('refuses control characters and text-direction overrides in one-line names, and changes nothing', async () => {
    const before = await accountName();
    const invitesBefore = (await api(server, '/api/v1/users/invites', { token: admin })).body;
    for (const [path, method, body] of [
      ['/api/v1/account', 'PATCH', { name: 'Evil\u001b[31mCorp' }],
      ['/api/v1/account', 'PATCH', { name: 'Invoice\u202efdp.exe' }],
      [
        '/api/v1/users/invites',
        'POST',
        { email: 'rtl@gate.example', name: 'Sam\u2066Admin', role: 'viewer' },
      ],
    ] as const) {
      const res = await api(server, path, { method, token: admin, body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error?.message).toMatch(
        /name: must not contain control characters or text-direction overrides/,
      );
    }
    expect(await accountName()).toBe(before);
    expect((await api(server, '/api/v1/users/invites', { token: admin })).body).toEqual(invitesBefore);
    // Accents, emoji and right-to-left scripts themselves are names like any other.
    const ok = await api(server, '/api/v1/account', {
      method: 'PATCH',
      token: admin,
      body: { name: 'Café שלום 🚀' },
    });
    expect(ok.status).toBe(200);
    expect(await accountName()).toBe('Café שלום 🚀');
  });

  it('names nested paths and object keys', async () => {
    const nested = await api(server, '/api/v1/account/preferences', {
      method: 'PATCH',
      token: admin,
      body: { theme: { colours: ['ok', 'bad\u0000'] } },
    });
    expect(nested.status).toBe(422);
    expect(nested.body.error?.message).toMatch(/^Invalid input \(theme\.colours\.1: must not contain NUL/);
    const key = await api(server, '/api/v1/account/preferences', {
      method: 'PATCH',
      token: admin,
      rawBody: '{"bad\\u0000key": 1}',
    });
    expect(key.status).toBe(422);
    expect(key.body.error?.message).toMatch(/^Invalid input \(\(key\): must not contain NUL/);
  });

  it('refuses lone UTF-16 surrogates but keeps whole emoji', async () => {
    for (const escaped of ['\\ud800', '\\udfff', 'x\\ud83dy']) {
      const res = await api(server, '/api/v1/account', {
        method: 'PATCH',
        token: admin,
        rawBody: `{"name":"Acme ${escaped}"}`,
      });
      expect(res.status, escaped).toBe(422);
      expect(res.body.error?.message).toMatch(/^Invalid input \(name: must not contain unpaired UTF-16/);
    }
    const emoji = await api(server, '/api/v1/account', {
      method: 'PATCH',
      token: admin,
      rawBody: '{"name":"Acme \\ud83d\\ude80"}',
    });
    expect(emoji.status).toBe(200);
    expect(emoji.body.name).toBe('Acme 🚀');
  });

  it('refuses JSON nested 20,000 deep quickly with 413, without a stack overflow', async () => {
    const started = Date.now();
    const res = await api(server, '/api/v1/account/preferences', {
      method: 'PATCH',
      token: admin,
      rawBody: `{"x":${'['.repeat(20_000)}${']'.repeat(20_000)}}`,
    });
    expect(res.status).toBe(413);
    expect(res.body.error?.message).toBe('Request body nests deeper than 64 levels.');
    expect(Date.now() - started).toBeLessThan(5_000);
    // Brackets inside strings are text, not nesting.
    const text = await api(server, '/api/v1/account/preferences', {
      method: 'PATCH',
      token: admin,
      body: { note: '['.repeat(500) },
    });
    expect(text.status).toBe(200);
  });

  it('checks query strings and paths too', async () => {
    const query = await api(server, '/api/v1/sessions?status=open%00', { token: admin });
    expect(query.status).toBe(422);
    expect(query.body.error?.message).toMatch(/^Invalid input \(query\.status: must not contain NUL/);
    const path = await api(server, '/api/v1/users/%00', { token: admin });
    expect(path.status).toBe(400);
    expect(path.body.error?.message).toBe('The URL path must not contain NUL characters (%00).');
  });

  it('refuses a body that does not inflate as its Content-Encoding says with 400, signed in or not', async () => {
    const before = await accountName();
    for (const encoding of ['gzip', 'deflate', 'br']) {
      const patch = await api(server, '/api/v1/account', {
        method: 'PATCH',
        token: admin,
        rawBody: '{"name":"Inflated Corp"}',
        headers: { 'content-encoding': encoding },
      });
      expect(patch.status, encoding).toBe(400);
      expect(patch.body.error).toMatchObject({
        code: 'invalid_input',
        message: 'Request body does not match its Content-Encoding.',
      });
    }
    const signIn = await api(server, '/api/v1/auth/sign-in', {
      method: 'POST',
      rawBody: 'not gzip',
      headers: { 'content-encoding': 'gzip' },
    });
    expect(signIn.status).toBe(400);
    expect(await accountName()).toBe(before);
  });

  it('refuses a path parameter whose percent-encoding does not decode with 400', async () => {
    for (const bad of ['%ZZ', '%C0%80', '%E0%A4%A']) {
      const res = await api(server, `/api/v1/sessions/${bad}`, { token: admin });
      expect(res.status, bad).toBe(400);
      expect(res.body.error?.message).toBe('The URL path holds an invalid percent-encoding.');
    }
    const signedOut = await api(server, '/api/v1/auth/oidc/%ZZ/start');
    expect(signedOut.status).toBe(400);
  });

  it('refuses dates PostgreSQL cannot hold with 400 naming the parameter', async () => {
    const far = await api(server, '/api/v1/sessions?createdAfter=99999-01-01', { token: admin });
    expect(far.status).toBe(400);
    expect(far.body.error?.message).toBe(
      'Invalid session filter (createdAfter: must be on or before 9999-12-31)',
    );
    const early = await api(server, '/api/v1/sessions?createdBefore=-000001-01-01', { token: admin });
    expect(early.status).toBe(400);
    const junk = await api(server, '/api/v1/sessions?createdAfter=yesterday', { token: admin });
    expect(junk.status).toBe(400);
    expect(junk.body.error?.message).toMatch(/createdAfter: must be a date such as 2026-01-31/);
    const fine = await api(server, '/api/v1/sessions?createdAfter=2026-01-01', { token: admin });
    expect(fine.status).toBe(200);
    // Insights and the feedback export reach a day past `to` and a month before it.
    for (const path of [
      '/api/v1/insights?to=0001-01-01',
      '/api/v1/insights?to=9999-12-31',
      '/api/v1/insights/export.csv?chart=volume&to=0001-01-01',
      '/api/v1/insights/export.csv?chart=response-times&to=9999-12-31',
      '/api/v1/feedback/export?to=9999-12-31',
      '/api/v1/feedback/export?to=0001-01-01',
    ]) {
      const res = await api(server, path, { token: admin });
      expect(res.status, path).toBe(400);
      expect(res.body.error?.message, path).toMatch(/to: must be between 1970-01-01 and 9999-12-30/);
    }
    const edge = await api(server, '/api/v1/insights?from=9999-12-01&to=9999-12-30', { token: admin });
    expect(edge.status).toBe(200);
  });
});
