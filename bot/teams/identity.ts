import type { TurnContext } from '@microsoft/agents-hosting';
import { TeamsInfo } from '@microsoft/agents-hosting-extensions-teams';
import { type AdaptiveCardJson, renderErrorCard } from '../../cards/index.ts';
import { accountForTeamsTenant } from '../../core/chat/index.ts';
import type { Database } from '../../core/db/client.ts';
import { chatUserContext } from '../../core/identity/index.ts';
import type { TenantContext } from '../../core/shared/context.ts';
import type { Logger } from '../../core/shared/logger.ts';
import { LruCache } from '../../core/shared/lru.ts';
import { tenantOf } from './places.ts';

export const NOT_CONNECTED =
  'This Microsoft 365 tenant is not connected to ResolutionFlow. Ask your ResolutionFlow admin to connect it in the admin settings.';

export const NOT_INVITED =
  "I don't know you yet. Ask your ResolutionFlow admin to invite you with the email address of your Microsoft 365 account.";

/** Who is behind an activity: a tenant context, or why not (with the polite words to say). */
export type Identified =
  | { ok: true; ctx: TenantContext; tenantId: string }
  | { ok: false; reason: 'tenant' | 'user'; text: string };

const TTL_MS = 60_000;

/**
 * Tenant → account lookups happen on every activity. A short cache keeps them off the database
 * without remembering a disconnected tenant for long.
 */
export class TenantAccounts {
  readonly #cache = new LruCache<string, { accountId: string | null; at: number }>(1_000);

  constructor(private readonly database: Database) {}

  async accountFor(tenantId: string): Promise<string | null> {
    const hit = this.#cache.get(tenantId);
    if (hit && Date.now() - hit.at < TTL_MS) return hit.accountId;
    const accountId = await accountForTeamsTenant(this.database, tenantId);
    this.#cache.set(tenantId, { accountId, at: Date.now() });
    return accountId;
  }
}

/**
 * Teams user → our user. The tenant (`channelData.tenant.id`) picks the account; a known Entra
 * object id resolves from `chat_identities`; a first-time user is matched by the email on their
 * Teams roster entry (`GET v3/conversations/{team or chat}/members/{id}`). Nothing else happens for
 * anyone who is not one of ours.
 */
export async function identify(
  deps: { database: Database; tenants: TenantAccounts; logger: Logger },
  context: TurnContext,
): Promise<Identified> {
  const activity = context.activity;
  const tenantId = tenantOf(activity);
  const accountId = tenantId ? await deps.tenants.accountFor(tenantId) : null;
  if (!tenantId || !accountId) return { ok: false, reason: 'tenant', text: NOT_CONNECTED };
  const aadObjectId = activity.from?.aadObjectId;
  const ctx = aadObjectId
    ? await chatUserContext(
        deps.database,
        { platform: 'teams', tenantKey: tenantId, externalUserId: aadObjectId, accountId },
        () => rosterEmail(context, deps.logger),
      )
    : null;
  return ctx ? { ok: true, ctx, tenantId } : { ok: false, reason: 'user', text: NOT_INVITED };
}

/**
 * `identify` for a card press (`Action.Execute`), whose answer is the card Teams shows in place of
 * the pressed one: a stranger or an unconnected tenant gets an error card saying which, never the
 * card they pressed.
 */
export async function identifyOrErrorCard(
  deps: { database: Database; tenants: TenantAccounts; logger: Logger },
  context: TurnContext,
): Promise<{ ok: true; ctx: TenantContext; tenantId: string } | { ok: false; card: AdaptiveCardJson }> {
  const who = await identify(deps, context);
  if (who.ok) return who;
  return {
    ok: false,
    card: renderErrorCard({
      title: who.reason === 'tenant' ? 'Not connected' : 'Not set up yet',
      message: who.text,
    }),
  };
}

/** The email Teams has for the sender; guests and anonymous meeting users never match. */
async function rosterEmail(context: TurnContext, logger: Logger): Promise<string | null> {
  const userId = context.activity.from?.id;
  if (!userId) return null;
  try {
    const member = await TeamsInfo.getMember(context, userId);
    if (member.userRole && member.userRole !== 'user') return null;
    return member.email ?? null;
  } catch (error) {
    logger.warn({ err: error }, 'Teams roster lookup failed');
    return null;
  }
}
