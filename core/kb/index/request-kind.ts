/**
 * Tickets that are not a fault to troubleshoot. An MSP's queue holds purchase and quote requests
 * ("can we get a quote for 3 laptops", "printer's low on toner, can you order one") and test
 * tickets beside its problems; a troubleshooting runbook that shares their words ("laptop",
 * "toner") is a tangent, not an answer. The search declines them unless the best document is
 * itself about ordering (an MSP may keep a "how to request hardware" page), and a model reranker,
 * when configured, still sees the candidates.
 *
 * Phrasings, not single words: "order" and "price" alone appear in faults too ("work order photos
 * won't upload", "the booking site shows the wrong price"), and a gift-card request is phishing.
 */
export type RequestKind = 'purchase' | 'test';

const PURCHASE: readonly RegExp[] = [
  // "need a quote", "can we get pricing on", "send me a price for"; not "price list".
  /\b(?:need|want|get|send|give|do|like|have)\b[^.?!\n]{0,20}\b(?:quote|quotation|pricing|price|estimate|costing)s?\b(?! ?list)/,
  /\bquote (?:us|me|for)\b/,
  /\bhow much (?:would|will|does|do|is|are|to)\b[^.?!\n]{0,60}\bcost\b/,
  /\b(?:can|could|would) (?:you|u|we|i)(?: please| pls)? (?:order|buy|purchase)\b/,
  /\b(?:what|which)\b[^.?!\n]{0,30}\b(?:do|should) (?:we|i) (?:order|buy|purchase)\b/,
];

/** Purchase words that belong to a scam or a fault, not to a request to buy something. */
const NOT_PURCHASE = /\bgift ?cards?\b/;

/** "test ticket please ignore": both words, and short (a "test email bounces" is a fault). */
const TEST = /\btest(?:ing)?\b/;
const IGNORE = /\bignore\b/;

export function requestKind(text: string): RequestKind | null {
  const lower = text.toLowerCase();
  if (TEST.test(lower) && IGNORE.test(lower) && lower.split(/\s+/).length <= 10) return 'test';
  if (NOT_PURCHASE.test(lower)) return null;
  return PURCHASE.some((pattern) => pattern.test(lower)) ? 'purchase' : null;
}

/** A document about ordering answers a purchase request; nothing answers a test ticket. */
export function documentServes(kind: RequestKind, title: string): boolean {
  if (kind === 'test') return false;
  return /\b(?:order(?:ing|s)?|quotes?|quotations?|procure(?:ment)?|purchas(?:e|es|ing)|buying|pricing)\b/i.test(
    title,
  );
}
