import { randomBytes } from 'node:crypto';
import { like } from 'drizzle-orm';
import { chatInboxTable } from '../../core/db/schema/chat-inbox.ts';
import { withSystemTransaction } from '../../core/db/transactions.ts';
import { createConnectWiseProvider } from '../../core/psa/connectwise/index.ts';
import type { PsaDeps } from '../../core/psa/index.ts';
import type { DiagnosisDeps } from '../../core/sessions/index.ts';
import { getSession } from '../../core/sessions/index.ts';
import type { TenantContext } from '../../core/shared/context.ts';
import type { RunningServer } from '../../server/boot.ts';
import {
  appMentionEvent,
  blockActions,
  messageEvent,
  type SimMessage,
  type SlackRequest,
  type SlackSimulator,
  type SlackSimulatorOptions,
  sendSigned,
  slashCommand,
  startSlackSimulator,
} from '../../sim/slack/index.ts';
import { testDatabase } from '../../test/db.ts';
import { offlineDiagnosis } from '../../test/diagnosis.ts';
import { createTestAccount, type TestAccount } from '../../test/factories.ts';
import { untilStill } from '../../test/quiet.ts';
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
  /** The replies in a thread, oldest first (not its root): by its ts, or its channel and ts. */
  threadMessages(thread: string | { channel: string; threadTs: string }): SimMessage[];
  /** `user` @mentions the bot in `channel` (default: the help channel); the thread is the mention's ts. */
  mention(user: string, text: string, channel?: string): Promise<{ threadTs: string }>;
  /**
   * `user` writes `text` in a thread as a plain message. In an assistant or DM thread (`im`) the
   * root is theirs, so Slack names them as the parent's author.
   */
  say(
    user: string,
    thread: { channel: string; threadTs: string },
    text: string,
    options?: { channelType?: 'channel' | 'im' },
  ): Promise<void>;
  /** `user` runs `/resolve <text>` in `channel` (default: the help channel); the ack is the answer. */
  command(
    user: string,
    text: string,
    options?: { channel?: string; triggerId?: string },
  ): ReturnType<typeof sendSigned>;
  /**
   * `user` presses a button on `message` (by action id or label), as Slack posts block_actions.
   * Pass a `triggerId` to open a modal from it or to wait for {@link SlackWorld.handled}.
   */
  press(
    user: string,
    message: SimMessage,
    action: string | SlackButton,
    options?: { triggerId?: string; stateValues?: Record<string, Record<string, unknown>> },
  ): Promise<void>;
  /** The inbox rows stored for the interaction with this trigger id (none when it was not durable). */
  inboxRows(triggerId: string): Promise<Array<typeof chatInboxTable.$inferSelect>>;
  /**
   * Waits until the interaction with this trigger id has been worked to its end: everything its
   * listener posts is posted by then. Only for interactions that go through the inbox.
   */
  handled(triggerId: string): Promise<void>;
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
  options: {
    sim?: Omit<SlackSimulatorOptions, 'workspace'>;
    diagnosis?: Partial<DiagnosisDeps>;
    inboxRecovery?: { everyMs: number; graceMs: number };
  } = {},
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
      {
        diagnosis: { ...offlineDiagnosis(), psa: TEST_PSA_DEPS, ...options.diagnosis },
        testNamespace: teamId,
        ...(options.inboxRecovery ? { inboxRecovery: options.inboxRecovery } : {}),
      },
    );
  let server = await start(env);
  const send = (request: SlackRequest<unknown>, options: { retryNum?: number } = {}) =>
    sendSigned(`${server.url}/slack/events`, request, { secret: SIGNING_SECRET, ...options });
  const inboxRows = (triggerId: string) =>
    withSystemTransaction(server.database, 'test: inbox rows', (tx) =>
      tx
        .select()
        .from(chatInboxTable)
        .where(like(chatInboxTable.eventId, `%:${triggerId}`)),
    );
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
    send,
    threadMessages(thread) {
      const { channel, threadTs } =
        typeof thread === 'string' ? { channel: undefined, threadTs: thread } : thread;
      return sim.messages.filter(
        (m) =>
          m.thread_ts === threadTs && m.ts !== threadTs && (channel === undefined || m.channel === channel),
      );
    },
    async mention(user, text, where = channel) {
      const request = appMentionEvent({
        channel: where,
        user,
        text: `<@${sim.workspace.botUserId}> ${text}`,
        workspace: { teamId },
      });
      await accepted(send(request));
      return { threadTs: (request.payload.event as { ts: string }).ts };
    },
    async say(user, thread, text, options = {}) {
      const im = options.channelType === 'im';
      await accepted(
        send(
          messageEvent({
            channel: thread.channel,
            user,
            text,
            threadTs: thread.threadTs,
            ...(im ? { channelType: 'im', parentUserId: user } : {}),
            workspace: { teamId },
          }),
        ),
      );
    },
    command: (user, text, options = {}) =>
      send(
        slashCommand({
          command: '/resolve',
          text,
          userId: user,
          channelId: options.channel ?? channel,
          ...(options.triggerId ? { triggerId: options.triggerId } : {}),
          workspace: { teamId },
        }),
      ),
    async press(user, message, action, options = {}) {
      const b = typeof action === 'string' ? button(message, action) : action;
      await accepted(
        send(
          blockActions({
            user: { id: user },
            actions: [{ actionId: b.action_id, blockId: b.block_id, value: b.value ?? '' }],
            channel: { id: message.channel },
            // A reply's press names its thread; a channel post's does not.
            message: {
              ts: message.ts,
              ...(message.thread_ts && message.thread_ts !== message.ts
                ? { thread_ts: message.thread_ts }
                : {}),
            },
            ...options,
            workspace: { teamId },
          }),
        ),
      );
    },
    inboxRows,
    async handled(triggerId) {
      await eventually(async () => {
        const rows = await inboxRows(triggerId);
        return rows.length > 0 && rows.every((r) => r.doneAt !== null);
      });
    },
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

