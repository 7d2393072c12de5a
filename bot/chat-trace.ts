import type { IncomingMessage } from 'node:http';
import type { SpanAttributes } from '../core/shared/telemetry.ts';

/**
 * What a chat span may say about an inbound event: its kind and the workspace/tenant it came
 * from. Never text, user names, emails or tokens. Only computed inside a trace.
 */
type Json = Record<string, unknown>;

const asObject = (value: unknown): Json | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

function parse(text: string): Json | undefined {
  try {
    return asObject(JSON.parse(text));
  } catch {
    return undefined;
  }
}

/** A stored or inbound Slack body: an Events API callback, an interaction payload or a slash command. */
export function slackBodyAttributes(body: unknown): SpanAttributes {
  const b = asObject(body) ?? {};
  const payload = asObject(b.payload) ?? (typeof b.payload === 'string' ? parse(b.payload) : undefined);
  const source = payload ?? b;
  const event = asObject(source.event);
  return {
    'resolutionflow.platform': 'slack',
    'slack.type': str(source.type) ?? (str(b.command) ? 'slash_command' : undefined),
    'slack.event.type': str(event?.type),
    'slack.team_id': str(source.team_id) ?? str(asObject(source.team)?.id),
  };
}

/** Slack's request as the guard left it: the verified raw body on `req.rawBody` (JSON or a form). */
export function slackRequestAttributes(req: IncomingMessage): SpanAttributes {
  const raw = (req as IncomingMessage & { rawBody?: Buffer }).rawBody;
  const retry = req.headers['x-slack-retry-num'];
  const retries = { 'slack.retry_num': typeof retry === 'string' ? Number(retry) || 0 : 0 };
  if (!raw) return { 'resolutionflow.platform': 'slack', ...retries };
  const text = raw.toString('utf8');
  const body = (req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')
    ? Object.fromEntries(new URLSearchParams(text))
    : parse(text);
  return { ...slackBodyAttributes(body), ...retries };
}

/** A Bot Framework activity, inbound (`req.body`) or stored (`{ activity }`). */
export function teamsActivityAttributes(activity: unknown): SpanAttributes {
  const a = asObject(activity) ?? {};
  const tenant =
    str(asObject(asObject(a.channelData)?.tenant)?.id) ?? str(asObject(a.conversation)?.tenantId);
  return {
    'resolutionflow.platform': 'teams',
    'teams.activity.type': str(a.type),
    'teams.activity.name': str(a.name),
    'teams.conversation.type': str(asObject(a.conversation)?.conversationType),
    'teams.tenant_id': tenant,
  };
}

export function teamsRequestAttributes(req: IncomingMessage): SpanAttributes {
  return teamsActivityAttributes((req as IncomingMessage & { body?: unknown }).body);
}
