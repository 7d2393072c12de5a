import { hostname } from 'node:os';
import type { Context, Span } from '@opentelemetry/api';
import type { SpanExporter } from '@opentelemetry/sdk-trace-base';
import type { RequestHandler } from 'express';
import type { DiagnosisEngine } from '../core/engine/types.ts';
import type { KnowledgeQuery } from '../core/kb/knowledge.ts';
import type { DiagnosisDeps } from '../core/sessions/index.ts';
import type { TenantContext } from '../core/shared/context.ts';
import type { Logger } from '../core/shared/logger.ts';
import {
  annotate,
  enterRequestSpan,
  failureOf,
  type SpanAttributes,
  type SpanHandle,
  type SpanKind,
  type Tracing,
  withSpan,
} from '../core/shared/telemetry.ts';
import type { Env } from './env.ts';
import { routeOf, trackRouteTemplate } from './metrics.ts';

/** What OTLP export needs, from the standard OTEL_* variables (validated in env.ts). */
export interface TracingConfig {
  /** The full traces URL (`…/v1/traces`). */
  url: string;
  headers: Record<string, string>;
  serviceName: string;
  sampler: Env['OTEL_TRACES_SAMPLER'];
  samplerRatio: number;
  /** `server` or `worker`: which of the deployment's processes a span came from. */
  role: string;
  batchDelayMs: number;
}

/**
 * Traces are on when an OTLP endpoint is configured (and OTEL_SDK_DISABLED is not true). As the
 * spec says, OTEL_EXPORTER_OTLP_ENDPOINT is a base URL that gets `/v1/traces`, and the
 * traces-specific variable is used exactly as given and wins.
 */
export function tracingConfig(env: Env, role: string): TracingConfig | undefined {
  if (env.OTEL_SDK_DISABLED) return undefined;
  const url =
    env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ??
    (env.OTEL_EXPORTER_OTLP_ENDPOINT
      ? `${env.OTEL_EXPORTER_OTLP_ENDPOINT.replace(/\/+$/, '')}/v1/traces`
      : undefined);
  if (!url) return undefined;
  return {
    url,
    headers: { ...env.OTEL_EXPORTER_OTLP_HEADERS, ...env.OTEL_EXPORTER_OTLP_TRACES_HEADERS },
    serviceName: env.OTEL_SERVICE_NAME,
    sampler: env.OTEL_TRACES_SAMPLER,
    samplerRatio: env.OTEL_TRACES_SAMPLER_ARG ?? 1,
    role,
    batchDelayMs: env.OTEL_BSP_SCHEDULE_DELAY,
  };
}

const KIND = { internal: 0, server: 1, client: 2, producer: 3, consumer: 4 } as const satisfies Record<
  SpanKind,
  number
>;
/** How often a failing collector is mentioned in the log (export failures would otherwise repeat every batch). */
const EXPORT_WARNING_INTERVAL_MS = 60_000;

/**
 * Starts the OpenTelemetry SDK for this process, or returns undefined (loading nothing) when
 * traces are not configured. The provider is not registered globally: each started server owns
 * its own, so tests running several servers in one process keep their traces apart, and
 * libraries' own instrumentation (drizzle, pg-boss) stays silent.
 */
