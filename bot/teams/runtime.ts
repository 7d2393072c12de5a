import type { ConversationParameters, ConversationReference } from '@microsoft/agents-activity';
import type { CloudAdapter, TurnContext } from '@microsoft/agents-hosting';
import type { RenderContext } from '../../cards/index.ts';
import { can } from '../../core/auth/index.ts';
import { firstDelivery } from '../../core/chat/index.ts';
import type { Database } from '../../core/db/client.ts';
import type { DiagnosisDeps } from '../../core/sessions/index.ts';
import type { TenantContext } from '../../core/shared/context.ts';
import type { Logger } from '../../core/shared/logger.ts';
import type { TeamsConfig } from './config.ts';
import type { TenantAccounts } from './identity.ts';

/** Everything the listeners share; built once in adapter.ts. */
export interface TeamsRuntime {
  config: TeamsConfig;
  database: Database;
  diagnosis: DiagnosisDeps;
  tenants: TenantAccounts;
  logger: Logger;
  sessionUrl: (sessionId: string) => string | null;
  /**
   * Opens (or finds: Teams returns the same one) the bot's 1:1 chat with `memberId` — a `29:` id
   * or the person's Entra object id — and runs `logic` in a turn there.
   */
  personalChat(
    where: { serviceUrl: string; tenantId: string; memberId: string; memberName: string },
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<void>;
  /** Runs `logic` in a new turn on a stored conversation (proactive messaging). */
  proactive(reference: ConversationReference, logic: (context: TurnContext) => Promise<void>): Promise<void>;
  /**
   * Work that must not hold up an invoke answer (Teams waits about 5 s), run after the turn in a
   * proactive turn of the same conversation: the SDK revokes a TurnContext when its turn ends, so
   * `work` gets a fresh one. Work under one `key` runs one at a time in order (two quick card
   * refreshes cannot land out of order); failures are logged.
   */
  later(
    context: TurnContext,
    key: string,
    label: string,
    work: (context: TurnContext) => Promise<void>,
  ): void;
  /** Resolves once every piece of {@link later} work queued so far (and any it queued) has run. */
  settled(): Promise<void>;
}

/** How a Teams card says an escalation had no technician channel to go to. */
export const TEAMS_NO_TECH_CHANNEL =
  'no technician channel yet — an admin sets one by mentioning me with “techchannel” in the channel escalations should go to';

export function renderContext(rt: TeamsRuntime, ctx: TenantContext): RenderContext {
  return {
    canAct: can(ctx.actor, 'sessions.work'),
    canClaim: can(ctx.actor, 'escalations.claim'),
    sessionUrl: rt.sessionUrl,
    noTechnicianChannel: TEAMS_NO_TECH_CHANNEL,
  };
}

/** Links to the session page when there is a public URL for the admin web. */
export function sessionUrlFor(publicUrl: string | undefined) {
  const base = publicUrl?.replace(/\/$/, '');
  return (id: string) => (base ? `${base}/sessions/${id}` : null);
}

/**
 * Teams redelivers an activity it thinks the bot missed; activity ids are unique only within a
 * conversation (message ids are epoch milliseconds), so the receipt key carries both.
 */
export function firstTimeSeen(rt: Pick<TeamsRuntime, 'database'>, context: TurnContext): Promise<boolean> {
  const { id, conversation } = context.activity;
  if (!id || !conversation?.id) return Promise.resolve(true);
  return firstDelivery(rt.database, 'teams', `${conversation.id}|${id}`);
}

/**
 * The pieces of {@link TeamsRuntime} that need the SDK adapter: proactive turns (anonymous in
 * development: an identity without `aud` makes the SDK send without a token) and the per-key queue.
 */
export function runtimeServices(
  adapter: CloudAdapter,
  appId: string | undefined,
  logger: Logger,
): Pick<TeamsRuntime, 'proactive' | 'later' | 'settled' | 'personalChat'> {
  const identity = appId ? { aud: appId } : { name: 'anonymous' };
  const queues = new Map<string, Promise<void>>();
  return {
    proactive: (reference, logic) => adapter.continueConversation(identity, reference, logic),
    personalChat: ({ serviceUrl, tenantId, memberId, memberName }, logic) =>
      adapter.createConversationAsync(
        appId ?? '',
        'msteams',
        serviceUrl,
        'https://api.botframework.com',
        // The SDK's type wants an initial activity; Teams starts a 1:1 chat without one.
        {
          isGroup: false,
          // Names too: the turn's activities take from/recipient from these, and Activity wants names.
          agent: { id: `28:${appId ?? ''}`, name: 'ResolutionFlow' },
          members: [{ id: memberId, name: memberName }],
          tenantId,
          channelData: { tenant: { id: tenantId } },
        } as unknown as ConversationParameters,
        logic,
      ),
    later(context, key, label, work) {
      // Read now: the context is revoked once the turn is over.
      const reference = context.activity.getConversationReference();
      const previous = queues.get(key) ?? Promise.resolve();
      const next = previous
        .then(() => adapter.continueConversation(identity, reference, work))
        .catch((error: unknown) => logger.warn({ err: error, key }, `Teams: ${label} failed`));
      queues.set(key, next);
      void next.finally(() => {
        if (queues.get(key) === next) queues.delete(key);
      });
    },
    async settled() {
      // Work that runs may queue more (a card refresh after an offer): wait until none is left.
      while (queues.size > 0) await Promise.all(queues.values());
    },
  };
}
