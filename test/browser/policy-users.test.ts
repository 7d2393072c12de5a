import type { Browser, BrowserContext, ConsoleMessage, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getUser } from '../../core/users/index.ts';
import type { RunningServer } from '../../server/boot.ts';
import { testDatabase } from '../db.ts';
import { createTestAccount, TEST_PASSWORD, type TestAccount } from '../factories.ts';
import { api, signIn, startTestServer } from '../server.ts';
import { ensureAdminWebBuilt, launchChromium, screenshot, signInThroughPage } from './harness.ts';

const POLICY = '/api/v1/account/session-policy';

/**
 * The owner's settings pages in Chromium against the real server: session-security presets saved
 * and read back after a reload, a refused save shown and nothing changed; role promotion and
 * Disable behind a confirmation, with a status message; a session that is not there; the invite
 * dialog's email messages. Fails on any console error other than the refusals it provokes.
 */
describe('policy, users and not-found pages in Chromium', { timeout: 90_000 }, () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let account: TestAccount;
  let ownerToken: string;
  let viewerId: string;
  let engineerId: string;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    const [, database] = await Promise.all([ensureAdminWebBuilt(), testDatabase()]);
    account = await createTestAccount(database, 'Settings MSP');
    const actor = account.owner.actor;
    const ownerEmail = (
      await getUser({ ctx: account.owner, userId: actor.kind === 'user' ? actor.userId : '' })
    ).email;
    const viewer = await account.member('viewer', { name: 'Victor Viewer' });
    const engineer = await account.member('engineer', { name: 'Evan Engineer' });
    viewerId = viewer.actor.kind === 'user' ? viewer.actor.userId : '';
    engineerId = engineer.actor.kind === 'user' ? engineer.actor.userId : '';
    server = await startTestServer(database);
    ownerToken = await signIn(server, ownerEmail, TEST_PASSWORD);
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1366, height: 800 } });
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
    page.on('console', (msg: ConsoleMessage) => {
      if (msg.type() === 'error') consoleErrors.push(`${msg.text()} @ ${msg.location().url}`);
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));

    await signInThroughPage(page, server.url, ownerEmail, TEST_PASSWORD);
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  const nav = async (label: string, heading: string) => {
    await page.getByRole('navigation').getByRole('link', { name: label, exact: true }).click();
    await page.getByRole('heading', { level: 2, name: heading }).waitFor();
  };
  const policy = async () =>
    (await api(server, POLICY, { token: ownerToken })).body as {
      preset: string;
      idleMinutes: number;
      absoluteMinutes: number;
    };
  /** Picks a preset, saves, waits for "Saved", reloads and checks the page and the server agree. */
  const savePreset = async (label: 'Strict' | 'Standard' | 'Custom', expected: object) => {
    await page.locator('label', { hasText: label }).click();
    const saved = page.waitForResponse((r) => r.url().endsWith(POLICY) && r.request().method() === 'PUT');
    await page.getByRole('button', { name: 'Save policy' }).click();
    expect((await saved).status()).toBe(200);
    await page.getByTestId('policy-saved').getByText(`Saved: ${label}.`).waitFor();
    expect(await policy()).toMatchObject(expected);
    await page.reload();
    await page.getByRole('heading', { name: 'Session security' }).waitFor();
    await expect.poll(() => page.getByRole('radio', { name: label, exact: true }).isChecked()).toBe(true);
  };

  it('saves Custom, then Standard, then Strict, then Custom again, each kept after a reload', async () => {
    await nav('Policy', 'Policy');
    await page.getByRole('heading', { name: 'Session security' }).waitFor();
    await page.locator('label', { hasText: 'Custom' }).click();
    await page.getByLabel('Idle timeout', { exact: true }).fill('2');
    await page.getByLabel('Idle timeout unit').selectOption('hours');
    await page.getByLabel('Absolute lifetime', { exact: true }).fill('1');
    await page.getByLabel('Absolute lifetime unit').selectOption('days');
    await savePreset('Custom', { preset: 'custom', idleMinutes: 120, absoluteMinutes: 1440 });
    expect(await page.getByLabel('Idle timeout', { exact: true }).inputValue()).toBe('2');

    // The presets go as their name alone: the server refuses minutes sent with them.
    const sent = page.waitForRequest((r) => r.url().endsWith(POLICY) && r.method() === 'PUT');
    await savePreset('Standard', { preset: 'standard', idleMinutes: 3 * 1440, absoluteMinutes: 14 * 1440 });
    expect((await sent).postDataJSON()).toEqual({ preset: 'standard' });
    expect(await page.getByLabel('Idle timeout', { exact: true }).inputValue()).toBe('3');
    await savePreset('Strict', { preset: 'strict', idleMinutes: 30, absoluteMinutes: 720 });
    await screenshot(page, 'policy-01-strict-saved');

    await page.locator('label', { hasText: 'Custom' }).click();
    await page.getByLabel('Idle timeout', { exact: true }).fill('4');
    await page.getByLabel('Idle timeout unit').selectOption('hours');
    await page.getByLabel('Absolute lifetime', { exact: true }).fill('2');
    await page.getByLabel('Absolute lifetime unit').selectOption('days');
    await savePreset('Custom', { preset: 'custom', idleMinutes: 240, absoluteMinutes: 2880 });
    expect(consoleErrors).toEqual([]);
  });

  it('shows a refused save in an alert and changes nothing', async () => {
    const before = await policy();
    // A refusal on a field the form has no input for: the old page's request, minutes with a preset.
    await page.route(`**${POLICY}`, async (route) => {
      if (route.request().method() !== 'PUT') return route.continue();
      const body = route.request().postDataJSON() as object;
      await route.continue({ postData: JSON.stringify({ ...body, idleMinutes: 40, absoluteMinutes: 600 }) });
    });
    try {
      await page.locator('label', { hasText: 'Strict' }).click();
      const refused = page.waitForResponse((r) => r.url().endsWith(POLICY) && r.request().method() === 'PUT');
      await page.getByRole('button', { name: 'Save policy' }).click();
      expect((await refused).status()).toBe(422);
      const alert = page.getByTestId('policy-error');
      await alert.getByText('The policy was not saved').waitFor();
      await alert.getByText(/only with the custom preset/).waitFor();
      expect(await page.getByTestId('policy-saved').count()).toBe(0);
      await screenshot(page, 'policy-02-refused');
    } finally {
      await page.unroute(`**${POLICY}`);
    }
    expect(await policy()).toEqual(before);
    await page.reload();
    await page.getByRole('heading', { name: 'Session security' }).waitFor();
    expect(await page.getByLabel('Idle timeout', { exact: true }).inputValue()).toBe('4');
    expect(consoleErrors.filter((e) => !/status of 422/.test(e))).toEqual([]);
    consoleErrors.length = 0;
  });

  const userById = async (id: string) =>
    (await api(server, `/api/v1/users/${id}`, { token: ownerToken })).body as {
      role: string;
      disabled: boolean;
    };

  it('asks before making someone an admin; Cancel changes nothing, confirming saves and says so', async () => {
    await nav('Users', 'Users');
    const row = page.getByTestId(/^user-viewer-/);
    const role = row.getByRole('combobox', { name: 'Role of Victor Viewer' });
    await role.selectOption('admin');
    const dialog = page.getByRole('dialog', { name: 'Give Victor Viewer the Admin role?' });
    await dialog.getByText(/Only the owner manages billing/).waitFor();
    await screenshot(page, 'users-01-confirm-admin');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await role.inputValue()).toBe('viewer');
    expect((await userById(viewerId)).role).toBe('viewer');
    expect(await page.getByTestId('users-status').textContent()).toBe('');

    // The close button is named, and closing there cancels too.
    await role.selectOption('admin');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect((await userById(viewerId)).role).toBe('viewer');

    // A change below admin is saved on the spot, and said.
    await role.selectOption('engineer');
    await page
      .getByTestId('users-status')
      .getByText("Saved: Victor Viewer's role is now Engineer.")
      .waitFor();
    expect((await userById(viewerId)).role).toBe('engineer');

    await role.selectOption('admin');
    await dialog.getByRole('button', { name: 'Make Admin' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByTestId('users-status').getByText("Saved: Victor Viewer's role is now Admin.").waitFor();
    expect(await role.inputValue()).toBe('admin');
    expect((await userById(viewerId)).role).toBe('admin');
  });

  it('asks before disabling someone, labels them Disabled, and enables them again', async () => {
    const row = page.getByTestId(/^user-engineer-/);
    await row.getByRole('button', { name: 'Disable Evan Engineer' }).click();
    const dialog = page.getByRole('dialog', { name: 'Disable Evan Engineer?' });
    await dialog.getByText(/signed out of every browser/).waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect((await userById(engineerId)).disabled).toBe(false);
    expect(await row.getByTestId('user-disabled').count()).toBe(0);

    await row.getByRole('button', { name: 'Disable Evan Engineer' }).click();
    await dialog.getByRole('button', { name: 'Disable Evan Engineer' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page
      .getByTestId('users-status')
      .getByText(/Evan Engineer is disabled and signed out everywhere/)
      .waitFor();
    await row.getByTestId('user-disabled').getByText('Disabled').waitFor();
    expect((await userById(engineerId)).disabled).toBe(true);
    await screenshot(page, 'users-02-disabled');

    // Enabling needs no confirmation.
    await row.getByRole('button', { name: 'Enable Evan Engineer' }).click();
    await page
      .getByTestId('users-status')
      .getByText('Evan Engineer is enabled again and can sign in.')
      .waitFor();
    await expect.poll(() => row.getByTestId('user-disabled').count()).toBe(0);
    expect((await userById(engineerId)).disabled).toBe(false);
    expect(consoleErrors).toEqual([]);
  });

  it('says why Send is disabled and that a malformed email is not valid; the close button is named', async () => {
    await page.getByRole('button', { name: 'Invite user' }).click();
    const dialog = page.getByRole('dialog', { name: 'Invite a user' });
    const send = dialog.getByRole('button', { name: 'Send invite' });
    await dialog.getByText('Enter their email address to send the invite.').waitFor();
    expect(await send.isDisabled()).toBe(true);
    expect(await send.getAttribute('aria-describedby')).toBe('invite-send-hint');
    await dialog.getByLabel('Email').fill('not-an-email');
    await dialog.getByText('This is not a valid email address').waitFor();
    expect(await dialog.getByTestId('invite-send-hint').count()).toBe(0);
    expect(await send.isDisabled()).toBe(true);
    await screenshot(page, 'users-03-invite-bad-email');
    await dialog.getByLabel('Email').fill('jo@client.example');
    await expect.poll(() => dialog.getByText('This is not a valid email address').count()).toBe(0);
    expect(await send.isDisabled()).toBe(false);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(consoleErrors).toEqual([]);
  });

  it('says a session that is not there was not found, with a way back to Sessions', async () => {
    await page.goto(`${server.url}/sessions/00000000-0000-0000-0000-000000000000`);
    const alert = page.getByRole('alert').filter({ hasText: 'Session not found' });
    await alert.getByText(/no session with this id in this account/).waitFor();
    expect(await alert.getByRole('button', { name: 'Try again' }).count()).toBe(0);
    expect(await page.getByText('not available on this server').count()).toBe(0);
    await screenshot(page, 'session-not-found');
    await alert.getByRole('link', { name: '← All sessions' }).click();
    await page.getByRole('heading', { level: 2, name: 'Sessions' }).waitFor();
    // The 404s of the session and its transcript are the only console errors.
    expect(consoleErrors.filter((e) => !/status of 404/.test(e))).toEqual([]);
  });
});
