import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slackInstallationsTable } from '../../core/db/schema/chat.ts';
import { withSystemTransaction } from '../../core/db/transactions.ts';
import type { RunningServer } from '../../server/boot.ts';
import {
  eventCallback,
  type SlackSimulator,
  sendSigned,
  startSlackSimulator,
} from '../../sim/slack/index.ts';
import { testDatabase } from '../../test/db.ts';
import { createTestAccount, TEST_PASSWORD, type TestAccount } from '../../test/factories.ts';
import { api, signIn, startTestServer } from '../../test/server.ts';
import { eventually, SIGNING_SECRET } from './slack-test-kit.ts';

describe('Slack multi-workspace OAuth install', () => {
  let sim: SlackSimulator;
  let server: RunningServer;
  let account: TestAccount;
  let adminToken: string;
  let engineerToken: string;
  const teamId = `T${randomBytes(5).toString('hex').toUpperCase()}`;

  beforeAll(async () => {
    sim = await startSlackSimulator({ clientId: '1111.2222', clientSecret: 'client-secret-for-tests' });
    const database = await testDatabase();
    account = await createTestAccount(database, 'Install');
    const admin = await account.member('admin');
    const engineer = await account.member('engineer');
    server = await startTestServer(database, {
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_CLIENT_ID: '1111.2222',
      SLACK_CLIENT_SECRET: 'client-secret-for-tests',
      SLACK_STATE_SECRET: 'state-secret-for-tests-0123456789',
      SLACK_API_URL: sim.url,
      PUBLIC_URL: 'https://rf.example.test',
    });
    adminToken = await signIn(server, admin.email, TEST_PASSWORD);
    engineerToken = await signIn(server, engineer.email, TEST_PASSWORD);
  });
  afterAll(async () => {
    await server.stop();
    await sim.close();
  });

  async function installLink(token: string) {
    return api(server, '/api/v1/integrations/slack/install-link', { method: 'POST', token });
  }

  it('installs a workspace for the admin’s account, with the bot token sealed at rest', async () => {
    const link = await installLink(adminToken);
    expect(link.status).toBe(200);
    const url = new URL((link.body as { url: string }).url);
    expect(url.origin).toBe('https://rf.example.test');

    const start = await fetch(`${server.url}${url.pathname}${url.search}`, { redirect: 'manual' });
    expect(start.status).toBe(302);
    const authorize = new URL(start.headers.get('location') ?? '');
    expect(authorize.searchParams.get('client_id')).toBe('1111.2222');
    expect(authorize.searchParams.get('scope')?.split(',')).toContain('app_mentions:read');
    const state = authorize.searchParams.get('state') ?? '';
    const cookie = (start.headers.get('set-cookie') ?? '').split(';')[0] ?? '';

    const code = sim.issueOAuthCode({ teamId, teamName: 'Contoso IT' });
    const done = await fetch(
      `${server.url}/slack/oauth_redirect?code=${code}&state=${encodeURIComponent(state)}`,
      {
        headers: { cookie },
      },
    );
    expect(done.status).toBe(200);
    expect(await done.text()).toMatch(/installed/);

    const rows = await withSystemTransaction(await testDatabase(), 'test', (tx) =>
      tx.select().from(slackInstallationsTable).where(eq(slackInstallationsTable.teamId, teamId)),
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.accountId).toBe(account.accountId);
    expect(rows[0]?.botTokenSealed).not.toMatch(/xoxb-/);
  });

  it('forgets the workspace only when tokens_revoked names its own bot', async () => {
    const installed = async () =>
      withSystemTransaction(await testDatabase(), 'test', (tx) =>
        tx.select().from(slackInstallationsTable).where(eq(slackInstallationsTable.teamId, teamId)),
      );
    const [row] = await installed();
    expect(row?.botUserId).toBeTruthy();
    const revoked = (bot: string[], oauth: string[] = []) =>
      sendSigned(
        `${server.url}/slack/events`,
        eventCallback({ type: 'tokens_revoked', tokens: { oauth, bot } }, { workspace: { teamId } }),
        { secret: SIGNING_SECRET },
      );
    // Another bot's id, or only a user's token: the installation stays.
    expect((await revoked(['UOTHERBOT'])).status).toBe(200);
    expect((await revoked([], ['U123'])).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await installed()).toHaveLength(1);
    expect((await revoked([row?.botUserId ?? ''])).status).toBe(200);
    await eventually(async () => (await installed()).length === 0);
  });

  it('refuses an install link that was tampered with, and installs nothing', async () => {
    const res = await fetch(`${server.url}/slack/install?ticket=not-a-real-ticket`, { redirect: 'manual' });
    expect(res.status).toBe(401);
    expect(await res.text()).toMatch(/expired or is not valid/);
  });

  it('only lets admins ask for an install link', async () => {
    const res = await installLink(engineerToken);
    expect(res.status).toBe(403);
  });

  it('refuses an OAuth callback without the browser’s state cookie', async () => {
    const link = await installLink(adminToken);
    const url = new URL((link.body as { url: string }).url);
    const start = await fetch(`${server.url}${url.pathname}${url.search}`, { redirect: 'manual' });
    const state = new URL(start.headers.get('location') ?? '').searchParams.get('state') ?? '';
    const code = sim.issueOAuthCode({ teamId: `T${randomBytes(5).toString('hex').toUpperCase()}` });
    const res = await fetch(
      `${server.url}/slack/oauth_redirect?code=${code}&state=${encodeURIComponent(state)}`,
    );
    expect(res.status).toBe(400);
    expect(sim.calls.filter((c) => c.method === 'oauth.v2.access')).toHaveLength(1);
  });
});
