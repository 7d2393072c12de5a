import { randomBytes, randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getAuthConfigWithDefaults, MsalTokenProvider } from '@microsoft/agents-hosting';
import express from 'express';
import { executeActions } from '../../cards/test-support.ts';
import { linkTeamsTenant } from '../../core/chat/index.ts';
import { type DiagnosisDeps, getSession } from '../../core/sessions/index.ts';
import type { TenantContext } from '../../core/shared/context.ts';
import type { Logger } from '../../core/shared/logger.ts';
import {
  adaptiveCardAction,
  botAccountId,
  type ChannelRef,
  channelMessage,
  DEFAULT_BOT,
  groupChatMessage,
  personalConversationId,
  personalMessage,
  type SimActivity,
  sendActivity,
  startTeamsConnector,
  type TeamRef,
  type TeamsActivity,
  type TeamsConnector,
  type TeamsMember,
  threadConversationId,
} from '../../sim/teams/index.ts';
import { testDatabase } from '../../test/db.ts';
import { capturingLogger, offlineDiagnosis } from '../../test/diagnosis.ts';
import { createTestAccount, type TestAccount } from '../../test/factories.ts';
import { createTeamsAdapter, MESSAGES_PATH, type TeamsAdapter, type TeamsConfig } from './adapter.ts';
import { sdkAuthConfiguration } from './config.ts';
import { ADAPTIVE_CARD_CONTENT_TYPE } from './outbound.ts';

export type Person = TenantContext & { email: string; teams: TeamsMember };

export interface TeamsWorld {
  connector: TeamsConnector;
  adapter: TeamsAdapter;
  /** `http://127.0.0.1:{port}/api/messages` on an express app that mounts only the adapter. */
  url: string;
  tenantId: string;
  account: TestAccount;
  engineer: Person;
  /** A second engineer: claims what `engineer` escalated (the escalator may not claim it back). */
  peer: Person;
  admin: Person;
  viewer: Person;
  /** An L1 tech: logs walk-ins and works the L1 queue. */
  l1: Person;
  team: TeamRef;
  channel: ChannelRef;
  techChannel: ChannelRef;
  groupChatId: string;
  logs: string[];
  send(activity: TeamsActivity, token?: string): ReturnType<typeof sendActivity>;
  /** An @mention post in the help channel (or a reply in `threadRootId`'s thread). */
  post(text: string, options?: { from?: Person; threadRootId?: string; channel?: ChannelRef }): TeamsActivity;
  personal(text: string, from?: Person): TeamsActivity;
  group(text: string, from?: Person): TeamsActivity;
  /** An Action.Execute press on the card in activity `card`, made in `where`'s conversation. */
  press(
    where: TeamsActivity,
    card: SimActivity,
    verb: string,
    extra?: Record<string, unknown>,
    from?: Person,
  ): TeamsActivity;
  close(): Promise<void>;
}

const channelId = () => `19:${randomBytes(16).toString('hex')}@thread.tacv2`;

