import type { Request } from 'express';
import { z } from 'zod';
import { createSalesLead, ListLeadsInput, listSalesLeads, SalesLeadInput } from '../../core/leads/index.ts';
import { ServiceError } from '../../core/shared/errors.ts';
import { safeEqual } from '../http/cookies.ts';
import type { MailOutcome } from '../http/mailer.ts';
import { type RouteGroup, routeGroup } from '../http/routes.ts';
import { countPublicAttempt, type SignupApiDeps } from './signup.ts';

/** The public "Talk to sales" form: stored, then mailed to SALES_EMAIL when SMTP is set. */
export function salesPublicRoutes(deps: SignupApiDeps): RouteGroup {
  const router = routeGroup('/sales', { tag: 'sales', auth: false });
  router.post(
    '/leads',
    {
      summary: 'Send a "Talk to sales" request (company, seats, needs, contact); rate-limited per IP',
      body: SalesLeadInput,
      response: z.object({ id: z.string(), mail: z.enum(['sent', 'skipped', 'failed']) }),
      status: 201,
    },
    async (req, res) => {
      await countPublicAttempt(deps.signup.perIp, 'sales', req);
      const lead = await createSalesLead(deps.database, req.body, { ipAddress: req.ip, now: deps.now() });
      let mail: Exclude<MailOutcome, 'logged'> | 'failed' = 'skipped';
      if (deps.signup.salesEmail) {
        try {
          const outcome = await deps.mailer.sendSalesLead({ to: deps.signup.salesEmail, lead });
          mail = outcome === 'sent' ? 'sent' : 'skipped';
        } catch (error) {
          // Stored already: operators still see it in `npm run leads`.
          deps.logger.warn({ err: error, leadId: lead.id }, 'sales lead mail could not be sent');
          mail = 'failed';
        }
      }
      res.status(201).json({ id: lead.id, mail });
    },
  );
  return router;
}

/**
 * The product operators' API (not any tenant's): `Authorization: Bearer $OPERATOR_TOKEN`. Without
 * the setting the routes answer 404, as if absent; a wrong token is 401 and counts against the IP.
 */
export function operatorRoutes(deps: SignupApiDeps): RouteGroup {
  const router = routeGroup('/operator', { tag: 'operator', auth: false });
  const requireOperator = async (req: Request) => {
    const expected = deps.signup.operatorToken;
    if (!expected) throw new ServiceError('not_found', `No route for ${req.method} ${req.path}`);
    const ip = req.ip ?? 'unknown';
    const wait = await deps.limiters.byIp.retryAfterSeconds(ip);
    if (wait > 0)
      throw new ServiceError('rate_limited', 'Too many failed attempts; try again later.', {
        details: { retryAfterSeconds: wait },
      });
    const given = /^Bearer (.+)$/.exec(req.get('authorization') ?? '')?.[1] ?? '';
    if (!safeEqual(given, expected)) {
      await deps.limiters.byIp.fail(ip);
      throw new ServiceError(
        'unauthenticated',
        'Send the operator token: Authorization: Bearer $OPERATOR_TOKEN.',
      );
    }
  };
  router.get(
    '/leads',
    {
      summary: '"Talk to sales" requests, newest first (operators: Bearer OPERATOR_TOKEN)',
      query: ListLeadsInput,
      csrf: false,
    },
    async (req, res) => {
      await requireOperator(req);
      res.setHeader('Cache-Control', 'no-store');
      res.json({ leads: await listSalesLeads(deps.database, req.query) });
    },
  );
  return router;
}
