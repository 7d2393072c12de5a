import { getAuthConfigWithDefaults } from '@microsoft/agents-hosting';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_BOT,
  type InboundTokenIssuer,
  mintInboundToken,
  newSigner,
  startInboundTokenIssuer,
  tamperToken,
} from '../../sim/teams/index.ts';
import { testDatabase } from '../../test/db.ts';
import { capturingLogger, offlineDiagnosis } from '../../test/diagnosis.ts';
import { createTeamsAdapter } from './adapter.ts';
import { sdkAuthConfiguration } from './config.ts';
import { type TeamsWorld, teamsWorld } from './teams-test-kit.ts';

const APP_ID = DEFAULT_BOT.appId;

describe('Teams adapter with an app id: every request needs a valid Bot Framework token', () => {
  let issuer: InboundTokenIssuer;
  let w: TeamsWorld;

  beforeAll(async () => {
    issuer = await startInboundTokenIssuer();
    // The simulator's issuer stands in for Entra: its keys are found through `authorityEndpoint`.
    w = await teamsWorld({
      appId: APP_ID,
      appPassword: 'local-secret',
      tenantId: issuer.tenantId,
      authorityEndpoint: issuer.url,
    });
  });
  afterAll(async () => {
    await w.close();
    await issuer.close();
  });

  const message = () => w.personal('vpn drops');
  const valid = () => issuer.mint({ audience: APP_ID, serviceUrl: w.connector.url });

  it.each([
    ['no Authorization header', async () => undefined, 'authorization header not found'],
    ['a bogus bearer token', async () => 'not-a-jwt', 'invalid token'],
    [
      'a tampered token',
      async () => tamperToken(await valid(), { serviceurl: 'https://attacker.example/' }),
      'invalid signature',
    ],
    ['another app id as audience', async () => issuer.mint({ audience: 'another-app' }), 'Audience mismatch'],
    [
      'a key the issuer does not publish',
      async () => mintInboundToken(await newSigner(issuer.issuer), { audience: APP_ID }),
      'Unable to find a signing key',
    ],
    // Correctly signed with keys from the configured authority, but issued by someone else:
    // accepted by the SDK unless `validateIssuer` is on (sim/teams/inbound-auth.test.ts).
    [
      'a foreign issuer',
      async () => issuer.mint({ audience: APP_ID, issuer: 'https://issuer.attacker.example/v2.0' }),
      'issuer',
    ],
  ])('rejects %s with 401 and does nothing', async (_case, token, reason) => {
    const before = w.connector.calls.length;
    const response = await w.send(message(), await token());
    expect(response.status).toBe(401);
    expect(JSON.stringify(response.body)).toMatch(new RegExp(reason, 'i'));
    await new Promise((r) => setTimeout(r, 100));
    expect(w.connector.calls.length).toBe(before);
  });

  it('lets a valid token through the check (the turn then needs a real Entra authority for outbound tokens)', async () => {
    const response = await w.send(message(), await valid());
    expect(issuer.requests).toContain(new URL(issuer.jwksUri).pathname);
    // Past the JWT check; MSAL then refuses the local http authority for the outbound token, which
    // the router logs and answers 500 (the connector retries a 5xx).
    expect(response.status).toBe(500);
    const failure = w.logs.find((line) => line.includes('Teams request failed'));
    expect(failure).toMatch(/authority_uri_insecure/);
  });
});

describe('Teams adapter configuration', () => {
  const saved = { ...process.env };
  afterEach(() => {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
    // The SDK keeps what it last read from the environment in module state, which other suites in
    // this worker share: make it read the restored environment once more.
    const testMode = process.env.TEST_MODE;
    process.env.TEST_MODE = 'true';
    getAuthConfigWithDefaults({});
    if (testMode === undefined) delete process.env.TEST_MODE;
    else process.env.TEST_MODE = testMode;
  });

  it('refuses to start in production without an app id', async () => {
    const database = await testDatabase();
    expect(() =>
      createTeamsAdapter({
        config: { production: true },
        database,
        diagnosis: offlineDiagnosis(),
        logger: capturingLogger().logger,
      }),
    ).toThrow(/MICROSOFT_APP_ID is required in production/);
  });

  it('warns loudly when it runs anonymously in development', async () => {
    const { logger, lines } = capturingLogger();
    createTeamsAdapter({
      config: { production: false },
      database: await testDatabase(),
      diagnosis: offlineDiagnosis(),
      logger,
    });
    expect(lines.join('\n')).toMatch(/"level":40.*ANONYMOUS mode/);
  });

  it('takes auth settings from TeamsConfig only, never from the environment', () => {
    // The SDK reads these names from process.env (re-read on every call with TEST_MODE=true).
    Object.assign(process.env, {
      TEST_MODE: 'true',
      clientId: 'env-client',
      clientSecret: 'env-secret',
      MicrosoftAppId: 'env-legacy-client',
      Connections__fromEnv__Settings__ClientId: 'env-connection-client',
    });
    const anonymous = getAuthConfigWithDefaults(sdkAuthConfiguration({ production: false }));
    expect(anonymous.clientId).toBeUndefined();
    expect(anonymous.clientSecret).toBeUndefined();
    expect([...(anonymous.connections?.keys() ?? [])]).toEqual(['serviceConnection']);
    const configured = getAuthConfigWithDefaults(
      sdkAuthConfiguration({
        production: true,
        appId: APP_ID,
        appPassword: 'secret',
        tenantId: issuerTenant,
      }),
    );
    expect(configured).toMatchObject({ clientId: APP_ID, clientSecret: 'secret', tenantId: issuerTenant });
    expect(configured.connections?.get('serviceConnection')).toMatchObject({
      clientId: APP_ID,
      validateIssuer: true,
    });
  });
});

const issuerTenant = '6e1c3c2a-8f5d-4b7e-9a10-2c4f8d9e0b31';

describe('Teams adapter without an app id (anonymous development mode)', () => {
  let w: TeamsWorld;
  beforeAll(async () => {
    w = await teamsWorld();
  });
  afterAll(() => w.close());

  it('replies only to a local serviceUrl: an address elsewhere is refused with 400 and never called', async () => {
    const before = w.connector.calls.length;
    for (const serviceUrl of [
      'http://169.254.169.254/',
      'https://smba.trafficmanager.net/amer/',
      'http://10.0.0.5:8080/',
    ]) {
      const response = await w.send({ ...w.personal('vpn drops'), serviceUrl });
      expect(response.status, serviceUrl).toBe(400);
      expect(JSON.stringify(response.body)).toMatch(/anonymous development mode.*local serviceUrl/);
    }
    await new Promise((r) => setTimeout(r, 100));
    expect(w.connector.calls.length).toBe(before);
    // The local connector (the Agents Playground's place) is answered as ever.
    expect(new URL(w.connector.url).hostname).toBe('127.0.0.1');
    expect((await w.send(w.personal('vpn drops'))).status).toBe(200);
  });
});
