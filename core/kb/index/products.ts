import { escapeRegExp } from '../../shared/regexp.ts';

/**
 * Names of products and vendors an MSP's tickets mention, grouped with the other names of the same
 * thing. A ticket that names a product its best passage never mentions is usually about something
 * the knowledge base does not cover ("zoom keeps crashing" answered with the Teams article):
 * abstention weighs that (abstention.ts `productMissed`).
 *
 * Written from general knowledge of what small businesses run, not from any labelled set. Left out:
 * - words that in a ticket are mostly everyday English ("box", "word", "access", "square"); "zoom",
 *   "sage" and "keeper" stay, since tickets use them far more for the product than for the word;
 * - Gmail, a recipient's domain as often as the product;
 * - the Office apps, Teams, OneDrive and Windows' own features: every MSP knowledge base covers them
 *   and tickets name them in passing ("the budget excel", "onedrive using 80gb");
 * - hardware brands, browsers and phones: "the hp in finance" or "my iphone" is answered by the
 *   generic printer or mobile article, which rarely names the brand.
 * Lower case; a name may be several words.
 */
const FAMILIES: readonly (readonly string[])[] = [
  // Microsoft, beyond the Office apps and Windows features every MSP knowledge base covers (and
  // tickets name in passing: "the budget excel", "onedrive using 80gb")
  ['power bi', 'powerbi'],
  ['intune', 'endpoint manager', 'company portal'],
  ['entra', 'azure ad', 'azure active directory', 'aad'],
  ['dynamics', 'business central', 'navision'],
  ['sql server', 'ssms', 'mssql'],
  ['hyper-v', 'hyperv'],
  ['autopilot'],
  ['yammer', 'viva engage'],
  // Collaboration and meetings
  ['zoom'],
  ['webex'],
  ['gotomeeting', 'goto meeting', 'goto connect', 'gotoconnect'],
  ['ringcentral'],
  ['8x8'],
  ['dialpad'],
  ['vonage'],
  ['3cx'],
  ['mitel'],
  ['avaya'],
  ['yealink'],
  ['polycom', 'poly'],
  ['grandstream'],
  ['cisco jabber', 'jabber'],
  ['google workspace', 'g suite', 'google drive', 'google sheets', 'google docs', 'google meet'],
  ['dropbox'],
  ['box drive', 'box.com'],
  ['egnyte'],
  ['docusign'],
  ['adobe sign'],
  ['adobe', 'acrobat', 'creative cloud', 'photoshop', 'illustrator', 'indesign'],
  ['bluebeam', 'revu'],
  ['autocad', 'autodesk', 'revit', 'civil 3d'],
  ['sketchup'],
  ['solidworks'],
  ['salesforce'],
  ['hubspot'],
  ['zendesk'],
  ['monday.com'],
  ['asana'],
  ['trello'],
  ['jira', 'confluence', 'atlassian'],
  ['mailchimp'],
  ['canva'],
  // Finance and line of business
  ['quickbooks', 'qbo', 'intuit'],
  ['xero'],
  ['sage'],
  ['netsuite'],
  ['myob'],
  ['freshbooks'],
  ['adp'],
  ['paychex'],
  ['gusto'],
  ['bill.com'],
  ['expensify'],
  ['ultratax', 'lacerte', 'drake tax', 'proseries', 'cch'],
  ['clio'],
  ['practicepanther'],
  ['netdocuments'],
  ['imanage'],
  ['worldox'],
  ['dentrix'],
  ['eaglesoft'],
  ['open dental', 'opendental'],
  ['athenahealth'],
  ['eclinicalworks'],
  ['cornerstone'],
  ['avimark'],
  ['ezyvet'],
  ['appfolio'],
  ['yardi'],
  ['buildium'],
  ['procore'],
  ['viewpoint'],
  ['blackbaud', 'raiser', "raiser's edge"],
  ['shopify'],
  ['lightspeed'],
  ['opera pms'],
  ['epicor'],
  ['sap'],
  ['oracle'],
  ['tableau'],
  ['papercut'],
  ['equitrac'],
  // Security and identity
  ['duo'],
  ['okta'],
  ['lastpass'],
  ['1password'],
  ['keeper'],
  ['bitwarden'],
  ['dashlane'],
  ['knowbe4'],
  ['mimecast'],
  ['proofpoint'],
  ['barracuda'],
  ['sophos'],
  ['sentinelone', 'sentinel one'],
  ['crowdstrike', 'falcon'],
  ['huntress'],
  ['bitdefender'],
  ['webroot'],
  ['malwarebytes'],
  ['eset'],
  ['kaspersky'],
  ['mcafee'],
  ['norton', 'symantec'],
  ['trend micro'],
  ['cylance'],
  ['threatlocker'],
  ['blackpoint'],
  ['arctic wolf'],
  ['cisco umbrella', 'umbrella'],
  ['dnsfilter'],
  ['zscaler'],
  ['cloudflare'],
  // Network and remote access
  ['fortinet', 'fortigate', 'forticlient', 'forti'],
  ['sonicwall', 'netextender'],
  ['meraki'],
  ['ubiquiti', 'unifi'],
  ['watchguard'],
  ['palo alto', 'globalprotect'],
  ['cisco anyconnect', 'anyconnect'],
  ['openvpn'],
  ['wireguard'],
  ['tailscale'],
  ['aruba'],
  ['ruckus'],
  ['netgear'],
  ['tp-link', 'tplink'],
  ['draytek'],
  ['pfsense'],
  ['citrix', 'citrix workspace'],
  ['vmware', 'esxi', 'vsphere', 'horizon'],
  ['teamviewer'],
  ['anydesk'],
  ['splashtop'],
  ['logmein'],
  ['screenconnect', 'connectwise control'],
  ['ninjaone', 'ninjarmm', 'ninja'],
  ['datto rmm', 'kaseya', 'n-able', 'n-central'],
  // Backup and storage
  ['veeam'],
  ['datto'],
  ['acronis'],
  ['backupify'],
  ['carbonite'],
  ['backblaze'],
  ['axcient'],
  ['synology'],
  ['qnap'],
  ['time machine'],
];

