import type { ClientChoices } from '../core/tickets/index.ts';
import {
  knownClientsHint,
  psaCompanyChoices,
  WALK_IN_DEFAULT_PRIORITY,
  WALK_IN_PRIORITIES,
  WALK_IN_PRIORITY_LABEL,
  WALK_IN_TEXT_FIELDS,
  type WalkInFieldKey,
} from './walk-in-fields.ts';

/** Slack `callback_id`s and block ids of "Log a walk-in"; the listener reads the submission by them. */
export const WALK_IN_SHORTCUT = 'log_walk_in';
export const WALK_IN_VIEW = 'walk_in_submit';
export const WALK_IN_BLOCKS = {
  contactName: 'walk_in_contact_name',
  contactEmail: 'walk_in_contact_email',
  client: 'walk_in_client',
  summary: 'walk_in_summary',
  details: 'walk_in_details',
  priority: 'walk_in_priority',
} as const satisfies Record<WalkInFieldKey, string>;

const plain = (text: string) => ({ type: 'plain_text' as const, text });
const option = (value: string, text: string) => ({
  text: plain(text.slice(0, 75)),
  value: value.slice(0, 150),
});

/**
 * The "Log a walk-in" modal, the same fields (cards/walk-in-fields.ts) as the Teams dialog and the
 * admin web's form. With a PSA connected the client is a select of its companies (ConnectWise needs
 * the company's id); otherwise a text field, since known clients are only suggestions.
 */
export function renderWalkInModal(choices: ClientChoices, metadata: { teamId: string }) {
  const fields = WALK_IN_TEXT_FIELDS.map((field) => {
    if (field.key === 'client' && choices.source === 'psa') {
      return {
        type: 'input' as const,
        block_id: WALK_IN_BLOCKS.client,
        label: plain(field.label),
        element: {
          type: 'static_select' as const,
          action_id: 'value',
          placeholder: plain('Pick the client from the PSA'),
          options: psaCompanyChoices(choices).map((c) => option(c.value, c.title)),
        },
      };
    }
    const hint = field.key === 'client' ? knownClientsHint(choices) : '';
    return {
      type: 'input' as const,
      block_id: WALK_IN_BLOCKS[field.key],
      optional: field.optional,
      label: plain(field.label),
      element: {
        type: 'plain_text_input' as const,
        action_id: 'value',
        max_length: field.max,
        ...(field.multiline ? { multiline: true } : {}),
      },
      ...(hint ? { hint: plain(hint) } : {}),
    };
  });
  const initial = WALK_IN_PRIORITIES.find(([v]) => v === WALK_IN_DEFAULT_PRIORITY) ?? WALK_IN_PRIORITIES[1];
  const priority = {
    type: 'input' as const,
    block_id: WALK_IN_BLOCKS.priority,
    label: plain(WALK_IN_PRIORITY_LABEL),
    element: {
      type: 'static_select' as const,
      action_id: 'value',
      initial_option: option(initial[0], initial[1]),
      options: WALK_IN_PRIORITIES.map(([v, t]) => option(v, t)),
    },
  };
  return {
    type: 'modal' as const,
    callback_id: WALK_IN_VIEW,
    title: plain('Log a walk-in'),
    submit: plain('Log walk-in'),
    close: plain('Cancel'),
    private_metadata: JSON.stringify(metadata),
    blocks: [...fields, priority],
  };
}
