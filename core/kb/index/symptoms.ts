/**
 * Symptoms a ticket can state that only a page which speaks of them can answer. "Paper keeps
 * jamming in tray 2" shares "paper", "tray" and "copier" with the copier's scan-to-email runbook,
 * and BM25 ranks that runbook first; but a page that never says "jam" does not clear a jam. When
 * the ticket states one of these symptoms and its best document uses none of the symptom's words,
 * the search answers with nothing (search.ts `ruledOut`), as it does for another client's system
 * or a request that is not a fault.
 *
 * Each symptom has two sides, deliberately uneven:
 * - `stated`: phrasings that state the symptom, narrow enough that a ticket mentioning the word in
 *   passing does not count ("the camera app for the CCTV" is not a webcam fault, "the mic mac
 *   mall" is not a microphone, "paper is full" is not a full mailbox);
 * - `spoken`: any word a page about the symptom would use, broad, so an answering page written
 *   in other words ("print quality", "drum", "fuser" for streaks) still counts.
 *
 * The last few are a feature or a device rather than a symptom (a card terminal, voicemail,
 * macros, a projector): a page that never names the thing the ticket is about does not fix it.
 *
 * Written from general knowledge of helpdesk queues, then checked against the labelled sets A–AL
 * (bench/kb/sets.ts): which answerable tickets a symptom would decline and which unanswerable ones
 * it catches; those that declined answerable tickets with the right page first were dropped (the
 * commonest faults, such as slow, printing or MFA, and devices a generic page answers, such as a
 * label printer shown offline; docs/knowledge-base.md). Sets written after this (AN on) were not
 * read for it. A ticket that tells of several problems ("two things: …") is left alone: its best
 * page answers one of them.
 */
export const SYMPTOM_READS = {
  'print-quality': 'print quality (streaks, lines, faded print)',
  'paper-jam': 'paper jams',
  supplies: 'toner, ink or other supplies',
  'storage-full': 'a full mailbox or storage',
  search: 'search not finding things',
  audio: 'sound or microphone problems',
  camera: 'a camera or video problem',
  flicker: 'a flickering screen',
  input: 'a keyboard or mouse problem',
  clock: 'the wrong time or time zone',
  battery: 'a battery or charging problem',
  licence: 'a licence or subscription',
  'spam-outbound': "the company's email landing in other people's spam",
  crash: 'an app crashing',
  sms: 'text messages not arriving',
  fax: 'faxing',
  bluetooth: 'a Bluetooth device',
  'usb-storage': 'a USB stick or drive',
  overheating: 'overheating or fan noise',
  fonts: 'fonts',
  spelling: 'spell check or autocorrect',
  'print-options': 'print settings (double-sided, colour)',
  calendar: 'a calendar problem',
  certificate: 'a certificate expiring or renewing',
  'domain-renewal': 'a domain name expiring or renewing',
  ups: 'a UPS (battery backup) alarm',
  'site-to-site': 'a site-to-site VPN tunnel',
  biometric: 'fingerprint or face sign-in',
  upload: 'uploads failing',
  'bank-feed': 'a bank feed',
  notifications: 'notifications not showing',
  'live-event': 'a webinar or town hall',
  'out-of-office': 'an out-of-office reply',
  presence: 'the wrong presence status (Away, Offline)',
  'windows-upgrade': 'a Windows 11 upgrade',
  'screen-sharing': 'screen sharing',
  'greyed-out': 'an option greyed out',
  dictation: 'dictation',
  touchscreen: 'a touchscreen',
  projector: 'a projector or TV',
  'card-terminal': 'a card terminal',
  voicemail: 'voicemail',
  macros: 'macros',
} as const;

export type Symptom = keyof typeof SYMPTOM_READS;
export const SYMPTOMS = Object.keys(SYMPTOM_READS) as [Symptom, ...Symptom[]];

interface SymptomWords {
  stated: RegExp;
  spoken: RegExp;
}

