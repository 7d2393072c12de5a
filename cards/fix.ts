import { type ActionPayload, actionPayload, encodeActionValue } from './actions.ts';
import { type AdaptiveCardJson, expandTemplate, fitCard, scaled } from './adaptive.ts';
import type { RenderContext } from './context.ts';
import {
  applyLabel,
  canCopyScript,
  type FixVerb,
  fixButtons,
  fixProposalLine,
  fixStatusLine,
  scriptButtons,
  scriptFlagLines,
} from './fix-model.ts';
import { cutList, slackList, slackMoreLine, teamsMoreLine } from './list-lines.ts';
import { SCRIPT_COPY_ACTION } from './script-actions.ts';
import {
  actions,
  button,
  context,
  fitMrkdwn,
  header,
  message,
  nextBudget,
  plain,
  section,
  slackLink,
} from './slack-blocks.ts';
import { escapeMrkdwn, SLACK_LIMITS } from './slack-limits.ts';
import type { Block, ButtonElement, SlackMessage } from './slack-types.ts';
import template from './templates/fix.json' with { type: 'json' };
import {
  CAPS,
  confidenceLabel,
  FIX_STATUS_LABELS,
  oneLine,
  safeUrl,
  truncate,
  truncateLines,
} from './text.ts';
import type { FixCardView } from './views.ts';

/**
 * A suggested fix as a Slack message: numbered steps, the script as a code block, confidence, and
 * the outcome buttons core would accept right now ("Partly" opens the partial-notes modal).
 */
export function renderFixBlocks(vm: FixCardView, ctx: RenderContext): SlackMessage {
  const { fix } = vm;
  const url = safeUrl(ctx.sessionUrl(vm.sessionId));
  const steps = cutList(numbered(fix.steps), CAPS.steps);
  const payload = actionPayload(vm.sessionId, vm.stateVersion, fix.id);
  const confidence = confidenceLabel(fix.confidence);
  const proposal = fixProposalLine(fix);
  const blocks: Block[] = [
    header(`💡 ${fix.title}`),
    context([`*${confidence}*`, FIX_STATUS_LABELS[fix.status]]),
    ...slackList('*Steps*', steps, CAPS.stepChars, slackMoreLine(steps, 'steps', url), '_No steps given._'),
  ];
  if (fix.script) blocks.push(section(slackScript(fix.script, fix.scriptLanguage, url)));
  for (const flag of scriptFlagLines(fix).slice(0, 5))
    blocks.push(context([fitMrkdwn(flag, CAPS.detailChars)]));
  blocks.push(context([fitMrkdwn(oneLine(fixStatusLine(fix)), CAPS.detailChars)]));
  if (proposal) blocks.push(context([`🤖 ${fitMrkdwn(oneLine(proposal), CAPS.detailChars)}`]));
  blocks.push(
    ...actions(
      fixButtons(fix, vm.sessionStatus, ctx).map((verb) =>
        button(verb, payload, verb === 'fix.apply' ? applyLabel(fix) : undefined),
      ),
    ),
  );
  const scriptRow = scriptButtons(fix, vm.sessionStatus, ctx).map((verb) => button(verb, payload));
  // Copy opens the script in a modal (Slack has no clipboard API); anyone who sees the card may copy.
  if (canCopyScript(fix, ctx)) scriptRow.unshift(copyScriptButton(payload));
  blocks.push(...actions(scriptRow));
  return message(`Suggested fix: ${fix.title} (${confidence})`, blocks);
}

