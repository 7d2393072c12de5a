/**
 * Tickets that are not an IT fault to troubleshoot. An MSP's queue holds purchase and quote
 * requests ("can we get a quote for 3 laptops", "low on toner, can you order one"), building and
 * kitchen problems ("the dishwasher is leaking again", "heat pump blowing cold") and test tickets
 * beside its problems; a runbook that shares their words ("laptop", "toner", "leaking") is a
 * tangent, not an answer. The search declines them unless the best document is itself about the
 * request (an MSP may keep a "how to order hardware" page, or run the office's door fobs), and a
 * model reranker, when configured, still sees the candidates.
 *
 * Phrasings, not single words: "order" and "price" alone appear in faults too ("work order photos
 * won't upload", "the booking site shows the wrong price"), a gift-card request is phishing, and a
 * ticket that also names a computer, a network or an app is an IT ticket whatever else it says.
 */
export type RequestKind = 'purchase' | 'facilities' | 'test';

export interface NotAFault {
  kind: RequestKind;
  /** Words in a page's title that show the page is about this request after all. */
  topic: RegExp | null;
}

const ORDERING =
  /\b(?:order(?:ing|s)?|quotes?|quotations?|procure(?:ment)?|purchas(?:e|es|ing)|buying|pricing)\b/i;

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

/** Building, kitchen and comfort problems, each with the title words of a page that handles it. */
const FACILITIES: ReadonlyArray<{ pattern: RegExp; topic: RegExp }> = [
  {
    pattern:
      /\b(?:coffee (?:machine|maker)|espresso machine|dishwasher|microwave|kettle|fridge|refrigerator|vending machine|ice machine|water cooler|boot dryer)s?\b/,
    topic:
      /\b(?:coffee|espresso|dishwasher|microwave|kettle|fridge|refrigerator|vending|kitchen|appliances?)\b/i,
  },
  {
    pattern:
      /\b(?:heat pump|thermostat|air ?con(?:ditioning|ditioner)?|hvac|heating|boiler|radiator)s?\b|\bthe heat\b|\bheat (?:in|is|isn'?t|not|has|won'?t)\b/,
    topic: /\b(?:heat\w*|hvac|thermostat|air ?con\w*|climate|temperature|cooling|boiler)\b/i,
  },
  {
    pattern: /\b(?:toilet|plumb\w*|tripped the breaker|breaker tripped|trips the breaker|keeps tripping)\b/,
    topic: /\b(?:toilet|plumb\w*|electric\w*|breaker|power)\b/i,
  },
  {
    pattern:
      /\b(?:fob|swipe tag|swipe card|key ?card|door entry|door access|access control|buzzer|intercom)s?\b|\b(?:door|gate)\b[^.?!\n]{0,30}\b(?:tag|badge|card|reader|keypad)\b/,
    topic: /\b(?:doors?|fobs?|access|entry|badges?|swipe|gates?|intercom|buzzer|keypad|cards?)\b/i,
  },
];

/** A ticket that names any of these is about IT, whatever building or kitchen words it also holds. */
const IT_WORDS =
  /\b(?:pcs?|computers?|laptops?|desktops?|wi-?fi|wireless|internet|network|e-?mails?|outlook|printers?|print\w*|copiers?|scanners?|phones?|screens?|monitors?|apps?|software|servers?|log ?in|sign ?in|passwords?|accounts?|teams|zoom|router|modem|switch|firewall|vpn|cameras?|cctv|recorder|nvr|tablets?|ipads?|kiosks?|pos|till|eftpos|alerts?|system|rack)\b/;

/** "test ticket please ignore": both words, and short (a "test email bounces" is a fault). */
const TEST = /\btest(?:ing)?\b/;
const IGNORE = /\bignore\b/;

export function readRequest(text: string): NotAFault | null {
  const lower = text.toLowerCase();
  if (TEST.test(lower) && IGNORE.test(lower) && lower.split(/\s+/).length <= 10) {
    return { kind: 'test', topic: null };
  }
  if (!NOT_PURCHASE.test(lower) && PURCHASE.some((pattern) => pattern.test(lower))) {
    return { kind: 'purchase', topic: ORDERING };
  }
  if (IT_WORDS.test(lower)) return null;
  const facility = FACILITIES.find((f) => f.pattern.test(lower));
  return facility ? { kind: 'facilities', topic: facility.topic } : null;
}

export function requestKind(text: string): RequestKind | null {
  return readRequest(text)?.kind ?? null;
}

/** The page is about the request after all: "Ordering hardware", "Door fobs at the main office". */
export function documentServes(request: NotAFault, title: string): boolean {
  return request.topic?.test(title) ?? false;
}
