import type { SessionSummary } from '../core/sessions/index.ts';
import { type AdaptiveCardJson, expandTemplate, fitCard, mdLink, scaled } from './adaptive.ts';
import type { RenderContext } from './context.ts';
import { cutList } from './list-lines.ts';
import { context, divider, fitMrkdwn, header, section, slackLink } from './slack-blocks.ts';
import type { Block, SlackHomeView } from './slack-types.ts';
import template from './templates/home.json' with { type: 'json' };
import {
  CAPS,
  formatTimestamp,
  oneLine,
  safeUrl,
  sessionStatusLabel,
  ticketLabel,
  truncate,
} from './text.ts';
import type { HomeView } from './views.ts';

/** "Active · ConnectWise #123 · Opened 2025-03-04 14:05 UTC" — one line under each session. */
function metaLine(s: SessionSummary, resolved: boolean): string {
  const when =
    resolved && s.resolvedAt
      ? `Resolved ${formatTimestamp(s.resolvedAt)}`
      : `Opened ${formatTimestamp(s.createdAt)}`;
  return [resolved ? '' : sessionStatusLabel(s.status), ticketLabel(s.ticket), when]
    .filter(Boolean)
    .join(' · ');
}

function slackEntry(s: SessionSummary, resolved: boolean, ctx: RenderContext): Block {
  const url = safeUrl(ctx.sessionUrl(s.id));
  const problem = oneLine(s.problemSummary);
  const title = url
    ? slackLink(url, truncate(problem, CAPS.homeLineChars))
    : fitMrkdwn(problem, CAPS.homeLineChars);
  return section(`*${title}*\n${fitMrkdwn(metaLine(s, resolved), 300)}`);
}

function slackGroup(
  title: string,
  list: readonly SessionSummary[],
  max: number,
  resolved: boolean,
  empty: string,
  ctx: RenderContext,
): Block[] {
  const cut = cutList(list, max);
  const blocks: Block[] = [header(title)];
  if (!cut.total) blocks.push(section(`_${empty}_`));
  blocks.push(...cut.shown.map((s) => slackEntry(s, resolved, ctx)));
  if (cut.hidden) blocks.push(context([`_… and ${cut.hidden} more_`]));
  return blocks;
}

const EMPTY_OPEN = 'No open sessions. Message me a problem, or mention me in a channel, to start one.';

/**
 * The Slack App Home tab (`views.publish`): the viewer's open sessions and recent resolutions,
 * each linking to its page when there is one, with an empty state that says how to start.
 */
export function renderHomeView(vm: HomeView, ctx: RenderContext): SlackHomeView {
  return {
    type: 'home',
    blocks: [
      ...slackGroup('Your open sessions', vm.open, CAPS.homeOpen, false, EMPTY_OPEN, ctx),
      divider(),
      ...slackGroup('Recent resolutions', vm.recent, CAPS.homeRecent, true, 'Nothing resolved yet.', ctx),
    ],
  };
}

/** The same lists as an Adaptive Card 1.5, for the Teams personal tab or a "my sessions" reply. */
export function renderHomeCard(vm: HomeView, ctx: RenderContext): AdaptiveCardJson {
  const entries = (list: readonly SessionSummary[], resolved: boolean, chars: number) =>
    list.map((s) => {
      const url = safeUrl(ctx.sessionUrl(s.id));
      const problem = truncate(oneLine(s.problemSummary), chars);
      return { title: url ? mdLink(url, problem) : problem, meta: metaLine(s, resolved) };
    });
  return fitCard((scale) => {
    const open = cutList(vm.open, scaled(CAPS.homeOpen, scale));
    const recent = cutList(vm.recent, scaled(CAPS.homeRecent, scale));
    const chars = scaled(CAPS.homeLineChars, scale, 60);
    return expandTemplate(template, {
      fallback: `${open.total} open sessions, ${recent.total} recent resolutions`,
      noOpen: open.total === 0,
      open: entries(open.shown, false, chars),
      openMore: open.hidden ? `… and ${open.hidden} more` : '',
      noRecent: recent.total === 0,
      recent: entries(recent.shown, true, chars),
      recentMore: recent.hidden ? `… and ${recent.hidden} more` : '',
    });
  });
}
