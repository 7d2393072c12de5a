import type { ChatInboxPort } from '../bot/chat-inbox-port.ts';
import { teamsActivityAttributes } from '../bot/chat-trace.ts';
import { createTeamsAdapter, type TeamsAdapter } from '../bot/teams/adapter.ts';
import type { Database } from '../core/db/client.ts';
import type { DiagnosisDeps } from '../core/sessions/index.ts';
import type { Logger } from '../core/shared/logger.ts';
import { withSpan } from '../core/shared/telemetry.ts';
import type { ChatInboxHandler } from '../jobs/definition.ts';
import type { Env } from './env.ts';

/**
 * The Teams adapter on `POST /api/messages`. Production needs MICROSOFT_APP_ID (Bot Framework JWTs
 * are verified); development without one gets the anonymous endpoint for local testing, with a
 * loud warning from the adapter.
 */
export function teamsFromEnv(
  env: Env,
  deps: { database: Database; diagnosis: DiagnosisDeps; logger: Logger; inbox?: ChatInboxPort | undefined },
): TeamsAdapter | undefined {
  if (!env.MICROSOFT_APP_ID && env.NODE_ENV === 'production') return undefined;
  return createTeamsAdapter({
    config: {
      appId: env.MICROSOFT_APP_ID,
      appPassword: env.MICROSOFT_APP_PASSWORD,
      tenantId: env.MICROSOFT_APP_TENANT_ID,
      production: env.NODE_ENV === 'production',
      publicUrl: env.PUBLIC_URL,
    },
    ...deps,
  });
}

/** The Teams adapter's side of the chat inbox job. */
export function teamsInboxHandler(teams: TeamsAdapter): ChatInboxHandler {
  return {
    process: (body) =>
      withSpan(
        'teams.process',
        () => teamsActivityAttributes((body as { activity?: unknown } | null)?.activity),
        () => teams.processInboxEvent(body),
      ),
  };
}
