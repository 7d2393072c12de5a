import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../../test/db.ts';
import { api, startTestServer } from '../../test/server.ts';
import type { RunningServer } from '../boot.ts';

interface Operation {
  operationId: string;
  summary: string;
  responses: Record<string, unknown>;
  requestBody?: { content: { 'application/json': { schema: { type?: string; properties?: object } } } };
  parameters?: Array<{ name: string; in: string; required: boolean; schema: object }>;
  security?: unknown[];
}

describe('GET /api/v1/openapi.json', () => {
  let server: RunningServer;
  let doc: {
    openapi: string;
    info: { title: string; version: string };
    paths: Record<string, Record<string, Operation>>;
    components: { securitySchemes: Record<string, unknown> };
  };

  beforeAll(async () => {
    server = await startTestServer(await testDatabase());
    const res = await api(server, '/api/v1/openapi.json');
    expect(res.status).toBe(200);
    doc = res.body as unknown as typeof doc;
  });
  afterAll(async () => {
    await server.stop();
  });

  it('is an OpenAPI 3.1 document without signing in', () => {
    expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
    expect(doc.info).toMatchObject({ title: expect.any(String), version: expect.any(String) });
    expect(Object.keys(doc.components.securitySchemes).sort()).toEqual(['bearer', 'cookie']);
    for (const [path, item] of Object.entries(doc.paths)) {
      expect(path).toMatch(/^\//);
      for (const [method, op] of Object.entries(item)) {
        expect(['get', 'post', 'put', 'patch', 'delete']).toContain(method);
        expect(op.operationId).toMatch(/^\w+$/);
        expect(Object.keys(op.responses).length).toBeGreaterThan(0);
        // Every {param} in the path is declared as a required path parameter.
        for (const [, name] of path.matchAll(/\{(\w+)\}/g)) {
          expect(op.parameters).toContainEqual(expect.objectContaining({ name, in: 'path', required: true }));
        }
      }
    }
    const ids = Object.values(doc.paths).flatMap((item) => Object.values(item).map((op) => op.operationId));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('lists the auth, users, account and sessions routes', () => {
    const routes = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.keys(item).map((m) => `${m.toUpperCase()} ${path}`),
    );
    for (const route of [
      'POST /auth/sign-in',
      'POST /auth/refresh',
      'POST /auth/sign-out',
      'GET /auth/session',
      'GET /auth/providers',
      'GET /auth/oidc/{provider}/start',
      'GET /auth/sessions',
      'POST /auth/sessions/revoke',
      'POST /auth/invites/accept',
      'GET /account/session-policy',
      'PUT /account/session-policy',
      'POST /account/transfer-ownership',
      'GET /users',
      'PATCH /users/{userId}',
      'POST /users/invites',
      'GET /users/invites',
      'DELETE /users/invites/{inviteId}',
      'GET /audit-log',
      'POST /sessions/{sessionId}/turns',
      'POST /sessions/{sessionId}/fixes/{fixId}/outcome',
      'POST /sessions/{sessionId}/resolution-note/post',
      'POST /kb/connectors',
      'POST /kb/connectors/{connectorId}/sync',
      'POST /kb/search',
      'PUT /psa/settings',
      'GET /flows',
      'POST /flows/import',
      'POST /flows/match',
      'GET /flows/{flowId}/export',
      'POST /flows/{flowId}/walks',
      'POST /walks/{walkId}/answer',
      'POST /walks/{walkId}/finish',
      'GET /sessions/{sessionId}/flow-match',
    ]) {
      expect(routes).toContain(route);
    }
  });

  it('derives request bodies and queries from the zod schemas', () => {
    const signIn = doc.paths['/auth/sign-in']?.post;
    expect(signIn?.security).toEqual([]);
    expect(signIn?.requestBody?.content['application/json'].schema).toMatchObject({
      type: 'object',
      properties: { email: { type: 'string', format: 'email' }, password: { type: 'string' } },
      required: ['email', 'password'],
      additionalProperties: false,
    });
    expect(
      doc.paths['/account/session-policy']?.put?.requestBody?.content['application/json'].schema,
    ).toMatchObject({
      properties: { preset: { enum: ['strict', 'standard', 'custom'] } },
    });
    expect(
      doc.paths['/auth/sessions/revoke']?.post?.requestBody?.content['application/json'].schema,
    ).toMatchObject({
      properties: { scope: { enum: ['others', 'everyone'] } },
    });
    expect(doc.paths['/users/invites']?.post?.requestBody?.content['application/json'].schema).toMatchObject({
      properties: { role: { enum: ['admin', 'engineer', 'l1', 'viewer'] } },
    });
    const users = doc.paths['/users']?.get?.parameters?.map((p) => `${p.in}:${p.name}`);
    expect(users).toEqual(expect.arrayContaining(['query:role', 'query:includeDisabled']));
    const audit = doc.paths['/audit-log']?.get?.parameters?.map((p) => p.name);
    expect(audit).toEqual(expect.arrayContaining(['actorUserId', 'action', 'tag']));
  });
});
