import type { Browser, BrowserContext, ConsoleMessage, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { proposeFix } from '../../core/fixes/index.ts';
import { getScript, listScriptDrafts } from '../../core/scripts/index.ts';
import { getSession, getTranscript } from '../../core/sessions/index.ts';
import { withSessionWrite } from '../../core/sessions/session-write.ts';
import type { TenantContext } from '../../core/shared/context.ts';
import type { RunningServer } from '../../server/boot.ts';
import { testDatabase } from '../db.ts';
import { createTestAccount, TEST_PASSWORD, type TestAccount } from '../factories.ts';
import { startTestServer } from '../server.ts';
import { ensureAdminWebBuilt, launchChromium, screenshot } from './harness.ts';

const FIX_SCRIPT =
  'Invoke-Command -ComputerName FAB-WS-023 -ScriptBlock {\n  Stop-Service Spooler -Force\n  Start-Service Spooler\n}';
/** CI shares two cores with other suites: wait for the server's answer, not a fixed second. */
const SLOW = { timeout: 15_000 };

/**
 * Try the bot offers a resolved session's script drafts for review, as Slack and Teams do after
 * Confirm & post: Accept… (with edits, in the Scripts builder), Reject, Don't ask again.
 */
describe('Try the bot: script draft review after resolve, in Chromium', { timeout: 120_000 }, () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let account: TestAccount;
  const errors: string[] = [];

  beforeAll(async () => {
    const [, database] = await Promise.all([ensureAdminWebBuilt(), testDatabase()]);
    account = await createTestAccount(database, 'Script Review Browser MSP');
    server = await startTestServer(database);
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  /** A fresh browser signed in as a new engineer (a "don't ask again" stays with its person). */
  async function signedInEngineer(name: string): Promise<TenantContext> {
    await context?.close();
    const engineer = await account.member('engineer', { name });
    context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    page.on('console', (m: ConsoleMessage) => {
      if (m.type() === 'error') errors.push(`${page.url()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
    await page.goto(`${server.url}/sign-in`);
    await page.getByLabel('Email').fill(engineer.email);
    await page.getByLabel(/^Password/).fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 2, name: 'Sessions' }).waitFor();
    return engineer;
  }

  const card = () => page.getByTestId('adaptive-card');
  const offer = () => page.getByTestId('script-draft-offer');

  async function press(name: string) {
    const done = page.waitForResponse((r) => r.url().includes('/actions') && r.request().method() === 'POST');
    await card().getByRole('button', { name, exact: true }).click();
    expect((await done).status()).toBe(200);
  }

  /**
   * In Try the bot: describe a problem, get a fix that carries a script (proposed as the assistant
   * would), keep it with "Run now, templatize later", then resolve with Confirm & post.
   */
  async function resolveWithScriptDraft(ctx: TenantContext, problem: string): Promise<string> {
    await page.goto(`${server.url}/try`);
    await page.getByLabel('Describe the problem').fill(problem);
    await page.getByRole('button', { name: 'Send' }).click();
    await expect.poll(() => page.locator('[data-role="assistant"]').count(), SLOW).toBe(1);
    const sessionId = new URL(page.url()).searchParams.get('session') ?? '';
    expect(sessionId).not.toBe('');
    await eventuallyTrue(async () =>
      (await getTranscript({ ctx, sessionId })).some((t) => t.role === 'assistant'),
    );
    await withSessionWrite(ctx, sessionId, async ({ tx, changed }) => {
      const proposal = {
        title: 'Restart the print spooler',
        steps: ['Run the script against the PC'],
        script: FIX_SCRIPT,
        scriptLanguage: 'powershell',
        confidence: 75,
      };
      if ((await proposeFix(tx, ctx, sessionId, proposal)).changed) changed();
    });
    await press('Refresh');
    await press('Run now, templatize later');
    await press('Preview resolution note');
    await card().getByRole('button', { name: 'Confirm & post' }).waitFor();
    await press('Confirm & post');
    await page.getByTestId('session-closed').waitFor();
    return sessionId;
  }

  async function draftOf(ctx: TenantContext, sessionId: string) {
    const drafts = await listScriptDrafts({ ctx, input: { status: 'all' } });
    const draft = drafts.find((d) => d.sessionId === sessionId);
    if (!draft) throw new Error('no draft for the session');
    return draft;
  }

  it('offers the draft once resolved; Reject keeps every choice disabled until the server answers', async () => {
    const erin = await signedInEngineer('Erin Engineer');
    const sessionId = await resolveWithScriptDraft(erin, 'Print queue stuck on FAB-WS-023, nothing prints');
    expect((await getSession({ ctx: erin, sessionId })).status).toBe('resolved_local');
    await offer().waitFor();
    expect(await offer().getByLabel('Draft script').textContent()).toContain('Stop-Service Spooler');
    const accept = offer().getByRole('link', { name: 'Accept… (with edits)' });
    const reject = offer().getByRole('button', { name: 'Reject' });
    const never = offer().getByRole('button', { name: "Don't ask again" });
    await screenshot(page, 'try-bot-script-review-01-offer');

    // Hold the decision at the network so the pending state can be seen, then let it through.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/review', async (route) => {
      await held;
      await route.continue();
    });
    await reject.click();
    await expect.poll(() => reject.isDisabled(), SLOW).toBe(true);
    expect(await never.isDisabled()).toBe(true);
    expect(await accept.getAttribute('data-disabled')).toBe('true');
    expect((await draftOf(erin, sessionId)).status).toBe('pending');
    release();
    await expect
      .poll(() => offer().getByTestId('script-draft-decided').textContent(), SLOW)
      .toBe('🗑️ Rejected: it will not be offered again.');
    await page.unroute('**/review');
    expect(await offer().getByRole('button').count()).toBe(0);
    expect((await draftOf(erin, sessionId)).status).toBe('rejected');

    // A reload shows the resolved session without offering the decided draft again.
    const offers = page.waitForResponse((r) => r.url().endsWith(`/sessions/${sessionId}/script-drafts`));
    await page.reload();
    expect(await (await offers).json()).toEqual({ drafts: [] });
    await page.getByTestId('session-closed').waitFor();
    expect(await offer().count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('Accept… opens the draft in the Scripts builder, where an edited name is published', async () => {
    const erin = await signedInEngineer('Eli Engineer');
    const sessionId = await resolveWithScriptDraft(erin, 'Spooler keeps stopping on FAB-WS-023');
    await offer().getByRole('link', { name: 'Accept… (with edits)' }).click();
    await page.getByText('Review a draft from a fix').waitFor();
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Restart the spooler on a PC');
    await page.getByRole('button', { name: 'Accept as template' }).click();
    await expect.poll(async () => (await draftOf(erin, sessionId)).status, SLOW).toBe('accepted');
    const draft = await draftOf(erin, sessionId);
    const script = await getScript({ ctx: erin, scriptId: draft.templateId ?? '' });
    expect(script.name).toBe('Restart the spooler on a PC');
    expect(errors).toEqual([]);
  });

  it("Don't ask again decides the draft and stops offers for that person only", async () => {
    const dana = await signedInEngineer('Dana Engineer');
    const first = await resolveWithScriptDraft(dana, 'Printer offline on FAB-WS-023 after an update');
    await offer().getByRole('button', { name: "Don't ask again" }).click();
    await expect
      .poll(() => offer().getByTestId('script-draft-decided').textContent(), SLOW)
      .toBe("🔕 Set aside, and you won't be offered script drafts again.");
    expect((await draftOf(dana, first)).status).toBe('dismissed');

    // Her next resolved session with a draft: the server offers nothing, and the page shows nothing.
    await page.getByRole('button', { name: 'New problem' }).click();
    const offers = page.waitForResponse(
      (r) => r.url().endsWith('/script-drafts') && !r.url().includes(first),
    );
    const second = await resolveWithScriptDraft(dana, 'Print jobs stuck again on FAB-WS-023');
    const answered = await offers;
    expect(answered.url()).toContain(`/sessions/${second}/script-drafts`);
    expect(await answered.json()).toEqual({ drafts: [] });
    expect(await offer().count()).toBe(0);
    expect((await draftOf(dana, second)).status).toBe('pending');
    expect(errors).toEqual([]);
  });
});

async function eventuallyTrue(probe: () => Promise<boolean>, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}
