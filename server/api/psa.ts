import { z } from 'zod';
import {
  ConfigurePsaInput,
  configurePsa,
  getMemberMapping,
  getPsaSettings,
  LinkTicketInput,
  ListStatusesInput,
  linkTicket,
  listOutboxFailures,
  listPsaBoards,
  listPsaMembers,
  listPsaStatuses,
  type PsaDeps,
  retryOutboxItem,
  SetMemberLinkInput,
  setMemberLink,
  syncMemberLinks,
  testPsaConnection,
} from '../../core/psa/index.ts';
import { tenantContext } from '../http/auth.ts';
import { type RouteGroup, routeGroup } from '../http/routes.ts';

const PsaRef = z.object({ id: z.string(), name: z.string() });

/** `/api/v1/psa`: connection settings, test, pickers, member mapping and the outbox's failed writes. */
export function psaRoutes(psa: PsaDeps): RouteGroup {
  const r = routeGroup('/psa', { tag: 'psa' });
  r.get('/settings', { summary: 'PSA connection (keys never returned)' }, async (_req, res) => {
    res.json({ settings: await getPsaSettings({ ctx: tenantContext(res) }) });
  });
  r.put(
    '/settings',
    {
      summary: 'Connect ConnectWise Manage or the local PSA; omit privateKey to keep the stored one (admin)',
      body: ConfigurePsaInput,
    },
    async (req, res) => {
      res.json({ settings: await configurePsa({ ctx: tenantContext(res), deps: psa, input: req.body }) });
    },
  );
  r.post('/test', { summary: 'Test the PSA connection (admin)' }, async (_req, res) => {
    res.json(await testPsaConnection({ ctx: tenantContext(res), deps: psa }));
  });
  r.get(
    '/boards',
    {
      summary:
        'Service boards the PSA shows the API member, for the board picker (admin; 502 when the PSA fails)',
      permission: 'settings.manage',
      response: z.object({ boards: z.array(PsaRef) }),
    },
    async (_req, res) => {
      res.json(await listPsaBoards({ ctx: tenantContext(res), deps: psa }));
    },
  );
  r.get(
    '/statuses',
    {
      summary: "A board's active statuses, for the status pickers (admin; 502 when the PSA fails)",
      permission: 'settings.manage',
      query: ListStatusesInput,
      response: z.object({ board: z.string(), statuses: z.array(PsaRef) }),
    },
    async (req, res) => {
      res.json(await listPsaStatuses({ ctx: tenantContext(res), deps: psa, input: req.query }));
    },
  );
  r.get('/members', { summary: 'Users and their PSA members' }, async (_req, res) => {
    res.json(await getMemberMapping({ ctx: tenantContext(res) }));
  });
  r.get(
    '/members/available',
    {
      summary: "The PSA's active members, to map a user by hand (admin; 502 when the PSA fails)",
      permission: 'settings.manage',
    },
    async (_req, res) => {
      res.json(await listPsaMembers({ ctx: tenantContext(res), deps: psa }));
    },
  );
  r.post('/members/sync', { summary: 'Match users to PSA members by email (admin)' }, async (_req, res) => {
    res.json(await syncMemberLinks({ ctx: tenantContext(res), deps: psa }));
  });
  r.put(
    '/members/:userId',
    {
      summary: 'Map a user to a PSA member by hand; later email syncs keep it (admin)',
      body: SetMemberLinkInput.omit({ userId: true }),
    },
    async (req, res) => {
      res.json(
        await setMemberLink({ ctx: tenantContext(res), input: { ...req.body, userId: req.params.userId } }),
      );
    },
  );
  r.get('/outbox/failures', { summary: 'PSA writes that failed for good (admin)' }, async (_req, res) => {
    res.json({ items: await listOutboxFailures({ ctx: tenantContext(res) }) });
  });
  r.post('/outbox/:outboxId/retry', { summary: 'Retry a failed PSA write (admin)' }, async (req, res) => {
    res.json(await retryOutboxItem({ ctx: tenantContext(res), outboxId: req.params.outboxId }));
  });
  return r;
}

/** `POST /api/v1/sessions/:id/ticket {externalId}`: link a session to a PSA ticket. */
export function ticketLinkRoutes(psa: PsaDeps): RouteGroup {
  const r = routeGroup('/sessions', { tag: 'psa' });
  r.post(
    '/:sessionId/ticket',
    { summary: 'Link the session to a PSA ticket', body: LinkTicketInput },
    async (req, res) => {
      res.json(
        await linkTicket({
          ctx: tenantContext(res),
          deps: psa,
          sessionId: req.params.sessionId,
          input: req.body,
        }),
      );
    },
  );
  return r;
}
