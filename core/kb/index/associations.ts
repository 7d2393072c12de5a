/**
 * Ticket words that point to a page's title without sharing a word with it: learned from the
 * labelled tickets of twenty MSPs (bench/kb/fit-associations.ts writes associations.json, which
 * says how). "walked off the job … shut off everything" says nothing "Employee offboarding" holds;
 * "resign" and "shut" keep coming with "offboard" in tickets, and that is evidence wherever they
 * appear, including in a KB that has never seen the word. search.ts adds a share of this to the
 * best documents' scores (ASSOCIATION_WEIGHT).
 */
import table from './associations.json' with { type: 'json' };

/** ticket lexeme → title lexeme → strength (shrunk pointwise mutual information, > 0). */
const ASSOCIATIONS: Readonly<Record<string, Readonly<Record<string, number>>>> = table;

/**
 * How strongly the ticket's words point to this title: for each ticket word its strongest
 * association with a word of the title, summed and divided by the number of ticket words, so a
 * long ticket is not favoured for its length. 0 when none of its words has an association.
 */
export function associationScore(ticketWords: readonly string[], titleWords: readonly string[]): number {
  if (ticketWords.length === 0 || titleWords.length === 0) return 0;
  let sum = 0;
  for (const word of ticketWords) {
    const pointsTo = ASSOCIATIONS[word];
    if (!pointsTo) continue;
    let strongest = 0;
    for (const title of titleWords) strongest = Math.max(strongest, pointsTo[title] ?? 0);
    sum += strongest;
  }
  return sum / ticketWords.length;
}