/** Product word or phrase → its family (the names documentation may use instead). */
const FAMILY_OF = new Map<string, readonly string[]>(FAMILIES.flatMap((f) => f.map((name) => [name, f])));

const NAME_PATTERN = new RegExp(
  `(?<![a-z0-9])(${[...FAMILY_OF.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})(?![a-z0-9])`,
  'g',
);

/** The product families a text names, once each (as the name list of each family). */
export function productsNamed(text: string): (readonly string[])[] {
  const found = new Set<readonly string[]>();
  for (const match of text.toLowerCase().matchAll(NAME_PATTERN)) {
    const family = FAMILY_OF.get(match[1] ?? '');
    if (family) found.add(family);
  }
  return [...found];
}

/**
 * Names typed in camel case that are left out on purpose, for the reasons in the header: generic
 * words ("WiFi", "eMail"), the Office apps and Windows' own features, Apple's and others' devices,
 * consumer sites a ticket mentions in passing.
 */
const LEFT_OUT = new Set([
  'wifi',
  'email',
  'emails',
  'ebay',
  'youtube',
  'linkedin',
  'facebook',
  'whatsapp',
  'tiktok',
  'paypal',
  'powerpoint',
  'onenote',
  'onedrive',
  'sharepoint',
  'powershell',
  'bitlocker',
  'filevault',
  'airdrop',
  'airpods',
  'airprint',
  'airplay',
  'icloud',
  'itunes',
  'facetime',
  'iphone',
  'iphones',
  'ipad',
  'ipads',
  'imac',
  'ios',
  'ipados',
  'macos',
  'macbook',
  'macbooks',
  'thinkpad',
  'laserjet',
  'officejet',
  'deskjet',
  'chromebook',
  'chromeos',
]);

/**
 * A word typed with a capital inside it ("TimeLedger", "DonorPerfect", "VetPoint") is a product's
 * name, usually a client's line-of-business app that no list can hold. Surnames written the same
 * way ("McKenzie", "DeVries", "LeBlanc", "VanDyke") are not.
 */
const CAMEL_CASE =
  /(?<![A-Za-z0-9])(?!(?:Mc|Mac|De|Di|Da|Du|Le|La|Van|Von)[A-Z])[A-Za-z]*[a-z][A-Z][A-Za-z]*(?![A-Za-z0-9])/g;

/**
 * Words typed in camel case that name no listed or left-out product, in lower case, once each: a
 * client's own apps, which count as products of their own.
 */
export function typedProductNames(text: string): string[] {
  const names = [...text.matchAll(CAMEL_CASE)].map((m) => m[0].toLowerCase());
  return [...new Set(names)].filter((name) => !LEFT_OUT.has(name) && productsNamed(name).length === 0);
}

/** Whether a text holds the word, whole and in any case ("Timeledger" holds "timeledger"). */
export function containsWord(text: string, word: string): boolean {
  return new RegExp(`(?<![a-z0-9])${escapeRegExp(word)}(?![a-z0-9])`).test(text.toLowerCase());
}
