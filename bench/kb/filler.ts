import type { SourceDocument } from '../../core/kb/index/types.ts';

/**
 * Deterministic filler documentation to bring the bench corpus to 50,000 chunks: asset notes,
 * change logs, site surveys and procedures for 40 made-up clients, written from a shared IT
 * vocabulary (Windows, Outlook, printers, firewalls …) so the real articles have to win against
 * plausible noise, not against lorem ipsum.
 */

/** mulberry32: tiny, fast, and the same sequence on every machine. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CLIENT_NAMES = [
  'Adatum Corporation',
  'Alpine Ski House',
  'Bellows College',
  'Best For You Organics',
  'Blue Yonder Airlines',
  'City Power & Light',
  'Coho Winery',
  'Consolidated Messenger',
  'Datum Legal LLP',
  'Fourth Coffee',
  'Graphic Design Institute',
  'Humongous Insurance',
  'Lamna Healthcare',
  'Liberty Delightful Sinful Bakery',
  'Litware, Inc.',
  'Lucerne Publishing',
  "Margie's Travel",
  "Munson's Pickles",
  'Nod Publishers',
  'Proseware, Inc.',
  'Relecloud',
  'School of Fine Art',
  'Southridge Video',
  'Tailspin Toys',
  'Trey Research',
  'VanArsdel, Ltd.',
  'Wide World Importers',
  'Wingtip Toys',
  'Woodgrove Bank',
  'Adventure Works Cycles',
  'Baldwin Museum of Science',
  'Contoso Pharmaceuticals',
  'First Up Consultants',
  'Northwind Health',
  'Olympia Dental',
  'Parnell Aerospace',
  'Rainier Freight',
  'Sandhill Vets',
  'Tasmanian Traders',
  'Zava Clinics',
];
const ASSETS = [
  'domain controller',
  'file server',
  'Hyper-V host',
  'VMware cluster',
  'FortiGate firewall',
  'Meraki MX',
  'Ubiquiti access point',
  'HP LaserJet printer',
  'Ricoh copier',
  'Synology NAS',
  'Veeam backup server',
  'SQL Server',
  'RD Gateway',
  'Exchange hybrid server',
  'Intune tenant',
  'Entra Connect server',
  'UPS',
  'core switch',
  'Wi-Fi controller',
  'phone system',
  'line-of-business app server',
  'print server',
  'reception PC',
  'boardroom display',
  'CCTV recorder',
  'door access controller',
  'label printer',
];
const DOC_KINDS = [
  'configuration notes',
  'change log',
  'site survey',
  'maintenance procedure',
  'handover notes',
  'asset record',
  'audit findings',
  'project notes',
];
const SECTION_HEADINGS = [
  'Overview',
  'Network details',
  'Credentials location',
  'Maintenance window',
  'Change history',
  'Known quirks',
  'Contacts',
  'Monitoring',
  'Backup schedule',
  'Licensing',
  'Hardware',
  'Firmware',
  'Access',
  'Escalation',
  'Decommissioning plan',
  'Warranty',
  'Patching',
  'Dependencies',
];
const SUBJECTS = [
  'The server',
  'The firewall',
  'The printer',
  'The switch',
  'Outlook on the reception PC',
  'The backup job',
  'The Windows update ring',
  'The VPN profile',
  'The Wi-Fi network',
  'The DNS zone',
  'The DHCP scope',
  'The Teams room',
  'The OneDrive policy',
  'The SharePoint site',
  'The Intune compliance policy',
  'The RMM agent',
  'The antivirus console',
  'The user mailbox',
  'The scanner',
  'The UPS battery',
  'The certificate',
  'The group policy object',
  'The shared mailbox',
  'The admin account',
  'The laptop fleet',
];
const VERBS = [
  'was upgraded to',
  'was moved to',
  'is monitored by',
  'replicates to',
  'authenticates against',
  'was reconfigured for',
  'depends on',
  'is patched during',
  'sends alerts to',
  'was replaced by',
  'is documented in',
  'syncs with',
  'was audited against',
  'is licensed through',
  'reports to',
];
const OBJECTS = [
  'the new VLAN 30',
  'the secondary site',
  'the Datto RMM portal',
  'the quarterly maintenance window',
  'Azure Blob storage',
  'the on-premises domain',
  'firmware 7.2.8',
  'the Sophos Central console',
  'the finance team',
  'the guest network',
  'Microsoft 365 Business Premium',
  'the offsite NAS',
  'a 2-hour change window on Sundays',
  'the ISP fibre circuit',
  'the warehouse access points',
  'the Windows 11 23H2 baseline',
  'the PSA ticket queue',
  'the on-call engineer',
  'Veeam Backup & Replication 12',
  'the IT Glue password vault',
  'a new 10 Gb uplink',
  'the reception switch stack',
  'an SSL certificate from Sectigo',
];
const TAILS = [
  'Confirm with the client before any restart.',
  'Last verified by the field engineer during the site visit.',
  'Serial numbers are recorded in the asset register.',
  'Alerts route to the NOC queue outside business hours.',
  'The client contact approves changes by email.',
  'Do not change this without a change request.',
  'Warranty renewal is due next financial year.',
  'Performance was checked and is within normal limits.',
  'Logs are retained for 90 days.',
  'The config backup is stored in the documentation vault.',
];

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)] as T;
}

function sentence(rand: () => number): string {
  const ip = `10.${Math.floor(rand() * 255)}.${Math.floor(rand() * 255)}.${Math.floor(rand() * 254) + 1}`;
  const kinds = [
    () => `${pick(rand, SUBJECTS)} ${pick(rand, VERBS)} ${pick(rand, OBJECTS)}.`,
    () => `${pick(rand, SUBJECTS)} sits at ${ip} and ${pick(rand, VERBS)} ${pick(rand, OBJECTS)}.`,
    () => pick(rand, TAILS),
    () =>
      `Ticket #${Math.floor(rand() * 90000) + 10000}: ${pick(rand, SUBJECTS).toLowerCase()} ${pick(rand, VERBS)} ${pick(rand, OBJECTS)}.`,
  ];
  return pick(rand, kinds)();
}

/** Documents whose chunks add up to at least `targetChunks` (counted by the caller's chunker). */
export function* fillerDocuments(seed = 7): Generator<SourceDocument> {
  const rand = prng(seed);
  for (let n = 0; ; n += 1) {
    const client = rand() < 0.2 ? null : pick(rand, CLIENT_NAMES);
    const asset = pick(rand, ASSETS);
    const sections: string[] = [];
    const count = 3 + Math.floor(rand() * 6);
    for (let s = 0; s < count; s += 1) {
      const sentences = Array.from({ length: 6 + Math.floor(rand() * 8) }, () => sentence(rand));
      sections.push(`## ${pick(rand, SECTION_HEADINGS)}\n${sentences.join(' ')}`);
    }
    yield {
      externalId: `filler:${n}`,
      title: `${client ?? 'Internal'}: ${asset} ${pick(rand, DOC_KINDS)}`,
      url: `https://docs.contoso-msp.example/filler/${n}`,
      companyName: client,
      folder: asset,
      updatedAt: null,
      text: sections.join('\n\n'),
    };
  }
}
