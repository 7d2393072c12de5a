import type { Request } from 'express';
import { z } from 'zod';
import { getAccount } from '../../core/accounts/index.ts';
import { authorize } from '../../core/auth/permissions.ts';
import type { WindowLimiter } from '../../core/rate-limits/index.ts';
import type { TenantContext } from '../../core/shared/context.ts';
import type { Logger } from '../../core/shared/logger.ts';
import {
  CreateInviteInput,
  CreateUserInput,
  createInvite,
  createUser,
  type DevInviteLinks,
  getUser,
  ListUsersInput,
  listInvites,
  listUsers,
  rememberInviteLink,
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
  /** Development only (never set in production): pending invites' links are kept to copy. */
  devLinkKey?: Buffer | undefined;
  /** Counts new people and invites per account (ADDS_PER_HOUR); the request limits' limiter. */
  limiter: WindowLimiter;
}

/**
 * New people and invites an account may add in an hour. Email addresses are unique across all
 * accounts, so "that address already belongs to a user" also answers for addresses in other
 * accounts; at the ordinary request limit (1,200 a minute) anyone who signs up could test
 * thousands of addresses an hour. This is far above onboarding a team, and far below a useful
 * enumeration rate. Counted only for admins and owners, so nobody else can use it up.
 */
const ADDS_PER_HOUR = 100;

const InviteView = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string().nullable(),
  role: z.string(),
  canCoverL1: z.boolean(),
  expiresAt: z.string(),
  expired: z.boolean(),
  createdAt: z.string(),
  /** Development without SMTP only: the accept link, for admins to copy and pass on themselves. */
  link: z.string().optional(),
});

/** The team: members, invites, access changes and ownership. Every verb checks its own role. */
export function usersRoutes(deps: UsersApiDeps): RouteGroup {
  const router = routeGroup('', { tag: 'users' });
  const linkFor = (req: Request) => (token: string) =>
    `${originOf(req, deps.publicUrl)}/accept-invite?token=${encodeURIComponent(token)}`;
  const devLinks = (req: Request): DevInviteLinks | undefined =>
    deps.devLinkKey ? { key: deps.devLinkKey, linkFor: linkFor(req) } : undefined;

  const countAdd = async (ctx: TenantContext) => {
    authorize(ctx, 'users.manage');
    await deps.limiter.hit([
      {
        limiter: 'users:add',
        key: ctx.accountId,
        limit: { max: ADDS_PER_HOUR, windowMs: 3_600_000 },
        label: "this account's new people and invites",
      },
    ]);
  };

  router.get('/users', { summary: 'List users', query: ListUsersInput }, async (req, res) => {
    res.json({ users: await listUsers({ ctx: tenantContext(res), input: req.query }) });
  });
  router.post(
    '/users',
    { summary: 'Create a user directly (admin)', body: CreateUserInput, status: 201 },
    async (req, res) => {
      const ctx = tenantContext(res);
      await countAdd(ctx);
      res.status(201).json(await createUser({ ctx, input: req.body }));
    },
  );

  // Before /users/:userId, which would otherwise take "invites" as an id.
  router.get(
    '/users/invites',
    {
      summary: 'Open invites (admin); in development without SMTP each carries its link to copy',
      response: z.object({ invites: z.array(InviteView) }),
    },
    async (req, res) => {
      // May carry dev invite links, which are credentials: never cached.
      res.setHeader('Cache-Control', 'no-store');
      res.json({
        invites: await listInvites({ ctx: tenantContext(res), now: deps.now(), devLinks: devLinks(req) }),
      });
    },
  );
  router.post(
    '/users/invites',
    {
      summary: 'Invite someone by email (admin); in development without SMTP the answer carries the link',
      body: CreateInviteInput,
      response: z.object({ invite: InviteView, mail: z.enum(['sent', 'logged', 'skipped', 'failed']) }),
      status: 201,
    },
    async (req, res) => {
      const ctx = tenantContext(res);
      await countAdd(ctx);
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
