import { type DemoArticle, KB_BASE_URL } from './article.ts';

/** Microsoft 365 client problems: Outlook, sign-in/MFA, OneDrive. */
export const MICROSOFT_365_ARTICLES: readonly DemoArticle[] = [
  {
    id: 'kb-outlook-trying-to-connect',
    title: 'Outlook stuck on "Trying to connect" or "Disconnected" (Microsoft 365)',
    url: `${KB_BASE_URL}/outlook-trying-to-connect`,
    source: 'demo',
    companyId: null,
    keywords: [
      'outlook',
      'exchange online',
      'disconnected',
      'offline',
      'mailbox',
      'email',
      'password prompt',
    ],
    body:
      'Outlook shows "Trying to connect…" or "Disconnected" in the status bar while webmail works. ' +
      'The most common cause after a password change is a stale cached credential or a corrupt Outlook profile. ' +
      'Confirm Outlook on the web (outlook.office.com) works with the same account first; if it does, the mailbox is fine and the problem is local. ' +
      'Clearing the MicrosoftOffice16 entries from Credential Manager and signing in again fixes most cases. ' +
      'If it persists, create a new Outlook profile from Control Panel > Mail and set it as default; the OST rebuilds from the server.',
    checks: [
      'Sign in to https://outlook.office.com as the user and confirm mail loads',
      'Run Test-NetConnection outlook.office365.com -Port 443 on the workstation',
      'Open Credential Manager > Windows Credentials and look for MicrosoftOffice16_Data entries',
    ],
    fix: {
      title: 'Clear cached Office credentials and rebuild the Outlook profile',
      steps: [
        'Close Outlook and Teams.',
        'In Credential Manager > Windows Credentials, remove every MicrosoftOffice16_Data:* and MSO entry for the user.',
        'Start Outlook and sign in with the new password; wait five minutes for it to connect.',
        'If still "Trying to connect": Control Panel > Mail (Microsoft Outlook) > Show Profiles > Add, create a new profile and choose "Always use this profile".',
        'Start Outlook, let the OST download, then delete the old profile.',
      ],
    },
  },
  {
    id: 'kb-outlook-password-prompt',
    title: 'Outlook keeps asking for a password (credential prompt loop)',
    url: `${KB_BASE_URL}/outlook-password-prompt`,
    source: 'demo',
    companyId: null,
    keywords: [
      'outlook',
      'password prompt',
      'keeps asking for password',
      'credentials',
      'windows security',
      'sign in again',
      'modern authentication',
    ],
    body:
      'Outlook repeatedly pops up a Windows Security or Microsoft sign-in window asking for the password; typing it in does nothing and the prompt comes back. ' +
      'It usually starts after a password change, an MFA enrolment or a Windows update, on one PC while webmail and the phone keep working. ' +
      'The cause is a stale cached credential, a broken Web Account Manager (WAM) token, or modern authentication switched off in the registry so Outlook falls back to basic prompts that Exchange Online refuses.',
    checks: [
      'Sign in to https://outlook.office.com as the user and confirm the password works there',
      'Open Credential Manager > Windows Credentials and look for MicrosoftOffice16_Data and MSO entries',
      'Check HKCU\\Software\\Microsoft\\Exchange for AlwaysUseMSOAuthForAutoDiscover and HKCU\\Software\\Microsoft\\Office\\16.0\\Common\\Identity for EnableADAL = 0',
    ],
    fix: {
      title: 'Clear the cached credentials and sign Outlook in again',
      steps: [
        'Close Outlook, Teams and every Office app.',
        'In Credential Manager > Windows Credentials, remove every MicrosoftOffice16_Data:* and MSO entry for the user.',
        'In Settings > Accounts > Access work or school, disconnect and reconnect the work account if it shows an error.',
        'Remove any EnableADAL = 0 or DisableADALatopWAMOverride values so modern authentication is used.',
        'Start Outlook, sign in once with the current password and approve MFA; the prompt should not return.',
      ],
    },
  },
  {
    id: 'kb-m365-mfa-prompt-loop',
    title: 'Microsoft 365 MFA prompt loop: user is asked to sign in and approve repeatedly',
    url: `${KB_BASE_URL}/m365-mfa-prompt-loop`,
    source: 'demo',
    companyId: null,
    keywords: [
      'mfa',
      'multi-factor',
      'authenticator',
      'sign-in loop',
      'approve',
      'prompt',
      'token',
      'entra',
      'teams',
    ],
    body:
      'After approving the Authenticator request the user is sent back to the sign-in page, or Teams and Outlook ask for MFA again every few minutes. ' +
      'The usual causes are a broken Primary Refresh Token on the device, a stale token cache in the Office identity broker, or a Conditional Access policy requiring a compliant device that the machine does not meet. ' +
      'The Entra ID sign-in logs show which policy failed and whether the device was recognised. ' +
      'Clearing the AAD broker cache and re-registering the device ends the loop in most cases.',
    checks: [
      'Run dsregcmd /status and note AzureAdJoined, AzureAdPrt and DeviceAuthStatus',
      'In Entra ID > Sign-in logs, open the failed sign-ins for the user and note the Conditional Access result',
      'Confirm the date and time on the device are correct',
    ],
    fix: {
      title: 'Reset the Office sign-in token cache and re-register the device',
      steps: [
        'Sign out of all Office apps and Teams, then close them.',
        'Delete %LOCALAPPDATA%\\Packages\\Microsoft.AAD.BrokerPlugin_cw5n1h2txyewy\\AC\\TokenBroker and %LOCALAPPDATA%\\Microsoft\\IdentityCache.',
        'If dsregcmd /status shows AzureAdPrt : NO, disconnect and reconnect the work account under Settings > Accounts > Access work or school.',
        'Sign in once in Outlook, approve MFA, and confirm Teams signs in silently.',
      ],
    },
  },
  {
    id: 'kb-onedrive-processing-changes',
    title: 'OneDrive sync stuck on "Processing changes" or "Sync pending"',
    url: `${KB_BASE_URL}/onedrive-processing-changes`,
    source: 'demo',
    companyId: null,
    keywords: [
      'onedrive',
      'sync',
      'syncing',
      'sharepoint',
      'processing changes',
      'files on demand',
      'pending',
    ],
    body:
      'The OneDrive icon shows "Processing changes" or "Sync pending" for hours and new files never reach SharePoint or OneDrive online. ' +
      'Typical causes are a very large number of files, paths longer than 400 characters, invalid characters in file names, or a file locked by an open application. ' +
      'The OneDrive activity centre lists the items it cannot upload. ' +
      'Resetting the OneDrive client rebuilds its local database without deleting files and clears most stuck states.',
    checks: [
      'Open the OneDrive activity centre and note any files listed with sync errors',
      'Check free space on the system drive and the number of files in the synced libraries',
      'Look for file paths longer than 400 characters or names containing characters like " * : < > ? / \\ |',
    ],
    fix: {
      title: 'Reset the OneDrive sync client',
      steps: [
        'Close any app holding files in the synced folders.',
        'Run %localappdata%\\Microsoft\\OneDrive\\onedrive.exe /reset (Win+R).',
        'If OneDrive does not restart within two minutes, start it manually from the Start menu.',
        'Wait for the initial scan to complete; rename or move any files still flagged in the activity centre.',
      ],
    },
  },
];
