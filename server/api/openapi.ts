import { Router } from 'express';
import { z } from 'zod';
import { UpdateAccountSettingsInput } from '../../core/accounts/index.ts';
import { ListAuditLogInput } from '../../core/audit/index.ts';
import {
  RefreshInput,
  RevokeSessionsInput,
  SessionPolicyInput,
  SignInInput,
  SignOutInput,
} from '../../core/auth/index.ts';
import { AddFactInput, PromoteItemInput, UpdateFactInput } from '../../core/facts/schemas.ts';
import { FixDecisionInput, FixOutcomeInput } from '../../core/fixes/schemas.ts';
import { InsightsExportInput, InsightsFilterInput } from '../../core/insights/index.ts';
import { CreateConnectorInput, UpdateConnectorInput } from '../../core/kb/connectors/manage.ts';
import { SearchKnowledgeInput } from '../../core/kb/index/search.ts';
import { PostEscalationInput, PostResolutionInput } from '../../core/notes/schemas.ts';
import { ConfigurePsaInput } from '../../core/psa/connection.ts';
import { LinkTicketInput } from '../../core/psa/link-ticket.ts';
import {
  CreateSessionInput,
  ListSessionsInput,
  TurnInput,
  UpdateTaskItemInput,
} from '../../core/sessions/schemas.ts';
import {
  AcceptInviteInput,
  CreateInviteInput,
  CreateUserInput,
  InviteTokenInput,
  ListUsersInput,
  TransferOwnershipInput,
  UpdateUserAccessInput,
} from '../../core/users/index.ts';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

interface RouteDoc {
  method: Method;
  /** OpenAPI path syntax: `/users/{userId}`. */
  path: string;
  summary: string;
  tag: string;
  body?: z.ZodType;
  query?: z.ZodObject;
  /** False for the routes reachable without signing in. */
  auth?: boolean;
  /** Success status; 200 unless said. */
  status?: number;
  /** Cookie-authenticated writes must echo the CSRF cookie. */
  csrf?: boolean;
}

const S = '/sessions/{sessionId}';

/** Diagnosis sessions (server/api/sessions.ts): the same core verbs Slack and Teams call. */
const SESSION_ROUTES: RouteDoc[] = [
  { method: 'get', path: '/sessions', summary: 'List sessions', tag: 'sessions', query: ListSessionsInput },
  {
    method: 'post',
    path: '/sessions',
    summary: 'Start a session',
    tag: 'sessions',
    body: CreateSessionInput,
    csrf: true,
    status: 201,
  },
  { method: 'get', path: S, summary: 'One session: what we know, open items, fixes, notes', tag: 'sessions' },
  { method: 'get', path: `${S}/transcript`, summary: 'The transcript', tag: 'sessions' },
  {
    method: 'post',
    path: `${S}/turns`,
    summary: 'Send the assistant a message (SSE with Accept: text/event-stream)',
    tag: 'sessions',
    body: TurnInput,
    csrf: true,
  },
  {
    method: 'post',
    path: `${S}/facts`,
    summary: 'Add an engineer note to what we know',
    tag: 'sessions',
    body: AddFactInput,
    csrf: true,
    status: 201,
  },
  {
    method: 'post',
    path: `${S}/facts/promote`,
    summary: 'Promote an answered item to a fact',
    tag: 'sessions',
    body: PromoteItemInput,
    csrf: true,
    status: 201,
  },
  {
    method: 'patch',
    path: `${S}/facts/{factId}`,
    summary: 'Edit an engineer note',
    tag: 'sessions',
    body: UpdateFactInput,
    csrf: true,
  },
  { method: 'delete', path: `${S}/facts/{factId}`, summary: 'Remove a fact', tag: 'sessions', csrf: true },
  {
    method: 'patch',
    path: `${S}/items/{itemId}`,
    summary: 'Answer, complete or dismiss a question or check',
    tag: 'sessions',
    body: UpdateTaskItemInput,
    csrf: true,
  },
  { method: 'get', path: `${S}/fix`, summary: 'The active suggested fix', tag: 'sessions' },
  {
    method: 'post',
    path: `${S}/fixes/{fixId}/decision`,
    summary: 'Apply or dismiss a fix',
    tag: 'sessions',
    body: FixDecisionInput,
    csrf: true,
  },
  {
    method: 'post',
    path: `${S}/fixes/{fixId}/outcome`,
    summary: 'Record whether the fix worked',
    tag: 'sessions',
    body: FixOutcomeInput,
    csrf: true,
  },
  {
    method: 'post',
    path: `${S}/resolution-note/preview`,
    summary: 'Preview the resolution note (cached per state version)',
    tag: 'sessions',
    csrf: true,
  },
  {
    method: 'post',
    path: `${S}/resolution-note/post`,
    summary: 'Post the resolution note (to the PSA when linked)',
    tag: 'sessions',
    body: PostResolutionInput,
    csrf: true,
  },
  {
    method: 'post',
    path: `${S}/escalation-package/preview`,
    summary: 'Preview the escalation package',
    tag: 'sessions',
    csrf: true,
  },
  {
    method: 'post',
    path: `${S}/escalation-package/post`,
    summary: 'Post the escalation package',
    tag: 'sessions',
    body: PostEscalationInput,
    csrf: true,
  },
  {
    method: 'post',
    path: `${S}/ticket`,
    summary: 'Link the session to a PSA ticket',
    tag: 'psa',
    body: LinkTicketInput,
    csrf: true,
  },
];