export async function startTracing(env: Env, logger: Logger, role: string): Promise<Tracing | undefined> {
  const config = tracingConfig(env, role);
  if (!config) return undefined;
  const [api, core, sdk, otlp, resources] = await Promise.all([
    import('@opentelemetry/api'),
    import('@opentelemetry/core'),
    import('@opentelemetry/sdk-trace-base'),
    import('@opentelemetry/exporter-trace-otlp-http'),
    import('@opentelemetry/resources'),
  ]);

  const ratio = new sdk.TraceIdRatioBasedSampler(config.samplerRatio);
  const sampler = {
    always_on: new sdk.AlwaysOnSampler(),
    always_off: new sdk.AlwaysOffSampler(),
    traceidratio: ratio,
    parentbased_always_on: new sdk.ParentBasedSampler({ root: new sdk.AlwaysOnSampler() }),
    parentbased_always_off: new sdk.ParentBasedSampler({ root: new sdk.AlwaysOffSampler() }),
    parentbased_traceidratio: new sdk.ParentBasedSampler({ root: ratio }),
  }[config.sampler];

  const otlpExporter = new otlp.OTLPTraceExporter({ url: config.url, headers: config.headers });
  let lastWarning = 0;
  // Export failures are the operator's business, but never the user's: logged at most once a
  // minute, without the headers (which carry the collector's API key).
  const exporter: SpanExporter = {
    export(spans, done) {
      otlpExporter.export(spans, (result) => {
        if (
          result.code !== core.ExportResultCode.SUCCESS &&
          Date.now() - lastWarning > EXPORT_WARNING_INTERVAL_MS
        ) {
          lastWarning = Date.now();
          logger.warn(
            { err: result.error, url: config.url, spans: spans.length },
            'could not send traces to the OTLP endpoint',
          );
        }
        done(result);
      });
    },
    shutdown: () => otlpExporter.shutdown(),
    forceFlush: () => otlpExporter.forceFlush(),
  };
  const provider = new sdk.BasicTracerProvider({
    resource: resources.resourceFromAttributes({
      'service.name': config.serviceName,
      'service.instance.id': `${hostname()}:${process.pid}`,
      'resolutionflow.process': config.role,
    }),
    sampler,
    spanProcessors: [new sdk.BatchSpanProcessor(exporter, { scheduledDelayMillis: config.batchDelayMs })],
  });
  const tracer = provider.getTracer('resolutionflow');
  const propagator = new core.W3CTraceContextPropagator();

  class Handle implements SpanHandle {
    constructor(readonly span: Span) {}
    setAttributes(attributes: SpanAttributes) {
      this.span.setAttributes(defined(attributes));
    }
    updateName(name: string) {
      this.span.updateName(name);
    }
    fail(error: unknown) {
      const { type, message } = failureOf(error);
      this.span.setAttribute('error.type', type);
      this.span.setStatus({ code: api.SpanStatusCode.ERROR, message });
    }
    end() {
      this.span.end();
    }
    traceparent() {
      const carrier: Record<string, string> = {};
      propagator.inject(api.trace.setSpan(api.ROOT_CONTEXT, this.span), carrier, api.defaultTextMapSetter);
      return carrier.traceparent ?? '';
    }
  }
  const contextOf = (parent: SpanHandle | string | undefined): Context => {
    if (parent instanceof Handle) return api.trace.setSpan(api.ROOT_CONTEXT, parent.span);
    if (typeof parent === 'string')
      return propagator.extract(api.ROOT_CONTEXT, { traceparent: parent }, api.defaultTextMapGetter);
    return api.ROOT_CONTEXT;
  };

  logger.info(
    { url: config.url, service: config.serviceName, sampler: config.sampler },
    'OpenTelemetry traces on',
  );
  return {
    startSpan(name, options) {
      const span = tracer.startSpan(
        name,
        { kind: KIND[options.kind ?? 'internal'], attributes: defined(options.attributes ?? {}) },
        contextOf(options.parent),
      );
      return new Handle(span);
    },
    forceFlush: () => provider.forceFlush(),
    shutdown: () => provider.shutdown(),
  };
}

/** Flushes buffered spans on the way out, within the shutdown budget: a dead collector never holds a deploy up. */
export async function stopTracing(
  tracing: Tracing | undefined,
  timeoutMs: number,
  logger: Logger,
): Promise<void> {
  if (!tracing) return;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), timeoutMs);
  });
  try {
    if ((await Promise.race([tracing.shutdown().then(() => 'done' as const), late])) === 'late')
      logger.warn({ timeoutMs }, 'traces not flushed in time; the last spans are lost');
  } catch (error) {
    logger.warn({ err: error }, 'could not flush traces');
  } finally {
    clearTimeout(timer);
  }
}

function defined(attributes: SpanAttributes): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const [key, value] of Object.entries(attributes)) if (value !== undefined) out[key] = value;
  return out;
}

