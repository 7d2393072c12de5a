import { oneLine, truncate } from './text.ts';

/** What a reminder about an unclaimed escalation says; the adapters add their own mention syntax. */
export interface EscalationReminderView {
  step: 'channel' | 'admins';
  problemSummary: string;
  ticketExternalId: string | null;
  waitingMinutes: number;
  /** Where the Claim button is, for the admins' message ("in #tech-escalations", "here"). */
  where: string | null;
}

function problem(vm: EscalationReminderView): string {
  const summary = truncate(oneLine(vm.problemSummary), 200);
  return vm.ticketExternalId ? `#${vm.ticketExternalId} ${summary}` : summary;
}

function waited(minutes: number): string {
  if (minutes < 120) return `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
  const hours = Math.floor(minutes / 60);
  return `${hours} h ${String(minutes % 60).padStart(2, '0')} m`;
}

/**
 * The channel step pings whoever is around in the technician channel; the admins step tells the
 * people who can find someone, and where to send them.
 */
export function escalationReminderText(vm: EscalationReminderView): string {
  if (vm.step === 'channel') {
    return `⏰ Still unclaimed after ${waited(vm.waitingMinutes)}: ${problem(vm)}. An engineer, please press Claim on the escalation.`;
  }
  const where = vm.where
    ? ` (Claim is on the post ${vm.where})`
    : ' (it was kept in ResolutionFlow: no technician channel)';
  return `⏰ An escalation has waited ${waited(vm.waitingMinutes)} with nobody claiming it: ${problem(vm)}${where}. Please find an engineer to take it.`;
}
