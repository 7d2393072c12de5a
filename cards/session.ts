import type { SessionView } from '../core/sessions/index.ts';
import type { ActionPayload } from './actions.ts';
import { type AdaptiveCardJson, expandTemplate, fitCard, scaled } from './adaptive.ts';
import type { RenderContext } from './context.ts';
import type { EscalationSummary } from './escalation-summary.ts';
import { copyScriptButton } from './fix.ts';
import { applyLabel } from './fix-model.ts';
import { cutList, slackList, slackMoreLine, teamsLines, teamsMoreLine } from './list-lines.ts';
import { type Line, sessionModel } from './session-model.ts';
import {
  actions,
  button,
  context,
  divider,
  fitMrkdwn,
  header,
  message,
  section,
  slackLink,
} from './slack-blocks.ts';
import type { Block, SlackMessage } from './slack-types.ts';
import template from './templates/session.json' with { type: 'json' };
import { CAPS, truncate, truncateLines } from './text.ts';

const factText = (f: Line) => (f.marker ? `• ${f.text} (${f.marker})` : `• ${f.text}`);
const itemText = (i: Line) => `${i.marker} ${i.text}`;

/**
 * The session as a Slack message: problem, status, what we know, what is still open, the active
 * fix with its buttons, and the note buttons. Long lists end in a "view all" link.
 */
export function renderSessionBlocks(view: SessionView, ctx: RenderContext): SlackMessage {
  const m = sessionModel(view, ctx);
  const facts = cutList(m.facts.map(factText), CAPS.facts);
  const items = cutList(m.items.map(itemText), CAPS.openItems);
  const blocks: Block[] = [
    header(`🔧 ${m.title}`),
    context([
      `*Status:* ${m.status}`,
      m.ticket ? `*Ticket:* ${fitMrkdwn(m.ticket, 200)}` : '',
      `Opened ${m.opened}`,
    ]),
    ...escalationBlocks(m.escalation),
    ...slackList(
      '*What we know*',
      facts,
      CAPS.factChars,
      slackMoreLine(facts, 'facts', m.url),
      '_Nothing confirmed yet._',
    ),
  ];
  if (items.total) {
    const more = slackMoreLine(items, 'open items', m.url);
    blocks.push(...slackList('*Open questions and checks*', items, CAPS.itemChars, more, ''));
  }
  blocks.push(divider());
  const fix = m.fix;
  if (fix) {
    const title = fitMrkdwn(fix.title, CAPS.titleChars);
    blocks.push(
      section(
        `*Suggested fix:* ${title}\n${fix.confidence} · ${fitMrkdwn(fix.statusLine, CAPS.detailChars)}`,
      ),
    );
    if (fix.proposal) blocks.push(context([`🤖 ${fitMrkdwn(fix.proposal, CAPS.detailChars)}`]));
    for (const flag of fix.flags.slice(0, 3)) blocks.push(context([fitMrkdwn(flag, CAPS.detailChars)]));
    blocks.push(
      ...actions(
        fix.buttons.map((verb) =>
          button(verb, fix.payload, verb === 'fix.apply' ? applyLabel({ script: fix.script }) : undefined),
        ),
      ),
    );
    const scriptRow = fix.scriptButtons.map((verb) => button(verb, fix.payload));
    // Copy opens the script in a modal (Slack has no clipboard API); anyone who sees the card may copy.
    if (fix.script) scriptRow.unshift(copyScriptButton(fix.payload));
    blocks.push(...actions(scriptRow));
  } else {
    blocks.push(section('_No fix suggested yet._'));
  }
  blocks.push(...actions(m.sessionButtons.map((verb) => button(verb, m.payload))));
  blocks.push(context([m.footer, m.url ? slackLink(m.url, 'Open in ResolutionFlow') : '']));
  return message(`${m.title} — ${m.status}`, blocks);
}

/** The escalation box in mrkdwn: one line per fact, the Slack channel as a `<#id>` mention. */
function escalationBlocks(e: EscalationSummary | null): Block[] {
  if (!e) return [];
  const lines = e.lines.map(
    (l) => `• ${fitMrkdwn(l.text, CAPS.detailChars)}${l.slackChannelId ? ` <#${l.slackChannelId}>` : ''}`,
  );
  return [section(`*🚨 ${fitMrkdwn(e.heading, 100)}*\n${lines.join('\n')}`)];
}

