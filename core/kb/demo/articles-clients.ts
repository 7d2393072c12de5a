import { DEMO_COMPANIES, type DemoArticle, KB_BASE_URL } from './article.ts';

/** Client-specific runbooks: returned only for tickets of the client they belong to. */
export const CLIENT_ARTICLES: readonly DemoArticle[] = [
  {
    id: 'kb-fabrikam-scan-to-folder',
    title: 'Fabrikam: Ricoh copiers fail to scan to folder after a password change',
    url: `${KB_BASE_URL}/fabrikam/ricoh-scan-to-folder`,
    source: 'demo',
    companyId: DEMO_COMPANIES.fabrikam,
    keywords: ['ricoh', 'copier', 'scanner', 'scan to folder', 'smb', 'scans share', 'address book'],
    body:
      "Fabrikam's Ricoh MP copiers scan to \\\\FAB-FS01\\Scans with the svc-scan account. " +
      'When that account\'s password changes, every copier shows "Connection to the destination has failed" when scanning to folder. ' +
      'Update the password in each copier address book entry through Web Image Monitor.',
    checks: [
      'Run Get-ADUser svc-scan -Properties PasswordLastSet,LockedOut',
      'Run Test-NetConnection FAB-FS01 -Port 445 from the copier VLAN',
    ],
    fix: {
      title: 'Update the scan account password in the Ricoh address book',
      steps: [
        'Open Web Image Monitor on each copier and sign in as admin.',
        'Address Book > each folder destination > Auth. Info > set the svc-scan password from IT Glue.',
        'Send a test scan to folder.',
      ],
    },
  },
  {
    id: 'kb-northwind-quickbooks-h202',
    title: 'Northwind: QuickBooks H202 error when switching to multi-user mode',
    url: `${KB_BASE_URL}/northwind/quickbooks-h202`,
    source: 'demo',
    companyId: DEMO_COMPANIES.northwind,
    keywords: ['quickbooks', 'h202', 'multi-user', 'company file', 'database server manager'],
    body:
      'Northwind keeps the QuickBooks company file on NW-APP01. ' +
      'Error H202 on a workstation means it cannot reach the QuickBooks Database Server Manager on that server. ' +
      'The service usually stops after Windows Updates restart NW-APP01.',
    checks: [
      'On NW-APP01 run Get-Service QuickBooksDB* and note the status',
      'Run Test-NetConnection NW-APP01 -Port 8019 from the workstation',
    ],
    fix: {
      title: 'Restart QuickBooks Database Server Manager and rescan the company folder',
      steps: [
        'On NW-APP01 run Start-Service QuickBooksDB34 (the number matches the QuickBooks year).',
        'Open QuickBooks Database Server Manager and scan D:\\QBData.',
        'On the workstation, open the company file and switch to multi-user mode.',
      ],
    },
  },
];
