/**
 * Set AG: a blind labelled KB set, written without reading the search code or any other set.
 * Brightwater Technology Partners, an Adelaide MSP that keeps its global and per-client runbooks in
 * IT Glue. Global runbooks (company null) cover the stack Brightwater supports for every client
 * (Microsoft 365, Entra ID, Intune, Windows, FortiGate, 3CX, Datto); client runbooks cover each
 * client's own systems.
 */
import { article, type BenchArticle } from '../articles.ts';

export const SET_AG_CLIENTS = {
  stonewell: 'Stonewell Ridge Estate Wines Pty Ltd',
  kurrajong: 'Kurrajong House Aged Care Inc.',
  wingfield: 'Wingfield Freight & Cold Storage Pty Ltd',
  hallett: 'Hallett Moore & Partners Chartered Accountants',
} as const;

const { stonewell, kurrajong, wingfield, hallett } = SET_AG_CLIENTS;

/** Numbered resolution steps, the way the runbooks are written in IT Glue. */
const steps = (...items: string[]): string => items.map((s, i) => `${i + 1}. ${s}`).join('\n');

const GLOBAL: BenchArticle[] = [
  // ---------------------------------------------------------------- Microsoft 365: Outlook & Exchange
  article(
    'ag-outlook-not-syncing',
    'Outlook desktop not receiving or syncing new mail (rebuild OST / profile)',
    null,
    'Microsoft 365',
    [
      ['Applies to', 'Classic Outlook for Microsoft 365 on Windows, Exchange Online mailbox in cached mode.'],
      [
        'Symptoms',
        'New mail shows in Outlook on the web (outlook.office.com) and on the phone but not in Outlook on the PC. The status bar sits on "Updating this folder", "Updating Inbox" or "Disconnected" although the internet works. Folders are out of date, Sent Items is missing recent mail, or Outlook hangs on "Processing" at start-up.',
      ],
      [
        'Cause',
        'The local offline cache (.ost file) is corrupt or has stopped syncing, usually after an unclean shutdown, a full C: drive or a very large mailbox. Less often the Outlook profile itself is damaged.',
      ],
      [
        'Resolution',
        steps(
          'Confirm the missing mail is in Outlook on the web. If it is missing there too this is not a sync fault: check Defender quarantine or run a message trace.',
          'If the status bar says "Working Offline", go to Send / Receive and untoggle Work Offline.',
          "Close Outlook. Control Panel > Mail (Microsoft Outlook) > Show Profiles > Add. Name the profile with the date and sign in with the user's email address.",
          'Select "Always use this profile" and choose the new profile, then open Outlook and let it download. For mailboxes over 20 GB set the cache slider (File > Account Settings > Change) to 12 months.',
          'When the new profile works, remove the old profile and delete the old .ost from %LOCALAPPDATA%\\Microsoft\\Outlook.',
          'Re-open any PST files the user had and check signatures (kept in %APPDATA%\\Microsoft\\Signatures, they survive the rebuild).',
        ),
      ],
      [
        'Escalation',
        'If a new profile also fails to sync, test on another PC. If it fails there too, escalate to L2 to check the mailbox in Exchange admin (folder item counts, mailbox health).',
      ],
    ],
  ),
  article(
    'ag-outlook-password-prompts',
    'Outlook keeps asking for a password or shows "Need Password"',
    null,
    'Microsoft 365',
    [
      [
        'Symptoms',
        'A Microsoft sign-in or Windows Security window keeps popping up in Outlook; entering the correct password does nothing and it returns minutes later. The status bar shows "Need Password" and mail stops sending. The same password works in Outlook on the web. Often starts after a password change or MFA change.',
      ],
      [
        'Cause',
        'Stale credentials cached in Windows Credential Manager, or a broken Web Account Manager (WAM) token / primary refresh token on the device.',
      ],
      [
        'Resolution',
        steps(
          'Confirm the password works at outlook.office.com. If the account is locked, use the password reset runbook instead.',
          "Close all Office apps. Control Panel > Credential Manager > Windows Credentials: remove the entries starting with MicrosoftOffice16_Data and any old entries for the user's address.",
          'Open Word > File > Account > Sign out, then sign back in with the work account.',
          "Settings > Accounts > Access work or school: the work account should show as connected. Disconnect only stale duplicate entries, never the device's Entra join.",
          'Run dsregcmd /status in a command prompt. AzureAdPrt should be YES; if NO, sign out of Windows and back in while connected to the network.',
          'Still prompting: create a new Outlook profile (see the Outlook not syncing runbook).',
        ),
      ],
      [
        'Escalation',
        'If every user at a site is prompted, or the Entra sign-in logs show Conditional Access failures, escalate to L2.',
      ],
    ],
  ),
  article(
    'ag-outlook-search',
    'Outlook search returns no results or incomplete results',
    null,
    'Microsoft 365',
    [
      [
        'Symptoms',
        'Searching in Outlook returns nothing, or only old items. Messages such as "Search results may be incomplete because items are still being indexed" or "We\'re having trouble fetching results from the server". The same search works in Outlook on the web.',
      ],
      [
        'Cause',
        'The Windows Search index is corrupt or not including Outlook, the Windows Search service is stopped, or a freshly rebuilt .ost has not finished indexing.',
      ],
      [
        'Resolution',
        steps(
          'Test the same search in Outlook on the web. If it works there the fault is local to the PC.',
          'In Outlook, click in the search box > Search Tools > Indexing Status to see how many items remain.',
          'File > Options > Search > Indexing Options: make sure "Microsoft Outlook" is in the included locations.',
          'Open services.msc and check Windows Search is Running and set to Automatic (Delayed Start).',
          'Indexing Options > Advanced > Rebuild. On a large mailbox this takes hours; leave the PC on and plugged in overnight.',
          'For "trouble fetching results from the server" on a shared mailbox, search it in Outlook on the web, or make sure it is automapped rather than added as a second account.',
        ),
      ],
      [
        'Escalation',
        'If search is still broken 24 hours after a rebuild, rebuild the Outlook profile and escalate to L2.',
      ],
    ],
  ),
  article(
    'ag-shared-mailbox',
    'Shared mailboxes: granting access, Send As, and sent items',
    null,
    'Microsoft 365',
    [
      [
        'Symptoms',
        'A user needs access to a shared mailbox (accounts@, bookings@, reception@). The shared mailbox is not showing in Outlook, or replying from it fails with "You do not have the permission to send the message on behalf of the specified user". Mail sent from the shared mailbox lands in the user\'s own Sent Items.',
      ],
      [
        'Resolution',
        steps(
          'Get approval in the ticket from the mailbox owner or an authorised contact: who, read-only or send, and for how long.',
          'Exchange admin center > Recipients > Mailboxes > the shared mailbox > Delegation. Add the user to Read and manage (Full Access) and, if they reply as the mailbox, to Send as. Use Send on behalf only if the client wants "on behalf of" to show.',
          'Automapping adds the mailbox to Outlook desktop within about 60 minutes; restart Outlook. In new Outlook or on the web: right-click Folders > Add shared folder or mailbox.',
          'Permission error on send: Send as is missing or not replicated yet. Wait 60 minutes, then delete the old From address from the autocomplete list and pick it again.',
          'To keep sent mail in the shared mailbox run: Set-Mailbox bookings@domain -MessageCopyForSentAsEnabled $true -MessageCopyForSendOnBehalfEnabled $true.',
          'Temporary cover (leave): note the removal date in the ticket and set a reminder.',
        ),
      ],
      ['Escalation', 'Shared mailboxes over 50 GB need a licence; escalate to L2 and the account manager.'],
    ],
  ),
  article(
    'ag-mailbox-full-archive',
    'Mailbox full: quota warnings and enabling the online archive',
    null,
    'Microsoft 365',
    [
      [
        'Symptoms',
        '"Your mailbox is almost full" warnings, then the user cannot send, and people emailing them get a bounce (554 5.2.2 mailbox full). The storage bar at the bottom of Outlook is red.',
      ],
      [
        'Cause',
        'Exchange Online quota: 50 GB on Business Basic, Standard and Premium, 100 GB on E3/E5. Long-serving staff who keep everything hit it.',
      ],
      [
        'Resolution',
        steps(
          'Check the size: Outlook > File > Tools > Mailbox Cleanup, or the mailbox usage in Exchange admin center.',
          'Quick relief: empty Deleted Items and remove large attachments from Sent Items (search size:>10MB).',
          'Enable the online archive: Exchange admin center > Mailboxes > user > Others > Manage mailbox archive > Enable. Business Premium gives an auto-expanding archive up to 1.5 TB.',
          'Apply the Brightwater retention policy "BTP - Archive after 2 years" to the mailbox and run Start-ManagedFolderAssistant -Identity user@domain to start it.',
          'After restarting Outlook the user sees "In-Place Archive - Name"; mail moves over within 24 to 48 hours. Nothing is deleted.',
          'Tell the user archived mail is still searchable (choose All Mailboxes) but not available offline.',
        ),
      ],
      ['Escalation', 'Importing old PST files into the archive, or mailboxes over 100 GB: escalate to L2.'],
    ],
  ),
  article(
    'ag-outbound-bounces',
    'Outbound email bouncing: reading NDRs and running a message trace',
    null,
    'Microsoft 365',
    [
      [
        'Symptoms',
        'User receives "Undeliverable" or "Your message couldn\'t be delivered" after sending. Common codes: 550 5.1.1 or 5.1.10 (recipient not found), 550 5.7.1 / 5.7.509 / 5.7.26 (rejected by the recipient\'s policy or DMARC), 452 4.2.2 (recipient mailbox full).',
      ],
      [
        'Cause',
        "Wrong or stale recipient address, the recipient's server blocking our domain, SPF/DKIM/DMARC failing, or a problem at the recipient's end.",
      ],
      [
        'Resolution',
        steps(
          'Get the full bounce: ask the user to forward the NDR, or a screenshot showing the code and remote server.',
          '5.1.1 / 5.1.10: the address does not exist. Check spelling; remove the stale autocomplete suggestion (X in the dropdown) and retype it.',
          '5.7.x rejections: check our domain in MXToolbox SuperTool for SPF, DKIM (selector1/selector2) and DMARC, and the blocklist check.',
          "Exchange admin center > Mail flow > Message trace: search sender and recipient over 48 hours; the detail shows the remote server's response.",
          'If the trace shows Delivered but the recipient says nothing arrived, it is at their end: send the trace results to their IT.',
          '4.2.2 / 5.2.2 from the recipient: their mailbox is full, nothing to fix on our side.',
        ),
      ],
      [
        'Escalation',
        'If our domain is blocklisted or all external mail fails, raise a P2 to L2. "550 5.1.8 Access denied, bad outbound sender" means the account is restricted: use the compromised account runbook.',
      ],
    ],
  ),
  article(
    'ag-email-quarantine',
    'Incoming email missing: Junk folder and Microsoft Defender quarantine',
    null,
    'Microsoft 365',
    [
      [
        'Symptoms',
        'An external sender says they emailed but nothing arrived; it is not in the Inbox or Junk. Or the user receives a "You have messages in quarantine" / "Review these messages" email from quarantine@messaging.microsoft.com and asks whether it is a scam.',
      ],
      [
        'Cause',
        'Exchange Online Protection / Defender for Office 365 held the message as spam, bulk, phish or malware. Quarantine keeps it for 30 days.',
      ],
      [
        'Resolution',
        steps(
          "Check the Junk Email folder and the user's rules (File > Rules and Alerts).",
          'The quarantine notification is genuine when it comes from quarantine@messaging.microsoft.com and links to security.microsoft.com. Users may release their own spam from it.',
          'Admin: Microsoft Defender portal > Email & collaboration > Review > Quarantine. Search by sender or subject and read the reason (Spam, High confidence phish, Malware).',
          'Release spam or bulk only. High confidence phish and malware need L2 review before release.',
          'Repeat false positives: Tenant Allow/Block List > Domains & addresses > Allow (30 days), and ask the sender to fix their SPF.',
          'Not in quarantine either: run a message trace to see whether it ever reached us.',
        ),
      ],
      ['Escalation', 'A malware hit on a message already delivered to several users goes to L2 security.'],
    ],
  ),
  article(
    'ag-recover-deleted-email',
    'Recovering deleted emails, folders and calendar items',
    null,
    'Backup & Recovery',
    [
      [
        'Symptoms',
        'User deleted an email, folder, contact or calendar item and then emptied Deleted Items, or an item has "disappeared" after being moved by accident.',
      ],
      [
        'Resolution',
        steps(
          'Search All Mailboxes in Outlook first: moved items are often just in another folder.',
          'Outlook desktop: select Deleted Items > Folder tab > Recover Deleted Items From Server. Outlook on the web: Deleted Items > Recover items deleted from this folder. Select and Restore; items return to Deleted Items.',
          'Brightwater tenants keep recoverable items for 30 days (Set-Mailbox -RetainDeletedItemsFor 30). The default is 14 days, so check the tenant.',
          'A deleted folder comes back as loose items in Deleted Items; the user recreates the folder. For large folders L2 can use Restore-RecoverableItems.',
          'Older than 30 days: restore from Datto SaaS Protection (Microsoft 365 backup, three times a day). Datto portal > client > Exchange > user > Restore, pick the point in time and restore into a new folder "Restored-YYYY-MM-DD". Never overwrite the live mailbox.',
          'Confirm with the user before closing.',
        ),
      ],
      [
        'Escalation',
        "Requests involving litigation hold, HR investigations or another person's mailbox need written client approval and go to L2.",
      ],
    ],
  ),
  // ---------------------------------------------------------------- Teams, OneDrive, SharePoint
  article(
    'ag-teams-wont-load',
    'Teams will not load: white screen, sign-in loop or stuck on the logo',
    null,
    'Microsoft 365',
    [
      [
        'Symptoms',
        'New Teams opens to a blank white or purple window, spins on the logo, or loops back to the sign-in screen. Errors such as "We\'ve run into an issue", caa20002 or caa7000a. Chats stop updating.',
      ],
      [
        'Cause',
        'Corrupt local cache or stale sign-in token; occasionally classic Teams still installed alongside new Teams.',
      ],
      [
        'Resolution',
        steps(
          'Quit Teams fully: right-click the Teams icon in the system tray > Quit.',
          'Test teams.microsoft.com in the browser. If the web version works the fault is local.',
          'New Teams: Settings > Apps > Installed apps > Microsoft Teams > ... > Advanced options > Reset. This clears %LOCALAPPDATA%\\Packages\\MSTeams_8wekyb3d8bbwe\\LocalCache.',
          'Classic Teams on older PCs: quit, delete the contents of %APPDATA%\\Microsoft\\Teams, then uninstall classic Teams and the Teams Machine-Wide Installer; Intune installs new Teams.',
          'Sign-in loop: remove msteams and MicrosoftOffice16 entries in Credential Manager and check Settings > Accounts > Access work or school.',
          'caa7000a: a network problem. Check the PC can reach *.teams.microsoft.com and that the web filter is not blocking it.',
        ),
      ],
      ['Escalation', 'Several users at once: check Microsoft 365 Service health before escalating to L2.'],
    ],
  ),
  article(
    'ag-teams-audio-video',
    'Teams meetings: microphone, speaker or camera not working',
    null,
    'Microsoft 365',
    [
      [
        'Symptoms',
        'Others cannot hear the user, or the user cannot hear them. Camera shows black, grey or an icon of a camera with a line through it. "We can\'t find a microphone". The headset works in other apps.',
      ],
      [
        'Resolution',
        steps(
          'Teams > ... > Settings > Devices: pick the right speaker and microphone (the headset, not "Remote Audio" or the monitor speakers) and make a test call.',
          'Hardware mutes: headset mute switch or inline button, the F4 mic-mute key light on ThinkPads, the physical privacy shutter over the webcam, and the camera-off key (F8/F9 on some ThinkPad and HP models).',
          'Windows Settings > Privacy & security > Camera and Microphone: "Let apps access" and "Let desktop apps access" both On.',
          'Close other apps holding the camera: Zoom, Webex, the Windows Camera app.',
          "Bluetooth headsets: use the USB dongle, not the laptop's Bluetooth; update firmware with Jabra Direct or Poly Lens.",
          'Still missing in Device Manager (Cameras / Audio inputs): update drivers with Dell Command Update or Lenovo Vantage.',
        ),
      ],
      ['Escalation', 'Meeting-room Teams Rooms devices go to L2.'],
    ],
  ),
  article(
    'ag-onedrive-sync',
    'OneDrive sync problems: red X, stuck "Processing changes", missing Desktop files',
    null,
    'Microsoft 365',
    [
      [
        'Symptoms',
        'Red X or red circle on files; the OneDrive cloud icon shows an error or pause; "Processing changes" or "Looking for changes" for hours; "Upload blocked" or "Can\'t sync this file". On a new PC, files the user kept on the Desktop or in Documents are not there.',
      ],
      [
        'Cause',
        'Invalid characters (" * : < > ? / \\ |), paths over 400 characters, files open in another app, a stuck sync client, a signed-out account, or the folder backup (Known Folder Move) not yet finished on a new PC.',
      ],
      [
        'Resolution',
        steps(
          'Click the OneDrive cloud in the system tray > View sync problems; rename the named files or shorten the folder path.',
          'Check OneDrive is signed in to the work account (Settings > Account).',
          'Stuck: Pause syncing for 2 hours then Resume. Still stuck: run %localappdata%\\Microsoft\\OneDrive\\onedrive.exe /reset and start OneDrive again. A reset does not delete files.',
          'Libraries over 300,000 files are unsupported: stop syncing libraries the user does not need and use "Add shortcut to My files" instead.',
          "New PC missing Desktop/Documents: sign in to OneDrive. Brightwater's Intune policy backs up Desktop, Documents and Pictures to OneDrive, so the files reappear once sync completes. Check OneDrive > Settings > Sync and backup > Manage back up.",
        ),
      ],
      ['Escalation', 'OneDrive storage full, or sync failing on many PCs at once: L2.'],
    ],
  ),
  article(
    'ag-sharepoint-access',
    'SharePoint and Teams files: "You need access" and sharing with external people',
    null,
    'Microsoft 365',
    [
      [
        'Symptoms',
        '"You need access to this site", "Access required" or "Sorry, this site hasn\'t been shared with you". An external partner cannot open a shared link, is asked to request access, or never receives the verification code.',
      ],
      [
        'Resolution (staff)',
        steps(
          'Most sites belong to a Team; access comes from Team membership, not direct site permissions.',
          'Get approval from the Team or site owner (owners are listed in IT Glue per client), then add the user to the Microsoft 365 group (Teams > Manage team, or Entra admin center > Groups). Wait 15 minutes and retry in a private browser window.',
          '"Request access" emails go to the site owner; if the owner has left, set a new owner.',
        ),
      ],
      [
        'Resolution (external people)',
        steps(
          '"People in your organisation" links never work for outsiders: reshare with "Specific people" and the external address.',
          "External sharing must be allowed on the tenant and the site: SharePoint admin center > Sites > Active sites > site > Sharing. Only change it with the client's approval; the client's sharing policy is in IT Glue.",
          'The guest must open the link with the exact address it was sent to. Verification codes often land in their junk folder.',
        ),
      ],
      ['Escalation', 'Permission changes across a whole site or a new site structure: L2.'],
    ],
  ),
  article(
    'ag-restore-onedrive-sharepoint',
    'Restoring deleted or overwritten files in OneDrive, SharePoint and Teams',
    null,
    'Backup & Recovery',
    [
      [
        'Symptoms',
        'A file or folder was deleted from OneDrive, a Teams Files tab or a SharePoint library; a file was saved over with the wrong content; many files were changed or deleted at once.',
      ],
      [
        'Resolution',
        steps(
          'Saved over: open the library in the browser, select the file > Version history, choose the version by date > Restore. Libraries keep up to 500 versions.',
          'Deleted: open the Recycle bin (OneDrive on the web > Recycle bin; Teams > Files > Open in SharePoint > Recycle bin). Items stay 93 days. If the user emptied it, check the Second-stage recycle bin link at the bottom (site admin).',
          'Mass deletion or changes in a OneDrive: OneDrive on the web > Settings > Restore your OneDrive, and pick a date up to 30 days back. For a SharePoint site use Site settings > Restore this site.',
          'Older than 93 days: restore from Datto SaaS Protection into a "Restored" folder, never over the live files.',
          'Tell the user where the restored copy is and close.',
        ),
      ],
      [
        'Escalation',
        'Whole-site restores or encrypted files: L2, and follow the ransomware first-response runbook.',
      ],
    ],
  ),
  // ---------------------------------------------------------------- Identity
  article('ag-password-reset-lockout', 'Password resets and locked-out accounts', null, 'Identity & Access', [
    [
      'Symptoms',
      '"Your account has been locked. Contact your support person to unlock it, then try again." "Your account or password is incorrect." "The user\'s password must be changed before signing in." Repeated lockouts after a password change.',
    ],
    [
      'Resolution',
      steps(
        "Verify identity: call the user back on the number held in the PSA, or get approval from the client's authorised contact. Never reset from an email request or a number given during the call.",
        'Cloud-only tenants: Entra admin center > Users > user > Reset password, tick "Require this user to change their password". Smart lockout clears by itself after a short wait.',
        'Hybrid tenants (on-premises AD with Entra Connect): reset in Active Directory Users and Computers and tick "Unlock account"; allow about 2 minutes to sync.',
        'Remind the user about self-service reset at https://aka.ms/sspr for next time.',
        'Locked out again and again after a change: the old password is saved somewhere (phone mail app, a second PC, mapped drive credentials, Wi-Fi). Find the source in the DC event 4740 (Caller Computer Name) or the Entra sign-in logs and update it.',
        'Hybrid laptop off-site: Windows does not know the new password until it reaches a DC. Sign in with the old password, connect the VPN, lock (Win+L) and unlock with the new one.',
      ),
    ],
    ['Escalation', 'Lockouts across many users at once may be a password spray: escalate to L2 security.'],
  ]),
  article(
    'ag-mfa-new-phone',
    'MFA: new or lost phone, Authenticator re-registration, prompts not arriving',
    null,
    'Identity & Access',
    [
      [
        'Symptoms',
        'User has a new phone and Microsoft Authenticator did not transfer; phone lost or broken; "We\'ve sent a notification to your mobile device" but no approval prompt appears; codes rejected.',
      ],
      [
        'Resolution',
        steps(
          'Verify identity by callback as for password resets.',
          'Still has the old phone: sign in at https://aka.ms/mysecurityinfo > Add sign-in method > Authenticator app, add the new phone, then delete the old one.',
          'No old phone: Entra admin center > Users > user > Authentication methods. Delete the old Authenticator entry (or "Require re-register multifactor authentication"), then Add authentication method > Temporary Access Pass (one-time, 8 hours). Read the pass out by phone, never email it.',
          'The user signs in at mysecurityinfo with the pass and adds Authenticator by scanning the QR code.',
          'Prompts not arriving: allow notifications for Authenticator, turn off battery saver, set the phone clock to automatic, and open the Authenticator app manually so the pending request shows. If still nothing, remove and re-add the account.',
          'Lost phone: also retire company data in Intune and revoke sessions.',
        ),
      ],
      [
        'Escalation',
        'Approval prompts the user did not trigger (MFA fatigue) mean someone has the password: follow the compromised account runbook.',
      ],
    ],
  ),
  article(
    'ag-conditional-access-blocked',
    'Sign-in blocked by Conditional Access: "You cannot access this right now"',
    null,
    'Identity & Access',
    [
      [
        'Symptoms',
        '"You cannot access this right now. Your sign-in was successful but does not meet the criteria to access this resource." Codes AADSTS53003 (blocked by Conditional Access) and AADSTS53000 (device must be managed/compliant). Usually while travelling overseas, or on a home PC or personal device.',
      ],
      [
        'Cause',
        'Brightwater baseline policies: block sign-ins from outside Australia, require a compliant device for desktop apps, block legacy authentication.',
      ],
      [
        'Resolution',
        steps(
          'Entra admin center > Monitoring > Sign-in logs, filter on the user and open the failure; the Conditional Access tab names the policy.',
          'Overseas travel: with the client\'s written approval, add the user to the "CA-Travel-Exception" group with the travel dates, and set a reminder in the ticket to remove them on return. Ask clients to request this 5 business days before travel.',
          'AADSTS53000 on a home or personal PC is by design: use the browser versions of the apps, or the company laptop. Do not exclude the user without client approval.',
          'AADSTS53000 on a company laptop: the device is not compliant; see the Intune compliance runbook.',
          'MFA is never excluded for travel.',
        ),
      ],
      ['Escalation', 'Policy changes go to L2.'],
    ],
  ),
  // ---------------------------------------------------------------- Intune & Autopilot
  article(
    'ag-autopilot-enrolment',
    'Autopilot: laptop stuck at "Setting up your device for work" or enrolment errors',
    null,
    'Device Management',
    [
      [
        'Symptoms',
        'During first start the Enrollment Status Page sits on Device preparation, Device setup or Account setup for more than an hour. Errors 80180014 (device not allowed to enrol), 0x800705b4 (timeout) or 80070774. Or the laptop shows the plain Windows setup instead of the company-branded sign-in, meaning it is not registered.',
      ],
      [
        'Resolution',
        steps(
          'Connect the laptop to wired internet or reliable Wi-Fi, never a guest network with a captive portal.',
          'Intune > Devices > Windows > Enrollment > Devices: the serial must be listed with the client\'s Group tag (e.g. WF-Standard) and Profile status "Assigned". Supplier-shipped laptops are registered by the distributor; if missing, press Shift+F10 and upload the hardware hash with Get-WindowsAutopilotInfo -Online.',
          '80180014 on a reused or reset laptop: delete the old device object in Intune > Devices > All devices (not the Autopilot registration), wait 10 minutes, then reset and retry.',
          "Stuck on Account setup: usually an app failing to install. Shift+F10 > mdmdiagnosticstool.exe -area Autopilot -cab C:\\temp\\ap.cab and attach it to the ticket; check the device's app install status in Intune.",
          'From the error screen choose Try again, or Reset device to start over.',
        ),
      ],
      ['Escalation', 'Profile or ESP policy changes, or several devices failing the same way: L2.'],
    ],
  ),
  article(
    'ag-intune-compliance',
    'Device not compliant in Intune / Company Portal',
    null,
    'Device Management',
    [
      [
        'Symptoms',
        'Company Portal or a pop-up says "Your device doesn\'t meet your organisation\'s requirements"; Outlook, Teams or SharePoint show "You can\'t get there from here". Intune lists the device as Not compliant or Not evaluated.',
      ],
      [
        'Common causes',
        'BitLocker off; Windows below the minimum build; Defender real-time protection off or signatures out of date; firewall off; Secure Boot off after a BIOS change; device not checked in for 30 days.',
      ],
      [
        'Resolution',
        steps(
          'Company Portal > Devices > this PC > Check status: it lists each failing setting.',
          'Fix what fails: turn on device encryption (Settings > Privacy & security > Device encryption), install Windows updates, or turn on real-time protection in Windows Security and check for updates.',
          'Force a check-in: Settings > Accounts > Access work or school > the work account > Info > Sync, or Check status again in Company Portal.',
          'Access usually returns within 15 minutes, worst case 8 hours.',
          'Non-compliant devices have a one-day grace period before access is blocked, so fix promptly.',
        ),
      ],
      ['Escalation', 'Device compliant in Company Portal but still blocked after 8 hours: L2.'],
    ],
  ),
  // ---------------------------------------------------------------- Windows endpoints
  article(
    'ag-windows-update-failing',
    'Windows Update failing, stuck, or "Undoing changes" on restart',
    null,
    'Windows Endpoints',
    [
      [
        'Symptoms',
        '"We couldn\'t complete the updates. Undoing changes. Don\'t turn off your computer" on every restart. Settings > Windows Update shows 0x800f0922, 0x80073712 or 0x8024a105, or sits at "Downloading 0%". NinjaOne patch status Failed.',
      ],
      [
        'Cause',
        'Corrupt component store, low disk space, a stuck SoftwareDistribution cache, or (0x800f0922) the VPN or a too-small system reserved partition.',
      ],
      [
        'Resolution',
        steps(
          'Free space: at least 20 GB free on C:.',
          'Admin command prompt: DISM /Online /Cleanup-Image /RestoreHealth, then sfc /scannow.',
          'Reset the update cache: net stop wuauserv, net stop bits, rename C:\\Windows\\SoftwareDistribution to SoftwareDistribution.old, net start wuauserv, net start bits.',
          '0x800f0922: disconnect the VPN and retry; if it persists, L2 checks the recovery partition size.',
          'Install the failing KB manually from the Microsoft Update Catalog.',
          'Re-run the patch in NinjaOne and confirm the device reports Installed.',
        ),
      ],
      ['Escalation', 'Same KB failing on many PCs: L2 to pause it in the patch policy.'],
    ],
  ),
  article(
    'ag-temporary-profile',
    'Signed in with a temporary profile: desktop empty and files "gone"',
    null,
    'Windows Endpoints',
    [
      [
        'Symptoms',
        'After signing in the desktop has the default wallpaper and no icons, and a message says "We can\'t sign in to your account. This problem can often be fixed by signing out of your account and then signing back in" or "You\'ve been signed in with a temporary profile". Files look missing and Outlook asks to be set up.',
      ],
      [
        'Cause',
        'Windows could not load the profile (locked by antivirus, failed update, disk errors) and created C:\\Users\\TEMP.',
      ],
      [
        'Resolution',
        steps(
          'Reassure the user: files are normally still in C:\\Users\\username. Tell them not to save anything while in the temporary profile; it is lost at sign-out.',
          'Restart the PC (a full restart, not sign out). This often loads the normal profile.',
          "Still temporary: as admin open regedit at HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\ProfileList. Find the user's SID (ProfileImagePath shows the folder). If there are two keys, one ending .bak, rename the one without .bak to .old, remove .bak from the other, and set RefCount and State to 0.",
          'Restart and sign in.',
          'If the profile is corrupt: copy Desktop, Documents, Downloads and browser favourites to a safe folder, delete the profile (System Properties > Advanced > User Profiles), sign in fresh and copy back. OneDrive-backed folders resync on their own.',
          'Run chkdsk /scan if disk errors are suspected.',
        ),
      ],
      ['Escalation', 'Repeats on the same PC: check disk health in NinjaOne and escalate to L2.'],
    ],
  ),
  article(
    'ag-bitlocker-recovery',
    'BitLocker recovery screen: finding and giving the recovery key',
    null,
    'Windows Endpoints',
    [
      [
        'Symptoms',
        'Blue screen at power-on: "BitLocker recovery. Enter the recovery key for this drive", with a Recovery key ID. Often after a BIOS or firmware update, a TPM reset, a motherboard repair, or a change in boot order while docked.',
      ],
      [
        'Resolution',
        steps(
          'Verify identity by callback: the key unlocks the whole disk.',
          'Ask for the first 8 characters of the Key ID shown on the screen.',
          'Entra admin center > Devices > All devices > the device > BitLocker keys > Show recovery key, or Intune > Devices > the device > Recovery keys. Match the Key ID. Domain-only PCs: ADUC > computer object > BitLocker Recovery tab.',
          'Read the 48-digit key in groups of six. Users can also fetch it themselves from another device at https://myaccount.microsoft.com > Devices > View BitLocker keys.',
          'Once Windows is up, Intune rotates the used key automatically. If recovery repeats on every boot, suspend protection (manage-bde -protectors -disable C:), restart, then resume (manage-bde -protectors -enable C:) and update the BIOS with Dell Command Update or Lenovo Vantage, which suspend BitLocker for you.',
          "No key anywhere: the disk cannot be unlocked; the laptop is reset with Autopilot and the user's files come back from OneDrive.",
        ),
      ],
      ['Escalation', 'Key missing from Entra and Intune: L2 to check escrow policy for the fleet.'],
    ],
  ),
  article('ag-slow-pc', 'Slow PC: long start-up, freezing, 100% disk or memory', null, 'Windows Endpoints', [
    [
      'Symptoms',
      'PC takes many minutes to start, apps open slowly or freeze, fan runs constantly, Task Manager shows Disk or Memory at 100%.',
    ],
    [
      'Resolution',
      steps(
        'Check uptime (Task Manager > Performance > CPU). Fast Startup means shutting down does not reset Windows; use Restart. Over 7 days uptime: restart first.',
        'Task Manager > Processes, sort by CPU, Memory and Disk. Usual culprits: browsers with dozens of tabs, Teams, a first-time OneDrive sync, a Defender full scan, Windows Update installing.',
        'Task Manager > Startup apps: disable anything not needed (printer utilities, updaters, personal apps).',
        "Disk space: under 10% free on C: slows everything. Run Storage Sense or Disk Cleanup and empty Downloads with the user's permission.",
        'NinjaOne: check SMART disk health and installed RAM. Brightwater standard is SSD and 16 GB; machines with a spinning disk or 8 GB will stay slow.',
        'Check for stuck Windows updates (see the Windows Update runbook).',
      ),
    ],
    ['Escalation', 'Failing disk in SMART: back up and escalate to L2 for replacement.'],
  ]),
  article(
    'ag-dock-monitors',
    'Docking station: external monitors not detected or dock USB not working',
    null,
    'Hardware',
    [
      [
        'Symptoms',
        'Laptop screen works but the monitors on the dock stay black ("No signal"), flicker, or show duplicate instead of extended; keyboard, mouse or network on the dock do not work.',
      ],
      [
        'Resolution',
        steps(
          "Unplug the dock's power for 30 seconds and the cable to the laptop; reconnect to the correct port (the Thunderbolt port with the lightning icon on Dell/Lenovo).",
          'Press Win+P > Extend. Settings > System > Display > Multiple displays > Detect.',
          'Check the monitor input source (DisplayPort vs HDMI) and swap cables to rule them out.',
          'Update dock firmware and drivers: Dell Command Update (WD19S / WD22TB4), Lenovo Vantage (ThinkPad Universal USB-C Dock), HP Support Assistant. DisplayLink docks need DisplayLink Manager installed.',
          'Thunderbolt docks: open Thunderbolt Control Center and approve the dock ("Always connect").',
          'Update the laptop BIOS, then retest.',
        ),
      ],
      ['Escalation', 'Dock faulty with another laptop too: warranty swap via the hardware runbook.'],
    ],
  ),
  article(
    'ag-mapped-drives',
    'Mapped network drive missing or showing a red X (S:, P: drives)',
    null,
    'Windows Endpoints',
    [
      [
        'Symptoms',
        'A drive letter is missing from This PC, shows a red X, or "Could not reconnect all network drives" appears at sign-in; "\\\\server\\share is not accessible". Works in the office but not from home.',
      ],
      [
        'Cause',
        'Drives are mapped at sign-in by an Intune script (or Group Policy) only when the file server is reachable; off-site without the VPN; stale saved credentials after a password change; the user not in the right security group.',
      ],
      [
        'Resolution',
        steps(
          'Off-site: connect FortiClient VPN first, then double-click the "Map Drives" shortcut on the desktop (re-runs the script), or sign out and in.',
          "In the office: type \\\\fileserver\\share (from the client's drive map in IT Glue) into File Explorer. If it opens, run Map Drives or gpupdate /force on domain PCs.",
          '"Access is denied": check membership of the drive\'s security group (e.g. SG-Drive-Finance); membership changes need a sign-out.',
          'Credential prompts: Credential Manager > Windows Credentials, remove entries for the file server, sign out and in.',
          'Last resort: net use S: \\\\server\\share /persistent:yes.',
        ),
      ],
      ['Escalation', 'File server unreachable for everyone: P1 to L2.'],
    ],
  ),
  // ---------------------------------------------------------------- Printing & scanning
  article(
    'ag-add-printer',
    'Adding an office printer to a PC, or printer missing from the list',
    null,
    'Printing & Scanning',
    [
      [
        'Symptoms',
        'A new or rebuilt laptop does not list the office printer. "Windows cannot connect to the printer" with 0x0000011b, 0x00000709 or 0x00000bcb, or a prompt for admin credentials to install a driver.',
      ],
      [
        'Cause',
        'Printers are deployed per site by Intune (Universal Print or print server queues) to device groups; a new PC not yet in the group; driver installs blocked for standard users by the Point and Print hardening.',
      ],
      [
        'Resolution',
        steps(
          'Check the device or user is in the site printer group (e.g. "WF-Printers-Office") in Entra; Intune deploys within about an hour. Sync from Company Portal.',
          'Universal Print sites: Settings > Bluetooth & devices > Printers & scanners > Add device; pick the printer and Add.',
          'Print server sites: drivers must be installed first. Run the NinjaOne script "Install print drivers - <client>" rather than giving the user admin rights, then add \\\\printserver\\queue.',
          '0x0000011b: same fix, install the driver locally via NinjaOne first, then add the queue. Never set RpcAuthnLevelPrivacyEnabled to 0.',
          "Small sites with direct IP printing: Add manually > TCP/IP address, using the IP from the client's printer list in IT Glue.",
        ),
      ],
      ['Escalation', 'New printer models or print server changes: L2.'],
    ],
  ),
  article(
    'ag-print-queue-offline',
    'Print jobs stuck in the queue, or printer showing "Offline" on one PC',
    null,
    'Printing & Scanning',
    [
      [
        'Symptoms',
        'Jobs sit in the queue with "Error - Printing" or "Spooling" and nothing comes out. The printer shows "Offline" on one PC while colleagues print fine. The Print Spooler service has stopped or "Spooler SubSystem App" uses high CPU.',
      ],
      [
        'Resolution',
        steps(
          'Check the printer itself: powered on, paper loaded, no error on its display. Can others print?',
          'Settings > Printers & scanners > the printer > Open print queue > Printer > Cancel All Documents.',
          'Jobs will not clear: admin command prompt, net stop spooler, delete everything in C:\\Windows\\System32\\spool\\PRINTERS, net start spooler.',
          "Offline on one PC: in the queue window untick Printer > Use Printer Offline. Then Printer properties > Ports: if the port is a WSD port, add a Standard TCP/IP port with the printer's IP from IT Glue and select it. WSD ports go offline whenever the printer's address changes.",
          "Ping the printer's IP. If nobody can reach it, it may have picked up a new address: check the DHCP reservation.",
        ),
      ],
      [
        'Escalation',
        "Hardware faults, jams and toner go to the copier or printer vendor under the client's lease.",
      ],
    ],
  ),
  article(
    'ag-copier-scan',
    'Copier (MFP) scan to email or scan to folder stopped working',
    null,
    'Printing & Scanning',
    [
      [
        'Symptoms',
        'The multifunction copier (Ricoh, Canon, Kyocera, Konica Minolta) shows "SMTP authentication error", "Send failed" or "Connection to server failed" when scanning to email; scan to folder fails with "Cannot connect to destination" or "Login failed".',
      ],
      [
        'Cause',
        'Email: the copier is sending straight to Microsoft 365 with basic SMTP AUTH, which Microsoft is retiring, or the mailbox password changed. Folder: the scan account password changed, the share moved, or the new server no longer accepts SMBv1.',
      ],
      [
        'Resolution (scan to email)',
        steps(
          'Brightwater standard: copiers send through the SMTP2GO relay (mail.smtp2go.com, port 2525) with the per-client SMTP user stored in IT Glue, not directly to Microsoft 365.',
          "Browse to the copier's IP, log in with the admin password from IT Glue > Network > SMTP, correct server, port and credentials, and use the test button.",
          'If the SMTP2GO dashboard shows rejections, check the sender domain is verified there.',
        ),
      ],
      [
        'Resolution (scan to folder)',
        steps(
          'The svc-scan account password never expires; if someone reset it, update the password in each address book entry on the copier.',
          'Enable SMB2/3 on the copier (firmware update if needed). Never re-enable SMBv1 on the server.',
        ),
      ],
      ['Escalation', "Copier hardware faults are the copier vendor's, not Brightwater's."],
    ],
  ),
  // ---------------------------------------------------------------- Networking
  article(
    'ag-forticlient-vpn',
    'FortiClient VPN will not connect (errors -14, -7200, stuck at 98%)',
    null,
    'Networking',
    [
      [
        'Symptoms',
        'FortiClient shows "Unable to establish the VPN connection. The VPN server may be unreachable. (-14)", "Credential or SSLVPN configuration is wrong (-7200)", or the progress bar reaches 98% and drops.',
      ],
      [
        'Resolution',
        steps(
          'Confirm the internet works: open any website.',
          "-14: hotel, airport and guest networks often block port 10443. Try a phone hotspot. Check the remote gateway is the client's VPN address from IT Glue.",
          '-7200: sign in with the full address (first.last@domain) and the current password. If the password changed recently or the account is locked, fix that first. Approve the FortiToken Mobile push within 60 seconds.',
          'Stuck at 98%: a virtual adapter problem. Restart, remove any other VPN clients, and update FortiClient VPN to the version Brightwater deploys.',
          "Check the user is in the client's VPN users group on the FortiGate.",
          'Connected but drives missing: see the mapped drives runbook.',
        ),
      ],
      ['Escalation', 'Everyone at a client failing: check the FortiGate and the office internet, then L2.'],
    ],
  ),
  article(
    'ag-staff-guest-wifi',
    'Staff Wi-Fi: laptop will not connect; guest Wi-Fi for visitors',
    null,
    'Networking',
    [
      [
        'Symptoms',
        '"Can\'t connect to this network" on the staff SSID, or connected with "No internet". Works on the user\'s phone but not the laptop. Visitors or personal phones need Wi-Fi.',
      ],
      [
        'Cause',
        'Staff Wi-Fi is WPA2/WPA3-Enterprise with a certificate pushed by Intune. A missing or expired certificate, a wrong clock, or an old saved profile stops the laptop joining.',
      ],
      [
        'Resolution (staff laptops)',
        steps(
          'Settings > Network & internet > Wi-Fi > Manage known networks > Forget the staff SSID, then reconnect; it should join without a password prompt.',
          'Check the Wi-Fi certificate in certmgr.msc > Personal > Certificates is present and in date. If not, connect by cable or hotspot and Sync in Company Portal to reissue it.',
          'Check the date and time, airplane mode and the Wi-Fi function key.',
          'Personal phones and tablets must not be joined to the staff SSID.',
        ),
      ],
      [
        'Guest Wi-Fi',
        'The guest SSID is isolated from the office network. The current guest password is in the client\'s IT Glue under "Wi-Fi - Guest" and is rotated quarterly; sites with UniFi hotspot vouchers print them from the UniFi portal.',
      ],
      ['Escalation', 'Nobody can connect: access point or controller fault, L2.'],
    ],
  ),
  article(
    'ag-no-internet-dhcp-dns',
    '"No internet" on one or more PCs: 169.254 addresses, DHCP and DNS checks',
    null,
    'Networking',
    [
      [
        'Symptoms',
        '"No Internet, secured" or a globe icon; websites fail with DNS_PROBE_FINISHED_NXDOMAIN or "This site can\'t be reached". ipconfig shows 169.254.x.x. Often several devices fail after being switched off over a weekend while others keep working.',
      ],
      [
        'Cause',
        'The DHCP scope is full (phones and personal devices with long leases), the DHCP service is down, or DNS is failing.',
      ],
      [
        'Resolution',
        steps(
          'ipconfig /all: a 169.254 address means no DHCP lease; a valid address but no websites points at DNS.',
          'ipconfig /release, ipconfig /renew, ipconfig /flushdns.',
          'Check the DHCP server (Windows DHCP console, or FortiGate > Network > Interfaces > DHCP monitor). If the scope is full, clear stale leases and shorten the Wi-Fi lease to 8 hours; extending the range is an L2 change.',
          'DNS: nslookup google.com, then nslookup google.com 1.1.1.1. External works but internal fails: check the DNS Server service on the domain controller.',
          'Single PC: netsh winsock reset and netsh int ip reset, then restart.',
        ),
      ],
      ['Escalation', 'The whole site down: use the NBN outage runbook.'],
    ],
  ),
  article('ag-nbn-outage', 'Whole site offline: NBN outage checks and 4G failover', null, 'Networking', [
    [
      'Symptoms',
      'No PC at the site has internet, desk phones show "No Service", cloud apps are down for everyone; the nbn connection box (NTD) on the wall has red or missing lights. Brightwater monitoring raises a "WAN down" alert.',
    ],
    [
      'Resolution',
      steps(
        'Confirm it is the whole site, not one device.',
        "Check the NTD lights. FTTP: Power and Optical should be green; Optical red or off is a fibre fault. HFC: the Online light. FTTN/FTTC: the modem's DSL light. Fixed Wireless: the signal lights on the outdoor unit's indoor box.",
        'Power-cycle in order: the NTD (wait 2 minutes), then the FortiGate (wait 3 minutes). Never factory reset either.',
        'Check for outages: the provider\'s status page or app (Telstra, Aussie Broadband), nbn "Check outages" for the address, and the SA Power Networks outage map: a street power cut takes the NBN down too.',
        "Log a fault with the provider quoting the service ID / AVC ID in the client's IT Glue (Site > Internet). Brightwater is the authorised representative for most clients.",
        'Sites with a 4G backup fail over automatically: the FortiGate SD-WAN view shows it. Calls and cloud apps keep working; backups and big uploads pause.',
      ),
    ],
    [
      'Escalation',
      'No failover and the outage is over 30 minutes: P1, and the client may want calls diverted to mobiles.',
    ],
  ]),
  article('ag-web-filter-block', 'Website blocked by the FortiGate web filter', null, 'Networking', [
    [
      'Symptoms',
      'A FortiGuard page "Web Page Blocked!" or "FortiGuard Intrusion Prevention - Access Blocked" naming a category such as Newly Observed Domain, Newly Registered Domain, Unrated, Social Networking or Proxy Avoidance.',
    ],
    [
      'Resolution',
      steps(
        'Get a screenshot showing the URL and category.',
        'Check the site is legitimate (VirusTotal, domain age) and why the user needs it.',
        "Legitimate business site blocked as newly observed, newly registered or unrated: add it as Exempt in the client's web filter profile (FortiGate > Security Profiles > Web Filter > URL Filter) and record it in the ticket and IT Glue.",
        "Opening a whole category (e.g. Social Networking for a marketing role) needs written approval from the client's manager.",
        'Submit a category rerating at fortiguard.com if the category is wrong.',
        'Laptops off-site are filtered by FortiClient with the same profile, so the exemption applies there too.',
      ),
    ],
    ['Escalation', 'Suspicious sites are not unblocked: refer to L2 security.'],
  ]),
  // ---------------------------------------------------------------- Backup
  article(
    'ag-file-server-restore',
    'Restoring files and folders on the file server (Previous Versions and Datto SIRIS)',
    null,
    'Backup & Recovery',
    [
      [
        'Symptoms',
        'A file or folder on a mapped drive (S:, P:, G:) was deleted, overwritten or moved by accident, or the user needs an older version.',
      ],
      [
        'Resolution',
        steps(
          'Collect the full path, file or folder names, and roughly when it was last right.',
          'Try Previous Versions first: right-click the parent folder > Properties > Previous Versions (shadow copies at 7 am and 12 pm daily). Open to check, Copy to restore elsewhere. Users can do this themselves.',
          'Otherwise Datto SIRIS: partner portal > device > Restore > File Restore, choose the server and snapshot (hourly in business hours kept 7 days locally, daily kept 90 days in the cloud), Mount, and browse the share it presents.',
          'Restore to \\\\server\\share\\_Restored\\<ticket number>, not over the original, unless the user confirms in writing.',
          'Check permissions on the restored copy, tell the user where it is, and dismount the restore.',
        ),
      ],
      ['Escalation', 'Whole-server or bare-metal restores: L3.'],
    ],
  ),
  // ---------------------------------------------------------------- Security
  article(
    'ag-phishing-clicked',
    'User clicked a phishing link or opened a suspicious attachment',
    null,
    'Security',
    [
      [
        'Symptoms',
        'User reports clicking a link in an email (DocuSign, invoice, voicemail, ATO refund, myGov), typing their password into a login page, or opening a zip, HTML or ISO attachment. Or they just want to report a suspicious email.',
      ],
      [
        'Resolution',
        steps(
          'Thank the user and act straight away.',
          'Ask: did you enter a password? Did you approve an MFA prompt? Did you open or run an attachment?',
          'Password entered or prompt approved: follow the compromised account runbook now (reset and revoke sessions).',
          'Attachment opened: isolate the device in Microsoft Defender for Endpoint (device page > Isolate device) or pull the network cable, run a full scan and review Defender alerts.',
          'Find the email in Defender > Explorer: see who else received it, soft-delete it from all mailboxes, block the sender and URL in the Tenant Allow/Block List.',
          'Only reporting (nothing clicked): use Report > Report phishing in Outlook, then delete it.',
        ),
      ],
      [
        'Escalation',
        'Anything executed on the device: L2 security; if files start changing, the ransomware runbook.',
      ],
    ],
  ),
  article(
    'ag-compromised-account',
    'Compromised Microsoft 365 account: containment checklist',
    null,
    'Security',
    [
      [
        'Symptoms',
        'Contacts receive phishing from the user; unknown inbox rules (moving mail to RSS Feeds or Archive, marking as read); sent items the user did not send; sending fails with "550 5.1.8 Access denied, bad outbound sender"; sign-ins from overseas or impossible travel alerts; MFA prompts the user did not trigger.',
      ],
      [
        'Resolution',
        steps(
          'Reset the password and Revoke sessions (Entra admin center > user > Revoke sessions).',
          'Authentication methods: remove unknown phones or authenticators and require re-registration.',
          'Exchange: check inbox rules (Get-InboxRule -Mailbox user), mailbox forwarding and delegates; remove anything malicious.',
          'Entra > Enterprise applications: remove suspicious app consents for the user (e.g. PERFECTDATA SOFTWARE, eM Client).',
          'Restricted from sending: Defender portal > Email & collaboration > Review > Restricted entities > unblock once clean.',
          'Review sign-in and audit logs for mail read and files downloaded; brief the client contact and send a warning to contacts who received the phishing.',
          'If personal information may have been accessed, the client must assess it under the Notifiable Data Breaches scheme (OAIC, 30 days).',
        ),
      ],
      [
        'Escalation',
        'Invoice or payment redirection: client calls their bank immediately and reports via ReportCyber; L2 security leads.',
      ],
    ],
  ),
  article(
    'ag-ransomware-first-response',
    'Ransomware or suspected encryption: first response',
    null,
    'Security',
    [
      [
        'Symptoms',
        'Files renamed with an unknown extension (.lockbit, .akira or random characters), a ransom note (README.txt, HOW_TO_RESTORE) in folders, files will not open, wallpaper changed, or an EDR alert for encryption.',
      ],
      [
        'Resolution (first 30 minutes)',
        steps(
          'Isolate: unplug the network cable and turn off Wi-Fi on the affected PC. Do not shut it down. Servers: isolate in Defender, or disable the switch port.',
          'Call the Brightwater P1 on-call line and log a P1; do not rely on email, it may be compromised.',
          'Find the account doing the encrypting (owner of the ransom note files) and disable it in AD/Entra.',
          'Protect backups: confirm the Datto SIRIS and SaaS backups are intact; delete nothing.',
          'Do not pay or contact the attackers. Photograph the ransom note.',
          "Notify the client's management and cyber insurer (policy details in IT Glue) and report to the ACSC via ReportCyber (cyber.gov.au) or 1300 CYBER1. Businesses over $3M turnover that pay a ransom must report the payment within 72 hours. Personal information involved: Notifiable Data Breaches assessment.",
          'Restore only after L3 confirms the entry point is closed.',
        ),
      ],
      ['Escalation', "Always L3 and Brightwater's incident response partner."],
    ],
  ),
  // ---------------------------------------------------------------- People
  article('ag-new-starter', 'New starter (onboarding) checklist', null, 'People', [
    [
      'Request',
      'An authorised contact submits the onboarding form at least 5 business days before the start date: name, role, start date, manager, "same access as", laptop needed, phone extension, line-of-business apps.',
    ],
    [
      'Resolution',
      steps(
        'Create the account: hybrid clients in Active Directory by copying the role template user (synced by Entra Connect); cloud-only clients in the Microsoft 365 admin center.',
        'Licence: Microsoft 365 Business Premium. If none are spare, order through Pax8 and tell the client the cost.',
        'Groups: copy the security groups (drives, printers, Wi-Fi), distribution lists and Teams of the "same access as" person.',
        "Device: assign an Autopilot laptop with the client's group tag and pre-provision it so it is ready on day one.",
        'MFA: issue a Temporary Access Pass for the first morning; the tech helps register Authenticator.',
        'Phone: 3CX extension, direct number and voicemail PIN; provision the Yealink handset.',
        "Line-of-business apps: follow the client's runbook; most app accounts are created by the client's own app administrator.",
        'Send the welcome details to the manager, never to a personal email address.',
      ),
    ],
    ['Escalation', 'Start date under 2 business days away: flag to the service desk lead.'],
  ]),
  article('ag-leaver', 'Staff leaver (offboarding) checklist', null, 'People', [
    [
      'Request',
      "Confirm the last day and cut-off time, and the manager's instructions for email, forwarding and files. Hostile departures are done immediately.",
    ],
    [
      'Resolution',
      steps(
        'At cut-off: block sign-in, reset the password, revoke sessions and remove MFA methods. Hybrid: disable the AD account and move it to the Disabled Users OU.',
        'Mailbox: convert to a shared mailbox (keeps the mail without a licence, under 50 GB), give the manager Full Access, set an auto-reply, and add forwarding only if asked (time-limited, 90 days).',
        'OneDrive: give the manager access (Microsoft 365 admin center > user > OneDrive > Create link to files). It is kept 30 days after deletion.',
        'Remove the licence after conversion and remove groups and distribution lists. Delete the account after 30 days.',
        'Devices: collect the laptop and wipe it with Autopilot reset; on personal phones retire company data only.',
        '3CX: remove or reassign the extension and forward the direct number.',
        'Line-of-business apps per the client runbook; rotate shared passwords the person knew.',
      ),
    ],
    ['Escalation', 'Legal hold or HR investigation: do not delete anything, escalate to L2.'],
  ]),
  // ---------------------------------------------------------------- Hardware
  article(
    'ag-laptop-hardware-fault',
    'Laptop will not power on or charge, swollen battery: triage and warranty',
    null,
    'Hardware',
    [
      [
        'Symptoms',
        'No lights and a black screen; charging light flashing amber; "Plugged in, not charging"; the battery is swelling (trackpad lifting, case bulging); keys dead after a spill.',
      ],
      [
        'Resolution',
        steps(
          'Hard reset: unplug the charger and dock, hold the power button for 30 seconds, then plug the charger straight into the laptop (not through the dock) and power on.',
          "Try a known-good charger (USB-C 65 W or more) in the laptop's charging port.",
          'Fans and lights but black screen: connect an external monitor and press Win+Ctrl+Shift+B.',
          'Run the built-in diagnostics: Dell F12 > Diagnostics (ePSA), Lenovo Diagnostics. Note the error code.',
          'Swollen battery: stop using it, power off, do not charge, keep it away from anything flammable. Brightwater collects it; lithium batteries must not go in normal post.',
          'Warranty: look up the service tag or serial and log the claim through Dell TechDirect or Lenovo Premier; most fleets have next-business-day on-site. Spills and drops are covered only if accidental damage protection was bought.',
          "Meanwhile issue a loan laptop from the Brightwater pool; the user's files are in OneDrive.",
        ),
      ],
      ['Escalation', 'Out-of-warranty repairs need client approval.'],
    ],
  ),
  // ---------------------------------------------------------------- Telephony (3CX + Yealink)
  article(
    'ag-yealink-no-service',
    'Yealink desk phone shows "No Service" or will not register (3CX)',
    null,
    'Telephony',
    [
      [
        'Symptoms',
        'Yealink T43U, T46U or T54W shows "No Service", "Network unavailable" or "Registration failed", or the screen is blank; no dial tone. Often after desks are moved, after cleaning, or after an internet outage.',
      ],
      [
        'Resolution',
        steps(
          "Cabling: the wall cable goes into the phone's Internet/LAN port, the PC into the phone's PC port. Blank screen means no power: the switch port or PoE injector.",
          "Press OK to show the phone's IP. None or 169.254: a network or DHCP problem (see the no-internet runbook).",
          'Reboot: unplug for 10 seconds.',
          '3CX Admin console > Phones: check the phone (by MAC) is registered and use Reprovision if not.',
          'Factory reset (hold OK for about 10 seconds and confirm); the phone provisions itself from 3CX again and comes back with its extension.',
          'Every phone in the office on "No Service": internet or SIP trunk outage; see the NBN outage runbook.',
        ),
      ],
      ['Escalation', 'Phone faulty after reset: replace from stock, L2.'],
    ],
  ),
  article(
    'ag-call-quality',
    'Poor call quality: choppy, robotic, one-way audio or dropped calls',
    null,
    'Telephony',
    [
      [
        'Symptoms',
        'Callers say the user sounds robotic or breaks up; one-way audio (only one side hears); calls drop at about 30 seconds or 15 minutes; echo.',
      ],
      [
        'Cause',
        'Upload saturation (offsite backup, OneDrive, video), SIP ALG on the router, softphone on weak Wi-Fi, jitter on the NBN service, or cabling.',
      ],
      [
        'Resolution',
        steps(
          'Collect example calls: time, numbers, desk phone or 3CX app.',
          '3CX Admin console > Call reports / call quality: check MOS, jitter and packet loss for those calls.',
          'Check the FortiGate bandwidth at that time (FortiView). If backups or uploads fill the link, apply the Brightwater shaping policy: VoIP (DSCP EF/46) priority and backup throttling in business hours.',
          'One-way audio or drops at 30 seconds point at SIP ALG. On the FortiGate: config system settings, set sip-expectation disable, set default-voip-alg-mode kernel-helper-based, and delete the sip session-helper. Reboot out of hours.',
          'Softphone users: wired or 5 GHz Wi-Fi; the mobile app on 4G rather than weak Wi-Fi.',
        ),
      ],
      [
        'Escalation',
        'Problems only on external calls with a clean local network: escalate to the SIP trunk provider with the example calls.',
      ],
    ],
  ),
  article(
    'ag-call-forwarding',
    'Forwarding calls on 3CX: divert to mobile, holiday closures and after-hours',
    null,
    'Telephony',
    [
      [
        'Requests',
        'User wants their desk phone calls to ring their mobile; the main number should divert or play a message during a closure (Christmas shutdown, public holidays); after-hours handling.',
      ],
      [
        'Resolution',
        steps(
          'Individual diverts: the user opens the 3CX Web Client (address in IT Glue) or the 3CX mobile app > Status, chooses Away or Out of office, and sets the forwarding rule for that status: to their mobile number, voicemail or another extension. They switch back to Available on return.',
          "Better than forwarding: install the 3CX app on the mobile so calls ring the app directly on the user's extension.",
          'Office closure: 3CX Admin console > Office hours > Holidays > Add, with the date range (e.g. 23 Dec to 6 Jan) and the holiday prompt. Inbound calls then follow the out-of-office route: voicemail, a closure message, or a mobile.',
          'New closure message: record it as a WAV (or have Brightwater record it) and upload it as the holiday prompt.',
          "Diverts to mobiles use the client's outbound call charges.",
          'Test by calling the main number from a mobile.',
        ),
      ],
      ['Escalation', 'Changes to the main call flow or new numbers: L2 telephony.'],
    ],
  ),
  // ---------------------------------------------------------------- Applications
  article(
    'ag-adobe-acrobat',
    'Adobe Acrobat: "trial expired", sign-in prompts and licence requests',
    null,
    'Applications',
    [
      [
        'Symptoms',
        'Acrobat says "Your free trial has expired" or shows "Buy now"; edit tools are locked; repeated sign-in prompts; Reader opens instead of Acrobat Pro.',
      ],
      [
        'Cause',
        'The user signed in with a personal Adobe ID instead of the work account, no licence is assigned, or duplicate installs.',
      ],
      [
        'Resolution',
        steps(
          'Adobe Admin Console (client organisation): check the user has the Acrobat Pro product profile.',
          'Licensed: in Acrobat, Help > Sign out, then sign in with the work email and choose "Company or school account" (single sign-on with Microsoft). Restart Acrobat.',
          "No licence spare: Acrobat Pro is a monthly per-user cost and needs the client's approval; the account manager arranges it. Meanwhile the free Reader can Fill & Sign and comment; editing text needs Pro.",
          'Licence will not activate: remove duplicate installs with the Adobe Acrobat Cleaner Tool and reinstall from NinjaOne.',
          'Staff must not buy personal subscriptions on a card.',
        ),
      ],
      ['Escalation', 'Adobe Admin Console SSO problems: L2.'],
    ],
  ),
  article(
    'ag-mobile-email',
    'Setting up work email and Teams on a phone (Outlook app and app protection)',
    null,
    'Microsoft 365',
    [
      [
        'Symptoms / request',
        'User wants work email on their own or a company iPhone or Android. The built-in Mail or Samsung Email app fails or says the organisation requires another app; Outlook asks for a PIN; copying work text into personal apps is blocked.',
      ],
      [
        'Cause',
        'Brightwater baseline: Intune app protection policies, with only Outlook, Teams and OneDrive allowed for company data; native mail apps are blocked by Conditional Access.',
      ],
      [
        'Resolution',
        steps(
          'Install Microsoft Outlook and Microsoft Authenticator. On Android also install Intune Company Portal (it acts as the broker; no enrolment needed).',
          'Open Outlook, add the work address and approve the MFA prompt.',
          'Accept "Your organisation is now protecting its data in this app" and set the 6-digit app PIN or Face ID.',
          'Remove any old work account from iOS Mail or Samsung Email; it keeps failing and can lock the account.',
          'Copying into personal apps and saving attachments to Photos is blocked by design; save to OneDrive instead. Teams and OneDrive follow the same steps.',
          'Company-owned phones are enrolled through Apple Business Manager or Android Enterprise and get the apps automatically.',
        ),
      ],
      ['Escalation', 'Policy exceptions need client approval: L2.'],
    ],
  ),
];

