import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuditLog } from '../../core/audit/index.ts';
import type { Database } from '../../core/db/client.ts';
import { createInvite, listUsers } from '../../core/users/index.ts';
import { testDatabase } from '../../test/db.ts';
import { createTestAccount, type TestAccount } from '../../test/factories.ts';
import { RedirectBrowser } from '../../test/oidc/browser.ts';
import { TestOidcProvider } from '../../test/oidc/provider.ts';
import { api, startTestServer } from '../../test/server.ts';
import type { RunningServer } from '../boot.ts';

/** "Continue with Slack" on the accept page, against a real local OpenID Provider. */
describe('accepting an invite with a sign-in provider', () => {
  let database: Database;
  let idp: TestOidcProvider;
  let server: RunningServer;
  let account: TestAccount;

  beforeAll(async () => {
    database = await testDatabase();
    idp = await TestOidcProvider.listen();
    server = await startTestServer(database, {
      SLACK_OIDC_CLIENT_ID: 'rf-slack',
      SLACK_OIDC_CLIENT_SECRET: 'slack-client-secret',
      SLACK_OIDC_ISSUER: idp.issuer,
      OIDC_ALLOW_INSECURE_ISSUER: 'true',
    });
    await idp.configure([
      {
        clientId: 'rf-slack',
        clientSecret: 'slack-client-secret',
        redirectUris: [`${server.url}/api/v1/auth/oidc/slack/callback`],
      },
    ]);
    account = await createTestAccount(database, 'Invite OIDC');
  });
  afterAll(async () => {
    await server.stop();
    await idp.close();
  });

  const newInvite = async (role: 'engineer' | 'viewer' = 'engineer') => {
    const email = `oidc-invitee-${randomUUID().slice(0, 8)}@test.example`;
    const { token } = await createInvite({ ctx: account.owner, input: { email, role }, now: new Date() });
    return { email, token };
  };

  /** Start with `?invite=`, go through the IdP, and return where our callback sends the browser. */
  async function continueWithSlack(token: string, browser = new RedirectBrowser()) {
    const start = await browser.hop(
      `${server.url}/api/v1/auth/oidc/slack/start?invite=${encodeURIComponent(token)}`,
    );
    expect(start.status).toBe(302);
    const callback = await browser.followUntil(start.location as string, `${server.url}/api/v1/auth/oidc/`);
    const landed = await browser.hop(callback);
    expect(landed.status).toBe(302);
    return { browser, location: landed.location as string };
  }

  it('offers the provider on the preview, then creates the user bound to that identity and signs in', async () => {
    const { email, token } = await newInvite();
    const preview = await api(server, '/api/v1/auth/invites/preview', { method: 'POST', body: { token } });
    expect(preview.body).toMatchObject({ providers: { slack: true, entra: false } });

    const sub = `U${randomUUID().slice(0, 8)}`;
    // The IdP's email need not match: the invite link is the credential, as with a password.
    idp.nextLogin = { sub, email: 'someone@personal.example', email_verified: true, name: 'Sam Slack' };
    const { browser, location } = await continueWithSlack(token);
    expect(location).toBe(`${server.url}/`);
    const session = await fetch(`${server.url}/api/v1/auth/session`, {
      headers: { cookie: `rf_at=${browser.cookie(server.url, 'rf_at')}` },
    });
    expect(await session.json()).toMatchObject({
      user: { email, name: 'Sam Slack', role: 'engineer' },
      account: { id: account.accountId },
    });

    // Later plain Slack sign-ins find the same user by the bound identity.
    idp.nextLogin = { sub, email: 'changed@personal.example', email_verified: true };
    const again = new RedirectBrowser();
    const start = await again.hop(`${server.url}/api/v1/auth/oidc/slack/start`);
    const callback = await again.followUntil(start.location as string, `${server.url}/api/v1/auth/oidc/`);
    expect((await again.hop(callback)).location).toBe(`${server.url}/`);

    const audit = await listAuditLog({
      ctx: account.owner,
      input: { action: 'user.invite_accepted', limit: 20 },
    });
    expect(audit.entries.find((e) => e.metadata.email === email)?.metadata).toMatchObject({
      method: 'slack',
    });
  });

  it('sends a used link back to the accept page with the reason, creating nobody', async () => {
    const { token } = await newInvite('viewer');
    idp.nextLogin = {
      sub: `U${randomUUID().slice(0, 8)}`,
      email: 'first@personal.example',
      email_verified: true,
    };
    expect((await continueWithSlack(token)).location).toBe(`${server.url}/`);
    const before = (await listUsers({ ctx: account.owner, input: {} })).length;
    idp.nextLogin = {
      sub: `U${randomUUID().slice(0, 8)}`,
      email: 'second@personal.example',
      email_verified: true,
    };
    const { location } = await continueWithSlack(token);
    const back = new URL(location, server.url);
    expect(back.pathname).toBe('/accept-invite');
    expect(back.searchParams.get('error')).toBe('used');
    expect((await listUsers({ ctx: account.owner, input: {} })).length).toBe(before);
  });

  it('refuses an identity that already belongs to a user and leaves the invite open', async () => {
    const taken = `U${randomUUID().slice(0, 8)}`;
    idp.nextLogin = { sub: taken, email: 'taken@personal.example', email_verified: true };
    expect((await continueWithSlack((await newInvite()).token)).location).toBe(`${server.url}/`);

    const { email, token } = await newInvite();
    idp.nextLogin = { sub: taken, email: 'taken@personal.example', email_verified: true };
    const { location } = await continueWithSlack(token);
    expect(new URL(location, server.url).searchParams.get('error')).toBe('identity_taken');
    const preview = await api(server, '/api/v1/auth/invites/preview', { method: 'POST', body: { token } });
    expect(preview.status).toBe(200);
    expect((await listUsers({ ctx: account.owner, input: {} })).map((u) => u.email)).not.toContain(email);
  });

  it('refuses a malformed invite parameter before leaving for the provider', async () => {
    const res = await api(server, '/api/v1/auth/oidc/slack/start?invite=short');
    expect(res.status).toBe(400);
    expect(res.body.error?.message).toMatch(/not a valid invite token/);
  });
});
