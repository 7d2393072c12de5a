// The package root's typings pull in adaptivecards' .ts sources (which fail our compiler options);
// the engine module alone has clean typings and is the same code.
import { Template } from 'adaptivecards-templating/lib/template-engine.js';

/**
 * Teams' limits for a bot card. Teams counts a bot message in UTF-16 (documented caps: 40 KB on
 * older pages, ~100 KB with 80 KB recommended on newer ones, envelope included); we hold every
 * card to 28 KB measured the same way, which clears all of them with room for the envelope.
 */
export const TEAMS_LIMITS = {
  cardBytes: 28_000,
} as const;

/**
 * What template data may hold. No `null`: adaptivecards-templating throws on `${x}` when x is
 * null, so renderers turn "absent" into '' or false and let `$when` hide the element.
 */
export type Bindable =
  | string
  | number
  | boolean
  | readonly Bindable[]
  | { readonly [key: string]: Bindable | undefined };

/** An Adaptive Card as sent in a Teams attachment (`application/vnd.microsoft.card.adaptive`). */
export interface AdaptiveCardJson {
  type: 'AdaptiveCard';
  version: string;
  body: unknown[];
  actions?: unknown[];
  [key: string]: unknown;
}

/**
 * Expands a `.json` template with `${}` bindings. User text is data, never template: a fact that
 * contains `${…}` is printed as typed, not evaluated.
 */
export function expandTemplate(
  template: object,
  data: { readonly [key: string]: Bindable },
): AdaptiveCardJson {
  const card: AdaptiveCardJson = new Template(template).expand({ $root: data });
  return card;
}

/** Size of the card JSON in UTF-16 bytes, the measure Teams applies and {@link TEAMS_LIMITS} uses. */
export function cardBytes(card: unknown): number {
  return JSON.stringify(card).length * 2;
}

const SCALES = [1, 0.5, 0.25, 0.1] as const;

/**
 * Builds the card at full size and, while it is over budget, again with text and list caps
 * scaled down. Per-item character caps cannot promise a whole-card byte budget (many long items,
 * emoji at two UTF-16 units each); this can.
 */
export function fitCard(build: (scale: number) => AdaptiveCardJson): AdaptiveCardJson {
  let card = build(SCALES[0]);
  for (const scale of SCALES.slice(1)) {
    if (cardBytes(card) <= TEAMS_LIMITS.cardBytes) return card;
    card = build(scale);
  }
  return card;
}

/** A cap scaled for {@link fitCard}, never below `min`. */
export function scaled(cap: number, scale: number, min = 1): number {
  return Math.max(min, Math.floor(cap * scale));
}

/** A markdown link for a TextBlock; brackets in the label and parentheses in the url are encoded. */
export function mdLink(url: string, label: string): string {
  const safeLabel = label.replace(/[[\]]/g, (c) => `\\${c}`);
  const safeUrl = url.replace(/[()\s]/g, (c) => encodeURIComponent(c));
  return `[${safeLabel}](${safeUrl})`;
}
