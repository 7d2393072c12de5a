import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../test/db.ts';
import { startTestServer } from '../test/server.ts';
import type { RunningServer } from './boot.ts';
import { ConfigError, loadEnv } from './env.ts';

describe('chat endpoints on the one server', () => {
  let server: RunningServer;

  beforeAll(async () => {
    server = await startTestServer(await testDatabase());
  });
  afterAll(() => server.stop());

  it('serves Teams on /api/messages and refuses a bogus bearer token even without an app id', async () => {
    const res = await fetch(`${server.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer not-a-real-token' },
      body: JSON.stringify({ type: 'message', text: 'hi' }),
    });
    expect(res.status).toBe(401);
  });

  it('does not mount Slack without a signing secret', async () => {
    const res = await fetch(`${server.url}/slack/events`, { method: 'POST', body: '{}' });
    expect(res.status).toBe(404);
  });

  it('refuses a Teams password without an app id, naming the variable', () => {
    expect(() => loadEnv({ MICROSOFT_APP_PASSWORD: 'secret' })).toThrow(ConfigError);
    expect(() => loadEnv({ MICROSOFT_APP_PASSWORD: 'secret' })).toThrow(/MICROSOFT_APP_ID/);
    expect(() => loadEnv({ MICROSOFT_APP_ID: 'not-a-guid' })).toThrow(/MICROSOFT_APP_ID/);
  });
});

describe('linking a Microsoft 365 tenant', () => {
  it('lets an admin link a tenant once, and refuses another account the same tenant', async () => {
    const { createTestAccount, TEST_PASSWORD } = await import('../test/factories.ts');
    const { api, signIn } = await import('../test/server.ts');
    const database = await testDatabase();
    const server = await startTestServer(database);
    try {
      const a = await createTestAccount(database, 'Tenant A');
      const b = await createTestAccount(database, 'Tenant B');
      const adminA = await a.member('admin');
      const engineerA = await a.member('engineer');
      const adminB = await b.member('admin');
      const tenantId = crypto.randomUUID();
      const link = (token: string, body: unknown) =>
        api(server, '/api/v1/integrations/teams/tenant', { method: 'POST', token, body });
      const tokenA = await signIn(server, adminA.email, TEST_PASSWORD);
      expect((await link(await signIn(server, engineerA.email, TEST_PASSWORD), { tenantId })).status).toBe(
        403,
      );
      expect((await link(tokenA, { tenantId: 'contoso' })).status).toBe(400);
      expect((await link(tokenA, { tenantId })).body).toEqual({ tenantId, created: true });
      expect((await link(tokenA, { tenantId })).body).toEqual({ tenantId, created: false });
      const other = await link(await signIn(server, adminB.email, TEST_PASSWORD), { tenantId });
      expect(other.status).toBe(409);
    } finally {
      await server.stop();
    }
  });
});
