import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, ConsoleMessage, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAnswerFeedback } from '../../core/feedback/index.ts';
import { seedDemoArticles } from '../../core/kb/demo/seed-demo-articles.ts';
import type { TenantContext } from '../../core/shared/context.ts';
import { getUser } from '../../core/users/index.ts';
import type { RunningServer } from '../../server/boot.ts';
import { testDatabase } from '../db.ts';
import { createTestAccount, TEST_PASSWORD, type TestAccount } from '../factories.ts';
import { startTestServer } from '../server.ts';
import { ensureAdminWebBuilt, launchChromium, screenshot } from './harness.ts';

const COMMENT = 'Pointed at the wrong article';
/** CI shares two cores with other suites: wait for the server's answer, not a fixed second. */
const SLOW = { timeout: 15_000 };

/**
 * Answer feedback in Chromium (issue #17): thumbs under Try the bot's answers, the ratings and
 * sources on the session detail, and the helpful-answer rate and export on Insights.
 */
describe('answer feedback in Chromium', { timeout: 90_000 }, () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let account: TestAccount;
  let engineer: TenantContext;
  let ownerEmail = '';
  let sessionId = '';
  const errors: string[] = [];

  beforeAll(async () => {
    const [, database] = await Promise.all([ensureAdminWebBuilt(), testDatabase()]);
    account = await createTestAccount(database, 'Feedback Browser MSP');
    // Answers cite the account's own index: give it the built-in demo articles.
    await seedDemoArticles(account.owner);
    engineer = await account.member('engineer', { name: 'Erin Engineer' });
    const actor = account.owner.actor;
    ownerEmail = (await getUser({ ctx: account.owner, userId: actor.kind === 'user' ? actor.userId : '' }))
      .email;
    server = await startTestServer(database);
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  const thumbs = () => page.getByTestId('answer-feedback').first();
  const state = () => thumbs().getByTestId('feedback-state');

  it('rates a Try the bot answer, waiting for the server before the next press', async () => {
    await page.goto(`${server.url}/sign-in`);
    await page.getByLabel('Email').fill(ownerEmail);
    await page.getByLabel(/^Password/).fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 2, name: 'Sessions' }).waitFor();
    page.on('console', (m: ConsoleMessage) => {
      if (m.type() === 'error') errors.push(`${page.url()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));

    await page.getByRole('navigation').getByRole('link', { name: 'Try the bot', exact: true }).click();
    await page
      .getByLabel('Describe the problem')
      .fill('Outlook keeps saying Trying to connect after a password change');
    await page.getByRole('button', { name: 'Send' }).click();
    await thumbs().waitFor();
    sessionId = new URL(page.url()).searchParams.get('session') ?? '';
    expect(sessionId).not.toBe('');

    // Hold the first vote at the network so the pending state can be seen, then let it through.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/feedback', async (route) => {
      await held;
      await route.continue();
    });
    const up = thumbs().getByRole('button', { name: '👍 Helpful' });
    const down = thumbs().getByRole('button', { name: '👎 Not helpful' });
    await up.click();
    await expect.poll(() => up.isDisabled(), SLOW).toBe(true);
    expect(await down.isDisabled()).toBe(true);
    release();
    await expect.poll(() => state().textContent(), SLOW).toBe('Recorded: helpful');
    await page.unroute('**/feedback');
    expect(await up.getAttribute('aria-pressed')).toBe('true');
    expect(await down.isDisabled()).toBe(false);

    await down.click();
    await expect.poll(() => state().textContent(), SLOW).toBe('Recorded: not helpful');
    await thumbs().getByLabel('Comment on this answer (optional)').fill(COMMENT);
    await thumbs().getByRole('button', { name: 'Send comment' }).click();
    await expect.poll(() => state().textContent(), SLOW).toBe(`Recorded: not helpful · “${COMMENT}”`);
    await screenshot(page, 'feedback-01-try-the-bot');

    // A reload resumes the conversation with the vote as recorded.
    await page.reload();
    await expect.poll(() => state().textContent(), SLOW).toBe(`Recorded: not helpful · “${COMMENT}”`);
    expect(await thumbs().getByRole('button', { name: '👎 Not helpful' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(errors).toEqual([]);
  });

  it('shows each answer’s sources and ratings on the session detail', async () => {
    // A second person rates the same answer from Slack, through the verb the Slack button calls.
    const transcript = await page.evaluate(async (id) => {
      const res = await fetch(`/api/v1/sessions/${id}/transcript`, { credentials: 'include' });
      return (await res.json()) as { turns: Array<{ id: string; role: string }> };
    }, sessionId);
    const answer = transcript.turns.find((t) => t.role === 'assistant');
    await recordAnswerFeedback({
      ctx: engineer,
      input: { turnId: answer?.id, rating: 'helpful', surface: 'slack' },
    });

    await page.goto(`${server.url}/sessions/${sessionId}`);
    const turn = page.locator('li[data-role="assistant"]').first();
    await turn.getByTestId('answer-sources').waitFor();
    expect(await turn.getByTestId('answer-sources').locator('li').count()).toBeGreaterThan(0);
    const ratings = turn.getByTestId('answer-rating');
    await expect.poll(() => ratings.count(), SLOW).toBe(2);
    const texts = await ratings.allTextContents();
    expect(texts).toContainEqual(
      expect.stringMatching(new RegExp(`Not helpful.*Owner .* · Try the bot · “${COMMENT}”`)),
    );
    expect(texts).toContainEqual(expect.stringMatching(/Helpful.*Erin Engineer · Slack$/));
    await screenshot(page, 'feedback-02-session-detail');
    expect(errors).toEqual([]);
  });

  it('counts the helpful-answer rate on Insights and exports the feedback', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Insights', exact: true }).click();
    const byEngine = page.locator('section[data-chart="Helpful answers by engine"]');
    await expect
      .poll(() => byEngine.locator('[data-headline]').textContent(), SLOW)
      .toBe('Helpful 50% of 2 rated answers');
    const byArticle = page.locator('section[data-chart="Helpful answers by article"]');
    const rows = byArticle.locator('tbody tr');
    await expect.poll(() => rows.count(), SLOW).toBeGreaterThan(0);
    expect(await rows.first().locator('td').nth(1).textContent()).toBe('2');
    expect(await rows.first().locator('td').nth(2).textContent()).toBe('50%');
    await screenshot(page, 'feedback-03-insights');

    const exporter = page.getByRole('region', { name: 'Export feedback' });
    await exporter.getByLabel('Format').click();
    await page.getByRole('option', { name: 'CSV' }).click();
    await expect
      .poll(() => exporter.getByRole('link', { name: 'Export feedback' }).getAttribute('href'), SLOW)
      .toMatch(/format=csv/);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      exporter.getByRole('link', { name: 'Export feedback' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^answer-feedback-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv$/,
    );
    const lines = (await readFile(await download.path(), 'utf8')).trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^feedbackId,ratedAt,updatedAt,rating,comment,surface,ratedBy,/);
    expect(lines).toHaveLength(3);
    expect(lines.join('\n')).toContain(COMMENT);
    expect(errors).toEqual([]);
  });
});
