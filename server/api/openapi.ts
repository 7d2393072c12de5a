import { Router } from 'express';
import { z } from 'zod';
import type { DeclaredRoute } from '../http/routes.ts';

function jsonSchema(schema: z.ZodType, io: 'input' | 'output' = 'input'): Record<string, unknown> {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' });
  return rest;
}

function queryParameters(schema: z.ZodObject) {
  const json = jsonSchema(schema) as { properties?: Record<string, unknown>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, s]) => ({
    name,
    in: 'query',
    required: json.required?.includes(name) ?? false,
    schema: s,
  }));
}

/** Declared `params` win; an undeclared path parameter is an id, and ids are uuids. */
function pathParameters(path: string, params: z.ZodObject | undefined) {
  const declared = params
    ? ((jsonSchema(params) as { properties?: Record<string, unknown> }).properties ?? {})
    : {};
  return [...path.matchAll(/\{(\w+)\}/g)].map(([, name = '']) => ({
    name,
    in: 'path',
    required: true,
    schema: declared[name] ?? { type: 'string', format: 'uuid' },
  }));
}

/** OpenAPI 3.1 (whose schemas are JSON Schema 2020-12, what zod 4 emits). */
export function buildOpenApiDocument(routes: readonly DeclaredRoute[], serverUrl = '/api/v1') {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const parameters = [
      ...pathParameters(route.path, route.params),
      ...(route.query ? queryParameters(route.query) : []),
      ...(route.csrf
        ? [
            {
              name: 'X-CSRF-Token',
              in: 'header',
              required: false,
              description:
                'Required when authenticated by the rf_at/rf_rt cookies: the rf_csrf cookie value.',
              schema: { type: 'string' },
            },
          ]
        : []),
    ];
    const status = String(route.status ?? 200);
    paths[route.path] ??= {};
    (paths[route.path] as Record<string, unknown>)[route.method] = {
      operationId: `${route.method}${route.path.replace(/[{}]/g, '').replace(/[/.-](\w)/g, (_m, c: string) => c.toUpperCase())}`,
      summary: route.summary,
      tags: [route.tag],
      ...(route.permission ? { 'x-permission': route.permission } : {}),
      ...(parameters.length ? { parameters } : {}),
      ...(route.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: jsonSchema(route.body) } },
            },
          }
        : {}),
      ...(route.auth === false ? { security: [] } : {}),
      responses: {
        [status]: {
          description: status === '204' ? 'No content' : status === '302' ? 'Redirect' : 'OK',
          ...(route.response
            ? { content: { 'application/json': { schema: jsonSchema(route.response, 'output') } } }
            : {}),
        },
        default: {
          description: 'Error',
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
        },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'ResolutionFlow admin API',
      version: '1',
      description:
        'Authenticate with "Authorization: Bearer <accessToken>" (API clients) or the rf_at cookie set at sign-in (the admin web); cookie-authenticated writes must send X-CSRF-Token.',
    },
    servers: [{ url: serverUrl }],
    security: [{ bearer: [] }, { cookie: [] }],
    paths,
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
        cookie: { type: 'apiKey', in: 'cookie', name: 'rf_at' },
      },
      schemas: {
        Error: {
          type: 'object',
          required: ['error'],
          properties: {
            error: {
              type: 'object',
              required: ['code', 'message'],
              properties: {
                code: { type: 'string' },
                message: { type: 'string' },
                details: { type: 'object' },
                requestId: { type: 'string' },
              },
            },
          },
        },
      },
    },
  };
}

/**
 * `GET /openapi.json`, built on first request from the routes mounted by then (every group is
 * mounted while the app is assembled, before it listens).
 */
export function openApiRouter(routes: () => readonly DeclaredRoute[]): Router {
  const router = Router();
  let document: ReturnType<typeof buildOpenApiDocument> | undefined;
  router.get('/openapi.json', (_req, res) => {
    document ??= buildOpenApiDocument([OPENAPI_ROUTE, ...routes()]);
    res.json(document);
  });
  return router;
}

/** The document describes itself too, so the "every mounted route is documented" test holds for it. */
const OPENAPI_ROUTE: DeclaredRoute = {
  method: 'get',
  path: '/openapi.json',
  summary: 'This OpenAPI 3.1 document',
  tag: 'meta',
  auth: false,
  csrf: false,
};
