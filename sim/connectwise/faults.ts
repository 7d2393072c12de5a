/**
 * Fault injection for the ConnectWise simulator: queued faults that fire on the next matching
 * requests (`failNext`). HTTP faults fire before authentication (as a gateway or overloaded server
 * would answer); `'status_not_applied'` is consumed only by a ticket PATCH that changes the status.
 */
import { cwError, type Reply } from './http.ts';
import type { CwFault, FaultMatch } from './types.ts';

interface QueuedFault {
  match: FaultMatch;
  fault: CwFault;
  remaining: number;
}

const MESSAGES: Record<number, [code: string, message: string]> = {
  429: ['TooManyRequests', 'Too many requests. Please retry after the interval in the Retry-After header.'],
  500: ['UnexpectedError', 'An unexpected error has occurred.'],
  503: ['ServiceUnavailable', 'The service is temporarily unavailable.'],
};

function matches(match: FaultMatch, method: string, path: string): boolean {
  if (match.method && match.method.toUpperCase() !== method) return false;
  if (match.path === undefined) return true;
  return typeof match.path === 'string' ? match.path === path : match.path.test(path);
}

export class FaultQueue {
  private queue: QueuedFault[] = [];

  get pending(): number {
    return this.queue.reduce((sum, q) => sum + q.remaining, 0);
  }

  add(match: FaultMatch, fault: CwFault, times: number): void {
    if (!Number.isInteger(times) || times < 1) throw new Error('failNext: times must be a positive integer');
    this.queue.push({ match, fault, remaining: times });
  }

  clear(): void {
    this.queue = [];
  }

  private take(predicate: (q: QueuedFault) => boolean): CwFault | undefined {
    const found = this.queue.find(predicate);
    if (!found) return undefined;
    found.remaining -= 1;
    if (found.remaining === 0) this.queue.splice(this.queue.indexOf(found), 1);
    return found.fault;
  }

  /** The first queued HTTP/delay fault matching this request, consumed. */
  takeTransport(method: string, path: string): Exclude<CwFault, 'status_not_applied'> | undefined {
    const fault = this.take((q) => q.fault !== 'status_not_applied' && matches(q.match, method, path));
    return fault === 'status_not_applied' ? undefined : fault;
  }

  /** Whether a queued `'status_not_applied'` matches this request (consumed if so). */
  takeStatusNotApplied(method: string, path: string): boolean {
    return this.take((q) => q.fault === 'status_not_applied' && matches(q.match, method, path)) !== undefined;
  }
}

/** The reply for an HTTP fault: ConnectWise's error body, plus `Retry-After` when asked for. */
export function faultReply(fault: { status: 500 | 503 | 429; retryAfter?: number }): Reply {
  const [code, message] = MESSAGES[fault.status] ?? ['UnexpectedError', 'Error'];
  const reply = cwError(fault.status, code, message);
  if (fault.retryAfter !== undefined) reply.headers = { 'retry-after': String(fault.retryAfter) };
  return reply;
}
