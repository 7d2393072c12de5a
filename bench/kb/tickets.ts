import { CLIENTS } from './articles.ts';

/**
 * Labelled tickets as techs and users write them, for `bench:kb` and the search quality test.
 * `expected`: the article ids that would be a right answer (the first is the best one), or null
 * when the KB has nothing for it and the honest answer is none.
 */
export interface LabelledTicket {
  text: string;
  company: string | null;
  expected: string[] | null;
}

const { contoso, fabrikam, northwind } = CLIENTS;

export const LABELLED_TICKETS: readonly LabelledTicket[] = [
  {
    text: 'Outlook says trying to connect since she changed her password, webmail is fine',
    company: contoso,
    expected: ['outlook-trying-to-connect', 'outlook-password-prompt-loop'],
  },
  {
    text: 'outlook keeps popping up asking for my password over and over',
    company: fabrikam,
    expected: ['outlook-password-prompt-loop', 'outlook-trying-to-connect'],
  },
  {
    text: 'Outlook freezes and says not responding every time I click on the inbox',
    company: null,
    expected: ['outlook-ost-rebuild'],
  },
  {
    text: 'cant find emails with outlook search, says results may be incomplete',
    company: northwind,
    expected: ['outlook-search-not-working'],
  },
  {
    text: 'gave Jane full access to the accounts shared mailbox but it doesnt show in her outlook',
    company: contoso,
    expected: ['shared-mailbox-not-showing'],
  },
  {
    text: 'user getting mailbox almost full warnings and now cant send',
    company: fabrikam,
    expected: ['mailbox-full-quota'],
  },
  {
    text: 'emails to one of our suppliers bounce back with 550 5.7.26 unauthenticated',
    company: null,
    expected: ['email-bounce-ndr-550'],
  },
  {
    text: 'got a weird email asking me to log in to see an invoice, I think its phishing',
    company: contoso,
    expected: ['email-phishing-report'],
  },
  {
    text: 'new phone, authenticator app not getting the approve notifications anymore',
    company: fabrikam,
    expected: ['mfa-new-phone'],
  },
  {
    text: 'Teams keeps asking for MFA every few minutes, really annoying',
    company: northwind,
    expected: ['mfa-prompt-loop'],
  },
  { text: 'Excel shows unlicensed product red banner', company: contoso, expected: ['m365-license-missing'] },
  { text: 'forgot my password and cant sign in', company: fabrikam, expected: ['entra-password-reset-sspr'] },
  {
    text: 'Error AADSTS53003 you cannot access this right now when logging in from home laptop',
    company: null,
    expected: ['conditional-access-blocked'],
  },
  {
    text: 'customer says they cant open the file we shared with them, keeps asking for a verification code',
    company: contoso,
    expected: ['guest-access-sharepoint'],
  },
  {
    text: 'camera is black in teams meetings, other people cant see me',
    company: northwind,
    expected: ['teams-camera-not-working'],
  },
  {
    text: 'teams just shows a white screen when it opens',
    company: fabrikam,
    expected: ['teams-cache-clear'],
  },
  {
    text: 'no dial pad in teams, cant call external numbers',
    company: contoso,
    expected: ['teams-phone-no-dial-tone'],
  },
  {
    text: 'onedrive stuck on processing changes all day',
    company: northwind,
    expected: ['onedrive-sync-stuck'],
  },
  {
    text: 'my desktop icons are all gone after onedrive backup was turned on',
    company: contoso,
    expected: ['onedrive-known-folder'],
  },
  {
    text: 'accidentally saved over the budget spreadsheet, need yesterdays version back',
    company: fabrikam,
    expected: ['file-restore-version-history', 'backup-restore-file'],
  },
  {
    text: 'print jobs stuck in the queue and wont delete',
    company: fabrikam,
    expected: ['print-spooler-stuck'],
  },
  {
    text: 'the printer says offline on my pc but others can print fine',
    company: northwind,
    expected: ['printer-offline'],
  },
  {
    text: 'scanner on the copier wont send scans to email anymore, smtp authentication error',
    company: null,
    expected: ['scan-to-email-fails'],
  },
  {
    text: 'on vpn I can ping the server by ip but not by name',
    company: northwind,
    expected: ['vpn-no-internal-dns'],
  },
  {
    text: 'VPN keeps dropping every 10 minutes when working from home',
    company: null,
    expected: ['vpn-drops-frequently'],
  },
  {
    text: 'laptop connected to wifi but no internet, ip is 169.254',
    company: fabrikam,
    expected: ['wifi-no-internet-apipa', 'dhcp-scope-exhausted'],
  },
  {
    text: 'new devices and guests are not getting an ip address, dhcp full',
    company: null,
    expected: ['dhcp-scope-exhausted'],
  },
  { text: 'whole office has no internet since 9am', company: null, expected: ['internet-outage-office'] },
  {
    text: 'S drive missing, says could not reconnect all network drives',
    company: contoso,
    expected: ['mapped-drive-missing'],
  },
  {
    text: 'account keeps getting locked out every few minutes after password change',
    company: fabrikam,
    expected: ['ad-account-lockout'],
  },
  {
    text: 'trust relationship between this workstation and the primary domain failed',
    company: northwind,
    expected: ['ad-trust-relationship'],
  },
  { text: 'windows update fails with 0x800f0922', company: contoso, expected: ['windows-update-failing'] },
  {
    text: 'pc blue screened twice today, stop code DRIVER_IRQL_NOT_LESS_OR_EQUAL',
    company: null,
    expected: ['bsod-troubleshooting'],
  },
  {
    text: 'laptop asking for bitlocker recovery key after bios update',
    company: fabrikam,
    expected: ['bitlocker-recovery'],
  },
  { text: 'veeam backup job failed last night, vss error', company: null, expected: ['backup-job-failed'] },
  {
    text: 'QuickBooks error H202 when switching to multi-user',
    company: northwind,
    expected: ['quickbooks-multi-user'],
  },
  // Typos
  {
    text: 'outlok keeps askng for pasword',
    company: null,
    expected: ['outlook-password-prompt-loop', 'outlook-trying-to-connect'],
  },
  {
    text: 'onedrvie not synching',
    company: contoso,
    expected: ['onedrive-sync-stuck', 'sharepoint-sync-library'],
  },
  { text: 'bitlokcer recovery screen on boot', company: null, expected: ['bitlocker-recovery'] },
  // Client-scoped
  {
    text: 'Contoso user cannot connect to AnyConnect vpn, saml error',
    company: contoso,
    expected: ['contoso-vpn-meraki', 'vpn-wont-connect'],
  },
  { text: 'sage payroll says data path not found', company: contoso, expected: ['contoso-sage-payroll'] },
  {
    text: 'follow me printing not releasing jobs on the konica',
    company: contoso,
    expected: ['contoso-printer-konica', 'print-spooler-stuck'],
  },
  {
    text: 'fortitoken code rejected on forticlient',
    company: fabrikam,
    expected: ['fabrikam-vpn-fortinet', 'vpn-wont-connect'],
  },
  { text: 'dynamics gp login failed SY_Users', company: fabrikam, expected: ['fabrikam-erp-dynamics'] },
  { text: 'autocad says no licenses available', company: fabrikam, expected: ['fabrikam-autocad-license'] },
  {
    text: 'till in the store is offline and cant take card payments',
    company: northwind,
    expected: ['northwind-pos-terminal'],
  },
  {
    text: 'zebra scanners in the warehouse dropping off wifi',
    company: northwind,
    expected: ['northwind-warehouse-scanner', 'wifi-keeps-dropping'],
  },
  // Another client's runbook must not answer: these have no right answer for this client.
  { text: 'sage payroll says data path not found', company: fabrikam, expected: null },
  { text: 'lightspeed pos till offline', company: contoso, expected: null },
  // The KB cannot answer these.
  { text: 'the coffee machine on the second floor is leaking', company: null, expected: null },
  { text: 'can you order 3 new monitors for the marketing team', company: contoso, expected: null },
  { text: 'please add a new starter to the payroll in xero', company: fabrikam, expected: null },
  { text: 'the CEO wants a new iphone 16 pro', company: northwind, expected: null },
  { text: 'our website is down, godaddy hosting says expired', company: null, expected: null },
  { text: 'need a quote for a new server for the warehouse', company: northwind, expected: null },
  { text: 'the door badge reader at reception is beeping', company: contoso, expected: null },
  { text: 'windows', company: null, expected: null },
  { text: 'salesforce dashboard shows wrong revenue figures', company: fabrikam, expected: null },
  { text: 'keyboard has sticky keys after coffee spill', company: null, expected: null },
];
