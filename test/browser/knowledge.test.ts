import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runConnectorSync } from '../../core/kb/sync/index.ts';
import { deriveKey } from '../../core/shared/crypto.ts';
import type { RunningServer } from '../../server/boot.ts';
import { type GraphSimulator, startGraphSimulator } from '../../sim/graph/index.ts';
import { type HuduSimulator, startHuduSimulator } from '../../sim/hudu/index.ts';
import { type ItGlueSimulator, startItGlueSimulator } from '../../sim/itglue/index.ts';
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
  let itglue: ItGlueSimulator;
  let graph: GraphSimulator;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let account: TestAccount;

  beforeAll(async () => {
    const [, database] = await Promise.all([ensureAdminWebBuilt(), testDatabase()]);
    account = await createTestAccount(database, 'Knowledge MSP');
    server = await startTestServer(database, { APP_SECRET_KEY });
    [hudu, itglue, graph] = await Promise.all([
      startHuduSimulator(),
      startItGlueSimulator(),
      startGraphSimulator(),
    ]);
    hudu.addArticle({
      name: 'Outlook keeps asking for a password',
      content:
        '<h2>Fix</h2><ol><li>Remove the MicrosoftOffice16 entries in Credential Manager</li><li>Re-create the Outlook profile</li></ol>',
    });
    hudu.addCompany({ name: 'Northwind Traders' });
    hudu.addCompany({ name: 'Fabrikam Dental' });
    hudu.addArticle({
      name: 'Fabrikam: Dentrix will not open after an update',
      content: '<h2>Fix</h2><p>Run the Dentrix repair from the server share, then reopen Dentrix.</p>',
      company: 'Fabrikam Dental',
    });
    hudu.addArticle({
      name: 'Zebra ZD420 prints blank labels',
      content: '<h2>Fix</h2><p>Recalibrate the Zebra ZD420: hold the feed button until it flashes twice.</p>',
      company: 'Northwind Traders',
    });
    itglue.addOrganization({ name: 'Contoso MSP', organizationTypeName: 'Owner' });
    browser = await launchChromium();
    // The width the QA pass found the status badge cut to "ID…" at.
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
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
    await itglue?.close();
    await graph?.close();
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
    // What the server found, not just "works".
    expect(await row.getByTestId('connector-test').textContent()).toBe(`Connected to Hudu at ${hudu.url}.`);
    await row.getByRole('button', { name: 'Sync now' }).click();
    await row.getByText('Sync queued.').waitFor();
    expect(await row.getByTestId('connector-state').textContent()).toBe('queued');
    // With a message in the Actions cell, the status badge is still readable in full at 1280 px.
    expect(
      await row.getByTestId('connector-state').evaluate((badge) => {
        const label = badge.querySelector('span') ?? badge;
        return label.scrollWidth <= label.clientWidth + 1 && badge.scrollWidth <= badge.clientWidth + 1;
      }),
    ).toBe(true);

    // What the kb-sync job does when the worker picks it up; the page is not reloaded.
    const connectorId = await connectorIdByName('Hudu');
    const report = await runConnectorSync({
      ctx: account.system('kb-sync'),
      deps: { secretsKey: deriveKey(Buffer.from(APP_SECRET_KEY, 'base64'), 'secrets-at-rest') },
      connectorId,
    });
    expect(report.ok).toBe(true);
    // The list is polled while the sync is queued: the row shows the result by itself.
    await row.getByRole('cell', { name: String(report.documentCount), exact: true }).waitFor();
    await row.getByTestId('connector-state').getByText('idle').waitFor();
    await row.getByText('Sync queued.').waitFor({ state: 'detached' });
    expect(await row.getByRole('cell').nth(4).textContent()).not.toBe('—');

    await page.getByLabel('Ticket text').fill('Outlook keeps prompting for the password');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByTestId('kb-results').getByText('Outlook keeps asking for a password').waitFor();
    await screenshot(page, '11-knowledge');
    // Searching for nothing clears the answer instead of leaving it up.
    await page.getByLabel('Ticket text').fill('');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByTestId('kb-results').waitFor({ state: 'detached' });

    await page.getByLabel('Ticket text').fill('the coffee machine on the second floor is leaking');
    await page.getByRole('button', { name: 'Search' }).click();
    await page
      .getByTestId('kb-no-answer')
      .getByText('this reads as a building or facilities problem rather than a fault')
      .waitFor();

    // A fault the Outlook page never speaks of: the answer names it.
    await page.getByLabel('Ticket text').fill('outlook search returns nothing for emails i know are there');
    await page.getByRole('button', { name: 'Search' }).click();
    await page
      .getByTestId('kb-no-answer')
      .getByText('this ticket is about search not finding things, and the nearest page never mentions it')
      .waitFor();
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

  it('asks before an edit files every client folder as your own documentation, and warns while none is mapped', async () => {
    const row = page.getByRole('row', { name: /Client library/ });
    await row.getByRole('button', { name: 'Edit' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit Client library' });
    expect(await edit.getByTestId('unscoped-warning').count()).toBe(0);
    await edit.getByLabel('Each client has its own folder (the folder name is the client)').uncheck();
    await edit.getByLabel('Folder → client (optional)').fill('Internal =');
    // Nothing maps to a client now: the form says what that means before anything is saved.
    await edit.getByTestId('unscoped-warning').waitFor();
    await edit.getByRole('button', { name: 'Save changes' }).click();
    const ask = edit.getByRole('alertdialog', { name: "Show every client's documents to every client?" });
    await ask.waitFor();
    expect((await stored('Client library')).settings).toMatchObject({
      folderNameIsCompany: [{ parent: 'Clients' }],
    });
    await ask.getByRole('button', { name: 'Keep editing' }).click();
    await ask.waitFor({ state: 'hidden' });
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await ask.getByRole('button', { name: 'Save anyway' }).click();
    await edit.waitFor({ state: 'hidden' });
    expect((await stored('Client library')).settings).toMatchObject({
      folderNameIsCompany: [],
      folderCompanies: [{ folder: 'Internal', company: null }],
    });
  });

  it('edits a connector: settings prefilled, no key shown back, an empty key keeps it, a typed one replaces it', async () => {
    const row = page.getByRole('row', { name: /Hudu/ });
    await row.getByRole('button', { name: 'Edit' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit Hudu' });
    expect(await dialog.getByLabel('Name').inputValue()).toBe('Hudu');
    expect(await dialog.getByLabel('Hudu URL').inputValue()).toBe(hudu.url);
    expect(await dialog.getByLabel(/^API key/).inputValue()).toBe('');
    expect(await dialog.getByLabel('Source').isDisabled()).toBe(true);
    expect(await dialog.textContent()).not.toContain(hudu.apiKey);

    // A name another connector has: refused on the Name field, nothing changed.
    await dialog.getByLabel('Name').fill('Client library');
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await dialog.getByText('A knowledge connector named "Client library" already exists.').waitFor();
    expect(await dialog.getByLabel('Name').evaluate((input) => input.getAttribute('aria-invalid'))).toBe(
      'true',
    );

    // A wrong key replaces the stored one: Test says so.
    await dialog.getByLabel('Name').fill('Hudu docs');
    await dialog.getByLabel(/^API key/).fill('definitely-wrong-key');
    await dialog.getByLabel('Schedule').selectOption('1440');
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const renamed = page.getByRole('row', { name: /Hudu docs/ });
    await renamed.getByRole('button', { name: 'Test' }).click();
    await renamed
      .getByTestId('connector-test')
      .getByText(/^Hudu rejected the API key \(401\)/)
      .waitFor();
    expect(await stored('Hudu docs')).toMatchObject({ syncIntervalMinutes: 1440, hasSecret: true });

    // The right key back; then an edit with the key box empty keeps it.
    await renamed.getByRole('button', { name: 'Edit' }).click();
    const again = page.getByRole('dialog', { name: 'Edit Hudu docs' });
    await again.getByLabel(/^API key/).fill(hudu.apiKey);
    await again.getByRole('button', { name: 'Save changes' }).click();
    await again.waitFor({ state: 'hidden' });
    await renamed.getByRole('button', { name: 'Edit' }).click();
    await page.getByRole('dialog', { name: 'Edit Hudu docs' }).getByLabel('Name').fill('Hudu');
    await page
      .getByRole('dialog', { name: 'Edit Hudu docs' })
      .getByRole('button', { name: 'Save changes' })
      .click();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    const back = page.getByRole('row', { name: /Hudu/ });
    await back.getByRole('button', { name: 'Test' }).click();
    expect(await back.getByTestId('connector-test').textContent()).toBe(`Connected to Hudu at ${hudu.url}.`);
  });

  it('IT Glue: a non-numeric asset type is refused on its field, any other server error in the alert; Test names your own organization', async () => {
    const before = (await listed()).length;
    await page.getByRole('button', { name: 'Add connector' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Source').selectOption('itglue');
    await dialog.getByLabel('Name').fill('IT Glue');
    await dialog.getByLabel('Flexible asset type ids').fill('Runbook');
    await dialog.getByLabel('API base URL (optional)').fill(itglue.url);
    await dialog.getByRole('button', { name: 'Add connector' }).click();
    await dialog.getByText('the API key is required').waitFor();
    await dialog.getByLabel(/^API key/).fill(itglue.apiKey);
    await dialog.getByRole('button', { name: 'Add connector' }).click();
    await dialog.getByText('"Runbook": must be a numeric id').waitFor();
    expect(await listed()).toHaveLength(before);

    // An error on a field this form does not show is never swallowed: the alert names it.
    await page.route('**/api/v1/kb/connectors', (route) =>
      route.request().method() === 'POST'
        ? route.fulfill({
            status: 422,
            contentType: 'application/json',
            body: JSON.stringify({
              error: {
                code: 'unprocessable',
                message: 'Invalid itglue settings (settings.pageSize: at most 1000)',
                details: { issues: [{ path: 'settings.pageSize', message: 'at most 1000' }] },
              },
            }),
          })
        : route.fallback(),
    );
    await dialog.getByLabel('Flexible asset type ids').fill('');
    await dialog.getByLabel(/^API key/).fill(itglue.apiKey);
    await dialog.getByRole('button', { name: 'Add connector' }).click();
    await dialog.getByRole('alert').getByText('settings.pageSize: at most 1000').waitFor();
    await page.unroute('**/api/v1/kb/connectors');

    await dialog.getByRole('button', { name: 'Add connector' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const row = page.getByRole('row', { name: /IT Glue/ }).first();
    await row.getByRole('button', { name: 'Test' }).click();
    await row
      .getByTestId('connector-test')
      .getByText('"Contoso MSP" is filed as your own documentation (shown for every client)', {
        exact: false,
      })
      .waitFor();
  });

  it('SharePoint: a site id keeps its commas, a site URL is refused on its line, drives are added and removed by Edit', async () => {
    const siteId = graph.defaultSiteId as string;
    expect(siteId.split(',')).toHaveLength(3);
    const archive = graph.addSite({ name: 'Projects Archive' });
    const archiveDrive = graph.addDrive(archive.id, { name: 'Documents' });
    const before = (await listed()).length;
    await page.getByRole('button', { name: 'Add connector' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Source').selectOption('graph');
    await dialog.getByLabel(/^Name/).fill('Knowledge site');
    await dialog.getByLabel('Directory (tenant) id').fill(graph.credentials.tenantId);
    await dialog.getByLabel('Application (client) id').fill(graph.credentials.clientId);
    await dialog.getByLabel('Site ids').fill(`${siteId}\nhttps://contoso.sharepoint.com/sites/IT`);
    await dialog.getByLabel(/^Client secret/).fill(graph.credentials.clientSecret);
    await dialog.getByRole('button', { name: 'Add connector' }).click();
    await dialog
      .getByText(/^line 2: is a URL, not a site id: the id looks like contoso.sharepoint.com,<guid>,<guid>/)
      .waitFor();
    expect(await listed()).toHaveLength(before);

    await dialog.getByLabel('Site ids').fill(siteId);
    await dialog.getByRole('button', { name: 'Add connector' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect((await stored('Knowledge site')).settings).toMatchObject({ siteIds: [siteId], driveIds: [] });
    // The form has no endpoint fields (Microsoft's are the default): point it at the simulator.
    await patch('Knowledge site', {
      settings: { loginBaseUrl: graph.loginUrl, graphBaseUrl: graph.graphUrl },
    });
    await page.reload();
    const row = page.getByRole('row', { name: /Knowledge site/ });
    await row.getByRole('button', { name: 'Test' }).click();
    expect(await row.getByTestId('connector-test').textContent()).toBe(
      'Connected to Microsoft Graph: 1 document library readable.',
    );

    // Add the archive's library by its drive id.
    await row.getByRole('button', { name: 'Edit' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit Knowledge site' });
    expect(await edit.getByLabel('Site ids').inputValue()).toBe(siteId);
    expect(await edit.getByLabel('Directory (tenant) id').inputValue()).toBe(graph.credentials.tenantId);
    expect(await edit.getByLabel(/^Client secret/).inputValue()).toBe('');
    await edit.getByLabel('Drive ids').fill(archiveDrive.id);
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await edit.waitFor({ state: 'hidden' });
    expect((await stored('Knowledge site')).settings).toMatchObject({
      siteIds: [siteId],
      driveIds: [archiveDrive.id],
      // Settings the form does not show are kept.
      graphBaseUrl: graph.graphUrl,
    });
    await row.getByRole('button', { name: 'Test' }).click();
    expect(await row.getByTestId('connector-test').textContent()).toBe(
      'Connected to Microsoft Graph: 2 document libraries readable.',
    );

    // A drive that does not exist: the 404 names what the admin can check in this form.
    await row.getByRole('button', { name: 'Edit' }).click();
    await edit.getByLabel('Drive ids').fill(`${archiveDrive.id}\nb!nope`);
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await edit.waitFor({ state: 'hidden' });
    await row.getByRole('button', { name: 'Test' }).click();
    const reason = await row.getByTestId('connector-test').textContent();
    expect(reason).toMatch(/^Microsoft Graph answered 404 while reading drive b!nope/);
    expect(reason).toContain("check the connector's site ids (one per line");
    expect(reason).not.toContain('base URL');

    // Removing the drives again leaves the site only.
    await row.getByRole('button', { name: 'Edit' }).click();
    await edit.getByLabel('Drive ids').fill('');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await edit.waitFor({ state: 'hidden' });
    expect((await stored('Knowledge site')).settings).toMatchObject({ siteIds: [siteId], driveIds: [] });
  });

  it('search: the Client box says what is searched without a client, offers the known clients, and flags a near miss', async () => {
    const client = page.getByLabel('Client (optional)');
    await page
      .getByText('Without a client, only your own documentation and general articles are searched', {
        exact: false,
      })
      .waitFor();
    expect(
      await page
        .getByTestId('kb-client-names')
        .locator('option')
        .evaluateAll((options) => options.map((o) => o.getAttribute('value'))),
    ).toContain('Northwind Traders');
    expect(await client.getAttribute('list')).toBe('kb-client-names');

    const ticket = 'Zebra label printer prints blank labels';
    await page.getByLabel('Ticket text').fill(ticket);
    await client.fill('');
    await page.getByRole('button', { name: 'Search' }).click();
    await page
      .getByTestId('kb-no-answer')
      .getByText("A client's own documentation is searched only when you name the client", { exact: false })
      .waitFor();

    await client.fill('Northwind');
    await page.getByRole('button', { name: 'Search' }).click();
    await page
      .getByTestId('kb-unknown-client')
      .getByText('No document is filed under the client "Northwind"', { exact: false })
      .waitFor();
    await page
      .getByTestId('kb-unknown-client')
      .getByText('Did you mean "Northwind Traders"?', { exact: false })
      .waitFor();

    await client.fill('Northwind Traders');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByTestId('kb-results').getByText('Zebra ZD420 prints blank labels').waitFor();
    expect(await page.getByTestId('kb-unknown-client').count()).toBe(0);

    // A ticket only another client's runbook answers: the page asks whether the client is right.
    await page.getByLabel('Ticket text').fill(ticket);
    await client.fill('Fabrikam Dental');
    await page.getByRole('button', { name: 'Search' }).click();
    const misfiled = page.getByTestId('kb-no-answer');
    await misfiled
      .getByText("No answer in Fabrikam Dental's documentation or your own.", { exact: false })
      .waitFor();
    expect(await misfiled.textContent()).toContain('is the client right?');
    expect(await misfiled.textContent()).not.toContain('Northwind');
  });

  async function listed(): Promise<Array<{ id: string; name: string; settings: Record<string, unknown> }>> {
    const res = await page.evaluate(async () => {
      const r = await fetch('/api/v1/kb/connectors', { credentials: 'include' });
      return (await r.json()) as {
        connectors: Array<{ id: string; name: string; settings: Record<string, unknown> }>;
      };
    });
    return res.connectors;
  }

  async function stored(
    name: string,
  ): Promise<Record<string, unknown> & { settings: Record<string, unknown> }> {
    const res = await page.evaluate(async () => {
      const r = await fetch('/api/v1/kb/connectors', { credentials: 'include' });
      return (await r.json()) as {
        connectors: Array<Record<string, unknown> & { name: string; settings: Record<string, unknown> }>;
      };
    });
    const found = res.connectors.find((c) => c.name === name);
    if (!found) throw new Error(`connector ${name} not listed`);
    return found;
  }

  /** The API with the page's own session (what an API client would send). */
  async function patch(name: string, change: unknown): Promise<void> {
    const id = await connectorIdByName(name);
    const csrf = (await context.cookies()).find((c) => c.name === 'rf_csrf')?.value;
    const status = await page.evaluate(
      async ([connectorId, body, csrf]) => {
        const r = await fetch(`/api/v1/kb/connectors/${connectorId}`, {
          method: 'PATCH',
          credentials: 'include',
          headers: {
            'content-type': 'application/json',
            ...(csrf ? { 'x-csrf-token': decodeURIComponent(csrf) } : {}),
          },
          body: JSON.stringify(body),
        });
        return r.status;
      },
      [id, change, csrf] as const,
    );
    expect(status).toBe(200);
  }

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
