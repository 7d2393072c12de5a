import type { Database } from '../db/client.ts';
import type { Role } from '../db/schema/users.ts';

/** A signed-in person acting through the API, Slack or Teams. */
export interface UserActor {
  kind: 'user';
  userId: string;
  role: Role;
  canCoverL1: boolean;
  name: string;
}

/** A background job or start-up task acting on one account. */
export interface SystemActor {
  kind: 'system';
  name: string;
}

export type Actor = UserActor | SystemActor;

/**
 * Everything a service verb needs to act for one tenant. Verbs take it as their first argument and
 * never look up the account themselves, so no query can run without an account in scope.
 */
export interface TenantContext {
  db: Database;
  accountId: string;
  actor: Actor;
  requestId?: string;
}

export function actorLabel(actor: Actor): string {
  return actor.kind === 'user' ? actor.name : `system:${actor.name}`;
}

export function actorUserId(actor: Actor): string | null {
  return actor.kind === 'user' ? actor.userId : null;
}