/** Builds an express app holding only the adapter's router, on 127.0.0.1:0. */
export async function serveAdapter(deps: Parameters<typeof createTeamsAdapter>[0]) {
  const app = express();
  const adapter = createTeamsAdapter(deps);
  app.use(adapter.router);
  const server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const { port } = server.address() as AddressInfo;
  return {
    adapter,
    url: `http://127.0.0.1:${port}${MESSAGES_PATH}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/**
 * A tenant of our own (unique tenant, team and channel ids, so suites sharing the database never
 * collide) linked to a fresh account by its owner, the adapter (anonymous dev mode unless `config`
 * says otherwise) pointed at a Teams connector simulator, and two people who exist in both places
 * with the same email.
 */
export async function teamsWorld(
  config: Partial<TeamsConfig> = {},
  options: { diagnosis?: DiagnosisDeps } = {},
): Promise<TeamsWorld> {
  const tenantId = randomUUID();
  const connector = await startTeamsConnector({ tenantId });
  const database = await testDatabase();
  const account = await createTestAccount(database, 'Teams');
  await linkTeamsTenant({ ctx: account.owner, input: { tenantId } });
  const team: TeamRef = { id: channelId(), name: 'Helpdesk', aadGroupId: randomUUID() };
  const channel: ChannelRef = { id: channelId(), name: 'Support' };
  const techChannel: ChannelRef = { id: channelId(), name: 'Tech escalations' };
  const groupChatId = `19:${randomBytes(16).toString('hex')}@thread.v2`;
  const person = async (role: 'engineer' | 'admin' | 'viewer' | 'l1', name: string): Promise<Person> => {
    const ctx = await account.member(role, { name });
    const teams = connector.addMember(team.id, { name, email: ctx.email, tenantId });
    // The same person on the rosters of their 1:1 chat with the bot and of the group chat.
    const personal = personalConversationId(teams.id, botAccountId(DEFAULT_BOT.appId));
    for (const conversation of [personal, groupChatId]) connector.addMember(conversation, { ...teams });
    return { ...ctx, teams };
  };
  const engineer = await person('engineer', 'Erin Engineer');
  const peer = await person('engineer', 'Pat Peer');
  const admin = await person('admin', 'Ada Admin');
  const viewer = await person('viewer', 'Vic Viewer');
  const l1 = await person('l1', 'Lee First');
  const { logger, lines } = capturingLogger();
  const served = await serveAdapter({
    config: { production: false, publicUrl: 'https://rf.example.test', ...config },
    database,
    diagnosis: options.diagnosis ?? offlineDiagnosis(),
    logger: logger as Logger,
  });
  const base = (from: Person = engineer) => ({ serviceUrl: connector.url, from: from.teams, tenantId });
  return {
    connector,
    adapter: served.adapter,
    url: served.url,
    tenantId,
    account,
    engineer,
    peer,
    admin,
    viewer,
    l1,
    team,
    channel,
    techChannel,
    groupChatId,
    logs: lines,
    send: (activity, token) => sendActivity(served.url, activity, token ? { token } : {}),
    post: (text, o = {}) =>
      channelMessage({
        ...base(o.from),
        text,
        team,
        channel: o.channel ?? channel,
        ...(o.threadRootId ? { threadRootId: o.threadRootId } : {}),
      }),
    personal: (text, from) => personalMessage({ ...base(from), text }),
    group: (text, from) => groupChatMessage({ ...base(from), text, chatId: groupChatId }),
    press: (where, card, verb, extra = {}, from) => {
      const action = executeActions(cardOf(card)).find((a) => a.verb === verb);
      if (!action) throw new Error(`no ${verb} button on the card`);
      return adaptiveCardAction({
        ...base(from),
        in: where,
        replyToId: card.id,
        verb,
        data: { ...(action.data as Record<string, unknown>), ...extra },
      });
    },
    close: async () => {
      await served.close();
      await connector.close();
    },
  };
}

/** The Adaptive Card an activity carries, if any. */
export function cardOf(activity: SimActivity | undefined): unknown {
  const attachments = (activity?.activity.attachments ?? []) as Array<{
    contentType?: string;
    content?: unknown;
  }>;
  return attachments.find((a) => a.contentType === ADAPTIVE_CARD_CONTENT_TYPE)?.content;
}

/** `activity` as it would look carrying `card` (an invoke answer replaces the card in place). */
export function withCard(activity: SimActivity, card: unknown): SimActivity {
  const attachments = [{ contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: card }];
  return { ...activity, activity: { ...activity.activity, attachments } };
}

/** Verbs of the Action.Execute buttons on a card (an activity's or an invoke answer's). */
export function verbsOf(card: unknown): string[] {
  return executeActions(card).map((a) => a.verb);
}

/** The card an invoke answered with (`{statusCode, type, value}`). */
export function answeredCard(body: unknown): unknown {
  const answer = body as { statusCode?: number; type?: string; value?: unknown };
  if (answer?.type !== ADAPTIVE_CARD_CONTENT_TYPE)
    throw new Error(`not a card answer: ${JSON.stringify(body)}`);
  return answer.value;
}

export const threadOf = (w: TeamsWorld, rootId: string, channel = w.channel) =>
  w.connector.activities(threadConversationId(channel.id, rootId));

/** The session card in a list of bot activities: the one offering Refresh or the note buttons. */
export function sessionCardIn(activities: SimActivity[]): SimActivity | undefined {
  return activities.find((a) => verbsOf(cardOf(a)).includes('session.refresh'));
}

export const textOf = (a: SimActivity) => String(a.activity.text ?? '');

/** The session a card's buttons point at. */
export function sessionIdOf(card: SimActivity | undefined): string {
  const action = executeActions(cardOf(card)).find((a) => a.verb === 'session.refresh');
  if (!action) throw new Error('no session card');
  return (action.data as { s: string }).s;
}

export function sessionOf(ctx: TenantContext, id: string) {
  return getSession({ ctx, sessionId: id });
}

/** Polls until `probe` returns a value (message work happens after Teams' 200), or fails after `ms`. */
export async function eventually<T>(
  probe: () => T | undefined | false | Promise<T | undefined | false>,
  ms = 8_000,
): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value as T;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** The Bot Connector scope the SDK asks Entra for when a Teams token names no `azp`/`appid`. */
export const CONNECTOR_SCOPE = 'https://api.botframework.com';

interface TokenCacheInternals {
  getAccessTokenCacheKey(config: unknown, scope: string): string;
  cacheAccessToken(key: string, token: string): void;
}

/**
 * Stands in for Entra's client-credentials grant. With an app id the SDK verifies every inbound
 * token (against the local issuer's JWKS: real signatures, real checks) and then asks MSAL for an
 * outbound Bot Connector token; MSAL only talks to an https authority it can discover, which a local
 * test cannot offer. So the token Entra would hand out is put where MSAL would keep it, the SDK's
 * shared token cache, under the key the adapter's own connection computes. Nothing else is bypassed.
 */
export async function provideOutboundToken(config: TeamsConfig, token: string): Promise<void> {
  const auth = getAuthConfigWithDefaults(sdkAuthConfiguration(config));
  const connection = [...(auth.connections?.values() ?? [])][0];
  if (!connection) throw new Error('no SDK connection configured');
  const provider = new MsalTokenProvider(connection) as unknown as TokenCacheInternals;
  provider.cacheAccessToken(provider.getAccessTokenCacheKey(connection, CONNECTOR_SCOPE), token);
}
