import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import express, { type Request, Router } from 'express';
import type { Logger } from '../core/shared/logger.ts';
import type { Env } from './env.ts';

/** Where `vite build --config admin-web/vite.config.ts` writes the admin web (git-ignored). */
export const ADMIN_WEB_ROOT = fileURLToPath(new URL('../admin-web/', import.meta.url));
export const ADMIN_WEB_DIST = fileURLToPath(new URL('../admin-web/dist/', import.meta.url));

/** Paths the SPA never answers: the API, the chat platforms, webhooks and probes keep their own 404s. */
const NOT_THE_SPA = /^\/(api|slack|webhooks|healthz|readyz)(\/|$)/;

/**
 * The admin web at `/`. By default (`npm start`, and any NODE_ENV) the built assets in
 * `admin-web/dist` are served, with `index.html` for every other page path so client-side routes
 * survive a reload. Only `npm run dev` (ADMIN_WEB_DEV_SERVER=true) runs Vite in middleware mode for
 * hot reload; its HMR socket rides on our own HTTP server, so no second fixed port is needed. Without
 * a build (a fresh clone running the server before `npm run build:web`) the API still works and `/`
 * says how to build.
 */
export async function createWebRouter(
  env: Env,
  logger: Logger,
  httpServer?: Server,
): Promise<Router | undefined> {
  const router = Router();
  if (env.ADMIN_WEB_DEV_SERVER) {
    const { createServer } = await import('vite');
    const vite = await createServer({
      configFile: `${ADMIN_WEB_ROOT}vite.config.ts`,
      server: { middlewareMode: true, hmr: httpServer ? { server: httpServer } : false },
      appType: 'spa',
    });
    router.use((req, res, next) => (NOT_THE_SPA.test(req.path) ? next() : vite.middlewares(req, res, next)));
    logger.info('admin web: Vite dev server in middleware mode');
    return router;
  }

  const index = `${ADMIN_WEB_DIST}index.html`;
  if (!existsSync(index)) {
    logger.warn('admin web is not built; run "npm run build:web" (the API works without it)');
    router.get('/', (_req, res) => {
      res
        .status(503)
        .type('text/plain')
        .send('The admin web is not built yet. Run "npm run build:web", then reload.');
    });
    return router;
  }

  // Hashed file names under /assets never change content: cache them for a year.
  router.use('/assets', express.static(`${ADMIN_WEB_DIST}assets`, { immutable: true, maxAge: '365d' }));
  router.use(express.static(ADMIN_WEB_DIST, { index: false, maxAge: 0 }));
  router.use((req, res, next) => {
    if (!wantsPage(req)) {
      next();
      return;
    }
    // index.html names the current asset hashes, so it must never be cached.
    res.set('cache-control', 'no-cache');
    res.sendFile(index);
  });
  return router;
}

function wantsPage(req: Request): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (NOT_THE_SPA.test(req.path)) return false;
  // A path with a file extension is a missing asset, not a page.
  if (/\.[a-z0-9]+$/i.test(req.path)) return false;
  // Only a browser navigation (which asks for text/html by name) gets the page; API clients and
  // `*/*` fetches of an unknown path keep the JSON 404.
  return (req.get('accept') ?? '').includes('text/html');
}
