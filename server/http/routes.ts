import { type Request, type RequestHandler, type Response, Router } from 'express';
import type { RouteParameters } from 'express-serve-static-core';
import type { z } from 'zod';
import { type Action, authorize } from '../../core/auth/index.ts';
import { tenantContext } from './auth.ts';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** What a route says about itself; the OpenAPI entry is built from exactly this. */
export interface RouteSpec {
  summary: string;
  /** OpenAPI tag; defaults to the group's. */
  tag?: string;
  /** Path parameters; unnamed ones are documented as uuids. */
  params?: z.ZodObject;
  query?: z.ZodObject;
  /** The schema the handler's verb parses the body with (the same object, so docs cannot drift). */
  body?: z.ZodType;
  response?: z.ZodType;
  /**
   * Checked before the handler runs (the verb checks again: the route is a second gate, not the
   * only one) and listed in the document as `x-permission`.
   */
  permission?: Action;
  /** False for routes reachable without signing in; defaults to the group's. */
  auth?: boolean;
  /** Success status; 200 unless said. */
  status?: number;
  /** Cookie-authenticated writes must echo the CSRF cookie; true for every write unless said. */
  csrf?: boolean;
  /** Express middleware run before the handler (e.g. an optional sign-in on sign-out). */
  before?: RequestHandler[];
}

/** One declared route: method and full path (OpenAPI syntax, under /api/v1) plus its spec. */
export interface DeclaredRoute extends RouteSpec {
  method: HttpMethod;
  /** `/users/{userId}`: the `:userId` express path, prefixed with the group's mount path. */
  path: string;
  tag: string;
  auth: boolean;
  csrf: boolean;
}

/** An express handler whose `req.params` are typed from the path, as `router.get` types them. */
type Handler<P extends string> = (req: Request<RouteParameters<P>>, res: Response) => unknown;

/**
 * A group of routes under one mount path. `group.get(path, spec, handler)` registers the handler on
 * `group.router` (express path syntax, `:param`) and records the declaration the OpenAPI document
 * is built from, so a route cannot be served without being documented. Mount with
 * `parent.use(group.prefix, group.router)` (or `group.mountOn(parent)`).
 */
export class RouteGroup {
  readonly router = Router();
  readonly declared: DeclaredRoute[] = [];

  constructor(
    readonly prefix: string,
    private readonly defaults: { tag: string; auth?: boolean },
  ) {}

  get<P extends string>(path: P, spec: RouteSpec, handler: Handler<P>): this {
    return this.add('get', path, spec, handler);
  }
  post<P extends string>(path: P, spec: RouteSpec, handler: Handler<P>): this {
    return this.add('post', path, spec, handler);
  }
  put<P extends string>(path: P, spec: RouteSpec, handler: Handler<P>): this {
    return this.add('put', path, spec, handler);
  }
  patch<P extends string>(path: P, spec: RouteSpec, handler: Handler<P>): this {
    return this.add('patch', path, spec, handler);
  }
  delete<P extends string>(path: P, spec: RouteSpec, handler: Handler<P>): this {
    return this.add('delete', path, spec, handler);
  }

  mountOn(parent: Router): void {
    if (this.prefix) parent.use(this.prefix, this.router);
    else parent.use(this.router);
  }

  private add<P extends string>(method: HttpMethod, path: P, spec: RouteSpec, handler: Handler<P>): this {
    const auth = spec.auth ?? this.defaults.auth ?? true;
    const full = `${this.prefix}${path === '/' ? '' : path}` || '/';
    this.declared.push({
      ...spec,
      method,
      path: full.replace(/:(\w+)/g, '{$1}'),
      tag: spec.tag ?? this.defaults.tag,
      auth,
      csrf: spec.csrf ?? (method !== 'get' && auth),
    });
    const { permission } = spec;
    const gate: RequestHandler[] = permission
      ? [
          (_req, res, next) => {
            authorize(tenantContext(res), permission);
            next();
          },
        ]
      : [];
    // Express 5 forwards a rejected promise to the error handler.
    this.router[method](path, ...(spec.before ?? []), ...gate, async (req: Request, res: Response) => {
      await handler(req as unknown as Request<RouteParameters<P>>, res);
    });
    return this;
  }
}

export function routeGroup(prefix: string, defaults: { tag: string; auth?: boolean }): RouteGroup {
  return new RouteGroup(prefix, defaults);
}
