import type { ScriptsChatView } from '../core/scripts/index.ts';
import { type AdaptiveCardJson, expandTemplate } from './adaptive.ts';
import { scriptFlagLine } from './fix-model.ts';
import { context, fitMrkdwn, header, message, section } from './slack-blocks.ts';
import { escapeMrkdwn } from './slack-limits.ts';
import type { Block, SlackMessage } from './slack-types.ts';
import template from './templates/scripts.json' with { type: 'json' };
import { CAPS, oneLine, truncate, truncateLines } from './text.ts';

// A section holds 3,000 characters; the fence and an escaped script must fit in one.
const SCRIPT_CHARS = 2_400;

function paramLine(p: NonNullable<ScriptsChatView['top']>['params'][number]): string {
  if (p.secret) return `${p.name}: secret — type it where you run the script`;
  if (p.problem) return `${p.name}: ${p.value ?? ''} (${p.problem})`;
  if (p.value === null) return `${p.name}: missing`;
  return `${p.name}: ${p.value}${p.filledFrom === 'session' ? ' (from this session)' : p.filledFrom === 'default' ? ' (default)' : ''}`;
}

/**
 * `scripts <search>` in Slack: the best template filled for the thread's session as a code block
 * to copy, its parameters (what came from the session, what is missing), destructive flags with
 * why, and the other matches. Nothing is run.
 */
export function renderScriptsBlocks(vm: ScriptsChatView): SlackMessage {
  const q = fitMrkdwn(oneLine(vm.query), 200);
  if (!vm.top) {
    return message(`No script template matches "${vm.query}"`, [
      section(`No script template matches *${q}*. Build one on the Scripts page, or from a fix that worked.`),
    ]);
  }
  const top = vm.top;
  const code = escapeMrkdwn(truncateLines(top.body, SCRIPT_CHARS, '…').replace(/```/g, '`\u200b``'));
  const blocks: Block[] = [
    header(`📜 ${truncate(oneLine(top.name), 140)}`),
    context([`${top.language}${top.version ? ` · v${top.version}` : ' · draft'}`, `Search: ${q}`]),
    section(`\`\`\`\n${code}\n\`\`\``),
  ];
  if (top.params.length > 0)
    blocks.push(
      section(
        fitMrkdwn(
          `*Parameters*\n${top.params.map((p) => `• ${paramLine(p)}`).join('\n')}`,
          CAPS.detailChars * 3,
        ),
      ),
    );
  for (const flag of top.flags.slice(0, 5))
    blocks.push(context([fitMrkdwn(scriptFlagLine(flag), CAPS.detailChars)]));
  if (top.missing.length > 0)
    blocks.push(context([fitMrkdwn(`Fill in before running: ${top.missing.join(', ')}`, CAPS.detailChars)]));
  if (vm.others.length > 0)
    blocks.push(
      context([fitMrkdwn(`Also matching: ${vm.others.map((o) => o.name).join(' · ')}`, CAPS.detailChars)]),
    );
  return message(`Script: ${top.name}`, blocks);
}

/** The same as an Adaptive Card 1.5 for Teams. */
export function renderScriptsCard(vm: ScriptsChatView): AdaptiveCardJson {
  const top = vm.top;
  return expandTemplate(template, {
    fallback: truncate(
      top ? `Script: ${top.name}` : `No script template matches "${vm.query}"`,
      CAPS.fallbackChars,
    ),
    found: top !== null,
    query: truncate(oneLine(vm.query), 200),
    title: top ? `📜 ${truncate(oneLine(top.name), CAPS.titleChars)}` : '',
    subtitle: top ? `${top.language}${top.version ? ` · v${top.version}` : ' · draft'}` : '',
    script: top ? truncateLines(top.body, SCRIPT_CHARS * 2, '…') : '',
    params: (top?.params ?? []).map((p) => ({ text: truncate(paramLine(p), CAPS.detailChars) })),
    hasParams: (top?.params.length ?? 0) > 0,
    flags: (top?.flags ?? [])
      .slice(0, 5)
      .map((f) => ({ text: truncate(scriptFlagLine(f), CAPS.detailChars) })),
    missing: top && top.missing.length > 0 ? `Fill in before running: ${top.missing.join(', ')}` : '',
    others:
      vm.others.length > 0
        ? truncate(`Also matching: ${vm.others.map((o) => o.name).join(' · ')}`, CAPS.detailChars)
        : '',
  });
}
