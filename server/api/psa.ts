import { Router } from 'express';
import {
  configurePsa,
  getMemberMapping,
  getPsaSettings,
  linkTicket,
  listOutboxFailures,
  type PsaDeps,
  retryOutboxItem,
  setMemberLink,
  syncMemberLinks,
  testPsaConnection,
} from '../../core/psa/index.ts';
import { tenantContext } from '../http/auth.ts';

/** `/api/v1/psa`: connection settings, test, member mapping and the outbox's failed writes. */
export function psaRouter(psa: PsaDeps): Router {
  const r = Router();
  r.get('/settings', async (_req, res) => {
    res.json({ settings: await getPsaSettings({ ctx: tenantContext(res) }) });
  });
  r.put('/settings', async (req, res) => {
    res.json({ settings: await configurePsa({ ctx: tenantContext(res), deps: psa, input: req.body }) });
  });
  r.post('/test', async (_req, res) => {
    res.json(await testPsaConnection({ ctx: tenantContext(res), deps: psa }));
  });
  r.get('/members', async (_req, res) => {
    res.json(await getMemberMapping({ ctx: tenantContext(res) }));
  });
  r.post('/members/sync', async (_req, res) => {
    res.json(await syncMemberLinks({ ctx: tenantContext(res), deps: psa }));
  });
  r.put('/members/:userId', async (req, res) => {
    res.json(
      await setMemberLink({ ctx: tenantContext(res), input: { ...req.body, userId: req.params.userId } }),
    );
  });
  r.get('/outbox/failures', async (_req, res) => {
    res.json({ items: await listOutboxFailures({ ctx: tenantContext(res) }) });
  });
  r.post('/outbox/:outboxId/retry', async (req, res) => {
    res.json(await retryOutboxItem({ ctx: tenantContext(res), outboxId: req.params.outboxId }));
  });
  return r;
}

/** `POST /api/v1/sessions/:id/ticket {externalId}`: link a session to a PSA ticket. */
export function ticketLinkRouter(psa: PsaDeps): Router {
  const r = Router();
  r.post('/:sessionId/ticket', async (req, res) => {
    res.json(
      await linkTicket({
        ctx: tenantContext(res),
        deps: psa,
        sessionId: req.params.sessionId,
        input: req.body,
      }),
    );
  });
  return r;
}
