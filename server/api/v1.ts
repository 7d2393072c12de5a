import express, { Router } from 'express';
import { getAccount, mergeAccountPreferences, updateAccountSettings } from '../../core/accounts/index.ts';
import { listAuditLog } from '../../core/audit/index.ts';
import { issueAccessToken, signInWithPassword } from '../../core/auth/index.ts';
import type { Database } from '../../core/db/client.ts';
import type { DiagnosisDeps } from '../../core/sessions/index.ts';
import { createUser, getUser, listUsers, updateUserAccess } from '../../core/users/index.ts';
import { toUserView } from '../../core/users/user-view.ts';
import { requireUser, tenantContext } from '../http/auth.ts';
import { notFoundHandler } from '../http/errors.ts';
import type { AppKeys } from '../secrets.ts';
import { consoleRouter } from './console.ts';
import { integrationsRouter } from './integrations.ts';
import { type KbApiDeps, kbRouter } from './kb.ts';
import { psaRouter, ticketLinkRouter } from './psa.ts';
import { sessionsRouter } from './sessions.ts';

export interface ApiDeps {
  database: Database;
  keys: AppKeys;
  bodyLimit: string;
  accessTokenTtlSeconds: number;
  diagnosis: DiagnosisDeps;
  publicUrl: string | undefined;
  slackOAuth: boolean;
  kb: KbApiDeps;
}

/**
 * The admin API. Handlers are one line of plumbing each: pick inputs off the request, call one core
 * verb, send its result. Validation, authorization and tenancy all live in the verb.
 */
export function apiV1Router(deps: ApiDeps): Router {
  const router = Router();
  // JSON parsing only here: Slack's routes need the raw body to check signatures.
  router.use(express.json({ limit: deps.bodyLimit, strict: true }));

  router.post('/auth/sign-in', async (req, res) => {
    const user = await signInWithPassword(deps.database, req.body);
    const accessToken = await issueAccessToken(
      deps.keys.accessToken,
      { userId: user.id, accountId: user.accountId },
      deps.accessTokenTtlSeconds,
    );
    res.json({
      accessToken,
      tokenType: 'Bearer',
      expiresIn: deps.accessTokenTtlSeconds,
      user: toUserView(user),
    });
  });

  const authed = Router();
  authed.use(requireUser(deps.database, deps.keys.accessToken));

  authed.get('/me', async (_req, res) => {
    const ctx = tenantContext(res);
    const userId = ctx.actor.kind === 'user' ? ctx.actor.userId : '';
    const [user, account] = await Promise.all([getUser({ ctx, userId }), getAccount({ ctx })]);
    res.json({ user, account });
  });
  authed.get('/account', async (_req, res) => {
    res.json(await getAccount({ ctx: tenantContext(res) }));
  });
  authed.patch('/account', async (req, res) => {
    res.json(await updateAccountSettings({ ctx: tenantContext(res), input: req.body }));
  });
  authed.patch('/account/preferences', async (req, res) => {
    res.json(await mergeAccountPreferences({ ctx: tenantContext(res), input: req.body }));
  });
  authed.get('/users', async (req, res) => {
    res.json({ users: await listUsers({ ctx: tenantContext(res), input: req.query }) });
  });
  authed.post('/users', async (req, res) => {
    res.status(201).json(await createUser({ ctx: tenantContext(res), input: req.body }));
  });
  authed.get('/users/:userId', async (req, res) => {
    res.json(await getUser({ ctx: tenantContext(res), userId: req.params.userId }));
  });
  authed.patch('/users/:userId', async (req, res) => {
    res.json(await updateUserAccess({ ctx: tenantContext(res), userId: req.params.userId, input: req.body }));
  });
  authed.get('/audit-log', async (req, res) => {
    res.json(await listAuditLog({ ctx: tenantContext(res), input: req.query }));
  });

  if (deps.diagnosis.psa) {
    authed.use('/psa', psaRouter(deps.diagnosis.psa));
    authed.use('/sessions', ticketLinkRouter(deps.diagnosis.psa));
  }
  authed.use('/sessions', sessionsRouter(deps.diagnosis));
  authed.use(
    '/integrations',
    integrationsRouter({
      ticketKey: deps.keys.accessToken,
      publicUrl: deps.publicUrl,
      slackOAuth: deps.slackOAuth,
    }),
  );

  authed.use('/kb', kbRouter(deps.kb));
  authed.use('/console', consoleRouter(deps.diagnosis));

  router.use(authed);
  router.use(notFoundHandler);
  return router;
}
