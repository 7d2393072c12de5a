/**
 * Tickets that are not an IT fault the knowledge base troubleshoots. An MSP's queue holds, beside
 * its problems, purchase and quote requests ("can we get a quote for 3 laptops"), building and
 * kitchen problems ("the dishwasher is leaking again"), office-admin and HR questions ("how do I
 * apply for annual leave"), help with someone's own or their family's things ("my personal iphone
 * says icloud is full"), auto-replies and "all sorted now, close this", test tickets, and IT work
 * that is a change or a how-to rather than a fault: the company website and its domain, email
 * signatures for everyone, phone-system changes (porting, call queues, hold music), spreadsheet
 * how-tos (VLOOKUP, mail merge), new lists, groups and sites, moving equipment, questions about the
 * MSP's own invoice, and planning (end of support, reviews). A runbook that shares their words ("laptop", "phone", "excel") is
 * a tangent, not an answer. The search declines them unless the best document is itself about the
 * request (an MSP may keep a "how to order hardware" page or an email-signature runbook), and a
 * model reranker, when configured, still sees the candidates.
 *
 * Written from general knowledge of MSP queues and the unanswerable tickets of the labelled sets
 * A–AH (bench/kb/sets.ts says which set was held out from these rules). Phrasings, not single
 * words: "order" and "price" alone appear in faults too ("work order photos won't upload"), a
 * gift-card request is phishing, "my personal ipad says you can't get there from here" is a work
 * sign-in problem, and a building, admin or family ticket that also names a computer, a network
 * or an app is an IT ticket whatever else it says.
 */

/** Each kind, with how a person would name it ("This reads as …"). */
export const REQUEST_KIND_READS = {
  purchase: 'a purchase or quote request',
  facilities: 'a building or facilities problem',
  admin: 'an office-admin or HR question',
  personal: "someone's personal device or account",
  noise: 'an automatic reply, a notice or a "sorted now" message',
  test: 'a test ticket',
  website: "the company's own website or domain",
  signature: 'an email-signature change',
  telephony: 'a phone-system change',
  'how-to': 'a how-to question',
  repair: 'physical damage for repair',
  'security-system': "the building's cameras or alarm system",
  project: 'a report, audit or project request',
  change: 'a change request (a new group, site or list, or moving equipment)',
  billing: 'a question about our invoice',
} as const;

export type RequestKind = keyof typeof REQUEST_KIND_READS;
export const REQUEST_KINDS = Object.keys(REQUEST_KIND_READS) as [RequestKind, ...RequestKind[]];

export interface NotAFault {
  kind: RequestKind;
  /** Words in a page's title that show the page is about this request after all. */
  topic: RegExp | null;
}

const ORDERING =
  /\b(?:order(?:ing|s)?|quotes?|quotations?|procure(?:ment)?|purchas(?:e|es|ing)|buying|pricing|recommend\w*)\b/i;

const PURCHASE: readonly RegExp[] = [
  // "need a quote", "can we get pricing on", "send me a price for"; not "price list".
  /\b(?:need|want|get|send|give|do|like|have)\b[^.?!\n]{0,20}\b(?:quote|quotation|pricing|price|estimate|costing)s?\b(?! ?list)/,
  /\bquote (?:us|me|for)\b/,
  /\bhow much (?:would|will|does|do|is|are|to)\b[^.?!\n]{0,60}\bcost\b/,
  /\b(?:can|could|would) (?:you|u|we|i)(?: please| pls)? (?:order|buy|purchase)\b/,
  /\b(?:what|which)\b[^.?!\n]{0,30}\b(?:do|should) (?:we|i) (?:order|buy|purchase)\b/,
  // Advice on what to buy: "what laptop would you recommend", "can anyone recommend a sat nav".
  /\b(?:can|could) (?:anyone|any ?one|you|u|ye) recommend\b/,
  /\b(?:what|which)\b[^.?!\n]{0,40}\b(?:would|do|should|can) (?:you|u|ye|anyone|you guys) recommend\b/,
];

