import { type DemoArticle, KB_BASE_URL } from './article.ts';

/** Windows endpoint problems: printing, disk space, slow logon. */
export const WINDOWS_ARTICLES: readonly DemoArticle[] = [
  {
    id: 'kb-print-spooler-stuck-queue',
    title: 'Print Spooler service crashes or print jobs stuck in the queue',
    url: `${KB_BASE_URL}/print-spooler-stuck-queue`,
    source: 'demo',
    companyId: null,
    keywords: [
      'printer',
      'printing',
      'print queue',
      'spooler',
      'stuck job',
      'cannot print',
      'nothing prints',
      'office printer',
    ],
    body:
      'Jobs sit in the print queue with status "Deleting" or "Error", or the Print Spooler service stops a few seconds after it starts. ' +
      'A corrupt spool file in C:\\Windows\\System32\\spool\\PRINTERS blocks the queue for every printer on the machine. ' +
      'Repeated spooler crashes right after a job is sent usually point to a faulty third-party printer driver. ' +
      'Event Viewer logs the failing module under Application (Event ID 1000, spoolsv.exe). ' +
      'Clearing the spool folder fixes a stuck queue; a crashing spooler needs the driver replaced with the vendor universal or Microsoft IPP driver.',
    checks: [
      'Run Get-Service Spooler and note whether the service is Running or Stopped',
      'Check Event Viewer > Application for Event ID 1000 faulting spoolsv.exe and note the faulting module',
      'Run Get-PrintJob -PrinterName "<printer>" to list stuck jobs',
    ],
    fix: {
      title: 'Clear the spool folder and restart the Print Spooler',
      steps: [
        'Run Stop-Service Spooler -Force in an elevated PowerShell.',
        'Delete everything in C:\\Windows\\System32\\spool\\PRINTERS.',
        'Run Start-Service Spooler and print a test page.',
        'If the spooler crashes again, remove the faulting driver in printmanagement.msc and install the vendor universal driver.',
      ],
    },
  },
  {
    id: 'kb-printer-shows-offline',
    title: 'Network printer shows "Offline" on PCs (SNMP status, WSD port or changed IP)',
    url: `${KB_BASE_URL}/printer-shows-offline`,
    source: 'demo',
    companyId: null,
    keywords: [
      'printer offline',
      'printer shows offline',
      'shared printer',
      'network printer',
      'cannot print',
      'printer not responding',
    ],
    body:
      'Windows marks a network printer Offline when the port it prints to stops answering. ' +
      'If the printer itself is on and its own display shows an IP address, the usual causes are: the printer got a new address from DHCP while the PC still prints to the old one; a WSD port that lost the device after a network change; or SNMP status checking reporting Offline although the printer accepts jobs. ' +
      'When every PC shows the same printer Offline at once, look at what changed on the network (a firewall or switch change, a new VLAN) before touching the PCs. ' +
      'A printer that is Offline on one PC only usually has a stale port or a paused queue on that PC.',
    checks: [
      "Print the printer's configuration page and note its IP address",
      'Ping that address from an affected PC and note whether it answers',
      'In Printer properties > Ports, note whether the port is WSD or a TCP/IP port, and which address it uses',
    ],
    fix: {
      title: 'Point the printer at a Standard TCP/IP port on a reserved address',
      steps: [
        "Reserve the printer's current IP address in DHCP (or set it statically on the printer).",
        'In Printer properties > Ports, add a Standard TCP/IP Port with that address and select it.',
        'Untick "SNMP Status Enabled" on the port if the printer still shows Offline while printing.',
        'Print a test page; if every PC was affected, push the same port to them by GPO or the print server.',
      ],
    },
  },
  {
    id: 'kb-disk-full-winsxs',
    title: 'C: drive full: reclaim space from Windows Update cache and WinSxS',
    url: `${KB_BASE_URL}/disk-full-windows-update-winsxs`,
    source: 'demo',
    companyId: null,
    keywords: [
      'disk full',
      'low disk space',
      'c drive',
      'free space',
      'storage',
      'softwaredistribution',
      'winsxs',
      'cleanup',
    ],
    body:
      'The system drive is full or nearly full, updates fail to install and applications slow down or crash. ' +
      'On long-lived machines C:\\Windows\\SoftwareDistribution\\Download and the component store (WinSxS) commonly hold 10–30 GB of superseded update files. ' +
      'Analyse the component store before cleaning so you know how much space you will get back. ' +
      'Never delete files from WinSxS by hand; use DISM, which removes superseded components safely.',
    checks: [
      'Run Get-PSDrive C and note the free space',
      'Run Dism /Online /Cleanup-Image /AnalyzeComponentStore and note the reclaimable size',
      'Check the size of C:\\Windows\\SoftwareDistribution\\Download',
    ],
    fix: {
      title: 'Clean the Windows Update cache and the component store',
      steps: [
        'Run Stop-Service wuauserv,bits in an elevated PowerShell.',
        'Delete the contents of C:\\Windows\\SoftwareDistribution\\Download, then Start-Service wuauserv,bits.',
        'Run Dism /Online /Cleanup-Image /StartComponentCleanup.',
        'Run cleanmgr /sageset:1 and cleanmgr /sagerun:1 to remove temporary files and old update logs.',
        'Confirm free space with Get-PSDrive C.',
      ],
    },
  },
  {
    id: 'kb-slow-logon-profile-gpo',
    title: 'Slow logon: long "Please wait" or "Preparing Windows" (roaming profile or Group Policy)',
    url: `${KB_BASE_URL}/slow-logon-roaming-profile-gpo`,
    source: 'demo',
    companyId: null,
    keywords: [
      'slow login',
      'slow logon',
      'sign in slow',
      'please wait',
      'welcome screen',
      'roaming profile',
      'group policy',
      'gpo',
      'gpresult',
      'takes forever',
    ],
    body:
      'Logging on takes several minutes at "Please wait for the User Profile Service" or "Applying Group Policy". ' +
      'Large roaming profiles copying AppData over the network and Group Policy Preferences mapping drives to unreachable servers are the usual culprits. ' +
      'The Group Policy operational log and a gpresult report show which extension took the time. ' +
      'Redirecting folders and excluding AppData\\Local from roaming keeps profile size down.',
    checks: [
      'Run gpresult /h C:\\Temp\\gp.html and note the slowest client-side extension',
      'Check Event Viewer > Applications and Services > Microsoft > Windows > GroupPolicy > Operational for events 8001 and 5017',
      'Check the size of the user roaming profile folder on the profile server',
    ],
    fix: {
      title: 'Trim the roaming profile and fix slow Group Policy processing',
      steps: [
        'Remove drive mappings in Group Policy Preferences that point to decommissioned servers.',
        'Enable Folder Redirection for Desktop, Documents and AppData\\Roaming.',
        'Exclude AppData\\Local and large application caches from the roaming profile.',
        'Have the user sign out and in twice and compare logon time in the GroupPolicy operational log.',
      ],
    },
  },
];