const CLIENT: BenchArticle[] = [
  // ---------------------------------------------------------------- Stonewell Ridge (Barossa winery)
  article(
    'ag-sr-vintrace',
    'Stonewell Ridge: vintrace winery system and cellar iPads',
    stonewell,
    'Line of Business',
    [
      [
        'Overview',
        'Stonewell Ridge runs vintrace (cloud winery management) for work orders, additions, lab results, bulk wine and fruit intake. Cellar hands use six iPads (SR-iPad-01 to 06) with the vintrace app in the tank hall and barrel hall; the office and lab use it in the browser.',
      ],
      [
        'Symptoms',
        'iPad shows "Offline" with changes queued, or work orders are not updating; "Session expired"; staff cannot log in; new staff need an account.',
      ],
      [
        'Resolution',
        steps(
          'Queued changes: tank farm 3 and barrel hall B are known Wi-Fi dead spots behind the press. Walk the iPad to the tank hall office, confirm it is on "SR-Winery" (not SR-Guest), open vintrace and pull down to sync. Never log out while changes are queued; they are lost.',
          'All devices failing: check the vintrace status page and the winery internet (NBN outage runbook).',
          'Accounts: vintrace users are created and disabled by the Head Winemaker (Mel Schultz, vintrace admin). Brightwater does not administer vintrace users; pass access requests to Mel and note it in the ticket. Forgotten passwords: "Forgot password" on the login page.',
          'App crashing: update vintrace from Company Portal and restart the iPad (the iPads are managed in Intune).',
        ),
      ],
      [
        'Escalation',
        'During vintage (February to April) a vintrace outage is P2, because fruit intake from the weighbridge depends on it. Application faults: vintrace support via Mel.',
      ],
    ],
  ),
  article(
    'ag-sr-cellar-door-pos',
    'Stonewell Ridge: cellar door POS (Lightspeed) and Tyro EFTPOS',
    stonewell,
    'Line of Business',
    [
      [
        'Setup',
        'The cellar door tasting bar runs Lightspeed Retail (X-Series) on two iPads, two Tyro integrated EFTPOS terminals, Epson TM-m30III receipt printers and a cash drawer connected to the printer.',
      ],
      [
        'Symptoms',
        'Tyro terminal shows "Pairing required" or "Not paired"; Lightspeed payment screen says the terminal is not responding; receipts do not print; the cash drawer will not open.',
      ],
      [
        'Resolution',
        steps(
          'Check the terminal is on and connected. If the whole cellar door has no internet, use the cellar door link runbook.',
          'Re-pair: Lightspeed > Setup > Payment types > Tyro > Pair terminal. On the terminal choose Menu > Integration > Pair and enter the Merchant ID and Terminal ID from IT Glue ("SR - Tyro"), then the pairing code Lightspeed shows.',
          'Receipt printer: power light, 80 mm paper roll, cover closed. Lightspeed > Setup > Printers > Test print. The printer has a reserved address on the cellar door switch.',
          'The cash drawer is kicked open by the receipt printer; if the printer is not printing the drawer will not open either. Use the key in the safe.',
          'Fallback: Tyro can run standalone. Key the amount on the terminal, write the sale on the paper log, and enter it in Lightspeed later with payment type "Tyro standalone".',
        ),
      ],
      [
        'Escalation',
        'Terminal hardware: Tyro support (24/7). Lightspeed app faults: Lightspeed support. Network: Brightwater.',
      ],
    ],
  ),
  article(
    'ag-sr-cellar-door-link',
    'Stonewell Ridge: cellar door network link (point-to-point wireless)',
    stonewell,
    'Site Network',
    [
      [
        'Setup',
        'The winery office has NBN Fixed Wireless. The cellar door building, about 600 m away across the Shiraz block, gets its network over a Ubiquiti airFiber 60 LR point-to-point link, powered by PoE injectors in the winery comms rack and in the comms cupboard behind the tasting bar. A UniFi switch at the cellar door feeds the POS, phones and access point.',
      ],
      [
        'Symptoms',
        'The cellar door has no internet, POS offline, Yealink phones on "No Service", while the winery office works normally. Usually after storms, high wind or a power cut at the cellar door.',
      ],
      [
        'Resolution',
        steps(
          'Confirm the office is fine. If the office is down too, it is the NBN: use the NBN outage runbook.',
          'In the cellar door comms cupboard check the PoE injector light for the link. No power: check the power board and the RCD in the cellar door switchboard, which trips in storms; reset it.',
          'Power-cycle the PoE injector (unplug 10 seconds) and wait 2 minutes.',
          'Brightwater checks the link in UISP: signal should be around -55 dBm; worse than -65 dBm means the dish on the cellar door roof has moved in the wind and needs realigning on site.',
          "Meanwhile the Tyro terminals fall back to their 4G SIMs, and the cellar door extension can be diverted to the manager's mobile in 3CX.",
        ),
      ],
      [
        'Escalation',
        'On-site visit to realign or swap the radio; a spare airFiber is kept in the winery office.',
      ],
    ],
  ),
  article(
    'ag-sr-weighbridge',
    'Stonewell Ridge: weighbridge PC and docket printing (vintage)',
    stonewell,
    'Line of Business',
    [
      [
        'Setup',
        'Grape trucks are weighed at the crush pad weighbridge. The Rinstrun 5000 indicator connects to the weighbridge PC (SR-WB01) through a USB-to-serial adapter on COM3. WeighMate records grower, block, vehicle and gross/tare, prints dockets on an Epson TM-U220 docket printer, and exports each intake to vintrace every 10 minutes.',
      ],
      [
        'Symptoms',
        'WeighMate shows "No indicator" or "Comms error on COM3"; the weight on screen stays at 0 or frozen while the indicator display shows the real weight; dockets do not print; intakes missing in vintrace.',
      ],
      [
        'Resolution',
        steps(
          'Check the USB-to-serial adapter is plugged in (blue light) and re-seat it.',
          'Device Manager > Ports (COM & LPT): the adapter must be COM3. If Windows gave it COM4 or COM5 after a re-plug: Properties > Port Settings > Advanced > COM port number = COM3.',
          'Close and reopen WeighMate; Settings > Indicator > Test should show the live weight.',
          'Dockets: check paper and ribbon in the TM-U220 and that it is the docket printer selected in WeighMate.',
          'Intakes missing in vintrace: check the export log in WeighMate and the internet; see the vintrace runbook.',
          'Fallback: handwritten dockets from the book in the weighbridge office, entered later.',
        ),
      ],
      [
        'Escalation',
        'A wrong reading on the indicator itself (zero drift, calibration) is for the weighbridge service contractor, not Brightwater.',
      ],
    ],
  ),
  // ---------------------------------------------------------------- Kurrajong House (aged care)
  article(
    'ag-kh-autumncare',
    'Kurrajong House: AutumnCare clinical system logins',
    kurrajong,
    'Clinical Systems',
    [
      [
        'Setup',
        'AutumnCare (hosted) holds care plans, progress notes, assessments and incidents. Staff use it in the browser on nursing station PCs and care tablets.',
      ],
      [
        'Symptoms',
        '"Invalid username or password", "Your account has been disabled", agency staff needing a login, progress notes not saving or "Session timed out".',
      ],
      [
        'Resolution',
        steps(
          'AutumnCare accounts are managed by the Clinical Care Manager (Deb Nguyen) or, after hours, the RN in charge, in AutumnCare Admin > Staff. Brightwater cannot reset AutumnCare passwords.',
          'Accounts are disabled automatically after 60 days without use (long leave, casuals); the Care Manager re-enables them.',
          'Agency staff: the RN in charge issues one of the agency logins (AGENCY01 to AGENCY06), records it in the agency register, and changes the password at the end of the shift.',
          'Notes not saving: sessions time out after 20 minutes. Copy long notes before saving and refresh. Use Edge or Chrome, not Internet Explorer mode.',
          'Nobody can reach AutumnCare: check the internet (NBN outage runbook) and use the downtime paper forms in the red folder at each nursing station, then back-enter.',
        ),
      ],
      [
        'Escalation',
        'Application errors: AutumnCare support via the Care Manager. PC or network faults: Brightwater.',
      ],
    ],
  ),
  article(
    'ag-kh-bestmed',
    'Kurrajong House: BESTmed electronic medication chart and downtime procedure',
    kurrajong,
    'Clinical Systems',
    [
      [
        'Setup',
        "Medication is charted and signed in BESTmed (eNRMC). Each medication trolley (Banksia, Waratah and Bottlebrush wings) has an iPad running BESTmed. GPs chart and the pharmacy dispenses through BESTmed. The business continuity PC KH-BCP01 in the DON's office, on a UPS, downloads backup reports every 4 hours.",
      ],
      [
        'Symptoms',
        'Trolley iPad shows "Offline" or "Unable to sync"; a newly charted medication is not showing; BESTmed unavailable before a round.',
      ],
      [
        'Resolution',
        steps(
          'Check the iPad is on "KH-Clinical" Wi-Fi. The far end of Waratah wing has weak coverage: move to the nurses\' station and sync in BESTmed.',
          'New order not showing: confirm the GP has signed it and the pharmacy has processed it; phone the pharmacy before treating it as an IT fault.',
          'Several iPads offline: check the site internet (NBN outage runbook) and the BESTmed service status with the vendor.',
          'Downtime procedure: if BESTmed will be unavailable for more than 30 minutes before a round, the RN in charge prints the 72-hour MAR backup from KH-BCP01 (desktop shortcut "BESTmed Backup Reports"). Give medications from paper and back-enter in BESTmed when it returns.',
          'Brightwater monitors the backup download task on KH-BCP01 in NinjaOne and alerts if it is more than 8 hours old.',
        ),
      ],
      [
        'Escalation',
        'Clinical risk: phone the Brightwater P1 line, do not email. Application faults: BESTmed support.',
      ],
    ],
  ),
  article(
    'ag-kh-nurse-call',
    'Kurrajong House: nurse call alerts not reaching DECT handsets',
    kurrajong,
    'Clinical Systems',
    [
      [
        'Setup',
        'Austco Tacera nurse call. Call points, sensor mats and pendants alert to Ascom d63 DECT handsets carried by carers, through IP-DECT base stations in the corridor ceilings. The nurse call server KH-NC01 and the DECT gateway are in the comms room on a UPS. These handsets are separate from the Yealink desk phones.',
      ],
      [
        'Symptoms',
        'Call bells show on the corridor displays but do not reach the handsets; a handset shows "No system" or "Searching"; a handset cannot make calls.',
      ],
      [
        'Resolution',
        steps(
          'Safety first: if more than one handset is not receiving, the RN in charge starts manual rounding (15-minute visual checks and watching the corridor displays) and phones the Brightwater P1 line.',
          "One handset: charge it, restart it (hold the red key), and check it shows the KH system. Swap it for a spare from the charging rack at the Banksia nurses' station and tag the faulty one.",
          'Handsets "Searching" only in one area: a base station fault. Note the location and report it.',
          'All handsets: check KH-NC01 and the DECT gateway are powered, the UPS is not alarming, and the comms switch is up. Brightwater checks both in NinjaOne.',
          'System faults are logged with the Austco/Ascom service contract (details in IT Glue); Brightwater coordinates the vendor.',
        ),
      ],
      ['Escalation', 'Always P1 when more than one handset is affected.'],
    ],
  ),
  article(
    'ag-kh-nursing-station-login',
    'Kurrajong House: nursing station PCs and tap-on card login (Imprivata)',
    kurrajong,
    'Clinical Systems',
    [
      [
        'Setup',
        'Shared PCs at each nursing station use Imprivata OneSign. Staff tap their lanyard ID card on the small reader beside the keyboard to sign in and out quickly.',
      ],
      [
        'Symptoms',
        'Tapping the card does nothing; "Card not recognised" or a prompt to enrol the card; the PC is stuck on another staff member\'s session; the reader light is off.',
      ],
      [
        'Resolution',
        steps(
          "Reader light should glow. If it is off, re-seat the reader's USB cable at the back of the PC or try another port.",
          'New or replacement card: tap it, and when prompted type the network username and password once; the card is then enrolled to that user.',
          'Still not recognised after a card reissue: Brightwater removes the old card from the user in the Imprivata admin console and the user enrols again.',
          "Stuck on someone else's session: tap your own card; Imprivata switches user and signs the previous person out (their unsaved work is lost). Or Ctrl+Alt+Del > Switch user.",
          'Agency staff without a card: sign in at the Windows prompt with the agency username and password issued by the RN in charge.',
          'Forgotten network password: use the password reset runbook.',
        ),
      ],
      ['Escalation', 'Readers failing on several PCs: L2 to check the Imprivata appliance.'],
    ],
  ),
  // ---------------------------------------------------------------- Wingfield Freight (freight & cold storage yard)
  article(
    'ag-wf-cargowise',
    'Wingfield Freight: CargoWise will not launch, login locked, or slow',
    wingfield,
    'Line of Business',
    [
      [
        'Setup',
        "CargoWise (WiseTech, hosted) runs jobs, consignments and billing. Staff launch the CargoWise client from the link on the Wingfield intranet. CargoWise staff accounts are administered by Wingfield's Systems Lead, Darren Koh.",
      ],
      [
        'Symptoms',
        '"Application cannot be started. Contact the application vendor" or download errors on launch; "Your login has been locked"; very slow for everyone; documents printing to the wrong printer.',
      ],
      [
        'Resolution',
        steps(
          'Launch failure: close CargoWise, run rundll32 %windir%\\system32\\dfshim.dll,CleanOnlineAppCache as the user, then launch again from the intranet link. Still failing: delete %LOCALAPPDATA%\\Apps\\2.0 and retry.',
          'Check the FortiGate web filter exempts *.cargowise.com and *.wisegrid.net with SSL inspection off; a new firmware or profile change can break this.',
          'Locked or forgotten login: Darren (or the Ops Manager as backup) unlocks it in CargoWise Staff & Resources. Brightwater has no CargoWise admin access.',
          "Slow for everyone: check the site internet and WiseTech's status; log with WiseTech via Darren.",
          "Printing: CargoWise sends documents to the Windows printers set in each user's CargoWise profile; consignment labels go to the dock Zebra printers (see the label printer runbook).",
        ),
      ],
      ['Escalation', 'Application faults: WiseTech eService, raised by Darren.'],
    ],
  ),
  article(
    'ag-wf-handheld-scanners',
    'Wingfield Freight: Zebra TC52 handheld scanners (warehouse and cold store)',
    wingfield,
    'Warehouse & Fleet',
    [
      [
        'Setup',
        '24 Zebra TC52 handhelds run the WF Warehouse app on the "WF-Scan" Wi-Fi, managed by SOTI MobiControl. DataWedge maps the scan trigger. Units labelled "CS" are the cold-store variants for the -20 °C freezer.',
      ],
      [
        'Symptoms',
        'Handheld drops off Wi-Fi (especially in the freezer); pressing the trigger gives no red beam; app login errors; battery flat mid-shift; device frozen.',
      ],
      [
        'Resolution',
        steps(
          'Battery: hot-swap from the spare charger in the dispatch office. Batteries over 2 years old lose capacity fast in the cold; tag them for replacement.',
          'Cold store: devices moved from the freezer to the docks fog up and drop out. Use only "CS" units in the freezer and let any unit warm up 10 minutes before use outside it.',
          'Wi-Fi: forget WF-Scan, then push the "WF-Scan Wi-Fi" profile again from the SOTI console. The freezer has two access points; if a whole zone drops, it is an access point fault for Brightwater.',
          'No beam on the trigger: DataWedge > Profiles > "WF Warehouse" > Barcode input must be enabled; re-push the profile from SOTI and restart the device (hold power > Restart).',
          'Re-provision: Enterprise reset, then scan the SOTI enrolment barcode in the IT binder in the dispatch office.',
        ),
      ],
      ['Escalation', 'Broken screens and triggers: repair under Zebra OneCare, spares in the dispatch cage.'],
    ],
  ),
  article(
    'ag-wf-label-printers',
    'Wingfield Freight: Zebra ZT411 dispatch label printers (docks 1 to 4)',
    wingfield,
    'Warehouse & Fleet',
    [
      [
        'Setup',
        'A Zebra ZT411 at each dispatch dock prints 100 x 150 mm consignment and pallet labels from CargoWise, thermal transfer with wax ribbon, on fixed IPs 10.50.10.41 to .44, using the ZDesigner ZPL driver.',
      ],
      [
        'Symptoms',
        'Labels print across two labels, skip, or every second label is blank; "PAPER OUT" or "RIBBON OUT" with media loaded; faint print or white streaks through barcodes; random characters printed instead of the label; nothing prints.',
      ],
      [
        'Resolution',
        steps(
          'Printing across labels or skipping: calibrate. On the touch screen: Menu > Print > Sensors > Manual calibration. Do this after every change to a different label stock.',
          '"PAPER OUT" with labels loaded: check the media guide and that the labels pass through the sensor; clean the sensor.',
          'Faint or streaky: clean the printhead with an isopropyl alcohol swab, check the ribbon is loaded ink side out, and set darkness around 20 to 25.',
          'Random text or code printed as characters: the Windows queue has the wrong driver (Generic / Text Only or an EPL driver). Set it to "ZDesigner ZT411-203dpi ZPL", and check the printer\'s command language is ZPL.',
          'Nothing prints: ping the printer IP and print a configuration label from the menu.',
          "Swap in the spare ZT411 from the dispatch cage and set it to the dock's IP if the printer is faulty.",
        ),
      ],
      ['Escalation', 'Worn printheads are a consumable, replaced by the Zebra reseller, not under warranty.'],
    ],
  ),
  article(
    'ag-wf-driver-tablets',
    'Wingfield Freight: driver tablets and the FleetPOD proof-of-delivery app',
    wingfield,
    'Warehouse & Fleet',
    [
      [
        'Setup',
        'Each truck has a mounted Samsung Galaxy Tab Active running FleetPOD, which captures signatures and photos and syncs proof of delivery into CargoWise. Tablets have Telstra data SIMs and are locked down by SOTI MobiControl.',
      ],
      [
        'Symptoms',
        'FleetPOD shows "Pending upload" with a count and PODs are missing in CargoWise; "Run sheet not found"; tablet lost or stolen; screen frozen.',
      ],
      [
        'Resolution',
        steps(
          'Pending uploads: check the 4G signal icon; in dead zones uploads wait. At the depot, join "WF-Yard" Wi-Fi and use FleetPOD > Menu > Sync now. Never uninstall FleetPOD or clear its data: unsynced PODs are lost.',
          'Storage full from photos (SOTI shows it): FleetPOD > Settings > Purge synced items.',
          '"Run sheet not found": the dispatcher has not released the run in CargoWise; check with dispatch.',
          'Lost or stolen: SOTI console > the device > Lock and Locate. If not recovered within 24 hours, Wipe it, and the Fleet Manager suspends the SIM with Telstra.',
          'Frozen: hold power and volume down for 10 seconds.',
        ),
      ],
      ['Escalation', 'Replacement tablets are prepared by Brightwater from the SOTI template.'],
    ],
  ),
  // ---------------------------------------------------------------- Hallett Moore (accounting practice)
  article(
    'ag-hm-myob-ae',
    'Hallett Moore: MYOB AE (Practice Manager and Tax): database connection and updates',
    hallett,
    'Line of Business',
    [
      [
        'Setup',
        'MYOB AE runs on HM-APP01 with the SQL Server instance HM-APP01\\MYOBAE. Workstations run the AE client; remote staff connect through FortiClient VPN. Tax season (July to October) is high priority.',
      ],
      [
        'Symptoms',
        '"Cannot connect to the database server" or "Login failed for user" when AE opens; AE insists on a workstation update or says the workstation version does not match the database; AE very slow.',
      ],
      [
        'Resolution',
        steps(
          'Remote staff: connect the VPN first; AE only works on the office network.',
          'Everyone in the office affected: on HM-APP01 check the "SQL Server (MYOBAE)" service is running and D: has free space. Restart the service only after warning staff, it drops every session.',
          'Version mismatch after an MYOB release (the annual tax update in June/July, and monthly releases): Brightwater updates the server after hours first, then pushes "MYOB AE WS Update" to workstations from NinjaOne. A staff member clicking the workstation update without admin rights fails part-way with error 1603; run the NinjaOne update instead.',
          'AE user login locked (the AE login, not Windows): the Office Manager (Kate Bishop) resets it in AE Admin > Employees.',
          "Slow: check the SQL backup job is not running in business hours and the server's memory use.",
        ),
      ],
      ['Escalation', 'MYOB support through the partner portal, with the serial number in IT Glue.'],
    ],
  ),
  article(
    'ag-hm-ato-access',
    'Hallett Moore: ATO Online services for agents, myID and the machine credential',
    hallett,
    'Line of Business',
    [
      [
        'Setup',
        'Tax agents use Online services for agents with myID (formerly myGovID). Access is authorised in Relationship Authorisation Manager (RAM) by the principal authority, partner Sarah Hallett. MYOB AE lodges through SBR using an ATO machine credential installed on HM-APP01; it is valid for two years and its expiry is recorded in IT Glue.',
      ],
      [
        'Symptoms',
        'Lodgments from AE fail with an ATO authentication or credential error (credential expired or not authorised); a new staff member cannot get into Online services for agents; "You are not authorised to access this service".',
      ],
      [
        'Resolution',
        steps(
          "Expired or missing machine credential: Sarah logs into RAM > Machine credentials and creates a new credential for the practice ABN. Brightwater installs it on HM-APP01 under the AE service account so it lands in that profile's ATO keystore, restarts the AE lodgment service, and runs a test lodgment status check.",
          'New staff: they set up the myID app at Standard identity strength (passport or driver licence), then Sarah links them in RAM and gives them Online services for agents access. Brightwater cannot grant ATO access.',
          '"Not authorised" right after linking: RAM changes can take up to 30 minutes; the user must pick the correct agent number when signing in.',
          'Renew the machine credential 30 days before expiry (IT Glue reminder).',
        ),
      ],
      [
        'Escalation',
        'ATO-side errors: the ATO Online services support line, called by the principal authority.',
      ],
    ],
  ),
  article(
    'ag-hm-fyi-outlook',
    'Hallett Moore: FYI Docs Outlook add-in and filing emails',
    hallett,
    'Line of Business',
    [
      [
        'Setup',
        'FYI Docs (cloud document management) is synced with MYOB AE for the client list. The FYI Outlook add-in is deployed centrally from Microsoft 365 admin center > Integrated apps so staff can file emails to client jobs.',
      ],
      [
        'Symptoms',
        'The FYI button is missing from the Outlook ribbon; the FYI panel is blank or shows an add-in error; "Client not found" when filing; a filed email does not appear in FYI.',
      ],
      [
        'Resolution',
        steps(
          'Classic Outlook: FYI is a web add-in. Check Home > All Apps (or Get Add-ins > My add-ins) for FYI; restart Outlook. New users can wait up to 24 hours after the central deployment before it appears.',
          'New Outlook and Outlook on the web: the Apps button > FYI.',
          'Blank panel: sign out of FYI inside the panel and back in with Microsoft; if still blank, close Outlook and clear the add-in cache by deleting %LOCALAPPDATA%\\Microsoft\\Office\\16.0\\Wef.',
          '"Client not found": the client list syncs nightly from MYOB AE, so clients created today appear tomorrow; the FYI admin (Kate Bishop) can run a manual sync.',
          'Filed but not visible: check the cabinet and filters in FYI; the email may have been filed to a different job.',
        ),
      ],
      ['Escalation', 'FYI application faults: FYI support chat, raised by Kate.'],
    ],
  ),
  article(
    'ag-hm-scansnap',
    'Hallett Moore: ScanSnap iX1600 scanners and "Scan to FYI" profiles',
    hallett,
    'Line of Business',
    [
      [
        'Setup',
        "Ricoh (formerly Fujitsu) ScanSnap iX1600 scanners at reception and in each partner's office connect over Wi-Fi to the PCs running ScanSnap Home. The \"Scan to FYI\" profile saves a searchable PDF into the user's FYI Inbox folder, which the FYI Desktop app uploads to the user's FYI inbox.",
      ],
      [
        'Symptoms',
        'Scanner screen says "Not connected to computer" or "ScanSnap Home is not running"; the Scan to FYI button is missing from the touch screen; scans never appear in FYI; blank pages in the PDF.',
      ],
      [
        'Resolution',
        steps(
          "ScanSnap Home must be running on the user's PC (tray icon) and the PC awake; start it from the Start menu.",
          'Not connected: check the scanner is on "HM-Staff" Wi-Fi (scanner Settings > Wi-Fi), or use the USB cable; in ScanSnap Home > Settings > Connect ScanSnap to re-pair.',
          'Reception scanner is shared: on the touch screen choose your name first; each user sees only their own profiles.',
          'Button missing: ScanSnap Home > Edit profiles > tick "Display on touch panel". If the profile is gone, recreate "Scan to FYI": PDF, searchable text on, save to %USERPROFILE%\\FYI Inbox.',
          'Scans in the FYI Inbox folder but not in FYI: the FYI Desktop app is not signed in or not running.',
          'Blank pages: turn on "Remove blank pages" in the profile and clean the rollers.',
        ),
      ],
      ['Escalation', 'Hardware faults: Ricoh ScanSnap support, serial in IT Glue.'],
    ],
  ),
];

export const SET_AG_ARTICLES: readonly BenchArticle[] = [...GLOBAL, ...CLIENT];
