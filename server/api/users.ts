import { Router } from 'express';
import { getAccount } from '../../core/accounts/index.ts';
import type { Logger } from '../../core/shared/logger.ts';
import {
  createInvite,
  createUser,
  getUser,
  listInvites,
  listUsers,
  revokeInvite,
  transferOwnership,
  updateUserAccess,
} from '../../core/users/index.ts';
import { tenantContext } from '../http/auth.ts';
import type { Mailer, MailOutcome } from '../http/mailer.ts';
import { originOf } from './auth.ts';

export interface UsersApiDeps {
  now: () => Date;
  publicUrl: string | undefined;
  mailer: Mailer;
  logger: Logger;
}

/** The team: members, invites, access changes and ownership. Every verb checks its own role. */
export function usersRouter(deps: UsersApiDeps): Router {
  const router = Router();

  router.get('/users', async (req, res) => {
    res.json({ users: await listUsers({ ctx: tenantContext(res), input: req.query }) });
  });
  router.post('/users', async (req, res) => {
    res.status(201).json(await createUser({ ctx: tenantContext(res), input: req.body }));
  });

  // Before /users/:userId, which would otherwise take "invites" as an id.
  router.get('/users/invites', async (_req, res) => {
    res.json({ invites: await listInvites({ ctx: tenantContext(res), now: deps.now() }) });
  });
  router.post('/users/invites', async (req, res) => {
    const ctx = tenantContext(res);
    const { invite, token } = await createInvite({ ctx, input: req.body, now: deps.now() });
    const link = `${originOf(req, deps.publicUrl)}/accept-invite?token=${encodeURIComponent(token)}`;
    let mail: MailOutcome | 'failed';
    try {
      const account = await getAccount({ ctx });
      mail = await deps.mailer.sendInvite({
        to: invite.email,
        inviteeName: invite.name,
        accountName: account.name,
        inviterName: ctx.actor.kind === 'user' ? ctx.actor.name : 'ResolutionFlow',
        link,
        expiresAt: invite.expiresAt,
      });
    } catch (error) {
      // The invite stands; the admin can resend (re-invite) once mail works.
      deps.logger.warn({ err: error, inviteId: invite.id }, 'invite mail could not be sent');
      mail = 'failed';
    }
    res.status(201).json({ invite, mail });
  });
  router.delete('/users/invites/:inviteId', async (req, res) => {
    await revokeInvite({ ctx: tenantContext(res), inviteId: req.params.inviteId, now: deps.now() });
    res.status(204).end();
  });

  router.get('/users/:userId', async (req, res) => {
    res.json(await getUser({ ctx: tenantContext(res), userId: req.params.userId }));
  });
  router.patch('/users/:userId', async (req, res) => {
    res.json(await updateUserAccess({ ctx: tenantContext(res), userId: req.params.userId, input: req.body }));
  });

  router.post('/account/transfer-ownership', async (req, res) => {
    res.json(await transferOwnership({ ctx: tenantContext(res), input: req.body }));
  });

  return router;
}
