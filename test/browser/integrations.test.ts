import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import type { Browser, BrowserContext, ConsoleMessage, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIGNING_SECRET } from '../../bot/slack/slack-test-kit.ts';
import { saveTeamsConversation } from '../../core/chat/index.ts';
import { getUser } from '../../core/users/index.ts';
import type { RunningServer } from '../../server/boot.ts';
import { type ConnectWiseSimulator, startConnectWiseSimulator } from '../../sim/connectwise/index.ts';
import { type SlackSimulator, startSlackSimulator } from '../../sim/slack/index.ts';
import { testDatabase } from '../db.ts';
import { createTestAccount, TEST_PASSWORD, type TestAccount } from '../factories.ts';
import { startTestServer } from '../server.ts';
import { ensureAdminWebBuilt, launchChromium, screenshot } from './harness.ts';

const BOT_APP_ID = '5b0d8f3e-2c71-4a9e-b6d4-8e1f0a2c3d4b';
const CW_CLIENT_ID = '7d6a4c8e-1f2b-4c3d-9e8f-0a1b2c3d4e5f';
const TEAMS_TENANT = '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
const TEAMS_CHANNEL = '19:technicians@thread.tacv2';

/** PUBLIC_URL must be known before the server starts (the install link is built from it). */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/**
 * The integration pages in real Chromium against the real server and the ConnectWise and Slack
 * simulators: connect ConnectWise and pick from what it lists, map people, install Slack, link a
 * Teams tenant and download the app package, then hand the account to someone else.
 */
