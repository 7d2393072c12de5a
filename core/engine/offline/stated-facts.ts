import { APPLICATIONS, NOT_CLIENTS } from './vocabulary.ts';

/**
 * What a ticket or a chat message states about the things a helpdesk asks first: when it started,
 * who is affected, what changed, the error text, the device, the client and the application.
 * Pattern-based and conservative, like the rest of the offline engine: each value is a phrase
 * copied from the text, never a paraphrase, because it ends up in a customer-visible note.
 */

export type Slot = 'started' | 'scope' | 'change' | 'error' | 'device' | 'client' | 'application';

/** A slot the narrowing questions ask about but that is never recorded on its own. */
export type AskedSlot = Slot | 'spread';

export type StatedFacts = Partial<Record<Slot, string>>;

/** How a slot reads as a fact, in the order facts are recorded. */
export const SLOT_LABELS = {
  started: 'Started',
  scope: 'Affected',
  change: 'Recent change',
  error: 'Error',
  device: 'Device',
  client: 'Client',
  application: 'Application',
} as const satisfies Record<Slot, string>;

const DAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|march|apr(?:il)?|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const PART = '(?:morning|afternoon|evening|night|lunch(?:time)?)';
const UNIT = '(?:minutes?|mins|hours?|hrs|days?|weeks?|months?)';
const COUNT = '(?:\\d+|a|an|one|two|three|four|five|a few|a couple of|several)';

const TIME = new RegExp(
  [
    `\\b(?:this|yesterday|last|sunday|monday|tuesday|wednesday|thursday|friday|saturday) ${PART}\\b`,
    `\\b(?:earlier|late|later) today\\b`,
    `\\b(?:since|from|on|last|this|over the) ${DAY}(?: ${PART})?\\b`,
    // "by Monday", "until Friday", "next Tuesday" are deadlines and plans, not when it started.
    `(?<!\\b(?:by|until|till|before|next|due) )\\b${DAY}(?: ${PART})?\\b`,
    `\\b(?:yesterday|overnight|tonight)\\b`,
    `\\b(?:over |during )?(?:the|this|last) weekend\\b`,
    `\\b(?:this|last) (?:week|month)\\b`,
    `\\b${COUNT} ${UNIT} ago\\b`,
    `\\b(?:for|over) (?:the )?(?:last|past) (?:${COUNT} )?${UNIT}\\b`,
    `\\bfor (?:about |around |almost |nearly )?${COUNT} ${UNIT}\\b`,
    `\\b\\d{4}-\\d{2}-\\d{2}\\b`,
    `\\b\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?\\b`,
    `\\b${MONTH} \\d{1,2}(?:st|nd|rd|th)?\\b`,
    `\\b\\d{1,2}(?:st|nd|rd|th)? (?:of )?${MONTH}\\b`,
    `\\b(?:at|around|about|since|from) \\d{1,2}(?::\\d{2})? ?(?:am|pm)\\b`,
    `\\b(?:since|from) \\d{1,2}:\\d{2}\\b`,
    '\\btoday\\b',
  ].join('|'),
  'i',
);

const CHANGE_NOUN =
  '(?:change|changes|update|updates|upgrade|migration|move|reset|install|installation|patch|patching|rollout|cutover|swap|replacement|reconfiguration|outage|power cut|power outage|reboot|restart|rebuild|reimage|re-image)';
const CHANGE = [
  // "since the firewall change last night", "after the Windows update", "following our office move"
  new RegExp(
    `\\b(?:since|after|following|because of|with) (?:the |a |an |our |their |his |her |my |yesterday's |last night's |this morning's )?((?:[\\w-]+ ){0,3}${CHANGE_NOUN})\\b`,
    'i',
  ),
  // "got a new laptop", "replaced the router", "we changed the DNS servers"
  /\b((?:new|replaced|swapped|upgraded|reimaged|re-imaged) (?:the |her |his |their |a |an )?(?:laptop|pc|computer|phone|router|firewall|switch|printer|modem|access point|monitor|dock))\b/i,
  /\b(password (?:was |got )?(?:changed|reset|expired|change|reset))\b/i,
  /\b(changed (?:her|his|their|my|the) password)\b/i,
  /\b(?:we|they|someone|it|msp|the isp) (changed|updated|upgraded|installed|replaced|moved|migrated|reconfigured|patched) ((?:the |a |an |our |their )?(?:[\w-]+ ){0,2}[\w-]+)/i,
];

