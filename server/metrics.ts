import { timingSafeEqual } from 'node:crypto';
import type { Server } from 'node:http';
import { sql } from 'drizzle-orm';
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { inboxDepth } from '../core/chat/index.ts';
import type { Database } from '../core/db/client.ts';
import { withSystemTransaction } from '../core/db/transactions.ts';
import type { DiagnosisEngine } from '../core/engine/types.ts';
import type { Logger } from '../core/shared/logger.ts';

/**
 * Prometheus metrics for one process (server or worker). Counters and histograms are observed as
 * things happen; the database gauges (inbox, outbox, job queue, KB sync) are read at scrape time,
 * so every process reports the same shared numbers.
 */
export interface Metrics {
  registry: Registry;
  /** Express middleware: request latency by route template, never by raw path (ids would explode cardinality). */
  httpLatency: RequestHandler;
  /** Wraps the diagnosis engine so turn time and tokens are counted. */
  instrumentEngine(engine: DiagnosisEngine): DiagnosisEngine;
}

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export function createMetrics(database: Database, logger: Logger): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'resolutionflow_' });

  const http = new Histogram({
    name: 'resolutionflow_http_request_duration_seconds',
    help: 'HTTP request latency by method, route template and status class',
    labelNames: ['method', 'route', 'status'],
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const ack = new Histogram({
    name: 'resolutionflow_chat_ack_duration_seconds',
    help: 'Time until Slack or Teams got its HTTP answer (the platform ack)',
    labelNames: ['platform'],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 3],
    registers: [registry],
  });
  const engineTime = new Histogram({
    name: 'resolutionflow_engine_turn_duration_seconds',
    help: 'Diagnosis engine time per turn, model time included',
    labelNames: ['engine', 'outcome'],
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const tokens = new Counter({
    name: 'resolutionflow_model_tokens_total',
    help: 'Model tokens by kind (input, output, cache_read, cache_creation)',
    labelNames: ['engine', 'kind'],
    registers: [registry],
  });

  const safely = async (what: string, read: () => Promise<void>) => {
    try {
      await read();
    } catch (error) {
      logger.warn({ err: error, what }, 'metrics: could not read a gauge');
    }
  };
  new Gauge({
    name: 'resolutionflow_inbox_pending',
    help: 'Inbound chat events stored and not yet processed',
    registers: [registry],
    async collect() {
      await safely('inbox', async () => this.set((await inboxDepth(database)).pending));
    },
  });
  new Gauge({
    name: 'resolutionflow_inbox_oldest_age_seconds',
    help: 'Age of the oldest unprocessed inbound chat event',
    registers: [registry],
    async collect() {
      await safely('inbox age', async () => this.set((await inboxDepth(database)).oldestAgeSeconds));
    },
  });
  const outbox = new Gauge({
    name: 'resolutionflow_psa_outbox_pending',
    help: 'PSA writes waiting for delivery',
    registers: [registry],
    async collect() {
      await safely('outbox', async () => {
        const row = await systemRow<{ n: number; age: number }>(
          database,
          sql`select count(*)::int as n, coalesce(extract(epoch from now() - min(created_at)), 0)::float8 as age
              from psa_outbox where status = 'pending'`,
        );
        this.set(row?.n ?? 0);
        outboxAge.set(row?.age ?? 0);
      });
    },
  });
  const outboxAge = new Gauge({
    name: 'resolutionflow_psa_outbox_oldest_age_seconds',
    help: 'Age of the oldest PSA write waiting for delivery (read with resolutionflow_psa_outbox_pending)',
    registers: [registry],
  });
  void outbox;
  new Gauge({
    name: 'resolutionflow_kb_connectors',
    help: 'Knowledge connectors by sync status (idle, running, failed)',
    labelNames: ['status'],
    registers: [registry],
    async collect() {
      await safely('kb', async () => {
        const rows = await systemRows<{ status: string; n: number }>(
          database,
          sql`select sync_status as status, count(*)::int as n from kb_connectors group by sync_status`,
        );
        this.reset();
        for (const status of ['idle', 'running', 'failed']) this.set({ status }, 0);
        for (const r of rows) this.set({ status: r.status }, r.n);
      });
    },
  });
  const queueLag = new Gauge({
    name: 'resolutionflow_job_queue_lag_seconds',
    help: 'How long the oldest runnable job of each queue has waited',
    labelNames: ['queue'],
    registers: [registry],
    async collect() {
      await safely('job queue', async () => {
        // pg-boss's tables belong to the login role, not to app_system: read outside a tenant transaction.
        const result = await database.db.execute(
          sql`select name, count(*)::int as n, coalesce(extract(epoch from now() - min(start_after)), 0)::float8 as lag
              from pgboss.job where state in ('created', 'retry') and start_after <= now() group by name`,
        );
        const rows = (result as unknown as { rows: Array<{ name: string; n: number; lag: number }> }).rows;
        this.reset();
        queueDepth.reset();
        for (const r of rows) {
          this.set({ queue: r.name }, r.lag);
          queueDepth.set({ queue: r.name }, r.n);
        }
      });
    },
  });
  void queueLag;
  const queueDepth = new Gauge({
    name: 'resolutionflow_job_queue_ready',
    help: 'Runnable jobs waiting per queue (read with resolutionflow_job_queue_lag_seconds)',
    labelNames: ['queue'],
    registers: [registry],
  });

  return {
    registry,
    httpLatency(req: Request, res: Response, next: NextFunction) {
      const started = performance.now();
      trackRouteTemplate(req);
      res.on('finish', () => {
        const seconds = (performance.now() - started) / 1000;
        const route = routeOf(req);
        http.observe({ method: req.method, route, status: `${Math.floor(res.statusCode / 100)}xx` }, seconds);
        if (route === '/slack/events') ack.observe({ platform: 'slack' }, seconds);
        else if (route === '/api/messages') ack.observe({ platform: 'teams' }, seconds);
      });
      next();
    },
    instrumentEngine(engine) {
      return {
        name: engine.name,
        async runTurn(input, options) {
          const started = performance.now();
          try {
            const result = await engine.runTurn(input, options);
            engineTime.observe({ engine: engine.name, outcome: 'ok' }, (performance.now() - started) / 1000);
            const u = result.usage;
            tokens.inc({ engine: engine.name, kind: 'input' }, u.inputTokens);
            tokens.inc({ engine: engine.name, kind: 'output' }, u.outputTokens);
            tokens.inc({ engine: engine.name, kind: 'cache_read' }, u.cacheReadInputTokens);
            tokens.inc({ engine: engine.name, kind: 'cache_creation' }, u.cacheCreationInputTokens);
            return result;
          } catch (error) {
            engineTime.observe(
              { engine: engine.name, outcome: 'error' },
              (performance.now() - started) / 1000,
            );
            throw error;
          }
        },
        synthesizeNote: (input) => engine.synthesizeNote(input),
      };
    },
  };
}

const TEMPLATE = Symbol('resolutionflow.routeTemplate');
type TrackedRequest = Request & { [TEMPLATE]?: string };

/**
 * Records the full route template when express matches a route. Express restores `req.baseUrl`
 * on the way out of a nested router, so read at `finish` it gave `/:sessionId` for
 * `/api/v1/sessions/:sessionId`; at the moment express assigns `req.route` (Route#dispatch),
 * the mount path is still there.
 */
export function trackRouteTemplate(req: Request): void {
  const tracked = req as TrackedRequest;
  if (TEMPLATE in tracked) return;
  tracked[TEMPLATE] = undefined;
  let route: unknown = req.route;
  Object.defineProperty(req, 'route', {
    configurable: true,
    enumerable: true,
    get: () => route,
    set(value: unknown) {
      route = value;
      const path = (value as { path?: unknown } | undefined)?.path;
      if (typeof path === 'string') tracked[TEMPLATE] = `${req.baseUrl}${path}`;
    },
  });
}

/** The matched route template (`/api/v1/sessions/:sessionId`), or `unmatched` for 404s. */
export function routeOf(req: Request): string {
  const tracked = (req as TrackedRequest)[TEMPLATE];
  if (tracked) return tracked;
  const path = (req.route as { path?: unknown } | undefined)?.path;
  if (typeof path === 'string') return `${req.baseUrl}${path}`;
  if (req.path === '/slack/events' || req.path === '/api/messages') return req.path;
  return 'unmatched';
}

async function systemRows<T>(database: Database, query: ReturnType<typeof sql>): Promise<T[]> {
  return withSystemTransaction(database, 'metrics', async (tx) => {
    const result = await tx.execute(query);
    return (result as unknown as { rows: T[] }).rows;
  });
}

async function systemRow<T>(database: Database, query: ReturnType<typeof sql>): Promise<T | undefined> {
  return (await systemRows<T>(database, query))[0];
}

/** Bearer-token check in constant time; the token never appears in logs or answers. */
export function metricsHandler(metrics: Metrics, token: string | undefined): RequestHandler {
  const expected = token ? Buffer.from(`Bearer ${token}`) : undefined;
  return async (req, res) => {
    if (expected) {
      const given = Buffer.from(req.get('authorization') ?? '');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        res
          .status(401)
          .set('www-authenticate', 'Bearer')
          .json({
            error: {
              code: 'unauthorized',
              message: 'GET /metrics needs Authorization: Bearer <METRICS_TOKEN>',
            },
          });
        return;
      }
    }
    res.set('content-type', metrics.registry.contentType).send(await metrics.registry.metrics());
  };
}

/** METRICS_PORT: /metrics on a port of its own (bound like the server), for a scraper on a private network. */
export async function startMetricsServer(
  metrics: Metrics,
  options: { host: string; port: number; token: string | undefined },
): Promise<Server> {
  const app = express();
  app.disable('x-powered-by');
  app.get('/metrics', metricsHandler(metrics, options.token));
  const server = app.listen(options.port, options.host);
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  return server;
}
