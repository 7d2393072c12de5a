export {
  ConfigurePsaInput,
  type ConnectWiseConfig,
  configurePsa,
  getPsaSettings,
  loadConnection,
  type PsaDeps,
  type PsaSettingsView,
  providerFromRow,
  psaProviderFor,
  testPsaConnection,
} from './connection.ts';
export {
  LinkTicketInput,
  linkMentionedTicket,
  linkTicket,
  type MentionedTicket,
  ticketNumberIn,
} from './link-ticket.ts';
export { createLocalPsa } from './local/local-provider.ts';
export {
  getMemberMapping,
  type MemberMapping,
  SetMemberLinkInput,
  setMemberLink,
  syncMemberLinks,
} from './member-links.ts';
export {
  attemptOutboxRow,
  type DeliveryReport,
  deliverSessionOutbox,
  dueOutboxSessions,
  listOutboxFailures,
  MAX_ATTEMPTS,
  nextAttemptDelayMs,
  type OutboxAttempt,
  type OutboxItemView,
  queueTicketWrites,
  retryOutboxItem,
  type TicketWrite,
} from './outbox.ts';
export * from './provider.ts';
export {
  ListStatusesInput,
  listPsaBoards,
  listPsaMembers,
  listPsaStatuses,
  psaFailure,
} from './psa-directory.ts';
