import { createServer } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GraphSimulator, startGraphSimulator } from '../../../sim/graph/index.ts';
import { type ItGlueSimulator, startItGlueSimulator } from '../../../sim/itglue/index.ts';
import { listenLocal } from '../../../sim/shared/kit.ts';
import { redactText } from '../../shared/redact.ts';
import { buildConnector } from './settings.ts';
import { defaultRuntime } from './types.ts';

const runtime = defaultRuntime({ maxRetries: 0, timeoutMs: 2_000, sleep: async () => {} });
let itglue: ItGlueSimulator;
let graph: GraphSimulator;
let closedUrl: string;

beforeAll(async () => {
  itglue = await startItGlueSimulator();
  graph = await startGraphSimulator();
  // A port that was listening and is now closed: connection refused, like a wrong host.
  const server = createServer();
  closedUrl = await listenLocal(server);
  await new Promise((resolve) => server.close(resolve));
});
afterAll(async () => {
  await itglue.close();
  await graph.close();
});

const itg = (settings: Record<string, unknown>, key = itglue.apiKey) =>
  buildConnector('itglue', { region: 'us', baseUrl: itglue.url, ...settings }, key, runtime);

const graphSettings = (overrides: Record<string, unknown> = {}) => ({
  tenantId: graph.credentials.tenantId,
  clientId: graph.credentials.clientId,
  driveIds: [graph.defaultDriveId],
  loginBaseUrl: graph.loginUrl,
  graphBaseUrl: graph.graphUrl,
  ...overrides,
});

describe('test connection', () => {
  it('IT Glue: ok, a rejected key, a missing asset type, an unreachable host', async () => {
    const typeId = itglue.state.flexibleAssetTypes[0]!.id;
    expect(await itg({ flexibleAssetTypeIds: [typeId] }).testConnection()).toEqual({
      ok: true,
      detail: `Connected to IT Glue at ${itglue.url}: 1 organizations, 1 flexible asset types selected; no organization is marked primary, so every organization is filed as a client; choose your own organization in the settings.`,
    });
    expect(await itg({}, 'ITG.wrong').testConnection()).toEqual({
      ok: false,
      reason: expect.stringMatching(
        /^IT Glue rejected the API key \(403\) while listing organizations: check the key/,
      ),
    });
    expect(await itg({ flexibleAssetTypeIds: ['999'] }).testConnection()).toEqual({
      ok: false,
      reason: 'IT Glue has no flexible asset type with id 999: pick the types again.',
    });
    expect(await itg({ baseUrl: closedUrl }).testConnection()).toEqual({
      ok: false,
      reason: `Could not reach IT Glue at ${closedUrl} while listing organizations. Check the region, or the API base URL if you set one.`,
    });
  });

  it('Hudu: a URL that is not a Hudu API', async () => {
    const hudu = buildConnector('hudu', { baseUrl: itglue.url }, 'key-12345678', runtime);
    const result = await hudu.testConnection();
    expect(result).toMatchObject({ ok: false });
    expect(result.ok ? '' : result.reason).toMatch(
      /^Hudu rejected the API key \(403\)|^No Hudu API answered/,
    );
  });

  it('Graph: ok, wrong secret, unknown tenant, unknown drive', async () => {
    const ok = await buildConnector(
      'graph',
      graphSettings(),
      graph.credentials.clientSecret,
      runtime,
    ).testConnection();
    expect(ok).toEqual({ ok: true, detail: 'Connected to Microsoft Graph: 1 document library readable.' });
    const secret = await buildConnector('graph', graphSettings(), 'not-the-secret', runtime).testConnection();
    expect(secret).toEqual({
      ok: false,
      reason: expect.stringContaining('rejected the client secret (AADSTS7000215)'),
    });
    const tenant = await buildConnector(
      'graph',
      graphSettings({ tenantId: '00000000-0000-4000-8000-000000000000' }),
      graph.credentials.clientSecret,
      runtime,
    ).testConnection();
    expect(tenant).toEqual({
      ok: false,
      reason: expect.stringContaining(
        'does not know tenant 00000000-0000-4000-8000-000000000000 (AADSTS90002)',
      ),
    });
    // Unreachable sign-in: the reason survives the log and prompt redaction word for word (it
    // once read "for a token: check …", which the redaction took for a secret).
    const unreachable = await buildConnector(
      'graph',
      graphSettings({ loginBaseUrl: closedUrl }),
      graph.credentials.clientSecret,
      runtime,
    ).testConnection();
    const reason = `Could not reach Microsoft Entra ID at ${closedUrl} to sign in. Check that this server can reach it.`;
    expect(unreachable).toEqual({ ok: false, reason });
    expect(redactText(reason)).toBe(reason);
    const drive = await buildConnector(
      'graph',
      graphSettings({ driveIds: ['b!nope'] }),
      graph.credentials.clientSecret,
      runtime,
    ).testConnection();
    expect(drive).toEqual({
      ok: false,
      reason: expect.stringMatching(
        /^Microsoft Graph answered 404 while reading drive b!nope.*: check the connector's site ids \(one per line/,
      ),
    });
  });
});
