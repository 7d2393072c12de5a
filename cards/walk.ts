import type { WalkView } from '../core/flows/index.ts';
import { type AdaptiveCardJson, expandTemplate, fitCard, mdLink, scaled } from './adaptive.ts';
import {
  actions,
  button,
  context,
  divider,
  fitMrkdwn,
  header,
  message,
  plain,
  section,
  slackLink,
} from './slack-blocks.ts';
import { SLACK_LIMITS } from './slack-limits.ts';
import type { Block, ButtonElement, InputBlock } from './slack-types.ts';
import template from './templates/walk.json' with { type: 'json' };
import { CAPS, truncate } from './text.ts';
import {
  WALK_ACTION_LABELS,
  WALK_NOTE_ACTION_ID,
  WALK_NOTE_BLOCK_ID,
  WALK_NOTE_MAX_CHARS,
  type WalkPayload,
  type WalkVerb,
} from './walk-actions.ts';
import {
  LINE_CHARS,
  STEP_CHARS,
  type WalkCardModel,
  type WalkRenderContext,
  walkCardModel,
} from './walk-model.ts';

const PRIMARY: ReadonlySet<WalkVerb> = new Set(['walk.worked']);

function walkButton(actionId: string, label: string, payload: WalkPayload, primary = false): ButtonElement {
  const el: ButtonElement = {
    type: 'button',
    text: plain(label, SLACK_LIMITS.buttonTextChars),
    action_id: actionId,
    value: JSON.stringify(payload),
  };
  if (primary) el.style = 'primary';
  return el;
}

function stepMrkdwn(m: WalkCardModel): string {
  const lines = [`*${m.stepLabel}:* ${fitMrkdwn(m.stepText, STEP_CHARS)}`];
  if (m.expected) lines.push(`*Expected:* ${fitMrkdwn(m.expected, 500)}`);
  m.fixSteps.slice(0, CAPS.steps).forEach((s, i) => {
    lines.push(`${i + 1}. ${fitMrkdwn(s, 300)}`);
  });
  if (m.reason) lines.push(`_Reason:_ ${fitMrkdwn(m.reason, 500)}`);
  return lines.join('\n');
}

function noteInput(): InputBlock {
  return {
    type: 'input',
    block_id: WALK_NOTE_BLOCK_ID,
    optional: true,
    label: plain('Note (kept on the ticket)', SLACK_LIMITS.inputLabelChars),
    element: {
      type: 'plain_text_input',
      action_id: WALK_NOTE_ACTION_ID,
      multiline: true,
      max_length: WALK_NOTE_MAX_CHARS,
      placeholder: plain('What the caller said or saw; needed for "Partly"', 150),
    },
  };
}

/**
 * One step of a walk as a Slack message, updated in place after every press: the step, where its
 * words came from, the path so far, and the buttons for this step. A finished walk keeps the card
 * as a read-only record.
 */
export function renderWalkBlocks(vm: WalkView, rc: WalkRenderContext) {
  const m = walkCardModel(vm, rc);
  const blocks: Block[] = [header(m.title), context([fitMrkdwn(m.meta, 300)])];
  if (m.intro) blocks.push(context([`💡 ${fitMrkdwn(m.intro, 500)}`]));
  if (m.draftWarning) blocks.push(section(`⚠️ *${fitMrkdwn(m.draftWarning, 200)}*`));
  blocks.push(section(stepMrkdwn(m)));
  if (m.source) {
    const label = m.source.url ? slackLink(m.source.url, m.source.title) : fitMrkdwn(m.source.title, 200);
    blocks.push(context([`📄 Source: ${label}`]));
  }
  if (m.pathLines.length) {
    const earlier = m.pathEarlier ? `_…${m.pathEarlier} earlier steps_\n` : '';
    const lines = m.pathLines.map((l) => fitMrkdwn(l, LINE_CHARS)).join('\n');
    blocks.push(context([`*Path so far*\n${earlier}${lines}`]));
  }
  blocks.push(divider());
  if (m.showNoteInput) blocks.push(noteInput());
  const answerButtons = [
    ...m.answers.map((a, i) => walkButton(`walk.answer.${i}`, a.label, a.payload)),
    ...m.outcomeButtons.map((v) => walkButton(v, WALK_ACTION_LABELS[v], m.payload, PRIMARY.has(v))),
  ];
  blocks.push(...actions(answerButtons).map((b) => ({ ...b, block_id: 'walk_answers' })));
  if (m.ended) blocks.push(section(m.ended));
  if (m.previewPayload) blocks.push(...actions([button('note.resolution.preview', m.previewPayload)]));
  if (m.reviewLine) blocks.push(section(m.reviewLine));
  const review = m.reviewButtons.map((v) =>
    walkButton(v, WALK_ACTION_LABELS[v], m.payload, v === 'walk.accept_draft'),
  );
  blocks.push(...actions(review).map((b) => ({ ...b, block_id: 'walk_review' })));
  const tools = m.tools.map((v) => walkButton(v, WALK_ACTION_LABELS[v], m.payload));
  blocks.push(...actions(tools).map((b) => ({ ...b, block_id: 'walk_tools' })));
  return message(m.fallback, blocks);
}

/** The same step as an Adaptive Card 1.5, expanded from `templates/walk.json`. */
export function renderWalkCard(vm: WalkView, rc: WalkRenderContext): AdaptiveCardJson {
  const m = walkCardModel(vm, rc);
  return fitCard((scale) =>
    expandTemplate(template, {
      fallback: truncate(m.fallback, CAPS.fallbackChars),
      title: truncate(m.title, CAPS.titleChars),
      meta: m.meta,
      intro: truncate(m.intro, 500),
      draftWarning: m.draftWarning,
      stepLabel: m.stepLabel,
      stepText: truncate(m.stepText, scaled(STEP_CHARS, scale, 200)),
      expected: truncate(m.expected, 500),
      fixSteps: m.fixSteps.slice(0, CAPS.steps).map((s, i) => ({ line: `${i + 1}. ${truncate(s, 300)}` })),
      reason: truncate(m.reason, 500),
      source: m.source
        ? m.source.url
          ? `📄 Source: ${mdLink(m.source.url, truncate(m.source.title, 200))}`
          : `📄 Source: ${truncate(m.source.title, 200)}`
        : '',
      hasPath: m.pathLines.length > 0,
      pathEarlier: m.pathEarlier ? `…${m.pathEarlier} earlier steps` : '',
      path: m.pathLines.map((l) => ({ line: truncate(l, scaled(LINE_CHARS, scale, 60)) })),
      showNoteInput: m.showNoteInput,
      // Teams renders at most 5 actions per ActionSet (a question has up to 6 choices): rows of 3.
      answerRows: rowsOf(
        m.answers.map((a) => ({ label: a.label, payload: a.payload })),
        3,
      ).map((answers) => ({ answers })),
      awaitingOutcome: m.outcomeButtons.length > 0,
      payload: m.payload,
      ended: m.ended,
      hasPreview: m.previewPayload !== null,
      previewPayload: m.previewPayload ?? m.payload,
      reviewLine: m.reviewLine,
      hasReview: m.reviewButtons.length > 0,
      hasTools: m.tools.length > 0,
      show: {
        note: m.tools.includes('walk.note'),
        back: m.tools.includes('walk.back'),
        escalate: m.tools.includes('walk.escalate'),
      },
    }),
  );
}

function rowsOf<T>(items: T[], size: number): T[][] {
  const rows: T[][] = [];
  for (let i = 0; i < items.length; i += size) rows.push(items.slice(i, i + size));
  return rows;
}
