/**
 * Tickets an MSP's runbooks seldom answer, whatever words they share with one: troubleshooting
 * documentation says how to fix and set up what the MSP supports, not
 * - what to **buy**: a quote, a price or an order goes to whoever sells the hardware ("quote for 3
 *   laptops" shares "laptop" with every endpoint runbook);
 * - **physical damage and consumables**: a cracked screen, a spill, toner, paper jamming in a tray
 *   are a repair or a reorder, not a procedure ("toner for the brother printer" shares "printer");
 * - the **building's own equipment**: a thermostat, the heating, the coffee machine are facilities
 *   work, however IT the ticket sounds ("the thermostat in the server room is stuck").
 *
 * Abstention weighs this (abstention.ts `outsideRunbooks`) with the lexical features: a runbook
 * that does cover it (an MSP that documents its hardware ordering) still matches strongly enough
 * to be answered. Written from what reaches an MSP's helpdesk, and checked against the unanswerable
 * tickets of the fitted sets; left out, because they are usually answered:
 * - being asked to buy gift cards or vouchers (a phishing report), software that says the user
 *   must "buy it" or a licence question (licensing runbooks);
 * - a phone dropped, lost or replaced (MFA re-registration), "jammed" on its own (a scanner or a
 *   stuck job is a device fault as often as a paper jam).
 */

const BUY = new RegExp(
  [
    String.raw`\b(?:get|send|need|want|like) (?:me |us )?a (?:quote|price)\b`,
    String.raw`\bquotes? (?:for|on)\b`,
    String.raw`\bpric(?:es?|ing) (?:for|on)\b`,
    // "how much is left on my onedrive" asks about space, not money
    String.raw`\bhow much (?:would|will|does|do|is|are) (?:it|they|a|an|one|another)\b`,
    String.raw`\bcosts? (?:of|for|to)\b`,
    String.raw`\b(?:buy|purchase|order)(?:ing)? (?:a|an|some|us|me|\d+|new|more|another|extra)\b`,
    // "says I need to buy it" is software asking for a licence
    String.raw`\b(?:want|need|like|looking|ok|okay) to (?:buy|purchase|order)\b(?! it\b)`,
    String.raw`\b(?:can|could) we (?:buy|purchase|order|get a quote)\b`,
  ].join('|'),
);
/** A purchase the ticket is not asking for: a gift-card scam or a licence question. */
const NOT_A_PURCHASE = /gift ?cards?|vouchers?|licen[cs]e/;
const DAMAGE =
  /\b(?:cracked|smashed|shattered|spill(?:ed)?|spilt|water damage|toner|ink cartridges?|paper jams?|(?:keeps|is|are|been) jamming)\b/;
// Not "microwave" or "fridge" (Wi-Fi interference, a vaccine fridge's sensor) nor "parking" (Wi-Fi
// in the car park): tickets name them while reporting an IT fault.
const FACILITIES =
  /\b(?:thermostat|air ?con(?:ditioning)?|heating|hvac|light ?bulbs?|lights? (?:are|is) out|coffee machine|kettle|vending machine|toilets?)\b/;

/** Whether the ticket asks for a purchase, reports damage or consumables, or a facilities fault. */
export function outsideRunbooks(text: string): boolean {
  const t = text.toLowerCase();
  return (BUY.test(t) && !NOT_A_PURCHASE.test(t)) || DAMAGE.test(t) || FACILITIES.test(t);
}
