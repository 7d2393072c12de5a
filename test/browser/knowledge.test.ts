import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runConnectorSync } from '../../core/kb/sync/index.ts';
import { deriveKey } from '../../core/shared/crypto.ts';
import type { RunningServer } from '../../server/boot.ts';
import { type HuduSimulator, startHuduSimulator } from '../../sim/hudu/index.ts';
import { testDatabase } from '../db.ts';
import { createTestAccount, TEST_PASSWORD, type TestAccount } from '../factories.ts';
import { startTestServer } from '../server.ts';
import { ensureAdminWebBuilt, launchChromium, screenshot } from './harness.ts';

// The server seals connector keys with a key derived from this; the test runs the sync job's
// handler itself (no worker in the test server) with the same key.
const APP_SECRET_KEY = Buffer.alloc(32, 11).toString('base64');

/** The Knowledge page in real Chromium: add a Hudu connector against the local simulator, test, sync, search. */
describe('admin web: knowledge connectors in Chromium', { timeout: 60_000 }, () => {
  let server: RunningServer;
  let hudu: HuduSimulator;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let account: TestAccount;

  beforeAll(async () => {
    const [, database] = await Promise.all([ensureAdminWebBuilt(), testDatabase()]);
    account = await createTestAccount(database, 'Knowledge MSP');
    server = await startTestServer(database, { APP_SECRET_KEY });
    hudu = await startHuduSimulator();
    hudu.addArticle({
      name: 'Outlook keeps asking for a password',
      content:
        '<h2>Fix</h2><ol><li>Remove the MicrosoftOffice16 entries in Credential Manager</li><li>Re-create the Outlook profile</li></ol>',
    });
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1366, height: 800 } });
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const admin = await account.member('admin');
    await page.goto(`${server.url}/knowledge`);
    await page.getByLabel('Email').fill(admin.email);
    await page.getByLabel(/^Password/).fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 2, name: 'Knowledge' }).waitFor();
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
    await hudu?.close();
  });

  it('adds a connector (a too-short key refused inline), tests it, syncs it and finds its article', async () => {
    await page.getByText('No knowledge connectors yet').waitFor();
    await page.getByRole('button', { name: 'Add connector' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Source').selectOption('hudu');
    await dialog.getByLabel('Name').fill('Hudu');
    await dialog.getByLabel('Hudu URL').fill(hudu.url);
    await dialog.getByLabel(/^API key/).fill('short');
    await dialog.getByRole('button', { name: 'Add connector' }).click();
    await dialog.getByText('the API key looks too short').waitFor();

    await dialog.getByLabel(/^API key/).fill(hudu.apiKey);
    await dialog.getByRole('button', { name: 'Add connector' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const row = page.getByRole('row', { name: /Hudu/ });
    await row.getByRole('button', { name: 'Test' }).click();
    expect(await row.getByTestId('connector-test').textContent()).toBe('Connection works.');
    await row.getByRole('button', { name: 'Sync now' }).click();
    await row.getByText('Sync queued.').waitFor();

    // What the kb-sync job does when the worker picks it up.
    const connectorId = await connectorIdByName('Hudu');
    const report = await runConnectorSync({
      ctx: account.system('kb-sync'),
      deps: { secretsKey: deriveKey(Buffer.from(APP_SECRET_KEY, 'base64'), 'secrets-at-rest') },
      connectorId,
    });
    expect(report.ok).toBe(true);
    await page.reload();
    await page
      .getByRole('row', { name: /Hudu/ })
      .getByRole('cell', { name: String(report.documentCount), exact: true })
      .waitFor();

    await page.getByLabel('Ticket text').fill('Outlook keeps prompting for the password');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByTestId('kb-results').getByText('Outlook keeps asking for a password').waitFor();
    await screenshot(page, '11-knowledge');

    await page.getByLabel('Ticket text').fill('the coffee machine on the second floor is leaking');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByTestId('kb-no-answer').waitFor();
  });

  it('adds SharePoint with one folder per client and a folder mapping; a bad folder is refused on its line', async () => {
    await page.getByRole('button', { name: 'Add connector' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Source').selectOption('graph');
    await dialog.getByLabel(/^Name/).fill('Client library');
    await dialog.getByLabel('Directory (tenant) id').fill('11111111-2222-3333-4444-555555555555');
    await dialog.getByLabel('Application (client) id').fill('66666666-7777-8888-9999-000000000000');
    await dialog.getByLabel('Site ids').fill('contoso.sharepoint.com,abc,def');
    await dialog.getByLabel('Each client has its own folder (the folder name is the client)').check();
    await dialog.getByLabel('Client folders are inside').fill('Clients');
    await dialog.getByLabel('Folder → client (optional)').fill('Internal =\n../Secrets = Contoso');
    await dialog.getByLabel(/^Client secret/).fill('a-long-enough-secret');
    await dialog.getByRole('button', { name: 'Add connector' }).click();
    await dialog
      .getByText('line 2: must be a folder path like Clients/Contoso (no empty, "." or ".." parts)')
      .waitFor();

    await dialog
      .getByLabel('Folder → client (optional)')
      .fill('Internal =\nClients/Northwind Traders = Northwind');
    await dialog.getByRole('button', { name: 'Add connector' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const stored = await page.evaluate(async () => {
      const r = await fetch('/api/v1/kb/connectors', { credentials: 'include' });
      return (await r.json()) as { connectors: Array<{ name: string; settings: Record<string, unknown> }> };
    });
    expect(stored.connectors.find((c) => c.name === 'Client library')?.settings).toMatchObject({
      folderNameIsCompany: [{ parent: 'Clients' }],
      folderCompanies: [
        { folder: 'Internal', company: null },
        { folder: 'Clients/Northwind Traders', company: 'Northwind' },
      ],
    });
  });

  async function connectorIdByName(name: string): Promise<string> {
    const res = await page.evaluate(async () => {
      const r = await fetch('/api/v1/kb/connectors', { credentials: 'include' });
      return (await r.json()) as { connectors: Array<{ id: string; name: string }> };
    });
    const found = res.connectors.find((c) => c.name === name);
    if (!found) throw new Error(`connector ${name} not listed`);
    return found.id;
  }
});
