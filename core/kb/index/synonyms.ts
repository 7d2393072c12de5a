/**
 * The helpdesk vocabulary table: what users and L1 staff type, mapped to what documentation says.
 * Each entry folds every spelling its pattern matches into one query term whose alternatives all
 * count as a match, so "anyconnect", "forticlient" and "vpn" are one concept to the ranking and
 * "letter drive" finds the mapped-drive runbook. Keep it to vocabulary that holds at any MSP
 * (product families, their common misnamings, lay words for symptoms, error-code families), never
 * words picked to fix one labelled ticket: the bench (`npm run bench:kb`) scores it on a set it was
 * not written against. Patterns run on lower-cased text with apostrophes removed, in table order;
 * the first entry that matches a stretch of text consumes it. An alternative must keep a telling
 * word once Postgres drops its stop words: "out of office" is just "office" to the index, and
 * "send as" just "send", which would match half the documentation.
 */
export interface Synonym {
  pattern: RegExp;
  /** The canonical term (also what de-duplicates repeats in one ticket). */
  word: string;
  /** Plain-text spellings that count as a match; several words in one alternative must all occur. */
  alternatives: string[];
}

const entry = (pattern: RegExp, word: string, alternatives: string[]): Synonym => ({
  pattern,
  word,
  alternatives,
});

/** Devices a user loses or has stolen (lostdevice). */
const DEVICE = '(?:laptop|phone|iphone|ipad|tablet|mobile|macbook|surface|computer|bag)';
/** Where a sign-in a user did not make comes from, as users name it (riskysignin). */
const ABROAD =
  'nigeria|russia|china|brazil|india|vietnam|ukraine|romania|turkey|indonesia|iran|north korea|pakistan|' +
  'bangladesh|philippines|singapore|hong kong|the netherlands|netherlands|germany|france|spain|italy|poland|' +
  'mexico|colombia|morocco|egypt|south africa|overseas|abroad';