describe('admin web: integration pages in Chromium', { timeout: 90_000 }, () => {
  let server: RunningServer;
  let cw: ConnectWiseSimulator;
  let slack: SlackSimulator;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let account: TestAccount;
  let ownerEmail: string;
  let engineerEmail: string;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    const [, database] = await Promise.all([ensureAdminWebBuilt(), testDatabase()]);
    account = await createTestAccount(database, 'Integrations MSP');
    cw = await startConnectWiseSimulator();
    slack = await startSlackSimulator({ clientId: '1111.2222', clientSecret: 'client-secret-for-tests' });
    const port = await freePort();
    server = await startTestServer(database, {
      PORT: String(port),
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      MICROSOFT_APP_ID: BOT_APP_ID,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_CLIENT_ID: '1111.2222',
      SLACK_CLIENT_SECRET: 'client-secret-for-tests',
      SLACK_STATE_SECRET: 'state-secret-for-tests-0123456789',
      SLACK_API_URL: slack.url,
    });
    const actor = account.owner.actor;
    ownerEmail = (await getUser({ ctx: account.owner, userId: actor.kind === 'user' ? actor.userId : '' }))
      .email;
    engineerEmail = (await account.member('engineer', { name: 'Erin Engineer' })).email;
    await account.member('admin', { name: 'Ada Admin' });
    // A team channel the app was added to (what the Teams install event stores).
    await saveTeamsConversation(account.owner, {
      tenantId: TEAMS_TENANT,
      conversationId: TEAMS_CHANNEL,
      conversationType: 'channel',
      teamId: '19:helpdesk-team@thread.tacv2',
      channelId: TEAMS_CHANNEL,
      serviceUrl: 'https://smba.example/teams/',
      reference: { conversation: { id: TEAMS_CHANNEL } },
    });
    // Erin is in ConnectWise under the same email (sync matches her); Ada is not (mapped by hand).
    cw.addMember({ identifier: 'eengineer', email: engineerEmail, firstName: 'Erin', lastName: 'Engineer' });
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    page.on('console', (msg: ConsoleMessage) => {
      if (msg.type() === 'error') consoleErrors.push(`${msg.text()} @ ${msg.location().url}`);
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    await page.goto(`${server.url}/integrations/psa`);
    await page.getByLabel('Email').fill(ownerEmail);
    await page.getByLabel(/^Password/).fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 2, name: 'PSA' }).waitFor();
    // The signed-out probe's 401s (and the favicon) belong to the sign-in page, not these pages.
    consoleErrors.length = 0;
  }, 150_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
    await cw?.close();
    await slack?.close();
  });

  const nav = async (label: string, heading: string) => {
    await page.getByRole('navigation').getByRole('link', { name: label, exact: true }).click();
    await page.getByRole('heading', { level: 2, name: heading }).waitFor();
  };

  it('connects ConnectWise, tests it, picks a board and statuses it lists, syncs and maps members', async () => {
    await page.getByLabel('Site URL').fill(cw.url);
    await page.getByLabel('Company ID').fill(cw.credentials.companyId);
    await page.getByLabel('Client ID').fill(CW_CLIENT_ID);
    await page.getByLabel('Public key').fill(cw.credentials.publicKey);
    await page.getByLabel('Private key').fill(cw.credentials.privateKey);
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Settings saved.').waitFor();
    await page.getByRole('button', { name: 'Test connection' }).click();
    await expect
      .poll(() => page.getByTestId('psa-test').textContent())
      .toMatch(/^Connected to 127\.0\.0\.1:\d+ \(ConnectWise.*1 service boards visible\.$/);

    // The pickers hold what ConnectWise listed, not free text.
    await page.getByRole('checkbox', { name: 'Service Desk' }).check();
    await page.getByLabel('Status when resolved').selectOption('Resolved');
    await page.getByLabel('Status when escalated').selectOption('Waiting on Client');
    await page.getByRole('button', { name: 'Save boards and statuses' }).click();
    await page.getByText('Boards and statuses saved.').waitFor();

    await page.getByRole('button', { name: 'Sync members by email' }).click();
    await page.getByText(/^Synced: 1 mapped/).waitFor();
    const erin = page.getByTestId(`psa-member-${engineerEmail}`);
    await erin.getByText('matched by email').waitFor();
    expect(await erin.textContent()).toContain('eengineer');

    const ada = page.getByRole('row', { name: /Ada Admin/ });
    await ada
      .getByLabel('PSA member for Ada Admin')
      .selectOption({ label: 'jsmith · Jane Smith (jsmith@msp.example)' });
    await ada.getByRole('button', { name: 'Map' }).click();
    await ada.getByText('set by hand').waitFor();
    expect(await ada.textContent()).toContain('jsmith');
    await screenshot(page, 'integrations-01-psa');

    // A fresh load shows what the server stored: the picks survived.
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'PSA' }).waitFor();
    expect(await page.getByRole('checkbox', { name: 'Service Desk' }).isChecked()).toBe(true);
    expect(await page.getByLabel('Status when resolved').inputValue()).toBe('Resolved');
    expect(await page.getByLabel('Status when escalated').inputValue()).toBe('Waiting on Client');
    expect(consoleErrors).toEqual([]);
  });

  it('shows the Slack install link, lists the workspace it installed and sets the technician channel', async () => {
    await nav('Slack', 'Slack');
    await page.getByText('No Slack workspace connected yet').waitFor();
    await page.getByRole('button', { name: 'Get install link' }).click();
    const link = await page.getByTestId('slack-install-link').getByRole('link').getAttribute('href');
    expect(link).toMatch(new RegExp(`^${server.url}/slack/install\\?ticket=`));

    // What the person's browser does next, against the Slack simulator: start, approve, come back.
    const start = await fetch(link ?? '', { redirect: 'manual' });
    expect(start.status).toBe(302);
    const state = new URL(start.headers.get('location') ?? '').searchParams.get('state') ?? '';
    const cookie = (start.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const code = slack.issueOAuthCode({ teamId: 'TCONTOSO01', teamName: 'Contoso IT' });
    const done = await fetch(
      `${server.url}/slack/oauth_redirect?code=${code}&state=${encodeURIComponent(state)}`,
      { headers: { cookie } },
    );
    expect(done.status).toBe(200);

    await page.reload();
    await page.getByRole('cell', { name: 'Contoso IT' }).waitFor();
    await page.getByLabel('Channel id').fill('general');
    await page.getByRole('button', { name: 'Set channel' }).click();
    await page.getByText(/must be a Slack channel id like C0123ABCD/).waitFor();
    await page.getByLabel('Channel id').fill('C0TECHS01');
    await page.getByRole('button', { name: 'Set channel' }).click();
    await expect
      .poll(() => page.getByTestId('slack-technician-channel').textContent())
      .toBe('Escalations are posted in channel C0TECHS01 of Contoso IT.');
    // Unclaimed-escalation reminders sit beside it: refused out of range on the field, then saved.
    expect(await page.getByTestId('escalation-reminders').textContent()).toMatch(
      /after 15 minutes; admins are told after 30/,
    );
    await page.getByLabel('Remind after (minutes, 0 = off)').fill('2000');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('must be at most 1440 minutes (a day)').waitFor();
    await page.getByLabel('Remind after (minutes, 0 = off)').fill('0');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => page.getByTestId('escalation-reminders').textContent())
      .toBe('Reminders about unclaimed escalations are off.');
    await screenshot(page, 'integrations-02-slack');
    // The refused channel id was a 400 the page showed inline; nothing else may have failed.
    expect(
      consoleErrors.filter(
        (e) => !/status of 400 .*\/(integrations\/slack\/technician-channel|account)$/.test(e),
      ),
    ).toEqual([]);
    consoleErrors.length = 0;
  });

  it('links a Teams tenant, picks the technician channel and downloads the Teams app package for this bot', async () => {
    await nav('Teams', 'Microsoft Teams');
    await page.getByText('No tenant linked yet.').waitFor();
    const tenantId = TEAMS_TENANT;
    await page.getByLabel('Microsoft 365 tenant id').fill('contoso');
    await page.getByText('A tenant id is a GUID').waitFor();
    await page.getByLabel('Microsoft 365 tenant id').fill(tenantId);
    await page.getByRole('button', { name: 'Link tenant' }).click();
    await page.getByTestId('teams-tenants').getByText(tenantId).waitFor();
    expect(await page.getByTestId('teams-technician-channel').textContent()).toMatch(
      /No technician channel yet/,
    );
    await page.getByLabel('Channel', { exact: true }).selectOption(TEAMS_CHANNEL);
    await page.getByRole('button', { name: 'Set channel' }).click();
    await expect
      .poll(() => page.getByTestId('teams-technician-channel').textContent())
      .toBe(
        `Escalations are posted in the Teams channel ${TEAMS_CHANNEL} (team 19:helpdesk-team@thread.tacv2).`,
      );

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download Teams app package' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('resolutionflow-teams-app.zip');
    const zip = readFileSync((await download.path()) ?? '');
    expect(zip.subarray(0, 2).toString()).toBe('PK');
    expect(zip.toString('latin1')).toContain(`"botId": "${BOT_APP_ID}"`);
    await screenshot(page, 'integrations-03-teams');
    expect(consoleErrors).toEqual([]);
  });

  it('transfers ownership only after the confirmation, and the old owner becomes an admin', async () => {
    await nav('Ownership', 'Ownership');
    const option = page.getByLabel('New owner').locator('option', { hasText: 'Ada Admin' });
    await page.getByLabel('New owner').selectOption((await option.getAttribute('value')) ?? '');
    await page.getByRole('button', { name: 'Transfer ownership…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Transfer ownership?' });
    const confirm = dialog.getByRole('button', { name: 'Transfer ownership' });
    expect(await confirm.isDisabled()).toBe(true);
    // Mantine fades the dialog in; the screenshot should show it, not its transition.
    // (A string: the test's own TypeScript has no DOM types; the page evaluates it.)
    await page.waitForFunction(
      "getComputedStyle(document.querySelector('.mantine-Modal-content')).opacity === '1'",
    );
    await screenshot(page, 'integrations-04-ownership-confirm');
    await dialog.getByLabel('I want Ada Admin to own this account').check();
    await confirm.click();
    await page
      .getByTestId('ownership-done')
      .getByText(/Ada Admin now owns/)
      .waitFor();
    await expect.poll(() => page.getByTestId('signed-in-as').textContent()).toMatch(/admin$/);
    await page.getByText('Only the owner can transfer ownership.').waitFor();
    await screenshot(page, 'integrations-05-ownership-done');
    expect(consoleErrors).toEqual([]);
  });

  it('says why when ConnectWise cannot be reached, instead of showing empty pickers', async () => {
    await nav('PSA', 'PSA');
    const gone = `http://127.0.0.1:${await freePort()}`;
    await page.getByLabel('Site URL').fill(gone);
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Settings saved.').waitFor();
    const alert = page.getByRole('alert').filter({ hasText: 'ConnectWise did not list its boards' });
    await alert.getByText(`ConnectWise: could not reach ${gone}: wrong site URL?`).waitFor();
    await screenshot(page, 'integrations-06-psa-unreachable');
    // Only the answers that said so (502) are logged by the browser; no script error.
    expect(consoleErrors.filter((e) => !(/status of 502/.test(e) && /\/api\/v1\/psa\//.test(e)))).toEqual([]);
  });
});
