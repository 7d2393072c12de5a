import type {
  Block,
  ButtonElement,
  PlainTextInputElement,
  SlackHomeView,
  SlackMessage,
  SlackModalView,
  SlackSurface,
  TextObject,
} from './slack-types.ts';

/**
 * Slack's published Block Kit limits (docs.slack.dev, Block Kit reference: blocks, block
 * elements, composition objects, modal and home views). Slack rejects the whole payload
 * (`invalid_blocks`) when one is exceeded, so renderers cut to these and tests check them.
 */
export const SLACK_LIMITS = {
  blocksPerMessage: 50,
  blocksPerView: 100, // modals and the App Home tab
  textObjectChars: 3_000,
  sectionTextChars: 3_000,
  sectionFields: 10,
  sectionFieldChars: 2_000,
  headerChars: 150,
  contextElements: 10,
  actionsElements: 25,
  buttonTextChars: 75,
  buttonValueChars: 2_000,
  buttonUrlChars: 3_000,
  actionIdChars: 255,
  blockIdChars: 255,
  callbackIdChars: 255,
  modalTitleChars: 24,
  modalButtonChars: 24, // submit and close
  privateMetadataChars: 3_000,
  inputLabelChars: 2_000,
  inputHintChars: 2_000,
  placeholderChars: 150,
  plainTextInputMaxLength: 3_000,
  contextActionsElements: 5,
  // chat.postMessage truncates `text` at 40,000; Slack recommends at most 4,000 for the fallback.
  messageTextChars: 4_000,
} as const;

/**
 * Slack treats `&`, `<` and `>` as control characters in mrkdwn (and in a message's `text`):
 * `<!channel>` or `<@U123>` typed by a user would ping people unless escaped to entities.
 */
export const MRKDWN_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;' } as const;

/** Escapes user text for mrkdwn so it can format nothing but itself and ping nobody. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/[&<>]/g, (c) => MRKDWN_ESCAPES[c as keyof typeof MRKDWN_ESCAPES]);
}

/**
 * Every limit a payload breaks, as readable lines (empty when it fits). Also refuses any `<…>`
 * token in mrkdwn other than an http(s) link or a channel name (`<#C…>`, the technician channel)
 * — our renderers never mention anyone, so such a token can only be unescaped user text.
 */
export function blockKitViolations(
  payload: SlackMessage | SlackModalView | SlackHomeView,
  surface: SlackSurface,
): string[] {
  const out: string[] = [];
  const L = SLACK_LIMITS;
  const max = surface === 'message' ? L.blocksPerMessage : L.blocksPerView;
  if (payload.blocks.length > max) out.push(`${payload.blocks.length} blocks (max ${max} in a ${surface})`);
  if (surface === 'message') {
    const text = 'text' in payload ? payload.text : undefined;
    if (typeof text !== 'string' || !text.trim()) out.push('message text (fallback) is empty');
    else {
      if (text.length > L.messageTextChars) out.push(`message text is ${text.length} chars`);
      checkTokens(text, 'message text', out);
    }
  }
  if ('type' in payload && payload.type === 'modal') {
    if (surface !== 'modal') out.push('modal view checked as another surface');
    checkPlain(payload.title, 'modal title', L.modalTitleChars, out);
    if (payload.submit) checkPlain(payload.submit, 'modal submit', L.modalButtonChars, out);
    if (payload.close) checkPlain(payload.close, 'modal close', L.modalButtonChars, out);
    checkLen(payload.callback_id, 'callback_id', L.callbackIdChars, out);
    if (!payload.submit && payload.blocks.some((b) => b.type === 'input'))
      out.push('modal with inputs needs submit');
  }
  if ('private_metadata' in payload && payload.private_metadata !== undefined) {
    checkLen(payload.private_metadata, 'private_metadata', L.privateMetadataChars, out, true);
  }
  const blockIds = new Set<string>();
  payload.blocks.forEach((block, i) => {
    const where = `block ${i} (${block.type})`;
    if (block.block_id !== undefined) {
      checkLen(block.block_id, `${where} block_id`, L.blockIdChars, out);
      if (blockIds.has(block.block_id)) out.push(`${where} repeats block_id ${block.block_id}`);
      blockIds.add(block.block_id);
    }
    checkBlock(block, where, out);
  });
  return out;
}

/**
 * Throws with every violation listed when `payload` would be rejected by Slack. Tests run every
 * rendering through this; adapters may call it in development to catch hand-built payloads.
 */
export function assertBlockKitLimits(
  payload: SlackMessage | SlackModalView | SlackHomeView,
  surface: SlackSurface,
): void {
  const problems = blockKitViolations(payload, surface);
  if (problems.length) throw new Error(`Block Kit limits exceeded:\n- ${problems.join('\n- ')}`);
}

