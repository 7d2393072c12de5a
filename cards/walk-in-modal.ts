import type { ClientChoices } from '../core/tickets/index.ts';

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
} as const;

const PRIORITIES = [
  ['low', 'Low'],
  ['medium', 'Medium'],
  ['high', 'High'],
  ['urgent', 'Urgent'],
] as const;

const plain = (text: string) => ({ type: 'plain_text' as const, text });
const option = (value: string, text: string) => ({
  text: plain(text.slice(0, 75)),
  value: value.slice(0, 150),
});
const textInput = (
  blockId: string,
  label: string,
  opts: { optional?: boolean; multiline?: boolean; max: number },
) => ({
  type: 'input' as const,
  block_id: blockId,
  optional: opts.optional ?? false,
  label: plain(label),
  element: {
    type: 'plain_text_input' as const,
    action_id: 'value',
    max_length: opts.max,
    ...(opts.multiline ? { multiline: true } : {}),
  },
});

/**
 * The "Log a walk-in" modal, the same fields as the admin web's form. With a PSA connected the client
 * is a select of its companies (ConnectWise needs the company's id); otherwise a text field, since
 * known clients are only suggestions.
 */
export function renderWalkInModal(choices: ClientChoices, metadata: { teamId: string }) {
  const psaCompanies = choices.source === 'psa' ? choices.clients.slice(0, 100) : [];
  const clientBlock =
    choices.source === 'psa'
      ? {
          type: 'input' as const,
          block_id: WALK_IN_BLOCKS.client,
          label: plain('Client company'),
          element: {
            type: 'static_select' as const,
            action_id: 'value',
            placeholder: plain('Pick the client from the PSA'),
            options: psaCompanies.map((c) => option(c.id ?? c.name, c.name)),
          },
        }
      : {
          ...textInput(WALK_IN_BLOCKS.client, 'Client company', { max: 200 }),
          ...(choices.clients.length
            ? {
                hint: plain(
                  `Known clients: ${choices.clients
                    .slice(0, 8)
                    .map((c) => c.name)
                    .join(', ')}`.slice(0, 2000),
                ),
              }
            : {}),
        };
  return {
    type: 'modal' as const,
    callback_id: WALK_IN_VIEW,
    title: plain('Log a walk-in'),
    submit: plain('Log walk-in'),
    close: plain('Cancel'),
    private_metadata: JSON.stringify(metadata),
    blocks: [
      textInput(WALK_IN_BLOCKS.contactName, 'Contact name', { max: 200 }),
      textInput(WALK_IN_BLOCKS.contactEmail, 'Contact email', { optional: true, max: 320 }),
      clientBlock,
      textInput(WALK_IN_BLOCKS.summary, 'Summary', { max: 500 }),
      textInput(WALK_IN_BLOCKS.details, 'Details', { optional: true, multiline: true, max: 3000 }),
      {
        type: 'input' as const,
        block_id: WALK_IN_BLOCKS.priority,
        label: plain('Priority'),
        element: {
          type: 'static_select' as const,
          action_id: 'value',
          initial_option: option('medium', 'Medium'),
          options: PRIORITIES.map(([v, t]) => option(v, t)),
        },
      },
    ],
  };
}
