import { describe, expect, it } from 'vitest';
import type { QueueView, TicketView } from '../core/tickets/index.ts';
import { QUEUE_START_ACTION, queueMetaLine, renderQueueCard, renderQueueHomeBlocks } from './queue.ts';
import { adaptiveCardProblems } from './test-support.ts';

function ticket(n: number, over: Partial<TicketView> = {}): TicketView {
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    source: 'walk_in',
    status: 'open',
    priority: 'medium',
    summary: `Problem number ${n}`,
    details: '',
    contactName: 'Dana Reyes',
    contactEmail: null,
    client: 'Fabrikam',
    psa: null,
    psaPending: false,
    assignee: null,
    sessionId: null,
    createdAt: '2026-03-02T09:00:00.000Z',
    openedAt: '2026-03-02T09:00:00.000Z',
    ageMinutes: 125,
    ...over,
  };
}

const queue = (tickets: TicketView[], all = tickets.length): QueueView => ({
  tickets,
  counts: { all, mine: 0, unassigned: all, escalated: 0 },
});

describe('the L1 queue on chat surfaces', () => {
  it('App Home: ten tickets with Start, the rest counted, no Start on a ticket already taken', () => {
    const list = Array.from({ length: 11 }, (_, i) =>
      ticket(
        i + 1,
        i === 0 ? { status: 'in_progress', sessionId: 'x', assignee: { id: 'u', name: 'Lee' } } : {},
      ),
    );
    const blocks = renderQueueHomeBlocks(queue(list, 14));
    const starts = blocks.filter(
      (b) => b.type === 'section' && b.accessory?.action_id === QUEUE_START_ACTION,
    );
    expect(starts).toHaveLength(9);
    expect(JSON.stringify(blocks)).toMatch(/… and 4 more on the L1 page/);
    expect(JSON.stringify(blocks)).toMatch(
      /Problem number 1\*\\nWaiting 2 h 05 m · Medium · Fabrikam · Dana Reyes · with Lee/,
    );
  });

  it('App Home says how to log a walk-in when nothing waits', () => {
    expect(JSON.stringify(renderQueueHomeBlocks(queue([])))).toMatch(/Nothing waiting/);
  });

  it('Teams card: valid Adaptive Card, with the page link only when there is a public URL', () => {
    const card = renderQueueCard(
      queue([
        ticket(1, {
          priority: 'urgent',
          psa: { provider: 'connectwise', externalId: '4711', status: 'New', board: 'Service Desk' },
        }),
      ]),
      { queueUrl: null },
    );
    expect(adaptiveCardProblems(card)).toEqual([]);
    expect(JSON.stringify(card)).not.toMatch(/OpenUrl/);
    expect(JSON.stringify(card)).toMatch(/URGENT · Fabrikam · Dana Reyes · #4711 · unassigned/);
    const linked = renderQueueCard(queue([ticket(1)]), { queueUrl: 'https://rf.example/l1' });
    expect(adaptiveCardProblems(linked)).toEqual([]);
    expect(JSON.stringify(linked)).toMatch(/https:\/\/rf\.example\/l1/);
  });

  it('an escalated ticket says so', () => {
    expect(queueMetaLine(ticket(2, { status: 'escalated' }))).toMatch(/· Escalated ·/);
  });
});
