import express, { type RequestHandler } from 'express';
import { ServiceError, UnprocessableError } from '../../core/shared/errors.ts';
import { findUnsafeText, jsonNestingDepth } from '../../core/shared/text-hygiene.ts';

/**
 * Deeper than any document the API takes (a flow with nested branches is < 20) and shallow enough
 * that every recursive walk downstream (zod, JSON.stringify, pino) stays far from the stack limit.
 */
export const MAX_JSON_DEPTH = 64;

/**
 * The input gate every `/api/v1` request passes before any route sees it: JSON parsing with a size
 * and nesting limit, then one rule for every string in the body, the query and the path (no NUL,
 * no lone surrogates). One place instead of a refinement on each of ~150 zod schemas, so a new
 * route cannot forget it. Refusals name the field so a form can show the message beside it.
 */
export function inputGate(options: { bodyLimit: string }): RequestHandler[] {
  const parse = express.json({
    limit: options.bodyLimit,
    strict: true,
    verify: (_req, _res, raw) => {
      if (jsonNestingDepth(raw, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) {
        throw new ServiceError(
          'payload_too_large',
          `Request body nests deeper than ${MAX_JSON_DEPTH} levels.`,
        );
      }
    },
  });
  const checkText: RequestHandler = (req, _res, next) => {
    // Express decodes `%00` in a path segment into a NUL before a route's params see it.
    if (/%00/.test(req.path)) {
      next(new ServiceError('invalid_input', 'The URL path must not contain NUL characters (%00).'));
      return;
    }
    const issue =
      findUnsafeText(req.query, ['query']) ??
      (req.body === undefined ? undefined : findUnsafeText(req.body, []));
    if (issue) {
      next(new UnprocessableError(`Invalid input (${issue.path}: ${issue.message})`, [issue]));
      return;
    }
    next();
  };
  return [parse, checkText];
}
