/**
 * Where a chat adapter hands an inbound event it owes work (core/chat/inbox.ts through the job
 * queue): stored before the platform gets its 200, queued after it, processed by any process.
 */
export interface ChatInboxPort {
  /** Stores the event; the inbox id, or null when this event id is already stored (a retry). */
  record(eventId: string, body: unknown): Promise<string | null>;
  /** Queues a stored event for a worker (a lost send is recovered from the inbox later). */
  queue(inboxId: string): Promise<void>;
}
