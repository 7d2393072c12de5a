import { randomUUID } from 'node:crypto';
import { MsalTokenProvider } from '@microsoft/agents-hosting';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listSessions } from '../../core/sessions/index.ts';
import type { Logger } from '../../core/shared/logger.ts';
import {
  adaptiveCardAction,
  DEFAULT_BOT,
  feedbackInvoke,
  type InboundTokenIssuer,
  sendActivity,
  startInboundTokenIssuer,
  taskSubmit,
} from '../../sim/teams/index.ts';
import { capturingLogger, offlineDiagnosis } from '../../test/diagnosis.ts';
import type { ChatInboxPort } from '../chat-inbox-port.ts';
import type { TeamsConfig } from './config.ts';
import {
  answeredCard,
  CONNECTOR_SCOPE,
  eventually,
  provideOutboundToken,
  serveAdapter,
  sessionCardIn,
  type TeamsWorld,
  teamsWorld,
  verbsOf,
} from './teams-test-kit.ts';

const APP_ID = DEFAULT_BOT.appId;

/** The durable inbox as the adapter sees it, remembering what it was handed. */
function recordingInbox(): ChatInboxPort & { recorded: string[] } {
  const recorded: string[] = [];
  return {
    recorded,
    record: async (eventId) => {
      recorded.push(eventId);
      return randomUUID();
    },
    queue: async () => {},
  };
}

type Body = Record<string, unknown>;

/**
 * Issue #16: a malformed activity is the sender's mistake, refused with a 4xx that says what is wrong
 * and changes nothing; only a failure on our side may be a 5xx (the Bot Connector retries those).
 * Signed requests (app id set, local token issuer), the real SDK, over HTTP.
 */
