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

/** What Slack posts to the Events API URL as JSON (`app_rate_limited` is its rate-limit notice). */
const EVENT_ENVELOPES = new Set(['url_verification', 'event_callback', 'app_rate_limited']);
/** Interaction payloads Slack sends, and the field each one's listeners cannot run without. */
const INTERACTION_NEEDS: Record<string, { field: string; kind: 'array' | 'object' | 'string' } | undefined> =
  {
    block_actions: { field: 'actions', kind: 'array' },
    block_suggestion: { field: 'action_id', kind: 'string' },
    interactive_message: { field: 'actions', kind: 'array' },
    view_submission: { field: 'view', kind: 'object' },
    view_closed: { field: 'view', kind: 'object' },
    shortcut: { field: 'callback_id', kind: 'string' },
    message_action: { field: 'callback_id', kind: 'string' },
    dialog_submission: { field: 'callback_id', kind: 'string' },
    dialog_cancellation: { field: 'callback_id', kind: 'string' },
    dialog_suggestion: { field: 'callback_id', kind: 'string' },
  };

/**
 * Signed, but not something Slack sends: refused now. Bolt trusts a verified body's shape, so an
 * `event_callback` without an object `event` (or `block_actions` without an `actions` list) threw
 * inside it as a 500, and a body no listener recognises sat unacked for 3 s before a 404.
 */
function shapeRefusal(body: string, contentType: string): Refusal | undefined {
  const bad = (reason: string): Refusal => ({ status: 400, reason });
  if (contentType.startsWith('application/x-www-form-urlencoded')) {
    const form = new URLSearchParams(body);
    const payload = form.get('payload');
    if (payload === null) {
      // Slash commands are plain form fields; `ssl_check` is Slack probing a command's URL.
      if (form.get('ssl_check') !== null || (form.get('command') ?? '').startsWith('/')) return undefined;
      return bad('form body must be a slash command ("command") or an interaction ("payload")');
    }
    const parsed = parseJson(payload);
    if (!isObject(parsed)) return bad('interaction payload must be a JSON object');
    if (typeof parsed.type !== 'string' || !(parsed.type in INTERACTION_NEEDS))
      return bad('interaction payload "type" is not one Slack sends');
    const need = INTERACTION_NEEDS[parsed.type];
    if (need && !hasKind(parsed[need.field], need.kind))
      return bad(`${parsed.type} payload must have ${ARTICLE[need.kind]} "${need.field}"`);
    // Bolt reads the presser's id and, where they are present, the channel, container, message and
    // view of every interaction; null there threw inside it (500).
    if (!(isObject(parsed.user) && typeof parsed.user.id === 'string'))
      return bad(`${parsed.type} payload must have a "user" object with a string "id"`);
    const notObject = INTERACTION_OBJECTS.find((f) => parsed[f] !== undefined && !isObject(parsed[f]));
    if (notObject) return bad(`${parsed.type} payload's "${notObject}" must be an object when present`);
    const notList = INTERACTION_LISTS.find(
      (f) =>
        parsed[f] !== undefined && !(Array.isArray(parsed[f]) && (parsed[f] as unknown[]).every(isObject)),
    );
    if (notList) return bad(`${parsed.type} payload's "${notList}" must be a list of objects when present`);
    if (parsed.team !== undefined && parsed.team !== null && !isObject(parsed.team))
      return bad(`${parsed.type} payload's "team" must be an object`);
    return undefined;
  }
  const parsed = parseJson(body);
  if (!isObject(parsed)) return bad('event body must be a JSON object');
  if (typeof parsed.type !== 'string') return bad('event body must have a string "type"');
  if (!EVENT_ENVELOPES.has(parsed.type))
    return bad(`event body type "${parsed.type}" is not one Slack sends`);
  if (parsed.type === 'event_callback') {
    const event = parsed.event;
    if (!(isObject(event) && typeof event.type === 'string'))
      return bad('event_callback must carry an "event" object with a string "type"');
    // Ids or objects (a `user_change` carries the whole user) in Slack's events, never null or a
    // number; Bolt's middleware reads them and threw on null (500).
    const odd = EVENT_REFS.find(
      (f) => event[f] !== undefined && typeof event[f] !== 'string' && !isObject(event[f]),
    );
    if (odd) return bad(`event "${odd}" must be an id or an object when present`);
    if (event.item !== undefined && !isObject(event.item))
      return bad('event "item" must be an object when present');
    // What a person wrote: the listeners read it as text and its author as a user id.
    if (event.type === 'app_mention' || event.type === 'message') {
      if (event.type === 'app_mention' && typeof event.text !== 'string')
        return bad('app_mention event must carry its "text" as a string');
      if (event.text !== undefined && typeof event.text !== 'string')
        return bad(`${event.type} event "text" must be a string when present`);
      if (event.user !== undefined && typeof event.user !== 'string')
        return bad(`${event.type} event "user" must be a user id when present`);
    }
  }
  return undefined;
}

/** Interaction fields that are objects whenever Slack sends them. */
const INTERACTION_OBJECTS = ['channel', 'container', 'message', 'view'];
/** Interaction fields that are lists of objects whenever Slack sends them. */
const INTERACTION_LISTS = ['actions', 'response_urls'];
/** Event fields that are an id or an object whenever Slack sends them. */
const EVENT_REFS = ['user', 'channel', 'message', 'team'];

const ARTICLE = { array: 'a list', object: 'an object', string: 'a string' } as const;

function hasKind(value: unknown, kind: 'array' | 'object' | 'string'): boolean {
  if (kind === 'array') return Array.isArray(value);
  if (kind === 'object') return isObject(value);
  return typeof value === 'string';
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
