import { type Request, Router } from 'express';
import { getAccount } from '../../core/accounts/index.ts';
import type { Logger } from '../../core/shared/logger.ts';
import {
  createInvite,
  createUser,
  type DevInviteLinks,
  getUser,
  listInvites,
  listUsers,
  rememberInviteLink,
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
  /** Development only (never set in production): pending invites' links are kept to copy. */
  devLinkKey?: Buffer | undefined;
}

/** The team: members, invites, access changes and ownership. Every verb checks its own role. */
export function usersRouter(deps: UsersApiDeps): Router {
  const router = Router();
  const linkFor = (req: Request) => (token: string) =>
    `${originOf(req, deps.publicUrl)}/accept-invite?token=${encodeURIComponent(token)}`;
  const devLinks = (req: Request): DevInviteLinks | undefined =>
    deps.devLinkKey ? { key: deps.devLinkKey, linkFor: linkFor(req) } : undefined;

  router.get('/users', async (req, res) => {
    res.json({ users: await listUsers({ ctx: tenantContext(res), input: req.query }) });
  });
  router.post('/users', async (req, res) => {
    res.status(201).json(await createUser({ ctx: tenantContext(res), input: req.body }));
  });

  // Before /users/:userId, which would otherwise take "invites" as an id.
  router.get('/users/invites', async (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json({
      invites: await listInvites({ ctx: tenantContext(res), now: deps.now(), devLinks: devLinks(req) }),
    });
  });
  router.post('/users/invites', async (req, res) => {
    const ctx = tenantContext(res);
    const { invite, token } = await createInvite({ ctx, input: req.body, now: deps.now() });
    const link = linkFor(req)(token);
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
    // Not mailed (development without SMTP): keep the link so an admin can copy it from the page.
    const dev = devLinks(req);
    if (mail === 'logged' && dev) {
      const shown = await rememberInviteLink({ ctx, inviteId: invite.id, token, devLinks: dev });
      res.status(201).json({ invite: { ...invite, link: shown }, mail });
      return;
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
