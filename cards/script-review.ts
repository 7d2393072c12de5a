import type { ScriptDraftReviewView } from '../core/scripts/index.ts';
import { type AdaptiveCardJson, expandTemplate, fitCard, scaled } from './adaptive.ts';
import { scriptFlagLine } from './fix-model.ts';
import {
  DRAFT_ACCEPT_CALLBACK_ID,
  DRAFT_BODY_EDIT_MAX,
  DRAFT_FIELD_ACTION_ID,
  DRAFT_FIELDS,
  type DraftPayload,
  SCRIPT_COPY_CALLBACK_ID,
  SCRIPT_REVIEW_LABELS,
  type ScriptReviewVerb,
} from './script-actions.ts';
import {
  actions,
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
import type {
  Block,
  ButtonElement,
  InputBlock,
  SectionBlock,
  SlackMessage,
  SlackModalView,
} from './slack-types.ts';
import template from './templates/script-review.json' with { type: 'json' };
import { CAPS, oneLine, truncate, truncateLines } from './text.ts';

/** What the review card needs besides the draft. */
export interface ScriptReviewContext {
  /** The presser may decide (`scripts.author`, engineer and up); others see the card read-only. */
  canReview: boolean;
  /** The admin web's Scripts page for this draft, when there is a public URL. */
  builderUrl: string | null;
}

const METHOD_LINES = {
  model: 'The assistant picked the parameters; the template renders back to the script that ran.',
  offline: 'Values from this session (user, device, mailbox, client) became parameters where they appear.',
  fallback: "The assistant's parameters did not render back to the script that ran, so this draft has none.",
} as const satisfies Record<ScriptDraftReviewView['method'], string>;

function statusLine(vm: ScriptDraftReviewView, rc: ScriptReviewContext): string {
  switch (vm.status) {
    case 'pending':
      return rc.canReview
        ? 'This session is resolved. Keep the script as a template? Accept it (change the name, parameters or script first if you like), reject it, or stop these offers for you.'
        : 'Waiting for an engineer to accept or reject it.';
    case 'accepted':
      return `✅ Accepted: "${vm.name}" is in the team's script library.`;
    case 'rejected':
      return '🗑️ Rejected: it will not be offered again.';
    case 'dismissed':
      return "🔕 Set aside, and you won't be offered script drafts again.";
  }
}

function paramsLine(vm: ScriptDraftReviewView): string {
  return vm.params.length > 0
    ? `Parameters: ${vm.params.map((p) => `${p.name} (${p.type})`).join(', ')}`
    : 'Parameters: none';
}

/**
 * A script as fenced mrkdwn code blocks, one per section (3,000 characters each), cut at line
 * ends; a ``` inside gets a zero-width space so it cannot close the block early. At most `max`
 * sections; what does not fit is said, not silently dropped.
 */
export function slackCodeSections(script: string, max: number, more: string): SectionBlock[] {
  const room = SLACK_LIMITS.sectionTextChars - 10;
  const out: SectionBlock[] = [];
  let rest = script.replace(/\r\n/g, '\n');
  while (rest.length > 0 && out.length < max) {
    let budget = room;
    let chunk = '';
    let code = '';
    for (;;) {
      chunk = rest.slice(0, budget);
      const lastBreak = chunk.lastIndexOf('\n');
      if (chunk.length < rest.length && lastBreak >= chunk.length * 0.5) chunk = chunk.slice(0, lastBreak);
      // Never end between the halves of a surrogate pair (an emoji in a comment).
      if (/[\uD800-\uDBFF]$/.test(chunk)) chunk = chunk.slice(0, -1);
      code = escapeMrkdwn(chunk.replace(/```/g, '`\u200b``'));
      if (code.length <= room || budget <= 1) break;
      budget = nextBudget(budget, code.length, room);
    }
    out.push(section(`\`\`\`\n${code}\n\`\`\``));
    rest = rest.slice(chunk.length).replace(/^\n/, '');
  }
  if (rest.length > 0) out.push(section(`_${more}_`));
  return out;
}

function draftButton(verb: ScriptReviewVerb, payload: DraftPayload, primary = false): ButtonElement {
  const el: ButtonElement = {
    type: 'button',
    text: plain(SCRIPT_REVIEW_LABELS[verb], SLACK_LIMITS.buttonTextChars),
    action_id: verb,
    value: JSON.stringify(payload),
  };
  if (primary) el.style = 'primary';
  return el;
}

/** The review card after resolve, for Slack: the draft's script, parameters, flags and the decision buttons. */
export function renderDraftReviewBlocks(vm: ScriptDraftReviewView, rc: ScriptReviewContext): SlackMessage {
  const pending = vm.status === 'pending';
  const blocks: Block[] = [
    header(`📜 Template from this fix: ${truncate(oneLine(vm.name), 100)}`),
    context([`${vm.language} · ${fitMrkdwn(METHOD_LINES[vm.method], 300)}`]),
    ...slackCodeSections(vm.body, 1, 'Shortened here; the whole script is on the Scripts page.'),
    context([fitMrkdwn(paramsLine(vm), CAPS.detailChars)]),
  ];
  for (const flag of vm.flags.slice(0, 5))
    blocks.push(context([fitMrkdwn(scriptFlagLine(flag), CAPS.detailChars)]));
  blocks.push(section(fitMrkdwn(statusLine(vm, rc), 600)));
  if (pending && rc.canReview) {
    const payload = { d: vm.draftId };
    blocks.push(
      ...actions([
        draftButton('script.draft.edit', payload, true),
        draftButton('script.draft.reject', payload),
        draftButton('script.draft.never', payload),
      ]).map((b) => ({ ...b, block_id: 'script_review' })),
    );
  }
  if (rc.builderUrl && pending)
    blocks.push(context([`Or finish it in the ${slackLink(rc.builderUrl, 'builder on the Scripts page')}.`]));
  return message(`Template from this fix: ${vm.name}`, blocks);
}

/**
 * "Accept…" in Slack: name, parameter lines and script, pre-filled from the draft; submitting
 * accepts with whatever was changed. A script longer than one Slack field is not offered for
 * editing here (it would be cut), only on the Scripts page.
 */
export function renderDraftAcceptModal(vm: ScriptDraftReviewView, where: DraftPayload): SlackModalView {
  const field = (
    key: keyof typeof DRAFT_FIELDS,
    label: string,
    value: string,
    extra: Partial<InputBlock> & { multiline?: boolean; max: number },
  ): InputBlock => {
    const block: InputBlock = {
      type: 'input',
      block_id: DRAFT_FIELDS[key].block,
      label: plain(label, SLACK_LIMITS.inputLabelChars),
      element: {
        type: 'plain_text_input',
        action_id: DRAFT_FIELD_ACTION_ID,
        multiline: extra.multiline ?? false,
        max_length: extra.max,
      },
    };
    if (value) block.element.initial_value = value.slice(0, extra.max);
    if (extra.hint) block.hint = extra.hint;
    if (extra.optional) block.optional = true;
    return block;
  };
  const blocks: Block[] = [
    context([
      'Change what you like, then Accept: the template is published to the team library as version 1.',
    ]),
    field('name', 'Name', vm.name, { max: 200 }),
    field('params', 'Parameters (one per line)', vm.paramLines, {
      multiline: true,
      max: 2_000,
      optional: true,
      hint: plain(
        'Name: type = default. Types: string, int, bool, secret, choice(A|B). Write each one as {{Name}} in the script.',
        2_000,
      ),
    }),
  ];
  if (vm.body.length <= DRAFT_BODY_EDIT_MAX) {
    blocks.push(field('body', 'Script', vm.body, { multiline: true, max: DRAFT_BODY_EDIT_MAX }));
  } else {
    blocks.push(
      context([
        'The script is longer than a Slack field holds: it is accepted as drafted (edit it on the Scripts page).',
      ]),
    );
  }
  return {
    type: 'modal',
    callback_id: DRAFT_ACCEPT_CALLBACK_ID,
    title: plain('Accept template', SLACK_LIMITS.modalTitleChars),
    submit: plain('Accept', SLACK_LIMITS.modalButtonChars),
    close: plain('Cancel', SLACK_LIMITS.modalButtonChars),
    private_metadata: JSON.stringify(where),
    blocks,
  };
}

/** The same review card as an Adaptive Card 1.5; "Accept…" opens the edit form in the card. */
export function renderDraftReviewCard(vm: ScriptDraftReviewView, rc: ScriptReviewContext): AdaptiveCardJson {
  const pending = vm.status === 'pending';
  return fitCard((scale) =>
    expandTemplate(template, {
      fallback: truncate(oneLine(`Template from this fix: ${vm.name}`), CAPS.fallbackChars),
      title: `📜 Template from this fix: ${truncate(oneLine(vm.name), CAPS.titleChars)}`,
      subtitle: `${vm.language} · ${METHOD_LINES[vm.method]}`,
      script: truncateLines(vm.body, scaled(CAPS.scriptChars * 2, scale, 200), '…'),
      params: paramsLine(vm),
      flags: vm.flags.slice(0, 5).map((f) => ({ text: truncate(scriptFlagLine(f), CAPS.detailChars) })),
      status: statusLine(vm, rc),
      canDecide: pending && rc.canReview,
      payload: { d: vm.draftId },
      name: vm.name,
      paramLines: vm.paramLines,
      editBody: vm.body.length <= DRAFT_BODY_EDIT_MAX,
      body: vm.body.length <= DRAFT_BODY_EDIT_MAX ? vm.body : '',
      builder: rc.builderUrl && pending ? rc.builderUrl : '',
    }),
  );
}

/** What the Copy modal shows: the fix's script as it would run. */
export interface ScriptCopyView {
  title: string;
  language: string | null;
  script: string;
  flags: string[];
}

/**
 * Copy, in Slack: there is no clipboard API, so the script opens in a modal as code blocks the
 * person selects and copies (Slack's code blocks copy as plain text). Nothing is recorded.
 */
export function renderScriptCopyModal(vm: ScriptCopyView): SlackModalView {
  const blocks: Block[] = [
    section(
      `*${fitMrkdwn(oneLine(vm.title), 300)}*${vm.language ? ` (${fitMrkdwn(oneLine(vm.language), 30)})` : ''}`,
    ),
    ...slackCodeSections(vm.script, 20, 'The rest is too long for Slack; copy it from the session page.'),
  ];
  for (const flag of vm.flags.slice(0, 5)) blocks.push(context([fitMrkdwn(flag, CAPS.detailChars)]));
  blocks.push(
    context([
      'Select the code and copy it. ResolutionFlow never runs scripts: after you run it, press *Apply* on the fix so the session knows.',
    ]),
  );
  return {
    type: 'modal',
    callback_id: SCRIPT_COPY_CALLBACK_ID,
    title: plain('Copy script', SLACK_LIMITS.modalTitleChars),
    close: plain('Done', SLACK_LIMITS.modalButtonChars),
    blocks,
  };
}
