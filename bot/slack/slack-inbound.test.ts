import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listSessions } from '../../core/sessions/index.ts';
import {
  appMentionEvent,
  blockActions,
  globalShortcut,
  type SlackRequest,
  sendSigned,
  slashCommand,
  startSlackSimulator,
  tsNow,
  urlVerification,
  viewSubmission,
} from '../../sim/slack/index.ts';
import { testDatabase } from '../../test/db.ts';
import { capturingLogger } from '../../test/diagnosis.ts';
import { createTestAccount } from '../../test/factories.ts';
import { startTestServer } from '../../test/server.ts';
import { STALE_BUTTON_TEXT } from '../error-view.ts';
import { eventually, SIGNING_SECRET, type SlackWorld, slackWorld } from './slack-test-kit.ts';

const FORM = 'application/x-www-form-urlencoded';

/** Raw bodies signed with the real secret: what a replaying or buggy sender could put on the wire. */
const raw = (
  body: string,
  contentType: SlackRequest['contentType'] = 'application/json',
): SlackRequest<unknown> => ({
  contentType,
  body,
  payload: undefined,
});

describe('Slack inbound verification', () => {
  let w: SlackWorld;

  beforeAll(async () => {
    w = await slackWorld();
  });
  afterAll(() => w.close());

  const send = (request: SlackRequest<unknown>, timestamp?: number) =>
    sendSigned(`${w.server.url}/slack/events`, request, {
      secret: SIGNING_SECRET,
      ...(timestamp === undefined ? {} : { timestamp }),
    });
  const sessionCount = async () =>
    (await listSessions({ ctx: w.account.owner, input: { limit: 100 } })).sessions.length;

  it('refuses correctly signed requests stamped more than 5 minutes in the future or past', async () => {
    const before = { calls: w.sim.calls.length, sessions: await sessionCount() };
    const now = Math.floor(Date.now() / 1000);
    for (const timestamp of [now + 10 * 60, now + 365 * 24 * 3600, now - 10 * 60]) {
      const mention = appMentionEvent({
        channel: w.channel,
        user: w.engineerSlackId,
        text: `<@${w.sim.workspace.botUserId}> printer offline`,
        workspace: w.workspace,
      });
      const res = await send(mention, timestamp);
      expect(res.status, String(timestamp - now)).toBe(401);
      expect(res.json).toEqual({ error: 'Slack request timestamp is outside the 5-minute window' });
    }
    await new Promise((r) => setTimeout(r, 200));
    expect(w.sim.calls.length).toBe(before.calls);
    expect(await sessionCount()).toBe(before.sessions);
    // Inside the window (a little clock skew either way) is still accepted.
    const challenge = urlVerification({ challenge: 'skewed-clock' });
    const ok = await send(challenge, now + 60);
    expect(ok.status).toBe(200);
    expect(ok.body).toContain('skewed-clock');
  });

  it('answers signed non-object bodies with 400 at once, not a 500 or a 3 s wait', async () => {
    const before = w.sim.calls.length;
    const cases: Array<[SlackRequest<unknown>, string]> = [
      [raw('null'), 'event body must be a JSON object'],
      [raw('[1,2,3]'), 'event body must be a JSON object'],
      [raw('"text"'), 'event body must be a JSON object'],
      [raw('not json'), 'event body must be a JSON object'],
      [raw('{"event":{}}'), 'event body must have a string "type"'],
      [
        raw('payload=%5B1%2C2%5D', 'application/x-www-form-urlencoded'),
        'interaction payload must be a JSON object',
      ],
      [raw('payload=null', 'application/x-www-form-urlencoded'), 'interaction payload must be a JSON object'],
      // Objects, but not what Slack sends: Bolt threw on these (500) or never acked them (3 s, 404).
      [
        raw('{"type":"event_callback","team_id":"T1","event":null}'),
        'event_callback must carry an "event" object with a string "type"',
      ],
      [raw('{"type":"event_callback"}'), 'event_callback must carry an "event" object with a string "type"'],
      [raw('{"type":"surprise"}'), 'event body type "surprise" is not one Slack sends'],
      [
        raw(`payload=${encodeURIComponent('{"type":"block_actions","actions":null}')}`, FORM),
        'block_actions payload must have a list "actions"',
      ],
      [raw('payload=%7B%7D', FORM), 'interaction payload "type" is not one Slack sends'],
      // Found by an outside fuzz run: each was a 500 from inside Bolt.
      [
        raw(
          `payload=${encodeURIComponent('{"type":"block_actions","team":{"id":"T1"},"user":null,"actions":[]}')}`,
          FORM,
        ),
        'block_actions payload must have a "user" object with a string "id"',
      ],
      [
        raw(
          `payload=${encodeURIComponent('{"type":"block_actions","user":{"id":"U1"},"channel":null,"actions":[]}')}`,
          FORM,
        ),
        `block_actions payload's "channel" must be an object when present`,
      ],
      [
        raw(`payload=${encodeURIComponent('{"type":"shortcut","callback_id":"x","user":null}')}`, FORM),
        'shortcut payload must have a "user" object with a string "id"',
      ],
      [
        raw(
          '{"type":"event_callback","team_id":"T1","event_id":"Ev1","event":{"type":"app_home_opened","user":null}}',
        ),
        'event "user" must be an id or an object when present',
      ],
      [
        raw(
          '{"type":"event_callback","team_id":"T1","event_id":"Ev2","event":{"type":"reaction_added","user":"U1","item":null}}',
        ),
        'event "item" must be an object when present',
      ],
      [
        raw(
          '{"type":"event_callback","team_id":"T1","event_id":"Ev3","event":{"type":"reaction_added","user":"U1","item":""}}',
        ),
        'event "item" must be an object when present',
      ],
      [
        raw(
          `payload=${encodeURIComponent('{"type":"block_actions","user":{"id":"U1"},"actions":[null]}')}`,
          FORM,
        ),
        `block_actions payload's "actions" must be a list of objects when present`,
      ],
      [
        raw(
          `payload=${encodeURIComponent('{"type":"view_submission","user":{"id":"U1"},"view":{},"response_urls":null}')}`,
          FORM,
        ),
        `view_submission payload's "response_urls" must be a list of objects when present`,
      ],
      [
        raw(`payload=${encodeURIComponent('{"type":"view_submission"}')}`, FORM),
        'view_submission payload must have an object "view"',
      ],
      // Found by the seventh outside run: accepted, then a TypeError in the listener.
      ...['null', '["a"]', '7'].map((text): [SlackRequest<unknown>, string] => [
        raw(
          `{"type":"event_callback","team_id":"T1","event_id":"Ev4","event":{"type":"app_mention","user":"U1","text":${text},"ts":"1.1","channel":"C1"}}`,
        ),
        'app_mention event must carry its "text" as a string',
      ]),
      [
        raw(
          '{"type":"event_callback","team_id":"T1","event_id":"Ev5","event":{"type":"app_mention","user":"U1","ts":"1.1","channel":"C1"}}',
        ),
        'app_mention event must carry its "text" as a string',
      ],
      [
        raw(
          '{"type":"event_callback","team_id":"T1","event_id":"Ev6","event":{"type":"app_mention","user":{"id":"U1"},"text":"hi","ts":"1.1","channel":"C1"}}',
        ),
        'app_mention event "user" must be a user id when present',
      ],
      [
        raw(
          '{"type":"event_callback","team_id":"T1","event_id":"Ev7","event":{"type":"message","user":"U1","text":{"a":1},"ts":"1.1","channel":"C1"}}',
        ),
        'message event "text" must be a string when present',
      ],
      [
        raw('text=hello&user_id=U1', FORM),
        'form body must be a slash command ("command") or an interaction ("payload")',
      ],
    ];
    for (const [request, reason] of cases) {
      const started = Date.now();
      const res = await send(request);
      expect(res.status, request.body).toBe(400);
      expect(res.json).toEqual({ error: reason });
      expect(Date.now() - started, request.body).toBeLessThan(1_500);
    }
    expect(w.sim.calls.length).toBe(before);
  });

  it('answers a mention whose text holds NUL or half an emoji, without those characters', async () => {
    const mention = appMentionEvent({
      channel: w.channel,
      user: w.engineerSlackId,
      text: `<@${w.sim.workspace.botUserId}> printer\u0000 offline \ud83d on floor 2`,
      workspace: w.workspace,
    });
    const res = await send(mention);
    expect(res.status).toBe(200);
    const threadTs = (mention.payload.event as { ts: string }).ts;
    await eventually(() =>
      w.sim.messages.find((m) => m.thread_ts === threadTs && m.text.startsWith('Offline assistant')),
    );
    const { sessions } = await listSessions({ ctx: w.account.owner, input: { limit: 100 } });
    const session = sessions.find((s) => s.problemSummary.includes('printer'));
    expect(session?.problemSummary).not.toContain('\u0000');
    expect(session?.problemSummary).toMatch(/printer offline \ufffd on floor 2/);
  });

  it('acks a press of a button no listener knows at once and tells the presser the card is stale', async () => {
    const before = { sessions: await sessionCount(), messages: w.sim.messages.length };
    const threadTs = tsNow();
    const press = blockActions({
      user: { id: w.engineerSlackId },
      channel: { id: w.channel },
      message: { ts: tsNow(), thread_ts: threadTs, text: 'an old card' },
      actions: [{ actionId: 'rf_retired_button', blockId: 'old_card', value: 'x' }],
      workspace: w.workspace,
    });
    const started = Date.now();
    const res = await send(press);
    // Bolt on its own held this for its 3 s unhandled timeout, then answered 404.
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(2_000);
    const notice = await eventually(() =>
      w.sim.ephemerals.find((e) => e.user === w.engineerSlackId && e.thread_ts === threadTs),
    );
    expect(notice.text).toBe(STALE_BUTTON_TEXT);
    expect(notice.channel).toBe(w.channel);
    expect(await sessionCount()).toBe(before.sessions);
    expect(w.sim.messages.length).toBe(before.messages);
  });

  it('acks a modal, shortcut or command no listener handles at once instead of a 3 s wait and a 404', async () => {
    const before = { sessions: await sessionCount(), messages: w.sim.messages.length };
    const requests = [
      viewSubmission({
        user: { id: w.engineerSlackId },
        view: { callback_id: 'rf_retired_modal' },
        values: {},
        workspace: w.workspace,
      }),
      globalShortcut({
        callbackId: 'rf_retired_shortcut',
        user: { id: w.engineerSlackId },
        workspace: w.workspace,
      }),
      slashCommand({
        command: '/not-ours',
        text: 'hello',
        userId: w.engineerSlackId,
        channelId: w.channel,
        workspace: w.workspace,
      }),
    ];
    for (const request of requests) {
      const started = Date.now();
      const res = await send(request);
      expect(res.status, request.body.slice(0, 60)).toBe(200);
      expect(Date.now() - started, request.body.slice(0, 60)).toBeLessThan(2_000);
    }
    expect(await sessionCount()).toBe(before.sessions);
    expect(w.sim.messages.length).toBe(before.messages);
  });

  it('still refuses a bad signature before looking at the body', async () => {
    const res = await sendSigned(`${w.server.url}/slack/events`, raw('null'), {
      secret: `${SIGNING_SECRET}-wrong`,
    });
    expect(res.status).toBe(401);
    expect(res.json).toEqual({ error: 'Slack signature mismatch' });
  });
});

