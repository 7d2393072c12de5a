import type { SessionPolicyInput } from '../api/types.ts';
/**
 * The session-policy rules the server enforces (core/auth/session-policy.ts), mirrored so the form
 * can refuse a bad value as it is typed. The server stays the authority: its 422 field errors are
 * shown in the same places.
 */
export const BOUNDS = {
  idleMinutes: { min: 15, max: 30 * 24 * 60 },
  absoluteMinutes: { min: 60, max: 90 * 24 * 60 },
} as const;

/** Used when the server does not send its presets. */
export const PRESETS = {
  strict: { idleMinutes: 30, absoluteMinutes: 12 * 60 },
  standard: { idleMinutes: 3 * 24 * 60, absoluteMinutes: 14 * 24 * 60 },
} as const;

export const UNITS = { minutes: 1, hours: 60, days: 24 * 60 } as const;
export type Unit = keyof typeof UNITS;

export function humanMinutes(minutes: number): string {
  if (minutes % 1440 === 0) return `${minutes / 1440} day${minutes === 1440 ? '' : 's'}`;
  if (minutes % 60 === 0) return `${minutes / 60} hour${minutes === 60 ? '' : 's'}`;
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}

/** The largest unit that expresses `minutes` exactly. */
export function splitMinutes(minutes: number): { amount: number; unit: Unit } {
  if (minutes % UNITS.days === 0) return { amount: minutes / UNITS.days, unit: 'days' };
  if (minutes % UNITS.hours === 0) return { amount: minutes / UNITS.hours, unit: 'hours' };
  return { amount: minutes, unit: 'minutes' };
}

export type LimitField = keyof typeof BOUNDS;

/** One message per refused field, worded like the server's. */
export function limitErrors(
  values: Record<LimitField, number | null>,
  bounds: Record<LimitField, { min: number; max: number }> = BOUNDS,
): Partial<Record<LimitField, string>> {
  const errors: Partial<Record<LimitField, string>> = {};
  for (const field of ['idleMinutes', 'absoluteMinutes'] as const) {
    const value = values[field];
    const { min, max } = bounds[field];
    if (value === null || !Number.isFinite(value)) errors[field] = 'Enter a number';
    else if (!Number.isInteger(value)) errors[field] = 'Must be a whole number of minutes';
    else if (value < min) errors[field] = `Must be at least ${humanMinutes(min)}`;
    else if (value > max) errors[field] = `Must be at most ${humanMinutes(max)}`;
  }
  const { idleMinutes, absoluteMinutes } = values;
  if (!errors.idleMinutes && !errors.absoluteMinutes && idleMinutes !== null && absoluteMinutes !== null) {
    if (idleMinutes > absoluteMinutes) errors.idleMinutes = 'Must not be longer than the absolute lifetime';
  }
  return errors;
}

export type PolicyInput = SessionPolicyInput;

export function policyInput(
  preset: 'strict' | 'standard' | 'custom',
  values: Record<LimitField, number | null>,
): PolicyInput {
  if (preset !== 'custom') return { preset };
  return { preset, idleMinutes: values.idleMinutes ?? 0, absoluteMinutes: values.absoluteMinutes ?? 0 };
}

/** The fields the policy form shows next to an input; a server error on any other goes in the alert. */
export const LIMIT_FIELDS: readonly LimitField[] = ['idleMinutes', 'absoluteMinutes'];

export const PRESET_LABELS = { strict: 'Strict', standard: 'Standard', custom: 'Custom' } as const;