/**
 * A server span per request, named by method and route template (`GET /api/v1/sessions/:sessionId`)
 * once routing has matched. Never the raw URL: no ids in the name, no query string, no body.
 * An inbound W3C `traceparent` (from a proxy or a caller that traces) is continued.
 */
export function httpTracing(tracing: Tracing): RequestHandler {
  return (req, res, next) => {
    trackRouteTemplate(req);
    const inbound = req.headers.traceparent;
    const span = tracing.startSpan(req.method, {
      kind: 'server',
      parent: typeof inbound === 'string' ? inbound : undefined,
      attributes: { 'http.request.method': req.method },
    });
    let ended = false;
    const end = () => {
      if (ended) return;
      ended = true;
      const route = routeOf(req);
      span.updateName(`${req.method} ${route}`);
      span.setAttributes({
        'http.route': route,
        'http.response.status_code': res.statusCode,
        ...(res.writableFinished ? {} : { 'http.aborted': true }),
      });
      if (res.statusCode >= 500) span.fail(new Error(`answered ${res.statusCode}`));
      span.end();
    };
    res.once('finish', end);
    res.once('close', end);
    enterRequestSpan(tracing, span, () => next());
  };
}

/**
 * Spans around the turn's outside calls: the engine (kind, model, tokens, cache reads) and
 * knowledge search and rerank (counts only, never the query text).
 */
export function traceDiagnosis(deps: DiagnosisDeps): DiagnosisDeps {
  const { knowledge, reranker } = deps;
  const candidates = knowledge.candidates?.bind(knowledge);
  return {
    ...deps,
    engine: traceEngine(deps.engine),
    knowledge: {
      search: (ctx, query) =>
        withSpan('knowledge.search', searchAttributes(ctx, query), async () => {
          const passages = await knowledge.search(ctx, query);
          annotate({ 'knowledge.passages': passages.length });
          return passages;
        }),
      // Kept when the source has it: without it the rerank would only ever see passages the
      // lexical search already answers with (core/sessions/knowledge-query.ts).
      ...(candidates
        ? {
            candidates: (ctx: TenantContext, query: KnowledgeQuery) =>
              withSpan('knowledge.candidates', searchAttributes(ctx, query), async () => {
                const found = await candidates(ctx, query);
                annotate({
                  'knowledge.passages': found.passages.length,
                  'knowledge.answerable': found.answerable,
                });
                return found;
              }),
          }
        : {}),
    },
    ...(reranker
      ? {
          reranker: {
            candidates: reranker.candidates,
            rerank: (input) =>
              withSpan(
                'knowledge.rerank',
                () => ({ 'knowledge.candidates': input.passages.length }),
                () => reranker.rerank(input),
              ),
          },
        }
      : {}),
  };
}

/** A knowledge search span's attributes: counts and flags, never the query text. */
function searchAttributes(ctx: TenantContext, query: KnowledgeQuery) {
  return () => ({
    'resolutionflow.account_id': ctx.accountId,
    'knowledge.limit': query.limit,
    'knowledge.company_scoped': Boolean(query.companyId),
  });
}

function traceEngine(engine: DiagnosisEngine): DiagnosisEngine {
  return {
    name: engine.name,
    runTurn: (input, options) =>
      withSpan(
        'engine.turn',
        () => ({ 'resolutionflow.engine': engine.name, 'resolutionflow.session_id': input.sessionId }),
        async () => {
          const result = await engine.runTurn(input, options);
          const u = result.usage;
          // gen_ai.* as in OpenTelemetry's generative-AI semantic conventions.
          annotate({
            'gen_ai.response.model': result.model ?? undefined,
            'gen_ai.usage.input_tokens': u.inputTokens,
            'gen_ai.usage.output_tokens': u.outputTokens,
            'gen_ai.usage.cache_read.input_tokens': u.cacheReadInputTokens,
            'gen_ai.usage.cache_creation.input_tokens': u.cacheCreationInputTokens,
          });
          return result;
        },
      ),
    synthesizeNote: (input) =>
      withSpan(
        'engine.note',
        () => ({ 'resolutionflow.engine': engine.name }),
        () => engine.synthesizeNote(input),
      ),
  };
}
