export { createWalkIn } from './create-walk-in.ts';
export { deliverWalkIns, type WalkInDeliveryReport } from './deliver-walk-ins.ts';
export { type ClientChoices, getTicket, listQueue, listWalkInClients, type QueueView } from './list-queue.ts';
export {
  accountsWithPsa,
  FIRST_POLL_WINDOW_MS,
  POLL_OVERLAP_MS,
  type PollReport,
  pollPsaQueue,
} from './poll-psa-queue.ts';
export {
  CreateWalkInInput,
  ListQueueInput,
  QUEUE_FILTERS,
  type QueueFilter,
  StartTicketInput,
} from './schemas.ts';
export { startTicket } from './start-ticket.ts';
export { formatAge, type StartedTicketView, type TicketView } from './views.ts';
