import type { Browser, BrowserContext, ConsoleMessage, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccountWithOwner } from '../../core/accounts/index.ts';
import type { Database } from '../../core/db/client.ts';
import { isUniqueViolation } from '../../core/db/errors.ts';
import { DEMO_PASSWORD, DEMO_PEOPLE } from '../../core/demo/seed-demo.ts';
import { getUser } from '../../core/users/index.ts';
import type { RunningServer } from '../../server/boot.ts';
import { testDatabase } from '../db.ts';
import { createTestAccount, TEST_PASSWORD, type TestAccount } from '../factories.ts';
import { api, signIn, startTestServer } from '../server.ts';
import { ensureAdminWebBuilt, launchChromium, screenshot } from './harness.ts';

const NEW_EMAIL = `invited-${Date.now()}@test.example`;
const NEW_PASSWORD = 'a-brand-new-password';
const DEMO_OWNER = DEMO_PEOPLE[0]?.email ?? '';

/** The demo owner, so the development sign-in page has demo people to list on any database. */
async function ensureDemoOwner(database: Database): Promise<void> {
  try {
    await createAccountWithOwner(database, {
      name: 'Contoso MSP',
      owner: { email: DEMO_OWNER, name: 'Olivia Owner', password: DEMO_PASSWORD },
    });
  } catch (error) {
    // Already there: seeded by `npm start`-like boot or another suite on the same server.
    if (!isUniqueViolation(error, 'users_email_unique')) throw error;
  }
}

/**
 * Invites end to end in Chromium: an owner invites, copies the link from the Users page (no SMTP,
 * as in development), and a signed-out browser accepts it and lands signed in as the new user.
 * Then Active sessions lists each browser and signs out exactly one. On every page the test
 * collects console errors and uncaught exceptions and expects none, and looks for a block element
 * inside a paragraph (React's validateDOMNesting complaint, which the production bundle does not log).
 */
