import { type AdaptiveCardJson, expandTemplate } from './adaptive.ts';
import { actions, context, fitMrkdwn, message, plain, section } from './slack-blocks.ts';
import type { Block, SlackMessage } from './slack-types.ts';
import template from './templates/error.json' with { type: 'json' };
import { oneLine, truncate } from './text.ts';
import type { ErrorView } from './views.ts';

const TITLE_CHARS = 120;
const MESSAGE_CHARS = 1_000;
const HINT_CHARS = 500;

/** Keeps only the first line of a message: a multi-line message is the shape of a stack trace. */
function firstLine(text: string): string {
  return oneLine(text.split('\n')[0] ?? '');
}

/**
 * A failure as a Slack message: short title, plain message, optional "what you can do" and a
 * reference for support. Only the first line of each field is shown, so a stack trace passed by
 * mistake cannot reach a chat user.
 */
export function renderErrorBlocks(vm: ErrorView): SlackMessage {
  const title = firstLine(vm.title) || 'Something went wrong';
  const text = firstLine(vm.message);
  const blocks: Block[] = [
    section(`⚠️ *${fitMrkdwn(title, TITLE_CHARS)}*${text ? `\n${fitMrkdwn(text, MESSAGE_CHARS)}` : ''}`),
  ];
  if (vm.hint) blocks.push(context([`*What you can do:* ${fitMrkdwn(firstLine(vm.hint), HINT_CHARS)}`]));
  if (vm.reference) blocks.push(context([`Reference: \`${fitMrkdwn(firstLine(vm.reference), 100)}\``]));
  if (vm.link) {
    // A URL button still sends Slack an interaction; adapters ack `ERROR_LINK_ACTION` and do nothing.
    blocks.push(
      ...actions([
        {
          type: 'button',
          action_id: ERROR_LINK_ACTION,
          text: plain(firstLine(vm.link.label), 75),
          url: vm.link.url,
          style: 'primary',
        },
      ]),
    );
  }
  return message(text ? `${title}: ${text}` : title, blocks);
}

/** The `action_id` of an error's link button (Slack). */
export const ERROR_LINK_ACTION = 'error.link';

/** The same failure as an Adaptive Card 1.5. */
export function renderErrorCard(vm: ErrorView): AdaptiveCardJson {
  const title = firstLine(vm.title) || 'Something went wrong';
  const text = firstLine(vm.message);
  const card = expandTemplate(template, {
    fallback: truncate(text ? `${title}: ${text}` : title, 300),
    title: truncate(title, TITLE_CHARS),
    message: truncate(text, MESSAGE_CHARS),
    hint: truncate(firstLine(vm.hint ?? ''), HINT_CHARS),
    reference: truncate(firstLine(vm.reference ?? ''), 100),
  });
  // Added here rather than with `$when` in the template, so cards without a link stay byte-identical.
  if (vm.link) {
    card.actions = [
      { type: 'Action.OpenUrl', title: truncate(firstLine(vm.link.label), 75), url: vm.link.url },
    ];
  }
  return card;
}
