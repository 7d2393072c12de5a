/**
 * Fault injection for the Graph simulator: queued 429/503 replies that fire on the next matching
 * calls (`failNext`), before authentication, as Graph's throttling does. Bodies use the codes from
 * https://learn.microsoft.com/graph/errors (`activityLimitReached` "The app or user has been
 * throttled", `serviceNotAvailable`); `Retry-After` per https://learn.microsoft.com/graph/throttling.
 */
import { graphError, type Reply } from './http.ts';
import type { FaultMatch, GraphFault, GraphService } from './types.ts';

interface QueuedFault {
  match: FaultMatch;
  fault: GraphFault;
  remaining: number;
}

function matches(
  match: FaultMatch,
  service: GraphService | 'unknown',
  method: string,
  path: string,
): boolean {
  if (match.service && match.service !== service) return false;
  if (match.method && match.method.toUpperCase() !== method) return false;
  if (match.path === undefined) return true;
  return typeof match.path === 'string' ? match.path === path : match.path.test(path);
}

export class FaultQueue {
  private queue: QueuedFault[] = [];

  get pending(): number {
    return this.queue.reduce((sum, q) => sum + q.remaining, 0);
  }

  add(match: FaultMatch, fault: GraphFault, times: number): void {
    if (!Number.isInteger(times) || times < 1) throw new Error('failNext: times must be a positive integer');
    this.queue.push({ match, fault, remaining: times });
  }

  clear(): void {
    this.queue = [];
  }

  /** The first queued fault matching this call, consumed. */
  take(service: GraphService | 'unknown', method: string, path: string): GraphFault | undefined {
    const found = this.queue.find((q) => matches(q.match, service, method, path));
    if (!found) return undefined;
    found.remaining -= 1;
    if (found.remaining === 0) this.queue.splice(this.queue.indexOf(found), 1);
    return found.fault;
  }
}

export function faultReply(fault: GraphFault, nowIso: string): Reply {
  const reply =
    fault.status === 429
      ? graphError(429, 'activityLimitReached', 'The app or user has been throttled.', nowIso)
      : graphError(503, 'serviceNotAvailable', 'The service is temporarily unavailable.', nowIso);
  if (fault.retryAfter !== undefined)
    reply.headers = { ...reply.headers, 'retry-after': String(fault.retryAfter) };
  return reply;
}