const K = '/kb/connectors/{connectorId}';

/** Knowledge connectors and search (server/api/kb.ts). */
const KNOWLEDGE_ROUTES: RouteDoc[] = [
  {
    method: 'get',
    path: '/kb/connectors',
    summary: 'Connectors with sync status (engineer+)',
    tag: 'knowledge',
  },
  {
    method: 'post',
    path: '/kb/connectors',
    summary: 'Add IT Glue, Hudu or SharePoint (admin)',
    tag: 'knowledge',
    body: CreateConnectorInput,
    csrf: true,
    status: 201,
  },
  { method: 'get', path: K, summary: 'One connector', tag: 'knowledge' },
  {
    method: 'patch',
    path: K,
    summary: 'Change settings, key, schedule or enabled (admin)',
    tag: 'knowledge',
    body: UpdateConnectorInput,
    csrf: true,
  },
  {
    method: 'delete',
    path: K,
    summary: 'Remove a connector and its documents (admin)',
    tag: 'knowledge',
    csrf: true,
  },
  {
    method: 'post',
    path: `${K}/test`,
    summary: 'Test the connection, with a reason when it fails (admin)',
    tag: 'knowledge',
    csrf: true,
  },
  {
    method: 'post',
    path: `${K}/sync`,
    summary: 'Sync now (admin)',
    tag: 'knowledge',
    csrf: true,
    status: 202,
  },
  {
    method: 'post',
    path: '/kb/search',
    summary:
      'Search as the assistant does (reranked by the model when configured); noAnswer when nothing answers',
    tag: 'knowledge',
    body: SearchKnowledgeInput,
    csrf: true,
  },
];

/** The PSA connection (server/api/psa.ts). */
const PSA_ROUTES: RouteDoc[] = [
  { method: 'get', path: '/psa/settings', summary: 'PSA connection (keys never returned)', tag: 'psa' },
  {
    method: 'put',
    path: '/psa/settings',
    summary: 'Connect ConnectWise Manage or the local PSA (admin)',
    tag: 'psa',
    body: ConfigurePsaInput,
    csrf: true,
  },
  { method: 'post', path: '/psa/test', summary: 'Test the PSA connection (admin)', tag: 'psa', csrf: true },
  { method: 'get', path: '/psa/members', summary: 'Users and their PSA members', tag: 'psa' },
  {
    method: 'post',
    path: '/psa/members/sync',
    summary: 'Match users to PSA members by email (admin)',
    tag: 'psa',
    csrf: true,
  },
  {
    method: 'get',
    path: '/psa/outbox/failures',
    summary: 'PSA writes that failed for good (admin)',
    tag: 'psa',
  },
  {
    method: 'post',
    path: '/psa/outbox/{outboxId}/retry',
    summary: 'Retry a failed PSA write (admin)',
    tag: 'psa',
    csrf: true,
  },
];

/**
 * The routes the admin web and API clients call, with the zod schemas their handlers parse. The
 * document is derived from these, so a changed schema changes the docs with it.
 */
