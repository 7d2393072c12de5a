import type { FixStatus } from '../db/schema/diagnosis.ts';

/**
 * The fix lifecycle. A proposal can end any way; "partly worked" can still become worked or
 * failed once the engineer knows more; every other outcome is final (changing it is a 409).
 */
export const FIX_TRANSITIONS = {
  proposed: ['applied_success', 'applied_failed', 'applied_partial', 'dismissed'],
  applied_partial: ['applied_success', 'applied_failed'],
  applied_success: [],
  applied_failed: [],
  dismissed: [],
} as const satisfies Record<FixStatus, readonly FixStatus[]>;

export function allowedOutcomes(status: FixStatus): readonly FixStatus[] {
  return FIX_TRANSITIONS[status];
}

export function canTransition(from: FixStatus, to: FixStatus): boolean {
  return (FIX_TRANSITIONS[from] as readonly FixStatus[]).includes(to);
}

/** Clamp to the 0–100 the UI and the CHECK constraint expect; models occasionally say 110 or 0.85. */
export function clampConfidence(value: number): number {
  if (!Number.isFinite(value)) return 0;
  const scaled = value > 0 && value < 1 ? value * 100 : value;
  return Math.min(100, Math.max(0, Math.round(scaled)));
}
