import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../core/db/client.ts';
import { accountsTable } from '../../core/db/schema/accounts.ts';
import { usersTable } from '../../core/db/schema/users.ts';
import { withSystemTransaction } from '../../core/db/transactions.ts';
import { testDatabase } from '../../test/db.ts';
import { RedirectBrowser } from '../../test/oidc/browser.ts';
import { TestOidcProvider } from '../../test/oidc/provider.ts';
import { startTestServer } from '../../test/server.ts';
import type { RunningServer } from '../boot.ts';

/** "Continue with Slack" on the signup page, against a real local OpenID Provider. */
describe('signing up with a sign-in provider', () => {
  let database: Database;
  let idp: TestOidcProvider;
  let server: RunningServer;

  beforeAll(async () => {
    database = await testDatabase();
    idp = await TestOidcProvider.listen();
    server = await startTestServer(database, {
      SLACK_OIDC_CLIENT_ID: 'rf-slack',
      SLACK_OIDC_CLIENT_SECRET: 'slack-client-secret',
      SLACK_OIDC_ISSUER: idp.issuer,
      OIDC_ALLOW_INSECURE_ISSUER: 'true',
      SIGNUP_MAX_PER_IP: '1000',
    });
    await idp.configure([
      {
        clientId: 'rf-slack',
        clientSecret: 'slack-client-secret',
        redirectUris: [`${server.url}/api/v1/auth/oidc/slack/callback`],
      },
    ]);
  });
  afterAll(async () => {
    await server.stop();
    await idp.close();
  });

  async function continueWithSlack(company: string, browser = new RedirectBrowser()) {
    const start = await browser.hop(
      `${server.url}/api/v1/auth/oidc/slack/start?signup=${encodeURIComponent(company)}`,
    );
    expect(start.status).toBe(302);
    const callback = await browser.followUntil(start.location as string, `${server.url}/api/v1/auth/oidc/`);
    const landed = await browser.hop(callback);
    expect(landed.status).toBe(302);
    return { browser, location: landed.location as string };
  }

  const accountOf = (email: string) =>
    withSystemTransaction(database, 'test', async (tx) => {
      const [row] = await tx
        .select({ account: accountsTable, role: usersTable.role })
        .from(usersTable)
        .innerJoin(accountsTable, eq(accountsTable.id, usersTable.accountId))
        .where(eq(usersTable.email, email));
      return row;
    });

  it('creates the account with its owner bound to the identity; a provider-verified email counts as verified', async () => {
    const company = `Slack MSP ${randomUUID().slice(0, 6)}`;
    const email = `sam-${randomUUID().slice(0, 6)}@slackmsp.example`;
    idp.nextLogin = { sub: `U${randomUUID().slice(0, 8)}`, email, email_verified: true, name: 'Sam Slack' };
    const { browser, location } = await continueWithSlack(company);
    expect(location).toBe(`${server.url}/sessions`);
    const session = await fetch(`${server.url}/api/v1/auth/session`, {
      headers: { cookie: `rf_at=${browser.cookie(server.url, 'rf_at')}` },
    });
    expect(await session.json()).toMatchObject({
      user: { email, name: 'Sam Slack', role: 'owner' },
      account: { name: company },
    });
    const row = await accountOf(email);
    expect(row?.role).toBe('owner');
    expect(row?.account.emailVerifiedAt).toBeInstanceOf(Date);
  });

  it('leaves an unverified provider email unverified (a link is sent), and refuses a second signup with the same identity', async () => {
    const sub = `U${randomUUID().slice(0, 8)}`;
    const email = `una-${randomUUID().slice(0, 6)}@slackmsp.example`;
    idp.nextLogin = { sub, email, email_verified: false, name: 'Una Verified' };
    const first = await continueWithSlack(`Unverified MSP ${randomUUID().slice(0, 6)}`);
    expect(first.location).toBe(`${server.url}/sessions`);
    expect((await accountOf(email))?.account.emailVerifiedAt).toBeNull();

    idp.nextLogin = {
      sub,
      email: `other-${randomUUID().slice(0, 6)}@slackmsp.example`,
      email_verified: true,
    };
    const company = `Second try ${randomUUID().slice(0, 6)}`;
    const again = await continueWithSlack(company);
    expect(again.location).toBe(`${server.url}/signup?error=identity_taken`);
    const created = await withSystemTransaction(database, 'test', (tx) =>
      tx.select().from(accountsTable).where(eq(accountsTable.name, company)),
    );
    expect(created).toEqual([]);
  });

  it('refuses to start without a company name', async () => {
    const res = await new RedirectBrowser().hop(`${server.url}/api/v1/auth/oidc/slack/start?signup=%20`);
    expect(res.status).toBe(400);
  });
});
