import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ACTION_VERBS, SESSION_CARD_VERBS } from '../../cards/index.ts';
import { loadEnv } from '../../server/env.ts';
import { ASSISTANT_EVENTS, ASSISTANT_PROMPTS } from './listeners/assistant.ts';
import { ESCALATE_SHORTCUT } from './listeners/escalate.ts';
import { HOME_EVENTS } from './listeners/home.ts';
import { WALK_IN_SHORTCUT } from './listeners/intake.ts';
import { MESSAGE_EVENTS } from './listeners/messages.ts';
import { BOT_SCOPES } from './oauth.ts';

interface Manifest {
  features: {
    shortcuts: Array<{ callback_id: string; type: string }>;
    slash_commands: Array<{ command: string; url: string }>;
    app_home: { home_tab_enabled: boolean; messages_tab_enabled: boolean };
    assistant_view?: {
      assistant_description: string;
      suggested_prompts?: Array<{ title: string; message: string }>;
    };
  };
  oauth_config: { scopes: { bot: string[]; user?: string[] }; redirect_urls: string[] };
  settings: {
    event_subscriptions: { request_url: string; bot_events: string[] };
    interactivity: { is_enabled: boolean; request_url: string };
  };
}

const manifest = parse(
  readFileSync(new URL('../../manifests/slack/manifest.yml', import.meta.url), 'utf8'),
) as Manifest;
const sorted = (xs: readonly string[]) => [...xs].sort();

describe('manifests/slack/manifest.yml matches what bot/slack does (least privilege both ways)', () => {
  it('requests exactly the bot scopes the OAuth install asks for, and no user scopes', () => {
    expect(sorted(manifest.oauth_config.scopes.bot)).toEqual(sorted(BOT_SCOPES));
    expect(manifest.oauth_config.scopes.user ?? []).toEqual([]);
  });

  it('subscribes to exactly the events the listeners handle', () => {
    expect(sorted(manifest.settings.event_subscriptions.bot_events)).toEqual(
      sorted([...MESSAGE_EVENTS, ...HOME_EVENTS, ...ASSISTANT_EVENTS]),
    );
  });

  it('declares the shortcuts and the slash command the code registers', () => {
    expect(manifest.features.shortcuts).toEqual([
      expect.objectContaining({ callback_id: ESCALATE_SHORTCUT, type: 'message' }),
      expect.objectContaining({ callback_id: WALK_IN_SHORTCUT, type: 'global' }),
    ]);
    expect(manifest.features.slash_commands.map((c) => c.command)).toEqual([loadEnv({}).SLACK_SLASH_COMMAND]);
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
  });

  it('turns on the assistant split view with the prompts the app sets, where its threads (the DM) live', () => {
    const view = manifest.features.assistant_view;
    expect(view?.assistant_description.length).toBeGreaterThan(10);
    expect(view?.suggested_prompts).toEqual(ASSISTANT_PROMPTS.map((p) => ({ ...p })));
    // Slack lets an app hold assistant:write only with assistant_view; threads are DM threads.
    expect(manifest.oauth_config.scopes.bot).toContain('assistant:write');
    expect(manifest.features.app_home.messages_tab_enabled).toBe(true);
    expect(manifest.settings.event_subscriptions.bot_events).toContain('message.im');
  });

  it('handles every card button verb (claim lives with the escalation listener)', () => {
    expect(sorted([...SESSION_CARD_VERBS, 'escalation.claim', 'escalation.handover'])).toEqual(
      sorted(ACTION_VERBS),
    );
  });

  it('points events, interactivity, the command and OAuth at the routes the server mounts', () => {
    const path = (url: string) => new URL(url).pathname;
    expect(path(manifest.settings.event_subscriptions.request_url)).toBe('/slack/events');
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(path(manifest.settings.interactivity.request_url)).toBe('/slack/events');
    expect(manifest.features.slash_commands.map((c) => path(c.url))).toEqual(['/slack/events']);
    expect(manifest.oauth_config.redirect_urls.map(path)).toEqual(['/slack/oauth_redirect']);
  });
});
