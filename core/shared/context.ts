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
  /**
   * Set when the account may read but not change anything: an unverified self-serve signup past
   * its grace period. `authorize` refuses every write action while it is set, so the API, Slack
   * and Teams all meet the same refusal. Contexts are built with it (contextForUser), never edited.
   */
  writeLock?: WriteLock;
}

export type WriteLock = { reason: 'email_unverified' };

export function actorLabel(actor: Actor): string {
  return actor.kind === 'user' ? actor.name : `system:${actor.name}`;
}

export function actorUserId(actor: Actor): string | null {
  return actor.kind === 'user' ? actor.userId : null;
}
