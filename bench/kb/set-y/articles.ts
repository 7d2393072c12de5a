/**
 * Set Y: a blind labelled KB set, written without reading the search code or any other set.
 * The MSP is Copper State Technology Partners, a Phoenix (Arizona) MSP that documents in IT Glue,
 * runs ConnectWise PSA, NinjaOne RMM, SentinelOne, Datto BCDR, FortiGate firewalls, UniFi Wi-Fi and
 * hosted 3CX phones, with four clients that each have their own runbooks.
 */
import { article, type BenchArticle } from '../articles.ts';

export const SET_Y_CLIENTS = {
  saguaro: 'Saguaro Ridge Property Management LLC',
  camelback: 'Camelback Veterinary Partners LLC',
  sonoran: 'Sonoran Air Mechanical LLC',
  estrella: 'Estrella Vista Preparatory Academy Inc.',
} as const;

const { saguaro, camelback, sonoran, estrella } = SET_Y_CLIENTS;

export const SET_Y_ARTICLES: readonly BenchArticle[] = [
  // ---------------------------------------------------------------- Microsoft 365: Outlook / Exchange
  article(
    'y-outlook-password-prompts',
    'Outlook keeps prompting for credentials / stuck on Disconnected - fix and profile rebuild',
    null,
    'Microsoft 365/Outlook',
    [
      [
        'Symptoms',
        `- Classic Outlook pops the Microsoft sign-in window over and over, or the window flashes up blank and closes
- Status bar at the bottom says "Need Password", "Disconnected" or "Trying to connect..." forever
- Usually starts right after a password change, an MFA method change, or a new laptop image
- OWA (outlook.office.com) works fine for the same user`,
      ],
      [
        'Cause',
        `Almost always a stale token. Outlook uses the Windows Web Account Manager (WAM) broker; when the cached token or the saved credential is bad Outlook just keeps asking. Less often the OST/profile is damaged, or somebody left an old registry key that turns modern auth off.`,
      ],
      [
        'Fix',
        `1. First confirm the account itself is fine: have the user sign in to outlook.office.com in a private browser window. If THAT fails, stop here, it's an account problem (lockout, CA block, possible compromise) - see the Conditional Access and compromised account articles.
2. Close Outlook, Teams and the other Office apps.
3. Control Panel > Credential Manager > Windows Credentials. Remove every entry starting with MicrosoftOffice16_Data: and anything mentioning the user's UPN under Generic Credentials.
4. Check HKCU\\Software\\Microsoft\\Office\\16.0\\Common\\Identity. Delete EnableADAL (if 0) and DisableADALatopWAMOverride / DisableAADWAM if they exist. These came from old troubleshooting guides and break modern auth.
5. Settings > Accounts > Access work or school: if the work account shows an "Action needed" or error, click it and sign in again. Do NOT disconnect the account on an Entra-joined device, that unjoins the PC.
6. Open Outlook. If it still loops, rebuild the profile (below).`,
      ],
      [
        'Rebuilding the Outlook profile',
        `- Control Panel > Mail (Microsoft Outlook) > Show Profiles > Add. Name it with the date, e.g. "Outlook-0614".
- Let autodiscover set the account up, then select "Always use this profile" and pick the new one.
- Leave the old profile in place until the new one has finished syncing, then remove it. Old OST files live in %localappdata%\\Microsoft\\Outlook and can be deleted after a week.
- Re-add any shared mailboxes the user had added manually (automapped ones come back on their own).
- If the user has switched to "New Outlook" (toggle in the top right), none of the profile stuff applies - toggle back to classic to test, or just sign out/in of New Outlook.`,
      ],
      [
        'Escalate',
        'If a new profile on a new Windows user profile still prompts, escalate to L2 with the sign-in log entry (Entra > Users > user > Sign-in logs) for the failing attempts.',
      ],
    ],
  ),
  article(
    'y-outlook-search-index',
    'Outlook search returns nothing or only recent mail',
    null,
    'Microsoft 365/Outlook',
    [
      [
        'Symptoms',
        `Search in classic Outlook comes back with "We couldn't find what you were looking for", or only finds the last few weeks of email, or shows "Search results may be incomplete because items are still being indexed".`,
      ],
      [
        'Quick checks',
        `- Is it the search scope? The dropdown next to the search box may be set to "Current Folder". Change to "All Mailboxes".
- Cached Exchange Mode slider: File > Account Settings > Account Settings > double click account > "Download email for the past". If it's 3 months or 1 year, older mail is only on the server. Outlook shows a "More" / "Include older results" link at the bottom of the results for that - users never see it.
- services.msc: Windows Search service must be Running and set to Automatic (Delayed Start).`,
      ],
      [
        'Rebuild the index',
        `1. File > Options > Search > Indexing Options.
2. Modify > make sure Microsoft Outlook is ticked.
3. Advanced > Rebuild. Warn the user search will be worse for a few hours while it re-indexes. Big mailboxes (20GB+) take overnight - tell them to leave the PC on and plugged in.
4. Still broken the next day: run an Office Quick Repair (Settings > Apps > Microsoft 365 Apps > Modify > Quick Repair), then Online Repair if needed.`,
      ],
      [
        'Note',
        "OWA search works off the server index. If OWA finds it and Outlook doesn't, it's the local index, not the mailbox.",
      ],
    ],
  ),
  article(
    'y-shared-mailbox',
    'Shared mailboxes - grant access, automapping, Send As / Send on Behalf',
    null,
    'Microsoft 365/Exchange Online',
    [
      [
        'Before you start',
        'Access to a shared mailbox needs approval from the client\'s authorized contact (listed in IT Glue > Contacts, tagged "Approver"). Put the approval in the ticket. Shared mailboxes don\'t need a license under 50 GB unless they have an archive or litigation hold.',
      ],
      [
        'Grant access',
        `Exchange admin center > Recipients > Mailboxes > pick the shared mailbox > Delegation tab.
- Read and manage (Full Access): lets them open it. Outlook automaps it into the folder list within ~60 min (restart Outlook).
- Send as: email looks like it came from the shared address itself.
- Send on behalf: shows "User on behalf of Shared".
PowerShell if the user doesn't want it automapped (big mailbox, slow laptop):
Add-MailboxPermission -Identity billing@client.com -User jdoe@client.com -AccessRights FullAccess -AutoMapping $false
then they add it by hand: File > Account Settings > Change > More Settings > Advanced > Add.`,
      ],
      [
        'Sent items go to the wrong place',
        "By default mail sent as the shared mailbox lands in the user's own Sent Items. Fix: Set-Mailbox billing@client.com -MessageCopyForSentAsEnabled $true -MessageCopyForSendOnBehalfEnabled $true",
      ],
      [
        'Common errors',
        `- "You do not have permission to send the message on behalf of the specified user": Send As not granted yet (can take up to an hour), or Outlook is using a stale cached From address. Delete the suggestion from the From dropdown / autocomplete and pick it again from the GAL.
- Mailbox appears but folders are empty / won't expand: remove and re-add permission, or turn off "Download shared folders" in the cached mode settings for big shared mailboxes.
- In OWA: right-click Folders > Add shared folder or mailbox.`,
      ],
    ],
  ),
  article(
    'y-calendar-permissions',
    "Calendar sharing and delegate access (assistants managing someone else's calendar)",
    null,
    'Microsoft 365/Exchange Online',
    [
      [
        'Sharing levels',
        `- Can view when I'm busy - free/busy only
- Can view titles and locations
- Can view all details
- Can edit - create/change items
- Delegate - can edit AND receives/responds to meeting requests on the owner's behalf`,
      ],
      [
        'User can do it themselves',
        `Outlook desktop: Calendar > right-click the calendar > Sharing Permissions > Add.
Delegate: File > Account Settings > Delegate Access > Add > set Calendar to Editor and tick "Delegate receives copies of meeting-related messages sent to me".
New Outlook/OWA: Calendar > Share > type the name > pick "Can edit" or "Delegate".`,
      ],
      [
        'Admin way (PowerShell)',
        `Add-MailboxFolderPermission -Identity owner@client.com:\\Calendar -User assistant@client.com -AccessRights Editor -SharingPermissionFlags Delegate
Check existing: Get-MailboxFolderPermission owner@client.com:\\Calendar
If it already exists use Set-MailboxFolderPermission instead of Add.`,
      ],
      [
        'Gotchas',
        `- Delegate changes take a while to show in the delegate's Outlook - restart Outlook.
- Old-style delegates set up in Outlook 2013 days sometimes hold "hidden" rules (the Schedule+ forwarding rule). If meeting requests go to an ex-employee, remove and re-add delegates.
- Private appointments are hidden from delegates unless "Delegate can see my private items" is ticked.`,
      ],
    ],
  ),
  article(
    'y-mail-delivery-ndr',
    'Bounce messages (NDRs), message trace and quarantine in Exchange Online',
    null,
    'Microsoft 365/Exchange Online',
    [
      [
        'First step always',
        'Get the full bounce (ask user to forward it as an attachment or screenshot the whole thing) and run a message trace: Exchange admin center > Mail flow > Message trace > Start a trace. Trace shows whether it left our tenant, was quarantined, or was rejected by the other side.',
      ],
      [
        'Common codes',
        `550 5.1.10 RESOLVER.ADR.RecipientNotFound - address doesn't exist. Typo, or the user's autocomplete cached an old entry for someone who was deleted and recreated. Remove it from autocomplete (the X in the suggestion list) and retype. For internal recipients with IMCEAEX in the bounce, add the old LegacyExchangeDN as an X500 proxy address.
550 5.7.1 / 5.7.133 - recipient is a restricted group or mailbox that only accepts internal senders. Check the distribution list's delivery management setting.
550 5.4.1 Recipient address rejected: Access denied - Directory Based Edge Blocking, recipient not found in the target tenant.
550 5.7.520 - external forwarding blocked, see the separate external forwarding article.
550 5.1.8 Access denied, bad outbound sender - our user is blocked from sending. Treat as a compromised account.
554 5.2.2 mailbox full - the recipient's mailbox is full (if it's our user, see mailbox full article).
552 5.3.4 Message size exceeds fixed maximum - attachment too large. Default limit 35 MB; we can raise to 150 MB per mailbox but the other side usually rejects anything over 25 MB anyway. Send via OneDrive link.
451 4.7.500-699 / 4.4.7 delayed - other side is throttling or down, usually self-clears within 24h.
SPF/DMARC failures from the recipient (550 5.7.23, 5.7.509) - our domain's SPF record is wrong or a third-party sender (newsletter tool, copier) isn't included. Escalate to L2 for DNS change.`,
      ],
      [
        'Inbound mail missing / quarantine',
        `Microsoft Defender portal > Email & collaboration > Review > Quarantine. Search by recipient. Preview, then Release (tick "Report messages to Microsoft" if it was a false positive). To stop it happening again add the sender to the Tenant Allow/Block List > Domains & addresses > Allow, with 30 day expiry - never allow high-confidence phish.
Users get a quarantine digest email at 8 am and can release spam (not phish) themselves from it.`,
      ],
    ],
  ),
  article(
    'y-external-forwarding-blocked',
    'Automatic forwarding to outside addresses is blocked (550 5.7.520)',
    null,
    'Microsoft 365/Exchange Online',
    [
      [
        'What users see',
        'User creates an inbox rule or sets forwarding in OWA to a personal Gmail/Yahoo/iCloud address. Forwarded mail never arrives and the user gets a bounce: "550 5.7.520 Access denied, Your organization does not allow external forwarding. Please contact your administrator for further assistance. AS(7555)".',
      ],
      [
        'Why',
        'This is intentional. All Copper State tenants have Outbound spam filter policy > Automatic forwarding rules set to "Off - Forwarding is disabled". Attackers who take over a mailbox set up silent forwarding rules, and forwarding company mail to personal mailboxes is a data leak for HIPAA/FERPA clients.',
      ],
      [
        'Exception process',
        `1. Get written approval from the client owner/authorized contact (not the user themselves). Note it in the ticket.
2. Defender portal > Email & collaboration > Policies & rules > Threat policies > Anti-spam > Create policy > Outbound. Name "Allow external forwarding - <user>", scope it to that one user, set Automatic forwarding rules = On.
3. Put an end date in the ticket if it's temporary and set a PSA reminder to remove it.
Never change the default policy.`,
      ],
      [
        'Alternatives to suggest',
        "Most people who ask for this just want email on their personal phone. Set them up with the Outlook mobile app instead (see the mobile email article). Forwarding a departed employee's mail to a manager inside the company is internal and not affected.",
      ],
    ],
  ),
  article(
    'y-mailbox-archive-full',
    'Mailbox full / quota warnings - enabling the online archive',
    null,
    'Microsoft 365/Exchange Online',
    [
      [
        'Symptoms',
        `- "Your mailbox is almost full" / "Your mailbox is full" banner in Outlook
- User can't send (Prohibit send at 49.5 GB)
- Outside people get 554 5.2.2 mailbox full bounces
- Classic Outlook says "the Outlook data file has reached the maximum size" (that's the local OST limit, 50 GB, different thing)`,
      ],
      [
        'Quotas',
        'Business Basic/Standard/Premium: 50 GB primary. E3/E5 or Exchange Online Plan 2: 100 GB. Archive: 50 GB on Business Premium (auto-expanding up to 1.5 TB with Exchange Online Archiving add-on or E3).',
      ],
      [
        'Fix',
        `1. Check size: EAC > Mailboxes > user > Mailbox usage. Or Get-MailboxStatistics user | fl TotalItemSize.
2. Enable archive: EAC > Mailboxes > user > Others > Manage mailbox archive > Enabled. Or Enable-Mailbox user -Archive.
3. Our default retention (MRM) policy "CSTP Default" moves items older than 2 years to the archive. Kick it off now: Start-ManagedFolderAssistant user. It can still take 24-48h.
4. Check Recoverable Items - if the user has litigation hold, Recoverable Items has its own 30 GB quota (100 GB with hold) and can fill up; escalate, don't purge held mail.
5. The Archive shows in Outlook as "Online Archive - user@...". Search across it by choosing "All Mailboxes".`,
      ],
      [
        'Do not',
        'Do not set up local PST archiving. PSTs are not backed up and our policy blocks PST creation by GPO/Intune.',
      ],
    ],
  ),
  // ---------------------------------------------------------------- Teams / OneDrive / SharePoint / licensing
  article(
    'y-teams-cache-reset',
    'Teams (new Teams) not loading, stuck, or out of date - clear the cache',
    null,
    'Microsoft 365/Teams',
    [
      [
        'Symptoms this fixes',
        `- Teams opens to a white/blank window or spins on the logo
- Chats or channels not updating, new messages only show in the phone app
- Presence stuck on Away/Offline when the user is active
- "We're sorry - we've run into an issue" with Restart/Sign out buttons
- Sign-in loop, errors like caa20004, caa70004, 0xCAA20003 after a password change
- Teams tab/app missing that everybody else has`,
      ],
      [
        'New Teams (MSTeams package)',
        `1. Quit Teams fully (right-click tray icon > Quit).
2. Settings > Apps > Installed apps > Microsoft Teams > ... > Advanced options > Reset.
   OR manually delete %userprofile%\\appdata\\local\\Packages\\MSTeams_8wekyb3d8bbwe\\LocalCache\\Microsoft\\MSTeams
3. Start Teams, sign in.`,
      ],
      [
        'Classic Teams (still on a few old machines)',
        'Quit, delete everything in %appdata%\\Microsoft\\Teams, restart. Then get the machine onto new Teams - classic is out of support.',
      ],
      [
        "If that doesn't fix it",
        `- Test teams.microsoft.com in Edge. Web works = local client problem; web broken too = account/licensing/service problem (check Service health in M365 admin).
- Sign-in errors: clear Credential Manager the same way as the Outlook password article.
- Still broken: uninstall Teams, reinstall from NinjaOne software library (Teams bootstrapper).`,
      ],
    ],
  ),
  article(
    'y-onedrive-sync-errors',
    'OneDrive sync problems - red X, stuck on processing changes, files "missing" after KFM',
    null,
    'Microsoft 365/OneDrive',
    [
      [
        'Symptoms',
        `- Red circle with X on files/folders, or the cloud icon shows a red X
- Stuck on "Processing changes" or "Sync pending" for hours
- Duplicate files named like "Budget-DESKTOP-4K2P.xlsx"
- Desktop/Documents look empty after a new laptop - those are redirected by Known Folder Move (KFM), the files are in OneDrive\\Desktop
- "You're syncing a shortcut to a shared folder" / SharePoint library stopped syncing`,
      ],
      [
        'Fix',
        `1. Click the OneDrive cloud icon in the tray > the error banner / "View sync problems". It normally names the file.
2. Common file problems: total path over 400 characters (rename or move up a level), invalid characters (" * : < > ? / \\ |), file open or locked by another app, file bigger than 250 GB, .tmp/.pst files.
3. OneDrive storage full (1 TB per user) - check in OneDrive settings > Account.
4. Pause syncing, wait 10 seconds, Resume.
5. Reset: %localappdata%\\Microsoft\\OneDrive\\onedrive.exe /reset. Wait 2 min; if the icon doesn't come back run onedrive.exe on its own. Reset re-syncs everything, which takes a while for big libraries - do it on the office network.
6. Files show a cloud icon and "not available" offline: right-click > Always keep on this device (Files On-Demand).`,
      ],
      [
        'SharePoint libraries',
        'We recommend "Add shortcut to My files" instead of the Sync button for Teams/SharePoint libraries. Don\'t do both for the same library - that causes duplicates and conflicts. If a library is synced twice, stop syncing one (OneDrive settings > Account > Stop sync).',
      ],
    ],
  ),
  article(
    'y-sharepoint-access-sharing',
    'SharePoint / Teams site access requests and sharing with outside people',
    null,
    'Microsoft 365/SharePoint',
    [
      [
        'Access denied inside the company',
        `User sees "You need permission to access this item" / "Access denied" with a Request access button.
- Preferred: ask the site owner (client-side, usually the department head) to add them. Owners get the request email.
- If the client asked us to manage it: SharePoint admin center > Sites > Active sites > pick site > Membership > Members > Add. For Teams-connected sites add them to the Team (Teams admin or the Team itself) instead - permissions follow the M365 group.
- Avoid one-off item permissions ("Stop inheriting") unless the client insists. They become impossible to audit.
- Changes show up within 15 min; have the user close and reopen the browser.`,
      ],
      [
        'Sharing with external people',
        `Tenant setting is "New and existing guests" on most clients (SharePoint admin > Policies > Sharing). Individual sites may be stricter.
- Share > Specific people > type the outside email. They get a link and a one-time verification code by email.
- Guest says "That account doesn't exist" / "Selected user account does not exist in tenant": they're signing in with a different Microsoft account than the one invited. Have them open the link in a private window and use the invited email. Worst case delete the guest in Entra > Users and reshare.
- Links set to "People in your organization" won't work for guests. Use "Specific people".`,
      ],
      [
        'Note',
        'Creating new sites/Teams, restructuring libraries or migrations are project work - open a project request.',
      ],
    ],
  ),
  article(
    'y-m365-licensing-activation',
    'Microsoft 365 licensing and Office activation errors (Unlicensed Product, Account error)',
    null,
    'Microsoft 365/Licensing',
    [
      [
        'Symptoms',
        `- Red/yellow banner in Word/Excel: "UNLICENSED PRODUCT" or "Product Deactivated"; "Most features have been disabled"
- "Account error" / "Sign in to fix" next to the name in the title bar
- "We couldn't find an Office license for your account"
- Documents open read-only, editing greyed out`,
      ],
      [
        'Check the license first',
        `M365 admin center > Users > Active users > user > Licenses and apps.
- Desktop Office is in Business Standard, Business Premium, E3/E5. It is NOT in Business Basic or F3 (web/mobile only). Basic users who want desktop Office need an upgrade, which is a purchase.
- Most clients use group-based licensing: the user must be in the LIC-M365-BP (or LIC-M365-BS) group in Entra. Entra > Groups > LIC-... > Licenses shows errors like "Count violation" = we're out of licenses.
- Out of licenses: do not remove someone else's. Ask the client contact to approve the purchase and send it to the account manager to add via Pax8 (same day).`,
      ],
      [
        'Fix activation on the PC',
        `1. In any Office app: File > Account > Sign out. Close all Office apps. Reopen and sign in with the work account.
2. Still stuck: delete %localappdata%\\Microsoft\\Office\\Licenses and clear MicrosoftOffice credentials in Credential Manager.
3. Too many installs: each user gets 5 PCs/Macs. Have them go to myaccount.microsoft.com > Office apps / Devices and sign out of old machines.
4. Run the Microsoft Support and Recovery Assistant (SaRA) "Office activation" scenario, or the OLicenseCleanup script from the NinjaOne scripts library.
5. Shared PCs / terminal servers need Shared Computer Activation turned on (it's in our RDS image).`,
      ],
    ],
  ),
  // ---------------------------------------------------------------- Entra ID / MFA / CA
  article(
    'y-mfa-reregister',
    'MFA reset: new or lost phone, Authenticator not getting prompts',
    null,
    'Identity/MFA',
    [
      [
        'Verify identity first',
        'Policy: before touching MFA, call the user back on the phone number stored in ConnectWise or IT Glue, not the one they called from. Or get confirmation from their manager via Teams. MFA resets are the #1 social engineering target. Note the verification in the ticket.',
      ],
      [
        'New phone / lost phone',
        `1. Entra admin center > Users > user > Authentication methods.
2. Delete the old Microsoft Authenticator entry (shows the old phone model). If lost/stolen, also Revoke sessions.
3. Add authentication method > Temporary Access Pass, 1 hour, one-time. Read it to the user over the phone.
4. User goes to https://aka.ms/mysecurityinfo on their computer, signs in with the TAP, adds Microsoft Authenticator and scans the QR code with the new phone.
5. Have them test with a sign-in from a private browser window.
iPhone users who had iCloud backup turned on in Authenticator can restore accounts on the new phone, but work accounts still need to re-verify - easier to just re-register.`,
      ],
      [
        'Prompts not arriving',
        `- Notifications for Authenticator turned off, Focus/Do Not Disturb, or battery saver on Android killing the app
- Phone time wrong (codes rejected) - set to automatic time
- Number matching: the user must type the 2-digit number shown on the computer screen. Users often miss that and just wait for an Approve button.
- Open the Authenticator app manually - pending requests show when it's opened.
- As a fallback they can use the 6-digit code in the app ("Sign in another way").`,
      ],
      [
        'Not allowed',
        'SMS/voice MFA only with written client approval. Never disable MFA for a user "temporarily".',
      ],
    ],
  ),
  article(
    'y-conditional-access-denied',
    'Sign-in blocked by Conditional Access - AADSTS53003, 53000, 50053 and travel exceptions',
    null,
    'Identity/Conditional Access',
    [
      [
        'Our CA baseline (all Business Premium tenants)',
        `- CA01 Require MFA for all users
- CA02 Block legacy authentication
- CA03 Require compliant or Entra-joined device for desktop apps and Windows sign-in to M365
- CA04 Block sign-ins from outside the allowed countries (named location "Allowed Countries" = United States)
- CA05 Require app protection policy on iOS/Android (see mobile email article)
- Exclusions: break-glass accounts only, plus the CA-Travel-Exception group`,
      ],
      [
        'Reading the error',
        `Have the user screenshot the error, and click "More details" for the Request ID and time.
AADSTS53003 - "Access has been blocked by Conditional Access policies". Check the log to see which policy.
AADSTS53000 - "Device is not in required device state: compliant". Intune shows the device non-compliant (usually BitLocker off, OS too old, or SentinelOne not reporting). Fix compliance, then Company Portal > Check status.
AADSTS53001 - device not domain/Entra joined (personal PC trying desktop Office).
AADSTS50053 - account locked by smart lockout (too many bad passwords). Wait 1 min lockout or see password article.
AADSTS50126 - wrong username or password.
AADSTS50076 / 50079 - MFA required / MFA registration required.`,
      ],
      [
        'Finding the policy',
        'Entra admin center > Users > user > Sign-in logs (or Monitoring > Sign-in logs) > filter by Request ID or time > open the failed entry > Conditional Access tab shows Success/Failure per policy. "Report-only" results can be ignored.',
      ],
      [
        'Travel outside the US',
        `1. Need approval from the client's authorized contact with dates and countries.
2. Add the user to CA-Travel-Exception in Entra. Set an expiry - we use an Entra access package with an end date, or a PSA reminder to remove them the day after they return.
3. Tell the user MFA still applies, so take the phone with Authenticator on it.
Sanctioned countries are never allowed.`,
      ],
    ],
  ),
  article(
    'y-password-reset-lockout',
    'Password resets, expired passwords and AD account lockouts (hybrid clients)',
    null,
    'Identity/Accounts',
    [
      [
        'Which kind of client?',
        'Hybrid clients (on-prem Active Directory + Entra Connect with password writeback) - reset in AD or via SSPR, it syncs up. Cloud-only clients - reset in M365 admin center > Users > Reset password. IT Glue > client > Configurations tells you which.',
      ],
      [
        'Self-service reset',
        'Every user is registered for SSPR at https://aka.ms/sspr during onboarding. Point them there first - it writes back to AD on hybrid clients. Password rules: at least 14 characters, no reuse of last 12.',
      ],
      [
        'Expired password while working remote',
        'Laptop cached credentials still work but the password is expired in AD, so VPN and drives fail. Have the user reset at aka.ms/sspr from their phone, then connect VPN, then lock and unlock the PC with the new password so Windows picks it up.',
      ],
      [
        'Repeated lockouts',
        `AD lockout policy: 10 bad attempts in 15 minutes = locked 15 minutes.
1. Unlock: ADUC > user > Account tab > Unlock account (or Unlock-ADAccount).
2. Find the source: on the PDC emulator, Event Viewer > Security > Event ID 4740. "Caller Computer Name" shows where the bad attempts come from. NinjaOne has a saved script "Find lockout source" that does this.
3. Usual culprits: old phone still trying the old password for email, a mapped drive with saved credentials (Credential Manager), a disconnected RDP session on a server, a scheduled task running as the user, a second PC they forgot about.
4. Cloud sign-in lockouts (AADSTS50053 smart lockout) are separate - usually a password spray from outside. Check sign-in logs for foreign IPs.`,
      ],
    ],
  ),
  // ---------------------------------------------------------------- Networking
  article(
    'y-vpn-forticlient',
    'FortiClient VPN troubleshooting (standard FortiGate SSL-VPN clients)',
    null,
    'Network/VPN',
    [
      [
        'Scope',
        "This is for clients on our standard FortiGate + FortiClient VPN build. Some clients run something else (Meraki, SonicWall) - check the client's runbooks in IT Glue first. Portal address and port are in IT Glue > client > Network > VPN.",
      ],
      [
        'Errors',
        `"Credential or SSLVPN configuration is wrong (-7200)" - wrong password (they changed it and typed the old one), user not in the VPN-Users AD group, or the FortiGate can't reach the DC for LDAP. Check FortiGate > Log & Report > System Events > VPN.
"Permission denied (-455)" - authenticated but not in a group allowed by the SSL-VPN policy.
"Unable to establish the VPN connection. The VPN server may be unreachable (-14)" or (-5) - wrong address/port, or the network they're on (hotel, airport, guest Wi-Fi) blocks port 10443. Try phone hotspot.
Stuck at 98% then disconnects - the Fortinet virtual adapter or WAN Miniport is broken. Device Manager > Network adapters > remove "Fortinet SSL VPN Virtual Ethernet Adapter", reinstall FortiClient VPN from NinjaOne (software library > FortiClient VPN 7.2), reboot.
SAML/"Sign in with Microsoft" window comes up blank - tick "Use external browser as user-agent for SAML user authentication" in the connection settings (7.2+).`,
      ],
      [
        'Connected but nothing works',
        `- Can't reach drives or servers by name: DNS. ipconfig /all should show the client's DC as DNS on the Fortinet adapter. Reconnect; if still wrong, the SSL-VPN DNS settings on the FortiGate are wrong - escalate.
- Home network uses the same subnet as the office (e.g. both 192.168.1.0/24) - traffic never goes down the tunnel. Long-term fix is changing the office subnet; short term, user's home router to a different range.
- Mapped drives don't come back after connecting - see mapped drives article.`,
      ],
      [
        'Version',
        "Keep FortiClient VPN-only free client at 7.2.x. Don't install the full EMS FortiClient, it conflicts with SentinelOne.",
      ],
    ],
  ),
  article(
    'y-wifi-unifi',
    "Wi-Fi troubleshooting on UniFi sites - can't connect, drops, slow",
    null,
    'Network/Wi-Fi',
    [
      [
        'Standard setup',
        `- <CLIENTCODE>-Corp: WPA2/WPA3 Enterprise (NPS RADIUS, domain creds) on larger clients, WPA2 PSK on small ones. Key in IT Glue > Passwords.
- <CLIENTCODE>-Guest: captive portal, client isolation, 10 Mbps per device, vouchers printed by the front desk.
- Controller: UniFi Network on our hosted console (unifi.copperstate.tech), each client is a site.`,
      ],
      [
        "Can't connect",
        `1. Forget the network on the device and reconnect. PSKs get rotated yearly and people have the old one saved.
2. "Can't connect to this network" on Windows with Enterprise SSID: password expired/changed, or the laptop's cert is missing. Check NPS event log on the RADIUS server (Event 6273 reason code).
3. iPhones/Android "Private Wi-Fi Address" (randomized MAC) can break MAC reservations or guest portal sessions - turn it off for that SSID.
4. Older printers/scanners/IoT only do 2.4 GHz. Make sure the SSID has 2.4 GHz enabled on that site.`,
      ],
      [
        'Connected but no internet / drops',
        `1. UniFi console > Clients > search name/MAC. Look at signal (worse than -70 dBm is bad), Wi-Fi Experience %, which AP it's on.
2. AP shows Disconnected/Offline in Devices: power-cycle its PoE port from the switch page (Ports > Power cycle), or check the cable. If it stays offline, site visit.
3. Roaming badly between APs - check min RSSI is on, and band steering.
4. Whole office slow only on Wi-Fi: check channel utilization in the console; microwaves and neighbours on 2.4 GHz.
5. Whole office slow wired too: not a Wi-Fi problem - see internet outage article.`,
      ],
    ],
  ),
  article(
    'y-dhcp-dns-issues',
    'No network on one PC: 169.254 address, DHCP scope full, DNS not resolving',
    null,
    'Network/DHCP-DNS',
    [
      [
        '169.254.x.x (APIPA) address',
        `The PC didn't get a DHCP lease. ipconfig shows 169.254.x.x and "Unidentified network"/no internet.
- Only one PC: check the cable/wall jack (switch port article), ipconfig /release then /renew, disable/enable the adapter, forget and rejoin Wi-Fi.
- Several PCs at once: the DHCP scope is probably full. On Windows DHCP (usually on the DC): DHCP console > Scope > Address Leases; on FortiGate: Dashboard > Network > DHCP. Delete stale leases, lower the lease time to 8 hours for guest-heavy scopes, or expand the scope (L2 change).
- DHCP service stopped on the DC - restart it, then find out why.`,
      ],
      [
        'IP conflict',
        '"Windows has detected an IP address conflict" - something has a static IP inside the DHCP range. Find the MAC in the FortiGate ARP table, give the device a reservation outside the pool.',
      ],
      [
        'DNS problems',
        `Symptoms: internet sites work by IP but not by name, or internal server names (FS01, \\\\server\\share) don't resolve, "DNS server isn't responding" in Network Diagnostics.
- ipconfig /all - DNS servers for domain-joined PCs must be the client's DCs, NOT 8.8.8.8 or the router. Users sometimes set 8.8.8.8 manually "to speed up the internet".
- ipconfig /flushdns, then nslookup servername.
- One particular website won't load but everything else does, and the page mentions DNSFilter - it's our DNS filtering agent blocking it, see the web filter article.`,
      ],
    ],
  ),
  article(
    'y-web-filter-firewall-requests',
    'Website blocked by the web filter / firewall change requests',
    null,
    'Network/Firewall',
    [
      [
        'What the block looks like',
        `In the office: FortiGate block page "Web Page Blocked! ... Category: Newly Observed Domain" (or Unrated, Malicious Websites, Proxy Avoidance, etc).
Off-site laptops: DNSFilter roaming agent block page "This site has been blocked by your network administrator".`,
      ],
      [
        'Unblocking a site',
        `1. Get the full URL and screenshot of the block page.
2. Check the site: VirusTotal + urlscan.io. Newly registered lookalike domains are how phishing gets in - if it looks off, don't unblock.
3. Business-use site, clean: FortiGate > Security Profiles > Web Filter > client's profile > Static URL Filter > Create: *.domain.com, Type Wildcard, Action Exempt. For DNSFilter: dashboard > Policies > client policy > Allow list.
4. Request to unblock a whole category (e.g. social media, games) needs the client's authorized contact to approve in writing.
5. Site is miscategorised - submit to FortiGuard for re-rating too (fortiguard.com/webfilter).`,
      ],
      [
        'Port forwards and inbound rules',
        "Opening inbound ports (port forwarding for a camera DVR, RDP, a vendor's remote access) needs a change request approved by a senior engineer. Document VIP + policy in IT Glue. We don't open RDP to the internet, ever - use VPN.",
      ],
    ],
  ),
  article(
    'y-switch-port-vlan',
    'Dead network jack / switch port / VLAN for desk moves',
    null,
    'Network/Switching',
    [
      [
        'Symptoms',
        'PC says "Network cable unplugged" or no lights on the NIC, works fine plugged in somewhere else. Or after a desk move the PC gets an address in the wrong subnet / phone works but PC doesnt.',
      ],
      [
        'steps',
        `- check the jack label (e.g. B-14) and find it on the patch panel map in IT Glue > client > Network > Patch map. a lot of jacks are just not patched to the switch
- UniFi / Aruba Instant On: look at the switch port - link up? what port profile? Desk ports should be profile "Data + Voice" (native data VLAN, voice VLAN 20 tagged) so the phone and PC behind it both work
- port disabled by loop protection / storm control = someone plugged both ends of a cable into the wall or a little desk switch. Remove the loop, re-enable port
- try a different patch cable before anything else. seriously
- PC plugged into phone's PC port: phone must be powered and PC port enabled`,
      ],
      [
        'Moves',
        'Desk move requests need 2 business days notice so we can patch remotely or schedule the on-site tech.',
      ],
    ],
  ),
  article('y-internet-outage', 'Whole site offline - internet outage triage', null, 'Network/ISP', [
    [
      'Confirm scope',
      `- NinjaOne: are all devices at the site offline at the same time? That's the site, not a PC.
- FortiCloud: is the FortiGate online? If FortiCloud sees it, the primary WAN may be down and it's on LTE failover.
- Ask the client: do phones work? lights on? (summer storms = power outages from APS/SRP - check their outage maps).`,
    ],
    [
      'Steps',
      `1. IT Glue > client > Site summary has the ISP, circuit ID, account number and support number (Cox Business, Lumen/CenturyLink, AT&T Fiber, etc).
2. Check ISP status page / Downdetector for the area.
3. Have someone on-site power cycle the ISP modem/ONT (not the FortiGate unless told), wait 5 min.
4. Still down: open a ticket with the ISP, get the ticket number, put it in our ticket. Request a callback to the on-site contact.
5. Sites with Cradlepoint LTE failover will stay up but slow; VoIP quality drops. Warn the client not to run big uploads.
6. Send an update to the client contact every hour until resolved.`,
    ],
    [
      'After',
      'If the ISP changed anything (new modem, new public IP) update IT Glue and check: scan-to-email connectors, VPN address, any IP allow-lists.',
    ],
  ]),
  // ---------------------------------------------------------------- Endpoints
  article(
    'y-windows-update-failures',
    'Windows Update failing, stuck, or boot-looping after updates',
    null,
    'Endpoints/Patching',
    [
      [
        'Symptoms',
        `- NinjaOne patch report shows the device failing the same update for weeks
- Settings > Windows Update shows error 0x800f0922, 0x80070002, 0x800f081f, 0x8024a105, 0x80073712
- "Working on updates... don't turn off your computer" for hours
- "We couldn't complete the updates. Undoing changes" and it loops back every reboot`,
      ],
      [
        'Stuck installing / failing',
        `1. Make sure there's 20 GB+ free (feature updates need it). Run Disk Cleanup > Clean up system files.
2. Admin PowerShell:
   DISM /Online /Cleanup-Image /RestoreHealth
   sfc /scannow
3. Reset the update components: stop wuauserv, bits, cryptsvc; rename C:\\Windows\\SoftwareDistribution and C:\\Windows\\System32\\catroot2; start the services. NinjaOne script "Reset Windows Update components" does exactly this.
4. 0x800f0922 on KB5034441 (WinRE update) = recovery partition too small. Don't fight it, hide that KB in the Ninja patch policy.
5. Reboot and retry from Ninja (Patch > Apply now).`,
      ],
      [
        'Boot loop / undoing changes',
        `1. Let it finish undoing at least once - it can take 30+ minutes. Don't power it off mid-way.
2. If it won't get to the desktop: interrupt boot 3 times to get WinRE > Troubleshoot > Advanced options > Uninstall Updates > Uninstall latest quality update.
3. If it gets to the desktop: Settings > Windows Update > Update history > Uninstall updates.
4. BitLocker recovery key will be asked for in WinRE - see BitLocker article.
5. Pause updates on that device in Ninja and note the KB in the ticket so we can see if it's widespread.`,
      ],
    ],
  ),
  article(
    'y-autopilot-provisioning',
    'New Windows PC setup with Autopilot (and fixing enrollment errors)',
    null,
    'Endpoints/Intune',
    [
      [
        'Normal flow',
        `1. PCs bought through us (Dell Premier / Pax8) get their hardware hash uploaded by the vendor. Otherwise collect it: Shift+F10 at OOBE > powershell > Install-Script Get-WindowsAutopilotInfo; Get-WindowsAutopilotInfo -Online (sign in with our admin).
2. Intune > Devices > Windows > Enrollment > Devices: check the serial is there with the right Group tag (e.g. SRPM-STD, CVP-STD). The tag puts it in the right profile/app groups.
3. Assign the user if it's a user-driven deployment.
4. User unboxes, connects to the network (wired is best), sees the client's branding on the sign-in page, signs in with their work email and MFA.
5. Enrollment Status Page installs apps (Office, SentinelOne, NinjaOne, FortiClient, client LOB apps). 30-60 minutes.`,
      ],
      [
        'Errors',
        `- No company branding, just the generic "Let's set things up for work or school" - hash not uploaded or not synced yet. Intune > Autopilot devices > Sync, wait 15 min, reboot.
- 0x80180014 - device was enrolled before and deleted wrong. Remove it from Intune Devices AND Autopilot devices, then re-import hash.
- 0x800705b4 - ESP timed out (60 min). Usually one app failing to install - check Intune > device > Managed apps. Retry or "Continue anyway" if allowed.
- Stuck on "Identifying" / "Securing your hardware (0 of 1)" - TPM attestation problem. Update BIOS, clear TPM in BIOS, try again.
- 80070774 "Something went wrong" during hybrid join - we don't use hybrid Autopilot; device got the wrong profile.`,
      ],
      [
        'Reusing a PC for a new person',
        'Intune > device > Autopilot Reset (keeps enrollment) or Wipe. Change the assigned user in Autopilot devices first.',
      ],
    ],
  ),
  article(
    'y-bitlocker-recovery',
    'BitLocker recovery screen at startup - finding the recovery key',
    null,
    'Endpoints/Security',
    [
      [
        'What the user sees',
        'Blue screen before Windows starts: "BitLocker recovery - Enter the recovery key for this drive" with a 48-digit field and a Recovery key ID (first 8 characters shown). Usually after a BIOS/firmware update, docking station change, TPM cleared, Secure Boot change, or hardware repair (new motherboard).',
      ],
      [
        'Get the key',
        `Verify who you're talking to first (call-back to the number on file). A recovery key is a full bypass.
1. Entra admin center > Devices > All devices > search device name > BitLocker keys > Show recovery key. Match the Key ID to what's on the user's screen.
2. Or Intune > Devices > device > Recovery keys.
3. On-prem AD clients (older domain-joined PCs): ADUC > computer object > BitLocker Recovery tab.
4. Very old machines: IT Glue > client > Passwords, search the serial.
Read the key in groups of 6 digits. The key is tied to that drive - use the one with the matching ID.`,
      ],
      [
        'After it boots',
        `- Have NinjaOne/Intune rotate the key (Intune > device > BitLocker key rotation) since we read it out loud.
- If it keeps asking on every boot: manage-bde -protectors -disable C: then -enable C:, update BIOS, check Secure Boot is on.`,
      ],
      [
        'No key anywhere',
        "Escalate to L2 immediately. Without the key the data is gone; plan is reimage + restore from OneDrive/backup. Don't let the user keep guessing.",
      ],
    ],
  ),
  article(
    'y-printer-offline-spooler',
    'Printer offline, jobs stuck in queue, adding a printer',
    null,
    'Endpoints/Printing',
    [
      [
        'Triage',
        `- Everyone or one person? Everyone = the printer/network. One person = the PC.
- Print a config/test page from the printer's own panel. If that fails it's a hardware/copier problem.
- Printers should have a DHCP reservation. Ping the IP from IT Glue > Configurations > Printers.`,
      ],
      [
        'PC side fixes',
        `1. Restart the Print Spooler: services.msc > Print Spooler > Restart. If jobs won't clear: net stop spooler, delete everything in C:\\Windows\\System32\\spool\\PRINTERS, net start spooler.
2. Printer shows "Offline" but pings fine: Printer properties > Ports > Configure port > untick "SNMP Status Enabled". Also check the port is a Standard TCP/IP port with the right IP, not a WSD port (WSD ports go offline randomly).
3. Garbage/symbols printing: wrong driver. Use universal drivers: HP Universal Print Driver PCL6, Ricoh PCL6 V4 Universal, Kyocera KX, Canon Generic Plus UFR II. Deployed via Intune/NinjaOne.
4. "Windows cannot connect to the printer. Operation failed with error 0x0000011b" (or 0x00000709) when adding a shared printer from a print server: PrintNightmare hardening. Install the driver on the PC first via NinjaOne, then add.`,
      ],
      [
        'Adding a printer',
        'Settings > Bluetooth & devices > Printers & scanners > Add device. If it\'s not listed: "Add manually" > "Add a printer using an IP address". Non-admin users can\'t install drivers - push from NinjaOne software library.',
      ],
      [
        'Not ours',
        'Paper jams, toner, error codes on copiers (SC codes, "Call for service") are the client\'s copier lease vendor. Contact is in IT Glue > client > Vendors.',
      ],
    ],
  ),
  article(
    'y-scan-to-email-relay',
    'Scan to email from copiers/MFPs (Exchange Online relay)',
    null,
    'Endpoints/Printing',
    [
      [
        'How we set it up',
        `Preferred: SMTP relay via connector.
- Copier SMTP server: <tenant-domain>.mail.protection.outlook.com, port 25, no auth, TLS on.
- Exchange admin > Mail flow > Connectors: inbound connector "Copier relay" from "Your organization's email server", identified by the office's static public IP.
- From address: scanner@clientdomain.com (doesn't need to be a mailbox).
Can send to internal AND external addresses.
Smaller clients without static IP: SMTP2GO account, credentials in IT Glue.
Do NOT use smtp.office365.com:587 with a user's password (SMTP AUTH). Microsoft is retiring basic auth for client submission and it breaks on every password change.`,
      ],
      [
        'Scans stopped arriving',
        `1. Did the office public IP change? (ISP swap, new modem, failover to LTE.) Update the connector's IP. This is the cause 80% of the time.
2. Message trace for scanner@ - if it shows Quarantined, release and check anti-spam policy allows the connector.
3. Copier error "SMTP authentication failed" / "Send error" - someone changed settings on the copier, compare to the config saved in IT Glue.
4. Scans to external addresses bounce but internal work: the copier is using Direct Send (MX endpoint without the connector) which only delivers internally. Add the connector.`,
      ],
      [
        'Scan to folder',
        'Scan to an SMB folder is set up per client and per copier; it is only documented where a client has it (see the client runbooks).',
      ],
    ],
  ),
  article(
    'y-dock-monitors',
    'Docking station: external monitors black / not detected, dock USB or ethernet dead',
    null,
    'Endpoints/Hardware',
    [
      [
        'Standard hardware',
        'Dell Latitude + WD19S (USB-C) or WD22TB4 (Thunderbolt) docks. A few HP clients have HP USB-C Dock G5. Two 24" monitors per desk via DisplayPort or HDMI.',
      ],
      [
        'Fix in this order',
        `1. Monitor input: press the monitor's input button, make sure it's on the port actually used (DP vs HDMI). Monitors show "No signal" / go to sleep otherwise.
2. Win+P > Extend. Settings > System > Display > Multiple displays > Detect.
3. Power reset the dock: unplug the dock's power brick AND the USB-C cable for 30 seconds, plug power back first, then laptop.
4. Dock firmware + Intel/NVIDIA graphics driver: run Dell Command | Update (or NinjaOne "Dell Command Update - apply all"). Old WD19 firmware causes exactly this after Windows updates.
5. Only one of two monitors works: some older laptops can't drive 2 monitors over USB-C at 4K/60. Check what's supported, or daisy-chain.
6. Dock USB/ethernet dead but monitors fine: same power reset + firmware. Ethernet on dock = Realtek USB GbE driver.
7. Laptop not charging from dock: needs the 130W (WD19S 130W/180W) power brick for Precision/bigger Latitudes.`,
      ],
      [
        'Macs',
        "M1/M2/M3 base MacBook Airs and Pros only support ONE external display natively. Dual monitors need a DisplayLink dock + DisplayLink Manager app. That's a purchase, not a fix.",
      ],
    ],
  ),
  article('y-slow-computer', 'Slow computer triage', null, 'Endpoints/Performance', [
    [
      'Ask first',
      "Slow at everything or one app? Since when - after an update, a new app, always? Boot slow or slow all day? One machine or the whole office (then it's network/server, not the PC).",
    ],
    [
      'Check in NinjaOne before remoting in',
      `- Uptime: if last boot was 2+ weeks ago, reboot first. Fast Startup means "shut down" doesn't count - it has to be a Restart.
- Disk: C: under 10% free = slow. Clean with Disk Cleanup, clear Downloads, check for huge OST or Teams cache.
- RAM: 8 GB with Chrome, Teams and Outlook open is tight. Under 8 GB = replace/upgrade.
- Disk type: anything still on a spinning HDD gets an SSD or replacement quote.
- CPU graph pinned: look at what process (Task Manager > Processes sort by CPU). SentinelOne doing a full scan after install can peg CPU for an hour - that's normal once.`,
    ],
    [
      'Fixes',
      `- Task Manager > Startup apps: disable junk (Spotify, Zoom auto-start, printer utilities, vendor update tools).
- Browser with 40 tabs and 15 extensions - that's the problem. Remove extensions nobody recognizes (could be adware).
- Run Dell Command Update / HP Image Assistant for BIOS and drivers.
- Windows Search indexer stuck at high CPU - rebuild index (see Outlook search article).
- Check S1 console for any threats on the device.`,
    ],
    [
      'Lifecycle',
      "Our standard: replace PCs at 5 years. If it's older than that, or 4 GB RAM/HDD, send the client a replacement quote rather than spending hours tuning it.",
    ],
  ]),
  article(
    'y-temp-profile',
    'Signed in with a temporary profile / desktop and files gone after login',
    null,
    'Endpoints/Windows',
    [
      [
        'Symptoms',
        `- Notification: "You've been signed in with a temporary profile. You can't access your files, and files created in this profile will be deleted when you sign out."
- "We can't sign in to your account"
- Desktop is blank/default wallpaper, Outlook asks to set up from scratch, files look gone`,
      ],
      [
        'Cause',
        "Windows couldn't load the user's profile (C:\\Users\\name) so it made a temp one. Usual reasons: profile registry entry corrupted (shows up as SID.bak), disk full, antivirus or backup agent locking NTUSER.DAT during login, bad shutdown.",
      ],
      [
        'Fix - registry',
        `Don't let the user keep working in the temp profile - nothing they save there survives.
1. Log in as our local admin (LAPS password from Intune/Ninja).
2. regedit > HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\ProfileList.
3. Find the user's SID (ProfileImagePath = C:\\Users\\name). If there's SID and SID.bak: delete the one without .bak (that's the temp), rename SID.bak to SID.
4. In that key set RefCount = 0 and State = 0.
5. Reboot, user logs in, their stuff is back.`,
      ],
      [
        'Fix - rebuild',
        'If the profile itself is damaged: rename C:\\Users\\name to name.old, delete the ProfileList SID key, user logs in fresh. OneDrive KFM brings Desktop/Documents back; copy anything else (browser bookmarks, Sticky Notes, local-only files) from name.old. Keep name.old for 30 days.',
      ],
    ],
  ),
  article(
    'y-mapped-drives',
    'Mapped network drives missing, red X, or "could not reconnect all network drives"',
    null,
    'Endpoints/Windows',
    [
      [
        'Symptoms',
        `- S:, P:, H: etc missing from This PC
- Drive shows with a red X / "Disconnected network drive"
- Pop-up at login "Could not reconnect all network drives"
- "An error occurred while reconnecting S: to \\\\FS01\\Shared - The network path was not found" (0x80070035)`,
      ],
      [
        'How drives get mapped',
        `- Domain-joined PCs: GPO (User Configuration > Preferences > Windows Settings > Drive Maps) with item-level targeting by security group. Not in the group = no drive.
- Entra-joined (cloud) laptops: Intune platform script / NinjaOne logon script maps by group. Runs at login and every hour.
Either way the file server must be reachable when it runs.`,
      ],
      [
        'Fix',
        `1. Remote/at home? They need the VPN connected first. Then log off and on, or run gpupdate /force (domain) or just reopen Explorer after an hour (Intune).
2. In the office: can they ping the server by name? If not, DNS - see DHCP/DNS article.
3. Map manually to test: net use S: \\\\FS01\\Shared /persistent:yes. Error 5 access denied = permissions, error 53/67 = name/path.
4. Check the user is in the right AD group (e.g. SG-Share-Accounting). Group changes need a logoff/logon.
5. Stale saved credentials: Credential Manager > Windows Credentials > remove entries for the server.
6. Drive shows but "access denied" on a folder - permissions, needs approval from the folder owner on the client side.`,
      ],
    ],
  ),
  article(
    'y-mac-support',
    'Mac support basics: Intune enrollment, Company Portal, keychain prompts, printing',
    null,
    'Endpoints/macOS',
    [
      [
        'Enrollment',
        `- New Macs bought through us are in Apple Business Manager (ABM) assigned to the Intune MDM server. On first boot Setup Assistant shows "Remote Management - <client> can automatically configure your Mac". User signs in with work account.
- Existing/personal Macs: install Company Portal (from NinjaOne or aka.ms/EnrollMyMac), sign in, follow prompts to install the management profile (System Settings > Privacy & Security > Profiles).
- Intune pushes: Office, Edge, SentinelOne, FileVault, Platform SSO.`,
      ],
      [
        'Keychain / password prompts',
        `- "macOS wants to use the login keychain" or "The system was unable to unlock your login keychain" after a password change: the Mac login password and keychain password are out of sync. Keychain Access > Settings > Reset Default Keychain (loses saved passwords) or, if they know the old password, "Update Keychain Password".
- "Registration required - Your organization requires your device to register" notification = Platform SSO. Click it, sign in with work account, use Touch ID. After that the Mac password follows the Entra password.
- Outlook for Mac keeps asking for password: quit Outlook, Keychain Access, search "Exchange" and "Microsoft Office Identities Cache", delete, reopen.`,
      ],
      [
        'Printing',
        'System Settings > Printers & Scanners > Add Printer > IP tab > enter the IP, Protocol: Line Printer Daemon (LPD) or IPP, Use: select the proper driver. Never leave it on "Generic PostScript Printer" - prints garbage or ignores trays. HP, Ricoh and Kyocera Mac drivers are in the NinjaOne library.',
      ],
      [
        'Other',
        'FileVault recovery key: Intune > Devices > macOS > device > Recovery keys. Office updates via Microsoft AutoUpdate (MAU), forced by Intune.',
      ],
    ],
  ),
  article(
    'y-mobile-outlook-app-protection',
    'Work email on phones - Outlook mobile with Intune app protection (personal phones)',
    null,
    'Endpoints/Mobile',
    [
      [
        'Policy',
        'Personal (BYOD) iPhones and Androids are NOT enrolled. They get company data only through Microsoft apps (Outlook, Teams, OneDrive, Word/Excel) protected by Intune App Protection Policies. The built-in iPhone Mail app, Gmail app, Samsung Email etc are blocked by Conditional Access.',
      ],
      [
        'Setup steps for the user',
        `1. iPhone: install Microsoft Authenticator (if not already) AND Outlook from the App Store. Android: install Company Portal AND Outlook from Play Store (Company Portal is the broker - they don't have to sign into it).
2. Open Outlook > Add account > work email > sign in + MFA.
3. "Your organization is now protecting its data in this app. You need to restart the app to continue" - close and reopen Outlook.
4. Set the 6-digit app PIN when asked (or Face ID).`,
      ],
      [
        'Errors',
        `- In Mail/Gmail: "You can't get there from here" / "Your access to this app is blocked" / AADSTS53005 "Application needs to enforce Intune protection policies" = they used a blocked app. Use Outlook.
- Android Outlook "Get the Company Portal app" loop: install Company Portal, open it once, go back to Outlook.
- Can't copy from Outlook into WhatsApp/Notes, or "Your organization's data cannot be pasted here" - by design.
- Attachments save to OneDrive only, not the phone's Files - by design.`,
      ],
      [
        'Lost phone / leaving the company',
        'Intune > Apps > App selective wipe > create wipe request for the user + device. Removes company data from the apps only, not their photos.',
      ],
    ],
  ),
  // ---------------------------------------------------------------- Security
  article(
    'y-phishing-triage',
    'User reported a suspicious / phishing email - triage and purge',
    null,
    'Security/Email',
    [
      [
        'Ask the user (quickly)',
        `1. Did you click a link? 2. Did you type your password or approve an MFA prompt after clicking? 3. Did you open an attachment or enable macros? 4. Did you reply or send money/gift cards?
If YES to 2 -> go straight to the compromised account article, now.
If YES to 3 -> check SentinelOne for that device.`,
      ],
      [
        'Analyze',
        `- Have them use the Report button in Outlook (Report > Phishing). That lands it in Defender > Actions & submissions > Submissions. Forwarding as normal email strips the headers.
- Check headers (MXToolbox header analyzer): real sender domain vs display name, SPF/DKIM/DMARC results.
- Check links with urlscan.io / VirusTotal - never open them on your own PC.
- Vendor "changed bank details" / "updated ACH info" emails: treat as business email compromise of the vendor even if it's their real address. Client must verify by calling a known phone number, not the one in the email.
- "CEO" asking for gift cards or a quick favor from a Gmail address or by text: impersonation scam, just tell the user to delete and block.`,
      ],
      [
        'Clean up',
        `1. Defender > Email & collaboration > Explorer > search by sender or subject, last 7 days.
2. Select all copies > Take action > Move to mailbox folder: Deleted items (or Soft delete). This pulls it from everyone who got it.
3. Tenant Allow/Block List > Domains & addresses > Block the sender domain/address (and the URL under URLs).
4. Reply to the user: thank them for reporting. Always.`,
      ],
    ],
  ),
  article(
    'y-compromised-account',
    'Compromised Microsoft 365 account - response checklist',
    null,
    'Security/Incident',
    [
      [
        'Signs',
        `- Contacts say they got weird emails from the user ("shared a document", invoice, DocuSign)
- User got MFA prompts they didn't trigger, or approved one by mistake
- Inbox rules the user didn't make: move everything to RSS Subscriptions/Archive, mark as read, rule names like "." or ".." or "aaa"
- Sign-ins from foreign countries or hosting providers in the sign-in logs
- User blocked from sending: 550 5.1.8 Access denied, bad outbound sender / in "Restricted entities"
- Defender alert "Suspicious inbox manipulation rule", "Impossible travel", "Atypical travel"`,
      ],
      [
        'Contain (do these in the first 15 minutes)',
        `1. Entra > Users > user > Block sign-in.
2. Reset password (long random, give to user by phone later).
3. Revoke sessions (Entra > user > Revoke sessions) - kills refresh tokens on all devices.
4. Authentication methods: delete anything the user doesn't recognize (attackers add their own Authenticator or phone).
5. Exchange: Get-InboxRule -Mailbox user | fl Name,Description - delete malicious rules. Remove any forwarding (Get-Mailbox user | fl Forwarding*).
6. Entra > Enterprise applications > user consents - remove weird apps (e.g. "PERFECTDATA SOFTWARE", eM Client) the user consented to.`,
      ],
      [
        'Investigate and recover',
        `- Sent Items + message trace for the last 7 days: who did the attacker email? Tell the client so they can warn recipients.
- Defender > Restricted entities: release the user once cleaned.
- Re-register MFA with a TAP (MFA article).
- Unblock sign-in, user sets new password.
- Audit log search (Purview) for MailItemsAccessed / file downloads if the client handles PHI, student records or financial data - escalate to the security lead and vCIO, there may be notification obligations.`,
      ],
      [
        'Escalate',
        'Any payment fraud (money was sent), more than one account affected, or admin account involved: page the security on-call per IT Glue > Copper State > Escalation.',
      ],
    ],
  ),
  article('y-ransomware-response', 'Suspected ransomware - first 30 minutes', null, 'Security/Incident', [
    [
      'Signs',
      `- Files renamed with a strange extension (.akira, .lockbit, .locked, random 5 letters) and won't open
- Text/HTML ransom note on the desktop or in every folder (README.txt, RESTORE_FILES.html)
- SentinelOne threat with classification Ransomware
- Lots of files on the file share changed in minutes
- Wallpaper changed to a ransom message`,
    ],
    [
      'DO',
      `1. Isolate: SentinelOne console > endpoint > Actions > Disconnect From Network. If S1 isn't on it, have the user unplug the network cable and turn off Wi-Fi.
2. Tell the user NOT to turn it off (memory evidence) and not to touch it.
3. Call the security on-call immediately (IT Glue > Copper State > Escalation phone tree). Don't wait for email.
4. Photograph the ransom note. Note the time, device name, user.
5. Disable the logged-in user's account (AD + Entra).
6. Check the Datto device for the file server - are the latest snapshots affected? Pause offsite sync ONLY if the security lead says so.`,
    ],
    [
      'DO NOT',
      `- Do not power off servers or wipe anything
- Do not contact the attackers or visit the payment site
- Do not start restoring - the security lead and the client's cyber insurance carrier (their hotline is in IT Glue > client > Insurance) decide when, and the insurer may require their IR firm
- Do not discuss the incident with anyone outside the ticket/bridge`,
    ],
  ]),
  article(
    'y-sentinelone-alerts',
    'SentinelOne alerts: triage, false positives, exclusions',
    null,
    'Security/EDR',
    [
      [
        'Alert types',
        `- Threat mitigated (Killed + Quarantined): S1 already stopped it. Still review.
- Not mitigated / Mitigation failed: act now, consider isolating.
- Suspicious (not Malicious): behavioral, often a false positive from scripts, installers, LOB updaters.
- Agent offline > 14 days: device probably retired, update the asset.`,
      ],
      [
        'Triage',
        `1. S1 console > Incidents > Threats > open the threat. Look at the storyline: what started it, parent process, file path, signer, and how many other endpoints saw the same hash.
2. Check the hash on VirusTotal.
3. True positive: leave it quarantined, mark Analyst Verdict = True positive, resolve. Run a full disk scan on the endpoint. If it came from email, go to the phishing article.
4. False positive (signed vendor software, a known LOB app updater like QuickBooks, AVImark or Rent Manager, our own NinjaOne scripts): mark False positive, Restore the file if it was quarantined (Actions > Restore), and add an exclusion.`,
      ],
      [
        'Exclusions',
        `- Scope to the client SITE, never Global / Account.
- Prefer hash or signer-certificate exclusions over path exclusions. Never exclude whole folders like C:\\Users or %temp%.
- Exclusions need a second tech to review (note their name in the ticket).
- Users reporting "my program got deleted" / "app won't start after it updated" is often this - check the S1 console for that device first.`,
      ],
      [
        'Agent maintenance',
        'Uninstall or upgrade problems need the passphrase: S1 console > Sentinels > endpoint > Actions > Show passphrase. Agent using lots of CPU during the first full scan is normal for ~1 hour.',
      ],
    ],
  ),
  // ---------------------------------------------------------------- On/offboarding, backups, voice
  article('y-onboarding-checklist', 'New employee onboarding checklist', null, 'Onboarding', [
    [
      'Requirements',
      'The request must come from an authorized contact (IT Glue > client > Contacts, tagged "Approver") using the onboarding form, at least 3 business days before the start date. Need: full name, title, department, manager, start date, office, which template user to copy, shared mailboxes / groups / drives, phone extension, hardware needed.',
    ],
    [
      'Accounts',
      `1. Hybrid client: ADUC > copy the template user (e.g. _Template Leasing) into the right OU. Cloud client: M365 admin > Add user.
2. UPN/email: firstname.lastname@ unless the client uses a different format (check IT Glue).
3. License by adding to LIC-M365-BP group. Add distribution lists, security groups, shared mailboxes, Teams as listed.
4. Create a Temporary Access Pass so they can set up MFA and password on day one.
5. Enroll in security awareness training (Breach Secure Now portal).`,
    ],
    [
      'Device and phone',
      `- Laptop: Autopilot (see Autopilot article). Assign the user to the device and ship or stage it.
- 3CX extension, voicemail, Yealink phone if on our phones.
- Line-of-business app accounts are created by the client's app admin unless the client runbook says we do it.`,
    ],
    [
      'Day one',
      'Send the welcome email (template in PSA) to the manager: username, how to sign in, how to set up MFA with the TAP, how to contact the help desk. Never email the password.',
    ],
  ]),
  article('y-offboarding-checklist', 'Employee offboarding / termination', null, 'Onboarding', [
    [
      'Urgent termination (let go today)',
      "Do these first, even before the rest of the list: Block sign-in (Entra) + disable AD account, reset password, Revoke sessions, remove MFA methods. Retire/wipe mobile devices. Confirm with the requester when it's done.",
    ],
    [
      'Email',
      `- Convert the mailbox to a shared mailbox (M365 admin > user > Mail > Convert to shared mailbox). Keeps everything, frees the license. Must be under 50 GB or it needs a license.
- Give the manager Full Access to it (shared mailbox article) if requested.
- Set an auto-reply if requested ("X no longer works here, please contact Y").
- Forwarding to the manager (internal) is fine. Forwarding to anyone outside is not.
- Litigation hold only if the client asks (HR dispute).`,
    ],
    [
      'Files',
      'OneDrive: M365 admin > Active users > user > OneDrive > "Create link to files" gives the manager access. Our retention for deleted users\' OneDrive is 365 days, but move anything important into SharePoint within 30 days.',
    ],
    [
      'Everything else',
      `- Remove licenses (after mailbox conversion), remove from groups and distribution lists, hide from GAL
- Intune: wipe company laptop (or Autopilot reset for reuse), selective wipe phone apps
- Collect hardware: laptop, dock, badge, phone. Track in IT Glue Configurations
- 3CX: remove or reassign extension, forward the DID
- VPN: removed by group membership automatically
- LOB apps (accounting, practice software, SIS, field service app): the client disables these unless their runbook says we do
- Change shared passwords the person knew (Wi-Fi PSK, shared mailbox logins, vendor portals) if the client asks`,
    ],
  ]),
  article(
    'y-file-restore',
    'Restoring deleted or overwritten files (OneDrive, SharePoint, file server, email)',
    null,
    'Backup',
    [
      [
        'OneDrive / SharePoint / Teams files',
        `- Deleted: recycle bin of the site/OneDrive (web) - 93 days. After the user's recycle bin is emptied it's in the Second-stage recycle bin (site settings) for the rest of the 93 days.
- Overwritten / saved over / Excel corrupted: right-click the file > Version history > Restore the older version. 500 versions kept.
- A lot of files deleted or encrypted: OneDrive settings > Restore your OneDrive (pick a date, up to 30 days back). SharePoint library: Settings > Restore this library.
- Older than 93 days: Datto SaaS Protection has daily M365 backups - Datto portal > SaaS Protection > client > restore.`,
      ],
      [
        'File server (Datto SIRIS)',
        `1. Get path, file/folder name, and approximate time it was deleted or last good.
2. Datto partner portal > device > Restore > pick the server agent > File Restore > choose the snapshot just before the loss (hourly during business hours, daily after).
3. It mounts as a share (\\\\datto-ip\\agent-snapshot). Browse to the folder and copy the files out to the original location.
4. Never overwrite existing files without asking - restore to a "Restored_<date>" folder next to the original if unsure.
5. Remove the restore when done (it holds space).`,
      ],
      [
        'Email',
        'Deleted email: Outlook > Deleted Items > "Recover items recently removed from this folder". Our retention is 30 days. Older: Datto SaaS Protection.',
      ],
      [
        'Not backed up',
        "Files saved only on a PC's local disk outside OneDrive (e.g. C:\\Temp, a second D: drive) are NOT backed up. Tell the client when that happens; it's in their agreement.",
      ],
    ],
  ),
  article(
    'y-backup-job-failures',
    'Datto backup alerts: failed backups, screenshot verification, storage warnings',
    null,
    'Backup',
    [
      [
        'Alerts we get in PSA',
        `- "Backup failed" for an agent/server
- "Screenshot verification failed"
- "Local storage is above 80%"
- "Offsite synchronization is behind"`,
      ],
      [
        'Backup failed',
        `1. Datto portal > device > Protect > agent > last error.
2. VSS errors ("Snapshot failed", "VSS writer failed"): on the protected server, admin cmd: vssadmin list writers. Any writer not "Stable / No error" - restart its service (SQL Server VSS Writer, Exchange, etc). A reboot clears most of them - schedule after hours.
3. "Unable to connect to agent": Datto Windows Agent service stopped on the server, or the server IP changed - re-pair the agent from the portal.
4. Pending Windows updates on the server can also break VSS. Patch + reboot.
5. Force a backup after the fix (Start backup) and watch it complete.`,
      ],
      [
        'Screenshot verification failed',
        'Datto boots the backup in a VM and takes a screenshot. "Boot device not found" or blue screen in the screenshot - open Advanced Verification, check the VM settings (UEFI vs BIOS, storage controller), adjust and re-run. A screenshot that just shows the login screen late is usually a timeout - raise the wait time to 600s.',
      ],
      [
        'Storage',
        'Over 80%: check retention settings match the contract, remove old archived agents. Over 90%: escalate to L2 - backups will start failing.',
      ],
      [
        'Escalate',
        "Two consecutive days of failed backups on any server = escalate to L2 and tell the client's account manager.",
      ],
    ],
  ),
  article(
    'y-voip-yealink-3cx',
    'Desk phones (hosted 3CX + Yealink): no service, one-way audio, choppy calls, voicemail',
    null,
    'Voice',
    [
      [
        'Phone says No Service / Registration failed / Network unavailable',
        `1. Is the whole office affected? Check the 3CX admin console > Phones: are they all unregistered? If yes and internet is fine, check 3CX status / our hosted PBX instance - escalate to the voice team.
2. One phone: reboot it (unplug the network cable - it's PoE - wait 10 s, replug).
3. "Network unavailable" = no link or no IP: check the switch port profile has voice VLAN 20 (switch port article), cable.
4. Phone shows "Registration failed" after it was moved to another office: provisioning link/ MAC mismatch in 3CX - re-provision from the console.`,
      ],
      [
        'Audio problems',
        `- One-way audio (we can't hear them or they can't hear us) and calls dropping at exactly 15 or 30 minutes: SIP ALG on the firewall. FortiGate: config system settings > set sip-expectation disable, set default-voip-alg-mode kernel-helper-based. Reboot phones afterwards.
- Choppy/robotic audio: bandwidth or jitter. Check if someone is uploading/backing up big files, check QoS/traffic shaping for VLAN 20, run a VoIP quality test from 3CX. If the ISP is the problem, open ticket with ISP.`,
      ],
      [
        'Everyday requests',
        `- Voicemail PIN reset: 3CX admin > Users > user > Voicemail > PIN.
- Forward calls to cell: user sets status to "Away" in the 3CX app/web client; forwarding rules per status are under the user's Forwarding rules.
- New extension: part of onboarding.
- Porting numbers, adding DIDs, main number changes: account manager (billing change).`,
      ],
    ],
  ),

  // ================================================================ Client: Saguaro Ridge Property Management
  article(
    'y-srpm-rentmanager-access',
    'Saguaro Ridge - Rent Manager 12 install, login and update prompts',
    saguaro,
    'Clients/Saguaro Ridge/LOB',
    [
      [
        'Overview',
        'SRPM runs Rent Manager 12 hosted by LCS (Rent Manager Online). Nothing is on-prem. The desktop client is installed on every office PC; leasing and accounting live in it all day. RM logins are separate from M365 - users sign in with Corporate ID + RM username + RM password.',
      ],
      [
        'Login problems',
        `- Corporate ID is "saguaroridge" (all lowercase, one word). People type "saguaro ridge" or "srpm".
- "Invalid Corporate ID, username or password": check Corp ID first, then have them retype the password. RM passwords expire every 90 days in RM itself.
- "This user is locked out" / too many attempts: we are NOT RM admins. The client's RM admin (Accounting Manager, Dana Whitfield; backup: Controller) unlocks it in RM > System > Users. Send them a Teams message.
- New employee RM account: created by Dana, not us.`,
      ],
      [
        'Update prompts',
        `RM pushes updates about monthly. On start-up the client says "A newer version of Rent Manager is available and required" and wants admin rights - users are not local admins, so they're stuck.
- Push the update from NinjaOne: Software > Rent Manager 12 Client (always pulls latest), or run the NinjaOne script "RM12 - Update client" on all SRPM devices after hours.
- If the update fails with a WebView2 error: install Microsoft Edge WebView2 Runtime from Ninja, then retry.`,
      ],
      [
        'Other',
        `- RM very slow for everyone at once = LCS side or internet; check status.rentmanager.com and the internet outage article.
- Fresh install: NinjaOne software library "Rent Manager 12 Client". It needs the Corp ID on first launch.
- LCS support: number and account # in IT Glue > SRPM > Vendors. They'll want the Corp ID.`,
      ],
    ],
  ),
  article(
    'y-srpm-micr-checks',
    'Saguaro Ridge - owner and vendor check printing on the MICR printer',
    saguaro,
    'Clients/Saguaro Ridge/Printing',
    [
      [
        'Setup',
        `Printer: HP LaserJet Enterprise M507 "SRPM-ACCT-MICR" (192.168.10.45) in the locked accounting room at Scottsdale. TROY MICR toner cartridge. Tray 2 = blank check stock only (top check, 8.5x11), Tray 1 = regular paper.
Checks are printed from Rent Manager > Payables > Print Checks (owner distributions, vendor payments) by accounting only.`,
      ],
      [
        "Bank says the check line can't be read",
        `The numbers at the bottom of the check (MICR line - routing, account, check #) must be printed with magnetic toner. If the bank rejects checks or says they had to be keyed manually:
1. Check the installed cartridge is a TROY MICR cartridge (label says MICR), not a regular HP 89A someone swapped in when it ran out. Spare MICR cartridges are in the accounting supply cabinet.
2. Make sure RM is printing to SRPM-ACCT-MICR and not the office copier.
3. Low toner = faint MICR. Replace early.`,
      ],
      [
        'Print position wrong',
        `Amounts/payee overlapping lines, everything shifted up/down:
- Adjust in Rent Manager, not on the printer: RM > Setup > Check Layouts > (their layout "SRPM Top Check") > Top offset / Left offset, in inches. Small steps (0.05).
- Print a test check on plain paper and hold it against check stock to compare.
- Don't change printer margins or driver scaling ("Fit to page" must be off / 100%).`,
      ],
      [
        'Other',
        '- Signature missing on printed checks: the signature image is stored in RM and only prints for users with the signature permission - Dana grants it.\n- Check stock jammed / misfeeds: make sure stock is loaded face down, top edge first in tray 2.',
      ],
    ],
  ),
  article(
    'y-srpm-meraki-vpn',
    'Saguaro Ridge - remote access with Meraki Client VPN (L2TP)',
    saguaro,
    'Clients/Saguaro Ridge/Network',
    [
      [
        'Important',
        'SRPM is NOT on our FortiGate standard. Both offices (Scottsdale HQ and Tempe) have Meraki MX67 appliances, so remote staff use Meraki Client VPN (L2TP/IPsec built into Windows), not FortiClient. Remote access is only needed for the S: drive and scans on \\\\SRPM-FS01 - Rent Manager and email work without VPN.',
      ],
      [
        'Setup on a Windows laptop',
        `Normally pushed by Intune as the "SRPM VPN" profile. Manual:
1. Settings > Network & internet > VPN > Add VPN: Provider Windows (built-in), Server: vpn-srpm.dynamic-m.com, Type: L2TP/IPsec with pre-shared key (PSK in IT Glue > SRPM > Passwords), Sign-in: username and password.
2. Control Panel > Network Connections > SRPM VPN > Properties > Security > Allow these protocols > tick ONLY Unencrypted password (PAP). Meraki requires PAP (inside the IPsec tunnel so it's fine).
3. Regedit: HKLM\\SYSTEM\\CurrentControlSet\\Services\\PolicyAgent > DWORD AssumeUDPEncapsulationContextOnSendRule = 2. Reboot. Needed when the user is behind a home router (always).`,
      ],
      [
        'Errors',
        `- Error 789 "The L2TP connection attempt failed because the security layer encountered a processing error during initial negotiations" - wrong PSK, or the registry value above missing/not rebooted.
- Error 809 "The network connection between your computer and the VPN server could not be established because the remote server is not responding" - home/hotel network blocks UDP 500/4500, or registry value missing. Try phone hotspot.
- Error 691 "The remote connection was denied because the user name and password combination you provided is not recognized" - VPN users are Meraki Cloud authentication accounts, NOT their M365 password. Reset in Meraki Dashboard > Security & SD-WAN > Configure > Client VPN > Authentication > user > edit. Users can't reset it themselves.
- Connected but S: missing - see mapped drives article; server is \\\\SRPM-FS01.`,
      ],
      [
        'Macs',
        'System Settings > VPN > Add VPN Configuration > L2TP over IPSec, same server/PSK, Authentication: Password.',
      ],
    ],
  ),
  article(
    'y-srpm-scan-folder',
    'Saguaro Ridge - Ricoh copiers: scan to folder setup and errors',
    saguaro,
    'Clients/Saguaro Ridge/Printing',
    [
      [
        'Equipment',
        `- Scottsdale: Ricoh IM C3000 (192.168.10.40)
- Tempe: Ricoh IM C2500 (192.168.20.40)
Leased from Valley Office Systems. Toner, jams, SC error codes, hardware = Valley Office Systems (service # in IT Glue > SRPM > Vendors, they need the copier serial). We handle scanning config and print drivers.`,
      ],
      [
        'How scan to folder works',
        `Scans go to \\\\SRPM-FS01\\Scans\\<firstname> over SMB, authenticating as the domain account svc-scan (password in IT Glue; set to never expire). Each user is an entry in the copier address book with their folder path.
Leasing scans signed leases there, then uploads them into Rent Manager.
Scan to email on these copiers uses our standard relay (see scan to email article).`,
      ],
      [
        'Errors',
        `- "Connection with PC failed. Check settings." / "Authentication with the destination has failed":
  1. Is svc-scan locked or was its password changed? ADUC > svc-scan. Someone "fixing" the account breaks every copier.
  2. SMB version: Ricoh > Web Image Monitor (http://copier-ip, admin login in IT Glue) > Device Management > Configuration > Network > SMB > make sure SMB2/SMB3 is enabled. FS01 has SMB1 disabled.
  3. Folder still exists and svc-scan has Modify on it.
- Scan works for everyone except one person: their address book entry path is wrong, or their folder was renamed.`,
      ],
      [
        'Adding a new employee',
        `1. Create \\\\SRPM-FS01\\Scans\\<firstname>, give the user and svc-scan Modify.
2. Web Image Monitor > Device Management > Address Book > Add User: Name, Folder tab: SMB, path \\\\192.168.10.30\\Scans\\<firstname>, login: "Specify other auth info" = svc-scan.
3. Do both copiers if they work at both sites.`,
      ],
    ],
  ),

  // ================================================================ Client: Camelback Veterinary Partners
  article(
    'y-cvp-avimark-wont-open',
    "Camelback Vet - AVImark won't open, hangs, or can't reach the hospital server",
    camelback,
    'Clients/Camelback Vet/LOB',
    [
      [
        'Layout',
        `Each hospital has its own AVImark database on its own server:
- Arcadia: CVP-ARC-SRV
- Chandler: CVP-CHD-SRV
- Glendale: CVP-GLN-SRV
Workstations map V: to \\\\CVP-xxx-SRV\\AVImark and launch V:\\AVImark\\AVImark.exe. The "AVImark Guardian" service on the server handles client connections.`,
      ],
      [
        'One workstation',
        `- "Cannot find V:\\AVImark\\AVImark.exe" / shortcut does nothing: V: drive not mapped. See mapped drives article; the mapping is a GPO per hospital (GPO "CVP-<site>-AVImark Drive").
- Hangs on the splash/"Loading" on one PC: kill AVImark in Task Manager, reopen. If it keeps happening, check SentinelOne didn't quarantine an AVImark file after an update.
- AVImark user accounts and security levels are created by each hospital's practice manager, not us.`,
      ],
      [
        'Whole hospital',
        `- "Unable to connect to AVImark Guardian" / "AVImark server not running" on every PC: check the server is up in NinjaOne. Then services.msc on the server > AVImark Guardian > Start.
- Restarting Guardian kicks everyone out - call the front desk lead and have everyone close AVImark first unless it's already down for all.
- Server itself offline: escalate to L2 right away, hospitals can't check in patients. They have a paper downtime procedure (front desk binder).`,
      ],
      [
        'Nightly rebuild / "files in use"',
        `AVImark runs a scheduled Rebuild/reindex at 11:00 pm on each server. If a workstation left AVImark open overnight the rebuild is skipped and in the morning users get a warning that the rebuild didn't complete.
- One skipped night is OK - keep working. Ask staff to close AVImark at night.
- Two+ nights in a row, or errors like "Index out of range" / "table damaged": run the rebuild after hours (Utilities > Rebuild with ALL users out) or call Covetrus AVImark support (account # in IT Glue > CVP > Vendors). NEVER run a rebuild during business hours.`,
      ],
    ],
  ),
  article(
    'y-cvp-idexx-results',
    'Camelback Vet - IDEXX lab results not coming into AVImark',
    camelback,
    'Clients/Camelback Vet/LOB',
    [
      [
        'How results flow',
        `- In-house analyzers (Catalyst One chemistry, ProCyte Dx hematology, SNAP Pro) connect to the IDEXX VetLab Station (IVLS) in each hospital's lab. IVLS sends results to AVImark through the IDEXX interface on the hospital server.
- Send-out tests (IDEXX Reference Laboratories) come back through VetConnect PLUS (web) and are pulled into AVImark by the same interface.
- Both only match if the requisition was created from AVImark for that patient.`,
      ],
      [
        'Results not in the patient record',
        `1. Check the unmatched queue in AVImark (Lab results > Unmatched). Most "missing" results are sitting there because the patient was created differently or the order was placed on the IVLS directly. Attach manually - the techs can do this, show them.
2. Results in VetConnect PLUS but nothing new in AVImark at all for hours: on the hospital server restart the "IDEXX Interface" / "IDEXX SmartService" service.
3. IVLS screen says "Not connected to practice management system" (or the PIMS icon is red): the IVLS has a static IP on the lab network (ARC .50, CHD .50, GLN .50 on each hospital's 192.168.x.0). Check the network cable from IVLS to the wall, ping it from the server.
4. Analyzer itself not talking to IVLS, errors on the Catalyst: IDEXX tech support (1-800 in IT Glue) - that's their hardware, they remote in through their own support connection (don't block it on the firewall).`,
      ],
      [
        'VetConnect PLUS accounts',
        "New doctors/techs get VetConnect PLUS logins from the hospital's practice manager (VC+ admin in each hospital). We don't manage those.",
      ],
    ],
  ),
  article(
    'y-cvp-label-printers',
    'Camelback Vet - Rx label (DYMO) and kennel card (Zebra) printers',
    camelback,
    'Clients/Camelback Vet/Printing',
    [
      [
        'Hardware',
        `- Pharmacy station each hospital: DYMO LabelWriter 450 Turbo, labels DYMO 30252 (Rx labels). USB.
- Treatment/kennel area: Zebra ZD421 for kennel cards and ID wristbands, 2.25" x 1.25" labels. USB.
AVImark prints to these by Windows printer name, set per workstation in AVImark (Utilities > Setup > Printers / label printer).`,
      ],
      [
        'DYMO',
        `- AVImark needs DYMO Label Software 8.7.x. DO NOT install "DYMO Connect" - AVImark can't print through it and labels stop working. If someone updated it: uninstall DYMO Connect, install 8.7.5 from NinjaOne library, reboot.
- Labels printing across two labels / crooked: wrong label size selected in the driver (Printing Preferences > Advanced > paper size must be 30252 Address). Reload the roll so the label edge sits under the guide, press the form-feed button to feed one.
- Printer offline after Windows update: it re-enumerated on a new USB port (USB002). Delete the printer, replug, re-add as "DYMO LabelWriter 450 Turbo", then fix the AVImark printer setting.`,
      ],
      [
        'Zebra',
        `- Printing blank labels or skipping every other label: needs calibration. With printer on, hold the Feed button until it flashes twice and let go; it feeds a few labels and calibrates. Also make sure the media is direct thermal labels (the ZD421 here has no ribbon - thermal transfer labels come out blank).
- Driver must be ZDesigner ZD421-203dpi ZPL, media type "Labels with gaps", not continuous.
- Print too light: Printing Preferences > Options > Darkness up.`,
      ],
    ],
  ),
  article(
    'y-cvp-weave-phones',
    'Camelback Vet - Weave phones: outages, after-hours routing, Weave app',
    camelback,
    'Clients/Camelback Vet/Voice',
    [
      [
        'Not our 3CX',
        'CVP uses Weave for phones, texting and the desktop app - NOT our 3CX system. Weave provisions the Yealink handsets and owns the phone system config. We own the network the phones sit on. Weave support number in IT Glue > CVP > Vendors.',
      ],
      [
        'Phones down / No Service',
        `1. Check status.getweave.com for an outage.
2. Is the internet up at that hospital? (internet outage article)
3. All handsets "No Service" but internet fine: Weave phones need SIP ALG off on the FortiGate (config system settings, set sip-expectation disable) and outbound UDP 5060 + RTP range open. Check nobody changed the firewall. Power-cycle the PoE switch the phones are on.
4. Still down: call Weave support, they see registration on their side.
5. Meanwhile: Weave can forward the main line to a cell - the practice manager can do that from the Weave mobile app.`,
      ],
      [
        'After-hours / holiday routing',
        "Office hours, holiday schedules and where after-hours calls go (the emergency line) are set in the Weave portal (Settings > Phones > Office hours / Call routing) by the practice manager or regional manager. If they can't find it, Weave support will change it on request from an admin user. We don't have Weave admin.",
      ],
      [
        'Weave desktop app',
        'The Weave app login is a Weave account (usually their work email but a separate Weave password). "Session expired" or logged out repeatedly: have them reset the password from the Weave login page. Reinstall from NinjaOne library "Weave Desktop" if it won\'t open.',
      ],
    ],
  ),

  // ================================================================ Client: Sonoran Air Mechanical
  article(
    'y-sam-servicetitan-mobile',
    'Sonoran Air - ServiceTitan Mobile on technician iPads',
    sonoran,
    'Clients/Sonoran Air/LOB',
    [
      [
        'Setup',
        `~60 field techs each have a supervised iPad (10th gen, Verizon cellular) enrolled through Apple Business Manager into Intune. ServiceTitan Mobile is a required app pushed by Intune, along with Outlook and Teams. Techs sign into ServiceTitan with their ST username (not email/M365). ST user accounts, technician profiles and job assignments are owned by SAM's Operations Manager and dispatchers - we don't have ST admin.`,
      ],
      [
        'Jobs not showing / sync stuck',
        `1. Confirm with dispatch that the job is actually assigned and dispatched to that tech in the dispatch board.
2. Tech pulls down on the Jobs list to refresh.
3. Connectivity: iPad Settings > Cellular - cellular data on? In a dead zone in the attic? Wi-Fi at the customer's house with a captive portal blocks sync - forget that network.
4. Sign out of ST and back in (Settings in the app > Log out). Warn them: unsynced photos/forms are lost if they sign out while "Sync pending" - make sure pending items upload first on a good connection.
5. Still broken: Intune > Devices > iPad > Sync, then uninstall/reinstall the app from Company Portal (it's a required app so it comes back automatically).`,
      ],
      [
        'Photos / attachments stuck uploading',
        'Usually connection. Have the tech leave the app open on Wi-Fi (shop Wi-Fi SAM-Corp) for a few minutes. iPad storage full (Settings > General > iPad Storage) also stops uploads - delete old photos from Camera Roll.',
      ],
      [
        '"Update required"',
        'ST forces app updates. Techs can\'t update from the App Store (no Apple ID on supervised iPads). Intune > Apps > ServiceTitan > check the app is assigned "Required" so it auto-updates; force with Sync. iPadOS too old for the new version: push the iPadOS update via Intune update policy.',
      ],
      ['Server issues', "status.servicetitan.com. ST support chat is available to SAM's admins."],
    ],
  ),
  article(
    'y-sam-quickbooks-multiuser',
    'Sonoran Air - QuickBooks Desktop Enterprise multi-user errors (H202, H505, 6000 series)',
    sonoran,
    'Clients/Sonoran Air/LOB',
    [
      [
        'Setup',
        `QuickBooks Desktop Enterprise 24. Company file: \\\\SAM-APP01\\QBData\\Sonoran Air Mechanical.QBW. SAM-APP01 runs QuickBooks Database Server Manager (service QuickBooksDB34) and hosts the file. 7 accounting/office users open it in multi-user mode.
The ServiceTitan -> QuickBooks integration also runs on SAM-APP01 (QB Web Connector under the svc-qbsync account).`,
      ],
      [
        'H202 / H505 ("This company file is on another computer, and QuickBooks needs some help connecting")',
        `1. On SAM-APP01: services.msc > QuickBooksDB34 running? Start it.
2. Database Server Manager on SAM-APP01 > Scan Folders > make sure D:\\QBData is listed > Scan. This refreshes the .ND file.
3. On the workstation: File > Utilities - it should say "Host Multi-User Access" (meaning it's NOT hosting). If it says "Stop Hosting Multi-User Access" click it - workstations must never host.
4. Firewall on SAM-APP01 must allow QBDBMgrN.exe and ports 8019, 56728, 55378-55382 (rule "QuickBooks DB 34" exists, check it wasn't disabled).
5. Only one user affected: open via the UNC path (\\\\SAM-APP01\\QBData) not a mapped drive letter.`,
      ],
      [
        "6000-series / file won't open for anybody",
        '-6123, -6000 -82, -6150: usually a damaged .ND/.TLG or the file was opened in single-user by someone who crashed. Everyone out, rename Sonoran Air Mechanical.QBW.ND and .TLG (add .old), rescan in Database Server Manager, reopen. Still failing: run QuickBooks Tool Hub > Company File Issues > Quick Fix. Data damage: restore from Datto (file restore article) and call Intuit.',
      ],
      [
        'Updates',
        'All workstations AND the server must be on the same QB release (Help > About, e.g. R10). If one person updates, everyone else gets "company file needs to be updated" / can\'t open it. Update everybody + Database Server Manager together after hours from NinjaOne (script "QB Enterprise - update all").',
      ],
      [
        'ServiceTitan sync errors',
        'Invoices not posting to QB: open Web Connector on SAM-APP01 (log in as svc-qbsync), check the ServiceTitan app last run/error. QB must be open on SAM-APP01 as the sync user with the company file in multi-user mode.',
      ],
    ],
  ),
  article(
    'y-sam-sonicwall-vpn',
    'Sonoran Air - SonicWall NetExtender VPN for office staff',
    sonoran,
    'Clients/Sonoran Air/Network',
    [
      [
        'Setup',
        'SAM is still on a SonicWall TZ370 at the Tempe HQ (migration to our FortiGate standard is quoted, not approved). Office staff who work from home use SonicWall NetExtender (SSL VPN). Field techs don\'t use VPN. Server: vpn.sonoranair.com:4433, Domain: LocalDomain. Auth is LDAP against AD - group "SSLVPN Services" controls who can connect.',
      ],
      [
        'Errors',
        `- "Login failed - Incorrect username/password": username is just the AD username (jsmith), not email. Password = their Windows password. If they recently changed it or it expired - see password article.
- "Login failed - the user does not have the privilege to access SSL VPN" / connects then immediately disconnects: not in SSLVPN Services group.
- "Server certificate is not trusted / The server certificate is invalid": the SonicWall uses a self-signed cert. Click "Always trust". (Proper cert is part of the migration quote.)
- Stuck at "Connecting..." / "Authenticating": firewall reachable? Try from phone hotspot. NetExtender older than 10.2 has problems on Win11 24H2 - reinstall from NinjaOne library "NetExtender 10.2".`,
      ],
      [
        'QuickBooks over VPN',
        'Running QuickBooks directly over the VPN is painfully slow and can damage the company file. Accounting users connect VPN and then use Remote Desktop to their office PC (RDP shortcut "My Office PC" on their laptop). Don\'t troubleshoot QB speed over VPN - move them to RDP.',
      ],
    ],
  ),
  article(
    'y-sam-lost-ipad',
    'Sonoran Air - lost, stolen or broken technician iPad',
    sonoran,
    'Clients/Sonoran Air/Mobile',
    [
      [
        'Lost or stolen',
        `1. Tech reports to the Ops Manager, who opens our ticket.
2. Intune > Devices > iOS/iPadOS > find the iPad (name = SAM-IPAD-<tech #>) > Lost Mode > Enable. Message: "This iPad belongs to Sonoran Air Mechanical, call (480) xxx-xxxx" (main number in IT Glue). Lost mode locks it and lets us Locate device.
3. Locate device in Intune - share the location with the Ops Manager. Don't send techs to retrieve from strangers.
4. Not found within 24 hours (or confirmed stolen): Wipe from Intune. It stays locked to SAM by ABM Activation Lock so it's useless to a thief.
5. Ops Manager suspends the Verizon line from the Verizon business portal (they have the login).
6. Ops Manager signs the tech out of ServiceTitan sessions from the ST admin side.`,
      ],
      [
        'Broken (screen, charge port, water)',
        'Swap for a loaner from the spare pool (IT closet at Tempe, 4 spares, tracked in IT Glue). Loaners are already ABM-assigned; power on, pick Wi-Fi, it enrolls itself and installs ServiceTitan. Tech signs into ST. Send the broken one for AppleCare+ repair (claim through Apple Business Essentials / the Apple portal, details in IT Glue).',
      ],
      [
        'Replacement',
        'If no spare or AppleCare is used up: CDW quote through the account manager, Ops Manager approves.',
      ],
    ],
  ),

  // ================================================================ Client: Estrella Vista Preparatory Academy
  article(
    'y-evpa-powerschool',
    'Estrella Vista - PowerSchool / PowerTeacher Pro sign-in and SSO',
    estrella,
    'Clients/Estrella Vista/LOB',
    [
      [
        'Overview',
        'PowerSchool SIS is hosted by PowerSchool (evpa.powerschool.com). Staff sign in with "Sign in with Microsoft" (SAML SSO through Entra, enterprise app "PowerSchool SIS - Staff"). PowerTeacher Pro is the gradebook inside it. Students and parents use their own portal logins handled by the front office - not us.',
      ],
      [
        'Who does what',
        `- Us: the Entra side - the enterprise app, who's assigned (group EVPA-Staff-All), the SAML signing certificate (renew every July - PSA reminder exists).
- EVPA Data Manager (registrar office, name in IT Glue): staff accounts in PowerSchool, roles, the SSO email field, schedules/rosters, sections, grade sync problems. Anything about which students are in which class is data, not IT.
- PowerSchool support: only the Data Manager can open cases.`,
      ],
      [
        'Sign-in problems',
        `- "Sign in with Microsoft" goes to Microsoft, then lands back on the PowerSchool login page (loop) or "Your account is not set up for single sign-on": the teacher's PowerSchool staff record is missing their email in the SSO/Admin Username field, or has a typo. Data Manager fixes.
- Microsoft error "AADSTS50105: Your administrator has configured the application to block users unless they are specifically granted access": not in EVPA-Staff-All. Add them (new hires should be added during onboarding).
- Everyone fails at once with a SAML error: certificate expired or PowerSchool changed something. Check the cert date in Entra > Enterprise apps > PowerSchool SIS - Staff > Single sign-on. Escalate.`,
      ],
      [
        'Gradebook / data',
        'Students missing from a section, wrong sections, PowerTeacher Pro "sync failed" so grades not showing in the parent portal: route to the Data Manager. Collect the teacher name, section and screenshot.',
      ],
    ],
  ),
  article(
    'y-evpa-chromebooks',
    'Estrella Vista - student Chromebooks (enrollment, disabled devices, repairs, GoGuardian)',
    estrella,
    'Clients/Estrella Vista/Students',
    [
      [
        'Overview',
        "~1,100 Lenovo 100e/300e Chromebooks, 1:1 grades 3-8, carts for K-2. Managed in Google Admin (students are on Google Workspace for Education, domain evpastudents.org, separate from the staff M365 tenant). Each campus (Goodyear, Avondale) has a tech aide who handles swaps and the loaner cart in the library. We handle Google Admin and anything the aide can't.",
      ],
      [
        'Common issues',
        `- "This device is locked by the administrator" / disabled screen: the device was disabled in Google Admin (Devices > Chrome devices > select > Disable) - usually because it was reported lost or the student withdrew. Check the notes field, confirm with the aide, then Re-enable.
- After a Powerwash (Ctrl+Alt+Shift+R) it should auto re-enroll (forced re-enrollment is on). If it shows the normal consumer setup or "Your device isn't enrolled": at the sign-in screen press Ctrl+Alt+E and sign in with the enrollment account (in IT Glue).
- "Your administrator has blocked your access" / student can't sign in: student account is suspended or in the wrong OU (Admin > Directory > Users > check OU = /Students/<campus>/<grade>). New students are created by the SIS sync overnight - a brand new student may not exist until tomorrow.
- Missing keys, cracked screen, won't charge: aide swaps for a loaner, logs it in the repair sheet, sends to Lenovo depot repair.`,
      ],
      [
        'GoGuardian',
        'GoGuardian Admin filters student web traffic. Teachers who need a blocked site (YouTube video, a game-based learning site) for their class ask the campus tech coordinator, who can allow it in GoGuardian Admin > Policies for the grade OU. Teachers can also use GoGuardian Teacher to open a tab for their class during a session.',
      ],
    ],
  ),
  article(
    'y-evpa-promethean',
    'Estrella Vista - Promethean ActivPanels in classrooms (no picture, touch, sound)',
    estrella,
    'Clients/Estrella Vista/Classroom',
    [
      [
        'Setup',
        'Every classroom has a Promethean ActivPanel 9 (65" or 75") on a wall mount. Teacher laptops (Dell Latitude 3540) connect with a HDMI cable + USB touch cable at the wall plate, or with one USB-C cable on newer rooms. Panels also have the built-in Android side (whiteboard app, browser).',
      ],
      [
        'No picture / "No signal"',
        `1. Press the Home button on the panel (or remote) > Input source > pick the input the wall plate goes to (HDMI 1 in most rooms, USB-C in rooms 30-38).
2. Win+P > Duplicate (or Extend). Some teachers have it set to "Second screen only".
3. Reseat both ends of the HDMI. Try the spare HDMI in the teacher desk drawer.
4. Panel black and no lights: check the power switch on the back bottom-left, then the wall outlet.`,
      ],
      [
        "Picture but touch doesn't work",
        'Touch goes back to the laptop over the USB touch cable, and the USB port has to match the video input: HDMI 1 pairs with Touch 1, HDMI 2 with Touch 2. Plug the USB into the matching port (or use the single USB-C cable). Windows may need a minute to load the touch driver the first time.',
      ],
      [
        'Sound, freezing, wireless',
        `- No sound through the panel: Windows sound output > select "ActivPanel" / the HDMI device.
- Panel frozen/unresponsive: hold the power button 10 seconds, wait, power on.
- Wireless casting with the Promethean Screen Share app: laptop must be on EVPA-Staff Wi-Fi (not guest). Enter the code shown on the panel.
- Broken panel, lines on the screen, dead pixels: warranty - Promethean support needs the serial (sticker on the back right, also in IT Glue).`,
      ],
    ],
  ),
  article(
    'y-evpa-wifi-ssids',
    'Estrella Vista - Wi-Fi networks (staff, student, guest) and state testing prep',
    estrella,
    'Clients/Estrella Vista/Network',
    [
      [
        'SSIDs',
        `- EVPA-Staff: WPA2-Enterprise, certificate-based (EAP-TLS). Certs are pushed by Intune to school-owned Windows laptops only. Personal phones/tablets CAN'T join - they'll ask for a certificate or "can't connect". That's by design.
- EVPA-Student: hidden, PSK, pushed to managed Chromebooks via Google Admin network policy. Never give out the key.
- EVPA-Guest: captive portal with vouchers. Front office prints vouchers from the UniFi hotspot page (4-hour and 1-day). Staff personal phones, parents, volunteers, vendors use this.
All on UniFi - general AP/Wi-Fi troubleshooting is in the UniFi article.`,
      ],
      [
        "Chromebook won't get on Wi-Fi",
        'Chromebook says "No network" / doesn\'t see EVPA-Student: it hasn\'t received policy (not enrolled, or in the wrong OU). Connect it to EVPA-Guest once, sign in, let policy sync (chrome://policy > Reload), then it will join EVPA-Student. Check enrollment (Chromebook article).',
      ],
      [
        'State testing (AASA / AzSCI) prep',
        `Spring testing window is set by ADE; the testing coordinator sends dates in January.
- Change freeze on network/firewall/Google Admin policies two weeks before the first test day.
- Check every testing room's AP is online in the UniFi console the Friday before.
- Secure browser kiosk app is pushed to the Testing OU in Google Admin - make sure test-takers' Chromebooks are moved into /Students/<campus>/Testing by the coordinator.
- Rate limit on EVPA-Guest lowered to 2 Mbps during testing days.
- On-site tech at each campus the first two testing mornings.`,
      ],
    ],
  ),
];
