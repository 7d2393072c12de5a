import { randomBytes } from 'node:crypto';
import { createConnectWiseProvider } from '../../core/psa/connectwise/index.ts';
import type { PsaDeps } from '../../core/psa/index.ts';
import type { DiagnosisDeps } from '../../core/sessions/index.ts';
import { getSession } from '../../core/sessions/index.ts';
import type { TenantContext } from '../../core/shared/context.ts';
import type { RunningServer } from '../../server/boot.ts';
import {
  type SlackRequest,
  type SlackSimulator,
  type SlackSimulatorOptions,
  sendSigned,
  startSlackSimulator,
} from '../../sim/slack/index.ts';
import { testDatabase } from '../../test/db.ts';
import { offlineDiagnosis } from '../../test/diagnosis.ts';
import { createTestAccount, type TestAccount } from '../../test/factories.ts';
import { startTestServer } from '../../test/server.ts';

export const SIGNING_SECRET = 'slack-signing-secret-for-tests';

/** PSA access: the built-in ticketing, or the real ConnectWise client pointed at its simulator. */
export const TEST_PSA_DEPS: PsaDeps = {
  sealingKey: Buffer.alloc(32, 3),
  connectWise: (config) => createConnectWiseProvider({ ...config, timeoutMs: 2_000 }),
};

export interface SlackWorld {
  sim: SlackSimulator;
  server: RunningServer;
  account: TestAccount;
  engineer: TenantContext & { email: string };
  engineerSlackId: string;
  admin: TenantContext & { email: string };
  adminSlackId: string;
  channel: string;
  techChannel: string;
  workspace: { teamId: string };
  send(request: SlackRequest<unknown>, options?: { retryNum?: number }): ReturnType<typeof sendSigned>;
  /** Stops the server (gracefully, as a deploy would) and starts a new one on the same database and queue. */
  restart(env?: Record<string, string>): Promise<void>;
  close(): Promise<void>;
}

/**
 * A workspace of our own (unique team id, so suites sharing the database never collide), the real
 * server with the Slack adapter in single-workspace mode pointed at the simulator, and two people
 * who exist both in ResolutionFlow and in Slack with the same email.
 */
export async function slackWorld(
  env: Record<string, string> = {},
  options: { sim?: Omit<SlackSimulatorOptions, 'workspace'>; diagnosis?: Partial<DiagnosisDeps> } = {},
): Promise<SlackWorld> {
  const teamId = `T${randomBytes(5).toString('hex').toUpperCase()}`;
  const sim = await startSlackSimulator({ ...options.sim, workspace: { teamId } });
  const database = await testDatabase();
  const account = await createTestAccount(database, 'Slack');
  const engineer = await account.member('engineer', { name: 'Erin Engineer' });
  const admin = await account.member('admin', { name: 'Ada Admin' });
  const engineerSlack = sim.addUser({ name: 'erin', realName: 'Erin Engineer', email: engineer.email });
  const adminSlack = sim.addUser({ name: 'ada', realName: 'Ada Admin', email: admin.email });
  const channel = sim.addChannel({ name: 'helpdesk' }).id;
  const techChannel = sim.addChannel({ name: 'tech-escalations' }).id;
  const start = (overrides: Record<string, string>) =>
    startTestServer(
      database,
      {
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_BOT_TOKEN: sim.botToken,
        SLACK_ACCOUNT_ID: account.accountId,
        SLACK_API_URL: sim.url,
        PUBLIC_URL: 'https://rf.example.test',
        ...overrides,
      },
      // Its own inbox queue: suites running at once on one database server never answer each other's events.
      {
        diagnosis: { ...offlineDiagnosis(), psa: TEST_PSA_DEPS, ...options.diagnosis },
        inboxQueueName: `chat-inbox.test.${teamId}`,
        inboxScope: teamId,
      },
    );
  let server = await start(env);
  return {
    sim,
    get server() {
      return server;
    },
    account,
    engineer,
    engineerSlackId: engineerSlack.id,
    admin,
    adminSlackId: adminSlack.id,
    channel,
    techChannel,
    workspace: { teamId },
    send: (request, options = {}) =>
      sendSigned(`${server.url}/slack/events`, request, { secret: SIGNING_SECRET, ...options }),
    restart: async (overrides = {}) => {
      await server.stop();
      server = await start(overrides);
    },
    close: async () => {
      await server.stop();
      await sim.close();
    },
  };
}

/**
 * Polls until `probe` returns a value (Slack work happens after the ack), or fails after `ms`.
 * Generous by default: a loaded CI machine can take seconds to run a turn through the inbox.
 */
export async function eventually<T>(
  probe: () => T | undefined | Promise<T | undefined>,
  ms = 15_000,
): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value as T;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 25));
  }
}

export function sessionOf(ctx: TenantContext, id: string) {
  return getSession({ ctx, sessionId: id });
}