/** Slack gives up on a request we do not answer 200. */
async function accepted(response: ReturnType<typeof sendSigned>): Promise<void> {
  const res = await response;
  if (res.status !== 200) throw new Error(`the server answered Slack ${res.status}`);
}

/** A button in a message's actions blocks, as block_actions names it; `text` is its label. */
export interface SlackButton {
  action_id: string;
  value?: string;
  block_id: string;
  text: string;
}

/** The buttons of a message, in order. */
export function buttons(message: SimMessage | undefined): SlackButton[] {
  const blocks = (message?.blocks ?? []) as Array<{
    type: string;
    block_id?: string;
    elements?: Array<{ action_id: string; value?: string; text?: { text: string } }>;
  }>;
  return blocks.flatMap((b) =>
    b.type === 'actions'
      ? (b.elements ?? []).map((e) => ({ ...e, text: e.text?.text ?? '', block_id: b.block_id ?? 'actions' }))
      : [],
  );
}

/** The message's button with this action id or label; a missing one fails naming those there are. */
export function button(message: SimMessage | undefined, action: string): SlackButton {
  const all = buttons(message);
  const found = all.find((b) => b.action_id === action || b.text === action);
  if (!found) throw new Error(`no "${action}" button; have ${all.map((b) => b.action_id).join(', ')}`);
  return found;
}

/** The action ids of a message's buttons, in order. */
export const verbs = (message: SimMessage | undefined) => buttons(message).map((b) => b.action_id);

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

/** Waits until the simulator has seen no Web API call for `still` ms (test/quiet.ts). */
export const quiet = (world: SlackWorld, still?: number) => untilStill(() => world.sim.calls.length, still);

export function sessionOf(ctx: TenantContext, id: string) {
  return getSession({ ctx, sessionId: id });
}
