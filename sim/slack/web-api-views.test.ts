import { ErrorCode, WebClient, type WebClientOptions } from '@slack/web-api';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type SlackSimulator, startSlackSimulator } from './index.ts';
import { quietLogger as quiet, rejection } from './test-helpers.ts';

// The real @slack/web-api WebClient against the simulator: users, views, OAuth.
// Fast retry policy so scripted failures cost milliseconds; the client still honours Retry-After.
const RETRY = { retries: 1, factor: 1, minTimeout: 10, maxTimeout: 20 };

let sim: SlackSimulator;

function client(token: string | null = sim.botToken, extra: WebClientOptions = {}) {
  return new WebClient(token ?? undefined, {
    slackApiUrl: sim.url,
    retryConfig: RETRY,
    logger: quiet,
    ...extra,
  });
}

beforeAll(async () => {
  sim = await startSlackSimulator();
});
afterEach(() => sim.reset());
afterAll(() => sim.close());

describe('users', () => {
  it('returns user.profile.email for known users and user_not_found otherwise', async () => {
    const user = sim.addUser({ name: 'jsmith', realName: 'Jane Smith', email: 'jane@contoso.example' });
    const result = await client().users.info({ user: user.id });
    expect(result.user).toMatchObject({
      id: user.id,
      team_id: sim.workspace.teamId,
      name: 'jsmith',
      real_name: 'Jane Smith',
      is_bot: false,
      profile: { email: 'jane@contoso.example', real_name: 'Jane Smith' },
    });
    expect((await rejection(client().users.info({ user: 'U0NOBODY01' }))).data?.error).toBe('user_not_found');
  });
});

describe('views', () => {
  const modal = {
    type: 'modal' as const,
    callback_id: 'diagnose',
    private_metadata: '{"ticket":"T-42"}',
    title: { type: 'plain_text' as const, text: 'Diagnose' },
    submit: { type: 'plain_text' as const, text: 'Run' },
    blocks: [
      {
        type: 'input',
        block_id: 'symptom',
        label: { type: 'plain_text' as const, text: 'Symptom' },
        element: { type: 'plain_text_input' as const, action_id: 'value' },
      },
    ],
  };

  it('opens a modal for an issued trigger id, once', async () => {
    const user = sim.addUser({ name: 'tech2' });
    const triggerId = sim.issueTriggerId(user.id);
    expect(triggerId).toMatch(/^\d+\.\d+\.[0-9a-f]+$/);
    const opened = await client().views.open({ trigger_id: triggerId, view: modal });
    expect(opened.view).toMatchObject({
      type: 'modal',
      callback_id: 'diagnose',
      private_metadata: '{"ticket":"T-42"}',
      team_id: sim.workspace.teamId,
      app_id: sim.workspace.apiAppId,
      state: { values: {} },
    });
    expect(opened.view?.id).toMatch(/^V[A-Z0-9]+$/);
    expect(sim.views).toHaveLength(1);
    expect(sim.views[0]).toMatchObject({ type: 'modal', user: user.id, triggerId, lastAction: 'views.open' });

    const reused = await rejection(client().views.open({ trigger_id: triggerId, view: modal }));
    expect(reused.data?.error).toBe('exchanged_trigger_id');
  });

  it('rejects malformed and unknown trigger ids with invalid_trigger_id', async () => {
    for (const triggerId of ['not-a-trigger', '123.456.abc']) {
      const error = await rejection(client().views.open({ trigger_id: triggerId, view: modal }));
      expect(error.code).toBe(ErrorCode.PlatformError);
      expect(error.data?.error).toBe('invalid_trigger_id');
    }
    expect(sim.views).toHaveLength(0);
  });

  it('expires trigger ids after 3 seconds', async () => {
    let clock = Date.now();
    const timed = await startSlackSimulator({ now: () => clock });
    try {
      const triggerId = timed.issueTriggerId();
      clock += 3001;
      const web = new WebClient(timed.botToken, {
        slackApiUrl: timed.url,
        retryConfig: RETRY,
        logger: quiet,
      });
      expect((await rejection(web.views.open({ trigger_id: triggerId, view: modal }))).data?.error).toBe(
        'expired_trigger_id',
      );
    } finally {
      await timed.close();
    }
  });

  it('updates a modal by view_id with hash protection and publishes Home tabs', async () => {
    const web = client();
    const user = sim.addUser({ name: 'tech3' });
    const opened = await web.views.open({ trigger_id: sim.issueTriggerId(user.id), view: modal });
    const viewId = opened.view?.id as string;
    const stale = opened.view?.hash as string;
    const next = { ...modal, title: { type: 'plain_text' as const, text: 'Diagnosing…' } };
    const updated = await web.views.update({ view_id: viewId, hash: stale, view: next });
    expect(updated.view).toMatchObject({ id: viewId, title: { text: 'Diagnosing…' } });
    expect(updated.view?.hash).not.toBe(stale);
    expect(
      (await rejection(web.views.update({ view_id: viewId, hash: stale, view: next }))).data?.error,
    ).toBe('hash_conflict');
    expect((await rejection(web.views.update({ view_id: 'V0MISSING00', view: next }))).data?.error).toBe(
      'not_found',
    );
    expect(sim.views[0]?.history).toHaveLength(1);

    const home = {
      type: 'home' as const,
      blocks: [{ type: 'section', text: { type: 'mrkdwn' as const, text: 'Open tickets: 3' } }],
    };
    const published = await web.views.publish({ user_id: user.id, view: home });
    expect(published.view).toMatchObject({ type: 'home', close: null, submit: null });
    const republished = await web.views.publish({ user_id: user.id, view: home });
    expect(republished.view?.id).toBe(published.view?.id);
    expect(sim.views.filter((v) => v.type === 'home')).toHaveLength(1);
    const unknown = await rejection(web.views.publish({ user_id: 'U0NOBODY01', view: home }));
    expect(unknown.data?.error).toBe('invalid_arguments');
    const longTitle = { ...modal, title: { type: 'plain_text' as const, text: 'x'.repeat(25) } };
    const tooLong = await rejection(web.views.open({ trigger_id: sim.issueTriggerId(), view: longTitle }));
    expect(tooLong.data?.error).toBe('invalid_arguments');
  });
});

