import { actionPayload } from './actions.ts';
import { type AdaptiveCardJson, expandTemplate, fitCard, mdLink, scaled } from './adaptive.ts';
import type { RenderContext } from './context.ts';
import { actions, button, context, fitMrkdwn, header, message, section, slackLink } from './slack-blocks.ts';
import type { Block, SlackMessage } from './slack-types.ts';
import template from './templates/escalation-post.json' with { type: 'json' };
import { CAPS, formatTimestamp, oneLine, safeUrl, ticketLabel, truncate } from './text.ts';
import type { EscalationPostView } from './views.ts';

/** "Claimed by Dana · 2025-03-04 14:05 UTC", or the waiting line while nobody has it. */
function claimLine(vm: EscalationPostView): string {
  if (!vm.claimedBy) return 'Waiting for an engineer to claim it';
  return `Claimed by ${oneLine(vm.claimedBy)}${vm.claimedAt ? ` · ${formatTimestamp(vm.claimedAt)}` : ''}`;
}

/** Whoever escalated wrote the note (an L1 as often as an engineer). */
function noteHeading(vm: EscalationPostView): string {
  return vm.escalatedByName ? `Note from ${oneLine(vm.escalatedByName)}` : 'Note';
}

/**
 * The escalation as posted in the technician channel: the package, who it is for, and a Claim
 * button — replaced by "Claimed by X" once someone has it, so two engineers don't both start.
 */
export function renderEscalationPostBlocks(vm: EscalationPostView, ctx: RenderContext): SlackMessage {
  const url = safeUrl(ctx.sessionUrl(vm.session.id));
  const problem = oneLine(vm.session.problemSummary);
  const ticket = ticketLabel(vm.session.ticket);
  const blocks: Block[] = [
    header(`🚨 Escalated: ${problem}`),
    context([
      ticket ? `*Ticket:* ${fitMrkdwn(ticket, 200)}` : '',
      vm.target ? `*For:* ${fitMrkdwn(oneLine(vm.target), 200)}` : '',
      vm.escalatedByName ? `*By:* ${fitMrkdwn(oneLine(vm.escalatedByName), 100)}` : '',
      url ? slackLink(url, 'Open session') : '',
    ]),
  ];
  if (vm.note?.trim())
    blocks.push(
      section(`*${fitMrkdwn(noteHeading(vm), 150)}*\n${fitMrkdwn(vm.note.trim(), CAPS.detailChars * 2)}`),
    );
  for (const s of vm.sections.slice(0, 10)) {
    const body = s.body.trim() ? fitMrkdwn(s.body.trim(), CAPS.noteSectionChars) : '_(empty)_';
    blocks.push(section(`*${fitMrkdwn(oneLine(s.heading), 150)}*\n${body}`));
  }
  if (vm.claimedBy) {
    blocks.push(section(`✋ *${fitMrkdwn(claimLine(vm), 300)}*`));
    if (vm.canHandOver && ctx.canAct)
      blocks.push(...actions([button('escalation.handover', claimPayload(vm))]));
  } else if (ctx.canAct) blocks.push(...actions([button('escalation.claim', claimPayload(vm))]));
  else blocks.push(context([`_${claimLine(vm)}_`]));
  const fallback = `Escalated: ${problem}${vm.claimedBy ? ` — ${claimLine(vm)}` : ''}`;
  return message(fallback, blocks);
}

/** The same post as an Adaptive Card 1.5 for a Teams technician channel. */
export function renderEscalationPostCard(vm: EscalationPostView, ctx: RenderContext): AdaptiveCardJson {
  const url = safeUrl(ctx.sessionUrl(vm.session.id));
  const problem = oneLine(vm.session.problemSummary);
  return fitCard((scale) =>
    expandTemplate(template, {
      fallback: truncate(`Escalated: ${problem}`, CAPS.fallbackChars),
      title: `🚨 Escalated: ${truncate(problem, CAPS.titleChars)}`,
      ticket: ticketLabel(vm.session.ticket),
      target: truncate(oneLine(vm.target ?? ''), 200),
      escalatedBy: truncate(oneLine(vm.escalatedByName ?? ''), 100),
      claimLine: claimLine(vm),
      note: truncate(vm.note?.trim() ?? '', scaled(CAPS.detailChars * 2, scale, 100)),
      noteHeading: noteHeading(vm),
      sections: vm.sections.slice(0, 10).map((s) => ({
        heading: truncate(oneLine(s.heading), 150),
        body: truncate(s.body.trim(), scaled(CAPS.noteSectionChars, scale, 200)) || '(empty)',
      })),
      link: url ? mdLink(url, 'Open session') : '',
      canClaim: ctx.canAct && !vm.claimedBy,
      canHandOver: Boolean(vm.claimedBy && vm.canHandOver && ctx.canAct && !vm.handOverChoices),
      showPicker: Boolean(vm.claimedBy && vm.handOverChoices?.length),
      choices: (vm.handOverChoices ?? []).map((c) => ({
        title: truncate(oneLine(c.name), 100),
        value: c.userId,
      })),
      payload: claimPayload(vm),
    }),
  );
}

function claimPayload(vm: EscalationPostView) {
  return actionPayload(vm.session.id, vm.session.stateVersion);
}