describe('Teams inbound: malformed activities get a 400, never a 5xx', () => {
  let issuer: InboundTokenIssuer;
  let w: TeamsWorld;
  /** A second endpoint on the same world with the durable inbox: messages are stored before the 200. */
  let durable: { url: string; close(): Promise<void> };
  const inbox = recordingInbox();

  beforeAll(async () => {
    issuer = await startInboundTokenIssuer();
    const config: TeamsConfig = {
      production: false,
      appId: APP_ID,
      appPassword: 'local-secret',
      tenantId: issuer.tenantId,
      authorityEndpoint: issuer.url,
    };
    await provideOutboundToken(config, await issuer.mint({ audience: CONNECTOR_SCOPE }));
    w = await teamsWorld(config);
    durable = await serveAdapter({
      config: { ...config, publicUrl: 'https://rf.example.test' },
      database: w.account.owner.db,
      diagnosis: offlineDiagnosis(),
      logger: capturingLogger().logger as Logger,
      inbox,
    });
  });
  afterAll(async () => {
    await durable?.close();
    await w?.close();
    await issuer?.close();
    // Other suites in this worker must not find our token in the SDK's process-wide cache.
    MsalTokenProvider.clearSharedCaches();
  });

  const signed = () => issuer.mint({ audience: APP_ID, serviceUrl: w.connector.url });
  const send = async (url: string, body: Body) => sendActivity(url, body, { token: await signed() });
  const sessionCount = async () =>
    (await listSessions({ ctx: w.account.owner, input: { limit: 100 } })).sessions.length;
  /** Turn or request failures logged since log line `from`. */
  const failures = (from: number) => w.logs.slice(from).filter((l) => /Teams (request|turn) failed/.test(l));
  const message = (text = 'The scanner on the 2nd floor shows offline') => w.personal(text) as Body;
  const invoke = (name: string, value: unknown): Body => ({
    ...(adaptiveCardAction({
      serviceUrl: w.connector.url,
      from: w.engineer.teams,
      tenantId: w.tenantId,
      verb: 'session.refresh',
    }) as Body),
    name,
    value,
  });

  it.each<[string, () => Body, string]>([
    [
      'conversation and from null (the probe, verbatim)',
      () => ({
        type: 'message',
        text: 'hi',
        conversation: null,
        from: null,
        serviceUrl: 'http://127.0.0.1:3918/teams',
      }),
      '`from`: Expected object, received null; `conversation`: Expected object, received null',
    ],
    [
      'from as a string',
      () => ({ ...message(), from: 'mallory' }),
      '`from`: Expected object, received string',
    ],
    [
      'text as an object',
      () => ({ ...message(), text: { html: 'hi' } }),
      '`text`: Expected string, received object',
    ],
    [
      'conversationUpdate with membersAdded null',
      () => ({ ...message(), type: 'conversationUpdate', text: undefined, membersAdded: null }),
      '`membersAdded`: Expected array, received null',
    ],
    [
      'a member that is not an account',
      () => ({ ...message(), type: 'conversationUpdate', text: undefined, membersAdded: ['x'] }),
      '`membersAdded[0]`: Expected object, received string',
    ],
    [
      'a conversation without an id',
      () => ({ ...message(), conversation: {} }),
      '`conversation.id`: Required',
    ],
    ['a timestamp that is no date', () => ({ ...message(), timestamp: 'yesterday' }), '`timestamp`'],
    ['no serviceUrl', () => ({ ...message(), serviceUrl: undefined }), 'needs a `serviceUrl`'],
    ['a serviceUrl that is no URL', () => ({ ...message(), serviceUrl: 'smba' }), 'needs a `serviceUrl`'],
    ['no channelId', () => ({ ...message(), channelId: undefined }), 'needs a `channelId`'],
    ['a sender without an id', () => ({ ...message(), from: { name: 'Erin' } }), 'needs `from.id`'],
    ['no recipient', () => ({ ...message(), recipient: undefined }), 'needs `recipient.id`'],
    [
      'a mention of nobody',
      () => ({ ...message(), entities: [{ type: 'mention', text: '<at>bot</at>', mentioned: null }] }),
      '`entities[0]` is a mention without a `mentioned` account',
    ],
    ['an invoke without a name', () => invoke('', {}), '`name`'],
    ['a card action with value null', () => invoke('adaptiveCard/action', null), 'needs an object `value`'],
    [
      'a feedback invoke with value null',
      () => invoke('message/submitAction', null),
      'needs an object `value`',
    ],
  ])('refuses %s with a 400 naming the problem, storing and sending nothing', async (_case, body, says) => {
    const logs = w.logs.length;
    const sessions = await sessionCount();
    const calls = w.connector.calls.length;
    for (const url of [w.url, durable.url]) {
      const res = await send(url, body());
      expect(res.status, url).toBe(400);
      expect(res.body).toEqual({ error: 'invalid_activity', message: expect.stringContaining(says) });
      expect(res.text).not.toMatch(/node_modules|\n\s+at /);
    }
    await new Promise((r) => setTimeout(r, 150));
    expect(inbox.recorded).toEqual([]);
    expect(await sessionCount()).toBe(sessions);
    expect(w.connector.calls.length).toBe(calls);
    expect(failures(logs)).toEqual([]);
  });

  it.each<[string, () => Body, string]>([
    ['an invoke name nobody registers', () => invoke('bogus/thing', {}), '`bogus/thing`'],
    [
      'sign-in (no sign-in handlers configured)',
      () => invoke('signin/verifyState', { state: '1' }),
      'signin/',
    ],
    [
      'a card action that is not Action.Execute',
      () => invoke('adaptiveCard/action', { action: { type: 'Action.Submit', data: {} } }),
      '`adaptiveCard/action`',
    ],
    [
      'a message action that is not feedback',
      () => invoke('message/submitAction', { actionName: 'translate' }),
      '`message/submitAction`',
    ],
    [
      'a walk-in submit from another channel (the Teams extension ignores it)',
      () => ({
        ...(taskSubmit({
          serviceUrl: w.connector.url,
          from: w.engineer.teams,
          tenantId: w.tenantId,
          data: { verb: 'walkin.submit' },
        }) as Body),
        channelId: 'webchat',
      }),
      'from Teams',
    ],
  ])('answers %s with a 400 instead of the SDK 501, running nothing', async (_case, body, says) => {
    const logs = w.logs.length;
    const sessions = await sessionCount();
    const calls = w.connector.calls.length;
    const res = await send(w.url, body());
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ error: 'unsupported_invoke', message: expect.stringContaining(says) });
    await new Promise((r) => setTimeout(r, 150));
    expect(await sessionCount()).toBe(sessions);
    expect(w.connector.calls.length).toBe(calls);
    expect(failures(logs)).toEqual([]);
  });

  it('still takes a valid message, its card action and a feedback vote', async () => {
    const logs = w.logs.length;
    const stored = message('Outlook keeps asking for a password on the reception PC');
    expect((await send(durable.url, stored)).status).toBe(200);
    expect(inbox.recorded).toEqual([`${(stored.conversation as { id: string }).id}|${stored.id}`]);
    inbox.recorded.length = 0;

    const asked = w.personal('Outlook keeps asking for a password on the reception PC');
    expect((await send(w.url, asked)).status).toBe(200);
    const card = await eventually(() => sessionCardIn(w.connector.activities(asked.conversation.id)));
    const pressed = await send(w.url, w.press(asked, card, 'session.refresh'));
    expect(pressed.status).toBe(200);
    expect(verbsOf(answeredCard(pressed.body))).toContain('session.refresh');

    const vote = feedbackInvoke({
      serviceUrl: w.connector.url,
      from: w.engineer.teams,
      tenantId: w.tenantId,
      replyToId: card.id,
      reaction: 'like',
    });
    expect((await send(w.url, vote)).status).toBeLessThan(300);
    expect(failures(logs)).toEqual([]);
  });

  it('answers no fuzzed activity with a 5xx', async () => {
    const bases: Record<string, Body> = {
      message: message(),
      invoke: invoke('adaptiveCard/action', {
        action: { type: 'Action.Execute', verb: 'session.refresh', data: { s: randomUUID() } },
        trigger: 'manual',
      }),
      conversationUpdate: { ...message(), type: 'conversationUpdate', text: undefined, membersAdded: [] },
      taskFetch: invoke('task/fetch', { data: { verb: 'walkin.open' } }),
    };
    const odd: unknown[] = [null, 0, '', 'x', true, [], [null], {}, { id: null }];
    const paths = (o: unknown, prefix: string[] = []): string[][] =>
      typeof o !== 'object' || o === null || prefix.length >= 3
        ? []
        : Object.entries(o).flatMap(([k, v]) => [[...prefix, k], ...paths(v, [...prefix, k])]);
    const withValue = (base: Body, path: string[], v: unknown): Body => {
      const copy = structuredClone(base);
      let at: Record<string, unknown> = copy;
      for (const key of path.slice(0, -1)) at = at[key] as Record<string, unknown>;
      at[path[path.length - 1] as string] = v;
      return copy;
    };
    const fivexx: string[] = [];
    let sent = 0;
    for (const [name, base] of Object.entries(bases)) {
      for (const path of paths(base)) {
        for (const v of odd) {
          // The inbox endpoint: a message that survives is stored, not run, so the corpus stays quick.
          const res = await send(durable.url, withValue(base, path, v));
          sent++;
          if (res.status >= 500) fivexx.push(`${name} ${path.join('.')}=${JSON.stringify(v)}: ${res.status}`);
        }
      }
    }
    expect(sent).toBeGreaterThan(300);
    expect(fivexx).toEqual([]);
    // Hundreds of signed requests: seconds alone, much longer beside the rest of the suite.
  }, 120_000);
});