/** The same session as an Adaptive Card 1.5 for Teams, expanded from `templates/session.json`. */
export function renderSessionCard(view: SessionView, ctx: RenderContext): AdaptiveCardJson {
  const m = sessionModel(view, ctx);
  const card = fitCard((scale) => {
    const facts = cutList(m.facts.map(factText), scaled(CAPS.facts, scale));
    const items = cutList(m.items.map(itemText), scaled(CAPS.openItems, scale));
    const fix = m.fix;
    const buttons = fix?.buttons ?? [];
    return expandTemplate(template, {
      fallback: truncate(`${m.title} — ${m.status}`, CAPS.fallbackChars),
      title: truncate(m.title, CAPS.titleChars),
      status: m.status,
      ticket: m.ticket,
      opened: m.opened,
      noFacts: facts.total === 0,
      facts: teamsLines(facts, scaled(CAPS.factChars, scale, 80)),
      factsMore: teamsMoreLine(facts, 'facts', m.url),
      hasItems: items.total > 0,
      items: teamsLines(items, scaled(CAPS.itemChars, scale, 80)),
      itemsMore: teamsMoreLine(items, 'open items', m.url),
      hasFix: fix !== null,
      fix: {
        title: truncate(fix?.title ?? '', CAPS.titleChars),
        confidence: fix?.confidence ?? '',
        statusLine: truncate(fix?.statusLine ?? '', scaled(CAPS.detailChars, scale, 80)),
        proposal: truncate(fix?.proposal ?? '', scaled(CAPS.detailChars, scale, 80)),
        payload: fix?.payload ?? m.payload,
        flags: (fix?.flags ?? [])
          .slice(0, 3)
          .map((text) => ({ text: truncate(text, scaled(CAPS.detailChars, scale, 80)) })),
        anyScriptButton: (fix?.scriptButtons.length ?? 0) > 0,
        hasScript: (fix?.script ?? '') !== '',
        scriptLabel: fix?.scriptLanguage ? `Script (${truncate(fix.scriptLanguage, 30)})` : 'Script',
        script: truncateLines(fix?.script ?? '', scaled(CAPS.scriptChars * 2, scale, 200), '…'),
        scriptMore:
          (fix?.script.length ?? 0) > scaled(CAPS.scriptChars * 2, scale, 200)
            ? 'Shortened here; the full script is on the session page.'
            : '',
        anyButton: buttons.length > 0,
        applyLabel: applyLabel({ script: fix?.script ?? '' }),
        show: {
          apply: buttons.includes('fix.apply'),
          worked: buttons.includes('fix.worked'),
          failed: buttons.includes('fix.failed'),
          partial: buttons.includes('fix.partial'),
          dismiss: buttons.includes('fix.dismiss'),
        },
      },
      session: {
        payload: m.payload,
        anyButton: m.sessionButtons.length > 0,
        show: {
          resolve: m.sessionButtons.includes('note.resolution.preview'),
          escalate: m.sessionButtons.includes('note.escalation.preview'),
          refresh: m.sessionButtons.includes('session.refresh'),
          claim: m.sessionButtons.includes('session.claim'),
        },
      },
      hasEscalation: m.escalation !== null,
      escalation: {
        heading: m.escalation?.heading ?? '',
        lines: (m.escalation?.lines ?? []).map((l) => ({ line: truncate(l.text, CAPS.detailChars) })),
      },
      footer: m.footer,
    });
  });
  return withRefresh(card, m.payload, ctx.refreshFor);
}

/** Teams allows automatic refresh for at most 60 users per card. */
const MAX_REFRESH_USERS = 60;

/**
 * Universal Actions `refresh`: Teams clients of these users invoke `session.refresh` when they show
 * the card, and get back the version their own role allows (buttons or not).
 */
function withRefresh(card: AdaptiveCardJson, payload: ActionPayload, users: readonly string[] | undefined) {
  if (!users || users.length === 0) return card;
  return {
    ...card,
    refresh: {
      action: { type: 'Action.Execute', verb: 'session.refresh', data: payload },
      userIds: [...new Set(users)].slice(0, MAX_REFRESH_USERS),
    },
  };
}
