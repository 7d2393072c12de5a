/**
 * Set S: a blind labelled KB set, written without reading the search code or any other set.
 * A Houston MSP documenting in IT Glue for an oil-field services firm, a BBQ restaurant group, a charter school and a dermatology practice.
 */
import { article, type BenchArticle } from '../articles.ts';

export const SET_S_CLIENTS = {
  brazos: 'Brazos Basin Wellsite Services, LLC',
  smokehouse: 'Bayou City Smokehouse Group',
  academy: 'Gulf Coast STEM Academy',
  derm: 'Memorial Park Dermatology Associates, PA',
} as const;

const { brazos, smokehouse, academy, derm } = SET_S_CLIENTS;

export const SET_S_ARTICLES: readonly BenchArticle[] = [
  // ---------------------------------------------------------------- Microsoft 365 / Outlook & Exchange
  article(
    's-outlook-profile-rebuild',
    "Outlook hangs on 'Loading Profile' or loops on the password prompt - rebuild the Outlook profile",
    null,
    'Microsoft 365/Outlook',
    [
      [
        'Symptoms',
        "Classic Outlook for Microsoft 365 sits on 'Loading Profile...' or 'Processing...' and never opens, or it opens and immediately shows the 'Windows Security - Microsoft Outlook - Connecting to user@domain.com' credential box again and again even though the password typed is correct. Variants: 'Cannot start Microsoft Outlook. Cannot open the Outlook window. The set of folders cannot be opened.' and 'Need password' in the status bar. Outlook on the web (outlook.office.com) works normally for the same user, which is what separates this from an account problem.",
      ],
      [
        'Cause',
        'A damaged Outlook profile or OST file, cached credentials left behind in Windows Credential Manager after a password change, or a broken Web Account Manager (WAM) token in the AAD Broker plugin. It is common right after a password reset, a UPN/name change, or a mailbox migration.',
      ],
      [
        'Resolution',
        "1. Confirm OWA works. If OWA also fails, stop here and treat it as an account/licensing issue.\n2. Close Outlook and end OUTLOOK.EXE in Task Manager.\n3. Control Panel > Credential Manager > Windows Credentials: remove every entry starting with MicrosoftOffice16_Data and any stale msteams/OneDrive entries.\n4. Control Panel > Mail (Microsoft Outlook) > Show Profiles > Add. Create 'Outlook2', add the account, and select 'Always use this profile'.\n5. Let the new profile finish syncing, then rename the old OST in %LOCALAPPDATA%\\Microsoft\\Outlook to .old.\n6. If the prompt still loops, sign out under File > Office Account, then re-register the broker as the user: Add-AppxPackage -Register \"$env:windir\\SystemApps\\Microsoft.AAD.BrokerPlugin_cw5n1h2txyewy\\Appxmanifest.xml\" -DisableDevelopmentMode -ForceApplicationShutdown\n7. Test in safe mode (outlook.exe /safe) to rule out a bad add-in; disable add-ins under File > Options > Add-ins > COM Add-ins.",
      ],
      [
        'Escalation',
        'If a brand-new profile also fails while OWA works, escalate to L2 with the Office build (File > Office Account) and the Outlook scan output from the Microsoft Support and Recovery Assistant (GetHelp / SaRA).',
      ],
      [
        'Notes',
        'Do not delete the old profile until the user confirms signatures, PST files and shared calendars are back. Signatures live in %APPDATA%\\Microsoft\\Signatures. New Outlook does not use profiles; toggle back to classic Outlook first.',
      ],
    ],
  ),
  article(
    's-shared-mailbox-access',
    'Grant Full Access / Send As on a shared mailbox and fix it not appearing in Outlook',
    null,
    'Microsoft 365/Exchange Online',
    [
      [
        'Symptoms',
        "A user cannot see a shared inbox (billing@, info@, orders@) in the Outlook folder pane, or the mailbox appears but sending from it fails with 'You do not have permission to send the message on behalf of the specified user' or NDR '554 5.2.252 SendAsDenied; user@domain not allowed to send as billing@domain'. Sent items from the shared address land in the user's own Sent Items.",
      ],
      [
        'Cause',
        'Full Access or Send As was never granted, automapping has not caught up yet (up to 60 minutes plus an Outlook restart), or access was granted through a mail-enabled security group - automapping does not work through groups.',
      ],
      [
        'Resolution',
        "1. Exchange admin center > Recipients > Mailboxes > select the shared mailbox > Delegation. Add the user under 'Read and manage (Full Access)' and 'Send as'.\n2. PowerShell equivalent: Add-MailboxPermission -Identity billing@contoso.com -User jdoe@contoso.com -AccessRights FullAccess -AutoMapping $true then Add-RecipientPermission -Identity billing@contoso.com -Trustee jdoe@contoso.com -AccessRights SendAs -Confirm:$false\n3. Wait 30-60 minutes and restart Outlook.\n4. Still missing: File > Account Settings > Account Settings > Change > More Settings > Advanced > Add, type the shared mailbox name.\n5. To send from it, turn on the From field (Options > Show Fields > From) and choose the shared address. In new Outlook type the address once in From > Other email address.\n6. Keep sent copies in the shared mailbox: Set-Mailbox billing@contoso.com -MessageCopyForSentAsEnabled $true",
      ],
      [
        'Escalation',
        'Permission requests must come from the mailbox owner or an authorized contact listed in IT Glue. Requests to remove access from a departing employee follow the offboarding runbook.',
      ],
      [
        'Notes',
        'Shared mailboxes under 50 GB need no license. Never hand out a shared mailbox password; sign-in on shared mailboxes stays blocked.',
      ],
    ],
  ),
  article(
    's-exchange-ndr-bounces',
    'Reading Exchange Online bounce messages (NDRs): 5.1.10, 5.2.2 mailbox full, 5.7.133, 5.4.1',
    null,
    'Microsoft 365/Mail Flow',
    [
      [
        'Symptoms',
        "The user receives 'Undeliverable: <subject>' or 'Delivery has failed to these recipients or groups'. Codes we see most: '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'; '552 5.2.2 mailbox full / The recipient's mailbox is full and can't accept messages now'; '550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup' (outside senders to an internal distribution list); '550 5.4.1 Recipient address rejected: Access denied. AS(201806281)'. Also the sender's own mailbox warning 'Your mailbox is almost full' / 'cannot send or receive'.",
      ],
      [
        'Cause',
        '5.1.10: misspelled or retired address, or a stale Outlook autocomplete entry (IMCEAEX after a migration). 5.2.2: the recipient mailbox is over quota. 5.7.133: the group only accepts internal senders. 5.4.1: directory-based edge blocking - the address does not exist in the receiving tenant.',
      ],
      [
        'Resolution',
        "1. Get the full NDR: have the user forward it as an attachment or screenshot the 'Diagnostic information for administrators' section.\n2. 5.1.10: verify spelling; delete the autocomplete entry (start typing, hover the suggestion, click X) and retype.\n3. Mailbox full on one of our users: Get-MailboxStatistics jdoe | fl TotalItemSize,ItemCount. Enable the online archive: Enable-Mailbox jdoe -Archive, then auto-expanding: Enable-Mailbox jdoe -AutoExpandingArchive. Quota is 50 GB on Business plans, 100 GB on E3/E5. Empty Deleted Items and Recoverable Items if needed.\n4. 5.7.133: EAC > Recipients > Groups > the list > Settings, untick 'Only allow messages from people inside my organization', or Set-DistributionGroup sales -RequireSenderAuthenticationEnabled $false (client approval required).\n5. 5.4.1 for an address that should exist: check proxy addresses on the recipient and the accepted domain type.\n6. Use EAC > Mail flow > Message trace to confirm what happened.",
      ],
      [
        'Escalation',
        "If OUR user is the sender and the NDR says 5.1.8 'Access denied, bad outbound sender' or 'you weren't recognized as a valid sender', the account is restricted for spam - handle as a possible compromise (s-bec-compromised-mailbox). DNS/authentication rejections from outside servers go to L2.",
      ],
      ['Notes', 'Archive enablement can take 24 hours to start moving mail (Managed Folder Assistant).'],
    ],
  ),
  article(
    's-calendar-delegate-access',
    'Calendar delegate and sharing permissions for assistants (Editor, Delegate, meeting request routing)',
    null,
    'Microsoft 365/Calendars',
    [
      [
        'Symptoms',
        "An assistant sees only 'Busy' blocks on the executive's calendar and no subjects, cannot create or move meetings ('You don't have permission to create an entry in this folder'), meeting invitations for the executive never reach the assistant, or they arrive in both inboxes and get accepted twice. Shared calendar shows a spinning 'Updating' in new Outlook.",
      ],
      [
        'Cause',
        "The permission level is too low (Free/Busy or Reviewer instead of Editor/Delegate), or delegate delivery options are wrong. Calendars shared before the 'calendar sharing improvements' sometimes need to be removed and re-added.",
      ],
      [
        'Resolution',
        "1. Preferred: the owner opens Outlook > Calendar > Share Calendar, picks the assistant and chooses 'Can edit' or 'Delegate'.\n2. Admin: Add-MailboxFolderPermission -Identity ceo@contoso.com:\\Calendar -User assistant@contoso.com -AccessRights Editor -SharingPermissionFlags Delegate (use Set-MailboxFolderPermission if an entry already exists).\n3. Verify: Get-MailboxFolderPermission ceo@contoso.com:\\Calendar\n4. Meeting request routing (classic Outlook, as the owner): File > Account Settings > Delegate Access > choose 'My delegates only, but send a copy of meeting requests and responses to me' or 'My delegates only'.\n5. The assistant removes the shared calendar and re-adds it: Calendar > Add Calendar > From address book.\n6. Private items stay hidden unless 'Delegate can see my private items' is ticked.",
      ],
      [
        'Escalation',
        "Do not grant Full Access on the whole mailbox just to solve a calendar request. Any request touching a C-level calendar needs the executive's approval in the ticket.",
      ],
      [
        'Notes',
        "Default org-wide sharing is 'Can view when I'm busy'. Room and equipment calendars are managed with Set-CalendarProcessing; that is a separate request type.",
      ],
    ],
  ),
  // ---------------------------------------------------------------- Teams / OneDrive / licensing
  article(
    's-new-teams-wont-load',
    'New Teams opens to a blank/white screen, loops on sign-in, or never finishes loading - reset the client',
    null,
    'Microsoft 365/Teams',
    [
      [
        'Symptoms',
        "Teams opens to a white or purple window, spins on 'Getting Teams ready' or 'Loading Microsoft Teams', chats don't update, or sign-in loops with 'We couldn't sign you in' and codes such as caa70004, caa20003 or 0xCAA70007. Sometimes both the old 'Microsoft Teams (work or school)' and 'Microsoft Teams classic' icons exist and the user keeps opening the wrong one.",
      ],
      [
        'Cause',
        'A corrupted cache in the MSTeams app package, a broken WebView2 runtime, stale tokens in Credential Manager, or a wrong system clock/TLS inspection causing caa70004.',
      ],
      [
        'Resolution',
        "1. Quit Teams from the system tray (right-click > Quit).\n2. Settings > Apps > Installed apps > Microsoft Teams > Advanced options > Reset. PowerShell as the user: Get-AppxPackage MSTeams | Reset-AppxPackage\n3. If still broken, delete the contents of %LOCALAPPDATA%\\Packages\\MSTeams_8wekyb3d8bbwe\\LocalCache\\Microsoft\\MSTeams.\n4. Remove msteams_* and MicrosoftOffice16_Data entries from Credential Manager.\n5. Repair WebView2: Installed apps > Microsoft Edge WebView2 Runtime > Modify > Repair.\n6. Check the clock and time zone (w32tm /resync) for caa70004.\n7. Test https://teams.microsoft.com in Edge. If the web version works, the problem is the desktop client: reinstall via RMM with teamsbootstrapper.exe -p.\n8. Remove the leftover classic client ('Teams Machine-Wide Installer') from Installed apps.",
      ],
      [
        'Escalation',
        'If the web version fails too, the cause is the account: check licensing (s-m365-license-office-activation) or Conditional Access (s-conditional-access-53003).',
      ],
      [
        'Notes',
        'A reset keeps chats (they are in the cloud) but clears custom backgrounds and local settings.',
      ],
    ],
  ),
  article(
    's-onedrive-sync-stuck',
    "OneDrive not syncing: red X, stuck on 'Processing changes', invalid file name, 0x8004de40",
    null,
    'Microsoft 365/OneDrive & SharePoint',
    [
      [
        'Symptoms',
        "The OneDrive cloud in the system tray has a red X or a pause symbol, sits on 'Processing changes' or 'Looking for changes' for hours, or shows 'Can't sync' items. Errors: 'The file name is invalid', 'The path of this file or folder is too long', 'There was a problem connecting to OneDrive (0x8004de40)', 'You're not signed in to OneDrive'. Synced SharePoint libraries show files with a red circle. Desktop or Documents folders look empty after Known Folder Move.",
      ],
      [
        'Cause',
        'Invalid characters or reserved names, paths longer than 400 characters, files locked open by another app, more than 300,000 items across synced libraries, network/TLS inspection blocking OneDrive endpoints, or a signed-out client.',
      ],
      [
        'Resolution',
        "1. Click the OneDrive icon > 'View sync problems' and fix each listed item.\n2. Rename files with \\ / : * ? < > | or leading/trailing spaces; shorten deep folder paths.\n3. Close Office files that are open and locked.\n4. Reset the client: %localappdata%\\Microsoft\\OneDrive\\onedrive.exe /reset then start OneDrive again from the Start menu (takes several minutes to re-index).\n5. 0x8004de40: confirm internet works and the web filter is not blocking *.sharepoint.com / *.onedrive.com.\n6. For SharePoint libraries prefer 'Add shortcut to My files' over 'Sync'; stop old syncs under Settings > Account > Stop sync.\n7. Files deleted by mistake: OneDrive on the web > Recycle bin (93 days), or Settings > Restore your OneDrive for mass deletions.",
      ],
      [
        'Escalation',
        'If the user believes data is lost, do NOT reset the client first - check the web copy and the recycle bin, then escalate to L2.',
      ],
      ['Notes', 'Files On-Demand should stay on; it keeps disk usage low on small SSDs.'],
    ],
  ),
  article(
    's-m365-license-office-activation',
    "Office shows 'Unlicensed Product' or 'Account Notice' - license assignment and activation",
    null,
    'Microsoft 365/Licensing',
    [
      [
        'Symptoms',
        "A red bar in Word/Excel: 'UNLICENSED PRODUCT - Most features of Word have been disabled because it hasn't been activated', or 'Account Notice: There's a problem with your account', 'We couldn't find a license for Office on your account', 'Product Deactivated'. Teams or Exchange may say the user has no license; a new user has no mailbox.",
      ],
      [
        'Cause',
        'No license assigned; a license that does not include the desktop apps (Business Basic, E1, F1/F3 are web/mobile only); the per-user limit of 5 PCs/5 Macs reached; Shared Computer Activation missing on an RDS server; the tenant out of available seats.',
      ],
      [
        'Resolution',
        "1. Microsoft 365 admin center > Users > Active users > the user > Licenses and apps. Confirm the license and that 'Microsoft 365 Apps for business/enterprise' is ticked.\n2. Billing > Licenses: check available count. If zero, do not purchase - escalate.\n3. PowerShell: Get-MgUserLicenseDetail -UserId jdoe@contoso.com | select SkuPartNumber\n4. Device limit: user signs in at https://myaccount.microsoft.com > Office apps > Devices and signs out old PCs.\n5. In Office: File > Account > Sign out, close all apps, clear %LOCALAPPDATA%\\Microsoft\\Office\\16.0\\Licensing, reopen and sign in.\n6. RDS/terminal server: Shared Computer Activation (HKLM\\SOFTWARE\\Microsoft\\Office\\ClickToRun\\Configuration SharedComputerLicensing=1) and an eligible license (Business Premium/E3).",
      ],
      [
        'Escalation',
        'Purchases and license changes go to the account manager with the client approval. Mailbox not provisioning 2 hours after licensing goes to L2.',
      ],
      ['Notes', 'F3 users can use Word/Excel on the web only; the desktop apps will always say unlicensed.'],
    ],
  ),
  // ---------------------------------------------------------------- Identity
  article(
    's-mfa-new-phone-reregister',
    'New, lost or replaced phone: re-register Microsoft Authenticator and MFA methods',
    null,
    'Identity/MFA',
    [
      [
        'Symptoms',
        "User replaced, reset or lost their phone and can't approve sign-ins: the number-matching prompt says 'Open your Authenticator app and enter the number shown' but nothing arrives, approvals go to the old phone, or they get 'More information required' / 'Approve sign in request' with no way forward. Phone number changed so the SMS code goes to the old number.",
      ],
      ['Cause', 'Authenticator is registered to the old device and was not restored from backup.'],
      [
        'Resolution',
        "1. Verify identity first: call back on the number in the PSA contact record, or get the manager to confirm in Teams. Never use a number supplied in the ticket.\n2. Entra admin center > Users > the user > Authentication methods. Delete the old Microsoft Authenticator entry (and old phone number) or click 'Require re-register multifactor authentication'.\n3. Optionally issue a Temporary Access Pass (Authentication methods > Add authentication method > Temporary Access Pass, one-time, 1 hour) and read it to the user on the verified call.\n4. User browses to https://aka.ms/mysecurityinfo, chooses Add sign-in method > Microsoft Authenticator and scans the QR code with the new phone.\n5. Test a sign-in in a private browser window.\n6. Existing phone that just doesn't get pushes: allow notifications for Authenticator, turn off battery optimization for it, check the phone's time, open the app and pull down to refresh.",
      ],
      [
        'Escalation',
        "If identity cannot be verified, do not reset. If the user reports approval prompts they didn't start, that is a compromised password - go to s-bec-compromised-mailbox.",
      ],
      [
        'Notes',
        'Authenticator cloud backup (iCloud / Google account) restores accounts but MFA must still be re-approved by us.',
      ],
    ],
  ),
  article(
    's-password-reset-account-lockout',
    'Password resets and locked accounts (hybrid AD and cloud-only), finding the lockout source',
    null,
    'Identity/Passwords',
    [
      [
        'Symptoms',
        "'Your account has been locked. Contact your support person to unlock it', 'The referenced account is currently locked out and may not be logged on to', 'Your password has expired and must be changed', AADSTS50053 (Smart Lockout) or AADSTS50126 (bad password). User keeps getting locked again a few minutes after an unlock.",
      ],
      [
        'Cause',
        'Expired password, forgotten password, or repeated bad attempts from a device still holding the old password (phone mail app, mapped drive, saved Wi-Fi). In hybrid tenants a cloud reset without password writeback does not reach AD.',
      ],
      [
        'Resolution',
        "1. Verify identity by callback before any reset.\n2. Check Entra > Users > the user > 'On-premises sync enabled' to know where to reset.\n3. Cloud-only: Entra > Users > Reset password, tick 'require change at next sign-in'.\n4. Hybrid: on a DC, Set-ADAccountPassword jdoe -Reset -NewPassword (Read-Host -AsSecureString); Unlock-ADAccount jdoe; then on the Entra Connect server Start-ADSyncSyncCycle -PolicyType Delta\n5. Repeated lockouts: find the source with Get-WinEvent -ComputerName DC01 -FilterHashtable @{LogName='Security';Id=4740} | select -First 5 | fl and read 'Caller Computer Name'. In Entra check Sign-in logs for the failing client app.\n6. Have the user update the password on their phone, mapped drives and saved credentials.\n7. Enrolled users can self-reset at https://aka.ms/sspr.",
      ],
      [
        'Escalation',
        'Lockouts coming from unfamiliar IPs or countries in the sign-in logs are a password spray - escalate to security.',
      ],
      [
        'Notes',
        'Remote laptops on domain join: after a reset the user must sign in once while on VPN (or lock/unlock on VPN) to refresh the cached password.',
      ],
    ],
  ),
  article(
    's-conditional-access-53003',
    "Blocked by Conditional Access: 'You cannot access this right now' (53003), travel blocks and noncompliant devices",
    null,
    'Identity/Conditional Access',
    [
      [
        'Symptoms',
        "'You cannot access this right now. Your sign-in was successful but does not meet the criteria to access this resource.' Error code 53003 or 530003 'Your device is required to be managed to access this resource'. Company Portal says 'This device doesn't meet your organization's compliance requirements' or 'Check access'. Works at the office but not while travelling outside the US, or on one PC but not another.",
      ],
      [
        'Cause',
        'Conditional Access policies: geo-block outside the United States, require a compliant or hybrid-joined device, block legacy authentication, require approved client app on phones. Compliance fails on missing BitLocker, old OS build, Defender off or no PIN/password.',
      ],
      [
        'Resolution',
        "1. Entra admin center > Users > Sign-in logs, filter on the user, open the failure > Conditional Access tab to see which policy blocked it.\n2. Travel: with written approval from the client contact, add the user to the 'CA - Travel Exception' group with an end date in the ticket.\n3. Noncompliant device: Intune > Devices > the device > Device compliance shows the failing setting. Fix it (turn on BitLocker, install updates, enable Defender), then sync: Company Portal > Settings > Sync, or Settings > Accounts > Access work or school > Info > Sync. Compliance re-evaluates within minutes to a few hours.\n4. Legacy auth: old iOS Mail/Android mail profiles using basic auth must be replaced with Outlook mobile.\n5. Personal computers: explain the client policy allows browser access only where configured; desktop apps require a company device.",
      ],
      [
        'Escalation',
        'Changing or disabling a Conditional Access policy is L3 only. Exclusions always need client approval recorded in the ticket.',
      ],
      ['Notes', 'Sign-in log Request ID and Correlation ID from the error page speed up lookups.'],
    ],
  ),
  // ---------------------------------------------------------------- Intune / Windows
  article(
    's-autopilot-esp-stuck',
    'Autopilot: new laptop stuck on the Enrollment Status Page or failing with 0x80180014 / 0x800705b4',
    null,
    'Intune/Autopilot',
    [
      [
        'Symptoms',
        "An out-of-box laptop sits on 'Setting up your device for work' / 'Device preparation' / 'Account setup' for hours, spins on 'Identifying...', or fails with 0x80180014 ('Your organization does not support this version of Windows' / MDM enrollment blocked), 0x800705b4 (timeout), or 80180018. Or it shows the consumer setup with no company branding, meaning Autopilot did not apply.",
      ],
      [
        'Cause',
        'Hardware hash not imported or no deployment profile assigned; the device object still exists from a previous enrollment; an enrollment restriction blocks it; a required app on the ESP fails (usually a Win32 app with a bad detection rule); the user has no Intune license.',
      ],
      [
        'Resolution',
        "1. Intune > Devices > Windows > Enrollment > Devices (under Windows Autopilot): search the serial. Profile status must be 'Assigned'.\n2. Not listed: at OOBE press Shift+F10, run powershell, then Install-Script Get-WindowsAutopilotInfo -Force; Get-WindowsAutopilotInfo -Online -GroupTag <client tag>. Wait for the profile to assign, then reboot.\n3. 0x80180014: delete the stale object under Intune > Devices > All devices (keep the Autopilot record), check Enrollment restrictions, and retry.\n4. Stuck on apps: Shift+F10 and run mdmdiagnosticstool.exe -area Autopilot -cab C:\\temp\\ap.cab; in Intune check Apps > the app > Device install status for the failing app.\n5. Confirm the user has Intune (Business Premium, EMS or A3).\n6. Start over from OOBE: Shift+F10 > systemreset -factoryreset.",
      ],
      ['Escalation', 'After two failed resets, escalate to L2 with the diagnostics cab and serial number.'],
      [
        'Notes',
        'Dell/Lenovo devices ordered through our distributor are registered by the vendor within 24 hours of shipping; check before running the hash script.',
      ],
    ],
  ),
  article(
    's-windows-update-failing',
    "Windows updates failing or looping ('Undoing changes'): 0x800f0922, 0x80070002, 0x80073712, 0x80070643",
    null,
    'Windows/Updates',
    [
      [
        'Symptoms',
        "NinjaOne patch report shows 'Failed' for the cumulative update; Settings > Windows Update 'Install error - 0x800f0922' or 0x80070002 / 0x80073712; the PC reboots several times showing 'We couldn't complete the updates. Undoing changes. Don't turn off your computer'; stuck at 'Working on updates 100%'; KB5034441 fails with 0x80070643; feature update to 24H2 never installs.",
      ],
      [
        'Cause',
        'Corrupted component store, less than 20 GB free, a WinRE partition too small for the WinRE update (0x80070643), pending reboots, VPN or AV interference (0x800f0922), or a Microsoft compatibility hold for feature updates.',
      ],
      [
        'Resolution',
        '1. Check free space; run Disk Cleanup > Clean up system files.\n2. Admin PowerShell: DISM /Online /Cleanup-Image /RestoreHealth then sfc /scannow\n3. Reset Windows Update components: net stop wuauserv; net stop bits; Rename-Item C:\\Windows\\SoftwareDistribution SoftwareDistribution.old; net start wuauserv; net start bits\n4. Reboot and retry from NinjaOne (Device > Patch Management > Apply Patches) or Settings.\n5. 0x80070643 on KB5034441: resize the recovery partition per Microsoft KB5028997 or hide the KB in the NinjaOne patch policy.\n6. Reboot loop: boot to WinRE (three failed boots) > Troubleshoot > Advanced options > Uninstall Updates > latest quality update.\n7. Feature updates: check the compatibility hold in NinjaOne and the Windows release health page before forcing with the Installation Assistant.',
      ],
      ['Escalation', 'Servers and any update failure on a domain controller go to L2, never forced by L1.'],
      [
        'Notes',
        'Workstation patch window: Tuesday/Wednesday night 10 PM local, reboot allowed with 15 minute warning.',
      ],
    ],
  ),
  article(
    's-windows-temporary-profile',
    "'You've been signed in with a temporary profile' - repair a corrupted Windows user profile",
    null,
    'Windows/Profiles',
    [
      [
        'Symptoms',
        "After logging in the desktop is empty, the wallpaper is the Windows default, Outlook wants setting up, and a notice says 'We can't sign in to your account. This problem can often be fixed by signing out of your account and then signing back in' or 'You've been signed in with a temporary profile'. Alternatively 'The User Profile Service failed the sign-in. User profile cannot be loaded.' The user thinks all their files are gone.",
      ],
      [
        'Cause',
        'Windows failed to load the profile and renamed its ProfileList registry key with .bak (forced power-off during updates, disk errors, AV locking NTUSER.DAT).',
      ],
      [
        'Resolution',
        '1. Reassure the user: the files are almost always still in C:\\Users\\<name>. Tell them not to save anything to the temporary desktop.\n2. Sign out and sign in with the local admin (LAPS password from Intune/NinjaOne).\n3. Get the SID: (Get-CimInstance Win32_UserAccount -Filter "Name=\'jdoe\'").SID, or for Entra users match ProfileImagePath.\n4. regedit > HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\ProfileList. If both SID and SID.bak exist, delete the key without .bak (check its ProfileImagePath first), then remove .bak from the other. Set RefCount and State to 0.\n5. Reboot and have the user sign in.\n6. If NTUSER.DAT itself is damaged, rename the old folder, let Windows build a new profile, and copy Desktop, Documents, Downloads, Pictures, %APPDATA%\\Microsoft\\Signatures and browser bookmarks across.\n7. Run chkdsk C: /scan.',
      ],
      [
        'Escalation',
        'SMART warnings or chkdsk errors: escalate for drive replacement before the next failure.',
      ],
      [
        'Notes',
        'Users with OneDrive Known Folder Move get their Desktop and Documents back just by signing into OneDrive.',
      ],
    ],
  ),
  article(
    's-printer-offline-driver-spooler',
    'Printer shows Offline, jobs stuck in the queue, or Print Spooler keeps stopping (0x0000011b, 0x00000709)',
    null,
    'Windows/Printers',
    [
      [
        'Symptoms',
        "A network printer shows 'Offline' in Printers & scanners although it is on and others can print; jobs sit with 'Error - Printing' and won't cancel; 'Operation could not be completed (error 0x00000709)' when setting default; 'Windows cannot connect to the printer. Operation failed with error 0x0000011b'; the 'Do you trust this printer?' dialog asks for admin credentials; Print Spooler service stops by itself.",
      ],
      [
        'Cause',
        'The printer got a new DHCP address and the PC uses a WSD or stale TCP/IP port; a corrupted driver package; PrintNightmare hardening requiring admin rights to install drivers from a shared queue; stuck spool files.',
      ],
      [
        'Resolution',
        "1. Print a configuration page from the printer panel and ping the IP it shows.\n2. If the IP changed, reserve it in DHCP and point the port at it: Printer properties > Ports > Add Port > Standard TCP/IP Port. Do not use WSD ports.\n3. Clear the queue: Stop-Service spooler -Force; Remove-Item C:\\Windows\\System32\\spool\\PRINTERS\\* -Force; Start-Service spooler\n4. Reinstall the driver as admin (NinjaOne script or elevated session): remove the printer, printmanagement.msc > Drivers > remove driver package, then install the manufacturer's universal driver (HP Universal Print Driver PCL6, Ricoh PCL6 V4 Universal, Canon Generic Plus).\n5. 0x0000011b: install the printer directly by IP instead of through another PC's share.\n6. 0x00000709: Settings > Bluetooth & devices > Printers & scanners, turn off 'Let Windows manage my default printer'.",
      ],
      [
        'Escalation',
        'If the printer cannot be pinged from any PC, check the network jack (s-wired-jack-no-network-apipa). Error codes shown on the printer panel go to L2 with a photo.',
      ],
      ['Notes', 'Document the printer IP, model and driver in IT Glue under the client configuration.'],
    ],
  ),
  article(
    's-bitlocker-recovery-key',
    'BitLocker recovery screen at startup - locate the 48-digit recovery key',
    null,
    'Windows/BitLocker',
    [
      [
        'Symptoms',
        "A blue screen before Windows loads: 'BitLocker recovery - Enter the recovery key for this drive' with a Recovery key ID (first 8 characters shown). Usually right after a BIOS/firmware update, a Dell Command Update run, a motherboard replacement, a TPM clear, or changing boot settings. Sometimes it repeats on every boot.",
      ],
      [
        'Cause',
        'TPM measurements changed, so the TPM will not release the key. Firmware updated without suspending BitLocker first, Secure Boot toggled, or a docking/boot order change.',
      ],
      [
        'Resolution',
        "1. Verify the caller's identity (callback). The key unlocks all data on the drive.\n2. Ask for the Recovery key ID on screen.\n3. Find the key: Entra admin center > Devices > All devices > the device > BitLocker keys; or Intune > Devices > the device > Recovery keys; or ADUC > computer object > BitLocker Recovery tab for on-prem. Users can self-serve at https://myaccount.microsoft.com > Devices > View BitLocker Keys.\n4. Read the key in groups of six digits.\n5. Once in Windows: manage-bde -protectors -get C:\n6. If it prompts every boot: manage-bde -protectors -delete C: -type TPM then manage-bde -protectors -add C: -tpm; confirm Secure Boot is on in BIOS.\n7. Rotate the disclosed key: Intune > the device > BitLocker key rotation.\n8. Before future firmware updates: manage-bde -protectors -disable C: -RebootCount 1",
      ],
      [
        'Escalation',
        'No key in Entra, Intune, AD or IT Glue means the data is unrecoverable - escalate to L2 and the account manager immediately before anyone reimages.',
      ],
      ['Notes', 'Our NinjaOne BIOS update script suspends BitLocker for one reboot automatically.'],
    ],
  ),
  article(
    's-slow-pc-triage',
    'Slow computer triage: high CPU/disk/memory, startup apps, uptime, failing drive, age',
    null,
    'Windows/Performance',
    [
      [
        'Symptoms',
        "'My computer is so slow', long boot times, apps going 'Not Responding', the fan running loud all day, Task Manager showing Disk 100% or Memory above 90%, typing lag in Outlook/Teams.",
      ],
      [
        'Cause',
        'Not rebooted for weeks (Fast Startup means Shut down is not a restart), too many startup apps, 8 GB RAM with Teams plus many browser tabs, a spinning hard drive or failing SSD, less than 10% free space, first OneDrive sync or full AV scan, thermal throttling, old hardware.',
      ],
      [
        'Resolution',
        "1. Check uptime in NinjaOne or (Get-CimInstance Win32_OperatingSystem).LastBootUpTime. Restart if more than 7 days.\n2. Task Manager > Processes: sort by CPU, Memory and Disk; note the top offenders.\n3. Task Manager > Startup apps: disable anything not needed (updaters, chat apps, printer utilities).\n4. Free space above 15%: Disk Cleanup, empty Downloads with the user's consent, Storage Sense.\n5. Disk health: Get-PhysicalDisk | Select FriendlyName,MediaType,HealthStatus; check NinjaOne SMART alerts.\n6. Browser: count tabs and extensions; enable Edge sleeping tabs.\n7. Power mode: Settings > System > Power > Best performance when plugged in.\n8. sfc /scannow if Windows itself is erratic.\n9. Check the purchase date in IT Glue; over 5 years old or 8 GB RAM = recommend replacement/upgrade to the account manager.",
      ],
      ['Escalation', 'Failing drive or overheating: onsite/hardware ticket to L2.'],
      [
        'Notes',
        'Always record the before/after numbers in the ticket so the account manager can justify replacements.',
      ],
    ],
  ),
  article(
    's-dock-monitors-usb-peripherals',
    'USB-C/Thunderbolt dock problems: external monitors not detected, USB devices not recognized',
    null,
    'Windows/Hardware',
    [
      [
        'Symptoms',
        "External monitors show 'No signal' when the laptop is docked, only one of two monitors works, screens flicker or stay black after sleep, keyboard/mouse plugged into the dock stop working, dock Ethernet has no link. USB devices: 'USB device not recognized' balloon, Device Manager shows 'Unknown USB Device (Device Descriptor Request Failed)', a USB headset or webcam disappears at random.",
      ],
      [
        'Cause',
        'Outdated dock firmware or graphics driver (Dell WD19S/WD22TB4, Lenovo ThinkPad Universal USB-C Dock, HP USB-C Dock G5); laptop plugged into a USB-C port without DisplayPort Alt Mode; DisplayLink docks missing the DisplayLink driver; bad cable or adapter; underpowered dock; USB selective suspend turning devices off.',
      ],
      [
        'Resolution',
        "1. Unplug the dock's power for 30 seconds, reconnect power, then the USB-C cable.\n2. Use the port with the Thunderbolt/DP icon on the laptop.\n3. Win+P > Extend; Settings > System > Display > Multiple displays > Detect.\n4. Update dock firmware and graphics/chipset drivers with Dell Command Update or Lenovo Vantage (or the NinjaOne driver script). DisplayLink docks need DisplayLink Manager installed.\n5. Check monitor input source and cables; DisplayPort daisy-chain (MST) only works on supported monitors.\n6. USB device not recognized: plug it directly into the laptop; Device Manager > Universal Serial Bus controllers > uninstall the unknown device > Action > Scan for hardware changes; Control Panel > Power Options > Change advanced power settings > USB selective suspend > Disabled.\n7. Dock NIC: reinstall 'Realtek USB GbE Family Controller' driver.",
      ],
      [
        'Escalation',
        'Swap in a known-good dock from stock; RMA the faulty one through the vendor with the service tag.',
      ],
      [
        'Notes',
        "Some clients block USB mass storage by Intune policy ('Your organization has blocked this device'); that is intentional and needs client approval for an exception.",
      ],
    ],
  ),
  article(
    's-macos-keychain-office-prompts',
    'Mac: Outlook/Teams keychain prompts loop, password out of sync, Company Portal registration',
    null,
    'macOS/Basics',
    [
      [
        'Symptoms',
        "On a MacBook, Outlook or Teams repeatedly shows 'Microsoft Outlook wants to use your confidential information stored in \"MicrosoftOffice15_2_Data:ADAL\" in your keychain'; clicking Allow brings it back. After a password change the Mac keeps asking for the 'login' keychain password. Company Portal says 'Your Mac needs to be registered' or Outlook for Mac keeps asking to sign in.",
      ],
      [
        'Cause',
        'The login keychain password no longer matches the macOS account password, or stale Microsoft identity entries (ADAL/OneAuth) are corrupted in the keychain.',
      ],
      [
        'Resolution',
        "1. Quit all Microsoft apps (Cmd+Q).\n2. Open Keychain Access > login keychain. Search 'Microsoft', 'ADAL', 'OneAuth' and delete entries such as com.microsoft.adalcache, MicrosoftOffice15_2_Data:ADAL and com.microsoft.OneAuth.* (leave Wi-Fi and Safari items alone).\n3. If the keychain password itself is out of sync: Keychain Access > Settings > Reset Default Keychains. Warn the user that saved website passwords in the login keychain are lost.\n4. Open Outlook, sign in, and choose 'Always Allow' on the next prompt.\n5. Company Portal: open it, sign in, click Register; then System Settings > Privacy & Security > Profiles should show the Management Profile.\n6. Update Office through Microsoft AutoUpdate (Help > Check for Updates).",
      ],
      [
        'Escalation',
        'FileVault recovery or a Mac that will not boot goes to L2; Apple hardware repairs go through Apple Business.',
      ],
      [
        'Notes',
        'Mac users with local accounts must change their Mac password themselves; we only reset the Microsoft 365 password.',
      ],
    ],
  ),
  // ---------------------------------------------------------------- Networking
  article(
    's-wifi-connected-no-internet',
    "Wi-Fi 'No internet, secured' or laptop won't join the office wireless",
    null,
    'Network/Wi-Fi',
    [
      [
        'Symptoms',
        "The Wi-Fi icon shows a globe or 'No internet, secured'; 'Can't connect to this network' when joining the corporate SSID; the laptop drops Wi-Fi in certain rooms; the phone works on the same network but the laptop doesn't.",
      ],
      [
        'Cause',
        'Wi-Fi password rotated and the saved profile is stale, 802.1X certificate expired or not deployed, old wireless driver, random hardware (MAC) addresses breaking reservations, DHCP scope full, an access point offline, or weak coverage.',
      ],
      [
        'Resolution',
        '1. Ask whether others nearby are affected. Several users = check the UniFi or Meraki dashboard for an offline AP before touching the laptop.\n2. Forget and rejoin: netsh wlan delete profile name="CORP" then reconnect.\n3. ipconfig /all: a 169.254.x.x address is a DHCP problem (see s-wired-jack-no-network-apipa).\n4. Update the Intel AX201/AX211 or Realtek wireless driver via NinjaOne or Windows Update.\n5. Settings > Network & internet > Wi-Fi > the network > Random hardware addresses: Off.\n6. 802.1X networks: certlm.msc > Personal > Certificates must contain a valid machine certificate; sync Intune to re-issue.\n7. Drops: netsh wlan show wlanreport and review the HTML report for disconnect reasons; note the room for an AP coverage review.',
      ],
      ['Escalation', 'AP offline, several users affected, or coverage complaints: L2 network team.'],
      ['Notes', "Home Wi-Fi problems are the user's ISP; we give best-effort advice only."],
    ],
  ),
  article(
    's-forticlient-vpn-errors',
    'FortiClient VPN will not connect: -7200, -14, -12, stuck at 40% or 98%, connected but no drives',
    null,
    'Network/VPN',
    [
      [
        'Symptoms',
        "FortiClient shows 'Credential or SSLVPN configuration is wrong (-7200)', 'Unable to establish the VPN connection. The VPN server may be unreachable. (-14)', 'Unable to logon to the server. Your user name or password may not be configured properly for this connection. (-12)'; progress hangs at 40% or 98%; or the VPN says Connected but mapped drives and internal sites do not open.",
      ],
      [
        'Cause',
        'Expired password or unapproved MFA; user not in the VPN group on the FortiGate; hotel/public Wi-Fi blocking the VPN port; the Fortinet virtual adapter driver broken after a Windows update (98%); DNS suffix not pushed so short names fail.',
      ],
      [
        'Resolution',
        "1. Make sure the user can sign in to https://portal.office.com (password and MFA OK).\n2. Confirm the FortiClient version is supported by the client's FortiGate (7.0/7.2/7.4 line).\n3. -14: Test-NetConnection vpn.client.com -Port 10443 (or 443). Try a phone hotspot to rule out the local network.\n4. 98%: Device Manager > Network adapters > Fortinet Virtual Ethernet Adapter > Uninstall device, then repair/reinstall FortiClient from NinjaOne and reboot.\n5. Connected, no drives: nslookup fileserver; if it fails use the FQDN (fileserver.client.local) or re-run the drive mapping script; ipconfig /flushdns.\n6. FortiGate: Log & Report > System Events > VPN Events, filter by user to read the failure reason.",
      ],
      ['Escalation', 'Group membership or FortiGate configuration changes: L2 network.'],
      ['Notes', 'Client-specific VPN runbooks in IT Glue override this article when they exist.'],
    ],
  ),
  article(
    's-dns-single-site-wont-load',
    "One website won't load but others do: DNS_PROBE_FINISHED_NXDOMAIN, ERR_NAME_NOT_RESOLVED, internal names",
    null,
    'Network/DNS',
    [
      [
        'Symptoms',
        "Chrome/Edge says 'This site can't be reached' with DNS_PROBE_FINISHED_NXDOMAIN or ERR_NAME_NOT_RESOLVED for one site; the same site works on a phone over cellular; an internal server name (\\\\fs01, intranet) does not resolve; a site stopped working right after the vendor moved it.",
      ],
      [
        'Cause',
        "Stale DNS cache on the PC or server, an old hosts file entry, missing record or forwarder on the client's internal DNS (domain controller), or a DNS filtering block.",
      ],
      [
        'Resolution',
        "1. ipconfig /flushdns and in Chrome open chrome://net-internals/#dns > Clear host cache.\n2. Compare nslookup site.com with nslookup site.com 1.1.1.1. Different answers = internal DNS problem.\n3. Check C:\\Windows\\System32\\drivers\\etc\\hosts for old entries.\n4. On the DC: DNS Manager > server > Properties > Forwarders; clear the server cache with Clear-DnsServerCache.\n5. Internal names: confirm the A record exists in the correct zone and the PC's DNS servers point at the DC, not the router.\n6. If a block page appears instead of an error, it is filtering, not DNS (see s-fortiguard-web-filter-block).",
      ],
      ['Escalation', 'Zone or forwarder changes on client DCs: L2.'],
      [
        'Notes',
        'Public resolvers are only for testing; client PCs must keep using internal DNS for AD. If every PC at a site fails the same lookup, work it as a server or firewall problem rather than one PC at a time.',
      ],
    ],
  ),
  article(
    's-wired-jack-no-network-apipa',
    'Wired PC or desk phone has no network: dead wall jack, switch port, PoE, 169.254 address, DHCP scope full',
    null,
    'Network/Switching & DHCP',
    [
      [
        'Symptoms',
        "'Network cable unplugged', 'Unidentified network' or 'No internet' on a wired PC; ipconfig shows a 169.254.x.x address; a desk phone says 'Network unavailable'; or suddenly many devices cannot get an address, often right after new devices or guests were added.",
      ],
      [
        'Cause',
        'Bad patch cable or wall jack, switch port disabled/err-disabled or in the wrong VLAN, PoE budget exhausted on the switch, the DHCP scope is full, or the DHCP server (DC or firewall) is down.',
      ],
      [
        'Resolution',
        "1. Check link lights on the PC NIC and swap the patch cable; try a known-good jack.\n2. Trace the jack number to the patch panel and switch port using the site port map in IT Glue.\n3. Switch: UniFi/Meraki dashboard > port status, errors and PoE draw; on Cisco 'show interface status', 'show power inline', and bounce an err-disabled port with shutdown / no shutdown.\n4. Confirm the port VLAN (data vs voice) matches the device.\n5. DHCP: on a Windows server run Get-DhcpServerv4ScopeStatistics; PercentageInUse near 100 means full - shorten lease time to 8 hours or expand the scope (L2). On a FortiGate check Network > Interfaces > the interface > DHCP lease list.\n6. ipconfig /release then ipconfig /renew.",
      ],
      [
        'Escalation',
        'Physical cabling faults: onsite dispatch or the cabling vendor. Scope redesign: L2 network.',
      ],
      ['Notes', 'Keep port maps current in IT Glue after every move/add/change.'],
    ],
  ),
  article(
    's-isp-outage-triage',
    'Whole office internet down: ISP outage triage, modem/ONT checks and failover',
    null,
    'Network/ISP',
    [
      [
        'Symptoms',
        'Everyone at a site loses internet at once; phones stop working; NinjaOne shows every device at one site offline; the firewall goes offline in FortiGate Cloud or the Meraki dashboard.',
      ],
      [
        'Cause',
        'ISP outage (Comcast Business, AT&T Fiber, Spectrum, local fixed wireless), modem/ONT lost power, a failed firewall, a building power outage, storm damage.',
      ],
      [
        'Resolution',
        '1. Check the firewall in the cloud dashboard: if it is still online through a secondary WAN (LTE/second ISP), failover is working and only speed is affected.\n2. Call the site contact: is power on? What lights show on the modem/ONT?\n3. Have them power-cycle in order: modem/ONT, wait 2 minutes, then firewall.\n4. Check ISP status (ISP business status line, Downdetector) and open a ticket with the ISP using the circuit ID and account number from IT Glue > Internet/WAN.\n5. Confirm SD-WAN failover moved traffic; hosted phones may need a reboot to re-register.\n6. Send the client contact an update with the ISP ticket number and ETA.',
      ],
      [
        'Escalation',
        'Outage over 1 hour, a dead firewall, or no failover at a site that has it: L2 and the account manager.',
      ],
      [
        'Notes',
        'After hurricanes and big storms expect multi-day ISP restoration; offer hotspots for critical staff.',
      ],
    ],
  ),
  article(
    's-fortiguard-web-filter-block',
    "Site blocked by the FortiGate web filter ('FortiGuard Intrusion Prevention - Access Blocked') - review and allow",
    null,
    'Network/Firewall & Web Filtering',
    [
      [
        'Symptoms',
        "The browser shows 'FortiGuard Intrusion Prevention - Access Blocked. Web Page Blocked! The page you have requested has been blocked because the URL is categorized as <category>' or a certificate warning on HTTPS sites; a vendor or supplier portal will not load at the office but works at home; downloads are blocked.",
      ],
      [
        'Cause',
        'Category-based FortiGuard filtering (Newly Registered Domain, Unrated, Personal Websites), a deep-inspection certificate not trusted by the device, or application control.',
      ],
      [
        'Resolution',
        "1. Get the exact URL and the category from the block page.\n2. Check the rating at https://www.fortiguard.com/webfilter.\n3. Get approval from the client's authorized contact (IT Glue) before allowing anything.\n4. FortiGate: Security Profiles > Web Filter > the profile > URL Filter > Create New: URL, Type Simple or Wildcard, Action Exempt. Save.\n5. Miscategorized sites: submit a re-rating request on the FortiGuard site.\n6. Certificate warnings: deploy the Fortinet_CA_SSL certificate through Intune or GPO.\n7. Confirm in Log & Report > Security Events > Web Filter.",
      ],
      ['Escalation', 'Allowing an entire category rather than one URL needs L2 and client sign-off.'],
      [
        'Notes',
        'Never exempt malware, phishing or command-and-control categories, even with approval. Record every exemption with the approver and date in the ticket and in the IT Glue firewall configuration notes.',
      ],
    ],
  ),
  // ---------------------------------------------------------------- Line of business
  article(
    's-quickbooks-desktop-multiuser',
    'QuickBooks Desktop H202 / H505 / 6123: company file will not open in multi-user mode',
    null,
    'Line of Business/QuickBooks',
    [
      [
        'Symptoms',
        "'Error H202: This company file is on another computer, and QuickBooks needs some help connecting', H505 or H303; 'You are trying to work with a company file that is located on another computer'; 'Error -6123, 0' or -6000 when opening; one workstation cannot open the file while others can.",
      ],
      [
        'Cause',
        'The QuickBooksDBXX service stopped on the server, Database Server Manager has not scanned the data folder, firewall ports closed, workstation opening through a mapped drive letter that is broken, or version/year mismatch between PCs.',
      ],
      [
        'Resolution',
        "1. Check the version on every PC (press F2): all must be the same year and release.\n2. On the file server open QuickBooks Database Server Manager > Scan Folders, add the folder holding the .QBW, Scan. Confirm the service is running: Get-Service QuickBooksDB*.\n3. Server firewall: allow the ports listed in Database Server Manager > Port Monitor (8019 plus the year's dynamic port).\n4. On the workstation open the file by UNC path (\\\\server\\QBData\\Company.QBW) and make sure the server name pings.\n5. Only the server hosts: on workstations File > Utilities > Stop Hosting Multi-User Access.\n6. -6123/-6000: run QuickBooks Tool Hub > Company File Issues > Run QuickBooks File Doctor.\n7. Make sure nobody left the file open in single-user mode.",
      ],
      [
        'Escalation',
        'Verify Data failures or data damage: client works with Intuit support or their accountant; we restore a backup only on request.',
      ],
      ['Notes', 'Install QuickBooks updates on the server and all workstations in the same window.'],
    ],
  ),
  article(
    's-acrobat-reverted-to-reader',
    'Adobe Acrobat Pro reverted to Reader, sign-in loop, trial expired, PDFs opening in Edge',
    null,
    'Line of Business/Adobe',
    [
      [
        'Symptoms',
        "Acrobat Pro users see 'Sign in to continue' over and over, the app behaves like Reader (Edit PDF, Combine Files and Organize Pages greyed out or asking to 'Upgrade'), 'Your trial has expired' or 'You don't have access to this app'. PDFs open in Microsoft Edge instead of Acrobat; PDF previews missing in Outlook/File Explorer.",
      ],
      [
        'Cause',
        'No Acrobat Pro product profile assigned in the Adobe Admin Console, the user signed in with a personal Adobe ID instead of the company account, a trial build installed instead of the licensed one, or Windows reset the default app for .pdf.',
      ],
      [
        'Resolution',
        "1. Client Adobe admin (or us, if we hold admin) checks adminconsole.adobe.com > Users > the user > Products: Acrobat Pro assigned.\n2. In Acrobat: Help > Sign Out, close, reopen and sign in with the work email, choosing 'Company or School Account' if asked.\n3. Clear the sign-in cache: delete %LOCALAPPDATA%\\Adobe\\OOBE and restart.\n4. Defaults: Settings > Apps > Default apps > .pdf > Adobe Acrobat, or in Acrobat Edit > Preferences > General > 'Select As Default PDF Handler'.\n5. Still acting like Reader: uninstall and reinstall the 64-bit Acrobat Pro installer from NinjaOne.\n6. Previews: Edit > Preferences > General > 'Enable PDF thumbnail previews in Windows Explorer'.",
      ],
      ['Escalation', 'No seats left in the Adobe contract: account manager.'],
      ['Notes', 'Reader and Acrobat Pro are one unified app; licensing alone decides which features appear.'],
    ],
  ),
  article(
    's-toast-pos-terminal-offline',
    'Toast POS: terminal in Offline mode, card reader disconnected, orders not reaching the kitchen',
    null,
    'Line of Business/Restaurant POS',
    [
      [
        'Symptoms',
        "A Toast Flex terminal shows the orange 'Offline mode' banner or 'Unable to connect to Toast'; the card reader says 'Reader disconnected'; a Toast Go 2 handheld cannot take cards; orders do not print in the kitchen or show on the KDS; 'offline payments' pile up.",
      ],
      [
        'Cause',
        'Store internet down, a terminal connected to the guest Wi-Fi instead of the POS network, a switch or cable problem at the host stand, DHCP problems, or a reader that lost its Bluetooth pairing / battery.',
      ],
      [
        'Resolution',
        '1. One terminal or all? All offline = site internet (s-isp-outage-triage). One = that device or its cable/Wi-Fi.\n2. Terminals should be wired or on the POS SSID, never on guest Wi-Fi.\n3. On the terminal swipe down from the top > Settings > Network to see the network and IP.\n4. Restart the terminal (hold power > Restart) and the reader.\n5. Toast Go 2: check Device Status, charge the device and re-pair the reader in Toast device setup.\n6. Offline mode still accepts cards as offline payments up to the configured limit; tell the manager they will post once back online.\n7. Device hardware faults (screen, reader, printer hardware): call Toast Support; the number and restaurant GUID are in IT Glue > client > Vendors.',
      ],
      ['Escalation', 'Our scope is the network; Toast owns terminal hardware and software.'],
      [
        'Notes',
        'Never move POS devices onto a guest network to get a shift through - it breaks PCI segmentation.',
      ],
    ],
  ),
  article(
    's-servicetitan-mobile-sync',
    "ServiceTitan Mobile: techs see 'Unable to sync', missing jobs, stuck photo uploads or can't log in",
    null,
    'Line of Business/Field Service',
    [
      [
        'Symptoms',
        "Field technicians' ServiceTitan Mobile app shows 'Unable to sync', assigned jobs appear on the dispatch board in the office but not on the phone/iPad, photos and forms stuck uploading, 'Invalid username or password', the app crashes on launch, or clock-in/timesheets fail.",
      ],
      [
        'Cause',
        "Out-of-date app, cellular data disabled for the app, low storage on the device, an expired login, a very large offline upload queue, or the user deactivated/changed by the client's ServiceTitan admin.",
      ],
      [
        'Resolution',
        "1. Confirm in the office that the job is actually assigned to that tech on the dispatch board.\n2. Update the app (App Store/Google Play, or push through Intune for managed devices).\n3. iPhone/iPad: Settings > Cellular > ServiceTitan ON and Background App Refresh ON.\n4. In the app: Menu > Settings > Sync now. Check pending uploads - do NOT log out or reinstall while uploads are pending; they will be lost.\n5. Free storage so at least 2 GB remains.\n6. Password resets and user changes are done by the client's ServiceTitan admin (office manager), not by us.\n7. Reinstall only after pending uploads are cleared and confirmed.",
      ],
      ['Escalation', "App-side bugs go to ServiceTitan support through the client's admin."],
      ['Notes', 'Weak cellular areas: tell techs to sync on Wi-Fi at the end of each job.'],
    ],
  ),
  article(
    's-wolfepak-sql-connection',
    "WolfePak oil & gas accounting: 'Cannot connect to database', login failed, locks during month-end",
    null,
    'Line of Business/Oil & Gas Accounting',
    [
      [
        'Symptoms',
        "WolfePak fails to open with 'Unable to connect to the SQL Server database' or 'Login failed for user'; users get 'Database is locked by another user' during revenue distribution or the JIB run; WolfePak is very slow after server patching; one workstation errors after a WolfePak version update.",
      ],
      [
        'Cause',
        'SQL Server instance (usually WOLFEPAK) or SQL Browser stopped after a reboot, firewall blocking TCP 1433/UDP 1434, a wrong 32-bit ODBC DSN on the workstation, client/server version mismatch after an update, or a user session holding a lock.',
      ],
      [
        'Resolution',
        "1. On the SQL server: Get-Service *SQL* - MSSQL$WOLFEPAK and SQLBrowser must be Running; start them if not.\n2. From the workstation: Test-NetConnection <sqlserver> -Port 1433.\n3. ODBC: run odbcad32 from C:\\Windows\\SysWOW64 > System DSN > WolfePak > Configure > Test Data Source.\n4. After a WolfePak update every workstation must run the client update from the server's setup share so versions match.\n5. Locks: ask users to close WolfePak; in SSMS sp_who2 shows sessions. Never kill a session during posting without the controller's OK.\n6. Slowness: check SQL max memory, free disk, and whether a backup job is running.",
      ],
      [
        'Escalation',
        "Posting errors, data fixes and accounting questions go to WolfePak support under the client's contract.",
      ],
      ['Notes', 'Take a backup snapshot of the SQL server before every WolfePak update.'],
    ],
  ),
  // ---------------------------------------------------------------- Security
  article(
    's-phishing-link-clicked',
    'User clicked a phishing link, entered a password, or reported a suspicious email - first steps',
    null,
    'Security/Phishing',
    [
      [
        'Symptoms',
        "'I clicked a link in an email and it asked for my password', a fake DocuSign/SharePoint 'shared a document with you', fake voicemail or fax notification, QR code in an email, an 'urgent' request from the CEO for gift cards or a payroll/direct deposit change; or the user just reports a suspicious email without clicking.",
      ],
      [
        'Cause',
        'Credential-harvesting or malware phishing that got past filtering, or impersonation of an executive/vendor.',
      ],
      [
        'Resolution',
        "1. Ask exactly: did you type your password? Approve an MFA prompt? Open or run an attachment? When?\n2. Reported only, nothing clicked: thank the user; use the Report button in Outlook; in Defender > Email & collaboration > Explorer find the message and soft-delete it from all mailboxes; block the sender in the Tenant Allow/Block List.\n3. Password entered: reset it immediately, revoke sessions (Revoke-MgUserSignInSession -UserId user@client.com), remove unknown MFA methods, review sign-in logs, then continue with s-bec-compromised-mailbox.\n4. Attachment opened or file run: network-quarantine the device in SentinelOne and run a full scan (s-sentinelone-alert-triage).\n5. Payment or direct deposit change requests: tell the client contact to verify by phone using a known number; no changes on email alone.\n6. Notify the client's primary contact.",
      ],
      ['Escalation', 'Any credential entry or attachment execution: security queue, P2.'],
      ['Notes', 'Never shame the user. Fast reporting is the behavior we want.'],
    ],
  ),
  article(
    's-bec-compromised-mailbox',
    'Business email compromise: hijacked mailbox, malicious inbox rules, restricted sender (5.1.8), MFA fatigue',
    null,
    'Security/BEC',
    [
      [
        'Symptoms',
        "Contacts receive phishing from the user; Sent Items contains mail the user didn't write; inbox rules move or delete replies (often to RSS Feeds, Conversation History or Archive); NDR '550 5.1.8 Access denied, bad outbound sender' or 'Your message couldn't be delivered because you weren't recognized as a valid sender' - the user is restricted from sending; a vendor gets an altered invoice; impossible-travel or unfamiliar sign-in alerts; the user gets MFA approval prompts they did not start.",
      ],
      [
        'Cause',
        'Credentials stolen via phishing or password reuse, sometimes with a token theft (AiTM) that bypasses MFA.',
      ],
      [
        'Resolution',
        "1. Reset the password and revoke all sessions (Entra > user > Revoke sessions).\n2. Remove any MFA methods the user doesn't recognize.\n3. Inbox rules: Get-InboxRule -Mailbox user | fl Name,Description,Enabled; remove malicious rules. Forwarding: Get-Mailbox user | fl ForwardingSmtpAddress,DeliverToMailboxAndForward and clear it.\n4. Entra > Enterprise applications: look for new consented apps for the user.\n5. Restricted sender: after remediation, Defender portal > Email & collaboration > Review > Restricted entities > unblock the user (can take an hour).\n6. Purview audit search for the window (MailItemsAccessed, New-InboxRule).\n7. Client tells affected contacts; any payment already sent - client calls their bank immediately.",
      ],
      [
        'Escalation',
        'Always a security incident: notify the security lead. Healthcare clients (HIPAA) and any mailbox with PII go to the account manager for breach assessment.',
      ],
      ['Notes', 'Document timeline, IPs and rules in the ticket before deleting anything.'],
    ],
  ),
  article(
    's-ransomware-first-response',
    'Suspected ransomware: the first 15 minutes (isolate, preserve, escalate)',
    null,
    'Security/Incident Response',
    [
      [
        'Symptoms',
        "Files renamed with unfamiliar extensions (.akira, .lockbit, random characters), ransom notes like README.txt or HOW_TO_DECRYPT.html in folders, shared drive files won't open, several EDR alerts at once, desktop wallpaper replaced with a ransom message.",
      ],
      [
        'Cause',
        'Ransomware running on one or more devices, often after phishing or a compromised remote access account.',
      ],
      [
        'Resolution',
        "1. Do NOT power the machine off (memory evidence). Disconnect it: unplug the network cable, turn off Wi-Fi, and network-quarantine it from the SentinelOne console.\n2. Scope: which shares and devices show encrypted files? Check the file server and the EDR console for other alerts.\n3. Disable the affected user accounts and reset privileged/admin passwords.\n4. Protect backups: confirm the Datto SIRIS and offsite copies are intact; do not mount or restore anything yet.\n5. Open a P1 ticket, call the security lead and the client's primary contact. The client's cyber insurance hotline must be called before remediation starts (policy requirement).\n6. Write down a timeline: who saw what, when.\n7. Never contact the attackers or pay anything.",
      ],
      ['Escalation', 'Immediate: security lead and service manager by phone, not just the ticket.'],
      ['Notes', 'Keep the insurance carrier and policy number in IT Glue for every client.'],
    ],
  ),
  article(
    's-sentinelone-alert-triage',
    'SentinelOne threat alerts: triage mitigated vs not mitigated, false positives and exclusions',
    null,
    'Security/EDR',
    [
      [
        'Symptoms',
        "An alert e-mail or NinjaOne ticket: 'SentinelOne - Threat detected. Status: Mitigated / Not mitigated. Confidence: Malicious / Suspicious. Classification: Trojan / PUA / Ransomware. Path: C:\\Users\\...'; a user says a program vanished or won't start after an alert; a device shows 'Network quarantined'.",
      ],
      [
        'Cause',
        'The EDR agent detected and (maybe) acted on a file or behavior; sometimes a business app updater is flagged.',
      ],
      [
        'Resolution',
        '1. SentinelOne console > Incidents > the threat: review status, confidence, originating process and the storyline.\n2. Mitigated + Malicious: confirm kill and quarantine, run a full disk scan, look for persistence, ask the user what they were doing.\n3. Not mitigated: Actions > Kill & Quarantine, then Remediate; network-quarantine the device if activity continues.\n4. Suspicious/PUA on a known business app: check the hash on VirusTotal, confirm with the vendor, then mark as False Positive and add a hash exclusion scoped to that client site - L2 approval required.\n5. When clean, Reconnect to network and set the analyst verdict and incident status to Resolved.',
      ],
      [
        'Escalation',
        'Multiple devices or lateral movement: treat as an incident (s-ransomware-first-response).',
      ],
      ['Notes', 'Defender for Endpoint alerts follow the same flow in the Defender portal.'],
    ],
  ),
  // ---------------------------------------------------------------- People
  article(
    's-new-hire-onboarding',
    'New hire setup checklist: authorization, account, license, groups, device, MFA',
    null,
    'People/Onboarding',
    [
      [
        'Symptoms',
        "Requests like 'new employee starting Monday', 'need email and a laptop for our new hire', or an onboarding form submission.",
      ],
      ['Cause', 'Standard onboarding.'],
      [
        'Resolution',
        "1. Authorization: the request must come from an authorized contact listed in IT Glue, ideally via the onboarding form. Employees cannot request accounts for coworkers.\n2. Create the user: hybrid clients in ADUC (correct OU, copy a template user) then Start-ADSyncSyncCycle -PolicyType Delta; cloud-only in the Microsoft 365 admin center.\n3. Assign the license per the client standard in IT Glue.\n4. Groups: security groups, distribution lists, Teams/SharePoint memberships, shared mailboxes as listed on the form.\n5. Device: assign an Autopilot device to the user, or prepare a loaner; label with asset tag.\n6. MFA: create a Temporary Access Pass for day one; the user registers Authenticator at aka.ms/mysecurityinfo.\n7. Line-of-business apps: request accounts from the client's app admin.\n8. Phone/extension if needed.\n9. Send credentials to the manager through a secure expiring link, never plain email.",
      ],
      ['Escalation', 'Same-day requests without a form need the service manager to approve priority.'],
      [
        'Notes',
        'Client-specific onboarding runbooks in IT Glue override this checklist. Record the new user, license and device assignment in IT Glue contacts and configurations before closing the ticket.',
      ],
    ],
  ),
  article(
    's-employee-offboarding',
    'Employee termination/offboarding: block sign-in, convert mailbox to shared, OneDrive handover, wipe devices',
    null,
    'People/Offboarding',
    [
      [
        'Symptoms',
        "Requests like 'last day is Friday', 'terminated effective immediately', 'please shut off access and give her email to her manager'.",
      ],
      ['Cause', 'Standard offboarding.'],
      [
        'Resolution',
        "1. Confirm with an authorized contact and note if it is an immediate termination (do it now, on the phone) or scheduled.\n2. Block sign-in, reset the password, revoke sessions; remove MFA methods.\n3. Mailbox: Set-Mailbox user -Type Shared, grant the manager Full Access, set an auto-reply if requested; forwarding only if requested in writing.\n4. OneDrive: admin center > user > OneDrive > 'Create link to files' for the manager; default retention after deletion is 30 days.\n5. Remove the license once the mailbox is shared.\n6. Remove from groups, VPN group, line-of-business apps (notify the client's app admins), phone system.\n7. Devices: Intune retire or wipe company devices, collect the laptop and badge, remove personal-device app data.\n8. Rotate any shared passwords the user knew (IT Glue passwords marked with that user).",
      ],
      ['Escalation', 'Litigation hold or legal preservation requests: L2 (needs Exchange Plan 2/E3).'],
      [
        'Notes',
        'Immediate terminations: block sign-in before the HR meeting ends. Keep the ticket open until the laptop is physically back and wiped or stored.',
      ],
    ],
  ),
  // ---------------------------------------------------------------- Backup
  article(
    's-datto-file-restore',
    'Restore deleted or overwritten files from Datto SIRIS (file-level restore)',
    null,
    'Backup/Datto',
    [
      [
        'Symptoms',
        "'I deleted a folder on the S: drive', 'the spreadsheet got overwritten yesterday', 'a whole folder is missing from the shared drive', 'need the version from last week'.",
      ],
      ['Cause', 'Accidental deletion, overwrite or moved folder on a server protected by Datto SIRIS.'],
      [
        'Resolution',
        "1. Collect the full path, file names, and the last time it was known good.\n2. Datto Partner Portal > the SIRIS device > Restore > select the protected server agent > File Restore > choose a recovery point before the loss > Start Restore.\n3. Browse the mounted recovery point (via the share the SIRIS exposes or the web browser restore).\n4. Copy the files back to a '_restored' folder next to the original; do not overwrite without the user's confirmation.\n5. Tear down the restore (Remove Restore) when finished - a mounted restore can block the next backups.\n6. Microsoft 365 data (OneDrive, SharePoint, Teams files) is not on SIRIS: use the Microsoft 365 recycle bins or Datto SaaS Protection where licensed.\n7. Confirm with the user and close.",
      ],
      ['Escalation', 'Whole-server restores, virtualization on the SIRIS, or missing recovery points: L2.'],
      [
        'Notes',
        'Standard retention: hourly points for 3 days, daily for 30 days locally, 1 year in the Datto cloud.',
      ],
    ],
  ),
  // ---------------------------------------------------------------- Phones
  article(
    's-teams-phone-outbound-calling',
    "Teams Phone: no dial pad, can't call external numbers, calls go straight to voicemail",
    null,
    'Phones/Teams Calling',
    [
      [
        'Symptoms',
        "The Calls tab in Teams has no dial pad/keypad; dialing an outside number fails with 'We couldn't complete your call'; calls to the user's DID go straight to voicemail or ring someone else; caller ID shows the main number instead of the user's.",
      ],
      [
        'Cause',
        'No Teams Phone license, no phone number assigned or Enterprise Voice not enabled, no calling plan/Operator Connect, missing voice routing policy, or call forwarding/answering rules set by the user.',
      ],
      [
        'Resolution',
        "1. Teams admin center > Users > Manage users > the user > Account: phone number, number type, Enterprise Voice.\n2. Licensing: Teams Phone Standard (or in Business Premium + add-on) plus a Calling Plan or Operator Connect number.\n3. PowerShell: Get-CsOnlineUser user@client.com | fl LineURI,EnterpriseVoiceEnabled,OnlineVoiceRoutingPolicy; assign with Set-CsPhoneNumberAssignment -Identity user@client.com -PhoneNumber +17135550123 -PhoneNumberType CallingPlan\n4. The user signs out of Teams and back in; the dial pad can take up to 24 hours to appear.\n5. Ringing issues: Teams > Settings > Calls > Call answering rules; check forwarding and 'If unanswered' settings.\n6. Emergency address must be set on the number.",
      ],
      ['Escalation', 'Number porting and new numbers: L2 voice.'],
      ['Notes', 'Common area phones need the Teams Shared Devices license, not a user license.'],
    ],
  ),
  article(
    's-yealink-hosted-pbx-no-service',
    "Yealink desk phone shows 'No Service' or registration failed on the hosted PBX; one-way audio",
    null,
    'Phones/Hosted PBX',
    [
      [
        'Symptoms',
        "Yealink T46U/T54W screen shows 'No Service', the line key is red or has an X, 'Network Unavailable' on boot, the phone reboots in a loop, callers cannot hear the user (one-way audio), or calls drop at about 30 seconds.",
      ],
      [
        'Cause',
        'The phone lost its network or PoE, SIP registration failed after an ISP/firewall change, the extension password changed on the PBX without re-provisioning, or SIP ALG on the firewall is mangling calls.',
      ],
      [
        'Resolution',
        "1. 'Network Unavailable': it is cabling/PoE - see s-wired-jack-no-network-apipa.\n2. Reboot: unplug the Ethernet/PoE cable for 10 seconds.\n3. Press OK on the phone to read its IP, browse to it > Account > Register status.\n4. Hosted PBX admin portal > Phones > the extension > Re-provision; the phone pulls its config on reboot.\n5. One-way audio or 30-second drops: disable SIP ALG on the FortiGate CLI: config system settings / set sip-helper disable / set sip-expectation disable / set default-voip-alg-mode kernel-helper-based / end, then reboot the firewall in a maintenance window.\n6. Last resort: factory reset (hold OK ~10 seconds) and let it auto-provision.",
      ],
      [
        'Escalation',
        'Carrier-side or whole-site outages go to the PBX provider by phone (portal in IT Glue).',
      ],
      [
        'Notes',
        'Desk phones belong on the voice VLAN; a phone on the data VLAN registers but has poor call quality.',
      ],
    ],
  ),
  // ---------------------------------------------------------------- Printing & scanning
  article(
    's-mfd-scan-to-email',
    "Copier/MFD scan to email or scan to folder stopped working ('SMTP authentication error', 'Transmission failed')",
    null,
    'Printing & Scanning/MFDs',
    [
      [
        'Symptoms',
        "The copier shows 'SMTP authentication error', 'Transmission failed', 'Send error', 'Connection to the server failed' when scanning to email; scan to folder fails with 'Cannot connect to destination' or 'Login failed' right after a password change or Windows update. Ricoh, Konica Minolta, Canon and Sharp behave the same.",
      ],
      [
        'Cause',
        'Microsoft retiring Basic authentication for SMTP AUTH client submission, the scanning account password expired or changed, TLS 1.2 not enabled on old firmware, SMB1 disabled on the server while the copier still uses it, or share permissions changed.',
      ],
      [
        'Resolution',
        "1. Find the method in the copier web UI: SMTP relay connector, SMTP AUTH (smtp.office365.com:587 with an account) or direct send.\n2. Preferred: an Exchange Online connector by the site's static public IP (EAC > Mail flow > Connectors > From: Your organization's email server), copier SMTP server = the tenant MX host (client-com.mail.protection.outlook.com) port 25, no authentication.\n3. If SMTP AUTH must stay: Set-CASMailbox scanner@client.com -SmtpClientAuthenticationDisabled $false, check the account password has not expired, enable STARTTLS.\n4. Scan to folder: verify \\\\server\\Scans exists, the scanning account password in IT Glue still works, and enable SMB2/SMB3 in the copier's network settings (Ricoh Web Image Monitor > Device Management > Configuration > Network > SMB).\n5. Send a test from the copier and check Message trace or the share.",
      ],
      [
        'Escalation',
        'Copiers too old for TLS 1.2 need a firmware upgrade from the copier lease vendor (contact in IT Glue).',
      ],
      ['Notes', 'Use a dedicated scanning account excluded from password expiry, documented in IT Glue.'],
    ],
  ),
  // ---------------------------------------------------------------- RMM
  article(
    's-rmm-agent-offline',
    'NinjaOne agent offline or not checking in: service, firewall, reinstall, duplicate devices',
    null,
    'RMM/NinjaOne',
    [
      [
        'Symptoms',
        "NinjaOne alert 'Device has been offline for more than 24 hours' or 'Device Down'; the device's last contact is days old while the user is working on it; scripts and patches don't run; remote control from NinjaOne cannot connect; two entries for the same PC after a reimage.",
      ],
      [
        'Cause',
        'The device is actually off or travelling, the NinjaRMMAgent service stopped, firewall/web filtering blocking the Ninja endpoints, an EDR exclusion missing, or the PC was reimaged and enrolled as a new node.',
      ],
      [
        'Resolution',
        '1. Confirm with the user that the PC is on and online.\n2. Check the service: Get-Service NinjaRMMAgent; Start-Service NinjaRMMAgent if stopped.\n3. Allow *.ninjarmm.com and *.ninjaone.com through the firewall/web filter and SSL inspection exemptions.\n4. Reinstall: NinjaOne > Organization > the location > Add device > Windows installer (org-specific MSI), run as admin; or deploy through Intune.\n5. Duplicates: delete the stale node after the new one checks in.\n6. Removing the agent requires disabling uninstall prevention: NinjaRMMAgent.exe -disableUninstallPrevention.',
      ],
      ['Escalation', 'Many devices offline at one site is a network/ISP event (s-isp-outage-triage).'],
      [
        'Notes',
        "Mark travelling/seasonal devices in NinjaOne so offline alerts don't page the on-call tech. A device offline for 60 days is reviewed with the client to retire it from billing.",
      ],
    ],
  ),

  // ================================================================ Client: Brazos Basin Wellsite Services
  article(
    's-brazos-field-laptop-vpn',
    'Brazos Basin - field laptop VPN (FortiClient BBW-Field with Entra SSO) from rigs, hotspots and Starlink',
    brazos,
    'Clients/Brazos Basin/Remote Access',
    [
      [
        'Symptoms',
        "Field supervisors on Dell Latitude Rugged or Panasonic Toughbook laptops cannot reach the S: drive (\\\\BBW-FS01\\Shared) or the RDS server from a rig or frac site. FortiClient opens the Microsoft sign-in window and then sits on 'Connecting', shows 'SAML authentication failed', works at the Pearland office but not on a Verizon hotspot, or drops every few minutes on the site Starlink.",
      ],
      [
        'Cause',
        "Brazos uses SAML SSO to Entra on the HQ FortiGate (connection 'BBW-Field', vpn.brazosbasin.com port 10443). Only members of the Entra group SG-VPN-Field are allowed. Old laptops may still carry the retired IPsec profile 'BBW-VPN', which fails on Starlink CGNAT. The embedded browser can cache a stale token.",
      ],
      [
        'Resolution',
        "1. FortiClient > Remote Access > BBW-Field must have 'Enable Single Sign On (SSO) for VPN Tunnel' and 'Use external browser as user-agent for SAML user authentication' ticked. Delete any 'BBW-VPN' IPsec profile.\n2. Check the user is in SG-VPN-Field (Entra > Groups).\n3. Hotspot: confirm it has data and signal; Verizon/AT&T hotspots allow 10443. Test with Test-NetConnection vpn.brazosbasin.com -Port 10443.\n4. Starlink drops: the FortiGate already has DTLS off and tunnel MTU 1350 for BBW-Field; if drops continue, move the laptop closer to the Starlink router or have the site use the hotspot.\n5. After connecting, run the 'Map Drives' shortcut on the desktop (the NinjaOne script) if S: is missing.\n6. Expired password in the field: change it at https://mysignins.microsoft.com/security-info or portal.office.com, connect VPN, then lock and unlock the laptop.",
      ],
      [
        'Escalation',
        'FortiGate changes go to L2 network. The client contact for field IT issues is the Operations Manager (Ray Delgado) - call before dispatching anyone to a yard.',
      ],
      [
        'Notes',
        'Field laptops are Entra-joined, not domain-joined. WolfePak is never used over the VPN directly - it runs on BBW-RDS01 (see s-brazos-wolfepak-rds).',
      ],
    ],
  ),
  article(
    's-brazos-wolfepak-rds',
    'Brazos Basin - WolfePak RemoteApp on BBW-RDS01: missing icon, stuck sessions, database locks, MICR check printing',
    brazos,
    'Clients/Brazos Basin/Line of Business',
    [
      [
        'Symptoms',
        "Accounting and land staff open the 'WolfePak' RemoteApp icon and get nothing, or the icon is missing from the Start menu under 'Work Resources'; 'Your computer can't connect to the remote computer'; 'Database in use by another user' when the controller runs JIBs or revenue distribution; checks print on the regular printer instead of the MICR printer, so the bank rejects them.",
      ],
      [
        'Cause',
        'WolfePak is installed only on the RDS server BBW-RDS01; its SQL database is on BBW-SQL01 (instance WOLFEPAK). The RemoteApp feed is published only to members of SG-RDS-WolfePak. Checks must print to the server-installed queue ACCT-MICR (HP LaserJet M404 with MICR toner); redirected local printers are not used for checks.',
      ],
      [
        'Resolution',
        "1. Missing icon: check SG-RDS-WolfePak membership, then Control Panel > RemoteApp and Desktop Connections > add https://rds.brazosbasin.com/RDWeb/feed/webfeed.aspx and sign in.\n2. Stuck or frozen session: quser /server:BBW-RDS01 then logoff <ID> /server:BBW-RDS01 (user must save first).\n3. Database locks: call the Controller (Linda Marsh) before kicking anyone. During month-end close (business days 1-5) no sessions are ended without her OK.\n4. Checks: in WolfePak choose the printer ACCT-MICR, never a redirected printer '(redirected 2)'. If ACCT-MICR is offline, check the printer in the Pearland accounting office and the queue on BBW-RDS01.\n5. Connection errors: confirm the user's password isn't expired and that the RD Gateway certificate is valid.\n6. WolfePak updates: scheduled by the controller after close; take a Datto snapshot of BBW-SQL01 first, then update the server and BBW-RDS01 together.",
      ],
      [
        'Escalation',
        'Posting or data issues: WolfePak support under the Brazos contract. RDS/SQL server faults: L2.',
      ],
      [
        'Notes',
        'Generic WolfePak SQL troubleshooting is in s-wolfepak-sql-connection; Brazos workstations never have a local WolfePak client.',
      ],
    ],
  ),
  article(
    's-brazos-yard-network-starlink',
    'Brazos Basin - Midland and Pleasanton yard offices: Meraki MX uplinks, Starlink failover and shop Wi-Fi',
    brazos,
    'Clients/Brazos Basin/Site Network',
    [
      [
        'Symptoms',
        "The Midland or Pleasanton yard office loses internet or is very slow; the shop computers, time clock and yard cameras go offline; Meraki e-mails 'Uplink WAN1 is down' or 'failover to WAN2'; Wi-Fi in the shop bays is weak or drops.",
      ],
      [
        'Cause',
        'Each yard has a Meraki MX68 with WAN1 = fixed wireless from a local WISP and WAN2 = Starlink Business. Dust, wind and lightning take down the fixed wireless; Starlink goes down when obstructed or after power loss. Shop Wi-Fi comes from one outdoor MR76 on the shop wall.',
      ],
      [
        'Resolution',
        "1. Meraki dashboard > Brazos - Midland/Pleasanton > Security & SD-WAN > Appliance status > Uplink: see which WAN is active.\n2. On Starlink only: traffic keeps flowing; tell the yard manager it will be slower and open a ticket with the WISP (circuit ID in IT Glue > Brazos > Internet/WAN).\n3. Both down: the yard manager power-cycles the MX68 and the Starlink router in the office closet (labelled), waits 5 minutes.\n4. Starlink: in the Starlink app check 'Disconnected - Obstructed' or 'Offline'; review the obstruction map; reboot from the app.\n5. Shop Wi-Fi: Meraki > Wireless > Access points > MR76 status and client count; the time clock is wired on VLAN 20 and does not use Wi-Fi.\n6. Once back, check NinjaOne that yard devices checked in.",
      ],
      [
        'Escalation',
        'Onsite dispatch to Midland (8 hours round trip) needs approval from the Operations Manager. Frac-site Starlink kits are owned by the field crews, not by us.',
      ],
      ['Notes', 'Pearland HQ is on AT&T Fiber with Comcast backup and follows the generic ISP runbook.'],
    ],
  ),
  article(
    's-brazos-field-hand-onboarding',
    'Brazos Basin - onboarding field hands and field supervisors (F3 licenses, shared rugged tablets, KPA safety app)',
    brazos,
    'Clients/Brazos Basin/Onboarding',
    [
      [
        'Symptoms',
        "Requests from Brazos HR in Pearland: 'new floor hands starting at the Pleasanton yard', 'new field supervisor needs laptop, email and VPN', 'crew needs tablet logins and the safety app'.",
      ],
      [
        'Cause',
        'Brazos has two onboarding tracks with different licensing and devices; field hands often start the same day they are hired.',
      ],
      [
        'Resolution',
        "1. Only Brazos HR (Pearland) or the Operations Manager may request accounts. Same-day field hand requests are pre-approved.\n2. Field hands: user first.last@brazosbasin.com, license Microsoft 365 F3 (web and mobile Office only, 2 GB mailbox, no desktop Office - 'unlicensed' on a PC is expected). Add to SG-Field-Hands. They sign in to the shared Samsung Galaxy Tab Active tablets (Intune shared device mode) at the yard; no personal device enrollment.\n3. Field supervisors: Business Premium, add SG-VPN-Field and SG-Field-Supervisors, assign a rugged laptop through Autopilot with group tag BBW-FIELD, and set up BBW-Field VPN (s-brazos-field-laptop-vpn).\n4. Safety app: KPA Flex accounts are created by the HSE Manager, not by us - e-mail the HSE Manager with name, yard and start date.\n5. MFA: field hands register Authenticator on their own phone on day one at the yard; if they have no smartphone, issue an OATH hardware token from the Pearland stock (IT Glue > Brazos > Assets).\n6. Office staff in Pearland follow the generic new hire checklist.",
      ],
      ['Escalation', 'License shortages: account manager, same day.'],
      [
        'Notes',
        'Terminated field hands: block sign-in the same day; tablets are shared so no device wipe is needed.',
      ],
    ],
  ),

  // ================================================================ Client: Bayou City Smokehouse Group
  article(
    's-smokehouse-toast-network',
    'Bayou City Smokehouse - Toast terminals offline at a store: POS VLAN, UniFi gateway and Cradlepoint LTE backup',
    smokehouse,
    'Clients/Bayou City Smokehouse/POS',
    [
      [
        'Symptoms',
        "At one of the six stores (Heights, Montrose, Katy, Sugar Land, The Woodlands, Pearland) Toast terminals show 'Offline mode', Toast Go handhelds can't run cards, the bar terminal drops offline while the host stand is fine, or online orders stop arriving.",
      ],
      [
        'Cause',
        'Each store has a UniFi Cloud Gateway with Comcast Business as primary and a Toast-supplied Cradlepoint LTE router as backup for the POS VLAN 30 only. Wired terminals hang off the PoE switch in the GM office; handhelds and the bar terminal use the BCS-POS SSID. Terminals set up by Toast installers sometimes join BCS-Guest by mistake.',
      ],
      [
        'Resolution',
        "1. UniFi Site Manager > the store: is the gateway online and which WAN is active? If Comcast is down the Cradlepoint should carry POS; check its LED and the UniFi WAN2 status.\n2. All terminals offline with the Cradlepoint up: reboot the PoE switch in the GM office, then the terminals.\n3. One terminal: on the terminal swipe down > Settings > Network; it must show BCS-POS or Ethernet with a 10.<store>.30.x address. If it shows BCS-Guest, forget that network and join BCS-POS (password in IT Glue > Bayou City > Wi-Fi).\n4. Handhelds and bar terminal dropping: check the AP nearest the bar in UniFi for interference/clients; keep handhelds charged.\n5. Card readers and device hardware faults: call Toast Support with the store's restaurant GUID (IT Glue).\n6. Let the GM know offline mode keeps accepting cards and will sync when back online.",
      ],
      [
        'Escalation',
        'Friday/Saturday dinner outages are P1: call the on-call tech and the Director of Operations (Marcus Thibodeaux).',
      ],
      ['Notes', 'The commissary has no Toast terminals and is not on the LTE backup.'],
    ],
  ),
  article(
    's-smokehouse-kitchen-printers',
    'Bayou City Smokehouse - kitchen ticket printers (Epson TM-U220 impact) not printing on the line or at expo',
    smokehouse,
    'Clients/Bayou City Smokehouse/Printers',
    [
      [
        'Symptoms',
        "Orders are fired but no ticket prints on the line or expo printer; Toast shows 'Printer not found' or 'Print job failed - Kitchen'; the Epson printer's red error light blinks or it beeps; tickets print faded or blank; receipts print fine at the host stand.",
      ],
      [
        'Cause',
        'Kitchen printers are Epson TM-U220 impact printers with static IPs 10.<store>.30.51-.55 (expo .51, line .52, smoker .53); receipt printers are TM-m30III. Heat and grease kill them; a reset printer falls back to DHCP and gets a different IP than the one Toast has saved; ribbons run out.',
      ],
      [
        'Resolution',
        "1. Check paper, ribbon and the cover; clear any jam; red light plus beeping usually means cover open or paper out.\n2. Power off, hold FEED while powering on to print the status sheet with the printer's current IP.\n3. Compare with Toast Web > Kitchen > Printers (or the device setup on the terminal). If different, set the printer back to its static IP with EpsonNet Config from the GM office PC, or update the IP in Toast.\n4. Ping the printer from the GM office PC; no reply = check the cable to the kitchen switch.\n5. Faded tickets: replace the ERC-38 ribbon (spares in the office).\n6. Dead printer: swap with the spare TM-U220 kept at the commissary and assign the same IP; log the serial in IT Glue.",
      ],
      [
        'Escalation',
        'Two failed printers at one store in a month: ask the Director of Operations about a kitchen hood/heat review.',
      ],
      [
        'Notes',
        'The HP LaserJet in each GM office is a normal office printer - use the generic printer runbook for it.',
      ],
    ],
  ),
  article(
    's-smokehouse-gm-onboarding',
    'Bayou City Smokehouse - onboarding GMs, kitchen managers and office staff (store mailboxes, Toast back office, 7shifts)',
    smokehouse,
    'Clients/Bayou City Smokehouse/Onboarding',
    [
      [
        'Symptoms',
        "Requests like 'new GM starting at Sugar Land', 'kitchen manager needs email', 'new bookkeeper at the corporate office'.",
      ],
      [
        'Cause',
        'Only salaried managers and corporate staff get Microsoft 365; hourly staff live entirely in Toast and 7shifts. Each store has a store mailbox that passes from GM to GM.',
      ],
      [
        'Resolution',
        "1. Requests must come from the Director of Operations or HR (IT Glue > Bayou City > Authorized Contacts).\n2. GMs and kitchen managers: Microsoft 365 Business Standard, user first.last@bayoucitysmokehouse.com. Give GMs Full Access and Send As on the store mailbox (e.g. heights.gm@) and remove the previous GM.\n3. Add to the Teams team 'BCS Managers' and the store's distribution list.\n4. The GM office PC is shared: add the new manager's account; do not create local accounts.\n5. Toast back office (Toast Web) access: the Director of Operations grants it - we do not have Toast admin.\n6. 7shifts scheduling: HR invites the manager.\n7. Restaurant365 (accounting) is only for corporate office staff; the Controller creates those logins.\n8. MFA: register Authenticator on the manager's phone during their first shift.",
      ],
      [
        'Escalation',
        'Same-day GM changes after a termination: do the offboarding of the old GM first (store mailbox access).',
      ],
      ['Notes', 'Store mailboxes are shared mailboxes; they need no license.'],
    ],
  ),
  article(
    's-smokehouse-guest-wifi',
    'Bayou City Smokehouse - guest Wi-Fi (BCS-Guest): splash page not appearing, slow guest Wi-Fi, changing the guest password',
    smokehouse,
    'Clients/Bayou City Smokehouse/Site Network',
    [
      [
        'Symptoms',
        "Guests connect to BCS-Guest but the welcome/splash page never shows, or it shows and then 'Connected, no internet'; guests complain Wi-Fi is slow on game nights; a GM asks to change the guest Wi-Fi password printed on table cards.",
      ],
      [
        'Cause',
        'BCS-Guest runs on VLAN 50 with the UniFi Hotspot portal (splash page with terms, no password by default) and a 5 Mbps per-client limit. It is fully isolated from the POS VLAN for PCI. iPhones with Private Wi-Fi Address and cached portal sessions sometimes skip the splash page.',
      ],
      [
        'Resolution',
        "1. UniFi Site Manager > the store > Hotspot Manager / Insights: confirm the portal is enabled and the guest VLAN is up.\n2. Splash page not appearing: have the guest open http://neverssl.com to trigger it; forget and rejoin the network.\n3. 'Connected, no internet' for all guests: check the store WAN in UniFi (guests do NOT fail over to the Cradlepoint - that is POS only).\n4. Slow: check store WAN utilization; the per-client limit stays at 5 Mbps; do not raise it without the Director of Operations.\n5. Guest password changes: only on request from the GM or Director of Operations; change under Settings > WiFi > BCS-Guest and record it in IT Glue. Never share the BCS-POS password with anyone but managers.",
      ],
      ['Escalation', 'Anything that would connect guest and POS networks is refused and escalated to L2.'],
      ['Notes', 'Staff personal phones use BCS-Guest too.'],
    ],
  ),

  // ================================================================ Client: Gulf Coast STEM Academy
  article(
    's-academy-staff-onboarding-autopilot',
    'Gulf Coast STEM Academy - new teacher/staff accounts and Autopilot laptops (A3 faculty, GCSA-Staff group tag)',
    academy,
    'Clients/Gulf Coast STEM Academy/Onboarding',
    [
      [
        'Symptoms',
        "Requests from the campus office for new teachers or staff (often in bulk before August in-service), and new staff laptops stuck on 'Setting up your device for work' on the first day.",
      ],
      [
        'Cause',
        'Staff accounts are cloud-only with Microsoft 365 A3 for faculty. Staff laptops (Dell Latitude 3440) are Autopilot devices with group tag GCSA-Staff; student devices use GCSA-Student and a different ESP. The ESP blocks on the Lightspeed Smart Agent and Promethean ActivInspire apps, which fail if the laptop is on the student Wi-Fi.',
      ],
      [
        'Resolution',
        "1. Accept requests only from the Principal's office or the HR Coordinator, via the staff onboarding form (list of names, campus, grade/subject, start date).\n2. Create the user firstinitiallastname@gcstemacademy.org, license Microsoft 365 A3 for faculty, add to GCSA-Staff-All and the campus group (GCSA-Pasadena or GCSA-Baytown).\n3. Skyward (student information system) accounts are created by the campus registrar - send the list; we do not have Skyward admin.\n4. Laptop: in Intune confirm the serial has group tag GCSA-Staff and the user is assigned. If it shows GCSA-Student, change the tag, wait for the profile to re-assign and reset the laptop.\n5. ESP stuck: make sure the laptop is on GCSA-Staff Wi-Fi or wired, not GCSA-Student; then follow s-autopilot-esp-stuck.\n6. MFA: teachers register Authenticator during in-service; a Temporary Access Pass covers day one.\n7. Staff must complete the KnowBe4 security training assigned automatically within 14 days.",
      ],
      [
        'Escalation',
        'More than 10 staff in one request: schedule with the account manager so laptops are staged in July.',
      ],
      ['Notes', 'Student accounts are created by the SIS sync, never by hand.'],
    ],
  ),
  article(
    's-academy-papercut-copiers',
    'Gulf Coast STEM Academy - PaperCut Find-Me printing, badge release and scan-to-email on the Sharp copiers',
    academy,
    'Clients/Gulf Coast STEM Academy/Printing',
    [
      [
        'Symptoms',
        "A teacher prints and nothing comes out of the workroom copier; the copier shows 'Card not recognized - register your card' when a badge is tapped; students' prints are denied for insufficient balance; scan to email from a copier sends nothing.",
      ],
      [
        'Cause',
        "All printing goes to the PaperCut MF server GCSA-PRINT01 through the single queue 'GCSA-FollowMe'. Jobs wait until released by tapping the staff badge (or entering the PIN) at any Sharp MX-3071 copier. The first tap of a new badge must be linked to the user. Scan to email is PaperCut Integrated Scanning, not the copier's own SMTP settings.",
      ],
      [
        'Resolution',
        "1. Make sure the teacher printed to GCSA-FollowMe (not an old direct copier queue) - remove old queues from the laptop.\n2. At the copier, tap the badge; if 'Card not recognized', sign in with username/password on the panel and follow 'Associate card'. The badge number is then linked.\n3. Held jobs expire after 8 hours; reprint if older.\n4. Check PaperCut admin (https://gcsa-print01:9192) > Logs and Printers > the copier status; restart the 'PaperCut Application Server' service only after school hours.\n5. Student balances are set by campus admin; teachers can request a top-up from the front office.\n6. Scan to email: on the copier choose Scan > Scan to Me. If nothing arrives, check PaperCut > Integrated Scanning logs and the junk folder; the SMTP relay goes through the tenant connector.",
      ],
      ['Escalation', 'Copier hardware, toner and jams: Sharp dealer (contact in IT Glue).'],
      [
        'Notes',
        'Badge numbers come from the building access system; a replacement badge must be re-associated.',
      ],
    ],
  ),
  article(
    's-academy-lightspeed-filter',
    'Gulf Coast STEM Academy - Lightspeed web filter: blocked sites for staff and students, YouTube, unblock requests',
    academy,
    'Clients/Gulf Coast STEM Academy/Web Filtering',
    [
      [
        'Symptoms',
        "A page shows 'Lightspeed Systems - Web Access Blocked - This site has been blocked by your administrator', a YouTube video is unavailable under Restricted Mode, a site needed for a lesson is blocked for students but works for the teacher, or HTTPS sites show certificate errors on a new laptop.",
      ],
      [
        'Cause',
        'The school uses the Lightspeed Filter agent on every managed device (CIPA requirement) with separate Staff and Student policies. YouTube is Strict for students, Moderate for staff. The SSL inspection certificate is pushed by Intune and may be missing on a freshly built device.',
      ],
      [
        'Resolution',
        "1. Get the full URL, the campus, and whether it is for staff or students.\n2. Staff-only unblocks: teachers can request them; allow the domain in the Lightspeed console under Rules > Staff policy > Allowed sites.\n3. Student unblocks need approval from the Director of Technology (Ms. Okafor) in the ticket; then add to Student policy > Allowed sites. Never allow whole categories for students.\n4. YouTube: add the specific video or channel to the approved list in Lightspeed; teachers with 'YouTube approver' role can approve videos themselves.\n5. Certificate errors: Intune > the device > Sync to pull the Lightspeed SSL certificate; confirm the Smart Agent service is running.\n6. Changes apply within 5 minutes; have the user refresh.",
      ],
      ['Escalation', 'Filtering policy changes beyond a single site: Director of Technology and L2.'],
      ['Notes', 'The campus FortiGates do no web filtering for the school; Lightspeed is the only filter.'],
    ],
  ),

  // ================================================================ Client: Memorial Park Dermatology
  article(
    's-derm-modmed-ema-login',
    'Memorial Park Dermatology - ModMed EMA: provider login problems, EPCS token errors, slow charting',
    derm,
    'Clients/Memorial Park Dermatology/EHR',
    [
      [
        'Symptoms',
        "Providers or staff cannot sign in to EMA in Chrome, get logged out repeatedly, EMA is slow to load patient charts, or a provider cannot send a controlled-substance prescription (EPCS) with 'The token code is not valid' or 'Two-factor authentication failed'.",
      ],
      [
        'Cause',
        "EMA (Modernizing Medicine) is cloud-hosted; the practice manages EMA users and passwords itself. EPCS uses a per-provider soft token (Symantec VIP Access app on the provider's phone) bound to the provider's EMA account; a new phone breaks the binding. Slowness is usually the browser, the office internet, or the ModMed status page.",
      ],
      [
        'Resolution',
        '1. EMA password resets and lockouts: the Practice Administrator (Karen Pham) resets them in EMA. We do not have EMA admin rights.\n2. Browser: EMA is supported in Chrome only. Clear cache for the EMA site, disable extensions other than the ModMed scanning extension, and make sure Chrome is current.\n3. Check the PC clock - token codes fail when the time is off by more than a minute.\n4. EPCS token after a new phone: the provider installs VIP Access on the new phone; the Practice Administrator opens a ModMed support case to re-bind the credential ID. Identity proofing is handled by ModMed.\n5. Slowness: check https://status.modmed.com, then the office internet in the Meraki dashboard (Memorial and Cypress offices). Slow in one room only = that PC.\n6. Log out of EMA on shared exam room PCs at the end of each visit (HIPAA).',
      ],
      ['Escalation', 'EMA outages: Practice Administrator calls ModMed. Office network problems: L2.'],
      ['Notes', 'Never store EMA passwords in IT Glue; providers hold their own credentials.'],
    ],
  ),
  article(
    's-derm-card-scanner',
    'Memorial Park Dermatology - front desk ID/insurance card scanners (Ambir) and document scanning into EMA',
    derm,
    'Clients/Memorial Park Dermatology/Scanning',
    [
      [
        'Symptoms',
        "At check-in the Ambir ImageScan Pro 490i card scanner does nothing when a driver's license or insurance card is inserted, EMA shows 'No scanner found' or 'Scanning service not running', scans come out blank or upside down, or the Fujitsu fi-8170 at the front desk will not scan referral letters into the patient chart.",
      ],
      [
        'Cause',
        'EMA scans through the ModMed Scanning Service (a local Windows service plus a Chrome extension) using the TWAIN driver. Windows updates sometimes replace the Ambir driver, the service stops, or the scanner is plugged into a dock/hub instead of the PC.',
      ],
      [
        'Resolution',
        "1. Plug the scanner directly into a USB port on the PC, not the monitor or dock.\n2. services.msc > ModMed Scanning Service: Running and Automatic; restart it, then reload EMA.\n3. Chrome > Extensions: the ModMed Scanning extension must be enabled.\n4. Ambir: reinstall the Ambir TWAIN driver from the installer in \\\\MPD-FS01\\IT\\Drivers\\Ambir (NinjaOne script 'Ambir driver reinstall'); calibrate with the white calibration card.\n5. Fujitsu fi-8170: make sure PaperStream IP (TWAIN) is selected in the EMA scan dialog, not WIA.\n6. Test: EMA > patient > Demographics > Insurance > Scan card.",
      ],
      [
        'Escalation',
        'Hardware faults: replacement Ambir from the spare at the Cypress office; RMA through the vendor.',
      ],
      [
        'Notes',
        'Do not install the copier scanning software on front desk PCs; it conflicts with the TWAIN source.',
      ],
    ],
  ),
  article(
    's-derm-provider-remote-access',
    'Memorial Park Dermatology - providers working from home: Splashtop to their office workstation',
    derm,
    'Clients/Memorial Park Dermatology/Remote Access',
    [
      [
        'Symptoms',
        "A physician or PA at home opens Splashtop Business and their office computer shows 'Offline' or greyed out, the session connects to a black screen, Splashtop asks for a device authentication/2-step code, or a new provider needs home access to finish charts.",
      ],
      [
        'Cause',
        "The practice gives providers remote access only through Splashtop Business Access to their own assigned office workstation (no VPN). The office PC must be on and awake with the Splashtop Streamer running. Splashtop 2-step verification and device authentication are required by the practice's HIPAA policy.",
      ],
      [
        'Resolution',
        "1. In NinjaOne check whether the office workstation is online. Offline = it is off or asleep; ask front desk to power it on, or send Wake-on-LAN from NinjaOne.\n2. Power plan on provider PCs must be 'Never sleep' while plugged in (NinjaOne policy 'MPD Provider PCs').\n3. Streamer: restart the 'Splashtop Remote Service' from NinjaOne; black screen = the PC is at the lock screen with the monitor off - send Ctrl+Alt+Del from the Splashtop toolbar.\n4. Device authentication e-mail: the provider approves the new home device from the Splashtop e-mail; if it went to junk, resend from the Splashtop console > Team > the user.\n5. New provider: the Practice Administrator approves in writing; invite the provider in the Splashtop console, grant access only to their assigned workstation, and require 2-step verification.\n6. Remote printing and file transfer stay disabled (HIPAA).",
      ],
      [
        'Escalation',
        'Requests for access to additional PCs or for non-providers: Practice Administrator approval, then L2.',
      ],
      ['Notes', 'Splashtop seats are limited; remove access during provider offboarding.'],
    ],
  ),
];