/** The same fix as an Adaptive Card 1.5; "Partly" opens an in-card required notes field. */
export function renderFixCard(vm: FixCardView, ctx: RenderContext): AdaptiveCardJson {
  const { fix } = vm;
  const url = safeUrl(ctx.sessionUrl(vm.sessionId));
  const buttons = fixButtons(fix, vm.sessionStatus, ctx);
  const has = (verb: FixVerb) => buttons.includes(verb);
  const confidence = confidenceLabel(fix.confidence);
  return fitCard((scale) => {
    const steps = cutList(fix.steps, scaled(CAPS.steps, scale));
    const script = fix.script ?? '';
    const maxScript = scaled(CAPS.scriptChars * 2, scale, 200);
    return expandTemplate(template, {
      fallback: truncate(oneLine(`Suggested fix: ${fix.title} (${confidence})`), CAPS.fallbackChars),
      title: `💡 ${truncate(oneLine(fix.title), CAPS.titleChars)}`,
      confidence,
      status: FIX_STATUS_LABELS[fix.status],
      noSteps: steps.total === 0,
      steps: steps.shown.map((text, i) => ({
        n: i + 1,
        text: truncate(text.trim(), scaled(CAPS.stepChars, scale, 80)),
      })),
      stepsMore: teamsMoreLine(steps, 'steps', url),
      hasScript: script.length > 0,
      scriptLabel: fix.scriptLanguage ? `Script (${truncate(oneLine(fix.scriptLanguage), 30)})` : 'Script',
      script: truncateLines(script, maxScript, '…'),
      scriptMore: script.length > maxScript ? 'Shortened here; the full script is on the session page.' : '',
      // Copy reveals the script alone (Teams has no clipboard action): longer than the inline block.
      copyScript: truncateLines(script, scaled(CAPS.scriptChars * 4, scale, 400), '…'),
      copyMore:
        script.length > scaled(CAPS.scriptChars * 4, scale, 400)
          ? 'Too long for a card: copy the rest from the session page.'
          : '',
      statusLine: truncate(oneLine(fixStatusLine(fix)), scaled(CAPS.detailChars, scale, 80)),
      proposal: truncate(oneLine(fixProposalLine(fix)), scaled(CAPS.detailChars, scale, 80)),
      payload: actionPayload(vm.sessionId, vm.stateVersion, fix.id),
      flags: scriptFlagLines(fix)
        .slice(0, 5)
        .map((text) => ({ text: truncate(text, scaled(CAPS.detailChars, scale, 80)) })),
      anyScriptButton: scriptButtons(fix, vm.sessionStatus, ctx).length > 0,
      canCopy: canCopyScript(fix, ctx),
      anyButton: buttons.length > 0,
      applyLabel: applyLabel(fix),
      show: {
        apply: has('fix.apply'),
        worked: has('fix.worked'),
        failed: has('fix.failed'),
        partial: has('fix.partial'),
        dismiss: has('fix.dismiss'),
      },
    });
  });
}

/** Slack's Copy button on a fix with a script: opens the script in a modal to copy. */
export function copyScriptButton(payload: ActionPayload): ButtonElement {
  return {
    type: 'button',
    text: plain('Copy script', SLACK_LIMITS.buttonTextChars),
    action_id: SCRIPT_COPY_ACTION,
    value: encodeActionValue(payload),
  };
}

function numbered(steps: readonly string[]): string[] {
  return steps.map((s, i) => `${i + 1}. ${s.trim()}`);
}

/**
 * The script as a mrkdwn code block that fits one section. Code is cut at a line end, never mid
 * entity; a ``` inside the script gets a zero-width space so it cannot close the block early.
 */
function slackScript(script: string, language: string | null, url: string | null): string {
  const label = language ? `*Script* (${fitMrkdwn(oneLine(language), 30)})` : '*Script*';
  const note = url
    ? `_Shortened here — ${slackLink(url, 'full script in ResolutionFlow')}_`
    : '_Shortened here — the full script is in ResolutionFlow._';
  const max = Math.min(CAPS.scriptChars, SLACK_LIMITS.sectionTextChars - label.length - note.length - 10);
  let budget = max;
  for (;;) {
    const cut = truncateLines(script, budget, '…');
    const code = escapeMrkdwn(cut.replace(/```/g, '`\u200b``'));
    if (code.length <= max || budget <= 1) {
      return `${label}\n\`\`\`\n${code}\n\`\`\`${cut === script ? '' : `\n${note}`}`;
    }
    budget = nextBudget(budget, code.length, max);
  }
}
