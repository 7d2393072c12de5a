import { newViewHash, newViewId, slackId, TRIGGER_ID_PATTERN } from './ids.ts';
import {
  checkBlocks,
  fail,
  isRecord,
  MAX_VIEW_BLOCKS,
  type MethodHandler,
  type MethodResult,
  str,
} from './method-kit.ts';
import type { SimState } from './state.ts';
import type { SimView } from './types.ts';

/** Block Kit view limits: modal title/submit/close 24 chars, callback_id 255, private_metadata 3,000. */
const LIMITS = { title: 24, button: 24, callbackId: 255, privateMetadata: 3000 } as const;

function invalid(...messages: string[]): MethodResult {
  return fail(
    'invalid_arguments',
    messages.map((m) => `[ERROR] ${m}`),
  );
}

function bad(...messages: string[]): ViewCheck {
  return { error: invalid(...messages) };
}

function plainTextTooLong(value: unknown, max: number): boolean {
  return isRecord(value) && typeof value.text === 'string' && value.text.length > max;
}

/** Checks a view payload; returns Slack's `invalid_arguments` with a json-pointer message on failure. */
type ViewCheck = { error: MethodResult } | { input: Record<string, unknown> };

function checkView(raw: unknown, expected: 'modal' | 'home'): ViewCheck {
  if (raw === undefined || raw === '') return bad('missing required field: view');
  if (!isRecord(raw)) return bad('failed to parse view JSON [json-pointer:/view]');
  const type = raw.type;
  if (type !== 'modal' && type !== 'home') return bad('unsupported type [json-pointer:/view/type]');
  if (type !== expected) {
    return bad(`view type must be ${expected} for this method [json-pointer:/view/type]`);
  }
  if (type === 'modal') {
    if (!isRecord(raw.title) || typeof raw.title.text !== 'string') {
      return bad('missing required field: title [json-pointer:/view/title]');
    }
    if (plainTextTooLong(raw.title, LIMITS.title)) {
      return bad(`must be less than ${LIMITS.title + 1} characters [json-pointer:/view/title/text]`);
    }
    for (const key of ['submit', 'close'] as const) {
      if (plainTextTooLong(raw[key], LIMITS.button)) {
        return bad(`must be less than ${LIMITS.button + 1} characters [json-pointer:/view/${key}/text]`);
      }
    }
  }
  if (raw.blocks === undefined) return bad('missing required field: blocks [json-pointer:/view/blocks]');
  const blocks = checkBlocks(raw.blocks, MAX_VIEW_BLOCKS);
  if (!blocks.ok)
    return bad('invalid blocks (an array of up to 100 objects with a type) [json-pointer:/view/blocks]');
  if (typeof raw.private_metadata === 'string' && raw.private_metadata.length > LIMITS.privateMetadata) {
    return bad(
      `must be less than ${LIMITS.privateMetadata + 1} characters [json-pointer:/view/private_metadata]`,
    );
  }
  if (typeof raw.callback_id === 'string' && raw.callback_id.length > LIMITS.callbackId) {
    return bad(`must be less than ${LIMITS.callbackId + 1} characters [json-pointer:/view/callback_id]`);
  }
  return { input: raw };
}

/**
 * The view as Slack echoes it back (views.open/update/publish `view`): the app's payload plus
 * server fields (`id`, `team_id`, `hash`, `state`, `root_view_id`, `app_id`, `bot_id` …).
 * Blocks without a `block_id` get a generated one, as Slack does.
 */
function renderView(state: SimState, input: Record<string, unknown>, id: string): Record<string, unknown> {
  const { workspace } = state;
  const plain = (v: unknown) => (isRecord(v) ? { type: 'plain_text', emoji: true, ...v } : null);
  const blocks = ((input.blocks as Record<string, unknown>[] | undefined) ?? []).map((b) =>
    typeof b.block_id === 'string' ? b : { ...b, block_id: slackId('', 5) },
  );
  const view: Record<string, unknown> = {
    id,
    team_id: workspace.teamId,
    type: input.type,
    blocks,
    private_metadata: typeof input.private_metadata === 'string' ? input.private_metadata : '',
    callback_id: typeof input.callback_id === 'string' ? input.callback_id : '',
    state: { values: {} },
    hash: newViewHash(state.now()),
    clear_on_close: input.clear_on_close === true,
    notify_on_close: input.notify_on_close === true,
    close: plain(input.close),
    submit: plain(input.submit),
    previous_view_id: null,
    root_view_id: id,
    app_id: workspace.apiAppId,
    external_id: typeof input.external_id === 'string' ? input.external_id : '',
    app_installed_team_id: workspace.teamId,
    bot_id: workspace.botId,
  };
  if (input.type === 'modal') view.title = plain(input.title);
  return view;
}

