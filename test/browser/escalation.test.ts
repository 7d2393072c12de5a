import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimEscalation } from '../../core/escalations/index.ts';
import { seedDemoArticles } from '../../core/kb/demo/seed-demo-articles.ts';
import { listSessions } from '../../core/sessions/index.ts';
import type { TenantContext } from '../../core/shared/context.ts';
import type { RunningServer } from '../../server/boot.ts';
import { testDatabase } from '../db.ts';
import { createTestAccount, TEST_PASSWORD } from '../factories.ts';
import { startTestServer } from '../server.ts';
import { ensureAdminWebBuilt, launchChromium, screenshot } from './harness.ts';

/** Internal status codes that must never reach a person. */
const INTERNAL_WORDS = /escalated[_ ]local|resolved[_ ]local/i;

/**
 * Try the bot at a common laptop width (1280 px): the fix card's buttons all visible, a note
 * preview you can read, edit and cancel, and an escalation that says where it went and how it
 * carries on — pressed through the real Adaptive Card, as a person would.
 */
describe('admin web: escalating in Try the bot, in Chromium at 1280 px', { timeout: 90_000 }, () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let peer: TenantContext;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    const [, database] = await Promise.all([ensureAdminWebBuilt(), testDatabase()]);
    const account = await createTestAccount(database, 'Escalation MSP');
    // The assistant's answers come from the account's own index: give it the built-in demo articles.
    await seedDemoArticles(account.owner);
    const engineer = await account.member('engineer', { name: 'Erin Engineer' });
    peer = await account.member('engineer', { name: 'Pat Peer' });
    server = await startTestServer(database);
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    await page.goto(`${server.url}/try`);
    await page.getByLabel('Email').fill(engineer.email);
    await page.getByLabel(/^Password/).fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 2, name: 'Try the bot' }).waitFor();
    // From here on: errors of this page's own doing (signing in answers 401 before it is done).
    consoleErrors.length = 0;
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  const card = () => page.getByTestId('adaptive-card');
  const press = async (name: string) => {
    const done = page.waitForResponse((r) => r.url().includes('/actions') && r.request().method() === 'POST');
    await card().getByRole('button', { name, exact: true }).click();
    expect((await done).status()).toBe(200);
  };
  /** Fully inside the card and the window: not clipped by the card's edge or off-screen. */
  async function expectFullyVisible(button: Locator) {
    const [box, cardBox] = [await button.boundingBox(), await card().boundingBox()];
    expect(box && cardBox).toBeTruthy();
    if (!box || !cardBox) return;
    expect(box.x).toBeGreaterThanOrEqual(cardBox.x);
    expect(box.x + box.width).toBeLessThanOrEqual(cardBox.x + cardBox.width);
    expect(box.x + box.width).toBeLessThanOrEqual(1280);
    expect(await button.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
  }

  it('shows every fix button, including Dismiss, inside the card', async () => {
    await page
      .getByLabel('Describe the problem')
      .fill('Outlook keeps saying Trying to connect after a password change');
    await page.getByRole('button', { name: 'Send' }).click();
    await card().getByRole('button', { name: 'Apply', exact: true }).waitFor();
    for (const name of ['Apply', 'It worked', "Didn't work", 'Partly', 'Dismiss']) {
      await expectFullyVisible(card().getByRole('button', { name, exact: true }));
    }
    await screenshot(page, 'escalation-01-fix-card-1280');
  });

  it('previews the escalation in roomy text boxes, and Cancel goes back without posting', async () => {
    await press('Escalate');
    await card().getByRole('button', { name: 'Confirm & escalate' }).waitFor();
    const boxes = card().locator('textarea');
    expect(await boxes.count()).toBeGreaterThan(1);
    // At least five lines of text visible in each section, not two.
    const rows = await boxes.evaluateAll((els) => {
      // Runs in the page (this tsconfig has no DOM library).
      const view = globalThis as unknown as { getComputedStyle(e: unknown): { lineHeight: string } };
      return els.map(
        (el) => el.clientHeight / Number.parseFloat(view.getComputedStyle(el).lineHeight || '20'),
      );
    });
    for (const r of rows) expect(r).toBeGreaterThanOrEqual(5);
    await expectFullyVisible(card().getByRole('button', { name: 'Cancel', exact: true }));
    await screenshot(page, 'escalation-02-preview');
    await press('Cancel');
    await card().getByRole('button', { name: 'It worked', exact: true }).waitFor();
    expect(await page.getByTestId('session-escalated').count()).toBe(0);
  });

  it('after Confirm & escalate, says where it went and offers only Claim and Refresh', async () => {
    await press('Escalate');
    await press('Confirm & escalate');
    await page.getByTestId('session-escalated').waitFor();
    const text = ((await card().textContent()) ?? '').replace(/\s+/g, ' ');
    expect(text).toContain('Kept here: Try the bot posts to no chat channel');
    expect(text).toContain('Waiting for an engineer to claim it');
    const buttons = await card().getByRole('button').allInnerTexts();
    expect(buttons.map((b) => b.trim())).toEqual(['Claim and carry on', 'Refresh']);
    expect(await page.getByText('This problem is resolved').count()).toBe(0);
    expect(await page.getByLabel('Message').count()).toBe(0);
    expect((await page.locator('body').textContent()) ?? '').not.toMatch(INTERNAL_WORDS);
    await screenshot(page, 'escalation-03-escalated');
  });

  it("refuses the escalator's own claim; once a peer claims, the buttons and the chat come back, and it resolves", async () => {
    await press('Claim and carry on');
    await card().getByText('You escalated this one; another engineer needs to claim it.').waitFor();
    expect(await card().getByRole('button', { name: 'It worked', exact: true }).count()).toBe(0);
    // Another engineer claims it (from chat or the technician channel); Refresh here shows it.
    const { sessions } = await listSessions({ ctx: peer, input: {} });
    const escalated = sessions.find((s) => s.status === 'escalated_local');
    await claimEscalation({ ctx: peer, sessionId: escalated?.id });
    await press('Refresh');
    await card().getByRole('button', { name: 'It worked', exact: true }).waitFor();
    expect(((await card().textContent()) ?? '').replace(/\s+/g, ' ')).toContain('Claimed by Pat Peer');
    await page.getByLabel('Message').waitFor();
    expect(await card().getByRole('button', { name: 'Escalate', exact: true }).count()).toBe(0);
    await screenshot(page, 'escalation-04-claimed');
    await press('It worked');
    await press('Preview resolution note');
    await press('Confirm & post');
    await page.getByTestId('session-closed').waitFor();
    expect((await page.locator('body').textContent()) ?? '').not.toMatch(INTERNAL_WORDS);
    // The session's page tells its story in order, and names the claimer, not the opener, as owner.
    await page.goto(`${server.url}/sessions/${escalated?.id}`);
    const historyLine = page.getByTestId('session-history').filter({ hasText: 'owner: Pat Peer' });
    await historyLine.waitFor();
    const history = (await historyLine.textContent()) ?? '';
    expect(history).toMatch(/opened .+, escalated .+, claimed by Pat Peer .+, resolved .+ · owner: Pat Peer/);
    // Times say their zone: engineers in several offices read the same page.
    expect(history).toMatch(/\d:\d\d\s[AP]M\s(UTC|GMT[+-]\d+|[A-Z]{3,5})\b/);
    expect(consoleErrors).toEqual([]);
  });
});
