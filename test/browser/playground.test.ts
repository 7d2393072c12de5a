import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/boot.ts';
import {
  linkPlaygroundTenant,
  PLAYGROUND_CONFIG,
  playgroundTenantId,
  type RunningPlayground,
  startPlayground,
} from '../../server/playground.ts';
import { testDatabase } from '../db.ts';
import { createTestAccount, TEST_PASSWORD } from '../factories.ts';
import { startTestServer } from '../server.ts';
import { launchChromium, screenshot } from './harness.ts';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

/**
 * `npm run playground` in real Chromium: Microsoft's own local Teams client (the Agents Playground
 * package, not our simulator) talks to our /api/messages. The committed config is used with this
 * test's own tenant and engineer, so the suite never depends on the demo seed.
 */
describe('Teams in the Microsoft 365 Agents Playground', { timeout: 120_000 }, () => {
  let server: RunningServer;
  let playground: RunningPlayground;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    const database = await testDatabase();
    const account = await createTestAccount(database, 'Playground MSP');
    const engineer = await account.member('engineer', { name: 'Evan Engineer' });
    const admin = await account.member('admin');
    server = await startTestServer(database);

    const tenantId = randomUUID();
    const config = readFileSync(PLAYGROUND_CONFIG, 'utf8')
      .replace(playgroundTenantId(), tenantId)
      .replaceAll('engineer@contoso-msp.example', engineer.email);
    const configPath = join(mkdtempSync(join(tmpdir(), 'rf-playground-')), 'm365agentsplayground.yml');
    writeFileSync(configPath, config);
    await linkPlaygroundTenant(server.url, { email: admin.email, password: TEST_PASSWORD }, tenantId);

    playground = await startPlayground({ serverUrl: server.url, port: await freePort(), configPath });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.setDefaultTimeout(20_000);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await playground?.stop();
    await server?.stop();
  });

  it('a message opens a session card, and pressing its button replaces it with our answer card', async () => {
    await page.goto(playground.url);
    await page.getByText('Personal Chat').first().waitFor();
    const compose = page.getByRole('textbox');
    await compose.click();
    await page.keyboard.type('Shared printer on 2nd floor shows offline for everyone');
    await page.keyboard.press('Enter');

    // The session card our Teams adapter sends, rendered by the Playground's Adaptive Cards renderer.
    const card = page.locator('.ac-adaptiveCard').filter({ hasText: 'Open questions and checks' }).first();
    await card.waitFor();
    expect(await card.textContent()).toContain('Shared printer on 2nd floor shows offline for everyone');
    await screenshot(page, 'playground-session-card');

    // Action.Execute goes to our adaptiveCard/action handler; the note preview is its answer.
    await card.getByRole('button', { name: 'Preview resolution note' }).click();
    // Teams replaces the card in place with the invoke's answer: the editable note preview.
    const preview = page
      .locator('.ac-adaptiveCard')
      .filter({ hasText: /Resolution note/ })
      .first();
    await preview.getByRole('button', { name: 'Confirm & post' }).waitFor();
    expect(await preview.textContent()).toContain('Shared printer on 2nd floor shows offline for everyone');
    await screenshot(page, 'playground-after-button');
    // The Playground flags features it does not support; our card must use none of them.
    expect(await page.getByText(/not supported in/i).count()).toBe(0);
  });
});
