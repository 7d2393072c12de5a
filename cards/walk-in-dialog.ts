import type { ClientChoices } from '../core/tickets/index.ts';
import type { AdaptiveCardJson } from './adaptive.ts';
import {
  knownClientsHint,
  psaCompanyChoices,
  WALK_IN_DEFAULT_PRIORITY,
  WALK_IN_PRIORITIES,
  WALK_IN_PRIORITY_LABEL,
  WALK_IN_TEXT_FIELDS,
  type WalkInFieldKey,
  walkInLabelOf,
} from './walk-in-fields.ts';

/**
 * Teams' "Log a walk-in" dialog (a task module). Its submit button's `data.verb` routes the
 * `task/submit` invoke; `msteams.type = task/fetch` on a card button makes Teams open the dialog.
 */
export const WALK_IN_OPEN_VERB = 'walkin.open';
export const WALK_IN_SUBMIT_VERB = 'walkin.submit';
export const WALK_IN_DIALOG_TITLE = 'Log a walk-in';

/** The button (on the queue card and the `walkin` answer) that opens the dialog. */
export function openWalkInAction(from?: 'queue'): Record<string, unknown> {
  return {
    type: 'Action.Submit',
    title: 'Log a walk-in',
    // `from: queue` tells the dialog which message to redraw once the walk-in is logged.
    data: { msteams: { type: 'task/fetch' }, verb: WALK_IN_OPEN_VERB, ...(from ? { from } : {}) },
  };
}

export interface WalkInDialogState {
  /** What was typed, by field key, so a refused submit loses nothing. */
  values?: Partial<Record<WalkInFieldKey, string>>;
  /** Why the last submit was refused, by field; shown on top, nothing was logged. */
  problems?: Array<{ field: WalkInFieldKey | null; message: string }>;
  /** The queue card's activity id, redrawn in place once the walk-in is logged. */
  queueActivityId?: string;
}

/** The value typed before a refused submit, as an input's `value` (nothing when empty). */
const typed = (state: WalkInDialogState, key: WalkInFieldKey) => {
  const value = state.values?.[key];
  return value ? { value } : {};
};

/**
 * The dialog as an Adaptive Card 1.5, built from the shared field list (cards/walk-in-fields.ts)
 * rather than a template so Slack and Teams cannot drift apart. With a PSA connected the client is
 * a choice set of its companies (1.5 has no typeahead style) (value: the PSA company id); otherwise free text with the
 * known clients as a hint. Required fields are `isRequired` so Teams checks them before sending;
 * core validates again and its refusals come back in `problems`.
 */
export function renderWalkInDialog(choices: ClientChoices, state: WalkInDialogState = {}): AdaptiveCardJson {
  const body: unknown[] = [
    { type: 'TextBlock', text: WALK_IN_DIALOG_TITLE, style: 'heading', weight: 'Bolder', wrap: true },
  ];
  if (state.problems?.length) {
    body.push({
      type: 'Container',
      style: 'attention',
      items: [
        { type: 'TextBlock', text: 'Nothing was logged yet. Fix this and submit again:', wrap: true },
        ...state.problems.map((p) => ({
          type: 'TextBlock',
          text: `${p.field ? `${walkInLabelOf(p.field)}: ` : ''}${p.message}`,
          color: 'Attention',
          spacing: 'Small',
          wrap: true,
        })),
      ],
    });
  }
  for (const field of WALK_IN_TEXT_FIELDS) {
    const required = field.optional ? {} : { isRequired: true, errorMessage: `${field.label} is required` };
    if (field.key === 'client' && choices.source === 'psa') {
      body.push({
        type: 'Input.ChoiceSet',
        id: field.key,
        label: field.label,
        style: 'compact',
        placeholder: 'Pick the client from the PSA',
        choices: psaCompanyChoices(choices),
        ...required,
        ...typed(state, field.key),
      });
      continue;
    }
    body.push({
      type: 'Input.Text',
      id: field.key,
      label: field.label,
      maxLength: field.max,
      ...(field.multiline ? { isMultiline: true } : {}),
      ...(field.key === 'contactEmail' ? { style: 'Email' } : {}),
      ...required,
      ...typed(state, field.key),
    });
    const hint = field.key === 'client' ? knownClientsHint(choices) : '';
    if (hint)
      body.push({
        type: 'TextBlock',
        text: hint,
        isSubtle: true,
        size: 'Small',
        spacing: 'None',
        wrap: true,
      });
  }
  body.push({
    type: 'Input.ChoiceSet',
    id: 'priority',
    label: WALK_IN_PRIORITY_LABEL,
    style: 'compact',
    value: state.values?.priority || WALK_IN_DEFAULT_PRIORITY,
    choices: WALK_IN_PRIORITIES.map(([value, title]) => ({ value, title })),
  });
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    fallbackText: WALK_IN_DIALOG_TITLE,
    body,
    actions: [
      {
        type: 'Action.Submit',
        title: 'Log walk-in',
        style: 'positive',
        data: {
          verb: WALK_IN_SUBMIT_VERB,
          ...(state.queueActivityId ? { queueActivityId: state.queueActivityId } : {}),
        },
      },
    ],
  };
}