const WORDS: Record<Symptom, SymptomWords> = {
  'print-quality': {
    stated:
      /\bstreak|\bsmudg|\bsmear|\bfaded\b|\bfaint\b|\bghosting\b|\blines? (?:down|across)\b|\bsplotch|\bblotch/,
    spoken: /streak|smudg|smear|fade|faint|ghost|print quality|\bdrum\b|fuser|\blines?\b/,
  },
  'paper-jam': {
    stated: /\bjam(?:s|med|ming)?\b|\bmisfeed|\bpaper (?:is )?stuck|\bstuck paper/,
    spoken: /\bjam|misfeed/,
  },
  supplies: {
    stated: /\btoner\b|\bink\b|\bcartridge|\bstaples\b/,
    spoken: /toner|\bink\b|cartridge|supplies|consumable|staple/,
  },
  'storage-full': {
    stated:
      /\b(?:mailbox|inbox|storage|disk|drive|onedrive|dropbox|icloud|space|quota)(?: is| are)?(?: almost| nearly| completely)? full\b|\bout of (?:space|storage)\b|\bquota\b|\bno (?:space|storage)\b|\b(?:storage|space) (?:is )?(?:full|running out|low)\b|\brunning out of (?:space|storage|room)\b|\bstorage (?:limit|full)\b/,
    // "Full Access" is a mailbox permission, not a full mailbox.
    spoken:
      /\bfull\b(?! (?:access|control|name|screen|permissions?|admin|time|sync|scan|backup|restore|list|path|details))|\bquota|storage|\bspace\b|archiv|capacity|size limit|\b\d+ ?[gt]b\b/,
  },
  search: {
    stated: /\bsearch\b|\bindex(?:ing|ed)?\b/,
    spoken: /search|index/,
  },
  audio: {
    stated:
      /\brobotic|\becho(?:ing|es)?\b|\bcan'?t hear|\bcannot hear|\b(?:my|the) mic\b(?! mac)|\bmic (?:is|isn'?t|not|doesn'?t)\b|microphone|\baudio\b|\bno sound\b|\bspeakers?\b|\bheadset/,
    spoken: /audio|microphone|\bmic\b|sound|echo|voice|headset|speaker|jitter|call quality/,
  },
  camera: {
    stated:
      /\bwebcam|\bcamera (?:is |isn'?t |not |won'?t )|\bbackground blur|\bblur(?:red)? background|\bvideo (?:is )?(?:black|frozen|not)/,
    spoken: /camera|webcam|video|background/,
  },
  flicker: {
    stated: /\bflicker/,
    spoken: /flicker|refresh rate|cable|display|monitor/,
  },
  input: {
    stated:
      /\b(?:keyboard|mouse|trackpad|touchpad)(?: is| has)? (?:isn'?t|not|won'?t|doesn'?t|stopped|types|typing|scroll|wheel|jump|double|lag|cursor|pointer|keys|layout|dead)|\bwrong (?:characters|letters|symbols)\b|\bkeys? (?:are|is) (?:stuck|sticky|not|broken)|\btypes? the wrong/,
    spoken: /keyboard|mouse|trackpad|touchpad|layout|input/,
  },
  clock: {
    stated:
      /\btime ?zone|\bclocks? (?:is |are )?(?:wrong|changed|went)|\bhour (?:out|off|behind|ahead)\b|\bdaylight saving|\bwrong time\b/,
    spoken: /time ?zone|\bclock|\bntp\b|daylight|\btime\b/,
  },
  battery: {
    stated:
      /\bbattery (?:drain|dies|dying|won'?t|not|isn'?t|keeps|swell|swollen|only|lasts|life|percentage|stuck)|\bwon'?t charge|\bnot charging|\bcharger\b/,
    spoken: /battery|charg|power|\bups\b/,
  },
  licence: {
    stated: /\blicen[cs]e|\bsubscription|\bunlicensed|\bactivat|\bproduct key/,
    spoken: /licen[cs]|subscription|activat|product key|\bseats?\b/,
  },
  'spam-outbound': {
    stated:
      /\b(?:going|go|end up|landing|land) (?:in|to|into) (?:their|the|customers'?|clients'?) (?:spam|junk)|\bmarked as spam/,
    spoken: /\bspf\b|dkim|dmarc|spam|junk|reputation/,
  },
  crash: {
    stated:
      /\bcrash(?:es|ed|ing)?\b|\bfatal error|\bkeeps (?:closing|shutting)|\bcloses (?:itself|by itself|on its own)/,
    spoken: /crash|stopped working|not responding|freez|\bhangs?\b|closes|fatal/,
  },
  sms: {
    stated:
      /\btext (?:message|reminder|alert)s? (?:aren'?t|are not|not|stopped|won'?t|never|failing)|\bsms\b|\breminder texts|\btexts? (?:stopped|aren'?t|are not|not) (?:sending|going|arriving|coming)/,
    spoken: /\bsms\b|text message|\btexts?\b/,
  },
  fax: { stated: /\bfax/, spoken: /fax/ },
  bluetooth: {
    stated: /\bbluetooth|\bpair(?:ing)? (?:my|the|with)\b/,
    spoken: /bluetooth|pair/,
  },
  'usb-storage': {
    stated: /\busb (?:stick|drive|key|pen)\b|\bthumb ?drive|\bflash ?drive|\bmemory stick|\bpen ?drive/,
    spoken: /usb|removable|storage device/,
  },
  overheating: {
    stated:
      /overheat|\b(?:very|really|too|super) hot\b|\bfan (?:is |keeps |goes )?(?:loud|noisy|constantly|running)|\bnoisy fan|\bfan noise/,
    spoken: /heat|\bhot\b|\bfans?\b|thermal|temperature/,
  },
  fonts: { stated: /\bfonts?\b/, spoken: /\bfonts?\b/ },
  spelling: {
    stated: /\bspell ?check|\bautocorrect|\bauto-correct|\bspelling/,
    spoken: /spell|autocorrect|proofing|language/,
  },
  'print-options': {
    stated:
      /\bdouble[- ]sided|\bduplex|\bin colou?r\b|\bblack and white|\bb&w\b|\bgr[ae]yscale|\bmono(?:chrome)?\b/,
    spoken: /duplex|double|colou?r|\bmono|gr[ae]yscale|black and white|preferences|defaults?/,
  },
  calendar: {
    stated:
      /\bcalendars? (?:is |are |isn'?t |not |won'?t |missing|gone|shows|showing|disappear|sync|permission)|\bappointments? (?:are |is )?(?:missing|gone|disappear|not show|duplicat)/,
    spoken: /calendar/,
  },
  certificate: {
    stated:
      /\b(?:ssl |tls |security )?cert(?:ificate)?s? (?:is |has |will )?(?:expir|renew|out of date)|\bexpired cert|\bcert(?:ificate)? error/,
    spoken: /certificate|\bcerts?\b|\bssl\b|\btls\b/,
  },
  'domain-renewal': {
    stated: /\bdomain(?: name)? (?:is |will |has )?(?:expir|renew|lapse)|\brenew (?:the|our) domain/,
    spoken: /domain (?:registration|renewal|registrar|expir)|registrar|\bdns\b/,
  },
  ups: {
    stated: /\bups\b[^.?!\n]{0,30}\b(?:beep|alarm|battery|fault|overload)|\bbattery backup\b/,
    spoken: /\bups\b|uninterruptible|battery backup/,
  },
  'site-to-site': {
    stated: /\bsite[- ]to[- ]site\b|\bipsec\b|\btunnel (?:is |keeps |shows )?(?:down|dropping|drops)/,
    spoken: /site[- ]to[- ]site|ipsec|tunnel|phase [12]/,
  },
  biometric: {
    stated: /\bfingerprint|\bwindows hello\b|\bface (?:recognition|unlock|sign[- ]?in|login)/,
    spoken: /fingerprint|\bhello\b|biometric|\bface\b/,
  },
  upload: {
    stated:
      /\b(?:won'?t|will not|can'?t|cannot|not|doesn'?t|don'?t) upload|\bupload(?:s|ing)? (?:fail|stuck|just spin|keeps? fail|not work)/,
    spoken: /upload/,
  },
  'bank-feed': {
    stated: /\bbank feeds?\b|\bbank (?:transactions|statements) (?:not|aren'?t|haven'?t|stopped)/,
    spoken: /bank feed|bank connection|\bbank\b/,
  },
  notifications: {
    stated:
      /\bnotifications? (?:aren'?t|are not|not|don'?t|stopped|never|have stopped)|\bno notifications\b|\b(?:doesn'?t|don'?t) (?:show|get|give) (?:any |me )?notifications/,
    spoken: /notification|\balerts?\b/,
  },
  'live-event': {
    stated: /\btown ?hall\b|\bwebinar|\blive event|\blivestream|\blive stream/,
    spoken: /town ?hall|webinar|live event|stream|broadcast/,
  },
  'out-of-office': {
    stated:
      /\b(?:set|setup|put|turn|switch)(?: \w+){0,3} (?:an? |my |the |his |her )?(?:out of (?:the )?office|ooo|auto[- ]?repl|automatic repl)|\bout of office (?:reply|message|on|isn'?t|not|is)\b|\bautomatic repl|\bauto[- ]?repl/,
    spoken: /out of (?:the )?office|automatic repl|auto[- ]?repl|\booo\b/,
  },
  presence: {
    stated:
      /\b(?:shows?|showing|stuck on) me (?:as )?(?:away|offline|busy)\b|\b(?:my|teams) status\b|\bpresence\b|\bshows? (?:me )?as away\b/,
    spoken: /\bstatus\b|presence|\baway\b/,
  },
  'windows-upgrade': {
    stated:
      /\b(?:upgrade|move|go) (?:\w+ ){0,3}(?:to )?windows 11\b|\bwindows 11 (?:upgrade|requirements|compatib)|\b(?:doesn'?t|does not|won'?t) meet (?:the )?(?:minimum |system )?requirements|\btpm\b/,
    spoken: /windows 11|\btpm\b|requirements|upgrade/,
  },
  'screen-sharing': {
    stated: /\bshare (?:my |the |their )?screen|\bscreen ?shar/,
    spoken: /screen ?shar|share (?:your |the |my )?screen|present/,
  },
  'greyed-out': {
    stated: /\bgr[ae]yed[- ]out\b/,
    spoken: /gr[ae]yed|disabled|unavailable|policy|permission/,
  },
  dictation: { stated: /\bdictat/, spoken: /dictat/ },
  touchscreen: { stated: /\btouch ?screen/, spoken: /touch/ },
  projector: {
    stated: /\bprojector|\bhdmi\b|\b(?:tv|television)\b/,
    spoken: /projector|hdmi|display|screen|\btv\b|television/,
  },
  'card-terminal': {
    stated:
      /\bcard (?:reader|machine|terminal)|\bpayment terminal|\bpin ?pad|\beftpos\b|\bchip reader|\bchip and pin/,
    spoken: /card|terminal|payment|pin ?pad|eftpos/,
  },
  voicemail: { stated: /\bvoice ?-?mail/, spoken: /voice ?-?mail/ },
  macros: { stated: /\bmacros?\b|\bvba\b/, spoken: /macro|vba|trust cent/ },
};

/** "Two things: …", "1) … 2) …", "… and also my …": a ticket with several problems. */
const SEVERAL_PROBLEMS =
  /\b(?:two|2|couple of|few|several) (?:things|issues|problems)\b|(?:^|\s)1[).]|\balso,? (?:my|the|can|i|our)\b|\band also\b/;

/** The symptoms the ticket states, unless it tells of several problems. */
export function statedSymptoms(text: string): Symptom[] {
  const lower = text.toLowerCase();
  if (SEVERAL_PROBLEMS.test(lower)) return [];
  return SYMPTOMS.filter((s) => WORDS[s].stated.test(lower));
}

/** The first of `symptoms` the document never speaks of, or null when it speaks of them all. */
export function unspokenSymptom(symptoms: readonly Symptom[], documentText: string): Symptom | null {
  const lower = documentText.toLowerCase();
  return symptoms.find((s) => !WORDS[s].spoken.test(lower)) ?? null;
}
