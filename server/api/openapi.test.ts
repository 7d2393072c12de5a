import express, { Router } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../../test/db.ts';
import { api, startTestServer } from '../../test/server.ts';
import type { RunningServer } from '../boot.ts';

interface Layer {
  rawPath?: unknown;
  slash?: boolean;
  route?: { path: unknown; methods: Record<string, boolean> };
  handle: { stack?: Layer[] };
}

/**
 * What express really serves: walks the router stacks (express 5 / router 2 keep each layer's
 * mount path as `rawPath`) and answers `METHOD /path` in OpenAPI syntax, relative to `prefix`.
 */
function mountedRoutes(stack: Layer[], base = ''): string[] {
  const out: string[] = [];
  for (const layer of stack) {
    if (layer.route) {
      const own = String(layer.route.path);
      // `router.get('/')` under a mount path serves the mount path itself.
      const path = (own === '/' && base ? base : `${base}${own}`).replace(/:(\w+)/g, '{$1}');
      for (const [method, on] of Object.entries(layer.route.methods)) {
        if (on && method !== '_all') out.push(`${method.toUpperCase()} ${path}`);
      }
    } else if (layer.handle.stack) {
      const mount = layer.slash || typeof layer.rawPath !== 'string' ? '' : layer.rawPath;
      out.push(...mountedRoutes(layer.handle.stack, `${base}${mount}`));
    }
  }
  return out;
}

interface Operation {
  operationId: string;
  summary: string;
  responses: Record<string, unknown>;
  requestBody?: { content: { 'application/json': { schema: { type?: string; properties?: object } } } };
  parameters?: Array<{ name: string; in: string; required: boolean; schema: object }>;
  security?: unknown[];
}

describe('the mounted-route walker', () => {
  it('finds a bare route however deeply it is mounted, so an undocumented one cannot hide', () => {
    const inner = Router();
    inner.get('/:widgetId', () => undefined);
    inner.post('/', () => undefined);
    const outer = Router();
    outer.use((_req, _res, next) => next());
    outer.use('/widgets', inner);
    const app = express();
    app.use('/api/v1', outer);
    const stack = (app as unknown as { router: { stack: Layer[] } }).router.stack;
    expect(mountedRoutes(stack).sort()).toEqual(['GET /api/v1/widgets/{widgetId}', 'POST /api/v1/widgets']);
  });
});

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

  it('documents every route express mounts under /api/v1', () => {
    const app = server.app as unknown as { router: { stack: Layer[] } };
    const mounted = mountedRoutes(app.router.stack)
      .filter((r) => r.split(' ')[1]?.startsWith('/api/v1/'))
      .map((r) => r.replace(' /api/v1', ' '));
    const documented = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.keys(item).map((m) => `${m.toUpperCase()} ${path}`),
    );
    // A sanity floor: a walker that finds nothing would make the next line pass vacuously.
    expect(mounted.length).toBeGreaterThan(60);
    expect(mounted.filter((r) => !documented.includes(r))).toEqual([]);
    // And nothing is documented that is not served.
    expect(documented.filter((r) => !mounted.includes(r))).toEqual([]);
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
      'POST /auth/invites/preview',
      'GET /auth/browser-sessions',
      'DELETE /auth/browser-sessions/{sessionId}',
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
      'PATCH /account/preferences',
      'POST /integrations/slack/install-link',
      'POST /integrations/teams/tenant',
      'PUT /psa/members/{userId}',
      'POST /console/sessions',
      'POST /console/sessions/{sessionId}/messages',
      'GET /console/sessions/{sessionId}/card',
      'POST /console/sessions/{sessionId}/actions',
      'GET /psa/boards',
      'GET /psa/statuses',
      'GET /integrations/teams/app-package',
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
    const statuses = doc.paths['/psa/statuses']?.get as Operation & {
      'x-permission'?: string;
      responses: { '200': { content: { 'application/json': { schema: object } } } };
    };
    expect(statuses.parameters).toContainEqual(
      expect.objectContaining({ name: 'board', in: 'query', required: true }),
    );
    expect(statuses['x-permission']).toBe('settings.manage');
    expect(statuses.responses['200'].content['application/json'].schema).toMatchObject({
      properties: { statuses: { type: 'array' } },
    });
    const audit = doc.paths['/audit-log']?.get?.parameters?.map((p) => p.name);
    expect(audit).toEqual(expect.arrayContaining(['actorUserId', 'action', 'tag']));
  });

  it('documents the invite, browser-session, demo sign-in and reranked-search answers', () => {
    type WithResponse = Operation & {
      responses: Record<string, { content?: { 'application/json': { schema: object } } }>;
    };
    const answer = (path: string, method: string, status = '200') =>
      (doc.paths[path]?.[method] as WithResponse | undefined)?.responses[status]?.content?.[
        'application/json'
      ].schema;

    const preview = doc.paths['/auth/invites/preview']?.post;
    expect(preview?.security).toEqual([]);
    expect(preview?.requestBody?.content['application/json'].schema).toMatchObject({
      properties: { token: { type: 'string' } },
      required: ['token'],
    });
    expect(answer('/auth/invites/preview', 'post')).toMatchObject({
      properties: { invite: { properties: { accountName: { type: 'string' } } } },
    });
    expect(doc.paths['/auth/invites/accept']?.post?.security).toEqual([]);
    expect(Object.keys(doc.paths['/auth/invites/accept']?.post?.responses ?? {})).toContain('201');

    expect(doc.paths['/auth/oidc/{provider}/start']?.get?.parameters).toContainEqual(
      expect.objectContaining({ name: 'invite', in: 'query', required: false }),
    );
    expect(answer('/auth/providers', 'get')).toMatchObject({
      properties: { demo: { properties: { users: { type: 'array' } } } },
    });
    expect(answer('/auth/browser-sessions', 'get')).toMatchObject({
      properties: { sessions: { type: 'array' } },
    });
    expect(doc.paths['/auth/browser-sessions/{sessionId}']?.delete?.parameters).toContainEqual(
      expect.objectContaining({
        name: 'sessionId',
        in: 'path',
        schema: expect.objectContaining({ format: 'uuid' }),
      }),
    );
    expect(answer('/users/invites', 'get')).toMatchObject({
      properties: { invites: { items: { properties: { link: { type: 'string' } } } } },
    });
    expect(answer('/kb/search', 'post')).toMatchObject({
      properties: { rankedBy: { enum: ['model', 'lexical'] }, noAnswer: { type: 'boolean' } },
    });
  });
});