describe('OAuth v2', () => {
  it('exchanges a code for a bot token that then works, once', async () => {
    const oauthSim = await startSlackSimulator({ clientId: '1111.2222', clientSecret: 's3cret' });
    try {
      const anon = new WebClient(undefined, { slackApiUrl: oauthSim.url, retryConfig: RETRY, logger: quiet });
      const code = oauthSim.issueOAuthCode({ teamId: 'T0CUSTOMER1', teamName: 'Contoso MSP Client' });
      const granted = await anon.oauth.v2.access({ client_id: '1111.2222', client_secret: 's3cret', code });
      expect(granted).toMatchObject({
        ok: true,
        token_type: 'bot',
        app_id: oauthSim.workspace.apiAppId,
        team: { id: 'T0CUSTOMER1', name: 'Contoso MSP Client' },
        enterprise: null,
        is_enterprise_install: false,
      });
      expect(granted.access_token).toMatch(/^xoxb-\d+-\d+-[0-9a-f]+$/);
      expect(granted.bot_user_id).toMatch(/^U[A-Z0-9]+$/);
      expect(granted.authed_user?.id).toMatch(/^U[A-Z0-9]+$/);
      expect(granted.scope).toContain('chat:write');

      const installed = new WebClient(granted.access_token, { slackApiUrl: oauthSim.url, logger: quiet });
      await expect(installed.auth.test()).resolves.toMatchObject({
        team_id: 'T0CUSTOMER1',
        user_id: granted.bot_user_id,
        url: 'https://contoso-msp-client.slack.com/',
      });

      const again = await rejection(
        anon.oauth.v2.access({ client_id: '1111.2222', client_secret: 's3cret', code }),
      );
      expect(again.data?.error).toBe('invalid_code');
      const wrongSecret = await rejection(
        anon.oauth.v2.access({
          client_id: '1111.2222',
          client_secret: 'nope',
          code: oauthSim.issueOAuthCode(),
        }),
      );
      expect(wrongSecret.data?.error).toBe('bad_client_secret');
    } finally {
      await oauthSim.close();
    }
  });

  it('redirects the authorize step back with a code and state, accepting HTTP Basic client auth', async () => {
    const authorize = new URL(sim.authorizeUrl);
    authorize.search = new URLSearchParams({
      client_id: 'any',
      scope: 'chat:write,commands',
      redirect_uri: 'https://rf.example/slack/oauth_redirect',
      state: 'st4te',
    }).toString();
    const response = await fetch(authorize, { redirect: 'manual' });
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get('location') ?? '');
    expect(location.origin + location.pathname).toBe('https://rf.example/slack/oauth_redirect');
    expect(location.searchParams.get('state')).toBe('st4te');
    const code = location.searchParams.get('code') ?? '';
    const basic = Buffer.from('any:secret').toString('base64');
    const body = await fetch(`${sim.url}oauth.v2.access`, {
      method: 'POST',
      headers: { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ code }).toString(),
    }).then((r) => r.json());
    expect(body).toMatchObject({
      ok: true,
      scope: 'chat:write,commands',
      team: { id: sim.workspace.teamId },
    });
  });
});
