import { z } from 'zod';
import type { DiagnosisDeps } from '../../core/sessions/index.ts';
import {
  CreateWalkInInput,
  createWalkIn,
  getTicket,
  ListQueueInput,
  listQueue,
  listWalkInClients,
  StartTicketInput,
  startTicket,
} from '../../core/tickets/index.ts';
import { tenantContext } from '../http/auth.ts';
import { type RouteGroup, routeGroup } from '../http/routes.ts';

const TicketId = z.object({ ticketId: z.string().uuid() });

/**
 * `/api/v1/tickets`: walk-in intake and the L1 queue for the admin web's L1 page. Slack and Teams
 * call the same verbs directly.
 */
export function ticketsRoutes(deps: { diagnosis: DiagnosisDeps; now: () => Date }): RouteGroup {
  const r = routeGroup('/tickets', { tag: 'tickets' });
  const changed = (accountId: string) => deps.diagnosis.onQueueChanged?.(accountId);

  r.post(
    '/walk-ins',
    {
      summary: 'Log a walk-in; with a PSA connected it is created there through the outbox (L1 and up)',
      permission: 'intake.create',
      body: CreateWalkInInput,
      status: 201,
    },
    async (req, res) => {
      const ctx = tenantContext(res);
      const ticket = await createWalkIn({ ctx, input: req.body, now: deps.now() });
      changed(ctx.accountId);
      res.status(201).json({ ticket });
    },
  );
  r.get(
    '/walk-in-clients',
    {
      summary: "Clients for the walk-in form: the PSA's companies when one is connected, else known clients",
      permission: 'intake.create',
      query: z.object({ search: z.string().max(100).optional() }),
    },
    async (req, res) => {
      const search = typeof req.query.search === 'string' ? req.query.search : undefined;
      res.json(await listWalkInClients({ ctx: tenantContext(res), deps: deps.diagnosis.psa, search }));
    },
  );
  r.get(
    '/queue',
    {
      summary: 'The L1 queue, oldest first, with tab counts (L1, admins, and engineers with L1 coverage)',
      permission: 'l1_queue.act',
      query: ListQueueInput,
    },
    async (req, res) => {
      res.json(await listQueue({ ctx: tenantContext(res), input: req.query, now: deps.now() }));
    },
  );
  r.get(
    '/:ticketId',
    { summary: 'One ticket (404 for other accounts)', permission: 'l1_queue.act', params: TicketId },
    async (req, res) => {
      res.json({
        ticket: await getTicket({ ctx: tenantContext(res), ticketId: req.params.ticketId, now: deps.now() }),
      });
    },
  );
  r.post(
    '/:ticketId/start',
    {
      summary:
        'Start a ticket: opens its diagnosis session, runs match-or-build and assigns it to the caller',
      permission: 'l1_queue.act',
      params: TicketId,
      body: StartTicketInput,
    },
    async (req, res) => {
      const ctx = tenantContext(res);
      const started = await startTicket({
        ctx,
        deps: { knowledge: deps.diagnosis.knowledge },
        ticketId: req.params.ticketId,
        input: req.body ?? {},
        now: deps.now(),
      });
      changed(ctx.accountId);
      res.json(started);
    },
  );
  return r;
}
