import { AsyncLocalStorage } from 'node:async_hooks';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { scrubLogText } from './log-safety.ts';

/**
 * Traces, as the rest of the code sees them. This module loads nothing from OpenTelemetry: the
 * SDK lives behind `Tracing`, built by server/telemetry.ts only when OTLP export is configured.
 * Spans find their parent through an AsyncLocalStorage scope that only a traced process ever
 * enters, so with tracing off `withSpan` is one `getStore()` and a direct call.
 *
 * Attributes are ids, names, counts and statuses chosen by the caller; never message text,
 * query strings, bodies, tokens or email addresses.
 */
export type SpanAttributes = Record<string, string | number | boolean | undefined>;

export type SpanKind = 'internal' | 'server' | 'client' | 'producer' | 'consumer';

/** One open span. */
export interface SpanHandle {
  setAttributes(attributes: SpanAttributes): void;
  updateName(name: string): void;
  /** Marks the span failed with the error's class and a scrubbed message (see `failureOf`). */
  fail(error: unknown): void;
  end(): void;
  /** This span as a W3C `traceparent`, to carry across the job queue. */
  traceparent(): string;
}

/** The SDK side: one per process, owning its exporter (no global provider, so test servers in one process stay apart). */
export interface Tracing {
  startSpan(
    name: string,
    options: {
      attributes?: SpanAttributes | undefined;
      kind?: SpanKind;
      /** A span of this process, or a W3C traceparent from elsewhere (an HTTP header, a job payload). */
      parent?: SpanHandle | string | undefined;
    },
  ): SpanHandle;
  /** Sends what is buffered. */
  forceFlush(): Promise<void>;
  /** Flushes and stops exporting (server stop). */
  shutdown(): Promise<void>;
}

interface Scope {
  tracing: Tracing;
  span: SpanHandle;
}

const scope = new AsyncLocalStorage<Scope>();

type LazyAttributes = SpanAttributes | (() => SpanAttributes);

const resolve = (attributes: LazyAttributes | undefined): SpanAttributes | undefined =>
  typeof attributes === 'function' ? attributes() : attributes;

/**
 * Runs `fn` in a child span of the current one. Outside a traced request or job (and always when
 * tracing is off) it just calls `fn`: attributes may be a function so nothing is built for nobody.
 */
export function withSpan<T>(name: string, attributes: LazyAttributes, fn: () => Promise<T>): Promise<T> {
  const current = scope.getStore();
  if (!current) return fn();
  return runInSpan(current.tracing, name, { attributes: resolve(attributes), parent: current.span }, fn);
}

/**
 * A root (or remotely parented) span around `fn`: an inbound request or a job. `parent` is the
 * traceparent it arrived with, if any.
 */
export function runInSpan<T>(
  tracing: Tracing,
  name: string,
  options: {
    attributes?: SpanAttributes | undefined;
    kind?: SpanKind;
    parent?: SpanHandle | string | undefined;
  },
  fn: () => Promise<T>,
): Promise<T> {
  const span = tracing.startSpan(name, options);
  return scope.run({ tracing, span }, async () => {
    try {
      return await fn();
    } catch (error) {
      span.fail(error);
      throw error;
    } finally {
      span.end();
    }
  });
}

/** Adds attributes to the current span (a result known only at the end: tokens, counts). */
export function annotate(attributes: LazyAttributes): void {
  scope.getStore()?.span.setAttributes(resolve(attributes) ?? {});
}

/** The current span as a W3C traceparent, or undefined outside a trace. */
export function currentTraceparent(): string | undefined {
  return scope.getStore()?.span.traceparent();
}

/**
 * Express-shaped middleware: a child span of the request's span from here until the response is
 * sent (a chat platform's ack). What runs after the response in the same call chain (queueing the
 * stored event) stays in this span's scope, so the job it queues joins the trace.
 */
export function spanUntilResponse(
  name: string,
  attributesOf: (req: IncomingMessage) => SpanAttributes,
): (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void {
  return (req, res, next) => {
    const current = scope.getStore();
    if (!current) {
      next();
      return;
    }
    const span = current.tracing.startSpan(name, { attributes: attributesOf(req), parent: current.span });
    let ended = false;
    const end = () => {
      if (ended) return;
      ended = true;
      span.setAttributes({ 'http.response.status_code': res.statusCode });
      if (res.statusCode >= 500) span.fail(new Error(`answered ${res.statusCode}`));
      span.end();
    };
    res.once('finish', end);
    res.once('close', end);
    enterRequestSpan(current.tracing, span, () => next());
  };
}

/**
 * Runs `next` (the rest of an express chain) in the scope of `span`. Body parsers (raw-body, under
 * express.json and express.raw) carry the caller's async context to their callback, so handlers
 * after them still see it (a test sends a body in two packets to hold this).
 */
export function enterRequestSpan(tracing: Tracing, span: SpanHandle, next: () => void): void {
  scope.run({ tracing, span }, next);
}

const EMAIL = /[^\s@<>"'()]+@[^\s@<>"'()]+\.[A-Za-z]{2,}/g;

/** What a failed span may say: the error class, and its message without values, secrets or emails. */
export function failureOf(error: unknown): { type: string; message: string } {
  if (!(error instanceof Error)) return { type: typeof error, message: '' };
  const type = error.constructor?.name || error.name || 'Error';
  return { type, message: scrubLogText(error.message).replace(EMAIL, '[email]').slice(0, 300) };
}