function duplicateExternalId(state: SimState, input: Record<string, unknown>, exceptId?: string): boolean {
  const externalId = input.external_id;
  if (typeof externalId !== 'string' || externalId === '') return false;
  return state.views.some((v) => v.id !== exceptId && v.view.external_id === externalId);
}

function revise(
  state: SimState,
  record: SimView,
  input: Record<string, unknown>,
  action: SimView['lastAction'],
) {
  record.history.push(record.view);
  record.view = renderView(state, input, record.id);
  record.lastAction = action;
}

/** views.open: exchanges a trigger id (single use, expires after 3 s) for a modal. */
const open: MethodHandler = ({ state, args }) => {
  const triggerId = str(args, 'trigger_id') ?? str(args, 'interactivity_pointer');
  if (!triggerId) return invalid('missing required field: trigger_id');
  if (!TRIGGER_ID_PATTERN.test(triggerId)) return fail('invalid_trigger_id');
  const trigger = state.triggers.get(triggerId);
  if (!trigger) return fail('invalid_trigger_id');
  if (trigger.used) return fail('exchanged_trigger_id');
  if (state.now() - trigger.issuedAt > state.triggerTtlMs) return fail('expired_trigger_id');
  const checked = checkView(args.view, 'modal');
  if ('error' in checked) return checked.error;
  const { input } = checked;
  if (duplicateExternalId(state, input)) return fail('duplicate_external_id');
  trigger.used = true;
  const id = newViewId();
  const record: SimView = {
    id,
    type: 'modal',
    triggerId,
    view: renderView(state, input, id),
    history: [],
    lastAction: 'views.open',
    ...(trigger.userId ? { user: trigger.userId } : {}),
  };
  state.views.push(record);
  return { ok: true, view: record.view };
};

/** views.update: by `view_id` or `external_id`; a stale `hash` is `hash_conflict`. */
const update: MethodHandler = ({ state, args }) => {
  const viewId = str(args, 'view_id');
  const externalId = str(args, 'external_id');
  if (!viewId && !externalId) return invalid('missing required field: view_id or external_id');
  const record = state.views.find((v) => (viewId ? v.id === viewId : v.view.external_id === externalId));
  if (!record) return fail('not_found');
  const hash = str(args, 'hash');
  if (hash && hash !== record.view.hash) return fail('hash_conflict');
  const checked = checkView(args.view, record.type);
  if ('error' in checked) return checked.error;
  const { input } = checked;
  if (duplicateExternalId(state, input, record.id)) return fail('duplicate_external_id');
  revise(state, record, input, 'views.update');
  return { ok: true, view: record.view };
};

/** views.publish: creates or replaces a user's Home tab; unknown user → invalid_arguments. */
const publish: MethodHandler = ({ state, args }) => {
  const userId = str(args, 'user_id') ?? '';
  if (!state.users.has(userId)) return fail('invalid_arguments', ['invalid `user_id`']);
  const checked = checkView(args.view, 'home');
  if ('error' in checked) return checked.error;
  const { input } = checked;
  const existing = state.views.find((v) => v.type === 'home' && v.user === userId);
  const hash = str(args, 'hash');
  if (hash && existing && hash !== existing.view.hash) return fail('hash_conflict');
  if (existing) {
    revise(state, existing, input, 'views.publish');
    return { ok: true, view: existing.view };
  }
  const id = newViewId();
  const record: SimView = {
    id,
    type: 'home',
    user: userId,
    view: renderView(state, input, id),
    history: [],
    lastAction: 'views.publish',
  };
  state.views.push(record);
  return { ok: true, view: record.view };
};

export const VIEW_METHODS: Record<string, MethodHandler> = {
  'views.open': open,
  'views.update': update,
  'views.publish': publish,
};
