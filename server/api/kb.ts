import { Router } from 'express';
import type { JobDeps } from '../../jobs/definition.ts';

export interface KbApiDeps {
  /** Seals and opens connector credentials at rest. */
  secretsKey: Buffer;
  /** Starts a sync job now; resolves null when this process has no job queue. */
  enqueue: JobDeps['enqueue'];
}

/** Knowledge-base connectors and search under `/api/v1/kb` (issue 7). */
export function kbRouter(_deps: KbApiDeps): Router {
  return Router();
}
