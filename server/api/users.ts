import { getAccount } from '../../core/accounts/index.ts';
import type { Logger } from '../../core/shared/logger.ts';
import {
  CreateInviteInput,
  CreateUserInput,
  createInvite,
  createUser,
  getUser,
  ListUsersInput,
  listInvites,
  listUsers,
  revokeInvite,
  TransferOwnershipInput,
  transferOwnership,
  UpdateUserAccessInput,
  updateUserAccess,
} from '../../core/users/index.ts';
import { tenantContext } from '../http/auth.ts';
import type { Mailer, MailOutcome } from '../http/mailer.ts';
import { type RouteGroup, routeGroup } from '../http/routes.ts';
import { originOf } from './auth.ts';

export interface UsersApiDeps {
  now: () => Date;
  publicUrl: string | undefined;
  mailer: Mailer;
  logger: Logger;
}

/** The team: members, invites, access changes and ownership. Every verb checks its own role. */
export function usersRoutes(deps: UsersApiDeps): RouteGroup {
  const router = routeGroup('', { tag: 'users' });

  router.get('/users', { summary: 'List users', query: ListUsersInput }, async (req, res) => {
    res.json({ users: await listUsers({ ctx: tenantContext(res), input: req.query }) });
  });
  router.post(
    '/users',
    { summary: 'Create a user directly (admin)', body: CreateUserInput, status: 201 },
    async (req, res) => {
      res.status(201).json(await createUser({ ctx: tenantContext(res), input: req.body }));
    },
  );

  // Before /users/:userId, which would otherwise take "invites" as an id.
  router.get('/users/invites', { summary: 'Open invites (admin)' }, async (_req, res) => {
    res.json({ invites: await listInvites({ ctx: tenantContext(res), now: deps.now() }) });
  });
  router.post(
    '/users/invites',
    { summary: 'Invite someone by email (admin)', body: CreateInviteInput, status: 201 },
    async (req, res) => {
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
    },
  );
  router.delete(
    '/users/invites/:inviteId',
    { summary: 'Revoke an invite (admin)', status: 204 },
    async (req, res) => {
      await revokeInvite({ ctx: tenantContext(res), inviteId: req.params.inviteId, now: deps.now() });
      res.status(204).end();
    },
  );

  router.get('/users/:userId', { summary: 'One user' }, async (req, res) => {
    res.json(await getUser({ ctx: tenantContext(res), userId: req.params.userId }));
  });
  router.patch(
    '/users/:userId',
    { summary: 'Change role, L1 coverage or disable (admin)', body: UpdateUserAccessInput },
    async (req, res) => {
      res.json(
        await updateUserAccess({ ctx: tenantContext(res), userId: req.params.userId, input: req.body }),
      );
    },
  );

  router.post(
    '/account/transfer-ownership',
    {
      summary: 'Transfer ownership (owner; the old owner becomes an admin)',
      tag: 'account',
      body: TransferOwnershipInput,
    },
    async (req, res) => {
      res.json(await transferOwnership({ ctx: tenantContext(res), input: req.body }));
    },
  );

  return router;
}
