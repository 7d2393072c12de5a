export { claimEscalation, ESCALATOR_CANNOT_CLAIM, type EscalationClaim } from './claim-escalation.ts';
export {
  type EscalationHandOver,
  type HandOverChoice,
  HandOverInput,
  handOverEscalation,
  listHandOverChoices,
} from './hand-over-escalation.ts';
export { recordTechnicianPost } from './record-technician-post.ts';
export {
  accountsWithUnclaimedEscalations,
  type DueReminder,
  dueEscalationReminders,
  REMINDER_HORIZON_MS,
  releaseReminder,
  reserveReminder,
} from './unclaimed-reminders.ts';
