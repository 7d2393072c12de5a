import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/**
 * `npm run playground`: Microsoft's own local Teams client (Microsoft 365 Agents Playground, a dev
 * dependency) against our `/api/messages`. Development only: the Teams adapter accepts anonymous
 * activities there, which is what the Playground sends.
 */
export const PLAYGROUND_CONFIG = fileURLToPath(
  new URL('../manifests/playground/m365agentsplayground.yml', import.meta.url),
);
const PLAYGROUND_LOG = join(tmpdir(), 'm365agentsplayground.log');
const PLAYGROUND_CLI = fileURLToPath(
  new URL('../node_modules/@microsoft/m365agentsplayground/cli.js', import.meta.url),
);

/** The tenant the Playground claims to be, read from its config so the two never disagree. */
export function playgroundTenantId(configPath = PLAYGROUND_CONFIG): string {
  const match = readFileSync(configPath, 'utf8').match(/^tenantId:\s*([0-9a-f-]{36})\s*$/m);
  if (!match?.[1]) throw new Error(`${configPath} has no GUID tenantId`);
  return match[1];
}

const SignedIn = z.object({ accessToken: z.string().min(1) });

/**
 * Links the Playground's tenant to the account of `owner` through the same admin API an owner
 * uses for a real tenant; linking twice is a no-op.
 */
export async function linkPlaygroundTenant(
  serverUrl: string,
  owner: { email: string; password: string },
  tenantId = playgroundTenantId(),
): Promise<void> {
  const signIn = await fetch(`${serverUrl}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(owner),
  });
  if (!signIn.ok) throw new Error(`could not sign in as ${owner.email} (HTTP ${signIn.status})`);
  const { accessToken } = SignedIn.parse(await signIn.json());
  const linked = await fetch(`${serverUrl}/api/v1/integrations/teams/tenant`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
    body: JSON.stringify({ tenantId }),
  });
  if (!linked.ok)
    throw new Error(`could not link the Playground tenant (HTTP ${linked.status}): ${await linked.text()}`);
}

export interface RunningPlayground {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/**
 * Starts the Playground's web client on `port`, talking to `${serverUrl}/api/messages` as the
 * Teams channel. Telemetry is off: this machine has no outside network, and a local tool has no
 * business phoning home.
 */
export async function startPlayground(options: {
  serverUrl: string;
  port: number;
  configPath?: string;
  inheritOutput?: boolean;
}): Promise<RunningPlayground> {
  const child = spawn(
    process.execPath,
    [
      PLAYGROUND_CLI,
      '--app-endpoint',
      `${options.serverUrl}/api/messages`,
      '--channel-id',
      'msteams',
      '--port',
      String(options.port),
      '--disable-telemetry',
    ],
    {
      env: {
        ...process.env,
        M365_AGENTS_PLAYGROUND_CONFIG_PATH: options.configPath ?? PLAYGROUND_CONFIG,
        // Its log otherwise lands in ./devTools of whatever folder it was started from.
        TEAMSAPPTESTER_LOGFILE: PLAYGROUND_LOG,
        BROWSER: 'none',
      },
      stdio: options.inheritOutput ? 'inherit' : 'pipe',
    },
  );
  const url = `http://127.0.0.1:${options.port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`the Playground exited with code ${child.exitCode}; its log is ${PLAYGROUND_LOG}`);
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill();
      throw new Error(`the Playground did not answer on ${url} within 30 s`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    process: child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}