export const SYNONYMS: readonly Synonym[] = [
  // Lay descriptions of a symptom first: they contain product words later entries would take.
  entry(
    /\bbit ?locker\b|\brecovery (?:key|screen|password)\b|\bblue (?:screen|page|box|window)s? (?:asking|wanting|want|needs?|with|for|says?)(?: for)?(?: a| the| some| my)? (?:(?:really|very|long|big|huge|weird|strange|massive|\d+[- ]?digit) ){0,3}(?:key|number|code|password)\b|\b48[- ]?digit\b/g,
    'bitlocker',
    ['bitlocker', 'recovery key'],
  ),
  // Approvals the user never asked for: someone has the password (MFA fatigue).
  entry(
    /\b(?:approve|approval|approvals|prompts?|notifications?|requests?|pop(?:s|ping)? ?up)\b[^.!?]{0,60}?\b(?:(?:im|i am|i was|wasnt|was not|am not) )?(?:not (?:even )?(?:logging|signing|trying to (?:log|sign))(?: ?(?:in|on))?|(?:havent|have not|hadnt|had not) been (?:logging|signing)(?: ?(?:in|on))?|in the middle of the night|when im asleep|keep (?:saying|pressing|hitting|tapping) (?:no|deny)|denied (?:them|it|all)(?: all)?)\b/g,
    'mfafatigue',
    ['mfa fatigue', 'unexpected mfa prompts', 'suspicious sign-in', 'compromised'],
  ),
  entry(
    /\bcodes? on (?:my|the|his|her|their) (?:phone|mobile|cell)\b|\b(?:text|sms) codes?\b|\bverification codes?\b|\bmulti[ -]?factor\b|\b2fa\b|\bmfa\b|\btwo[ -]?(?:factor|step)\b|\b(?:ms |microsoft )?authenticator(?: app)?\b|\bapprove (?:the )?(?:sign[ -]?in|request|notification|prompt)s?\b|\bapprove (?:the |this |that )?(?:thing|thingy|app|button|pop-?up)\b|\b(?:sign[ -]?in|login|log ?in) approvals?\b|\bnumber matching\b|\b(?:sign[ -]?in|login|log ?in|security|one[ -]time|6[ -]digit) codes?\b|\bcodes? to (?:log|sign) ?(?:in|on)\b|\bsecurity keys?\b|\byubikeys?\b/g,
    'mfa',
    ['mfa', 'multi-factor', 'authenticator', 'verification code', 'two-factor'],
  ),
  // "C drive" is the machine's own disk, never a mapped drive; its letter alone is no search word.
  entry(/\bc:? ?drives?\b|\blocal disk\b|\bsystem drive\b/g, 'cdrive', [
    'c drive',
    'local disk',
    'system drive',
  ]),
  entry(
    /\b(?:mapped|network|shared|letter|home) ?drives?\b|\b[d-z]:? drives?\b|\b[d-z]: ?drive\b|\bdrive letters?\b|\b(?:network|file|shared) (?:share|folder)s?\b|\bunc path\b/g,
    'mappeddrive',
    ['mapped drive', 'network drive', 'drive letter', 'file share', 'shared drive'],
  ),
  entry(
    /\b(?:wont|will not|doesnt|does not|cant|not) print(?:ing)?\b|\bnothing (?:will |wants to |is )?print(?:s|ing)?\b|\bprint(?:ing)? (?:queue|spooler|jobs?)\b|\bspooler\b/g,
    'printqueue',
    ['print queue', 'spooler', 'print job'],
  ),
  entry(
    /\bbsod\b|\bblue ?screens?(?: of death)?\b|\bstop code\b|\bbug ?check\b|\bcrash(?:es|ed|ing)? (?:to|with) (?:a )?blue\b/g,
    'bluescreen',
    ['blue screen', 'bsod', 'bugcheck', 'stop code'],
  ),
  entry(/\b(?:not responding|freez(?:es|ing|e)|frozen|hangs?|hanging|locks? up|locking up)\b/g, 'freeze', [
    'not responding',
    'freeze',
    'hang',
    'frozen',
  ]),
  // A device out of the MSP's hands: the runbook is about wiping and blocking it, not the device.
  entry(
    // The device's own word stays a term of its own: the runbook names it too.
    new RegExp(
      String.raw`\b(?:lost|left|forgot|misplaced|stolen)(?: (?:my|his|her|their|our|the|a))? (?:work |company |office )?(?=${DEVICE}s?\b(?! (?:charger|cable|screen|password)))` +
        String.raw`|(?<=\b${DEVICE}s? )(?:was |were |got |has been |have been )?(?:stolen|nicked|pinched|taken|robbed)\b` +
        String.raw`|(?<=\b${DEVICE}s? )(?:is |was |has gone |went |has been )?missing from\b` +
        String.raw`|\b(?:walked|made|ran) off with (?:it|them|(?:my|his|her|their|our|the|a) ${DEVICE}s?)\b` +
        String.raw`|\b(?:car|house|office|van) (?:was |got )?broken into\b`,
      'g',
    ),
    'lostdevice',
    ['lost or stolen', 'lost device', 'stolen', 'remote wipe'],
  ),
  // A sign-in from somewhere the user is not: an alert, not (yet) a compromise.
  entry(
    new RegExp(
      String.raw`\b(?:sign(?:ed|ing)?[ -]?(?:in|on)|logg?(?:ed|ing)?[ -]?(?:in|on)|log ?ins?|logins?|sign[ -]?ins?)(?:to)?(?: [a-z]+){0,4} ` +
        String.raw`(?:from (?:another|a different|a foreign) (?:country|location|city)|(?:from|in) (?:${ABROAD}))\b` +
        String.raw`|\bunusual (?:location|sign[ -]?in|login)s?\b|\bunfamiliar (?:location|sign[ -]?in|login)s?\b|\bimpossible travel\b|\brisky sign[ -]?ins?\b`,
      'g',
    ),
    'riskysignin',
    ['risky sign-in', 'impossible travel', 'unfamiliar location', 'sign-in from'],
  ),
  entry(
    /\b(?:hacked|compromised|breached|suspicious (?:sign[ -]?ins?|logins?|activity)|someone (?:else )?(?:logged|signed) in|impossible travel)\b|\b(?:e-?mails?|messages?) (?:from|as) me\b|\bsending (?:out )?(?:spam|e-?mails?) (?:as|from) me\b|\b(?:e-?mails?|messages?) to all my contacts\b|\bsent items? i (?:dont|do not) recogni[sz]e\b|\brules? i (?:didnt|did not|never) (?:make|create|set up)\b|\b(?!(?:it|email|outlook|mail|message|that|this|which)\b)[a-z]+ (?:never|didnt|did not) (?:send|sent)(?: (?:that|those|them|this|anything|any))?\b(?! (?:the|a|an|my|our|it)\b)|\b(?:an? )?(?:e-?mail|invoice|link|message)s? (?:i|he|she) (?:apparently|supposedly) sent\b/g,
    'compromise',
    ['compromised', 'suspicious sign-in', 'hacked', 'breach'],
  ),
  entry(
    /\b(?:phish(?:ing|y)?|scam (?:e-?)?mails?|dodgy (?:e-?)?mails?|fake (?:e-?)?mails?|suspicious (?:e-?)?mails?)\b|\bfake (?:microsoft |office |m365 |o365 |bank |login |log ?in |sign[ -]?in )*(?:page|site|website|link|form|portal)s?\b|\bclicked (?:on )?(?:a|an|the|that|this) (?:dodgy |suspicious |bad |weird |strange |fake )?(?:link|attachment)s?\b|\bdodgy (?:link|attachment|website)s?\b|\bspoof(?:ed|ing)?\b|\bimpersonat\w*\b|\bgift ?cards?\b|\b(?:ceo|wire|invoice) fraud\b|\bis (?:this|that|it) (?:e-?mail|message|link|text) (?:real|legit|legitimate|genuine|safe)\b/g,
    'phishing',
    ['phishing', 'suspicious email', 'scam'],
  ),
  entry(
    /\bransomware\b|\bfiles? (?:all )?(?:encrypted|renamed)\b|\bransom note\b|\bpay (?:in |with )?bitcoin\b|\bfiles? (?:have |has )?(?:all )?(?:changed|been renamed) to\b|\.(?:lockbit|locked|encrypted|crypt)\b/g,
    'ransomware',
    ['ransomware', 'encrypted files', 'ransom'],
  ),
  entry(
    // Someone "starting" on a date is a new starter, whatever their job title; so is someone just
    // hired. Dates as offices write them: "the 14th", "1/5", "1 April", "March 3rd".
    /\bnew (?:starter|hire|joiner|employee|user|staff member)s?\b|\bonboard(?:ing)?\b|\b(?:we(?:ve| have)?|just|have) hired\b|\b(?:starting|starts|start date) (?:on |from |this |next )?(?:(?:mon|tues|wednes|thurs|fri)day|the \d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)|\d{1,2}\/\d{1,2}\b|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{1,2}(?:st|nd|rd|th)?|week|month|next (?:week|month))\b/g,
    'onboarding',
    ['onboarding', 'new starter', 'new hire', 'new user', 'new employee'],
  ),
  entry(
    /\bleavers?\b|\b(?:dismissed|sacked|fired|let go|retir(?:es|ing|ed)|resign(?:s|ed|ing)|handed in (?:his|her|their) notice)\b|\bleaving (?:the )?(?:company|business|firm)\b|\b(?:left|leaves|leaving|finishes|finishing) (?:us |the (?:company|business|firm) )?(?:yesterday|today|last (?:week|month|friday)|(?:on )?(?:mon|tues|wednes|thurs|fri)day|(?:at )?(?:the )?end of (?:the )?(?:week|month))\b|\boffboard(?:ing)?\b|\bterminat(?:ed|ion)\b|\b(?:last|final) day\b|\bdisable (?:their|his|her) account\b|\bhas left\b|\bleaving (?:on )?(?:mon|tues|wednes|thurs|fri)day\b|\btake (?:him|her|them) off (?:everything|all (?:the )?systems)\b|\bcut (?:off )?(?:all )?(?:his |her |their )?access\b|\b(?:his|her|their) access (?:cut|removed|revoked|disabled)\b|\b(?:process|handle) (?:his|her|their) (?:departure|exit)\b|\bletting (?:him|her|them|someone|somebody) go\b|\bleaving (?:us )?on the \d{1,2}(?:st|nd|rd|th)?\b|\bfinish(?:ed|es|ing) up(?: with us| here)?(?: on| last)? (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|week)\b|\bfinish(?:ed|es|ing) up (?:with us|here)\b|\bturn off (?:his|her|their) (?:account|access|login|email)\b/g,
    'offboarding',
    ['offboarding', 'leaver', 'termination', 'disable account'],
  ),
  // End-user phrasings of common symptoms (lay words → the words runbooks use).
  entry(
    /\bdoubled up\b|\bduplicated? (?:copies|files|documents)\b|\b(?:files|documents|copies) (?:are |got |have |keep )?(?:doubled|duplicated|duplicating)\b/g,
    'syncconflict',
    ['sync conflict', 'duplicate files', 'duplicates'],
  ),
  entry(
    /\b(?:emptied|cleared|cleaned|deleted) (?:out )?(?:my |the |her |his )?(?:bin|trash|deleted items?)(?: folder)?\b|\bdeleted items? folder\b/g,
    'deleteditems',
    ['deleted items', 'recoverable items', 'recover deleted items'],
  ),
  entry(
    /\b(?:deleted|lost|overwrote|overwritten|removed) (?:[a-z0-9]+ ){0,6}(?:by mistake|by accident|accidentally)\b|\baccidentally (?:deleted|overwrote|removed)\b|\b(?:need|want|get) (?:it|them|the file|the files|the folder) back\b|\b(?:restore|recover) (?:a |the |my |an? )?(?:old |previous |deleted )?(?:file|folder|version|document|spreadsheet)s?\b|\bprevious versions?\b|\b(?:saved|wrote|copied) over\b|\bdeleted (?:the |a |my |our |his |her |their |all |some )?(?:[a-z0-9]+ ){0,3}(?:folders?|files?|documents?|spreadsheets?|workbooks?)\b/g,
    'restore',
    ['restore', 'recover', 'previous versions', 'recycle bin', 'deleted files'],
  ),
  entry(
    /\b(?:e-?mails?|mail|messages?) (?:from [a-z0-9 ]{1,30} )?(?:arent|are not|isnt|is not|not|never|wont|havent) (?:coming|getting|arriving|turning up|showing up)(?: (?:in|thru|through))?\b|\bnot (?:receiving|getting) (?:any )?(?:e-?mails?|mail)\b|\b(?:e-?mails?|mail) (?:not|never) (?:received|arrived|delivered)\b|\b(?:e-?mails?|mail|messages?)(?: [a-z]+){0,3} (?:are |is )?(?:going missing|disappearing|vanishing)\b|\b(?:we|i) never (?:got|received) (?:it|them|the e-?mails?)\b|\bnever (?:came|arrived|showed up|turned up|came through)\b|\b(?:not|isnt|isn't) in my inbox\b/g,
    'inbound',
    ['not receiving', 'inbound mail', 'message trace', 'missing email'],
  ),
  entry(
    /\b(?:reset|change|unlock) (?:it|my (?:own )?password|my account|my pw) (?:by )?(?:myself|my ?self|on my own)\b|\bself[- ]service\b|\bsspr\b/g,
    'sspr',
    ['self-service password reset', 'sspr', 'reset password'],
  ),
  entry(
    /\bpasswords? (?:has |have |is )?(?:expired|ran out|run out|running out|expiring|expires)\b|\b(?:expired|expiring) passwords?\b|\bchange (?:my |her |his |their )?password\b/g,
    'passwordexpired',
    ['password expired', 'password change', 'self-service password reset', 'sspr'],
  ),
  entry(
    /\bdevice (?:has to|must|needs to|should) be (?:managed|compliant|enrolled|registered)\b|\b(?:managed|compliant|non-?compliant|unmanaged) (?:device|computer|laptop|pc)\b|\bconditional access\b|\bcant get there from here\b/g,
    'conditionalaccess',
    ['conditional access', 'compliant device', 'device compliance', 'managed device'],
  ),
  entry(
    /\b(?:keeps?|kept|constantly|always) (?:asking|prompting|popping up)(?: me)?(?: for| to)?(?: (?:my|a|the|his|her))? (?:password|pw|pwd|credentials?|login|sign ?in|log ?in)\b|\b(?:password|credential|login) (?:prompts?|pop-?ups?|loop)\b|\basks? (?:me )?for (?:my |a |the )?password (?:again|every|all)\b|\bneeds? password\b/g,
    'passwordprompt',
    ['password prompt', 'credential prompt', 'prompts for password', 'password'],
  ),
  entry(
    /\b(?:cant|can not|cannot|unable to|couldnt|could not) (?:(?:log|sign) ?(?:in|into|on)(?:to)?|get (?:in|on)\b(?! ?to)|get into (?:my |his |her |their |the )?(?:account|laptop|computer|pc|e-?mail|windows|machine|desktop))\b|\b(?:not|wont|doesnt) let (?:me|him|her|them) (?:in|log ?in|sign ?in)\b/g,
    'logon',
    ['logon', 'login', 'log in', 'sign in', 'sign-in'],
  ),
  // An app that never gets past its opening screen: Outlook's says "Loading Profile" or "Processing".
  entry(
    /\b(?:sits?|sitting|stuck|hangs?|hanging|frozen) (?:on|at) (?:the )?(?:opening|loading|splash|start ?up) (?:screen|page|logo|box)\b|\bnever gets past (?:the )?(?:opening|loading|splash|start ?up|logo)(?: screen)?\b/g,
    'splash',
    ['loading profile', 'splash screen', 'stuck loading', 'processing'],
  ),
  entry(
    /\b(?:spinning|spins|spinny|loading) (?:wheel|circle|forever|for ever|for ages)\b|\bstuck (?:on )?loading\b|\bjust spins\b|\bkeeps? (?:spinning|loading)\b|\b(?:white|blank|grey|gray) (?:screen|window|page)\b|\b(?:goes|went|turns|turned|going) (?:all )?(?:white|blank)\b/g,
    'stuckloading',
    ['not loading', 'stuck loading', 'blank screen', 'white screen', 'spinning'],
  ),
  entry(
    /\b(?:address(?:es)?|ip|ips) (?:starts?|starting|begins?|beginning) with 169\b|\bapipa\b|\bself[- ]assigned (?:ip|address)\b/g,
    'apipa',
    ['169.254', 'apipa', 'self-assigned', 'dhcp'],
  ),
  entry(
    /\b(?:no|lost|without) (?:internet|connection|connectivity|network)\b|\b(?:cant|cannot|can not|unable to) (?:get|go) online\b|\binternet (?:is )?(?:down|out|dead|gone)\b|\binternet (?:has )?(?:dropped|dropping|drops|cut|cutting|cuts)(?: out| off)?\b|\b(?:get|go) online\b|\boffline\b/g,
    'nointernet',
    ['no internet', 'internet', 'offline', 'no connection', 'outage'],
  ),
  entry(
    /\b(?:wont|will not|doesnt|does not|not|cant|cannot) (?:turn|switch|power|boot) ?(?:on|up)\b|\bno power\b|\bwont boot\b|\bnot booting\b|\bdead laptop\b|\blaptop (?:is )?dead\b/g,
    'nopower',
    ['turn on', 'power', 'boot', 'no power'],
  ),
  entry(
    /\bbatter(?:y|ies)\b|\bcharg(?:er|ers|ing|e)\b|\bpower (?:brick|adapter|supply|cable)\b/g,
    'battery',
    ['battery', 'charge', 'charger'],
  ),
  entry(
    /\bbounce(?:d|s|back)?\b|\bundeliverable\b|\bndrs?\b|\bnon-?delivery\b|\bmailer-?daemon\b|\breturned (?:to sender|mail|emails?)\b|\bdelivery (?:failed|failure)\b/g,
    'bounce',
    ['bounce', 'undeliverable', 'ndr', 'non-delivery', 'delivery failed'],
  ),
  entry(/\bjunk(?: mail| folder)?\b|\bspam\b|\bquarantin(?:e|ed)\b/g, 'junk', ['junk', 'spam', 'quarantine']),
  entry(/\b(?:virus|viruses|malware|infected|trojan|adware|spyware)\b/g, 'malware', [
    'malware',
    'virus',
    'infected',
    'adware',
  ]),
  entry(/\bpop-?ups?\b|\bpopping up\b/g, 'popup', ['pop-up', 'popup', 'notification']),
  entry(/\b(?:calend[ae]rs?|calander|diary|diaries|schedule)\b/g, 'calendar', ['calendar', 'diary']),
  entry(
    /\b(?:pa|personal assistant|exec assistant|secretary|delegates?)\b|\b(?:manage|accept|get|see|handle|answer) (?:his|her|their|my (?:boss|managers?)s?) (?:meeting )?(?:invites|invitations|meeting requests)\b|\binvites? for (?:him|her|them)\b/g,
    'delegate',
    ['delegate', 'assistant'],
  ),
  entry(/\bhead ?(?:set|phones?)s?\b|\bear ?(?:phones?|buds?|pods?)\b|\bairpods\b/g, 'headset', [
    'headset',
    'headphones',
  ]),
  entry(/\bmics?\b|\bmicrophones?\b|\b(?:cant|cannot|can not) hear me\b/g, 'microphone', [
    'microphone',
    'mic',
  ]),
  entry(/\b(?:web ?)?cam(?:era)?s?\b/g, 'camera', ['camera', 'webcam']),
  entry(
    /\b(?:no )?(?:sound|audio|speakers?|volume)\b|\b(?:cant|cannot|can not) hear (?:anything|anyone|them|a thing|a word)\b/g,
    'audio',
    ['sound', 'audio', 'speaker'],
  ),
  // Unrecognised activity: what the user did not do is the symptom (MFA fatigue, a sending mailbox).
  entry(
    /\b(?:that )?i (?:never|didnt|did not) (?:start|request|ask for|make|initiate|set up|create)\b|\b(?:wasnt|was not) me\b|\bout of (?:nowhere|the blue)\b|\bunexpected\b|\bunrecogni[sz]ed\b|\b(?:dont|do not) recogni[sz]e\b/g,
    'unexpected',
    ['unexpected', 'unrecognised', 'unknown'],
  ),
  // A screen that stays dark is a display or dock problem, not a power one.
  entry(
    /\b(?:screens?|monitors?|displays?)(?: (?:are|is|stay|stays))? (?:dont|do not|doesnt|does not|wont|will not|not|never) (?:come on|turn on|wake(?: up)?|work(?:ing)?|show(?: anything| up)?|detect(?:ed)?|display)\b|\bno signal\b|\b(?:screens?|monitors?|displays?) (?:stays? |goes |go |is |are )?black\b|\bblack (?:screens?|monitors?)\b/g,
    'nodisplay',
    ['no signal', 'not detected', 'black', 'monitor'],
  ),
  // Scope: a problem for everyone points at the site (internet, server, printer), not the device.
  entry(
    /\ball[ -]?(?:staff|company|office|hands|users)(?: e-?mails?| mail| list| group| distribution(?: list)?)\b|\bdistribution (?:lists?|groups?)\b|\bmailing lists?\b|\bgroup e-?mails?\b|\bcontact groups?\b/g,
    'distributionlist',
    ['distribution list', 'distribution group', 'mailing list'],
  ),
  entry(
    /\b(?:whole|entire) (?:office|building|site|floor|company|branch|clinic|practice|school|shop|store|warehouse|depot|yard|plant)\b|\b(?:every ?one|every ?body|nobody|no one|all (?:users|staff|of us|the users|the staff))(?: in the (?:office|building))?\b|\bin the building\b|\b(?:site|office|company)[- ]wide\b/g,
    'wholesite',
    ['whole office', 'everyone', 'entire'],
  ),
  entry(
    /\baccess (?:is )?denied\b|\bpermissions? denied\b|\b(?:dont|do not|doesnt|does not) have (?:access|permissions?|rights)\b|\bno (?:access|permissions?) (?:to|on|for)\b|\bnot (?:authori[sz]ed|allowed) to (?:open|access|view|see|edit)\b|\bforbidden\b|\b(?:request|need) access\b|\bask (?:someone|somebody|the owner|an? admin|my admin|for) (?:for )?(?:access|permission)\b/g,
    'accessdenied',
    ['access denied', 'permission', 'no access'],
  ),
  entry(
    /\b(?:locked|in use) (?:for editing|by (?:another|other|someone)(?: user)?)\b|\bread[- ]only\b|\bfiles? (?:is |are )?(?:locked|in use)\b|\bsomeone else (?:has|is) (?:it|the file) open\b/g,
    'filelocked',
    ['locked for editing', 'read-only', 'file locked'],
  ),
  entry(
    /\b(?:disk|drive|storage|c drive|hard drive|ssd) (?:is )?(?:full|almost full|nearly full|out of space)\b|\b(?:low|no|out of) (?:disk )?space\b|\brunning out of (?:space|storage)\b/g,
    'diskspace',
    ['disk space', 'storage', 'disk full'],
  ),
  entry(
    /\b(?:mailbox|inbox|exchange|email|e-mail) (?:is )?(?:full(?: up)?|almost full|over quota)\b|\b(?:mailbox|inbox) (?:size|quota|storage|limit)\b|\b(?:her|his|my|their|your) (?:mail ?)?box (?:is )?(?:full|over)\b|\b(?:mailbox|inbox) (?:is )?(?:nearly |almost )?out of (?:room|space)\b|\bquota\b|\b(?:e-?mail|mail) storage\b|\b(?:mailbox|inbox) (?:is )?(?:at|near|nearly at|almost at) (?:the |its )?(?:limit|capacity|max(?:imum)?)\b|\b\d+(?:\.\d+)? ?(?:gb )?(?:of|out of) (?:50|100) ?gb\b/g,
    'mailboxfull',
    ['mailbox full', 'quota', 'mailbox storage'],
  ),
  entry(
    /\b(?:shared|group|generic|team|department) (?:mail ?box|inbox)(?:es)?\b|\b(?:accounts|sales|admin|support|office|reception|enquiries|info|billing|finance|orders|bookings|jobs|careers|payroll|dispatch|service|parts) (?:inbox|mail ?box|email account)(?:es)?\b|\b(?:info|accounts|sales|admin|support|office|reception|enquiries|hello|billing|hr|finance)@\S*|\b[a-z][a-z0-9._-]*@(?![a-z0-9])/g,
    'sharedmailbox',
    ['shared mailbox'],
  ),
  entry(
    /\bsend(?:ing)? (?:as|on behalf(?: of)?|from)\b|\breply(?:ing)? (?:as|from)\b|\bsent on behalf\b|\bfrom address\b|\bgoes out (?:with|under|as|from) my (?:own )?name\b/g,
    'sendas',
    ['send on behalf', 'shared mailbox'],
  ),
  entry(
    /\bout of (?:the )?office (?:reply|replies|message|on)\b|\booo\b|\bauto(?:matic)?[- ]?(?:replies|reply|responder)\b|\baway message\b/g,
    'autoreply',
    ['automatic replies', 'auto reply'],
  ),
  entry(
    /\b(?:closed|holiday|after[ -]hours|out[ -]of[ -]hours|night) (?:message|greeting|mode|recording)s?\b|\bauto[ -]?attendant\b|\bphones? to (?:play|say) (?:a |the |an )?(?:closed|holiday|message)\b/g,
    'autoattendant',
    ['auto attendant', 'greeting', 'holiday hours', 'after hours'],
  ),
  entry(/\b(?:dial|key|number) ?pads?\b/g, 'dialpad', ['dial pad', 'dialpad', 'keypad']),
  entry(
    /\bdesk ?phones?\b|\bvoip\b|\bsoft ?phones?\b|\bhandsets?\b|\b3cx\b|\bring ?central\b|\bphone system\b|\bdial ?tone\b/g,
    'voip',
    ['voip', 'desk phone', 'phone system', 'handset'],
  ),
  entry(
    /\bprojectors?\b|\bhdmi\b|\bscreen ?shar(?:e|ing)\b|\bshare (?:my |the )?screen\b|\bairplay\b|\bmiracast\b|\bcasting\b/g,
    'present',
    ['projector', 'hdmi', 'screen sharing'],
  ),
  entry(
    /\b(?:usb|thumb|flash|pen|jump|external) (?:stick|drive|key|disk|hard drive)s?\b|\bmemory sticks?\b/g,
    'usbdrive',
    ['usb', 'removable storage', 'external drive'],
  ),
  entry(
    /\b(?:network|ethernet|lan|patch) (?:cable|port|socket|point|jack)s?\b|\b(?:wall|floor|desk) (?:port|socket|jack)s?\b|\bethernet\b|\bwired (?:connection|network)\b/g,
    'ethernet',
    ['network port', 'ethernet', 'cable', 'wired'],
  ),
  entry(
    /\b(?:no|missing|cant see|cant find|doesnt have|dont have|lost) (?:the |my |any |all )?printers?\b|\bprinters? (?:are |is )?(?:missing|gone|disappeared)\b|\badd (?:a )?printer\b/g,
    'printermissing',
    ['add printer', 'printer missing', 'printer'],
  ),
  entry(/\bscan(?:s|ned|ning|ner|ners)?(?: to (?:e-?mail|folder|pdf))?\b/g, 'scan', [
    'scan',
    'scanner',
    'scan to email',
  ]),
  // "Call me back" is not a meeting: only a call someone is on counts.
  entry(
    /\b(?:shows?|has|have|got|puts?) me (?:as )?(?:away|offline|busy|appearing away)\b|\bstatus (?:is )?(?:stuck|wrong|always)(?: on)?(?: (?:away|offline|busy))?\b|\bpresence\b/g,
    'presence',
    ['presence', 'status', 'away'],
  ),
  entry(
    /\bmeetings?\b|\b(?:video|conference|teams|zoom|group) calls?\b|\b(?:on|in|during|join(?:ing)?) (?:a |the |my )?calls?\b/g,
    'meeting',
    ['meeting', 'call'],
  ),
  entry(
    /\b(?:icons|desktop|files|shortcuts|stuff|everything) (?:are |is |has )?(?:all )?(?:gone|disappeared|missing)\b[^.!?]{0,40}\b(?:background|wallpaper)\b|\b(?:background|wallpaper) (?:is |has )?(?:gone|changed|reset|the plain|the default|plain|default|blank)\b|\blike a (?:brand )?new (?:computer|pc|laptop|profile|user)\b|\btemp(?:orary)? profile\b/g,
    'tempprofile',
    ['temporary profile', 'user profile'],
  ),
  entry(
    /\bcrash(?:es|ed|ing)?\b|\bcloses? (?:it ?self|by itself|on (?:its|it) own|straight away|immediately)\b|\bkeeps? closing\b|\bshuts? (?:down|off) (?:by itself|on its own)\b|\bshut(?:s|ting)? (?:it ?self|themselves) (?:down|off)\b/g,
    'crash',
    ['crash', 'closes'],
  ),
  // A phone by its maker or model ("got a new Samsung"); not a Samsung monitor or a dead pixel.
  entry(
    /\bsamsung(?! (?:galaxy )?(?:monitor|screen|tv|display|printer|ssd|drive|laptop|chromebook|tablet|tab)s?\b)(?: galaxy)?\b|\bgalaxy (?:[saz]|note|fold|flip) ?\d+\b|\b(?:google )?pixel \d+a?\b|\bgoogle pixel\b|\boneplus\b|\bmoto(?:rola)? [egz]\d*\b/g,
    'phonemodel',
    ['samsung', 'android', 'phone', 'mobile'],
  ),
  entry(/\b(?:mobile|cell|smart) ?phones?\b|\biphones?\b|\bandroids?\b|\bphones?\b/g, 'phone', [
    'phone',
    'mobile',
    'iphone',
    'android',
  ]),
  entry(/\bremote (?:in|into|onto|on to)\b|\bremoting (?:in|into)\b/g, 'rdp', ['remote desktop', 'rdp']),
  // Product families and what people call them.
  entry(
    /\bout ?lo+c?k\b|\boutlok\b|\boutloo\b|\bowa\b|\boutlook (?:on the )?web\b|\bwebmail\b|\b(?:e-?mail|mail) program\b/g,
    'outlook',
    ['outlook', 'owa'],
  ),
  entry(/\bex?cel+\b|\bexel\b|\bspread ?sheets?\b/g, 'excel', ['excel', 'spreadsheet']),
  entry(/\b(?:adobe )?(?:acrobat|acrobat reader|adobe reader|pdf reader)\b|\bpdfs?\b/g, 'pdf', [
    'pdf',
    'acrobat',
  ]),
  entry(/\bquick ?books\b|\bqbo?\b|\bqb desktop\b/g, 'quickbooks', ['quickbooks']),
  entry(/\b(?:ms|microsoft) ?teams?\b|\bteams\b|\bteems\b|\bskype(?: for business)?\b|\blync\b/g, 'teams', [
    'teams',
    'skype',
  ]),
  entry(/\bone ?dri?ve?\b|\bone ?dirve\b|\bsync client\b/g, 'onedrive', ['onedrive']),
  entry(
    /\banyone (?:links?|options?|with the link)\b|\bshare (?:it |them |a (?:file|folder|link) |the (?:file|folder|link) )?(?:externally|outside (?:the|our) (?:company|business|organi[sz]ation))\b|\bexternal (?:sharing|users?|people|guests?)\b|\bsharing (?:option |link |button )?(?:is )?(?:greyed|grayed|disabled|blocked)(?: out)?\b|\bshar(?:e|ing) (?:a |the |this |that )?(?:folder|file|link|document)s? with (?:a |an |the |our )?(?:client|customer|builder|supplier|contractor|vendor|accountant|auditor|lawyer)s?\b/g,
    'externalsharing',
    ['external sharing', 'sharing link', 'anyone link'],
  ),
  entry(/\bshare ?p(?:oi|io)nt\b|\bteam site\b|\b(?:channel|teams?) files\b|\bfiles tab\b/g, 'sharepoint', [
    'sharepoint',
  ]),
  entry(
    /\bvpn\b|\bany ?connect\b|\bforti(?: ?client| ?vpn)?\b|\bglobal ?protect\b|\bcisco secure client\b|\bopen ?vpn\b|\bwire ?guard\b|\bremote access client\b/g,
    'vpn',
    ['vpn', 'anyconnect', 'forticlient', 'globalprotect'],
  ),
  entry(
    /\bremote desktop\b|\brdp\b|\brds\b|\bterminal serv(?:er|ices)\b|\bremote app\b|\bavd\b|\bvirtual desktop\b/g,
    'rdp',
    ['remote desktop', 'rdp', 'rds', 'terminal server'],
  ),
  // A new machine to get ready for its user: the MSP's device-provisioning (Autopilot) runbook.
  entry(
    /\bnew (?:dell|hp|lenovo|laptop|pc|computer|surface|desktop|machine|device)s? (?:has |have )?(?:just )?(?:arrived|came|come|turned up|(?:been )?delivered)\b|\bset ?(?:ting)? ?up (?:a |the |my |his |her |their |this |our )?new (?:dell|hp|lenovo|laptop|pc|computer|surface|desktop|machine|device)s?\b/g,
    'newdevice',
    ['autopilot', 'new device', 'provisioning'],
  ),
  // A user about to be abroad: sign-ins from other countries are often blocked (conditional access).
  entry(
    new RegExp(
      String.raw`\b(?:travel(?:l?ing|s)?|trip|holiday|vacation|working) (?:abroad|overseas|to (?:${ABROAD}))\b` +
        String.raw`|\b(?:heading|going|flying|off|moving) (?:abroad|overseas|to (?:${ABROAD}|manila|the philippines|mexico|europe|asia|africa|australia|the us|the uk|canada))\b` +
        String.raw`|\bwhile (?:im|i am|were|we are|shes|she is|hes|he is) (?:away|abroad|overseas|travel(?:l)?ing)\b`,
      'g',
    ),
    'travel',
    ['travel', 'abroad', 'overseas', 'another country'],
  ),
  // Windows' own heading on the Autopilot enrolment status page, as users quote it.
  entry(
    /\bsetting up (?:your |the )?device for work\b|\bset ?(?:ting)? ?up for work\b|\benrol+ment status page\b/g,
    'esp',
    ['enrollment status page', 'setting up your device for work', 'autopilot'],
  ),
  entry(
    /\bintune\b|\bcompany portal\b|\benrol+(?:ment|ed|ing|s)?\b|\bmdm\b|\bendpoint manager\b|\bautopilot\b/g,
    'intune',
    ['intune', 'company portal', 'enrol', 'enroll', 'autopilot'],
  ),
  entry(
    /\bwindows updates?\b|\bupdates? (?:stuck|failing|failed|pending|wont install)\b|\bworking on updates\b|\b(?:feature|cumulative|security) updates?\b|\bpatch(?:es|ing|ed)?\b/g,
    'winupdate',
    ['windows update', 'patch'],
  ),
  entry(
    /\btrust relationship\b|\bdomain (?:join|joined|trust)\b|\bjoin(?:ed)? (?:to )?the domain\b|\bno logon servers?\b/g,
    'domain',
    ['trust relationship', 'domain', 'domain controller'],
  ),
  entry(
    /\bdns\b|\bbut not (?:by |with |using )?(?:the |its )?(?:server |computer |host ?)?name\b|\b(?:cant|cannot|can not) (?:find|resolve|reach) (?:the )?server\b|\bname (?:not )?resolv\w*\b|\bserver not found\b|\bcould not be resolved\b|\bnslookup\b/g,
    'dns',
    ['dns', 'resolve', 'name resolution'],
  ),
  entry(
    /\bfirewall\b|\bforti ?gate\b|\bsonic ?wall\b|\bmeraki\b|\bwatch ?guard\b|\bweb ?filter(?:ing)?\b|\bcontent filter\b|\b(?:site|website|page) (?:is )?blocked\b|\bblocked (?:site|website|page)s?\b|\bports? (?:opened|open|forward(?:ed|ing)?)\b|\bopen (?:a |the |up )?ports?\b|\bport ?forward(?:ing|s)?\b/g,
    'firewall',
    ['firewall', 'web filter', 'blocked'],
  ),
  entry(
    /\b(?:google )?chrome\b|\bmicrosoft edge\b|\bedge browser\b|\bfirefox\b|\bsafari\b|\binternet explorer\b|\b(?:web ?)?browsers?\b/g,
    'browser',
    ['browser', 'chrome', 'edge', 'firefox'],
  ),
  entry(
    /\bwindows hello\b|\bpin(?: code| number)?\b|\bfinger ?prints?(?: reader)?\b|\bface (?:recognition|unlock)\b/g,
    'hello',
    ['windows hello', 'pin', 'fingerprint'],
  ),
  entry(/\bone ?note\b/g, 'onenote', ['onenote']),
  entry(/\bcitrix\b|\bworkspace app\b|\bcitrix receiver\b|\bstorefront\b/g, 'citrix', [
    'citrix',
    'workspace app',
  ]),
  entry(
    /\bteam ?viewer\b|\bany ?desk\b|\bscreen ?connect\b|\bconnectwise control\b|\bremote support (?:tool|session|app|isnt|is not|not|wont|doesnt)\b|\bsplashtop\b|\b(?:not|isnt|isn't) showing up on (?:his|her|their|your) end\b/g,
    'remotesupport',
    ['remote support', 'teamviewer', 'anydesk', 'screenconnect'],
  ),
  entry(/\bms ?word\b|\bmicrosoft word\b|\bword (?:docs?|documents?|files?)\b|\bdocx?\b/g, 'word', ['word']),
  entry(/\bpower ?point\b|\bpptx?\b|\bslide ?decks?\b/g, 'powerpoint', ['powerpoint']),
  entry(
    /\b(?:login|log-?in|sign[ -]?in|splash|welcome|terms) (?:page|screen) (?:never|doesnt|does not|wont|will not|didnt) (?:comes? up|appears?|loads?|shows?(?: up)?|pop(?:s)? up)\b|\bcaptive portal\b|\b(?:guest|patient|visitor|customer|public) wi-?fi\b/g,
    'guestwifi',
    ['guest wifi', 'guest wi-fi', 'guest network', 'captive portal', 'splash page'],
  ),
  entry(/\bwi[- ]?fi\b|\bwify\b|\bwireless\b|\bwlan\b|\bhotspot\b/g, 'wifi', ['wifi', 'wi-fi', 'wireless']),
  entry(/\be-?mails?\b|\bmails?\b/g, 'email', ['email', 'e-mail', 'mail']),
  entry(
    /\blog(?:ging)?[ -]?(?:in|on)\b|\blogins?\b|\blogons?\b|\bsign(?:ing)?[ -]?(?:in|on)\b|\bsignin\b/g,
    'logon',
    ['logon', 'login', 'log in', 'sign in', 'sign-in'],
  ),
  entry(
    /\block(?:ed|s|ing)?[ -]out\b|\blockouts?\b|\baccount (?:is )?locked\b|\baccount (?:keeps?|kept) (?:getting |being )?lock(?:ing|ed)\b/g,
    'lockout',
    ['lockout', 'locked out', 'account locked'],
  ),
  entry(/\bpw\b|\bpwd\b|\bpass ?words?\b|\bpasscode\b|\bcredentials?\b/g, 'password', [
    'password',
    'credential',
  ]),
  entry(/\bpc\b|\blaptops?\b|\bdesktops?\b|\bcomputers?\b|\bworkstations?\b|\bnotebook\b/g, 'computer', [
    'computer',
    'laptop',
    'pc',
    'desktop',
    'workstation',
  ]),
  entry(/\bprint(?:er|ers|ing|s)?\b|\bcopiers?\b|\bmfps?\b|\bscanners?\b/g, 'printer', [
    'printer',
    'print',
    'copier',
  ]),
  entry(
    /\bo365\b|\bm365\b|\boffice ?365\b|\bmicrosoft ?365\b|\b(?:ms|microsoft) office\b|\boffice (?:apps?|suite)\b/g,
    'm365',
    ['microsoft 365', 'office 365', 'm365'],
  ),
  entry(/\bentra(?: id)?\b|\bazure ?ad\b|\baad\b/g, 'entra', ['entra', 'azure ad']),
  entry(/\bgpo\b|\bgroup polic(?:y|ies)\b/g, 'gpo', ['group policy', 'gpo']),
  entry(
    /\b(?:windows|icons|text|writing|everything|screens?|fonts?) (?:go|goes|went|are|is|look|looks|gets?|got|turns?) (?:all )?(?:tiny|huge|massive|giant|blurry|fuzzy|too (?:big|small))\b|\b(?:tiny|massive|huge|giant) (?:text|icons|windows|writing|fonts?)\b|\bscaling\b|\bresolution\b/g,
    'scaling',
    ['display scaling', 'scaling', 'resolution'],
  ),
  entry(/\bmonitors?\b|\bscreens?\b|\bdisplays?\b/g, 'monitor', ['monitor', 'display', 'screen']),
  entry(/\b(?:un)?dock(?:ed|ing|ing station)?s?\b|\busb-?c hub\b|\bthunderbolt dock\b/g, 'dock', [
    'dock',
    'docking station',
  ]),
  entry(
    /\blicen[cs]e[sd]?\b|\bunlicensed\b|\bactivat(?:e|ion|ed)\b|\b(?:max(?:imum)?|limit of|too many) (?:number of )?(?:installs|installations|activations)\b/g,
    'license',
    ['license', 'licence', 'activation'],
  ),
  entry(
    /\bcerts?\b|\bcertificates?\b|\bssl\b|\btls\b|\bnot secure\b|\bconnection is not private\b|\bsecurity warning\b/g,
    'certificate',
    ['certificate', 'ssl', 'tls'],
  ),
  entry(/\bantivirus\b|\banti-virus\b|\bdefender\b|\bedr\b|\bav\b|\bsentinel ?one\b|\bs1\b/g, 'antivirus', [
    'antivirus',
    'defender',
    'endpoint protection',
    'edr',
  ]),
  entry(/\bslow(?:ness|ly)?\b|\bsluggish\b|\blagg?y?\b|\btakes? (?:ages|forever)\b|\bcrawling\b/g, 'slow', [
    'slow',
    'performance',
  ]),
  entry(/\b(?:keeps? )?(?:dropping|drops?|disconnect(?:s|ed|ing)?|cutting out|cuts out)\b/g, 'disconnect', [
    'disconnect',
    'drop',
  ]),
  entry(/\bsync(?:h|ing|hing|ed|s)*\b|\bsynchroni[sz]\w*\b/g, 'sync', ['sync', 'synchronise', 'synchronize']),
];

/**
 * Words that name an error family rather than one error: a ticket quoting part of a code
 * ("AADSTS500", "0x8007") should still match the article quoting the whole one, so such words
 * are searched as prefixes.
 */
export function isErrorCodePrefix(word: string): boolean {
  // A bare number of four or more digits is matched as a prefix too: users quote the start of an
  // error number ("error 8018" for 80180014), and a longer number still matches itself.
  return /^(?:0x[0-9a-f]{3,}|0x8|aadsts\d*|[a-z]{1,6}\d{3,}[a-z0-9]*|\d{4,})$/.test(word);
}
