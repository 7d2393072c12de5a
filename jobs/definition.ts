import type { z } from 'zod';
import type { StripeDeps, TrialReminder } from '../core/billing/index.ts';
import type { Database } from '../core/db/client.ts';
import type { ChatPlatform } from '../core/db/schema/chat-identities.ts';
import type { DueReminder } from '../core/escalations/index.ts';
import type { PsaDeps } from '../core/psa/connection.ts';
import type { DeliveryReport } from '../core/psa/outbox.ts';
import type { Logger } from '../core/shared/logger.ts';

/** What every handler gets: the database and a logger. Handlers build their own tenant context. */
export interface JobDeps {
  database: Database;
  logger: Logger;
  /** Enqueue follow-up work (fan-out from a sweep to per-account jobs). */
  enqueue: <P>(
    definition: JobDefinition<P>,
    payload: P,
    options?: { singletonKey?: string; startAfter?: Date; id?: string },
  ) => Promise<string | null>;
  /** Opens credentials sealed at rest (KB connector API keys and client secrets). */
  secretsKey?: Buffer;
  /** How PSA deliveries reach the PSA; absent in processes that do not deliver. */
  psa?: PsaDeps;
  /** Tell the chat thread how a PSA delivery went (wired to the chat adapters by the server). */
  /** The L1 queue of an account changed (PSA poll, walk-in delivered): chat surfaces refresh their queue views. */
  onTicketsChanged?: (event: { accountId: string }) => Promise<void>;
  /** Stripe, when billing is configured: the seat-sync outbox delivers through it. */
  stripe?: StripeDeps;
  /** Tells an account's owner their trial is ending: email and a chat message (wired by the server). */
  sendTrialReminder?: (reminder: TrialReminder) => Promise<void>;
  onDelivered?: (event: { accountId: string; sessionId: string; report: DeliveryReport }) => Promise<void>;
  /** Send one unclaimed-escalation reminder through the chat adapters; a throw means "not sent". */
  onEscalationReminder?: (event: { accountId: string; reminder: DueReminder }) => Promise<void>;
  /** The clock; tests pass a controlled one (reminders are due by minutes since escalation). */
  now?: () => Date;
  /** Processes a stored inbound chat event (the adapters' Bolt / Agents SDK dispatch), by platform. */
  chatInbox?: Partial<Record<ChatPlatform, ChatInboxHandler>>;
}

/** A chat adapter's side of the inbox job. */
export interface ChatInboxHandler {
  /** Runs the stored event through the adapter's listeners. */
  process(body: unknown): Promise<void>;
  /** Takes down the status line posted after the ack (core/chat/inbox.ts `firstPost`). */
  removeFirstPost?(body: unknown, ref: string): Promise<void>;
}

export interface RetryPolicy {
  retryLimit: number;
  retryDelaySeconds: number;
  retryBackoff: boolean;
  /** A job running longer than this is presumed dead and retried. */
  expireInSeconds: number;
}

/**
 * A job: its name, a zod schema for its payload (payloads are data from the database and are
 * validated like any other input), its retry policy, an optional cron schedule and the handler.
 */
export interface JobDefinition<P> {
  name: string;
  payload: z.ZodType<P>;
  retry: RetryPolicy;
  /** Cron expression; the worker registers it, and pg-boss makes sure only one instance fires it. */
  schedule?: string;
  /**
   * Someone is waiting for this job (a chat user for their answer): workers fetch the next one right after finishing,
   * fetch the next one right after finishing, are woken by NOTIFY on a server and by a local send,
   * and run up to the configured concurrency of them at once, oldest first.
   */
  prompt?: boolean;
  handle(deps: JobDeps, payload: P, job: { id: string; retryCount: number }): Promise<void>;
}

// Variance: a registry holds definitions of different payloads.
// biome-ignore lint/suspicious/noExplicitAny: heterogeneous registry of typed definitions
export type AnyJobDefinition = JobDefinition<any>;