/** Purchase words that belong to a scam or a fault, not to a request to buy something. */
const NOT_PURCHASE = /\bgift ?cards?\b/;

/**
 * Requests that are not IT whatever the building, kitchen, office-admin or family words, each with
 * the title words of a page that handles it. Vetoed by any IT word (IT_WORDS).
 */
const NOT_IT: ReadonlyArray<{ kind: RequestKind; pattern: RegExp; topic: RegExp }> = [
  {
    kind: 'facilities',
    pattern:
      /\b(?:coffee (?:machine|maker)|espresso machine|dishwasher|microwave|kettle|fridge|refrigerator|vending machine|ice machine|water cooler|boot dryer)s?\b/,
    topic:
      /\b(?:coffee|espresso|dishwasher|microwave|kettle|fridge|refrigerator|vending|kitchen|appliances?)\b/i,
  },
  {
    kind: 'facilities',
    pattern:
      /\b(?:heat pump|thermostat|air ?con(?:ditioning|ditioner)?|hvac|heating|boiler|radiator)s?\b|\bthe heat\b|\bheat (?:in|is|isn'?t|not|has|won'?t)\b/,
    topic: /\b(?:heat\w*|hvac|thermostat|air ?con\w*|climate|temperature|cooling|boiler)\b/i,
  },
  {
    kind: 'facilities',
    pattern: /\b(?:toilet|plumb\w*|tripped the breaker|breaker tripped|trips the breaker|keeps tripping)\b/,
    topic: /\b(?:toilet|plumb\w*|electric\w*|breaker|power)\b/i,
  },
  {
    kind: 'facilities',
    pattern:
      /\b(?:fob|swipe tag|swipe card|key ?card|door entry|door access|access control|buzzer|intercom)s?\b|\b(?:door|gate)\b[^.?!\n]{0,30}\b(?:tag|badge|card|reader|keypad)\b/,
    topic: /\b(?:doors?|fobs?|access|entry|badges?|swipe|gates?|intercom|buzzer|keypad|cards?)\b/i,
  },
  {
    kind: 'admin',
    pattern:
      /\b(?:annual leave|apply for (?:annual )?leave|leave (?:request|balance)s?|holiday requests?|mileage|reimburs\w*|expense claims?|payslips?|pay slips?|parking (?:space|pass|spot|permit|bay)s?|car ?park|christmas (?:party|do)|xmas (?:party|do)|caterers?|catering|sat ?navs?|fuel cards?|wof|mot)\b|\bwho (?:do|should|can) i (?:talk|speak|ask|go) to\b|\bwho (?:books|organi[sz]es|is organi[sz]ing|is in charge of)\b|\bwhat time do we (?:close|open|finish|shut)\b/,
    topic: /\b(?:hr|leave|holidays?|expenses?|payroll|parking|facilities|office admin\w*|policy|policies)\b/i,
  },
  {
    // Someone's family's things, or their own phone's photos, iCloud, Gmail or iOS: not the
    // company's to fix. Not "my partner": at a law or accounting firm that is a colleague. "My personal iPad says you can't get there from here" names no such
    // thing and stays a work sign-in problem.
    kind: 'personal',
    pattern:
      /\bmy (?:kids?|sons?|daughters?|wife|husband|mum|mom|dad|child|children)(?:'?s)?\b|\b(?:my own|my personal|personal)\b[^.?!\n]{0,60}\b(?:icloud|apple id|itunes|photos|pics|text messages?|gmail|hotmail|yahoo|ios|broadband|netflix|xbox|playstation|instagram|facebook|trade (?:it )?in)\b/,
    topic: /\b(?:personal|byod|own devices?|home|family)\b/i,
  },
];

/** A ticket that names any of these is about IT, whatever building or admin words it also holds. */
const IT_WORDS =
  /\b(?:pcs?|computers?|laptops?|desktops?|wi-?fi|wireless|internet|network|e-?mails?|outlook|printers?|print\w*|copiers?|scanners?|phones?|screens?|monitors?|apps?|software|servers?|log ?in|sign ?in|passwords?|accounts?|teams|zoom|router|modem|switch|firewall|vpn|cameras?|cctv|recorder|nvr|tablets?|ipads?|kiosks?|pos|till|eftpos|alerts?|system|rack|approve|mfa|authenticator|spreadsheets?|excel|files?|drives?|xero|sage|myob|quickbooks)\b/;
/**
 * Someone's own or family's device is theirs ("my kid's laptop has a virus") unless the ticket
 * names work, or a work sign-in or service on it ("using my wife's phone, cant approve sign ins").
 */
const WORK =
  /\b(?:work|company|office|staff|clinic|school email|mail app|approve|mfa|authenticator|sign(?:ing)? ?ins?|log ?(?:in|on)|e-?mails?|outlook|teams|vpn|servers?|drives?|files?|accounts?|passwords?)\b/;
/** "sorry I know it's not work stuff": said outright, the IT words do not make it work. */
const NOT_WORK = /\bnot (?:a )?work\b|\bnothing to do with work\b/;

/**
 * The security installer's system or a phone-system change, unless the ticket is about the firewall
 * for it ("the CCTV installer wants port 8000 opened", "which port numbers does 3CX need open").
 */
const FIREWALL_CHANGE = /\b(?:firewall|router|forward\w*|opened|open up|tcp|udp)\b/;

/**
 * Requests that are IT work but not a fault: each is answered only by a page about it. `unless`:
 * words that make the same phrasing a firewall change, which the firewall runbook answers.
 */
const CHANGE: ReadonlyArray<{ kind: RequestKind; pattern: RegExp; topic: RegExp; unless?: RegExp }> = [
  {
    // The company's own public website, shop or domain; not "websites won't load here".
    kind: 'website',
    pattern:
      /\b(?:our|the company'?s?|company|the club'?s?) (?:web ?site|online (?:shop|store)|web ?shop)\b(?! we use)[^.?!\n]{0,60}\b(?:down|errors?|expired?|expir\w*|certificate|cert|not secure|not private|hosting|host|plugins?|critical|can'?t be reached|news page|checkout|moving|move)\b|\b(?:wordpress|shopify|squarespace|wix|godaddy|registrar)\b|\bdomain (?:name|renewal|expir\w*|has expired|is expiring)\b/,
    topic:
      /\b(?:our website|company website|web ?hosting|hosting|domains?|dns|registrar|wordpress|web ?forms?|ssl certificates?|online (?:shop|store))\b/i,
  },
  {
    kind: 'signature',
    pattern: /\b(?:e-?mail|outlook) signatures?\b|\bsignatures?\b[^.?!\n]{0,40}\b(?:logo|badge|banner)\b/,
    topic: /\bsignatures?\b/i,
  },
  {
    // Phone-system changes: porting numbers, Teams Phone, call queues, hold music.
    kind: 'telephony',
    pattern:
      /\bport(?:ed|ing)?\b[^.?!\n]{0,40}\b(?:numbers?|landlines?)\b|\b(?:numbers?|landlines?)\b[^.?!\n]{0,40}\bport(?:ed|ing)?\b|\bporting\b|\bteams phone\b|\bcalling plans?\b|\bphone numbers? (?:in|on|for) teams\b|\bnumbers? (?:over )?(?:to|into|onto) teams\b|\b(?:call|hunt|ring) (?:queue|group)s?\b|\bhold music\b|\bmusic\b[^.?!\n]{0,40}\bon hold\b/,
    topic:
      /\b(?:call (?:queue|group)s?|hunt groups?|ring groups?|hold music|music on hold|porting|port(?:ing)? numbers?|teams phone|calling plans?|phone numbers?|auto ?attendants?)\b/i,
    unless: FIREWALL_CHANGE,
  },
  {
    kind: 'how-to',
    pattern: /\b(?:mail ?merge|vlookup|xlookup|hlookup|pivot tables?|conditional formatting)\b|#n\/a\b/,
    topic: /\b(?:mail ?merge|vlookup|xlookup|lookups?|pivot|formulas?|conditional formatting|training)\b/i,
  },
  {
    // Recalling a sent email, where meeting recordings go, a new background: how-tos, not faults.
    // "My background is back to the default blue one" is a temporary profile and stays a fault.
    kind: 'how-to',
    pattern:
      /\brecall (?:an?|the|my|that)? ?(?:e-?mail|message)\b|\b(?:meeting )?recordings? (?:go|goes|save|saved|get saved|stored|kept)\b|\brecording\b[^.?!\n]{0,60}\bwhere (?:does|do|did|is)\b|\b(?:change|set|put|push|make|blur)\b[^.?!\n]{0,40}\b(?:background|wallpaper)\b/,
    topic: /\b(?:recall\w*|recordings?|backgrounds?|wallpapers?|branding)\b/i,
  },
  {
    // A cracked screen, a swollen battery, a spilt drink: a repair or a replacement.
    kind: 'repair',
    pattern:
      /\b(?:screen|display|glass)\b[^.?!\n]{0,30}\b(?:cracked|smashed|shattered)\b|\b(?:cracked|smashed|shattered) (?:screen|display|glass)\b|\b(?:swollen|bulging) battery\b|\bbattery (?:is )?(?:swollen|bulging)\b|\b(?:coffee|water|tea|drink) (?:spill\w*|damage\w*)\b|\bspil(?:t|led)\b[^.?!\n]{0,40}\b(?:keyboard|laptop)\b/,
    topic:
      /\b(?:repairs?|damage\w*|broken|cracked|warranty|replacements?|rma|hardware (?:faults?|failures?))\b/i,
  },
  {
    // Cameras on a recorder and alarm panels: the security installer's system, not the KB's;
    // opening a port for the installer is a firewall change and stays with the firewall runbook.
    kind: 'security-system',
    pattern:
      /\b(?:cctv|nvr|dvr|security cameras?|alarm (?:system|panel|company|keeps|is going|went off|going off))\b|\bcameras?\b[^.?!\n]{0,60}\b(?:recorder|nvr|dvr)\b/,
    topic: /\b(?:cctv|nvr|dvr|surveillance|security cameras?|alarms?|security systems?|buildings?)\b/i,
    // "port 8000" for the installer: a port alone is enough here (for phones it is "port our number").
    unless: /\b(?:firewall|router|forward\w*|opened|open up|tcp|udp|ports?)\b/,
  },
  {
    // Reports, audits, questionnaires and security-awareness programmes: projects, not faults.
    kind: 'project',
    pattern:
      /\bphishing (?:simulations?|tests?|campaigns?)\b|\bsecurity awareness\b|\bquestionnaires?\b|\b(?:board|governors|examiners?|auditors?|insurers?|directors)\b[^.?!\n]{0,20}\b(?:wants?|asking|asked|needs?|would like)\b[^.?!\n]{0,20}\b(?:a )?(?:report|list|plan)\b/,
    topic:
      /\b(?:security awareness|training|simulations?|questionnaires?|compliance|audits?|reports?|reporting|insurance)\b/i,
  },
  {
    // Planning and account management: end of support, reviews, roadmaps.
    kind: 'project',
    pattern:
      /\bend of (?:support|life)\b|\beol\b|\bquarterly (?:business )?review\b|\bqbr\b|\b(?:account|technology) review\b|\b(?:it|technology) roadmap\b/,
    topic: /\b(?:end of (?:support|life)|lifecycle|upgrades?|windows 11|roadmap|reviews?|planning)\b/i,
  },
  {
    // A new distribution list, email group, SharePoint site or team: a change, not a fault. A
    // page about creating them (most knowledge bases have one for groups or sites) answers it.
    kind: 'change',
    pattern:
      /\b(?:new|create|set up|setup|make|add)\b[^.?!\n]{0,20}\b(?:distribution (?:list|group)|email group|group email|mailing list|teams? (?:team|channel)|sharepoint (?:site|page)|shared calendar)s?\b/,
    topic:
      /\b(?:distribution (?:lists?|groups?)|groups?|mailing lists?|sharepoint sites?|sites?|teams (?:and )?channels?|channels?|shared calendars?)\b/i,
  },
  {
    // Moving a PC, a printer or a desk: "since we moved the printer it is offline" is a fault.
    kind: 'change',
    pattern:
      /\b(?:move|moving)\b[^.?!\n]{0,30}\b(?:printers?|desks?|pcs?|computers?|workstations?|monitors?)\b[^.?!\n]{0,40}\b(?:to|into|over to|across to)\b[^.?!\n]{0,30}\b(?:office|room|desk|floor|building|site|upstairs|downstairs|reception)\b/,
    topic: /\b(?:moves?|moving|relocat\w*|office moves?|new desks?)\b/i,
  },
  {
    // Our invoice to the client, not the client's own invoicing app ("invoices won't print from Sage").
    kind: 'billing',
    pattern:
      /\binvoices? (?:you|u|ye) (?:sent|send|issued)\b|\b(?:resend|re-send|copy of)\b[^.?!\n]{0,30}\binvoice\b|\bbilling (?:question|query|dispute)\b|\bwhy (?:are|were|have) we (?:been )?(?:charged|billed|invoiced)\b|\b(?:we(?:'ve| have| were| are)?|been) (?:over ?charged|double (?:charged|billed))\b/,
    topic: /\b(?:billing|invoices?|accounts)\b/i,
  },
];

/** "test ticket please ignore": both words, and short (a "test email bounces" is a fault). */
const TEST = /\btest(?:ing)?\b/;
const IGNORE = /\bignore\b/;

/**
 * An out-of-office reply, a marketing email or a notice that needs nothing, or a short "all sorted
 * now, you can close this" with no new problem.
 */
const AUTO_REPLY = /^\s*(?:automatic reply|auto[- ]?reply|out of (?:the )?office)\s*:/;
/** Marketing and notices: "unsubscribe", SEO offers, "no action required". */
const NOTICE =
  /\bunsubscribe\b|\bseo\b|\bsearch engine optimi[sz]ation\b|\bbacklinks?\b|\bfirst page of google\b|\bno action (?:is )?(?:needed|required)\b/;
const CLOSURE =
  /\b(?:all (?:good|sorted|working|fixed)(?: now)?|sorted now|(?:you can|please|pls|feel free to|ok to|go ahead and) close (?:this|the ticket|it)|(?:fixed|resolved|sorted) itself|no longer (?:needed|required|an issue))\b/;
const STILL = /\b(?:but|still|except|however|again|another|also)\b/;

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

export function readRequest(text: string): NotAFault | null {
  const lower = text.toLowerCase();
  if (TEST.test(lower) && IGNORE.test(lower) && words(lower) <= 10) return { kind: 'test', topic: null };
  if (
    AUTO_REPLY.test(lower) ||
    NOTICE.test(lower) ||
    (CLOSURE.test(lower) && !STILL.test(lower) && words(lower) <= 25)
  ) {
    return { kind: 'noise', topic: null };
  }
  if (!NOT_PURCHASE.test(lower) && PURCHASE.some((pattern) => pattern.test(lower))) {
    return { kind: 'purchase', topic: ORDERING };
  }
  const change = CHANGE.find((c) => c.pattern.test(lower) && !c.unless?.test(lower));
  if (change) return { kind: change.kind, topic: change.topic };
  const itTicket = IT_WORDS.test(lower);
  const notIt = NOT_IT.find((n) => {
    if (!n.pattern.test(lower)) return false;
    if (n.kind !== 'personal') return !itTicket;
    return NOT_WORK.test(lower) || !WORK.test(lower);
  });
  return notIt ? { kind: notIt.kind, topic: notIt.topic } : null;
}

export function requestKind(text: string): RequestKind | null {
  return readRequest(text)?.kind ?? null;
}

/** The page is about the request after all: "Ordering hardware", "Door fobs at the main office". */
export function documentServes(request: NotAFault, title: string): boolean {
  return request.topic?.test(title) ?? false;
}
