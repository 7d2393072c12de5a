import type { QueueView, TicketView } from '../core/tickets/index.ts';
import { formatAge } from '../core/tickets/views.ts';
import { type AdaptiveCardJson, expandTemplate, fitCard } from './adaptive.ts';
import { cutList } from './list-lines.ts';
import { context, fitMrkdwn, header, plain, section } from './slack-blocks.ts';
import type { Block } from './slack-types.ts';
import template from './templates/queue.json' with { type: 'json' };
import { oneLine, truncate } from './text.ts';
import { openWalkInAction } from './walk-in-dialog.ts';

/**
 * The L1 queue on chat surfaces: the Slack App Home (top 10, each with Start) and the Teams
 * `queue` card. Start is its own action id (not a session-card verb): it carries a ticket id,
 * not a session payload.
 */
export const QUEUE_START_ACTION = 'l1.ticket_start';
export const QUEUE_HOME_MAX = 10;

const PRIORITY_MARK: Record<TicketView['priority'], string> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  urgent: 'URGENT',
};

/** "Waiting 2 h 05 m · High · Fabrikam · Dana Reyes · #1234 · Lee First" */
export function queueMetaLine(t: TicketView): string {
  return [
    `Waiting ${formatAge(t.ageMinutes)}`,
    PRIORITY_MARK[t.priority],
    t.client,
    t.contactName,
    t.psa ? `#${t.psa.externalId}` : null,
    t.status === 'escalated' ? 'Escalated' : null,
    t.assignee ? `with ${t.assignee.name}` : 'unassigned',
  ]
    .filter(Boolean)
    .join(' · ');
}

function countsLine(q: QueueView): string {
  return `${q.counts.all} waiting · ${q.counts.unassigned} unassigned · ${q.counts.escalated} escalated`;
}

/** Slack blocks for the App Home's queue section; Start only where nobody has started the ticket. */
export function renderQueueHomeBlocks(q: QueueView): Block[] {
  const cut = cutList(q.tickets, QUEUE_HOME_MAX);
  // The queue may have been fetched with a small limit: the count says how many really wait.
  const hidden = Math.max(cut.hidden, q.counts.all - cut.shown.length);
  const blocks: Block[] = [header('L1 queue'), context([countsLine(q)])];
  if (cut.total === 0) blocks.push(section('_Nothing waiting. Log a walk-in from the ⚡ shortcuts menu._'));
  for (const t of cut.shown) {
    const text = `*${fitMrkdwn(truncate(oneLine(t.summary), 150), 200)}*\n${fitMrkdwn(queueMetaLine(t), 300)}`;
    blocks.push(
      t.sessionId
        ? section(text)
        : {
            ...section(text),
            block_id: `l1_ticket_${t.id}`,
            accessory: {
              type: 'button',
              text: plain('Start', 75),
              action_id: QUEUE_START_ACTION,
              value: t.id,
              style: 'primary',
            },
          },
    );
  }
  if (hidden > 0) blocks.push(context([`_… and ${hidden} more on the L1 page_`]));
  return blocks;
}

/** The queue card's own Refresh verb (a button, and Teams' automatic Universal Actions refresh). */
export const QUEUE_REFRESH_VERB = 'l1.queue_refresh';

/** The queue card's verbs and button labels: their own contract, beside the session card's. */
export const QUEUE_CARD_ACTIONS = {
  [QUEUE_START_ACTION]: 'Start',
  [QUEUE_REFRESH_VERB]: 'Refresh',
} as const satisfies Record<string, string>;

export function isQueueVerb(verb: string): verb is keyof typeof QUEUE_CARD_ACTIONS {
  return Object.hasOwn(QUEUE_CARD_ACTIONS, verb);
}

/** Teams allows automatic refresh for at most 60 users per card. */
const MAX_REFRESH_USERS = 60;

export interface QueueCardOptions {
  /** The admin web's L1 page, or null without a public URL. */
  queueUrl: string | null;
  /** Teams user ids whose clients refresh the card whenever they show it (Universal Actions). */
  refreshFor?: readonly string[];
  /** A line above the list: what just happened (good) or why a press was refused (attention). */
  notice?: { text: string; tone: 'good' | 'attention' };
}

/**
 * The Teams `queue` answer: the same top 10 as an Adaptive Card 1.5, each ticket nobody has started
 * with a Start button (`l1.ticket_start`, Action.Execute like every other card verb here), plus
 * Refresh and "Log a walk-in" (opens the walk-in dialog). With `refreshFor`, Teams asks for a fresh
 * copy each time the card is shown, so a queue scrolled back to is never stale.
 */
export function renderQueueCard(q: QueueView, options: QueueCardOptions): AdaptiveCardJson {
  return fitCard(() => {
    const cut = cutList(q.tickets, QUEUE_HOME_MAX);
    const card = expandTemplate(template, {
      fallback: countsLine(q),
      counts: countsLine(q),
      notice: options.notice?.text ?? '',
      noticeColor: options.notice?.tone === 'attention' ? 'Attention' : 'Good',
      empty: cut.total === 0,
      tickets: cut.shown.map((t) => ({
        id: t.id,
        title: truncate(oneLine(t.summary), 150),
        meta: queueMetaLine(t),
        canStart: !t.sessionId,
      })),
      more:
        q.counts.all > cut.shown.length ? `… and ${q.counts.all - cut.shown.length} more on the L1 page` : '',
      // Without a public URL there is no page to open: a link nowhere would be worse than none.
      queueUrl: options.queueUrl ?? '',
    });
    card.actions = [...(card.actions ?? []), openWalkInAction('queue')];
    const users = [...new Set(options.refreshFor ?? [])].slice(0, MAX_REFRESH_USERS);
    return users.length
      ? { ...card, refresh: { action: { type: 'Action.Execute', verb: QUEUE_REFRESH_VERB }, userIds: users } }
      : card;
  });
}
