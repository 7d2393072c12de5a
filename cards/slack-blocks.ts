import { type ActionPayload, CARD_ACTIONS, type CardAction, encodeActionValue } from './actions.ts';
import { escapeMrkdwn, SLACK_LIMITS } from './slack-limits.ts';
import type {
  ActionsBlock,
  ButtonElement,
  ContextBlock,
  DividerBlock,
  HeaderBlock,
  Mrkdwn,
  PlainText,
  SectionBlock,
  SlackMessage,
} from './slack-types.ts';
import { CAPS, oneLine, truncate } from './text.ts';

/*
 * Small Block Kit builders. Each one cuts its text to the limit of the field it fills, so a
 * renderer can hand them user text of any length and still produce a payload Slack accepts.
 */

/** User text as mrkdwn: escaped (pings nobody), then cut so the escaped form fits `max`. */
export function fitMrkdwn(raw: string, max: number): string {
  let budget = max;
  for (;;) {
    const out = escapeMrkdwn(truncate(raw, budget));
    if (out.length <= max || budget <= 1) return out;
    budget = nextBudget(budget, out.length, max);
  }
}

/**
 * The next raw-text budget when escaping made the text `got` long against a limit of `max`:
 * scaled by the escape ratio (`<` becomes four characters), and always strictly smaller.
 */
export function nextBudget(budget: number, got: number, max: number): number {
  return Math.max(1, Math.min(budget - 1, Math.floor((budget * max) / got)));
}

/** A plain_text object (never parsed for mentions or formatting); empty text becomes a dash. */
export function plain(text: string, max: number): PlainText {
  return { type: 'plain_text', text: truncate(oneLine(text), max) || '—', emoji: true };
}

/** A mrkdwn object from text that is already escaped (see {@link fitMrkdwn}). */
export function mrkdwn(text: string, max: number = SLACK_LIMITS.textObjectChars): Mrkdwn {
  return { type: 'mrkdwn', text: clampMrkdwn(text, max) };
}

/** `<url|label>`: the url's control characters are encoded, the label escaped. */
export function slackLink(url: string, label: string): string {
  const safe = url.replace(/[|<> ]/g, (c) => encodeURIComponent(c)).replace(/&/g, '&amp;');
  return `<${safe}|${fitMrkdwn(oneLine(label), 200)}>`;
}

export function header(text: string): HeaderBlock {
  return { type: 'header', text: plain(text, SLACK_LIMITS.headerChars) };
}

export function section(text: string): SectionBlock {
  return { type: 'section', text: mrkdwn(text, SLACK_LIMITS.sectionTextChars) };
}

/** A context line; Slack allows at most 10 elements. Empty strings are dropped. */
export function context(texts: string[]): ContextBlock {
  const elements = texts.filter((t) => t.trim()).slice(0, SLACK_LIMITS.contextElements);
  return { type: 'context', elements: (elements.length ? elements : ['—']).map((t) => mrkdwn(t)) };
}

export function divider(): DividerBlock {
  return { type: 'divider' };
}

/** A button whose `action_id` is the verb and whose `value` is the compact payload. */
export function button(verb: CardAction, payload: ActionPayload, label?: string): ButtonElement {
  const spec = CARD_ACTIONS[verb];
  const el: ButtonElement = {
    type: 'button',
    text: plain(label ?? spec.label, SLACK_LIMITS.buttonTextChars),
    action_id: verb,
    value: encodeActionValue(payload),
  };
  if (spec.tone === 'primary') el.style = 'primary';
  return el;
}

/** An actions block, or nothing when there are no buttons (Slack rejects an empty one). */
export function actions(elements: ButtonElement[]): ActionsBlock[] {
  return elements.length
    ? [{ type: 'actions', elements: elements.slice(0, SLACK_LIMITS.actionsElements) }]
    : [];
}

/**
 * Packs lines (already mrkdwn) into as few sections as fit 3,000 characters each, the title on
 * the first; a long list costs a few blocks, not one per line.
 */
export function packSections(title: string, lines: string[]): SectionBlock[] {
  const max = SLACK_LIMITS.sectionTextChars;
  const out: SectionBlock[] = [];
  let current = title;
  for (const line of lines) {
    const fitted = clampMrkdwn(line, max - 1);
    if (current && current.length + 1 + fitted.length > max) {
      out.push(section(current));
      current = fitted;
    } else current = current ? `${current}\n${fitted}` : fitted;
  }
  if (current) out.push(section(current));
  return out;
}

/** A message with its notification fallback: one escaped line, so a ping cannot ride in on it. */
export function message(fallback: string, blocks: SlackMessage['blocks']): SlackMessage {
  return { text: fitMrkdwn(oneLine(fallback), CAPS.fallbackChars) || 'ResolutionFlow', blocks };
}

/**
 * Last-resort cut for mrkdwn that is already escaped: never leaves half an entity (`&am`) or
 * half a link (`<https://…`) behind, either of which Slack would render as garbage or refuse.
 */
export function clampMrkdwn(text: string, max: number): string {
  if (text.length <= max) return text;
  const cutAt = (n: number) => {
    let cut = text.slice(0, n);
    const open = cut.lastIndexOf('<');
    if (open > cut.lastIndexOf('>')) cut = cut.slice(0, open);
    return cut.replace(/&[a-z#0-9]*$/i, '');
  };
  const oddFences = (s: string) => (s.match(/```/g)?.length ?? 0) % 2 === 1;
  const cut = cutAt(max - 1);
  if (!oddFences(cut)) return `${cut}…`;
  // An unclosed ``` would swallow everything after it as code; close it on the cut.
  const shorter = cutAt(max - 5);
  return oddFences(shorter) ? `${shorter}…\n\`\`\`` : `${shorter}…`;
}