const SCOPE_ONE = [
  /\b(?:nobody|no one|no-one) else\b/i,
  /\b(?:only|just) (?:one|a single|this|that|the one) (?:user|person|pc|computer|machine|laptop|device|mailbox)\b/i,
  /\b(?:a )?single (?:user|person|mailbox)\b/i,
  /\bone (?:user|person)\b/i,
  /\b(?:only|just) (?:me|him|her|them|this user|that user)\b/i,
];
const SCOPE_MANY = [
  /\b(?:everyone|everybody|all (?:the )?(?:users|staff|employees|people|colleagues|of (?:us|them)|computers|pcs|machines|devices|workstations|laptops)|(?:the )?(?:whole|entire) (?:[a-z]+ )?(?:office|team|floor|site|building|company|department|branch|practice)|(?:company|site|office|building)[- ]wide|(?:multiple|several|many|most|some|a few|\d+|two|three|four|five|six|ten) (?:users|people|staff|employees|colleagues|machines|pcs|computers|laptops)|other users(?: too| as well)?|(?:for|to) (?:anyone|anybody)|nobody|no one|no-one)\b/i,
];
/** "everyone at Fabrikam", "everyone on the 2nd floor": where the scope is, when the text says. */
const SCOPE_PLACE =
  /^\s+(?:at|in|on|from)\s+((?:the\s+)?(?:\d+(?:st|nd|rd|th)|ground|first|second|third|top)\s+floor|(?:the\s+)?[\w&'-]+(?:\s+(?:office|team|department|site|branch|floor))?)/i;
/** A person named after "only"/"just" ("only Sam in accounting"); case matters, so no /i. */
const SCOPE_NAMED = /\b(?:[Oo]nly|[Jj]ust) ([A-Z][a-z]{2,})\b/;

const DEVICE_MOD =
  '(?:shared|network|new|old|label|reception|front[- ]desk|office|main|colou?r|multifunction|wireless|receipt|boardroom|meeting room|file|print|mail|domain|terminal|accounts|finance|the|a|an|her|his|their|my|our)';
const DEVICE_NOUN =
  '(?:printer|copier|scanner|plotter|laptop|notebook|desktop|pc|computer|workstation|thin client|iphone|android phone|phone|smartphone|tablet|ipad|macbook|imac|server|nas|docking station|dock|headset|webcam)';
const DEVICE = new RegExp(
  `\\b((?:${DEVICE_MOD}\\s+){0,2}${DEVICE_NOUN}s?)\\b(?!\\s+${CHANGE_NOUN}\\b)(\\s+(?:on|in|at)\\s+(?:the\\s+)?(?:\\d+(?:st|nd|rd|th)|ground|first|second|third|top)\\s+floor)?`,
  'i',
);
/** Calls and messages are not devices: "spoke to her on the phone". */
const NOT_DEVICE = /\b(?:on|by|over) the phone\b|\bphone call\b|\bphoned\b|\bmac address\b/gi;
/** Hostnames as MSPs name them: upper case, a hyphen and a digit ("FAB-PRN-02", "RECEP-PC01"). */
const HOSTNAME = /\b(?=[A-Z0-9-]*\d)[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+\b/;

const ERRORS = [
  /["“”]([^"“”\n]{2,160})["“”]/,
  /‘([^’\n]{2,160})’/,
  /\b0x[0-9a-f]{6,8}\b/i,
  /\bAADSTS\d{5,6}\b/i,
  /\b(?:error|code|err|event id|event)[\s:#]*(?:code\s*)?([a-z]?\d[\w.-]*)\b/i,
  /\bstop code:? [A-Z_]{6,}\b/i,
  /\b[45]\.\d\.\d{1,3}\b/,
  /\b(?:http )?[45]\d\d (?:error|forbidden|not found|unauthori[sz]ed|bad request|bad gateway|service unavailable)\b/i,
];

const NAME = '[A-Z][A-Za-z0-9&.-]*[a-z0-9][A-Za-z0-9&.-]*';
const COMPANY_SUFFIX =
  '(?:Ltd|Limited|Inc|LLC|LLP|GmbH|Corp|Corporation|Group|Partners|Bank|Legal|Dental|Clinic|Surgery|School|Academy|Trust)';
/**
 * "everyone at Fabrikam", "client Northwind", "Fabrikam's office", "for Contoso Ltd". Not "for
 * Sarah" or "from Sarah" (people), nor "at Sarah's desk".
 */
const CLIENT_PATTERNS = [
  new RegExp(`\\bat\\s+(${NAME}(?:\\s+(?:[A-Z][A-Za-z0-9&.-]+|&))*)\\b(?!['’]s)`),
  new RegExp(`\\b(?:client|customer)[:\\s]+(${NAME}(?:\\s+[A-Z][A-Za-z0-9&.-]+)*)`),
  new RegExp(`\\bfor\\s+(${NAME}(?:\\s+${NAME})*\\s+${COMPANY_SUFFIX})\\b`),
  new RegExp(`\\b(${NAME})(?:'s|’s)\\s+(?:office|site|users|staff|network|tenant|building)\\b`),
];

const clean = (value: string) =>
  value
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/[\s,;:.!?]+$/, '');

/** A phrase copied from the start of a sentence loses its capital ("Shared printer"); "PC" keeps it. */
const midSentence = (value: string, atStart: boolean) =>
  atStart ? value.replace(/^[A-Z][a-z]+\b/, (word) => word.toLowerCase()) : value;

function firstMatch(patterns: RegExp[], text: string): RegExpExecArray | null {
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match) return match;
  }
  return null;
}

function readStarted(text: string): string | undefined {
  const time = TIME.exec(text);
  if (time) return clean(time[0].replace(/^(?:since|from|on|at|around|about)\s+/i, ''));
  return undefined;
}

/** With no clock time, "after the update" still says when: right after that change. */
function startedByChange(text: string): string | undefined {
  const match = CHANGE[0]?.exec(text);
  return match && /^(?:since|after|following)\b/i.test(match[0]) ? clean(match[0]) : undefined;
}

function readChange(text: string): string | undefined {
  const match = firstMatch(CHANGE, text);
  if (!match) return undefined;
  const phrase = match.slice(1).filter(Boolean).join(' ') || match[0];
  return clean(phrase.replace(/^(?:the|a|an)\s+/i, ''));
}

function readScope(text: string): string | undefined {
  const one = firstMatch(SCOPE_ONE, text);
  const named = one ? null : SCOPE_NAMED.exec(text);
  const namedOk = named?.[1] && !NOT_CLIENTS.has(named[1].toLowerCase()) ? named : null;
  const match = one ?? namedOk ?? firstMatch(SCOPE_MANY, text);
  if (!match || match.index === undefined) return undefined;
  const rest = text.slice(match.index + match[0].length);
  const place = SCOPE_PLACE.exec(rest);
  let where = place?.[1] && !/^(?:the\s+)?(?:same|moment|time|end|start)$/i.test(place[1]) ? place[0] : '';
  // A place named in several capitalised words: "everyone at Tailspin Toys".
  if (where) where += /^(?:\s+[A-Z][\w&'-]*)*/.exec(rest.slice(where.length))?.[0] ?? '';
  // "Nobody can print", "won't open for anyone": everyone is affected, and the note says so.
  const who = /^(?:(?:for|to) )?(?:nobody|no one|no-one|anyone|anybody)$/i.test(match[0])
    ? 'everyone'
    : match[0];
  return midSentence(clean(`${who}${where}`), match.index === 0 && who === match[0]);
}

function readDevice(text: string): string | undefined {
  const found: string[] = [];
  const match = DEVICE.exec(text.replace(NOT_DEVICE, ' '));
  if (match) {
    const phrase = clean(`${match[1]}${match[2] ?? ''}`).replace(
      /^(?:(?:the|a|an|her|his|their|my|our)\s+)+/i,
      '',
    );
    found.push(midSentence(phrase, match.index === 0));
  }
  const host = HOSTNAME.exec(text);
  if (host && !/^(?:AADSTS|HTTP|TLS|SSL|IPV?4|IPV?6|COVID)/.test(host[0])) found.push(host[0]);
  return found.length ? found.join(', ') : undefined;
}

function readError(text: string): string | undefined {
  const found: string[] = [];
  for (const pattern of ERRORS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const value = pattern.source.startsWith('["') ? `"${clean(match[1] ?? '')}"` : clean(match[0]);
    const key = value.toLowerCase();
    if (!found.some((f) => f.toLowerCase().includes(key) || key.includes(f.toLowerCase()))) found.push(value);
  }
  return found.length ? found.slice(0, 3).join('; ') : undefined;
}

function readClient(text: string): string | undefined {
  for (const pattern of CLIENT_PATTERNS) {
    const match = pattern.exec(text);
    const name = match?.[1]?.replace(/(?:'s|’s)$/, '');
    if (!name) continue;
    // Trailing capitalised words that are not part of a name ("at Fabrikam Since…" is rare, "at Contoso Ltd" is not).
    const words = name.split(/\s+/).filter((w) => !NOT_CLIENTS.has(w.toLowerCase()));
    if (words.length === 0 || NOT_CLIENTS.has(name.split(/\s+/)[0]?.toLowerCase() ?? '')) continue;
    return clean(words.join(' '));
  }
  return undefined;
}

function readApplication(text: string): string | undefined {
  const found = APPLICATIONS.filter(([pattern]) => pattern.test(text)).map(([, name]) => name);
  return found.length ? found.slice(0, 3).join(', ') : undefined;
}

/** The slots a text states, each with the phrase that states it. */
export function readStatedFacts(text: string): StatedFacts {
  const facts: StatedFacts = {};
  const set = (slot: Slot, value: string | undefined) => {
    if (value && value.length >= 2) facts[slot] = value.length > 160 ? `${value.slice(0, 159)}…` : value;
  };
  set('started', readStarted(text) ?? startedByChange(text));
  set('scope', readScope(text));
  set('change', readChange(text));
  set('error', readError(text));
  set('device', readDevice(text));
  set('client', readClient(text));
  set('application', readApplication(text));
  return facts;
}

/** The facts to record, as "Label: phrase" in a fixed order. */
export function statedFactLines(facts: StatedFacts): string[] {
  return (Object.keys(SLOT_LABELS) as Slot[]).flatMap((slot) => {
    const value = facts[slot];
    return value ? [`${SLOT_LABELS[slot]}: ${value}`] : [];
  });
}

/** More than one person or machine: asking whether it follows the user or the device is moot. */
export function scopeIsWide(scope: string | undefined): boolean {
  return scope !== undefined && firstMatch(SCOPE_MANY, scope) !== null && !firstMatch(SCOPE_ONE, scope);
}

const SPREAD =
  /\b(?:another|other|different|second) (?:pc|computer|laptop|device|machine|network|user|workstation|phone|browser|profile)s?\b/i;

/** Everything the texts state, plus whether they say if it happens elsewhere too. */
export function knownSlots(texts: string[]): Set<AskedSlot> {
  const known = new Set<AskedSlot>();
  for (const text of texts) {
    const stated = readStatedFacts(text);
    for (const slot of Object.keys(stated) as Slot[]) known.add(slot);
    if (scopeIsWide(stated.scope) || SPREAD.test(text)) known.add('spread');
  }
  return known;
}
