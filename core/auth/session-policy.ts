import { eq } from 'drizzle-orm';
import { SESSION_ABSOLUTE_BOUNDS, SESSION_IDLE_BOUNDS } from '../accounts/schemas.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { AppTx } from '../db/client.ts';
import { type AccountRow, accountsTable } from '../db/schema/accounts.ts';
import { withTransaction } from '../db/transactions.ts';
import type { TenantContext } from '../shared/context.ts';
import { type FieldIssue, NotFoundError, ServiceError } from '../shared/errors.ts';
import { authorize } from './permissions.ts';
import { SessionPolicyInput, type SessionPolicyPreset } from './schemas.ts';

export interface SessionLimits {
  idleMinutes: number;
  absoluteMinutes: number;
}

/** The system defaults (an account with nulls uses these): idle 3 days, absolute 14 days. */
export const DEFAULT_SESSION_POLICY = { idleMinutes: 3 * 24 * 60, absoluteMinutes: 14 * 24 * 60 } as const;

/**
 * Strict: half an hour idle, twelve hours absolute — one working day, and a walk away from the desk
 * ends the session. Standard is the system default.
 */
export const SESSION_PRESETS = {
  strict: { idleMinutes: 30, absoluteMinutes: 12 * 60 },
  standard: DEFAULT_SESSION_POLICY,
} as const satisfies Record<Exclude<SessionPolicyPreset, 'custom'>, SessionLimits>;

export const SESSION_POLICY_BOUNDS = {
  idleMinutes: SESSION_IDLE_BOUNDS,
  absoluteMinutes: SESSION_ABSOLUTE_BOUNDS,
} as const;

export interface SessionPolicyView extends SessionLimits {
  preset: SessionPolicyPreset;
  defaults: SessionLimits;
  presets: typeof SESSION_PRESETS;
  bounds: typeof SESSION_POLICY_BOUNDS;
}

/** The limits a new sign-in copies from its account. */
export function effectiveLimits(account: Pick<AccountRow, 'sessionIdleMinutes' | 'sessionAbsoluteMinutes'>) {
  return {
    idleMinutes: account.sessionIdleMinutes ?? DEFAULT_SESSION_POLICY.idleMinutes,
    absoluteMinutes: account.sessionAbsoluteMinutes ?? DEFAULT_SESSION_POLICY.absoluteMinutes,
  };
}

function presetOf(limits: SessionLimits): SessionPolicyPreset {
  for (const name of ['strict', 'standard'] as const) {
    const p = SESSION_PRESETS[name];
    if (p.idleMinutes === limits.idleMinutes && p.absoluteMinutes === limits.absoluteMinutes) return name;
  }
  return 'custom';
}

function toView(account: AccountRow): SessionPolicyView {
  const limits = effectiveLimits(account);
  return {
    preset: presetOf(limits),
    ...limits,
    defaults: { ...DEFAULT_SESSION_POLICY },
    presets: SESSION_PRESETS,
    bounds: SESSION_POLICY_BOUNDS,
  };
}

async function loadAccountRow(tx: AppTx, ctx: TenantContext): Promise<AccountRow> {
  const [row] = await tx.select().from(accountsTable).where(eq(accountsTable.id, ctx.accountId));
  if (!row) throw new NotFoundError('Account');
  return row;
}

export async function getSessionPolicy({ ctx }: { ctx: TenantContext }): Promise<SessionPolicyView> {
  authorize(ctx, 'account.read');
  return withTransaction(ctx, async (tx) => toView(await loadAccountRow(tx, ctx)));
}

function humanMinutes(minutes: number): string {
  if (minutes % 1440 === 0) return `${minutes / 1440} day${minutes === 1440 ? '' : 's'}`;
  if (minutes % 60 === 0) return `${minutes / 60} hour${minutes === 60 ? '' : 's'}`;
  return `${minutes} minutes`;
}

/** 422 with one message per field, both as `issues` (the parseInput shape) and as `fields`. */
function refuse(issues: FieldIssue[]): never {
  const fields = Object.fromEntries(issues.map((i) => [i.path, i.message]));
  const first = issues[0];
  throw new ServiceError(
    'unprocessable',
    `Invalid session policy (${first ? `${first.path}: ${first.message}` : 'invalid'})`,
    { details: { issues, fields } },
  );
}

/** Checks a custom policy against the bounds; every refused field is reported, not just the first. */
export function checkSessionLimits(limits: Partial<SessionLimits>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const field of ['idleMinutes', 'absoluteMinutes'] as const) {
    const value = limits[field];
    const { min, max } = SESSION_POLICY_BOUNDS[field];
    if (value === undefined) issues.push({ path: field, message: 'is required for a custom policy' });
    else if (value < min) issues.push({ path: field, message: `must be at least ${humanMinutes(min)}` });
    else if (value > max) issues.push({ path: field, message: `must be at most ${humanMinutes(max)}` });
  }
  const { idleMinutes, absoluteMinutes } = limits;
  if (
    issues.length === 0 &&
    idleMinutes !== undefined &&
    absoluteMinutes !== undefined &&
    idleMinutes > absoluteMinutes
  ) {
    issues.push({ path: 'idleMinutes', message: 'must not be longer than the absolute lifetime' });
  }
  return issues;
}

/**
 * Sets the account's session-security policy. Strict and Standard map to fixed values; Custom takes
 * the caller's within the bounds. Sessions already signed in keep the limits they copied at sign-in.
 */
export async function updateSessionPolicy({
  ctx,
  input,
}: {
  ctx: TenantContext;
  input: unknown;
}): Promise<SessionPolicyView> {
  const grant = authorize(ctx, 'settings.manage');
  const parsed = SessionPolicyInput.safeParse(input);
  if (!parsed.success) {
    refuse(
      parsed.error.issues.map((i) => ({
        path: i.path.map(String).join('.') || '(root)',
        message: i.message,
      })),
    );
  }
  const data = parsed.data;
  let limits: SessionLimits;
  if (data.preset === 'custom') {
    const issues = checkSessionLimits(data);
    if (issues.length > 0) refuse(issues);
    limits = { idleMinutes: data.idleMinutes as number, absoluteMinutes: data.absoluteMinutes as number };
  } else {
    if (data.idleMinutes !== undefined || data.absoluteMinutes !== undefined) {
      refuse([
        { path: 'preset', message: 'send idleMinutes and absoluteMinutes only with the custom preset' },
      ]);
    }
    limits = { ...SESSION_PRESETS[data.preset] };
  }
  return withTransaction(ctx, async (tx) => {
    const before = await loadAccountRow(tx, ctx);
    // Standard is stored as null ("follow the system default"), so a changed default reaches it.
    const stored =
      data.preset === 'standard'
        ? { sessionIdleMinutes: null, sessionAbsoluteMinutes: null }
        : { sessionIdleMinutes: limits.idleMinutes, sessionAbsoluteMinutes: limits.absoluteMinutes };
    const [row] = await tx
      .update(accountsTable)
      .set(stored)
      .where(eq(accountsTable.id, ctx.accountId))
      .returning();
    if (!row) throw new NotFoundError('Account');
    await recordAudit(tx, ctx, {
      action: 'account.session_policy_updated',
      target: { type: 'account', id: ctx.accountId },
      metadata: { preset: data.preset, from: effectiveLimits(before), to: effectiveLimits(row) },
      grant,
    });
    return toView(row);
  });
}
