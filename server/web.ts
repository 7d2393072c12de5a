import type { Router } from 'express';
import type { Logger } from '../core/shared/logger.ts';
import type { Env } from './env.ts';

/** The admin web at `/`: built assets in production, Vite's dev server in development (issue 8). */
export async function createWebRouter(_env: Env, _logger: Logger): Promise<Router | undefined> {
  return undefined;
}
