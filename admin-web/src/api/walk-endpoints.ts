import type { ConsoleWalkResult } from '../../../server/api/console-walk.ts';
import { request } from './client.ts';

export type { ConsoleWalkResult };

/** The Try-the-bot L1 view: a ticket → match-or-build → the walk card, and its presses. */
export const walkConsole = {
  start: (ticket: { summary: string; details: string; client: string }) =>
    request<ConsoleWalkResult>('/console/walks', { method: 'POST', body: ticket }),
  act: (walkId: string, verb: string, data: Record<string, unknown>) =>
    request<ConsoleWalkResult>(`/console/walks/${encodeURIComponent(walkId)}/actions`, {
      method: 'POST',
      body: { verb, data },
    }),
};
