import { randomBytes } from 'node:crypto';
import { newBotToken, slackId } from './ids.ts';
import { fail, type MethodContext, type MethodHandler, str } from './method-kit.ts';
import { DEFAULT_BOT_SCOPE, type OAuthGrant, type SimState, wireUser } from './state.ts';

function teamDomain(state: SimState, teamId: string, teamName: string): string {
  if (teamId === state.workspace.teamId) return state.workspace.teamDomain;
  return teamName.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

/**
 * auth.test: who the token is. Bolt calls it at start-up and reads `user_id`/`bot_id`. Fields are
 * exactly those of the spec's success schema.
 */
const authTest: MethodHandler = ({ state, grant }) => {
  if (!grant) return fail('not_authed');
  return {
    ok: true,
    url: `https://${teamDomain(state, grant.teamId, grant.teamName)}.slack.com/`,
    team: grant.teamName,
    user: state.workspace.botName,
    team_id: grant.teamId,
    user_id: grant.botUserId,
    bot_id: grant.botId,
    is_enterprise_install: false,
  };
};

const usersInfo: MethodHandler = ({ state, args }) => {
  const user = state.users.get(str(args, 'user') ?? '');
  if (!user) return fail('user_not_found');
  return { ok: true, user: wireUser(user, state.workspace, Math.floor(state.now() / 1000)) };
};

/** Registers a single-use authorization `code`, as Slack's authorize redirect would deliver it. */
export function issueOAuthCode(state: SimState, grant: Partial<OAuthGrant> = {}): string {
  let userId = grant.userId;
  if (!userId) {
    const human = [...state.users.values()].find((u) => !u.isBot);
    userId = human?.id ?? state.addUser({ name: 'installer', email: 'installer@example.com' }).id;
  }
  const code = `${Date.now()}.${randomBytes(16).toString('hex')}`;
  state.oauthCodes.set(code, {
    teamId: grant.teamId ?? state.workspace.teamId,
    teamName: grant.teamName ?? state.workspace.teamName,
    userId,
    scope: grant.scope ?? DEFAULT_BOT_SCOPE,
    ...(grant.userScope ? { userScope: grant.userScope } : {}),
  });
  return code;
}

/** Client credentials: HTTP Basic (preferred by the docs) or `client_id`/`client_secret` arguments. */
function clientCredentials({ args, headers }: MethodContext): { id?: string; secret?: string } {
  const basic = /^Basic\s+(.+)$/i.exec(headers.authorization ?? '');
  if (basic?.[1]) {
    const [id, secret] = Buffer.from(basic[1], 'base64').toString('utf8').split(':');
    return { id, secret };
  }
  return { id: str(args, 'client_id'), secret: str(args, 'client_secret') };
}

/**
 * oauth.v2.access: exchanges a code (single use) for a bot token that the simulator accepts from
 * then on. Response fields follow the method docs: `access_token` (xoxb-), `token_type:'bot'`,
 * `scope`, `bot_user_id`, `app_id`, `team`, `enterprise`, `authed_user`, `is_enterprise_install`.
 */
export function oauthV2Access(expected: { clientId?: string; clientSecret?: string }): MethodHandler {
  return (ctx) => {
    const { state, args } = ctx;
    const creds = clientCredentials(ctx);
    if (expected.clientId !== undefined && creds.id !== expected.clientId) return fail('invalid_client_id');
    if (expected.clientSecret !== undefined && creds.secret !== expected.clientSecret)
      return fail('bad_client_secret');
    const code = str(args, 'code') ?? '';
    const grant = state.oauthCodes.get(code);
    if (!grant) return fail('invalid_code');
    state.oauthCodes.delete(code);
    const sameTeam = grant.teamId === state.workspace.teamId;
    const botUserId = sameTeam ? state.workspace.botUserId : slackId('U');
    const botId = sameTeam ? state.workspace.botId : slackId('B');
    const accessToken = newBotToken();
    state.tokens.set(accessToken, {
      teamId: grant.teamId,
      teamName: grant.teamName,
      botUserId,
      botId,
      scope: grant.scope,
      issued: true,
    });
    const authedUser: Record<string, unknown> = { id: grant.userId };
    if (grant.userScope) {
      Object.assign(authedUser, {
        scope: grant.userScope,
        access_token: `xoxp-${randomBytes(20).toString('hex')}`,
        token_type: 'user',
      });
    }
    return {
      ok: true,
      app_id: state.workspace.apiAppId,
      authed_user: authedUser,
      scope: grant.scope,
      token_type: 'bot',
      access_token: accessToken,
      bot_user_id: botUserId,
      team: { id: grant.teamId, name: grant.teamName },
      enterprise: null,
      is_enterprise_install: false,
    };
  };
}

export const AUTH_METHODS: Record<string, MethodHandler> = {
  'auth.test': authTest,
  'users.info': usersInfo,
};
