import type { AnyJobDefinition } from './definition.ts';
import { auditRetentionForAccount, auditRetentionSweep } from './definitions/audit-retention.ts';
import { billingSeatSync, billingSeatSyncSweep, billingTrialReminders } from './definitions/billing.ts';
import { chatInboxProcess, chatInboxSweep } from './definitions/chat-inbox.ts';
import {
  escalationRemindersForAccount,
  escalationRemindersSweep,
} from './definitions/escalation-reminders.ts';
import { flowsFlywheelForAccount, flowsFlywheelSweep } from './definitions/flows-flywheel.ts';
import { kbSyncConnector, kbSyncSweep } from './definitions/kb-sync.ts';
import { psaOutboxDeliver, psaOutboxSweep } from './definitions/psa-outbox.ts';
import { psaQueuePoll, psaQueueSweep } from './definitions/psa-queue-poll.ts';

/** Every job the worker runs. A definition missing here is never worked, so tests check this list. */
export const JOB_DEFINITIONS: readonly AnyJobDefinition[] = [
  auditRetentionSweep,
  auditRetentionForAccount,
  psaOutboxSweep,
  psaOutboxDeliver,
  psaQueueSweep,
  psaQueuePoll,
  kbSyncSweep,
  kbSyncConnector,
  flowsFlywheelSweep,
  flowsFlywheelForAccount,
  escalationRemindersSweep,
  escalationRemindersForAccount,
  billingSeatSyncSweep,
  billingSeatSync,
  billingTrialReminders,
  chatInboxProcess,
  chatInboxSweep,
];