export const ROUTES: RouteDoc[] = [
  {
    method: 'post',
    path: '/auth/sign-in',
    summary: 'Sign in with email and password',
    tag: 'auth',
    body: SignInInput,
    auth: false,
  },
  {
    method: 'post',
    path: '/auth/refresh',
    summary: 'Rotate the refresh token (cookie + X-CSRF-Token, or body)',
    tag: 'auth',
    body: RefreshInput,
    auth: false,
    csrf: true,
  },
  {
    method: 'post',
    path: '/auth/sign-out',
    summary: 'Sign out this session and clear cookies',
    tag: 'auth',
    body: SignOutInput,
    auth: false,
    csrf: true,
    status: 204,
  },
  {
    method: 'get',
    path: '/auth/session',
    summary: 'The signed-in user, account and session expiry times',
    tag: 'auth',
  },
  {
    method: 'get',
    path: '/auth/providers',
    summary: 'Which sign-in methods are enabled',
    tag: 'auth',
    auth: false,
  },
  {
    method: 'get',
    path: '/auth/oidc/{provider}/start',
    summary: 'Start OIDC sign-in (302 to the identity provider)',
    tag: 'auth',
    auth: false,
    status: 302,
  },
  {
    method: 'get',
    path: '/auth/oidc/{provider}/callback',
    summary: 'OIDC redirect target (302 to / or /sign-in?error=…)',
    tag: 'auth',
    auth: false,
    status: 302,
  },
  {
    method: 'post',
    path: '/auth/invites/accept',
    summary: 'Accept an invite: create the user and sign in',
    tag: 'auth',
    body: AcceptInviteInput,
    auth: false,
    status: 201,
  },
  {
    method: 'post',
    path: '/auth/invites/preview',
    summary: 'Whose invite a token is (or why it no longer works), for the accept page',
    tag: 'auth',
    body: InviteTokenInput,
    auth: false,
  },
  { method: 'get', path: '/auth/sessions', summary: 'Users with live sessions (admin)', tag: 'sessions' },
  {
    method: 'get',
    path: '/auth/browser-sessions',
    summary: 'Signed-in browsers: device, browser, IP, last seen (admins: everyone; others: own)',
    tag: 'sessions',
  },
  {
    method: 'delete',
    path: '/auth/browser-sessions/{sessionId}',
    summary: 'Sign out this one browser (own, or anyone as admin)',
    tag: 'sessions',
    csrf: true,
  },
  {
    method: 'post',
    path: '/auth/sessions/revoke',
    summary: 'Sign out everyone except me, or everyone (admin)',
    tag: 'sessions',
    body: RevokeSessionsInput,
    csrf: true,
  },
  { method: 'get', path: '/account', summary: 'The account', tag: 'account' },
  {
    method: 'patch',
    path: '/account',
    summary: 'Change account settings (admin)',
    tag: 'account',
    body: UpdateAccountSettingsInput,
    csrf: true,
  },
  {
    method: 'get',
    path: '/account/session-policy',
    summary: 'Session-security policy, defaults and bounds',
    tag: 'account',
  },
  {
    method: 'put',
    path: '/account/session-policy',
    summary: 'Set the session-security policy (admin)',
    tag: 'account',
    body: SessionPolicyInput,
    csrf: true,
  },
  {
    method: 'post',
    path: '/account/transfer-ownership',
    summary: 'Transfer ownership (owner)',
    tag: 'account',
    body: TransferOwnershipInput,
    csrf: true,
  },
  { method: 'get', path: '/me', summary: 'The signed-in user and account', tag: 'account' },
  { method: 'get', path: '/users', summary: 'List users', tag: 'users', query: ListUsersInput },
  {
    method: 'post',
    path: '/users',
    summary: 'Create a user directly (admin)',
    tag: 'users',
    body: CreateUserInput,
    csrf: true,
    status: 201,
  },
  { method: 'get', path: '/users/{userId}', summary: 'One user', tag: 'users' },
  {
    method: 'patch',
    path: '/users/{userId}',
    summary: 'Change role, L1 coverage or disable (admin)',
    tag: 'users',
    body: UpdateUserAccessInput,
    csrf: true,
  },
  { method: 'get', path: '/users/invites', summary: 'Open invites (admin)', tag: 'users' },
  {
    method: 'post',
    path: '/users/invites',
    summary: 'Invite someone by email (admin)',
    tag: 'users',
    body: CreateInviteInput,
    csrf: true,
    status: 201,
  },
  {
    method: 'delete',
    path: '/users/invites/{inviteId}',
    summary: 'Revoke an invite (admin)',
    tag: 'users',
    csrf: true,
    status: 204,
  },
  {
    method: 'get',
    path: '/audit-log',
    summary: 'Audit log, newest first (admin)',
    tag: 'audit',
    query: ListAuditLogInput,
  },
  {
    method: 'get',
    path: '/insights',
    summary: 'Insights charts for a date range and client (owner, admin)',
    tag: 'insights',
    query: InsightsFilterInput,
  },
  {
    method: 'get',
    path: '/insights/export.csv',
    summary: 'One Insights chart as CSV (owner, admin)',
    tag: 'insights',
    query: InsightsExportInput,
  },
  ...SESSION_ROUTES,
  ...KNOWLEDGE_ROUTES,
  ...PSA_ROUTES,
];

function jsonSchema(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
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

function pathParameters(path: string) {
  return [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name,
    in: 'path',
    required: true,
    schema:
      name === 'provider' ? { type: 'string', enum: ['entra', 'slack'] } : { type: 'string', format: 'uuid' },
  }));
}

/** OpenAPI 3.1 (whose schemas are JSON Schema 2020-12, what zod 4 emits). */
export function buildOpenApiDocument(serverUrl = '/api/v1') {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of ROUTES) {
    const parameters = [
      ...pathParameters(route.path),
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
        [status]: { description: status === '204' ? 'No content' : status === '302' ? 'Redirect' : 'OK' },
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

export function openApiRouter(): Router {
  const router = Router();
  const document = buildOpenApiDocument();
  router.get('/openapi.json', (_req, res) => {
    res.json(document);
  });
  return router;
}