describe('invites and signed-in browsers in Chromium', { timeout: 90_000 }, () => {
  let server: RunningServer;
  let browser: Browser;
  let owner: BrowserContext;
  let page: Page;
  let account: TestAccount;
  let ownerEmail: string;
  let link = '';
  const errors: string[] = [];

  const watch = (p: Page) => {
    p.on('console', (m: ConsoleMessage) => {
      if (m.type() === 'error') errors.push(`${p.url()}: ${m.text()}`);
    });
    p.on('pageerror', (e) => errors.push(`${p.url()}: ${e.message}`));
  };
  /** Asserts the page so far logged no error and has no <div> (or other block) inside a <p>. */
  const clean = async (p: Page) => {
    expect(errors).toEqual([]);
    expect(await p.locator('p div, p p, p table, p ul').count()).toBe(0);
  };

  beforeAll(async () => {
    const [, database] = await Promise.all([ensureAdminWebBuilt(), testDatabase()]);
    await ensureDemoOwner(database);
    account = await createTestAccount(database, 'Invite MSP');
    const actor = account.owner.actor;
    ownerEmail = (await getUser({ ctx: account.owner, userId: actor.kind === 'user' ? actor.userId : '' }))
      .email;
    // No SMTP_URL: invite links are shown to admins to copy, as in development.
    server = await startTestServer(database, { SEED_DEMO: 'true' });
    browser = await launchChromium();
    owner = await browser.newContext({ viewport: { width: 1366, height: 800 } });
    await owner.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    page = await owner.newPage();
    page.setDefaultTimeout(10_000);
    watch(page);
  }, 120_000);

  afterAll(async () => {
    await owner?.close();
    await browser?.close();
    await server?.stop();
  });

  const nav = async (p: Page, label: string, heading: string) => {
    await p.getByRole('navigation').getByRole('link', { name: label, exact: true }).click();
    await p.getByRole('heading', { level: 2, name: heading }).waitFor();
  };

  it('lists the demo people on the sign-in page in development, with the favicon served', async () => {
    await page.goto(`${server.url}/sign-in`);
    await page.getByRole('heading', { name: 'Sign in to ResolutionFlow' }).waitFor();
    const demo = page.getByTestId('demo-users');
    await demo.getByText(DEMO_PASSWORD).waitFor();
    for (const person of DEMO_PEOPLE) await demo.getByText(person.email).waitFor();
    // One click fills the form with that person and the demo password.
    await demo.getByRole('button', { name: new RegExp(DEMO_OWNER) }).click();
    expect(await page.getByLabel('Email').inputValue()).toBe(DEMO_OWNER);
    expect(await page.getByLabel(/^Password/).inputValue()).toBe(DEMO_PASSWORD);
    const icon = await page.request.get(`${server.url}/favicon.svg`);
    expect(icon.status()).toBe(200);
    expect(icon.headers()['content-type']).toMatch(/svg/);
    await screenshot(page, 'invite-01-sign-in-demo-users');
    await clean(page);
  });

  it('invites a user and copies the link from the Users page', async () => {
    await page.getByLabel('Email').fill(ownerEmail);
    await page.getByLabel(/^Password/).fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 2, name: 'Sessions' }).waitFor();
    await nav(page, 'Users', 'Users');
    await page.getByRole('button', { name: 'Invite user' }).click();
    const dialog = page.getByRole('dialog', { name: 'Invite a user' });
    await dialog.getByLabel('Email').fill(NEW_EMAIL);
    await dialog.getByLabel('Role').selectOption('engineer');
    // A double click sends one invite: a second one would replace the first link unannounced.
    const invites: string[] = [];
    const count = (r: { method(): string; url(): string }) => {
      if (r.method() === 'POST' && r.url().endsWith('/api/v1/users/invites')) invites.push(r.url());
    };
    page.on('request', count);
    await dialog.getByRole('button', { name: 'Send invite' }).dblclick();
    await dialog.waitFor({ state: 'hidden' });
    page.off('request', count);
    expect(invites).toHaveLength(1);
    await page
      .getByTestId('invite-sent')
      .getByText(/nothing was emailed/)
      .waitFor();

    const row = page.getByTestId('pending-invite').filter({ hasText: NEW_EMAIL });
    const shown = await row.getByLabel(`Invite link for ${NEW_EMAIL}`).inputValue();
    expect(shown).toMatch(new RegExp(`^${server.url}/accept-invite\\?token=[A-Za-z0-9_%-]{40,}$`));
    await row.getByRole('button', { name: 'Copy link' }).click();
    await row.getByRole('button', { name: 'Copied' }).waitFor();
    link = String(await page.evaluate('navigator.clipboard.readText()'));
    expect(link).toBe(shown);
    await screenshot(page, 'invite-02-users-copy-link');
    await clean(page);
  });

  it('accepts the invite signed out, sets a password, and lands signed in as the new user', async () => {
    const invitee = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const p = await invitee.newPage();
      p.setDefaultTimeout(10_000);
      watch(p);
      await p.goto(link);
      await p.getByRole('heading', { name: `Join ${await accountName()}` }).waitFor();
      await p.getByText(NEW_EMAIL).first().waitFor();
      await p.getByLabel('Your name').fill('Nova Newcomer');
      await p.getByLabel(/^Password/).fill('short');
      await p.getByText('Use at least 10 characters.').waitFor();
      expect(await p.getByRole('button', { name: 'Create my user and sign in' }).isDisabled()).toBe(true);
      await p.getByLabel(/^Password/).fill(NEW_PASSWORD);
      await p.getByLabel(/^Confirm password/).fill(NEW_PASSWORD);
      await screenshot(p, 'invite-03-accept-invite');
      await p.getByRole('button', { name: 'Create my user and sign in' }).click();
      await p.getByRole('heading', { level: 2, name: 'Sessions' }).waitFor();
      expect(await p.getByTestId('signed-in-as').textContent()).toMatch(
        /Nova Newcomer · (Engineer|engineer)/,
      );
      await screenshot(p, 'invite-04-signed-in-as-new-user');
      await clean(p);

      // The same link again (another browser, signed out) says it was already accepted.
      const again = await browser.newContext();
      const q = await again.newPage();
      await q.goto(link);
      await q.getByRole('heading', { name: 'This invitation was already accepted' }).waitFor();
      await screenshot(q, 'invite-05-link-already-used');
      await again.close();
    } finally {
      await invitee.close();
    }
    // The password chosen on the page is the new user's password.
    await signIn(server, NEW_EMAIL, NEW_PASSWORD);
  });

  it('lists each signed-in browser on Active sessions and signs out just the chosen one', async () => {
    const scriptToken = await signIn(server, NEW_EMAIL, NEW_PASSWORD);
    await nav(page, 'Active sessions', 'Active sessions');
    const rows = page.getByTestId('browser-session-row');
    const mine = rows.filter({ hasText: 'this browser' });
    await mine.waitFor();
    expect(await mine.textContent()).toMatch(/Chrome \d+ on Linux/);
    expect(await mine.textContent()).toMatch(/127\.0\.0\.1|::1/);
    const script = rows.filter({ hasText: NEW_EMAIL }).filter({ hasText: 'API client (Node.js)' });
    await script.first().waitFor();
    await screenshot(page, 'invite-06-active-sessions-browsers');
    const before = await rows.filter({ hasText: NEW_EMAIL }).count();

    await script
      .first()
      .getByRole('button', { name: /Sign out Nova Newcomer on API client/ })
      .click();
    await expect.poll(() => rows.filter({ hasText: NEW_EMAIL }).count()).toBe(before - 1);
    expect((await api(server, '/api/v1/auth/session', { token: scriptToken })).status).toBe(401);
    // This browser is still signed in.
    await nav(page, 'Users', 'Users');
    await clean(page);
  });

  async function accountName(): Promise<string> {
    const res = await api(server, '/api/v1/account', {
      token: await signIn(server, ownerEmail, TEST_PASSWORD),
    });
    return String(res.body.name);
  }
});
