import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const WEB = join(REPO, 'admin-web');
const DIST_INDEX = join(WEB, 'dist', 'index.html');
export const SCREENSHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));

/** Debian's Chromium; Playwright's own browser download cannot run on our machines or CI. */
export const CHROMIUM = '/usr/bin/chromium';

/**
 * The flags Chromium needs here: root in a container (no sandbox), no GPU, and nothing that phones
 * home — the closed network refuses those connections, many at a time, and slows every start.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/**
 * Builds the admin web when `admin-web/dist` is missing or older than its sources, so `npm test`
 * alone works on a clean clone. Vite's own API, the same build `npm run build:web` runs.
 */
export async function ensureAdminWebBuilt(): Promise<void> {
  const sources = Math.max(
    newestMtime(join(WEB, 'src')),
    newestMtime(join(WEB, 'index.html')),
    newestMtime(join(WEB, 'vite.config.ts')),
    existsSync(join(WEB, 'public')) ? newestMtime(join(WEB, 'public')) : 0,
  );
  if (existsSync(DIST_INDEX) && statSync(DIST_INDEX).mtimeMs >= sources) return;
  const { build } = await import('vite');
  await build({ configFile: join(WEB, 'vite.config.ts'), logLevel: 'warn' });
}

/** Headless Debian Chromium with a fresh profile (Playwright makes a temporary user-data-dir). */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Browser tests need Debian's Chromium at ${CHROMIUM}, which is missing. Install it with ` +
        '"apt-get install -y chromium" (CI: .ci/run does this). Playwright\'s own browser download is not used.',
    );
  }
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

/** Saves a full-page screenshot as test/browser/screenshots/<name>.png (a CI artifact, git-ignored). */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Signs in through the sign-in page, as a person does, and waits for the Sessions page. */
export async function signInThroughPage(page: Page, baseUrl: string, email: string, password: string) {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel(/^Password/).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 2, name: 'Sessions' }).waitFor();
}
