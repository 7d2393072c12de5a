import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type GraphDrive, type GraphSimulator, startGraphSimulator } from './index.ts';
import { accessToken, graph, requestToken } from './test-helpers.ts';

// Client-credentials grant: https://learn.microsoft.com/entra/identity-platform/v2-oauth2-client-creds-grant-flow
// (401 invalid_client for a bad secret, AADSTS7000215 per
// https://learn.microsoft.com/entra/identity-platform/reference-error-codes); Graph 401
// `InvalidAuthenticationToken` per https://learn.microsoft.com/graph/errors.

let sim: GraphSimulator;

beforeAll(async () => {
  sim = await startGraphSimulator({ startTime: '2025-03-03T09:00:00Z' });
});
afterEach(() => sim.reset());
afterAll(() => sim.close());

describe('token endpoint', () => {
  it('issues a bearer token for the configured tenant, client id and secret', async () => {
    expect(sim.tokenUrl).toBe(`${sim.url}/login/${sim.credentials.tenantId}/oauth2/v2.0/token`);
    const { status, body } = await requestToken(sim);
    expect(status).toBe(200);
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599 });
    expect(body.access_token.split('.')).toHaveLength(3);
    const call = sim.calls.at(-1);
    expect(call).toMatchObject({ service: 'login', method: 'POST', status: 200 });
  });

  it('answers a wrong secret with 401 invalid_client AADSTS7000215', async () => {
    const { status, body } = await requestToken(sim, { client_secret: 'wrong' });
    expect(status).toBe(401);
    expect(body).toMatchObject({ error: 'invalid_client', error_codes: [7000215] });
    expect(body.error_description).toMatch(/^AADSTS7000215: Invalid client secret provided/);
    expect(body).toHaveProperty('trace_id');
    expect(body).toHaveProperty('correlation_id');
  });

  it.each([
    ['an unknown tenant', {}, 'other-tenant', 400, 'invalid_request', 90002],
    ['an unknown client id', { client_id: 'nope' }, undefined, 400, 'unauthorized_client', 700016],
    ['no secret', { client_secret: '' }, undefined, 401, 'invalid_client', 7000218],
    ['a scope without /.default', { scope: 'Files.Read.All' }, undefined, 400, 'invalid_scope', 1002012],
    ['another grant type', { grant_type: 'password' }, undefined, 400, 'unsupported_grant_type', 70003],
  ])('rejects %s', async (_name, overrides, tenant, status, error, code) => {
    const url = tenant ? `${sim.loginUrl}/${tenant}/oauth2/v2.0/token` : sim.tokenUrl;
    const response = await requestToken(sim, overrides, url);
    expect(response.status).toBe(status);
    expect(response.body).toMatchObject({ error, error_codes: [code] });
  });
});

describe('bearer authentication on Graph', () => {
  it('lists the drives of a site with a valid token', async () => {
    const token = await accessToken(sim);
    const site = await graph<{ id: string; displayName: string }>(sim, `/sites/${sim.defaultSiteId}`, token);
    expect(site.body).toMatchObject({ id: sim.defaultSiteId, displayName: 'IT Knowledge Base' });
    const drives = await graph<{ value: GraphDrive[] }>(sim, `/sites/${sim.defaultSiteId}/drives`, token);
    expect(drives.status).toBe(200);
    expect(drives.body.value).toEqual([
      expect.objectContaining({ id: sim.defaultDriveId, name: 'Documents', driveType: 'documentLibrary' }),
    ]);
  });

  it('rejects a missing, unknown or expired token with 401 InvalidAuthenticationToken', async () => {
    const path = `/sites/${sim.defaultSiteId}/drives`;
    const missing = await graph<{ error: { code: string; message: string } }>(sim, path, undefined);
    expect(missing.status).toBe(401);
    expect(missing.body.error).toMatchObject({
      code: 'InvalidAuthenticationToken',
      message: 'Access token is empty.',
    });
    expect((await graph(sim, path, 'made.up.token')).status).toBe(401);

    const token = await accessToken(sim);
    sim.clock.advance(3598 * 1000);
    expect((await graph(sim, path, token)).status).toBe(200);
    sim.clock.advance(2000);
    const expired = await graph<{ error: { code: string; message: string } }>(sim, path, token);
    expect(expired.status).toBe(401);
    expect(expired.body.error.message).toMatch(/token is expired/);
    expect(expired.headers.get('www-authenticate')).toMatch(/^Bearer/);
  });

  it('expireAccessTokens() invalidates tokens already issued', async () => {
    const token = await accessToken(sim);
    sim.expireAccessTokens();
    expect((await graph(sim, `/drives/${sim.defaultDriveId}`, token)).status).toBe(401);
    expect((await graph(sim, `/drives/${sim.defaultDriveId}`, await accessToken(sim))).status).toBe(200);
  });
});