describe('Slack events from a workspace with no installation', () => {
  it('acks them and logs one warning without a stack, not an error per request', async () => {
    const { logger, lines } = capturingLogger();
    const sim = await startSlackSimulator();
    const database = await testDatabase();
    const account = await createTestAccount(database, 'Slack uninstalled');
    const server = await startTestServer(
      database,
      {
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_BOT_TOKEN: sim.botToken,
        SLACK_ACCOUNT_ID: account.accountId,
        SLACK_API_URL: sim.url,
      },
      { logger },
    );
    try {
      const res = await sendSigned(
        `${server.url}/slack/events`,
        appMentionEvent({
          channel: 'C0UNINSTALL',
          user: 'U0UNINSTALL',
          text: '<@U0BOT> hello?',
          workspace: { teamId: 'T0NOTINSTALLED' },
        }),
        { secret: SIGNING_SECRET },
      );
      expect(res.status).toBe(200);
      await eventually(() => lines.find((l) => l.includes('no installation: ignored')));
      const parsed = lines.map((l) => JSON.parse(l) as { level: number; msg: string; err?: unknown });
      expect(parsed.filter((l) => l.level >= 50)).toEqual([]);
      expect(parsed.filter((l) => l.msg.includes('no installation: ignored'))).toHaveLength(1);
      expect(lines.join('')).not.toContain('    at ');
    } finally {
      await server.stop();
      await sim.close();
    }
  });
});
