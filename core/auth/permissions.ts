import type { Role } from '../db/schema/users.ts';
import type { Actor, TenantContext } from '../shared/context.ts';
import { ForbiddenError } from '../shared/errors.ts';
import { writeLockedError } from '../signup/verification-state.ts';

/** Higher number, more power. L1 sits between engineer and viewer. */
export const ROLE_RANK = { owner: 4, admin: 3, engineer: 2, l1: 1, viewer: 0 } as const satisfies Record<
  Role,
  number
>;

interface PermissionRule {
  /** The lowest tier that may do this. */
  minRole: Role;
  /** Said back to a refused user: "Your role (viewer) cannot …". */
  describe: string;
  /** Whether background jobs acting for an account may do this. */
  system: boolean;
  /**
   * Work that belongs to the L1 queue. L1 staff do it by role; an engineer may do it only with
   * `can_cover_l1`, and then every such action is audited with the `l1_coverage` tag.
   */
  l1Queue?: true;
  /**
   * The verb runs the model before it writes anything. A locked account's writes fail in the
   * database (read-only transactions, see core/db/transactions.ts); these are refused up front
   * instead, so a locked account spends no model time on an answer it cannot keep.
   */
  callsModel?: true;
}

/**
 * Every action a verb can check. Adding a verb means adding its line here, so "who may do this"
 * is answered in one table a reviewer can read top to bottom.
 */
export const PERMISSIONS = {
  'account.read': { minRole: 'viewer', describe: 'view account details', system: true },
  'users.read': { minRole: 'viewer', describe: 'view the team', system: true },
  'sessions.read': { minRole: 'viewer', describe: 'view diagnosis sessions', system: true },
  'sessions.work': { minRole: 'l1', describe: 'work on diagnosis sessions', system: false },
  'assistant.run': { minRole: 'l1', describe: 'ask the assistant', system: false, callsModel: true },
  'sessions.resolve': { minRole: 'l1', describe: 'resolve diagnosis sessions', system: false },
  'intake.create': { minRole: 'l1', describe: 'log walk-in tickets', system: false },
  'flows.walk': { minRole: 'l1', describe: 'walk troubleshooting flows', system: false },
  'escalations.create': { minRole: 'l1', describe: 'escalate to an engineer', system: false },
  'l1_queue.act': {
    minRole: 'l1',
    describe: 'act on the L1 queue',
    system: false,
    l1Queue: true,
  },
  'tickets.poll': { minRole: 'admin', describe: 'pull tickets from the PSA', system: true },
  'escalations.claim': { minRole: 'engineer', describe: 'claim escalations', system: false },
  'escalations.remind': { minRole: 'admin', describe: 'send escalation reminders', system: true },
  'drafts.approve': { minRole: 'engineer', describe: 'approve AI-drafted flows', system: false },
  'flows.author': { minRole: 'engineer', describe: 'author troubleshooting flows', system: false },
  'scripts.read': { minRole: 'viewer', describe: 'view script templates', system: true },
  'scripts.use': { minRole: 'l1', describe: 'use script templates on a session', system: false },
  'scripts.author': { minRole: 'engineer', describe: 'author script templates', system: false },
  'kb.search': { minRole: 'l1', describe: 'search the knowledge base', system: true },
  'kb.read': { minRole: 'engineer', describe: 'view knowledge connectors', system: true },
  'kb.manage': { minRole: 'admin', describe: 'manage knowledge connectors', system: false },
  'kb.sync': { minRole: 'admin', describe: 'sync knowledge connectors', system: true },
  'audit.read': { minRole: 'admin', describe: 'read the audit log', system: true },
  'insights.read': { minRole: 'admin', describe: 'view Insights', system: false },
  'feedback.export': { minRole: 'admin', describe: 'export answer feedback', system: false },
  'onboarding.read': { minRole: 'admin', describe: 'view the welcome checklist', system: false },
  'audit.purge': { minRole: 'owner', describe: 'purge the audit log', system: true },
  'settings.manage': { minRole: 'admin', describe: 'change account settings', system: false },
  'users.manage': { minRole: 'admin', describe: 'manage users and roles', system: false },
  'billing.manage': { minRole: 'owner', describe: 'manage billing', system: false },
  'account.transfer_ownership': { minRole: 'owner', describe: 'transfer ownership', system: false },
} as const satisfies Record<string, PermissionRule>;

export type Action = keyof typeof PERMISSIONS;
export const ACTIONS = Object.keys(PERMISSIONS) as Action[];

/** What a successful check proves; `viaL1Coverage` obliges the verb to audit with the coverage tag. */
export interface Grant {
  action: Action;
  viaL1Coverage: boolean;
}

export type Decision = { allowed: true; grant: Grant } | { allowed: false; reason: string };

export function decide(actor: Actor, action: Action): Decision {
  const rule: PermissionRule = PERMISSIONS[action];
  if (actor.kind === 'system') {
    return rule.system
      ? { allowed: true, grant: { action, viaL1Coverage: false } }
      : { allowed: false, reason: `Background jobs cannot ${rule.describe}.` };
  }
  const refusal = { allowed: false, reason: `Your role (${actor.role}) cannot ${rule.describe}.` } as const;
  if (rule.l1Queue) {
    if (actor.role === 'l1' || actor.role === 'admin' || actor.role === 'owner') {
      return { allowed: true, grant: { action, viaL1Coverage: false } };
    }
    if (actor.role === 'engineer' && actor.canCoverL1) {
      return { allowed: true, grant: { action, viaL1Coverage: true } };
    }
    if (actor.role === 'engineer') {
      return {
        allowed: false,
        reason: 'Engineers act on the L1 queue only when an admin enables L1 coverage for them.',
      };
    }
    return refusal;
  }
  return ROLE_RANK[actor.role] >= ROLE_RANK[rule.minRole]
    ? { allowed: true, grant: { action, viaL1Coverage: false } }
    : refusal;
}

/** The first line of every verb: throws 403 with a reason the user can act on. */
export function authorize(ctx: TenantContext, action: Action): Grant {
  if (ctx.writeLock && (PERMISSIONS[action] as PermissionRule).callsModel) throw writeLockedError();
  const decision = decide(ctx.actor, action);
  if (!decision.allowed) throw new ForbiddenError(decision.reason);
  return decision.grant;
}

export function can(actor: Actor, action: Action): boolean {
  return decide(actor, action).allowed;
}

/** Whether `actor` may hand `role` to someone: never above their own tier, and only admins and up. */
export function canAssignRole(actor: Actor, role: Role): boolean {
  if (actor.kind !== 'user' || !can(actor, 'users.manage')) return false;
  return ROLE_RANK[role] <= ROLE_RANK[actor.role];
}