function checkBlock(block: Block, where: string, out: string[]): void {
  const L = SLACK_LIMITS;
  switch (block.type) {
    case 'header':
      checkPlain(block.text, `${where} text`, L.headerChars, out);
      return;
    case 'section':
      if (!block.text && !block.fields?.length) out.push(`${where} has neither text nor fields`);
      if (block.text) checkText(block.text, `${where} text`, L.sectionTextChars, out);
      if (block.fields) {
        if (block.fields.length > L.sectionFields) out.push(`${where} has ${block.fields.length} fields`);
        block.fields.forEach((f, j) => {
          checkText(f, `${where} field ${j}`, L.sectionFieldChars, out);
        });
      }
      if (block.accessory) checkButton(block.accessory, `${where} accessory`, out);
      return;
    case 'context':
      if (!block.elements.length) out.push(`${where} has no elements`);
      if (block.elements.length > L.contextElements)
        out.push(`${where} has ${block.elements.length} elements`);
      block.elements.forEach((e, j) => {
        checkText(e, `${where} element ${j}`, L.textObjectChars, out);
      });
      return;
    case 'actions': {
      if (!block.elements.length) out.push(`${where} has no elements`);
      if (block.elements.length > L.actionsElements)
        out.push(`${where} has ${block.elements.length} elements`);
      const ids = new Set<string>();
      for (const el of block.elements) {
        checkButton(el, where, out);
        if (ids.has(el.action_id)) out.push(`${where} repeats action_id ${el.action_id}`);
        ids.add(el.action_id);
      }
      return;
    }
    case 'input':
      checkPlain(block.label, `${where} label`, L.inputLabelChars, out);
      if (block.hint) checkPlain(block.hint, `${where} hint`, L.inputHintChars, out);
      checkInput(block.element, where, out);
      return;
    case 'context_actions':
      if (!block.elements.length) out.push(`${where} has no elements`);
      if (block.elements.length > L.contextActionsElements)
        out.push(`${where} has ${block.elements.length} elements`);
      for (const el of block.elements) {
        checkLen(el.action_id, `${where} action_id`, L.actionIdChars, out);
        for (const button of [el.positive_button, el.negative_button]) {
          checkPlain(button.text, `${where} feedback button text`, L.buttonTextChars, out);
          checkLen(button.value, `${where} feedback button value`, L.buttonValueChars, out);
          if (button.accessibility_label !== undefined)
            checkLen(button.accessibility_label, `${where} accessibility_label`, L.buttonTextChars, out);
        }
      }
      return;
    case 'divider':
      return;
    default: {
      const unknown: never = block;
      out.push(`${where} has an unknown type ${JSON.stringify(unknown)}`);
    }
  }
}

function checkButton(el: ButtonElement, where: string, out: string[]): void {
  const L = SLACK_LIMITS;
  checkPlain(el.text, `${where} button text`, L.buttonTextChars, out);
  checkLen(el.action_id, `${where} action_id`, L.actionIdChars, out);
  if (el.value !== undefined) checkLen(el.value, `${where} button value`, L.buttonValueChars, out, true);
  if (el.url !== undefined) checkLen(el.url, `${where} button url`, L.buttonUrlChars, out);
}

function checkInput(el: PlainTextInputElement, where: string, out: string[]): void {
  const L = SLACK_LIMITS;
  checkLen(el.action_id, `${where} action_id`, L.actionIdChars, out);
  if (el.placeholder) checkPlain(el.placeholder, `${where} placeholder`, L.placeholderChars, out);
  const cap = el.max_length ?? L.plainTextInputMaxLength;
  if (cap > L.plainTextInputMaxLength) out.push(`${where} max_length ${cap}`);
  if (el.initial_value !== undefined && el.initial_value.length > cap) {
    out.push(`${where} initial_value is ${el.initial_value.length} chars (max_length ${cap})`);
  }
}

function checkText(t: TextObject, where: string, max: number, out: string[]): void {
  if (t.type === 'plain_text') {
    checkPlain(t, where, max, out);
    return;
  }
  checkLen(t.text, where, max, out);
  checkTokens(t.text, where, out);
}

function checkPlain(t: TextObject, where: string, max: number, out: string[]): void {
  if (t.type !== 'plain_text') out.push(`${where} must be plain_text`);
  checkLen(t.text, where, max, out);
}

function checkLen(s: string, where: string, max: number, out: string[], allowEmpty = false): void {
  if (!allowEmpty && !s.length) out.push(`${where} is empty`);
  if (s.length > max) out.push(`${where} is ${s.length} chars (max ${max})`);
}

function checkTokens(text: string, where: string, out: string[]): void {
  for (const [, inner] of text.matchAll(/<([^>]*)>/g)) {
    // A link, or a channel mention (`<#C…>`: names a channel, notifies nobody).
    const ok = /^https?:\/\/[^\s|]+(\|[^<>]+)?$/.test(inner ?? '') || /^#[A-Z0-9]+$/.test(inner ?? '');
    if (!ok) out.push(`${where} has a raw <${inner}> token`);
  }
  if (/<[^>]*$/.test(text)) out.push(`${where} has an unclosed <`);
}
