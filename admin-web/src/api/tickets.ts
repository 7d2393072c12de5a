/** Walk-ins and the L1 queue (`/tickets`), for the L1 page. */
import type {
  ClientChoices,
  QueueFilter,
  QueueView,
  StartedTicketView,
  TicketView,
} from '../../../core/tickets/index.ts';
import { request } from './client.ts';

export type { ClientChoices, QueueFilter, QueueView, StartedTicketView, TicketView };

export interface WalkInInput {
  contactName: string;
  contactEmail?: string;
  client: string;
  clientId?: string;
  summary: string;
  details?: string;
  priority: TicketView['priority'];
}

export const ticketsApi = {
  queue: (filter: QueueFilter, search: string) =>
    request<QueueView>('/tickets/queue', { query: { filter, search: search || undefined } }),
  clients: () => request<ClientChoices>('/tickets/walk-in-clients'),
  logWalkIn: (input: WalkInInput) =>
    request<{ ticket: TicketView }>('/tickets/walk-ins', { method: 'POST', body: input }),
  start: (ticketId: string) =>
    request<StartedTicketView>(`/tickets/${ticketId}/start`, { method: 'POST', body: {} }),
};
