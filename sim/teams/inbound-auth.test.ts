import { buildJwksUri, MsalTokenProvider } from '@microsoft/agents-hosting';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_BOT,
  type InboundTokenIssuer,
  mintInboundToken,
  newSigner,
  personalMessage,
  sendActivity,
  startInboundTokenIssuer,
  startTeamsConnector,
  type TeamsConnector,
  tamperToken,
} from './index.ts';
import { startTestAgent, type TestAgent } from './test-agent.ts';

// Inbound auth of a real Agents SDK app (createAgentRequestHandler runs authorizeJWT first) against
// tokens signed by a local key. The SDK's JWKS location follows `authorityEndpoint` + `tenantId` for
// any issuer except Bot Framework's own (see jwt.ts), so a locally issued Entra-style token verifies.

const APP_ID = DEFAULT_BOT.appId;
const user = { id: '29:1authUser', name: 'Avery Auth', aadObjectId: '0b5e2f0c-8d2a-4c55-9a11-4f1e2d3c4b5a' };

let connector: TeamsConnector;
let issuer: InboundTokenIssuer;
let bot: TestAgent;
let strictBot: TestAgent;
let anonymousBot: TestAgent;

beforeAll(async () => {
  connector = await startTeamsConnector();
  issuer = await startInboundTokenIssuer();
  bot = await startTestAgent(issuer.authConfig(APP_ID));
  strictBot = await startTestAgent(issuer.authConfig(APP_ID, { validateIssuer: true }));
  anonymousBot = await startTestAgent();
});
afterAll(async () => {
  await Promise.all([bot.close(), strictBot.close(), anonymousBot.close()]);
  await issuer.close();
  await connector.close();
});

const message = () => personalMessage({ serviceUrl: connector.url, from: user, text: 'vpn drops' });
const valid = () => issuer.mint({ audience: APP_ID, serviceUrl: connector.url });

describe('a bot with a client id', () => {
  it('accepts a valid token, verified with keys from the configured authority', async () => {
    connector.reset();
    const activity = message();
    const response = await sendActivity(bot.url, activity, { token: await valid() });
    expect(response.status).toBe(200);
    expect(issuer.requests).toContain(new URL(issuer.jwksUri).pathname);
    // The turn ran: the reply reached the connector. Outbound calls stay anonymous (see connector.ts).
    expect(connector.activities(activity.conversation.id).map((a) => a.activity.text)).toEqual([
      'Diagnosis ready for: vpn drops',
    ]);
    expect(connector.calls.every((c) => c.authorization === undefined)).toBe(true);
  });

  it.each([
    ['no Authorization header', async () => ({}), 'authorization header not found'],
    ['a bogus bearer token', async () => ({ token: 'not-a-jwt' }), 'invalid token'],
    [
      'a non-Bearer scheme',
      async () => ({ authorization: 'Basic dXNlcjpwYXNz' }),
      'invalid authorization header',
    ],
    [
      'a tampered payload',
      async () => ({ token: tamperToken(await valid(), { serviceurl: 'https://attacker.example/' }) }),
      'invalid signature',
    ],
    [
      'another app id as audience',
      async () => ({ token: await issuer.mint({ audience: 'another-app' }) }),
      'Audience mismatch',
    ],
    [
      'a token expired beyond the 300 s clock tolerance',
      async () => ({ token: await issuer.mint({ audience: APP_ID, expiresIn: -600 }) }),
      'jwt expired',
    ],
    [
      'a key the JWKS does not list',
      async () => ({ token: await mintInboundToken(await newSigner(issuer.issuer), { audience: APP_ID }) }),
      'Unable to find a signing key',
    ],
    [
      "a stranger's key under the issuer's kid",
      async () => ({
        token: await mintInboundToken(
          { ...(await newSigner(issuer.issuer)), kid: issuer.kid },
          { audience: APP_ID },
        ),
      }),
      'invalid signature',
    ],
  ])('rejects %s with 401', async (_case, auth, reason) => {
    const response = await sendActivity(bot.url, message(), await auth());
    expect(response.status).toBe(401);
    expect((response.body as Record<string, string>)['jwt-auth-error']).toContain(reason);
  });

  it('tolerates clock skew up to 300 s', async () => {
    const recentlyExpired = await issuer.mint({ audience: APP_ID, expiresIn: -120 });
    expect((await sendActivity(bot.url, message(), { token: recentlyExpired })).status).toBe(200);
  });

  it('checks the issuer only with validateIssuer: true', async () => {
    const foreign = await issuer.mint({ audience: APP_ID, issuer: 'https://issuer.attacker.example/v2.0' });
    expect((await sendActivity(bot.url, message(), { token: foreign })).status).toBe(200);
    const rejected = await sendActivity(strictBot.url, message(), { token: foreign });
    expect(rejected.status).toBe(401);
    expect((await sendActivity(strictBot.url, message(), { token: await valid() })).status).toBe(200);
  });
});

describe('the local issuer', () => {
  it('publishes OpenID metadata that points at its JWKS', async () => {
    const metadata = (await (await fetch(issuer.openIdConfigurationUrl)).json()) as Record<string, string>;
    expect(metadata).toMatchObject({ issuer: issuer.issuer, jwks_uri: issuer.jwksUri });
    const jwks = (await (await fetch(issuer.jwksUri)).json()) as { keys: Record<string, string>[] };
    expect(jwks.keys).toEqual([
      expect.objectContaining({ kty: 'RSA', kid: issuer.kid, use: 'sig', alg: 'RS256' }),
    ]);
  });
});

describe('SDK facts the simulator relies on', () => {
  it('rejects any bearer token with 401 even in anonymous dev mode', async () => {
    const response = await sendActivity(anonymousBot.url, message(), { token: await valid() });
    expect(response.status).toBe(401);
    expect((await sendActivity(anonymousBot.url, message())).status).toBe(200);
  });

  it('hard-codes the key location for Bot Framework-issued tokens', () => {
    const config = issuer.authConfig(APP_ID);
    expect(buildJwksUri('https://api.botframework.com', config)).toBe(
      'https://login.botframework.com/v1/.well-known/keys',
    );
    expect(buildJwksUri(issuer.issuer, config)).toBe(issuer.jwksUri);
  });

  it('cannot get outbound tokens from a local authority (MSAL requires https)', async () => {
    const settings = { ...issuer.authConfig(APP_ID), clientSecret: 'local-secret' };
    const provider = new MsalTokenProvider(settings);
    await expect(provider.getAccessToken('https://api.botframework.com')).rejects.toMatchObject({
      errorCode: 'authority_uri_insecure',
    });
  });
});
