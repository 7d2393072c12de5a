import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import type { SlackWorkspace } from './types.ts';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/**
 * A Slack-style object id: a type prefix and upper-case alphanumerics. The Web API spec's patterns
 * want ≥8 characters after the prefix for workspaces (`^[TE][A-Z0-9]{8,}$`), channels
 * (`^[CGD][A-Z0-9]{8,}$`) and bots (`^B[A-Z0-9]{8,}$`); 10 satisfies all of them.
 */
export function slackId(prefix: string, length = 10): string {
  let out = prefix;
  for (let i = 0; i < length; i++) out += ALNUM[randomInt(ALNUM.length)];
  return out;
}

export const newUserId = () => slackId('U');
export const newChannelId = () => slackId('C');
export const newImId = () => slackId('D');
export const newTeamId = () => slackId('T');
export const newViewId = () => slackId('V');
/** Events API `event_id`, e.g. `Ev08MFMKH6` (globally unique per event, stable across retries). */
export const newEventId = () => slackId('Ev');
export const newClientMsgId = () => randomUUID();

/** Trigger ids look like `13345224609.738474920.8088930838d88f008e0` (digits.digits.hex). */
export function newTriggerId(): string {
  return `${randomInt(1e9, 1e10 - 1)}.${randomInt(1e8, 1e9 - 1)}.${randomBytes(16).toString('hex')}`;
}

export const TRIGGER_ID_PATTERN = /^\d+\.\d+\.[0-9a-f]+$/i;

/** `response_url` for slash commands (`/commands/`) and interactions (`/actions/`). */
export function newResponseUrl(kind: 'commands' | 'actions', teamId: string): string {
  return `https://hooks.slack.com/${kind}/${teamId}/${randomInt(1e11, 1e12 - 1)}/${randomBytes(12).toString('hex')}`;
}

/** View `hash`: guards `views.update`/`views.publish` against races, e.g. `156772938.1827394`. */
export function newViewHash(nowMs: number): string {
  return `${Math.floor(nowMs / 1000)}.${randomBytes(4).toString('hex')}`;
}

/**
 * Message timestamps (`ts`): epoch seconds, a dot and six digits (`^\d{10}\.\d{6}$`), unique per
 * channel and increasing. Derived from a microsecond clock, bumped by one when calls collide.
 */
export class TsClock {
  #last = 0;
  constructor(private readonly now: () => number) {}

  next(): string {
    let micros = Math.floor(this.now()) * 1000;
    if (micros <= this.#last) micros = this.#last + 1;
    this.#last = micros;
    return formatTs(micros);
  }
}

export function formatTs(micros: number): string {
  return `${Math.floor(micros / 1e6)}.${String(micros % 1e6).padStart(6, '0')}`;
}

/** A `ts` for "now" outside any channel clock (event builders). */
export function tsNow(nowMs = Date.now()): string {
  return formatTs(Math.floor(nowMs) * 1000 + randomInt(1000));
}

/**
 * Workspace used by both the simulator and the request builders unless overridden, so an app wired
 * to one sees consistent ids from the other.
 */
export const DEFAULT_WORKSPACE: SlackWorkspace = {
  teamId: 'T0SIMTEAM01',
  teamName: 'Sim MSP',
  teamDomain: 'sim-msp',
  apiAppId: 'A0SIMAPP001',
  botUserId: 'U0SIMBOT001',
  botId: 'B0SIMBOT001',
  botName: 'resolutionflow',
  verificationToken: 'simVerificationToken0001',
};

export const DEFAULT_BOT_TOKEN = 'xoxb-sim-bot-token';

/** A bot token in Slack's shape: `xoxb-{team digits}-{bot digits}-{24 alphanumerics}`. */
export function newBotToken(): string {
  return `xoxb-${randomInt(1e10, 1e11 - 1)}-${randomInt(1e12, 1e13 - 1)}-${randomBytes(12).toString('hex')}`;
}
