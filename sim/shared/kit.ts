/**
 * Machinery the IT Glue and Hudu simulators share: the controllable clock, the queued faults
 * (`failNext`), the sliding-window rate limiter, `start,end` range parsing and request recording.
 */
import type { IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
/** Which requests a fault applies to. */
export interface FaultMatch {
  method?: string;
  /** Exact path (no query string) or a pattern tested against it. */
  path?: string | RegExp;
}

/** One call as the simulators record it. */
export interface RecordedCall {
  method: string;
  path: string;
  query: Record<string, string>;
  /** Lower-cased header names. */
  headers: Record<string, string>;
  /** Response status; 0 until answered. */
  status: number;
  /** Simulated clock time. */
  receivedAt: number;
}

/** Default start of the simulated clock: 2026-01-01T00:00:00.000Z. */
export const DEFAULT_START = Date.parse('2026-01-01T00:00:00.000Z');

/** A settable clock; `updated_at` stamps and the rate-limit window read it. */
export class SimClock {
  private current: number;

  constructor(start: number | string | Date = DEFAULT_START) {
    this.current = toMs(start);
  }

  now(): number {
    return this.current;
  }

  set(at: number | string | Date): void {
    this.current = toMs(at);
  }

  advance(ms: number): void {
    this.current += ms;
  }
}

export function toMs(at: number | string | Date): number {
  const ms = typeof at === 'number' ? at : typeof at === 'string' ? Date.parse(at) : at.getTime();
  if (!Number.isFinite(ms)) throw new Error(`not a valid time: ${String(at)}`);
  return ms;
}

interface Queued<F> {
  match: FaultMatch;
  fault: F;
  remaining: number;
}

export class FaultQueue<F> {
  private queue: Queued<F>[] = [];

  get pending(): number {
    return this.queue.reduce((sum, q) => sum + q.remaining, 0);
  }

  add(match: FaultMatch, fault: F, times: number): void {
    if (!Number.isInteger(times) || times < 1) throw new Error('failNext: times must be a positive integer');
    this.queue.push({ match, fault, remaining: times });
  }

  clear(): void {
    this.queue = [];
  }

  take(method: string, path: string): F | undefined {
    const found = this.queue.find(({ match }) => {
      if (match.method && match.method.toUpperCase() !== method) return false;
      if (match.path === undefined) return true;
      return typeof match.path === 'string' ? match.path === path : match.path.test(path);
    });
    if (!found) return undefined;
    found.remaining -= 1;
    if (found.remaining === 0) this.queue.splice(this.queue.indexOf(found), 1);
    return found.fault;
  }
}

/** Sliding window: at most `requests` accepted requests per `windowMs` of simulated time. */
export class RateLimiter {
  private stamps: number[] = [];

  constructor(
    private readonly limit: { requests: number; windowMs: number } | false,
    private readonly clock: SimClock,
  ) {}

  /** `undefined` when the request may proceed, else the seconds until a slot frees up. */
  check(): number | undefined {
    if (!this.limit) return undefined;
    const now = this.clock.now();
    const horizon = now - this.limit.windowMs;
    this.stamps = this.stamps.filter((t) => t > horizon);
    if (this.stamps.length >= this.limit.requests) {
      const oldest = this.stamps[0] ?? now;
      return Math.max(1, Math.ceil((oldest + this.limit.windowMs - now) / 1000));
    }
    this.stamps.push(now);
    return undefined;
  }

  clear(): void {
    this.stamps = [];
  }
}

/**
 * `start,end` (ISO 8601, inclusive; either side may be empty) → bounds in ms, or an error message.
 * A value `*` on either side means open as well.
 */
export function parseRange(value: string): { from: number; to: number } | string {
  const parts = value.split(',');
  if (parts.length !== 2) return `expected "start,end", got "${value}"`;
  const [start = '', end = ''] = parts.map((p) => p.trim());
  const from = start === '' || start === '*' ? Number.NEGATIVE_INFINITY : Date.parse(start);
  const to = end === '' || end === '*' ? Number.POSITIVE_INFINITY : Date.parse(end);
  if (Number.isNaN(from) || Number.isNaN(to)) return `not an ISO 8601 date range: "${value}"`;
  return { from, to };
}

export function flatHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) out[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

export function recordCall(req: IncomingMessage, url: URL, receivedAt: number): RecordedCall {
  return {
    method: (req.method ?? 'GET').toUpperCase(),
    path: url.pathname.replace(/\/$/, '') || '/',
    query: Object.fromEntries(url.searchParams),
    headers: flatHeaders(req),
    status: 0,
    receivedAt,
  };
}

/** Starts `server` on 127.0.0.1 (port 0 = any free one) and returns its base URL. */
export async function listenLocal(server: Server, port = 0): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}
