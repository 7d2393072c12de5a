import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuditLog } from '../../core/audit/index.ts';
import { linkTeamsTenant } from '../../core/chat/teams.ts';
import type { Database } from '../../core/db/client.ts';
import type { TenantContext } from '../../core/shared/context.ts';
import { getUser, updateUserAccess } from '../../core/users/index.ts';
import { testDatabase } from '../../test/db.ts';
import { createTestAccount, type TestAccount } from '../../test/factories.ts';
import { RedirectBrowser } from '../../test/oidc/browser.ts';
import { TestOidcProvider } from '../../test/oidc/provider.ts';
import { api, startTestServer } from '../../test/server.ts';
import type { RunningServer } from '../boot.ts';

function idOf(ctx: TenantContext): string {
  if (ctx.actor.kind !== 'user') throw new Error('expected a user');
  return ctx.actor.userId;
}

describe('OIDC sign-in against a real local OpenID Provider', () => {
  let database: Database;
  let idp: TestOidcProvider;
  let server: RunningServer;
  let account: TestAccount;
  let engineer: TenantContext & { email: string };
  let extra: RunningServer;

  function oidcEnv(issuer: string) {
    return {
      SLACK_OIDC_CLIENT_ID: 'rf-slack',
      SLACK_OIDC_CLIENT_SECRET: 'slack-client-secret',
      SLACK_OIDC_ISSUER: issuer,
      ENTRA_CLIENT_ID: 'rf-entra',
      ENTRA_CLIENT_SECRET: 'entra-client-secret',
      ENTRA_ISSUER: issuer,
      OIDC_ALLOW_INSECURE_ISSUER: 'true',
    };
  }

  beforeAll(async () => {
    database = await testDatabase();
    idp = await TestOidcProvider.listen();
    server = await startTestServer(database, oidcEnv(idp.issuer));
    extra = await startTestServer(database, oidcEnv(idp.issuer));
    const uris = [server, extra].flatMap((s) => [
      `${s.url}/api/v1/auth/oidc/slack/callback`,
      `${s.url}/api/v1/auth/oidc/entra/callback`,
    ]);
    await idp.configure([
      { clientId: 'rf-slack', clientSecret: 'slack-client-secret', redirectUris: uris },
      { clientId: 'rf-entra', clientSecret: 'entra-client-secret', redirectUris: uris },
    ]);
    account = await createTestAccount(database, 'OIDC');
    engineer = await account.member('engineer', { name: 'Olly OIDC' });
  });
  afterAll(async () => {
    await server.stop();
    await extra.stop();
    await idp.close();
  });

  /** Start at our server, follow redirects through the IdP until it sends the browser back to us. */
  async function toCallback(
    target: RunningServer,
    provider: 'slack' | 'entra',
    browser = new RedirectBrowser(),
  ) {
    const start = await browser.hop(`${target.url}/api/v1/auth/oidc/${provider}/start`);
    expect(start.status).toBe(302);
    expect(start.location?.startsWith(`${idp.issuer}/auth?`)).toBe(true);
    const callback = await browser.followUntil(start.location as string, `${target.url}/api/v1/auth/oidc/`);
    return { browser, start: start.location as string, callback };
  }

  async function finish(browser: RedirectBrowser, callback: string) {
    const res = await browser.hop(callback);
    expect(res.status).toBe(302);
    return res.location as string;
  }

  it('lists the enabled providers for the sign-in page', async () => {
    const res = await api(server, '/api/v1/auth/providers');
    expect(res.body).toEqual({ password: true, entra: true, slack: true });
    const plain = await startTestServer(database);
    try {
      expect((await api(plain, '/api/v1/auth/providers')).body).toEqual({
        password: true,
        entra: false,
        slack: false,
      });
      expect((await api(plain, '/api/v1/auth/oidc/slack/start')).status).toBe(404);
    } finally {
      await plain.stop();
    }
  });

  it('signs in with Slack by verified email, binds the identity, and sets the session cookies', async () => {
    const sub = `U${randomUUID().slice(0, 8)}`;
    idp.nextLogin = { sub, email: engineer.email, email_verified: true, name: 'Olly' };
    const { browser, start, callback } = await toCallback(server, 'slack');
    const params = new URL(start).searchParams;
    expect(params.get('code_challenge_method')).toBe('S256');
    expect(params.get('nonce')).toBeTruthy();
    expect(params.get('state')).toBeTruthy();
    expect(new URL(callback).searchParams.get('code')).toBeTruthy();

    const landed = await finish(browser, callback);
    expect(landed).toBe(`${server.url}/`);
    expect(browser.cookie(server.url, 'rf_at')).toBeTruthy();
    expect(browser.cookie(server.url, 'rf_csrf')).toBeTruthy();
    expect(browser.cookie(server.url, 'rf_oidc')).toBeUndefined();

    const session = await fetch(`${server.url}/api/v1/auth/session`, {
      headers: { cookie: `rf_at=${browser.cookie(server.url, 'rf_at')}` },
    });
    expect(session.status).toBe(200);
    expect(await session.json()).toMatchObject({
      user: { id: idOf(engineer) },
      account: { id: account.accountId },
    });

    // Bound by issuer + subject: a later email change at the IdP still finds the same user…
    idp.nextLogin = { sub, email: `changed-${sub}@elsewhere.example`, email_verified: true };
    const again = await toCallback(server, 'slack');
    expect(await finish(again.browser, again.callback)).toBe(`${server.url}/`);
    const { entries } = await listAuditLog({ ctx: account.owner, input: { actorUserId: idOf(engineer) } });
    expect(entries.filter((e) => e.action === 'auth.identity_linked')).toHaveLength(1);
    expect(entries.filter((e) => e.action === 'auth.signed_in').map((e) => e.metadata.method)).toContain(
      'slack',
    );
  });

  it('sends an unknown person to /sign-in?error=no_account, and an unverified email counts as unknown', async () => {
    idp.nextLogin = { sub: `U${randomUUID()}`, email: 'stranger@test.example', email_verified: true };
    const first = await toCallback(server, 'slack');
    expect(await finish(first.browser, first.callback)).toBe(`${server.url}/sign-in?error=no_account`);
    expect(first.browser.cookie(server.url, 'rf_at')).toBeUndefined();

    idp.nextLogin = { sub: `U${randomUUID()}`, email: engineer.email, email_verified: false };
    const unverified = await toCallback(server, 'slack');
    expect(await finish(unverified.browser, unverified.callback)).toBe(
      `${server.url}/sign-in?error=no_account`,
    );
  });

  it('sends a disabled user to /sign-in?error=disabled', async () => {
    const member = await account.member('viewer');
    await updateUserAccess({ ctx: account.owner, userId: idOf(member), input: { disabled: true } });
    idp.nextLogin = { sub: `U${randomUUID()}`, email: member.email, email_verified: true };
    const { browser, callback } = await toCallback(server, 'slack');
    expect(await finish(browser, callback)).toBe(`${server.url}/sign-in?error=disabled`);
    expect(browser.cookie(server.url, 'rf_at')).toBeUndefined();
  });

  it('refuses a tampered state parameter and a tampered flow cookie', async () => {
    idp.nextLogin = { sub: `U${randomUUID()}`, email: engineer.email, email_verified: true };
    const a = await toCallback(server, 'slack');
    const tampered = new URL(a.callback);
    tampered.searchParams.set('state', 'attacker-chosen-state');
    expect(await finish(a.browser, tampered.href)).toBe(`${server.url}/sign-in?error=failed`);
    expect(a.browser.cookie(server.url, 'rf_at')).toBeUndefined();

    const b = await toCallback(server, 'slack');
    const sealed = b.browser.cookie(server.url, 'rf_oidc') as string;
    const [h, p, s] = sealed.split('.');
    const payload = JSON.parse(Buffer.from(p as string, 'base64url').toString());
    payload.state = 'forged';
    b.browser.setCookie(
      server.url,
      'rf_oidc',
      [h, Buffer.from(JSON.stringify(payload)).toString('base64url'), s].join('.'),
      '/api/v1/auth/oidc',
    );
    expect(await finish(b.browser, b.callback)).toBe(`${server.url}/sign-in?error=state`);

    // No flow cookie at all (a callback link replayed in another browser).
    const c = await toCallback(server, 'slack');
    const fresh = new RedirectBrowser();
    expect(await finish(fresh, c.callback)).toBe(`${server.url}/sign-in?error=state`);
  });

  it('refuses an ID token whose nonce is not the one this browser was given', async () => {
    idp.nextLogin = { sub: `U${randomUUID()}`, email: engineer.email, email_verified: true };
    const browser = new RedirectBrowser();
    const start = await browser.hop(`${server.url}/api/v1/auth/oidc/slack/start`);
    const authorize = new URL(start.location as string);
    authorize.searchParams.set('nonce', 'nonce-from-another-flow');
    const callback = await browser.followUntil(authorize.href, `${server.url}/api/v1/auth/oidc/`);
    expect(await finish(browser, callback)).toBe(`${server.url}/sign-in?error=failed`);
    expect(browser.cookie(server.url, 'rf_at')).toBeUndefined();
  });

  it('refuses an ID token whose signature does not verify against the issuer keys', async () => {
    idp.nextLogin = { sub: `U${randomUUID()}`, email: engineer.email, email_verified: true };
    // A server that has not cached the real keys yet, and an IdP publishing a key it does not sign with.
    idp.serveWrongJwks = true;
    try {
      const { browser, callback } = await toCallback(extra, 'slack');
      expect(await finish(browser, callback)).toBe(`${extra.url}/sign-in?error=failed`);
      expect(browser.cookie(extra.url, 'rf_at')).toBeUndefined();
    } finally {
      idp.serveWrongJwks = false;
    }
  });

  it("Entra: trusts an unverified email only from a tenant linked to the user's account", async () => {
    const tenantId = randomUUID();
    const member = await account.member('l1');
    idp.nextLogin = { sub: `E${randomUUID()}`, preferred_username: member.email, tid: tenantId };
    const unlinked = await toCallback(server, 'entra');
    expect(await finish(unlinked.browser, unlinked.callback)).toBe(`${server.url}/sign-in?error=no_account`);

    await linkTeamsTenant({ ctx: account.owner, input: { tenantId } });
    const linked = await toCallback(server, 'entra');
    expect(await finish(linked.browser, linked.callback)).toBe(`${server.url}/`);
    const user = await getUser({ ctx: account.owner, userId: idOf(member) });
    expect(user.lastLoginAt).not.toBeNull();

    // Another account's tenant cannot vouch for this user.
    const other = await createTestAccount(database, 'OIDC other');
    const otherTenant = randomUUID();
    await linkTeamsTenant({ ctx: other.owner, input: { tenantId: otherTenant } });
    const stranger = await account.member('viewer');
    idp.nextLogin = { sub: `E${randomUUID()}`, email: stranger.email, tid: otherTenant };
    const cross = await toCallback(server, 'entra');
    expect(await finish(cross.browser, cross.callback)).toBe(`${server.url}/sign-in?error=no_account`);
  });
});
