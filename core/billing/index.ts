export { type ApplyOutcome, applySubscription, paidSeats } from './apply-subscription.ts';
export { type BillingState, ensureBillingRow, loadBillingState } from './billing-state.ts';
export {
  type BillingView,
  getBilling,
  getPlanStatus,
  type PlanStatusView,
  planStatusLine,
} from './billing-view.ts';
export { CheckoutInput, openBillingPortal, startCheckout } from './checkout.ts';
export { type EffectivePlan, effectivePlan, type PlanInputs, type PlanSource } from './effective-plan.ts';
export { assertWithinLimits, type LimitCheck, PlanLimitError } from './limits.ts';
export { PlanOverrideInput, setPlanOverride } from './plan-override.ts';
export {
  FEATURES,
  LIMIT_KEYS,
  type LimitKey,
  limitsFor,
  PAST_DUE_GRACE_DAYS,
  PLANS,
  type PlanLimits,
  TRIAL_DAYS,
  TRIAL_REMINDER_DAYS,
} from './plans.ts';
export { queueSeatSync } from './queue-seat-sync.ts';
export { deliverSeatSync, SEAT_SYNC_MAX_ATTEMPTS, type SeatSyncReport } from './seat-sync.ts';
export { pendingSeatSyncAccounts } from './seat-sync-sweep.ts';
export { createStripeClient, type StripeDeps } from './stripe-client.ts';
export { dueTrialReminders, sendTrialReminder, type TrialReminder } from './trial-reminders.ts';
export { countSeats, monthStart, type SeatTier, seatTierFor, usageOf } from './usage.ts';
export { HANDLED_EVENTS, handleStripeWebhook, type WebhookOutcome } from './webhooks.ts';
