import { createHmac, timingSafeEqual } from 'node:crypto';
import express, { type RequestHandler } from 'express';

/** Slack's documented replay window: "more than five minutes from local time". Both directions. */
export const SLACK_TIMESTAMP_TOLERANCE_SECONDS = 5 * 60;
const BODY_LIMIT = '1mb';

type Refusal = { status: 400 | 401; reason: string };

/**
 * Runs in front of Bolt's receiver on `/slack/events`. Bolt checks only that a timestamp is not
 * too old, so a request signed "ten minutes from now" (or a year) stayed replayable until then;
 * and it hands any signed JSON to the listeners, so `null` was a 500 and `[1,2,3]` sat unacked for
 * 3 s before a 404. Here: the signature over the raw body, the timestamp within ±5 minutes, and
 * a body that is an object (a JSON event with a `type`, or a form with an object `payload`) are
 * all checked, and a refusal is immediate. The raw body is left on `req.rawBody`, which Bolt
 * reads instead of the (already consumed) stream.
 */
export function slackRequestGuard(signingSecret: string, now: () => number = Date.now): RequestHandler[] {
  const readRaw = express.raw({ type: () => true, limit: BODY_LIMIT });
  const check: RequestHandler = (req, res, next) => {
    const raw: Buffer = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const refusal = verify(signingSecret, raw, req.headers, now());
    if (refusal) {
      res.status(refusal.status).json({ error: refusal.reason });
      return;
    }
    (req as typeof req & { rawBody?: Buffer }).rawBody = raw;
    req.body = undefined;
    next();
  };
  return [readRaw, check];
}

function header(headers: Record<string, string | string[] | undefined>, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function verify(
  secret: string,
  raw: Buffer,
  headers: Record<string, string | string[] | undefined>,
  nowMs: number,
): Refusal | undefined {
  const signature = header(headers, 'x-slack-signature');
  const timestamp = header(headers, 'x-slack-request-timestamp');
  if (!signature || !timestamp || !/^\d{1,12}$/.test(timestamp)) {
    return { status: 401, reason: 'missing or malformed Slack signature headers' };
  }
  if (Math.abs(nowMs / 1000 - Number(timestamp)) > SLACK_TIMESTAMP_TOLERANCE_SECONDS) {
    return { status: 401, reason: 'Slack request timestamp is outside the 5-minute window' };
  }
  const expected = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:`).update(raw).digest('hex')}`;
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, Buffer.from(expected))) {
    return { status: 401, reason: 'Slack signature mismatch' };
  }
  return shapeRefusal(raw.toString('utf8'), header(headers, 'content-type') ?? '');
}

/** Signed, but not something Slack sends: refused now rather than left for Bolt to time out on. */
function shapeRefusal(body: string, contentType: string): Refusal | undefined {
  const bad = (reason: string): Refusal => ({ status: 400, reason });
  if (contentType.startsWith('application/x-www-form-urlencoded')) {
    const payload = new URLSearchParams(body).get('payload');
    if (payload === null) return undefined; // slash commands: plain form fields
    return isObject(parseJson(payload)) ? undefined : bad('interaction payload must be a JSON object');
  }
  const parsed = parseJson(body);
  if (!isObject(parsed)) return bad('event body must be a JSON object');
  if (typeof parsed.type !== 'string') return bad('event body must have a string "type"');
  return undefined;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
