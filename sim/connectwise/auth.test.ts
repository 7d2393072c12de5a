import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { basicAuthorization, type ConnectWiseSimulator, startConnectWiseSimulator } from './index.ts';
import { ACCEPT, CLIENT_ID, cw } from './test-helpers.ts';

// Authentication as documented: `Authorization: Basic base64("{companyId}+{publicKey}:{privateKey}")`
// plus a `clientId` header "required … with all API Requests" (https://developer.connectwise.com/ClientID).

let sim: ConnectWiseSimulator;

beforeAll(async () => {
  sim = await startConnectWiseSimulator({
    credentials: { companyId: 'msp', publicKey: 'pubKEY', privateKey: 'privKEY' },
  });
});
afterEach(() => sim.reset());
afterAll(() => sim.close());

describe('authentication', () => {
  it('serves the real base path and accepts the configured API member keys', async () => {
    expect(sim.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v4_6_release\/apis\/3\.0$/);
    expect(sim.authorization).toBe(`Basic ${Buffer.from('msp+pubKEY:privKEY').toString('base64')}`);
    const info = await cw<Record<string, unknown>>(sim, '/system/info');
    expect(info.status).toBe(200);
    expect(info.body).toMatchObject({ version: expect.stringMatching(/^v\d{4}\.\d/), isCloud: true });
    // The company id is matched case-insensitively (login company ids are), the keys exactly.
    const upper = basicAuthorization({ companyId: 'MSP', publicKey: 'pubKEY', privateKey: 'privKEY' });
    expect((await cw(sim, '/system/info', { headers: { authorization: upper } })).status).toBe(200);
  });

  it.each([
    [
      'a wrong private key',
      basicAuthorization({ companyId: 'msp', publicKey: 'pubKEY', privateKey: 'nope' }),
    ],
    [
      'a wrong company',
      basicAuthorization({ companyId: 'other', publicKey: 'pubKEY', privateKey: 'privKEY' }),
    ],
    ['no company prefix', `Basic ${Buffer.from('pubKEY:privKEY').toString('base64')}`],
    ['a bearer token', 'Bearer abc'],
    ['no header', undefined],
  ])('answers 401 with ConnectWise’s error body for %s', async (_label, authorization) => {
    const response = await cw<Record<string, unknown>>(sim, '/service/tickets', {
      headers: { authorization },
    });
    expect(response.status).toBe(401);
    expect(response.body).toEqual({ code: 'Unauthorized', message: expect.any(String) });
  });

  it('rejects a request without clientId with 400 naming the header', async () => {
    const response = await cw<{ code: string; message: string }>(sim, '/service/tickets', {
      headers: { clientid: undefined },
    });
    expect(response.status).toBe(400);
    expect(response.body.message).toMatch(/clientId/);
    // Wrong keys still win: authentication is checked first.
    const both = await cw(sim, '/service/tickets', {
      headers: { clientid: undefined, authorization: 'Basic eA==' },
    });
    expect(both.status).toBe(401);
  });

  it('records method, path, query, headers (incl. the versioned Accept), body and status of every call', async () => {
    await cw(sim, '/service/tickets?pageSize=5');
    await cw(sim, '/service/tickets', { headers: { authorization: undefined } });
    expect(sim.calls).toHaveLength(2);
    expect(sim.calls[0]).toMatchObject({
      method: 'GET',
      path: '/service/tickets',
      query: { pageSize: '5' },
      headers: { accept: ACCEPT, clientid: CLIENT_ID },
      status: 200,
    });
    expect(sim.calls[1]?.status).toBe(401);
  });

  it('answers unknown resources with 404 NotFound', async () => {
    const response = await cw(sim, '/service/nothing');
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ code: 'NotFound' });
    const outside = await fetch(sim.url.replace('/v4_6_release/apis/3.0', '/elsewhere'));
    expect(outside.status).toBe(404);
  });
});
