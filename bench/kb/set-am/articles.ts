/**
 * Set AM: a blind labelled KB set, written without reading the search code or any other set.
 *
 * The MSP is Harbourlight Managed IT, a twelve-person managed service provider in Halifax, Nova
 * Scotia, that keeps its runbooks in IT Glue, tickets in HaloPSA and devices in NinjaOne. Its
 * standard stack: Microsoft 365 Business Premium (Exchange Online, Teams, OneDrive, SharePoint,
 * Defender for Office 365), Entra ID with the Microsoft Authenticator app and Conditional Access,
 * Intune with Windows Autopilot on Windows 11 (Dell Latitude and Lenovo ThinkPad), WatchGuard Firebox
 * firewalls with Mobile VPN with SSL and AuthPoint MFA, SentinelOne EDR, Ubiquiti UniFi Wi-Fi, Canon
 * imageRUNNER ADVANCE copiers from a local dealer, Acronis Cyber Protect Cloud for server and
 * Microsoft 365 backup, a hosted 3CX phone system with Yealink desk phones, and Keeper as the
 * password manager.
 *
 * Clients, each with its own runbooks:
 * - Bedford Basin Veterinary Hospital: small-animal hospital in Bedford with a satellite clinic in
 *   Dartmouth; IDEXX Cornerstone on an on-site server, IDEXX VetLab Station, digital X-ray, DYMO
 *   prescription labels, Moneris terminals, after-hours on-call phone routing, shared exam-room PCs.
 * - Fundy Tide Seafoods: lobster and crab exporter with a head office in Halifax and a processing
 *   plant and cold storage in Clark's Harbour; Marel Innova on the plant floor, Zebra label printers
 *   and handhelds, Starlink failover, My CFIA export certificates, Sage 300 on a Remote Desktop
 *   server, uAttend time clocks, seasonal plant staff.
 * - Morrison Chiasson CPA: chartered professional accountants in Halifax with a branch in Truro;
 *   CaseWare Working Papers, TaxCycle, CRA Represent a Client, SmartVault portal, ScanSnap desk
 *   scanners, DocuSign.
 */
import { article, type BenchArticle } from '../articles.ts';

export const SET_AM_CLIENTS = {
  vet: 'Bedford Basin Veterinary Hospital Ltd.',
  seafood: 'Fundy Tide Seafoods Inc.',
  cpa: 'Morrison Chiasson Chartered Professional Accountants LLP',
} as const;

const VET = SET_AM_CLIENTS.vet;
const SEA = SET_AM_CLIENTS.seafood;
const CPA = SET_AM_CLIENTS.cpa;
const r = String.raw;

const MSP_WIDE: BenchArticle[] = [
  // ---------------------------------------------------------------- Microsoft 365
  article(
    'am-outlook-disconnected-profile',
    'Outlook disconnected, repeated password prompts or profile will not open',
    null,
    'Microsoft 365/Outlook',
    [
      [
        'Symptoms',
        r`- Classic Outlook status bar shows "Disconnected", "Trying to connect..." or "Need password".
- A Microsoft sign-in window keeps popping up; the user enters the password and it comes back.
- Outlook will not start: "Cannot start Microsoft Outlook. The set of folders cannot be opened" or "Something went wrong [1001]".
- Outlook on the web (outlook.office.com) and the phone work normally.`,
      ],
      [
        'Cause',
        r`Usually a stale sign-in token in Windows (Web Account Manager / Credential Manager) after a password reset or MFA change, or a damaged cached mailbox file (OST). Less often the profile itself is damaged, or the user flipped the "New Outlook" toggle and the new client has not finished adding the account.`,
      ],
      [
        'Fix',
        r`1. Check Microsoft 365 service health in the admin center (Health > Service health) before touching the PC.
2. Close Outlook. Open Credential Manager > Windows Credentials and remove every entry that starts with MicrosoftOffice16_Data and any "SSO_POP_Device" entry.
3. Settings > Accounts > Access work or school: if the work account shows an error, select it and choose Fix / sign in again.
4. Start Outlook and sign in when prompted. If it still disconnects: File > Account Settings > Account Settings > select the account > Repair.
5. Still failing: close Outlook and rename the .ost in %localappdata%\Microsoft\Outlook to .old. Outlook rebuilds the cache (can take hours on large mailboxes; set "Mail to keep offline" to 1 year first).
6. Last resort, new profile: Control Panel > Mail (Microsoft Outlook) > Show Profiles > Add, add the account, then tick "Always use this profile" and select the new one. Re-add shared mailboxes that were added manually.
7. If the user switched to New Outlook by accident, turn the toggle off in the top right to go back to classic Outlook.`,
      ],
    ],
  ),
  article(
    'am-shared-mailbox-access',
    'Shared mailboxes: access, Send As and sent items',
    null,
    'Microsoft 365/Exchange',
    [
      [
        'Symptoms',
        r`- A shared mailbox (info@, reception@, orders@, accounts@) does not appear in the Outlook folder list.
- Sending from the shared address bounces: "You can't send a message on behalf of this user unless you have permission to do so" or NDR 554 5.2.0 SendAsDenied.
- Mail sent from the shared mailbox lands in the person's own Sent Items instead of the shared mailbox's.`,
      ],
      [
        'Cause',
        r`Permissions missing or only partly granted (Full Access without Send As), automapping not yet applied, or the sent-items copy setting is off (off by default).`,
      ],
      [
        'Fix',
        r`1. Exchange admin center > Recipients > Mailboxes > select the shared mailbox > Delegation.
2. Add the user under "Read and manage (Full Access)" and under "Send as". Use "Send on behalf" only if the client wants replies to show "X on behalf of Y".
3. Automapping adds the mailbox to classic Outlook within about 60 minutes; restart Outlook. If it still does not show, File > Account Settings > Change > More Settings > Advanced > Add.
4. To send as the shared address: New email > Options > From, pick or type the shared address (clear the old autocomplete entry if it keeps failing).
5. To keep sent mail in the shared mailbox: Set-Mailbox reception@domain -MessageCopyForSentAsEnabled $true -MessageCopyForSendOnBehalfEnabled $true.
6. Outlook mobile: Settings > tap the account > Add shared mailbox.
7. Shared mailboxes need no licence under 50 GB; never give them a password or sign in to them directly.`,
      ],
    ],
  ),
  article(
    'am-mailbox-quota-archive',
    'Mailbox full: quota warnings, online archive and retention',
    null,
    'Microsoft 365/Exchange',
    [
      [
        'Symptoms',
        r`- "Your mailbox is almost full" / "Your mailbox is full" banner in Outlook; user can no longer send.
- People emailing the user get NDR 552 5.2.2 "mailbox full" / "Recipient's mailbox is full".
- Mailbox size near 49.5 GB (Business Premium primary mailbox is 50 GB).`,
      ],
      [
        'Cause',
        r`Primary mailbox at quota. Our standard is to keep everything and move old mail to the online archive rather than delete it.`,
      ],
      [
        'Fix',
        r`1. Check size: Exchange admin center > Mailboxes > user > Mailbox usage, or Get-EXOMailboxStatistics user@domain.
2. Enable the archive: Exchange admin center > Mailboxes > user > Others > Manage mailbox archive > Enabled. Business Premium includes a 50 GB archive that auto-expands up to 1.5 TB once auto-expanding archiving is on (Set-OrganizationConfig -AutoExpandingArchive).
3. Apply the retention policy "Harbourlight - Move to archive after 2 years" (Mailbox > Manage retention policies) and kick it: Start-ManagedFolderAssistant user@domain. Moving can take 24-48 h.
4. Meanwhile empty Deleted Items and Junk, and check Recoverable Items (litigation hold mailboxes keep everything there, quota 100 GB).
5. The archive appears as "Online Archive - name" in Outlook; it is not cached offline and is searchable in Outlook on the web.
6. Tell the user the mail is not deleted, just moved. Set cached mode "Mail to keep offline" to 1 year on slow laptops.`,
      ],
    ],
  ),
  article(
    'am-teams-wont-load',
    'Teams will not load, white screen or sign-in error codes',
    null,
    'Microsoft 365/Teams',
    [
      [
        'Symptoms',
        r`- New Teams opens to a blank white or purple window, or spins on the loading logo.
- "We've run into an issue" with codes such as caa7000a, caa20003, caa70004 or 0xCAA82EE2.
- Teams signs the user out every day, or opens and closes immediately after an update.`,
      ],
      [
        'Cause',
        r`Damaged local cache of the new Teams app (MSTeams package), a clock out of sync (token errors), leftover classic Teams, or the Web Account Manager sign-in being broken for the device.`,
      ],
      [
        'Fix',
        r`1. Quit Teams fully (right-click the tray icon > Quit).
2. Settings > Apps > Installed apps > Microsoft Teams > Advanced options > Reset. This clears the cache without removing the app. Alternatively delete %localappdata%\Packages\MSTeams_8wekyb3d8bbwe\LocalCache.
3. Check date and time: Settings > Time & language > Date & time > Sync now. caa20003 is almost always the clock.
4. caa7000a / caa70004: network or proxy; test on another connection, check WebBlocker is not blocking *.teams.microsoft.com.
5. Settings > Accounts > Access work or school: fix the work account if it shows an error (same as Outlook).
6. If classic Teams is still installed, remove "Teams Machine-Wide Installer" and "Microsoft Teams classic".
7. Reinstall new Teams from Company Portal if the reset does not help.`,
      ],
    ],
  ),
  article(
    'am-teams-audio-devices',
    'Teams calls: microphone, headset and echo problems',
    null,
    'Microsoft 365/Teams',
    [
      [
        'Symptoms',
        r`- Others cannot hear the user in Teams calls or meetings although the headset works in other apps.
- Echo or feedback in meetings, often from a boardroom speakerphone or two laptops in one room.
- Bluetooth headset sounds robotic or the mic cuts out when a call starts.`,
      ],
      [
        'Cause',
        r`Wrong device selected in Teams, Windows microphone privacy blocking desktop apps, outdated headset firmware, or the Bluetooth headset switching into hands-free mode. Echo: two devices in the same room joined with audio, or a speakerphone without echo cancellation.`,
      ],
      [
        'Fix',
        r`1. Teams > Settings (...) > Devices: choose the headset for speaker and microphone; use "Make a test call".
2. Windows Settings > Privacy & security > Microphone: Microphone access on, "Let desktop apps access your microphone" on.
3. Jabra headsets: update firmware with Jabra Direct. Poly headsets and speakerphones: Poly Lens. Prefer the USB dongle over built-in laptop Bluetooth.
4. In a room with a speakerphone (Jabra Speak, Poly Sync), only one laptop joins with audio; others join with "Don't use audio".
5. Teams > Settings > Devices > Noise suppression: set it to Auto.
6. If the mic works in the test call but not in meetings, check the user is not muted by the organizer (hard mute) before escalating.`,
      ],
    ],
  ),
  article(
    'am-onedrive-sync-problems',
    'OneDrive sync errors, red X and files not syncing',
    null,
    'Microsoft 365/OneDrive',
    [
      [
        'Symptoms',
        r`- Red circle with an X on files or folders, or on the OneDrive cloud icon in the taskbar.
- "Sync pending" or "Processing changes" for days; files saved on one PC do not appear on another.
- Errors 0x8004de40 (cannot connect), 0x8007016A (cloud file provider is not running), 0x8004de90 (not fully set up).
- Desktop and Documents are redirected to OneDrive (Known Folder Move), so these symptoms show there.`,
      ],
      [
        'Cause',
        r`Invalid file names (characters like " * : < > ? / \ |, names ending in a space or period), paths longer than 400 characters, files open/locked by another app, a network or proxy problem, or a stuck sync client.`,
      ],
      [
        'Fix',
        r`1. Click the OneDrive icon > the error banner > "View sync problems"; rename or move offending files.
2. 0x8004de40: check the internet connection, TLS, and that WebBlocker is not filtering onedrive.live.com / *.sharepoint.com.
3. 0x8007016A: Settings (OneDrive) > Sync and back up > Advanced, make sure Files On-Demand is on; then restart OneDrive.
4. Pause syncing for 2 hours and resume.
5. Reset the client: Win+R, %localappdata%\Microsoft\OneDrive\onedrive.exe /reset, then start OneDrive again. A reset keeps files; it resyncs.
6. If still stuck: OneDrive Settings > Account > Unlink this PC, then sign in again and pick the same folder.
7. Synced SharePoint libraries behave the same way; for very large libraries use "Add shortcut to My files" instead of Sync.`,
      ],
    ],
  ),
  article(
    'am-sharepoint-access-sharing',
    'SharePoint and Teams files: access denied and sharing with outside people',
    null,
    'Microsoft 365/SharePoint',
    [
      [
        'Symptoms',
        r`- Opening a link gives "You need permission to access this item" / "Access denied" with a Request access button.
- Sharing with someone outside the company fails: "Couldn't share with these people" / "Your organization's policies don't allow you to share with these users".
- An outside guest cannot get in: keeps getting a verification code, or AADSTS50020 "User account from identity provider does not exist in tenant".`,
      ],
      [
        'Cause',
        r`Internal: the user is not a member of the Team/site, or the item has unique permissions. External: our standard keeps external sharing off except on sites named "... - External" (Only people in your organization elsewhere), and guests must be invited to the tenant first.`,
      ],
      [
        'Fix',
        r`Internal access:
1. Confirm with the site owner that the user should have access (the owner is listed in SharePoint admin center > Sites > Active sites).
2. Add the user to the Team (Teams > team > Manage team > Members) or to the site's Members group. Do not share individual files to work around it.

Sharing outside the company:
1. Get approval from the client's designated owner (in IT Glue under the client's "Approvals" contact).
2. SharePoint admin center > Sites > Active sites > the External site > Sharing > "New and existing guests".
3. Share from that site's library with "Specific people". The guest receives a one-time code by email, valid 15 minutes.
4. AADSTS50020: the guest signed in with a different account than the one invited. Have them use a private browser window and the exact address invited, or re-invite from Entra admin center > Users > Guest users.`,
      ],
    ],
  ),
  article(
    'am-email-bounce-ndr',
    'Email bounces (NDR codes) and message trace',
    null,
    'Microsoft 365/Exchange',
    [
      [
        'Symptoms',
        r`A sent message comes back with "Delivery has failed" / "Undeliverable". Common codes:
- 550 5.1.10 RESOLVER.ADR.RecipientNotFound: the address does not exist at the recipient.
- 550 5.7.1 / 5.7.23: the recipient rejected us (often SPF/DMARC failure or the recipient's own filter).
- 550 5.7.520 "Access denied, your organization does not allow external forwarding".
- 550 5.1.8 "Access denied, bad outbound sender" or 5.7.708: our sender or tenant is blocked from sending.
- 554 5.2.0 SendAsDenied: see the shared mailbox article.`,
      ],
      [
        'Cause',
        r`Depends on the code. 5.1.8 means Microsoft has restricted the account after it sent spam, which almost always means the account is compromised.`,
      ],
      [
        'Fix',
        r`1. Read the NDR: the diagnostic section names the server that rejected the message (ours or theirs).
2. 5.1.10: check the address for typos and stale autocomplete entries (delete the entry with the X in the suggestion list); confirm with the recipient by phone.
3. 5.7.1 / 5.7.23 from their side: check our SPF (v=spf1 include:spf.protection.outlook.com -all plus any third-party senders), DKIM enabled in Defender > Email authentication, DMARC record. Send the recipient's IT the NDR.
4. Message trace: Exchange admin center > Mail flow > Message trace, by sender/recipient, last 10 days.
5. 5.1.8 / restricted user: treat as a compromised account (phishing article). Then remove the block in Defender portal > Email & collaboration > Review > Restricted entities. Removal can take up to 24 h.
6. 5.7.520: auto-forwarding to outside addresses is blocked by policy; do not unblock without client approval.`,
      ],
    ],
  ),
  article(
    'am-quarantine-missing-email',
    'Expected email never arrived: quarantine, junk and release',
    null,
    'Microsoft 365/Exchange',
    [
      [
        'Symptoms',
        r`- A sender says they sent an email (invoice, document, reply) and it is not in the inbox or Junk.
- The user gets "You have messages in quarantine" / "Review these messages" notification emails.`,
      ],
      [
        'Cause',
        r`Defender for Office 365 quarantined it (spam, bulk, phish, malicious attachment), an inbox rule moved it, or it never reached us.`,
      ],
      [
        'Fix',
        r`1. Check Junk Email and any inbox rules (Outlook > File > Manage Rules & Alerts) that move or delete mail.
2. Users can release spam/bulk from the quarantine notification email (sent every 4 hours) or at security.microsoft.com/quarantine.
3. Admin: Defender portal > Email & collaboration > Review > Quarantine, filter by recipient, Preview the message, check headers, then Release (tick "Report messages to Microsoft" for false positives).
4. High-confidence phish and malware cannot be released by users; a tech must confirm with the sender by phone before releasing.
5. If not in quarantine: Exchange admin center > Mail flow > Message trace. "Not found" means it never reached Microsoft 365: ask the sender for their bounce message.
6. Recurring false positives from a known partner: add the sender domain in Tenant Allow/Block Lists > Domains & addresses (allow, 30 days) and log it in IT Glue.`,
      ],
    ],
  ),
  article(
    'am-calendar-delegate-access',
    'Calendar sharing and delegate access for assistants',
    null,
    'Microsoft 365/Outlook',
    [
      [
        'Symptoms',
        r`- An assistant needs to see, book into or accept meetings on someone else's calendar.
- The assistant can see the calendar but gets "You do not have permission to create an entry in this folder".
- Meeting requests go to the manager only, or to both, and people get confused.
- The shared calendar shows old information for the assistant.`,
      ],
      [
        'Cause',
        r`The calendar was shared with "Can view" instead of "Can edit" or "Delegate", or the delegate settings do not say where meeting requests go. Old shared-calendar caching in classic Outlook.`,
      ],
      [
        'Fix',
        r`1. The calendar owner: Outlook > Calendar > Share calendar (Home > Share Calendar) > add the assistant > permission "Delegate" (or "Can edit" if they should not receive meeting requests).
2. Classic Outlook also: File > Account Settings > Delegate Access > choose where meeting requests go: "My delegates only, but send a copy of meeting requests and responses to me" is our default.
3. Private items are hidden from delegates unless "Delegate can see my private items" is ticked.
4. The assistant opens it via Calendar > Add calendar > From address book, or accepts the sharing invitation email.
5. If the assistant still sees old data: File > Options > Advanced > "Turn on shared calendar improvements" (on by default in current builds), restart Outlook.
6. Admin alternative: Add-MailboxFolderPermission -Identity boss@domain:\Calendar -User assistant@domain -AccessRights Editor -SharingPermissionFlags Delegate.`,
      ],
    ],
  ),
  article(
    'am-office-activation-licence',
    'Office apps say unlicensed product or account problem',
    null,
    'Microsoft 365/Licensing',
    [
      [
        'Symptoms',
        r`- Red bar in Word/Excel/Outlook: "Unlicensed Product" or "Product Deactivated", editing disabled.
- Yellow "Account notice: There's a problem with your account" or "Sign in to keep using your apps".
- On shared PCs, one person's sign-in kicks another off.`,
      ],
      [
        'Cause',
        r`The user's licence was removed or changed, the user already activated on 5 PCs, or a shared PC is missing shared computer activation.`,
      ],
      [
        'Fix',
        r`1. Microsoft 365 admin center > Users > Active users > user > Licenses and apps: confirm Microsoft 365 Business Premium (or F3/Apps for business as per contract) is assigned with Microsoft 365 Apps switched on.
2. If at the install limit: the user signs in at myaccount.microsoft.com > Office apps > Devices and signs out of old PCs.
3. In the app: File > Account > Sign out, close all Office apps, open Word and sign in again.
4. Shared PCs (reception, exam rooms, plant lunchroom): assign the Intune configuration profile "Office - Shared Computer Activation" and reinstall Microsoft 365 Apps.
5. Still stuck: run Microsoft Support and Recovery Assistant (SaRA) > Office > "I've installed a subscription version of Office, but I can't activate it", or clear %localappdata%\Microsoft\Office\16.0\Licensing.`,
      ],
    ],
  ),

  // ---------------------------------------------------------------- Identity
  article('am-mfa-new-phone', 'MFA: new or lost phone, Authenticator not working', null, 'Identity/MFA', [
    [
      'Symptoms',
      r`- User replaced or lost their phone; Microsoft Authenticator is empty or the old phone is gone.
- "Approve sign-in request" notifications no longer arrive, or the number shown does not appear on the phone.
- Codes in Authenticator are rejected.`,
    ],
    [
      'Cause',
      r`Authenticator registrations are tied to the phone. Restoring a phone from backup does not move work accounts reliably; the method must be re-registered.`,
    ],
    [
      'Fix',
      r`1. Verify identity before anything: call the user back on the number in HaloPSA, or get confirmation from the client's authorized contact. Never reset MFA on an inbound email alone.
2. Entra admin center > Users > user > Authentication methods: delete the old Microsoft Authenticator and phone entries (or "Require re-register multifactor authentication").
3. Issue a Temporary Access Pass (Authentication methods > Add authentication method > Temporary Access Pass, one-time use, 1 hour) and read it to the user over the phone.
4. The user goes to mysignins.microsoft.com/security-info on a computer, signs in with the TAP and adds Microsoft Authenticator by scanning the QR code with the new phone.
5. Notifications not arriving on a working registration: phone date/time automatic, notifications allowed for Authenticator, Android battery optimization off for the app; open the app and pull down to refresh.
6. Lost phone: also revoke sessions (Users > user > Revoke sessions). If the phone had VPN access, re-activate AuthPoint too (VPN article).`,
    ],
  ]),
  article(
    'am-password-locked-reset',
    'Forgotten password, locked account and laptop still using the old password',
    null,
    'Identity/Passwords',
    [
      [
        'Symptoms',
        r`- "Your account has been locked" / AADSTS50053 after too many attempts.
- User forgot their password (often after holidays).
- Password changed on the web but the laptop login only accepts the old one.`,
      ],
      [
        'Cause',
        r`Entra smart lockout locks for 60 s and longer after repeated failures. Entra-joined laptops cache the last password used for offline sign-in and learn the new one only once they are online.`,
      ],
      [
        'Fix',
        r`1. Users are registered for self-service reset: send them to aka.ms/sspr (or "Forgot my password" on the sign-in page) from any device. It uses their Authenticator or phone number.
2. If SSPR is not possible: verify identity by call-back, then Microsoft 365 admin center > Users > Reset password, "Require this user to change their password when they first sign in". Give it verbally, never by email.
3. Lockout clears by itself; a reset also clears it. Repeated lockouts with no user attempts: check Entra sign-in logs for failures from unknown IPs (password spray) and escalate.
4. Laptop still wants the old password: connect the laptop to the internet (office Wi-Fi or phone hotspot at the sign-in screen via the network icon), sign in with the old password once, then lock (Win+L) and unlock with the new one. If the user does not know the old one, use "Other user" with the new password while online.
5. Policy: 14+ characters, passphrases welcome, no forced expiry.`,
      ],
    ],
  ),
  article(
    'am-conditional-access-blocked',
    'Blocked by Conditional Access: travel and non-compliant device',
    null,
    'Identity/Conditional Access',
    [
      [
        'Symptoms',
        r`- "You can't get there from here" / "This application contains sensitive information and can only be accessed from devices or client applications that meet management compliance policy".
- AADSTS53000 (device not compliant), AADSTS53003 (blocked by Conditional Access), AADSTS50097 (device authentication required).
- User is travelling outside Canada and the United States and cannot sign in anywhere.`,
      ],
      [
        'Cause',
        r`Our standard policies: CA01 block sign-ins outside Canada and the US; CA02 require a compliant or Entra-joined device for Office desktop apps and SharePoint on Windows; CA03 require approved apps (Outlook, Teams) on phones.`,
      ],
      [
        'Fix',
        r`1. Get the Correlation ID and time from the error "More details" and find it in Entra admin center > Sign-in logs > Conditional Access tab to see which policy failed.
2. Travel: add the user to the group "CA-Travel-Exception" with an end date (Entra > Groups > member, use Access reviews or a dated reminder in HaloPSA). Needs approval from the client's owner. Best done before the trip; ask the traveller for dates and countries.
3. Device not compliant: see the Intune compliance article; the device must show Compliant in Intune before 53000 clears (user may need to sign out and in).
4. Personal computer: desktop Office is blocked by design; use the browser versions.
5. Do not disable a policy for one user; use the documented exception groups only.`,
      ],
    ],
  ),
  article(
    'am-keeper-password-manager',
    'Keeper: locked out, new device approval and shared folders',
    null,
    'Identity/Keeper',
    [
      [
        'Symptoms',
        r`- User forgot their Keeper master password.
- Keeper on a new computer or phone says "Device approval required" / waits for approval.
- A shared folder (alarm codes, vendor portals, Wi-Fi) that colleagues see is missing from the user's vault.`,
      ],
      [
        'Cause',
        r`Keeper uses SSO through Entra (Keeper SSO Connect Cloud) for most clients; new devices need an admin or the user's existing device to approve. Shared folders are shared to Keeper teams, which are mapped from Entra groups.`,
      ],
      [
        'Fix',
        r`1. Device approval: the user can approve from an already signed-in device ("Keeper Push"). Otherwise: Keeper Admin Console > Admin > Approval Queue (or Admin > Users > user) > Approve device. Verify the request came from the user by phone.
2. Forgotten master password (non-SSO accounts): the user chooses "Forgot password" and answers with their account recovery phrase. If they have lost that too, an admin with Account Transfer rights can transfer the vault to a new account; the client owner must approve.
3. Missing shared folder: Admin Console > Teams: check the user is in the right team (e.g. "VET-Reception"). If teams sync from Entra, add the user to the Entra group and wait for the SCIM sync (up to 40 min). Then the user logs out and back in to Keeper.
4. Never send a master password or recovery phrase by email or ticket.`,
      ],
    ],
  ),

  // ---------------------------------------------------------------- Endpoints
  article(
    'am-autopilot-enrolment',
    'New laptop setup with Autopilot fails or hangs',
    null,
    'Endpoints/Intune',
    [
      [
        'Symptoms',
        r`- New or reset Windows 11 laptop at the out-of-box screens shows "Something went wrong" with 80180014 or 801c03ed.
- Enrollment Status Page stuck at "Device setup - Identifying apps (0 of 6)" or "Apps (2 of 7)", then times out with 0x800705b4.
- The laptop does not show the client's company branding at sign-in.`,
      ],
      [
        'Cause',
        r`80180014: the Intune device record was deleted or the device is blocked from personal enrollment; the Autopilot record must be re-imported. 801c03ed: the Autopilot device object in Entra was deleted. Missing branding: hardware hash not registered to the tenant. ESP timeout: a required app failed to install.`,
      ],
      [
        'Fix',
        r`1. Check Intune > Devices > Windows > Enrollment > Devices (Windows Autopilot devices) for the serial number and the correct group tag (VET, SEA, CPA).
2. Not there: new machines come pre-registered by the reseller; if not, Shift+F10 at OOBE > powershell > Install-Script Get-WindowsAutopilotInfo; Get-WindowsAutopilotInfo -Online -GroupTag CPA.
3. 80180014: delete the stale device under Intune > Devices > All devices, then re-import or remove and re-add the Autopilot record; wait for the profile status "Assigned"; reset the laptop.
4. ESP timeout: Shift+F10 > mdmdiagnosticstool.exe -area Autopilot -cab c:\temp\ap.cab; check which app failed in Intune > Apps > the app > Device install status. Fix or unassign the app, then Retry.
5. Record the device in IT Glue (configuration) and NinjaOne once the desktop appears.`,
      ],
    ],
  ),
  article(
    'am-intune-noncompliant',
    'Device not compliant in Intune / Company Portal',
    null,
    'Endpoints/Intune',
    [
      [
        'Symptoms',
        r`- Company Portal shows the device with "Not compliant" / "Unable to access company resources".
- User is blocked from SharePoint or desktop Office (AADSTS53000) while the browser at home works.
- Email from Intune: "Action required: your device doesn't meet compliance".`,
      ],
      [
        'Cause',
        r`Our Windows compliance policy requires BitLocker, Secure Boot, a firewall, a minimum Windows build (currently 23H2), and a device check-in in the last 7 days. Grace period is 24 h.`,
      ],
      [
        'Fix',
        r`1. Company Portal > Devices > this device > Check status: it lists the failing setting.
2. Force a check-in: Settings > Accounts > Access work or school > the work account > Info > Sync; or in Intune > Devices > device > Sync.
3. BitLocker off: usually after a motherboard repair. Check manage-bde -status; the Intune BitLocker policy re-enables it silently, or run it from NinjaOne.
4. OS version: install the pending feature update (see Windows Update article).
5. Device shows "Not evaluated" or old check-in: restart the Intune Management Extension service and sync again.
6. After it turns compliant, compliance can take up to 30 minutes to reach Conditional Access; sign out of Office and back in.`,
      ],
    ],
  ),
  article('am-bitlocker-recovery', 'BitLocker recovery key screen at startup', null, 'Endpoints/Security', [
    [
      'Symptoms',
      r`Blue screen at power-on: "BitLocker recovery - Enter the recovery key for this drive" / "Enter the recovery key to get going again (Keyboard layout: English)", with a Recovery key ID.`,
    ],
    [
      'Cause',
      r`The TPM saw a change: BIOS/firmware update, a new dock at boot with a Thunderbolt change, Secure Boot change, TPM cleared, or the disk moved to another machine.`,
    ],
    [
      'Fix',
      r`1. Verify identity (call-back). Ask the user for the first 8 characters of the Recovery key ID on screen.
2. Find the key: Intune > Devices > device > Recovery keys, or Entra admin center > Devices > BitLocker keys (search by key ID). Match the ID.
3. Read the 48-digit key to the user in groups of six. They can use the number row.
4. After login, Intune rotates the key automatically (key rotation policy).
5. If it keeps happening after each restart: suspend and resume protection (manage-bde -protectors -disable C: -rebootcount 1, restart, then it resumes) and update BIOS with Dell Command Update / Lenovo Vantage.
6. Before sending a laptop for repair or applying BIOS updates from NinjaOne, suspend BitLocker for one reboot.
7. No key found: data cannot be recovered; restore from OneDrive after a reset.`,
    ],
  ]),
  article(
    'am-windows-update-failures',
    'Windows Update fails, undoing changes or stuck',
    null,
    'Endpoints/Patching',
    [
      [
        'Symptoms',
        r`- Every restart: "We couldn't complete the updates. Undoing changes" or "Something didn't go as planned".
- Update errors 0x800f0922, 0x80070002, 0x800f081f, 0x8024a105 in Settings > Windows Update or NinjaOne patch reports.
- Update stuck at a percentage for hours.`,
      ],
      [
        'Cause',
        r`Not enough free disk space (especially the 100 MB EFI/ recovery partition for 0x800f0922), damaged component store, a corrupted SoftwareDistribution cache, or a VPN/firewall interrupting downloads.`,
      ],
      [
        'Fix',
        r`1. Free space: at least 20 GB on C:. Run Storage Sense, clear %temp%, free up OneDrive space.
2. Reset the update cache (admin PowerShell or NinjaOne script "Reset Windows Update"): net stop wuauserv; net stop bits; rename C:\Windows\SoftwareDistribution to .old; net start bits; net start wuauserv.
3. Repair: DISM /Online /Cleanup-Image /RestoreHealth then sfc /scannow. 0x800f081f means DISM needs a source; use the NinjaOne script which points at Windows Update.
4. Retry from Settings > Windows Update.
5. Our update rings in Intune: "Pilot" (Harbourlight staff, no deferral), "Broad" (clients, 7-day quality deferral, 2-day deadline then forced restart out of hours). Feature updates to 24H2 come from the Feature update profile, not the ring.
6. If one KB still fails on one machine, pause updates on that device for 7 days in NinjaOne and escalate.`,
      ],
    ],
  ),
  article(
    'am-software-install-request',
    'Installing software and admin password prompts',
    null,
    'Endpoints/Software',
    [
      [
        'Symptoms',
        r`- Installing an app shows a User Account Control prompt asking for an administrator user name and password.
- User wants an application that is not in Company Portal (Zoom, Acrobat Pro, a client's portal plug-in).`,
      ],
      [
        'Cause',
        r`Users are standard users on all managed PCs by policy. Approved apps are published in Company Portal.`,
      ],
      [
        'Fix',
        r`1. First look in Company Portal (Start > Company Portal > Apps). Common apps there: Adobe Acrobat Reader, Zoom Workplace, Google Chrome, 7-Zip, Jabra Direct, client line-of-business apps.
2. Paid software (Acrobat Pro, Visio, Project): needs the client's approval for the licence; Acrobat Pro licences are assigned in the Adobe Admin Console, after which the user signs in to the already-installed Acrobat.
3. One-off installs: a tech connects with NinjaOne remote control and elevates with the device's Windows LAPS password (Intune > Devices > device > Local admin password). Never give the LAPS password to the user. It rotates after use.
4. Recurring need: package as a Win32 app in Intune and publish to the client's group as "Available".
5. Browser extensions: only from the allowed list in the Edge/Chrome policy; request additions by ticket.`,
      ],
    ],
  ),
  article('am-slow-computer', 'Slow computer triage', null, 'Endpoints/Performance', [
    [
      'Symptoms',
      r`- Slow to start (several minutes), apps freeze, fan constantly loud.
- "Your PC is low on storage" / disk at 100% in Task Manager.`,
    ],
    [
      'Cause',
      r`Low disk space, too many startup apps, not enough RAM (8 GB laptops with Teams, Outlook and many browser tabs), a pending update, or a failing drive.`,
    ],
    [
      'Fix',
      r`1. NinjaOne > device > Performance: check CPU, RAM, disk usage and uptime. Uptime over 14 days: restart first.
2. Disk space: Settings > System > Storage > Cleanup recommendations; OneDrive > right-click folders > "Free up space"; empty Downloads with the user's OK.
3. Task Manager > Startup apps: disable non-essential ones.
4. Check Windows Update is not mid-install (see Windows Update article).
5. Check disk health in NinjaOne (SMART status) and Dell SupportAssist / Lenovo Vantage diagnostics.
6. Memory consistently above 85%: recommend a RAM upgrade or replacement; quote via the account manager.`,
    ],
  ]),
  article(
    'am-dock-external-monitors',
    'Docking station: external monitors black or not detected',
    null,
    'Endpoints/Hardware',
    [
      [
        'Symptoms',
        r`- Laptop screen works but one or both monitors on the dock stay black / "No signal".
- Monitors swap positions or only mirror.
- Dell WD19S / WD22TB4, Lenovo ThinkPad Universal USB-C Dock, or older Lenovo USB 3.0 (DisplayLink) docks.`,
      ],
      [
        'Cause',
        r`Dock firmware out of date, dock stuck after a power cut, missing DisplayLink driver on USB-A docks, wrong input on the monitor, or the laptop's USB-C port does not carry video.`,
      ],
      [
        'Fix',
        r`1. Unplug the dock's power for 30 seconds, reconnect, then connect the laptop.
2. Win+P > Extend. Settings > System > Display > Multiple displays > Detect.
3. Check the monitor's input (DisplayPort vs HDMI) with its menu buttons, and try the cable in the other dock port.
4. Update dock firmware: Dell Command Update (Dell docks) or Lenovo Vantage / Lenovo Dock Manager. Also update the laptop's graphics driver.
5. DisplayLink docks: install DisplayLink Manager from Company Portal.
6. Laptop lid closed: Control Panel > Power Options > "Choose what closing the lid does" > Do nothing when plugged in.
7. Dell laptops: use the Thunderbolt/USB-C port with the lightning or DisplayPort symbol.`,
      ],
    ],
  ),

  // ---------------------------------------------------------------- Network
  article('am-vpn-watchguard-ssl', 'WatchGuard Mobile VPN with SSL will not connect', null, 'Network/VPN', [
    [
      'Symptoms',
      r`- WatchGuard Mobile VPN with SSL client shows "Authentication failed", "Could not connect to the server" or "Download configuration failed".
- The AuthPoint push does not arrive or times out.
- Connects, but internal servers and drives are unreachable.`,
    ],
    [
      'Cause',
      r`VPN sign-in uses the Entra username/password plus an AuthPoint push (a separate app from Microsoft Authenticator). Failures are usually: password changed and typed wrong, AuthPoint token not activated on a new phone, an old VPN client after a Firebox upgrade, hotel or guest Wi-Fi blocking TCP 443 to the Firebox, or the captive portal not accepted yet.`,
    ],
    [
      'Fix',
      r`1. Username format: first.last (no domain) unless the client notes say otherwise.
2. AuthPoint: the push must be approved within 60 s. New phone: AuthPoint management UI (WatchGuard Cloud) > Users > user > Resend activation email; the user scans the QR with the AuthPoint app.
3. Client version: download the matching client from https://<firebox public IP>:443/sslvpn.html (listed in IT Glue) or from Company Portal; uninstall the old one first.
4. Hotels: open a browser and accept the Wi-Fi terms first; if still blocked, try a phone hotspot.
5. Connected but no access: check that the client received a 192.168.113.x address; ping the server by IP. Name fails but IP works: DNS suffix issue, reconnect. Mapped drives need reconnecting after VPN is up (see mapped drives article).
6. Check Firebox > Dashboard > Mobile VPN and Traffic Monitor for the user's attempts and the reason.`,
    ],
  ]),
  article('am-wifi-unifi', 'Office Wi-Fi: cannot connect, drops, guest access', null, 'Network/Wi-Fi', [
    [
      'Symptoms',
      r`- Laptop "Can't connect to this network" to the staff SSID while phones connect.
- Wi-Fi drops when walking between rooms, Teams calls cut out.
- Connected but "No internet".
- Visitors need Wi-Fi.`,
    ],
    [
      'Cause',
      r`Staff SSID (<CLIENT>-Staff, WPA2/WPA3 personal) is pushed to laptops by an Intune Wi-Fi profile; a stale saved profile after a password rotation breaks it. Drops: weak coverage, an access point offline, or old Intel Wi-Fi drivers. Guests use <CLIENT>-Guest, isolated, with vouchers.`,
    ],
    [
      'Fix',
      r`1. Forget the network (Settings > Network & internet > Wi-Fi > Manage known networks), then sync the device in Company Portal so the Intune profile reapplies.
2. UniFi Site Manager (unifi.ui.com) > client site > Clients: find the laptop; check signal (RSSI worse than -70 dBm is weak) and which AP it is on. Devices tab: any AP offline or "Disconnected"? Power-cycle it at the PoE switch port.
3. Update Wi-Fi drivers (Intel AX201/AX211) with Dell Command Update / Lenovo Vantage.
4. "No internet" on all devices: see the internet outage article.
5. Guest access: UniFi > Hotspot Manager > Vouchers > Create voucher (1 day, 1 use); give the code to the visitor. Client office managers have a Hotspot Operator login for this in Keeper.
6. Persistent dead zones: schedule a site survey.`,
    ],
  ]),
  article('am-site-internet-outage', 'Whole site has no internet', null, 'Network/Internet', [
    [
      'Symptoms',
      r`- Everyone at a site lost internet, email and Teams; hosted phones show "No service".
- NinjaOne alert: all devices at a site offline; WatchGuard Cloud shows the Firebox disconnected.`,
    ],
    [
      'Cause',
      r`ISP outage (Eastlink or Bell Aliant), ISP modem/ONT hung, power outage, or the Firebox itself failed.`,
    ],
    [
      'Fix',
      r`1. Check the ISP status pages and the Eastlink / Bell Aliant business outage lines (numbers and circuit IDs are in IT Glue > client > Internet).
2. Ask someone on site: are the modem/ONT lights normal? Is the Firebox power light on? Any power outage in the area (Nova Scotia Power outage map)?
3. Reboot in order: ISP modem/ONT, wait 2 minutes, then the Firebox, then the switch only if needed.
4. Sites with a backup connection (LTE or Starlink) should fail over automatically via Firebox multi-WAN; check Firebox > Dashboard > Interfaces that the backup WAN is active.
5. Open a ticket with the ISP with the circuit ID; log the ticket number in HaloPSA.
6. Tell the client's main contact the status and that the hosted phone system can forward the main number to a mobile from the 3CX admin console while the site is down.`,
    ],
  ]),
  article('am-webblocker-unblock', 'Website blocked by the firewall (WebBlocker)', null, 'Network/Security', [
    [
      'Symptoms',
      r`Browser shows a WatchGuard page: "Access denied - WebBlocker: the page is in a denied category" (or "uncategorized"), or the site simply times out on the office network but works on a phone.`,
    ],
    [
      'Cause',
      r`WebBlocker on the Firebox blocks categories (adult, gambling, malware, newly registered domains, uncategorized) for each client. Legitimate sites are sometimes miscategorized, especially small supplier or course sites.`,
    ],
    [
      'Fix',
      r`1. Get the exact URL and a screenshot of the deny page (it shows the category).
2. Check the site: VirusTotal and URL categorization lookup; if risky, refuse and explain.
3. If legitimate: Fireware Web UI (or WatchGuard Cloud for cloud-managed boxes) > Subscription Services > WebBlocker > the client's action > Exceptions > add the domain pattern (*.example.com) as Allow. Save/deploy.
4. Ask the user to close and reopen the browser; test.
5. Submit a recategorization request to WatchGuard for miscategorized sites and note the exception in IT Glue with the requester's name and date.`,
    ],
  ]),
  article('am-mapped-drives', 'Mapped network drives missing or red X', null, 'Network/File shares', [
    [
      'Symptoms',
      r`- S: / P: drives missing from This PC, or shown with a red X.
- At login: "An error occurred while reconnecting S: to \\SERVER\Shared. Microsoft Windows Network: The network path was not found."
- Drives work in the office but not from home.`,
    ],
    [
      'Cause',
      r`Drives are mapped by an Intune PowerShell script at sign-in, based on Entra group membership. If the PC was not on the office network or VPN at sign-in, the mapping fails. A missing group membership means that drive is never mapped.`,
    ],
    [
      'Fix',
      r`1. Away from the office: connect the VPN first, then double-click "Reconnect drives" on the desktop (runs the same script).
2. In the office: check the server is up (NinjaOne) and ping it by name.
3. Manual test: net use S: \\SERVER\Shared /persistent:yes (server names in IT Glue per client).
4. Drive never appears: check the user is in the right group (e.g. "SEA-Share-Accounting") in Entra; after adding, the user signs out and in.
5. Red X but drive opens when clicked: cosmetic; Windows reconnects on first use.`,
    ],
  ]),

  // ---------------------------------------------------------------- Printing
  article('am-printer-offline-queue', 'Printer offline or jobs stuck in the queue', null, 'Printing', [
    [
      'Symptoms',
      r`- Printer shows "Offline" on one or more PCs.
- Jobs sit in the queue with "Error - Printing" or "Printing" and nothing comes out.
- Some users can print and others cannot.`,
    ],
    [
      'Cause',
      r`Printer asleep or lost its IP, print spooler stuck on the PC, or the printer was added with a WSD port that breaks when the printer's address changes. Printers are deployed from Company Portal with Standard TCP/IP ports and DHCP reservations.`,
    ],
    [
      'Fix',
      r`1. At the printer: is it on, no error on the panel, connected to network? Print a configuration page to see its IP.
2. On the PC: Settings > Bluetooth & devices > Printers & scanners > printer > Open print queue > Printer > Cancel all documents.
3. Restart the spooler: services.msc > Print Spooler > Restart (or the NinjaOne script "Clear print spooler", which also empties C:\Windows\System32\spool\PRINTERS).
4. If only one PC fails and the port is WSD: Printer properties > Ports > add a Standard TCP/IP port with the printer IP, or remove the printer and install it again from Company Portal ("Canon iR-ADV - Reception" style names).
5. All PCs fail: check the printer's IP matches the reservation in the UniFi/Firebox DHCP settings; power-cycle the printer.`,
    ],
  ]),
  article('am-canon-scan-to-email', 'Canon copier scan to email fails', null, 'Printing/Scanning', [
    [
      'Symptoms',
      r`- Scan to email from a Canon imageRUNNER ADVANCE fails; Job Status > Send > Log shows an error:
  - #801: timeout / error communicating with the SMTP server.
  - #751: the server cannot be reached.
  - #752: SMTP server name wrong or not resolvable.
  - #755: TCP/IP not working on the copier.
- Scans stopped after an internet change, ISP visit or firewall work.`,
    ],
    [
      'Cause',
      r`Copiers send through Microsoft 365 direct send/relay: SMTP server <domain>.mail.protection.outlook.com, port 25, with an inbound connector in Exchange that trusts the site's static public IP. If the ISP changed the public IP, Microsoft rejects the relay. DNS on the copier pointing at an old server causes #752.`,
    ],
    [
      'Fix',
      r`1. Check the site's current public IP (Firebox dashboard, or whatismyip from a PC at the site).
2. Exchange admin center > Mail flow > Connectors > "Copier relay - <site>": update the sender IP address. Takes about 15 minutes.
3. Copier Remote UI (browse to the copier IP, log in as System Manager; password in Keeper) > Settings/Registration > Send > E-Mail/I-Fax Settings: SMTP server and port as above, "Use SSL/TLS" off for port 25 relay. Sender address: scanner@<domain>.
4. #752 / #755: Settings/Registration > Network > TCP/IP Settings > DNS: use the Firebox IP or 1.1.1.1; check gateway.
5. Large scans: lower resolution to 200 dpi; Microsoft rejects messages over 35 MB.
6. Adding recipients: Remote UI > Address Book > Address List 01 > Register New Destination > E-Mail.`,
    ],
  ]),
  article('am-copier-service-toner', 'Copier toner, paper jams and service calls', null, 'Printing', [
    [
      'Symptoms',
      r`- Copier panel: "Call service representative" with an E-code (E000, E602, E747...).
- Toner low / "Replace toner cartridge".
- Repeated paper jams in the same drawer, streaks on copies.`,
    ],
    [
      'Cause',
      r`Copiers are leased and maintained by the dealer, Maritime Office Solutions. Harbourlight handles network, drivers and scanning setup; hardware faults, supplies and meter reads are the dealer's.`,
    ],
    [
      'Fix',
      r`1. Toner: most Canon units auto-order through Canon eMaintenance and the dealer ships toner to the site. If nothing arrived, call Maritime Office Solutions service (902-555-0188) with the copier serial number (sticker on the front, also in IT Glue).
2. E-codes: switch the copier off with the main power switch, wait 10 seconds, switch on. If the code returns, call the dealer with the code; do not open service panels.
3. Jams: follow the animated jam steps on screen; fan paper, check the drawer guides, do not use paper stored in damp areas.
4. Streaks: clean the feeder scanning glass strip on the left of the glass with a dry cloth.
5. Log the dealer's call reference in the HaloPSA ticket.`,
    ],
  ]),

  // ---------------------------------------------------------------- Security
  article(
    'am-phishing-clicked-link',
    'User clicked a phishing link, entered credentials or opened an attachment',
    null,
    'Security/Incidents',
    [
      [
        'Symptoms',
        r`- User reports clicking a link in an email (fake Microsoft sign-in, DocuSign, shared OneDrive file, voicemail notice) and possibly typing their password.
- Contacts report receiving odd emails "from" the user; the user's Sent Items show mail they did not send.
- User opened an attachment that did nothing or asked to "enable content".`,
      ],
      [
        'Cause',
        r`Credential phishing, often with an adversary-in-the-middle kit that steals the session token, so MFA alone does not stop it.`,
      ],
      [
        'Fix',
        r`Act immediately, treat as P1:
1. Reset the password (Microsoft 365 admin center) and revoke sessions (Entra > Users > user > Revoke sessions).
2. Entra > user > Authentication methods: remove any method the user did not add (attackers add their own Authenticator).
3. Check inbox rules and forwarding: Get-InboxRule -Mailbox user | fl Name,Description, plus Outlook on the web > Settings > Mail > Rules and Forwarding. Delete rules that move, delete or forward mail (names like "." or "..").
4. Check Sent Items and Entra sign-in logs for foreign IPs; if phishing was sent out, warn the client's contacts and block the sender in Tenant Allow/Block.
5. Attachment opened: run a SentinelOne full scan on the device and check the console for alerts.
6. Remove the phish from all mailboxes: Defender > Explorer > find by sender/subject > Take action > Move to quarantine / soft delete.
7. Tell the user they did the right thing by reporting. Users report suspicious emails with the "Report" button in Outlook.
8. Document in HaloPSA and notify the client contact; consider whether a privacy breach notification is needed.`,
      ],
    ],
  ),
  article('am-risky-signin-alert', 'Risky sign-in and impossible travel alerts', null, 'Security/Alerts', [
    [
      'Symptoms',
      r`Alert emails forwarded to the helpdesk:
- Entra ID Protection: "Risky sign-in detected" / "User at risk detected" (atypical travel, unfamiliar sign-in properties, anonymous IP, password spray).
- Defender: "Impossible travel activity", "Suspicious inbox forwarding rule", "Activity from infrequent country".`,
    ],
    [
      'Cause',
      r`Either the real user on a VPN, a hotel, a new phone network, or an attacker using stolen credentials or a stolen session.`,
    ],
    [
      'Fix',
      r`1. Entra admin center > Protection > Identity Protection > Risky sign-ins: open the sign-in, note IP, location, app, device, and whether MFA was satisfied.
2. Compare with the user's normal sign-ins. Mobile carriers and Starlink often geolocate to other provinces or the US; that is common noise.
3. Call the user (number on file, not from the email): are they travelling or using a VPN?
4. Confirmed legitimate: Risky users > Confirm user safe / Dismiss user risk.
5. Not the user, or unsure: follow the phishing/compromise article (reset, revoke sessions, check MFA methods and inbox rules), then Confirm user compromised.
6. A forwarding rule alert is treated as compromise until proven otherwise.`,
    ],
  ]),
  article(
    'am-sentinelone-threat-alert',
    'SentinelOne threat alerts and false positives',
    null,
    'Security/EDR',
    [
      [
        'Symptoms',
        r`- User sees a SentinelOne pop-up "Threat detected" / "A threat was quarantined".
- Console alert: Malicious or Suspicious, status Mitigated or Not mitigated, with a Storyline.
- A business application stops working after an update because SentinelOne blocks or quarantines it.`,
      ],
      [
        'Cause',
        r`Static or behavioural detection by the SentinelOne agent. Policies are Protect mode for malicious (kill and quarantine) and Detect for suspicious.`,
      ],
      [
        'Fix',
        r`1. SentinelOne console > Incidents > the threat: read the Storyline (parent process, command line, file path, signer).
2. Not mitigated or the behaviour looks like hands-on-keyboard (PowerShell downloading, credential dumping): Actions > Disconnect from network immediately, call the user, escalate to the senior tech. Consider Rollback (uses VSS) for ransomware behaviour.
3. Mitigated, user clicked a known-bad download: confirm quarantine, run Full Disk Scan, set analyst verdict True positive, resolve.
4. False positive on a line-of-business app: confirm with the vendor or hash on VirusTotal; then Mark as threat > False positive and add an exclusion by SHA1 hash (not by folder) scoped to the client's site. Restore the file from quarantine. Note the exclusion in IT Glue.
5. Never uninstall the agent to make an app work.`,
      ],
    ],
  ),
  article(
    'am-payment-fraud-verification',
    'Payment change requests and gift card scams',
    null,
    'Security/Fraud',
    [
      [
        'Symptoms',
        r`- Email from a supplier or customer saying their banking details changed, with a new void cheque or account for the next payment.
- Email or text that looks like it is from the owner/partner asking an employee to buy gift cards or make an urgent wire transfer.`,
      ],
      [
        'Cause',
        r`Business email compromise: either the other company's mailbox is compromised, or a look-alike domain (fundytlde.ca, m0rrisonchiasson.com) is used.`,
      ],
      [
        'Fix',
        r`1. Do not reply to the email or call numbers in it. Call the supplier on the number already on file and confirm any banking change.
2. The owner will never ask for gift cards by email or text; confirm in person or by calling their known number.
3. Forward the email to the helpdesk as an attachment; we check the headers and look-alike domains and block the sender domain in Tenant Allow/Block Lists.
4. If money already went out: call the bank right away to recall the transfer, report to the Canadian Anti-Fraud Centre (1-888-495-8501) and Halifax Regional Police / RCMP, and have us check the client's own mailboxes for compromise (phishing article).
5. Recommend the client keep a written call-back procedure for payment changes.`,
      ],
    ],
  ),

  // ---------------------------------------------------------------- Backup / restore
  article(
    'am-restore-files-m365',
    'Restore deleted or overwritten files in OneDrive, SharePoint or Teams',
    null,
    'Backup/Restore',
    [
      [
        'Symptoms',
        r`- A file or folder was deleted from OneDrive, a SharePoint library or a Teams channel's Files.
- A file was overwritten or saved over and the user needs an earlier version.
- Many files were renamed or encrypted (possible ransomware).`,
      ],
      [
        'Cause',
        r`User action or sync. Microsoft keeps deleted items 93 days (site recycle bin then second-stage), and version history of every save. Acronis Cyber Protect Cloud backs up all OneDrive and SharePoint data daily for 1 year.`,
      ],
      [
        'Fix',
        r`1. Overwritten file: in the browser, right-click the file > Version history > Restore the version from the wanted date. Desktop Office: File > Info > Version History.
2. Deleted in OneDrive: onedrive.com > Recycle bin > Restore. Deleted in SharePoint/Teams: the site > Recycle bin (gear icon > Site contents > Recycle bin); check "Second-stage recycle bin" at the bottom too.
3. Mass deletion or encryption: OneDrive > Settings > Restore your OneDrive (or Site settings > Restore this library) to a point in the last 30 days. Stop the sync client first.
4. Older than 93 days or purged: Acronis console > Devices > Microsoft 365 > the organization > Users/Sites > the item > Recovery > pick the recovery point > browse to the file > Recover to the original location (or download). Note: do not overwrite newer files; recover as a copy.
5. Files from a departed user's OneDrive: see offboarding (manager access) or Acronis if the account is already gone.`,
      ],
    ],
  ),
  article('am-restore-deleted-email', 'Recover deleted emails and mailboxes', null, 'Backup/Restore', [
    [
      'Symptoms',
      r`- User deleted emails and emptied Deleted Items.
- Need mail from a mailbox that no longer exists (departed employee, legal or HR request).`,
    ],
    [
      'Cause',
      r`Exchange keeps items removed from Deleted Items for 30 days (we set the retention to 30 days). Beyond that, Acronis backs up every mailbox daily with 1-year retention (7 years for the accounting client).`,
    ],
    [
      'Fix',
      r`1. Under 30 days: Outlook > Deleted Items > "Recover items recently removed from this folder" (Outlook on the web: Deleted Items > Recover items deleted from this folder). Select and Restore.
2. Older: Acronis console > Devices > Microsoft 365 > Users > user > Mailbox > Recovery > choose a date > browse > Recover > to the original mailbox (a folder "Recovered items") or to a different user's mailbox; or download as PST for legal requests.
3. Departed user whose licence was removed more than 30 days ago: only the Acronis backup remains. Recover to a shared mailbox created for the purpose, or export to PST, and ask the client who may see it (manager or HR, written approval).
4. Search across mailboxes for legal requests (eDiscovery): Purview > Content search; needs client written approval and is billed as a project.`,
    ],
  ]),
  article(
    'am-acronis-backup-failed',
    'Acronis backup failed or did not start alerts',
    null,
    'Backup/Monitoring',
    [
      [
        'Symptoms',
        r`Alert emails from Acronis Cyber Protect Cloud:
- "Backup failed" (often with VSS errors such as 0x8004230f, 0x80042306, "Failed to create volume snapshot").
- "Backup did not start" / "Agent is offline" / "The last backup is older than 2 days".
- "Not enough space in the backup location" for the local NAS copy.`,
      ],
      [
        'Cause',
        r`Servers back up nightly to Acronis Cloud storage and to a local Synology NAS. Failures: VSS writers stuck (often SQL or after updates), agent service stopped or machine off, NAS full or offline, expired agent credentials after a server rename.`,
      ],
      [
        'Fix',
        r`1. Acronis console > Monitoring > Alerts, open the alert and the activity log for the exact error.
2. VSS: on the server, vssadmin list writers; any writer in a failed state: restart its service (e.g. SQL Server VSS Writer, Volume Shadow Copy) after hours, or reboot in the maintenance window. vssadmin list shadowstorage: increase the limit if full.
3. Agent offline: check the server is up in NinjaOne; restart services "Acronis Managed Machine Service" and "Acronis Agent Core Service". Re-register the agent if it was renamed.
4. Local NAS full: Synology DSM > Storage Manager; run the plan's cleanup (retention) manually; never delete folders by hand.
5. Run the backup manually (Devices > machine > Run now) and confirm success before closing the alert.
6. Any server without a successful backup for 3 days is escalated to the service manager.`,
      ],
    ],
  ),

  // ---------------------------------------------------------------- People
  article('am-onboarding-new-user', 'New employee onboarding', null, 'People/Onboarding', [
    ['Symptoms', r`Client requests a new account for a new hire (new starter, new staff member).`],
    [
      'Cause',
      r`Requests must come from an authorized contact, ideally through the HaloPSA "New user" form, at least 3 business days before the start date so a laptop can be shipped.`,
    ],
    [
      'Fix',
      r`1. Collect: legal and preferred name, job title, department, start date, manager, which shared mailboxes, Teams and line-of-business apps, phone extension needed, laptop or existing device.
2. Microsoft 365 admin center > Users > Add a user: first.last@domain, Microsoft 365 Business Premium, usage location Canada. Department and job title fill dynamic groups (drive maps, Wi-Fi, Keeper teams).
3. Add to shared mailboxes (shared mailbox article), distribution lists and the right Teams.
4. Device: assign a laptop from stock with the client's Autopilot group tag, or order via the reseller (5-7 business days). Record it in IT Glue.
5. Keeper: invite from the Admin Console or let SCIM create the account; 3CX: create or reassign an extension and provision a Yealink if needed; AuthPoint if the user needs VPN.
6. Line-of-business apps: follow the client runbook (Cornerstone user, TaxCycle licence, Sage 300 user, etc.).
7. Day one: call the new user, issue a Temporary Access Pass so they set up Authenticator, walk through sign-in and Company Portal.`,
    ],
  ]),
  article('am-offboarding-user', 'Employee departure and offboarding', null, 'People/Offboarding', [
    ['Symptoms', r`Client tells us an employee is leaving or has been let go.`],
    ['Cause', r`Access must be removed on time while keeping the mail and files the client needs.`],
    [
      'Fix',
      r`For terminations do steps 1-3 immediately when the authorized contact calls.
1. Entra / M365 admin: Block sign-in, reset the password, Revoke sessions, delete MFA methods.
2. Disable VPN (remove from SSLVPN group, AuthPoint user), remove from Keeper (Admin Console > user > Lock, then Account Transfer of the vault to the manager).
3. Intune: if company laptop is not returned, Wipe; if returned, Autopilot Reset and put back in stock.
4. Mail: convert the mailbox to a shared mailbox (Users > user > Mail > Convert to shared mailbox), give the manager Full Access, and/or set an auto-reply and forwarding as agreed. Then remove the licence.
5. OneDrive: Users > user > OneDrive > "Create link to files" for the manager. OneDrive retention after deletion is set to 365 days.
6. Phones: reassign or delete the 3CX extension; forward the DID to the agreed person.
7. Remove from distribution lists and the client's line-of-business apps per the client runbook.
8. Document the date and what was done in HaloPSA; adjust the user count on the client's agreement.`,
    ],
  ]),
  article(
    'am-name-change',
    'Employee name change (email address and display name)',
    null,
    'People/Accounts',
    [
      [
        'Symptoms',
        r`An employee changed their last name (marriage, divorce, legal change) and wants their email address and display name updated.`,
      ],
      [
        'Cause',
        r`The name is in several places: the Entra user, the email address, the sign-in name (UPN), Keeper, 3CX and line-of-business apps.`,
      ],
      [
        'Fix',
        r`1. Microsoft 365 admin center > Users > user > Manage contact information: change first name, last name and display name.
2. Manage username and email: add the new address (new.name@domain) as an alias, then "Set as primary". Keep the old address as an alias so mail still arrives.
3. Changing the username (UPN) changes the sign-in name and the OneDrive URL; do it at the end of the day. Afterwards the user signs out of Office, Teams and OneDrive and signs in with the new name; Authenticator shows the new name after the next sign-in. Shared links to their OneDrive files may need re-sharing.
4. Windows sign-in uses the new name at next login; the user profile folder keeps the old name (cosmetic).
5. Keeper: update the user's email in the Admin Console (or it updates via SCIM). 3CX: edit the extension's first/last name. Line-of-business apps per client runbook.`,
      ],
    ],
  ),

  // ---------------------------------------------------------------- Phones
  article('am-yealink-desk-phone', 'Yealink desk phone: no service or not registered', null, 'Phones/3CX', [
    [
      'Symptoms',
      r`- Yealink T54W / T43U screen shows "No Service", "Account unregistered" or "Network unavailable"; no dial tone.
- Phone screen dark after moving desks.
- Calls connect but one side cannot hear (one-way audio).`,
    ],
    [
      'Cause',
      r`Phones are powered by PoE and provisioned from the hosted 3CX system. Moving desks often means the cable is in the PC port or a non-PoE wall jack; a failed provisioning or an ISP outage unregisters the phone. One-way audio is usually SIP ALG on a router.`,
    ],
    [
      'Fix',
      r`1. Check the cable from the wall goes into the phone's "Internet" port (not "PC") and the port is patched to a PoE switch port. If dark, try a known working jack.
2. Restart the phone: unplug the network cable 10 seconds.
3. 3CX Admin Console > Phones: is the phone listed and registered? Check the MAC matches the extension.
4. Not provisioned: in 3CX Admin > Phones > Add/Select the extension > re-send the provisioning (or factory reset the phone by holding OK for 10 seconds and let it pick up the provisioning link again).
5. Whole office unregistered: check the internet (outage article).
6. One-way audio: make sure SIP ALG is disabled on the Firebox (SIP-ALG proxy policy removed) and the ISP modem is in bridge mode.`,
    ],
  ]),
  article(
    'am-3cx-mobile-app',
    '3CX app on mobile or computer not ringing, voicemail PIN',
    null,
    'Phones/3CX',
    [
      [
        'Symptoms',
        r`- Calls to the user's extension do not ring on the 3CX app on their phone; they go straight to voicemail.
- The app says "Not registered" or shows the wrong extension after a new phone.
- User forgot the voicemail PIN.`,
      ],
      [
        'Cause',
        r`The app relies on push notifications, which the phone's battery saver or notification settings can block. The app provisioning is per device. Status profiles (Available, Away, Do Not Disturb) can send calls to voicemail.`,
      ],
      [
        'Fix',
        r`1. In the 3CX app: check status is Available (not DND or Away); Away forwards to voicemail by default.
2. Phone settings: allow notifications for 3CX, turn off battery optimization for 3CX (Android: Apps > 3CX > Battery > Unrestricted); iOS: Focus modes can silence it.
3. New phone: log in to the 3CX web client (link in the welcome email) > top-right menu > "Configure 3CX app" and scan the QR code in the app.
4. Ring groups: the extension must be in the right ring group in 3CX Admin Console > Ring Groups if calls come to a shared number.
5. Voicemail PIN: 3CX Admin Console > Users > user > Voicemail > set a new PIN; the user changes it from the web client Settings.
6. The Windows 3CX app / web client works the same way; headset selection under Settings > Audio/Video.`,
      ],
    ],
  ),
  article(
    'am-3cx-office-hours-greeting',
    'Phone system: change office hours, holiday closures and greetings',
    null,
    'Phones/3CX',
    [
      [
        'Symptoms',
        r`Client wants to change business hours, close early for a holiday or storm, or change the auto attendant greeting.`,
      ],
      [
        'Cause',
        r`Hosted 3CX routes calls by office hours: during hours to the digital receptionist (IVR) or ring group, after hours to the closed greeting and voicemail.`,
      ],
      [
        'Fix',
        r`1. Hours: 3CX Admin Console > Office Hours (system-wide) or the specific department/group > Office hours: set the schedule.
2. Holidays: Office Hours > Holidays > Add: name, date, all day or part day (e.g. close at noon on December 24). Add statutory days for Nova Scotia (including Heritage Day in February and Natal Day in August where the client observes it).
3. Unplanned closure (storm day): Office Hours > set the override to "Out of office" until a time; remember to clear it.
4. New greeting: the client can record one by calling the receptionist's record-prompt extension from their desk phone, or send us an MP3; we convert to WAV, 8 kHz, 16-bit mono and upload it in Digital Receptionist > Prompt. Keep the old one in case they want it back.
5. Test by calling the main number from a mobile.`,
      ],
    ],
  ),

  // ---------------------------------------------------------------- Hardware
  article(
    'am-laptop-repair-warranty',
    'Broken laptop: damage, battery swelling, warranty repair',
    null,
    'Hardware',
    [
      [
        'Symptoms',
        r`- Cracked or dark screen, broken hinge, liquid spill, keys not working.
- Battery swollen: trackpad lifting, case not closing flat.
- Laptop will not power on or charge.`,
      ],
      [
        'Cause',
        r`Hardware failure or accidental damage. Client laptops are Dell Latitude with ProSupport or Lenovo ThinkPad with Premier support, most with accidental damage coverage; warranty details are in IT Glue > Configurations.`,
      ],
      [
        'Fix',
        r`1. Swollen battery: stop using it immediately, unplug it, keep it away from heat. Do not ship it by air.
2. Look up the serial and warranty in IT Glue (or Dell / Lenovo support sites).
3. Open a case: Dell TechDirect or Lenovo Premier support with the fault description. Onsite technicians typically come next business day in Halifax; longer for Clark's Harbour and Truro.
4. Before any repair: make sure OneDrive is synced, note the BitLocker key (repairs may trigger recovery), and suspend BitLocker if the motherboard is replaced.
5. Give the user a loaner from our stock (set up via Autopilot) if the repair takes more than a day.
6. Out of warranty or not economic to repair: quote a replacement through the account manager.`,
      ],
    ],
  ),
  article('am-mobile-work-email', 'Setting up work email and Teams on a phone', null, 'Hardware/Mobile', [
    [
      'Symptoms',
      r`- User wants work email on a new or personal phone.
- The built-in iPhone Mail or Samsung Email app will not sign in.
- Outlook on Android says "Get the Company Portal app" / "Your organization requires..." before it opens.
- "Your organization is now protecting its data in this app" and copy-paste to personal apps is blocked.`,
    ],
    [
      'Cause',
      r`Conditional Access requires approved apps (Outlook, Teams, OneDrive) protected by Intune App Protection on phones; native mail apps are blocked. On Android, Company Portal must be installed as the broker (no enrollment needed).`,
    ],
    [
      'Fix',
      r`1. Install Microsoft Outlook (and Teams/OneDrive) from the App Store / Google Play; Android users also install Intune Company Portal but do not need to sign in to it.
2. Sign in with the work address and approve MFA (set up Authenticator first if this is a new phone, see the MFA article).
3. Accept the app PIN prompt: the app protection policy requires a 6-digit PIN or biometrics.
4. Copying work data to personal apps, and saving attachments to the phone's Files, is blocked by policy; save to OneDrive instead.
5. If Outlook keeps asking for Company Portal on Android, update Company Portal and Outlook, then remove and re-add the account.
6. Remove the old account from the native Mail app to stop password prompts.`,
    ],
  ]),
];

// -------------------------------------------------------------------- Bedford Basin Veterinary Hospital
const VET_RUNBOOKS: BenchArticle[] = [
  article(
    'am-vet-cornerstone-database',
    'Cornerstone cannot connect to the database server',
    VET,
    'Bedford Basin Vet/Cornerstone',
    [
      [
        'Symptoms',
        r`- IDEXX Cornerstone on a workstation: "Unable to connect to the database server" / "Database server not found" / hangs on the splash screen.
- Everyone is kicked out of Cornerstone at the same time.
- Only one workstation affected vs. all workstations.`,
      ],
      [
        'Cause',
        r`Cornerstone's database runs on BBVH-SRV01 (Bedford) as the service "Cornerstone Database Server" (SQL Anywhere, TCP 2638). All at once: the service stopped (often after Windows updates or a restart) or the server is down. One PC: the PC lost network, its Cornerstone client path (\\BBVH-SRV01\Cstone) is not reachable, or its client version differs from the server after an IDEXX update.`,
      ],
      [
        'Fix',
        r`1. All users: RDP to BBVH-SRV01 (or NinjaOne), check the "Cornerstone Database Server" service is Running. Start it if stopped. Do not restart it during clinic hours without warning the front desk: every open chart closes.
2. One PC: from it, Test-NetConnection BBVH-SRV01 -Port 2638 and open \\BBVH-SRV01\Cstone in Explorer. Fix network/VPN first.
3. After an IDEXX update: the workstation must run the Cornerstone workstation update from \\BBVH-SRV01\Cstone\Setup (needs admin, a tech does it remotely).
4. Dartmouth clinic affected only: see the Dartmouth runbook (site tunnel).
5. Database errors or corruption messages: call IDEXX Cornerstone support (1-800-695-2877, account number in IT Glue); do not repair the database ourselves.
6. Windows updates on BBVH-SRV01 are only installed Sunday 22:00.`,
      ],
    ],
  ),
  article(
    'am-vet-vetlab-results',
    'In-house lab results not reaching Cornerstone (IDEXX VetLab Station)',
    VET,
    'Bedford Basin Vet/Lab',
    [
      [
        'Symptoms',
        r`- Results from the in-house analyzers (Catalyst One chemistry, ProCyte Dx haematology, SNAP Pro) do not appear in the patient's Cornerstone record.
- Lab requests created in Cornerstone do not show up on the IDEXX VetLab Station (IVLS) "Pending" list.
- Staff type results in by hand.`,
      ],
      [
        'Cause',
        r`The analyzers connect to the IVLS computer, and the IVLS talks to Cornerstone over the network. The IVLS is IDEXX-owned (SmartService) with a static IP 10.20.1.50. It loses the link when its network cable is moved, after an IP conflict, or when Cornerstone's lab integration service on BBVH-SRV01 is stopped. Results also go to "unmatched" if the patient was not checked in.`,
      ],
      [
        'Fix',
        r`1. In Cornerstone: Lab > Unmatched results (Lab Results > Unmatched). Match the result to the patient/invoice manually. Tell staff to create the lab request from the checked-in patient first.
2. On the IVLS: check the network icon; the cable in the lab goes to switch port 12 (labelled). Ping 10.20.1.50 from any PC.
3. On BBVH-SRV01: check the service "IDEXX Lab Integration" / "Cornerstone Lab Service" is running; restart it (safe during hours).
4. Check no other device got 10.20.1.50 (UniFi > Clients). The IVLS IP is excluded from DHCP.
5. Analyzer not talking to the IVLS (analyzer icon grey on IVLS): that is IDEXX hardware; call IDEXX VetLab support (1-800-248-2483) - they can remote in through SmartService.`,
      ],
    ],
  ),
  article(
    'am-vet-digital-xray',
    'Digital X-ray images not arriving in imaging/PACS',
    VET,
    'Bedford Basin Vet/Imaging',
    [
      [
        'Symptoms',
        r`- Radiographs taken on the DR console do not appear in Cornerstone Imaging / the PACS viewer.
- DR console send queue shows "Failed", "Association rejected" or "Connection refused".
- Images appear on the console but older studies cannot be opened from exam rooms.`,
      ],
      [
        'Cause',
        r`The DR acquisition console (Examion, vendor-supported) sends DICOM to the PACS on BBVH-SRV01, AE title BBVH_PACS, port 104. "Association rejected" means the AE title or calling AE on the console does not match the PACS configuration, usually after the vendor reinstalled the console. Failures also happen when the image store D:\DICOM on the server is full.`,
      ],
      [
        'Fix',
        r`1. Check free space on BBVH-SRV01 D: in NinjaOne; below 10% the PACS refuses images. Do not delete studies; escalate for storage expansion.
2. On the console DICOM settings: destination AE BBVH_PACS, host BBVH-SRV01 (10.20.1.10), port 104; calling AE must be BBVH_DR1 (registered on the PACS).
3. Use "Verify"/C-ECHO on the console to test; then re-send the failed studies from the console's send queue.
4. PACS service on the server ("Cornerstone Imaging DICOM Listener") running? Restart it if stopped.
5. The console is on the Imaging VLAN, excluded from Windows updates and from NinjaOne patching; do not patch or restart it during procedures. Vendor support number is on the console label and in IT Glue.`,
      ],
    ],
  ),
  article(
    'am-vet-rx-label-printer',
    'Prescription label printer (DYMO) prints blank or wrong labels',
    VET,
    'Bedford Basin Vet/Printing',
    [
      [
        'Symptoms',
        r`- Medication/prescription labels from Cornerstone come out blank, cut off, printed half on one label and half on the next, or tiny.
- "Printer not found" / label goes to the big copier instead.
- DYMO LabelWriter 550 flashes and feeds nothing.`,
      ],
      [
        'Cause',
        r`Each pharmacy and reception station has a DYMO LabelWriter 450 or 550 (USB). LabelWriter 550 only accepts genuine DYMO labels with the chip; third-party rolls give blank labels or an unrecognized-label error. Windows may have created "DYMO LabelWriter 450 (Copy 1)" after a USB port change, so Cornerstone prints to a printer that is no longer there. Wrong label size set in the driver gives cut-off or tiny text.`,
      ],
      [
        'Fix',
        r`1. Check the roll: use DYMO 30252 / Rx label stock as per IT Glue; for the 550 only genuine DYMO rolls.
2. In Cornerstone: Tools > Controls > Workstation > Printers (per workstation): the prescription label printer must be the exact DYMO name on that PC.
3. Devices and Printers: remove duplicates "(Copy 1)"; keep the DYMO on the same USB port.
4. Printer preferences > Advanced: paper size matches the label (e.g. 30252 Address 1-1/8" x 3-1/2"), orientation Landscape.
5. Reinstall DYMO Connect (Company Portal) if the driver is missing; power-cycle the printer and press the feed button to align the roll.`,
      ],
    ],
  ),
  article(
    'am-vet-moneris-terminals',
    'Moneris payment terminals: host unavailable or not connecting',
    VET,
    'Bedford Basin Vet/Front desk',
    [
      [
        'Symptoms',
        r`- Moneris Go terminal at reception (two in Bedford, one in Dartmouth) shows "Host unavailable", "Comm error" or "No connection" when taking a payment.
- Terminal shows no Wi-Fi bars.`,
      ],
      [
        'Cause',
        r`Terminals connect over the isolated Wi-Fi SSID "BBVH-POS" (its own VLAN) to Moneris. Problems: the terminal dropped off Wi-Fi, the POS VLAN is down after a UniFi change, the site internet is down, or a Moneris-side outage.`,
      ],
      [
        'Fix',
        r`1. Check the terminal's Wi-Fi icon. Restart it (hold the power key, Restart).
2. Put the terminal on its charging base with ethernet (Bedford reception has one wired base) to rule out Wi-Fi.
3. UniFi > BBVH site > Clients: the terminals appear on BBVH-POS with 10.20.40.x addresses. If the SSID is missing or disabled, re-enable it.
4. Whole site offline: internet outage article.
5. Card declines, settlement, reports and terminal swaps are Moneris, not us: Moneris Customer Care 1-866-319-7450 with the merchant ID (in IT Glue).
6. Meanwhile the front desk can take payment by phone through Moneris Merchant Direct, or record an invoice as "payment pending".`,
      ],
    ],
  ),
  article(
    'am-vet-dartmouth-clinic',
    'Dartmouth clinic: slow or no access to Bedford systems',
    VET,
    'Bedford Basin Vet/Sites',
    [
      [
        'Symptoms',
        r`- At the Portland Street (Dartmouth) clinic, Cornerstone is slow, freezes or disconnects, while Bedford is fine.
- Dartmouth cannot reach the server, shared drive or X-ray images; internet and phones still work.`,
      ],
      [
        'Cause',
        r`Dartmouth has no server. Its Firebox T25 connects to the Bedford Firebox M290 through a branch office VPN (BOVPN) over Eastlink business cable. When the tunnel drops or the Eastlink line is congested, Cornerstone (which is sensitive to latency) struggles.`,
      ],
      [
        'Fix',
        r`1. WatchGuard Cloud or Fireware Web UI on the Bedford Firebox > System Status > VPN Statistics (Branch Office VPN): is the tunnel "BBVH-Dartmouth" up? If down, on Dartmouth Firebox: VPN > Branch Office VPN > Rekey / Restart tunnel.
2. From a Dartmouth PC: ping 10.20.1.10 (BBVH-SRV01) and check latency; above 40 ms or loss, test the Eastlink line speed and call Eastlink Business with the circuit ID.
3. Workaround when the tunnel is poor: Dartmouth staff open "Cornerstone (Remote)" on their desktop, which runs Cornerstone on BBVH-RDS01 over Remote Desktop and tolerates latency much better.
4. After fixing, have Dartmouth staff close and reopen Cornerstone.`,
      ],
    ],
  ),
  article(
    'am-vet-after-hours-on-call',
    'After-hours calls and on-call vet routing',
    VET,
    'Bedford Basin Vet/Phones',
    [
      [
        'Symptoms',
        r`- After-hours callers reached the general voicemail instead of the on-call veterinarian.
- Front desk needs to change who is on call for the weekend.
- On-call vet's mobile does not ring.`,
      ],
      [
        'Cause',
        r`Outside office hours, 3CX plays the after-hours greeting: option 1 transfers to the ring group "On-Call", which forwards to one external mobile number; option 2 gives the Metro Animal Emergency Clinic number. If nobody updated the on-call number or it is the personal number of someone on holiday, calls go to voicemail after 25 seconds.`,
      ],
      [
        'Fix',
        r`1. The head receptionist has a 3CX web client login with Group Manager rights for "On-Call" (credentials in Keeper). Web client > Ring groups (or Admin > Ring Groups > On-Call) > Members/External number: replace with the on-call vet's mobile, 10 digits, starting with 9.
2. The on-call schedule is in the Teams channel "Front Desk > On-Call". Update every Friday before 5 pm.
3. Test: call the main number from a mobile after hours (or set the office-hours override temporarily) and press 1.
4. If the mobile shows no call: check the vet's phone is not blocking unknown callers (iOS "Silence Unknown Callers") - calls arrive with the hospital's caller ID.
5. Holiday hours: see the 3CX office hours article.`,
      ],
    ],
  ),
  article(
    'am-vet-exam-room-shared-pcs',
    'Exam room and treatment shared PCs',
    VET,
    'Bedford Basin Vet/Workstations',
    [
      [
        'Symptoms',
        r`- Staff try to sign in to an exam room or treatment area PC with their own account and get "The sign-in method you're trying to use isn't allowed".
- Shared PC asks for a password after the screen locks.
- Cornerstone on a shared PC opens as the previous person.`,
      ],
      [
        'Cause',
        r`Exam 1-5, Treatment and Surgery PCs are Intune shared devices that sign in automatically with the local account "BBVH Shared" (kiosk-style, restricted desktop with Cornerstone, DYMO, imaging viewer and browser). Personal accounts are blocked there by design. Staff identify themselves inside Cornerstone with their own Cornerstone user ID.`,
      ],
      [
        'Fix',
        r`1. Use the shared login: if the screen locked, the password for "BBVH Shared" is in Keeper > "BBVH - Exam Room PCs" (reception and vets have it). It locks after 15 minutes idle.
2. In Cornerstone, use File > Log out / switch staff and sign in with your own Cornerstone ID before charting.
3. Staff needing Outlook or Teams use the reception/office PCs or their phone; the shared PCs only have web Outlook in an InPrivate window.
4. If the PC does not auto-login: NinjaOne > device > run "BBVH - Reset shared autologon".
5. A new room PC is enrolled with Autopilot group tag VET-SHARED.`,
      ],
    ],
  ),
];

// -------------------------------------------------------------------- Fundy Tide Seafoods
const SEA_RUNBOOKS: BenchArticle[] = [
  article(
    'am-sea-innova-production',
    'Marel Innova terminals offline or not recording weights',
    SEA,
    'Fundy Tide/Plant systems',
    [
      [
        'Symptoms',
        r`- Innova terminal on the grading or packing line shows red "Offline" / "Unable to connect to Innova server".
- Weights from the scales are not saved; batch/lot numbers not printing on labels.
- Innova client on the office PC at the plant will not open.`,
      ],
      [
        'Cause',
        r`Marel Innova runs on FTS-INNOVA01 (plant server room, Clark's Harbour) with SQL Server and a Sentinel licence dongle. Terminals and scale indicators connect over the plant wired network (VLAN 30). Typical causes: Innova services stopped after a power blip, the licence dongle not detected after a reboot, or a terminal's network cable damaged by washdown.`,
      ],
      [
        'Fix',
        r`1. NinjaOne > FTS-INNOVA01: is it online? Check services "Innova Service Host", "Innova Device Server" and "SQL Server (INNOVA)". Start any that are stopped.
2. Licence error on clients: check the Sentinel dongle is seated in the server's rear USB port; restart "Sentinel LDK License Manager".
3. One terminal only: check its network cable and the switch port in the plant cabinet; terminals use fixed IPs 10.30.30.x listed in IT Glue.
4. During production, call the plant manager before restarting any service; the line stops for 2-3 minutes.
5. Application errors, recipe or label template changes: Marel service desk (support contract number in IT Glue). Windows updates on INNOVA01 only with Marel's approval, outside season.`,
      ],
    ],
  ),
  article(
    'am-sea-zebra-case-labels',
    'Zebra case label printers: blank, shifted or unscannable labels',
    SEA,
    'Fundy Tide/Plant systems',
    [
      [
        'Symptoms',
        r`- Zebra ZT411 on the packing line prints blank labels, skips labels, or prints shifted off the edge.
- Panel shows "MEDIA OUT", "RIBBON OUT" or "PAPER OUT" with a roll loaded.
- Customers or the cold store report the GS1-128 barcode on cases will not scan; print faint or with white lines.`,
      ],
      [
        'Cause',
        r`Labels are printed by Innova to the ZT411s over the network (thermal transfer with a ribbon). After a roll change the printer needs calibration; cold and condensation affect sensors. Faint or lined barcodes: darkness too low, or dirty/damaged printhead.`,
      ],
      [
        'Fix',
        r`1. Calibrate: on the ZT411 touch screen, Menu > Print > Sensors > Manual Calibration (or hold PAUSE + CANCEL 2 s on older units). It feeds a few labels.
2. Check the ribbon is loaded ink-side out and the label gap sensor is under the labels.
3. Faint / white lines: clean the printhead with the isopropyl pen from the spares kit (printer off, head cool); set darkness 22-25 (Menu > Print > Print Quality > Darkness). Persistent white line at the same spot = printhead worn, order a replacement through Zebra partner.
4. Test scan: print a test case label from Innova and scan it with a TC handheld; GS1 check in IT Glue.
5. Nothing prints at all: ping the printer (10.30.30.6x) and check Innova's printer assignment.
6. Keep spare rolls in the office, not on the floor, to avoid condensation.`,
      ],
    ],
  ),
  article(
    'am-sea-handheld-scanners',
    'Zebra handheld scanners in cold storage: Wi-Fi, sync and battery',
    SEA,
    'Fundy Tide/Plant systems',
    [
      [
        'Symptoms',
        r`- Zebra TC52/TC53 handhelds used for cold storage and shipping cannot connect to Wi-Fi "FTS-Scan" or the inventory app will not sync.
- Battery drains in an hour inside the freezer.
- Handheld was factory reset or shows a personal setup screen.`,
      ],
      [
        'Cause',
        r`The handhelds are Android Enterprise dedicated devices in Intune, locked to the Innova mobile app. The freezer (-25 C) is covered by two UniFi outdoor-rated APs; losing one leaves dead spots. Cold reduces battery capacity sharply; condensation forms when devices move between freezer and warm office.`,
      ],
      [
        'Fix',
        r`1. Wi-Fi: check UniFi > FTS-Plant > Devices, both "Freezer" APs online. Restart the handheld; it gets FTS-Scan from the Intune profile.
2. Re-enrol a reset device: on the welcome screen tap 6 times, scan the enrolment QR code printed in the shipping office binder (also in IT Glue), it installs the profile and app (10 minutes, on Wi-Fi).
3. Batteries: use the extended batteries, swap at breaks; spare batteries charge in the warm office. Keep devices in the insulated holsters.
4. Condensation: let a device warm up in its holster 15 minutes before charging.
5. App sync errors when Wi-Fi is fine: check the Innova server (Innova runbook).`,
      ],
    ],
  ),
  article(
    'am-sea-plant-internet-failover',
    "Clark's Harbour plant internet: fibre outage and Starlink failover",
    SEA,
    'Fundy Tide/Sites',
    [
      [
        'Symptoms',
        r`- At the plant, email, Teams and Sage (head office) stop working; Innova and the line keep running.
- NinjaOne shows the plant offline, or everything at the plant is very slow.
- Storm knocked out Bell service on Cape Sable Island.`,
      ],
      [
        'Cause',
        r`The plant's Firebox T45 has two WANs: Bell Aliant fibre (primary) and Starlink Business (failover). Innova is local and does not need the internet. The plant reaches head office (Sage, file shares) over a branch office VPN, which re-establishes over Starlink after failover. Starlink has CGNAT, so failover takes 1-3 minutes, and it is sensitive to snow on the dish.`,
      ],
      [
        'Fix',
        r`1. WatchGuard Cloud > FTS-Plant Firebox > Interfaces: which WAN is active? If Bell is down and Starlink is active, the site is working on backup: expect slower speeds, tell the plant manager.
2. Both down: ask the plant to check the Bell ONT lights and the Starlink router; the Starlink app (login in Keeper) shows obstruction/snow. The dish has a snow-melt mode; heavy ice needs clearing by maintenance.
3. Report the Bell outage with the circuit ID (IT Glue) and log the reference.
4. After Bell returns, confirm the Firebox failed back and the BOVPN to head office is up.
5. General outage steps: internet outage article.`,
      ],
    ],
  ),
  article(
    'am-sea-cfia-export-certificates',
    'My CFIA export certificates: sign-in and printing',
    SEA,
    'Fundy Tide/Shipping',
    [
      [
        'Symptoms',
        r`- Shipping staff cannot sign in to My CFIA to request or print export certificates ("Your session has expired", GCKey "Your account is locked").
- Certificate PDF will not print on the secure certificate paper, or prints on plain paper / wrong tray.
- The certificate page shows blank or the PDF does not open.`,
      ],
      [
        'Cause',
        r`My CFIA uses GCKey credentials owned by each shipping employee (not shared). Certificates must print on the secure paper loaded in tray 2 of the shipping office HP LaserJet M507. Edge's built-in PDF viewer ignores the tray setting; pop-up blocking stops the certificate window.`,
      ],
      [
        'Fix',
        r`1. GCKey locked or password forgotten: the employee uses "Forgot your password?" on the GCKey page with their recovery questions. We cannot reset GCKey. If recovery fails, they call the GCKey service desk (1-855-438-1102) and the business administrator re-links the profile in My CFIA.
2. Allow pop-ups for *.inspection.canada.ca and *.canada.ca in Edge (Settings > Cookies and site permissions > Pop-ups).
3. Printing: download the certificate PDF, open it in Adobe Acrobat Reader (not the browser), File > Print > Page Setup / Properties > Paper Source "Tray 2", actual size. The "HP M507 - Certificates" printer on shipping PCs is preset to tray 2.
4. Keep the secure paper locked; count spoiled sheets as CFIA requires.
5. My CFIA itself down: check the CFIA service status page and use the contingency procedure from the exporter's CFIA inspector.`,
      ],
    ],
  ),
  article(
    'am-sea-sage300-remote-desktop',
    'Sage 300 on the Remote Desktop server',
    SEA,
    'Fundy Tide/Accounting',
    [
      [
        'Symptoms',
        r`- "Sage 300" remote app (or Remote Desktop to FTS-RDS01) says "Your credentials did not work" or "The remote computer requires Network Level Authentication".
- Session frozen or black screen; Sage 300 says "Cannot open database" / "Database login failed" / "Company is in use by another user".
- Reports print to the wrong printer or do not print at the plant.`,
      ],
      [
        'Cause',
        r`Sage 300 ERP runs only on FTS-RDS01 at head office with its SQL database on FTS-SQL01. Users connect through the Remote Desktop app (RD Web feed) with their Microsoft 365 account; plant users go through the site-to-site VPN. Frozen sessions hold Sage locks. Printers are redirected from the local PC (Easy Print).`,
      ],
      [
        'Fix',
        r`1. Credentials: use the full email address (first.last@fundytide.ca). After a password change, update the saved credential in the Remote Desktop app (right-click the feed > Edit).
2. Frozen session / "in use": Server Manager on FTS-RDS01 > Remote Desktop Services > Collections > Sage300 > Connections > find the user > Log off. Their unsaved Sage entry is lost; warn them.
3. Database errors: check "SQL Server (MSSQLSERVER)" on FTS-SQL01 is running and there is disk space; Sage 300 Database Setup must point to FTS-SQL01.
4. Plant users can't connect but head office can: check the plant VPN (plant internet article).
5. Printing: the user's local default printer is redirected; set the default before connecting. Cheques print from head office only.
6. Sage application errors, year-end and upgrades: Sage partner (contact in IT Glue).`,
      ],
    ],
  ),
  article(
    'am-sea-uattend-time-clocks',
    'Plant time clocks (uAttend): fingerprints and missing punches',
    SEA,
    'Fundy Tide/Payroll',
    [
      [
        'Symptoms',
        r`- Fingerprint time clock at the plant entrance does not recognize workers.
- Punches missing in the uAttend web portal before payroll; clock shows "Offline" or the cloud icon crossed out.
- New plant worker not on the clock.`,
      ],
      [
        'Cause',
        r`Two uAttend BN6500 clocks (entrance and fish house) connect to the uAttend cloud over Wi-Fi "FTS-IoT". They store punches locally when offline and upload once connected. Cold, wet or cut fingers fail the fingerprint scan.`,
      ],
      [
        'Fix',
        r`1. Fingerprint fails: worker punches with their employee number + PIN; the supervisor can re-enrol the finger (Menu > Employee > Enroll, use two fingers).
2. Offline: on the clock, Menu > Network > Wi-Fi: connect to FTS-IoT (key in Keeper). Check UniFi that FTS-IoT is broadcasting on the entrance AP.
3. Punches stored offline upload within minutes of reconnecting; check the portal (uattend.com, payroll admin login in Keeper) > Timecards.
4. Punches truly missing: the payroll admin adds them manually in the portal with a note; the clock's local log can be checked under Menu > Reports.
5. New employees are added in the portal by the payroll admin first, then enrolled at the clock.
6. Clock hardware faults: uAttend support (Processing Point) with the clock serial number.`,
      ],
    ],
  ),
  article(
    'am-sea-seasonal-plant-staff',
    'Seasonal plant staff accounts (lobster season)',
    SEA,
    'Fundy Tide/People',
    [
      [
        'Symptoms',
        r`- Before the season opens (late November for LFA 33/34 and spring for crab), the plant manager sends a list of 20-60 seasonal workers who need access to pay stubs, training and the plant schedule.
- End of season: accounts to disable.`,
      ],
      [
        'Cause',
        r`Seasonal workers get Microsoft 365 F3 licences (web and mobile apps only) and use the shared kiosk PCs in the plant lunchroom, not laptops. Many use personal phones; some have none.`,
      ],
      [
        'Fix',
        r`1. Get the CSV from the plant manager in the template from IT Glue (first, last, employee number, start date, mobile if any).
2. Create the users in bulk: Microsoft 365 admin center > Users > Add multiple users (CSV), licence Microsoft 365 F3, department "Plant - Seasonal" (puts them in the dynamic group SEA-Seasonal, which gives Teams "Plant Crew" and the payroll portal link).
3. MFA: workers with a smartphone set up Authenticator at the kiosk with a Temporary Access Pass. Workers without a phone get a Token2 OATH hardware token (stock in the plant office), uploaded in Entra > Authentication methods > OATH tokens and activated.
4. Kiosk PCs: shared Intune devices; sign-outs clear the profile.
5. End of season: plant manager confirms the list; block sign-in and remove licences (keep accounts 12 months for returning workers; reactivate next season rather than recreating).
6. Time clock enrolment is done separately by the payroll admin (time clock runbook).`,
      ],
    ],
  ),
];

// -------------------------------------------------------------------- Morrison Chiasson CPA
const CPA_RUNBOOKS: BenchArticle[] = [
  article(
    'am-cpa-caseware-file-locked',
    'CaseWare Working Papers: file in use, locked or read-only',
    CPA,
    'Morrison Chiasson/CaseWare',
    [
      [
        'Symptoms',
        r`- Opening an engagement file: "The file is currently in use by <user>" / "This file is locked" / opens read-only.
- CaseWare SmartSync: "Unable to sync", sync copy conflicts, "Check out failed".
- File opens very slowly or crashes from home.`,
      ],
      [
        'Cause',
        r`Engagement files (.ac) live on \\MC-FS01\Engagements. CaseWare locks a file while someone has it open; a crash or a laptop going to sleep leaves a stale lock (.ac_ lock files). Staff working remotely must use SmartSync sync copies, never open the server file over VPN.`,
      ],
      [
        'Fix',
        r`1. Find who has it: on MC-FS01, Computer Management > Shared Folders > Open Files, search the engagement name. Confirm with that person (or that they are not working) before closing the open file.
2. Stale lock after a crash: with CaseWare closed for everyone, delete the lock files in the engagement folder (*.ac_ / *.lck, not the .ac file). Back up the folder first.
3. Remote work: in CaseWare, File > Sync > Create Sync Copy (while in the office or on VPN), then work offline and Sync when back. Conflicts: CaseWare shows both versions; the engagement lead decides.
4. CaseWare Cloud sign-in problems: password reset from the CaseWare Cloud login page; the firm's Cloud admin (practice manager) manages users.
5. Version mismatch after annual update: all staff must be on the same CaseWare version; deploy from Company Portal.`,
      ],
    ],
  ),
  article(
    'am-cpa-taxcycle',
    'TaxCycle: licence, data folder and EFILE problems',
    CPA,
    'Morrison Chiasson/Tax',
    [
      [
        'Symptoms',
        r`- TaxCycle opens with "Licence not found", "Sign in to activate" or shows demo/watermark mode.
- T1/T2 EFILE transmission fails: "EFILE number or password is incorrect", "Connection refused", or CRA rejection codes.
- Client files missing from the TaxCycle client manager; "Access to path denied" on the data folder.`,
      ],
      [
        'Cause',
        r`TaxCycle licences are per firm account (Trilogy), activated by signing in with the staff member's TaxCycle account; seats are managed by the practice manager. Data lives in \\MC-FS01\TaxCycle (mapped T:). EFILE uses the firm's EFILE number and password set in Options, which CRA requires renewing each season. CRA EFILE is closed some nights and between seasons.`,
      ],
      [
        'Fix',
        r`1. Licence: Help > Sign in with the staff member's TaxCycle account; if seats are exhausted the practice manager frees one in the TaxCycle account portal (my.taxcycle.com).
2. Data folder: Options > Data folders must point to T:\ (or \\MC-FS01\TaxCycle). Access denied: check the user is in the group "CPA-Tax" and T: is mapped (mapped drives article).
3. EFILE credentials: Options > EFILE > EFILE number/password. Only the practice manager changes these; the firm renews them with CRA each January.
4. "Connection refused": check CRA EFILE service hours on the CRA site; retry later. Also confirm WebBlocker is not blocking *.cra-arc.gc.ca.
5. CRA rejection codes (e.g. 2xx series): these are data problems for the preparer, not IT; TaxCycle shows the meaning under Transmit > Status.
6. New season version: deploy from Company Portal to all staff before first use.`,
      ],
    ],
  ),
  article(
    'am-cpa-cra-represent-a-client',
    'CRA Represent a Client: sign-in and access problems',
    CPA,
    'Morrison Chiasson/Tax',
    [
      [
        'Symptoms',
        r`- Staff cannot sign in to CRA Represent a Client: "Your session has timed out", "We are unable to process your request", login loop.
- CRA multi-factor passcode not received, or the staff member changed phones.
- Signed in, but a client's account is not listed or access is "not authorized".`,
      ],
      [
        'Cause',
        r`Each accountant uses their own CRA credentials (CRA user ID or Sign-In Partner) with their own RepID, plus CRA's own multi-factor authentication (separate from Microsoft 365). Client authorizations are granted to the firm's business number/group or the individual RepID. Browser cookies and extensions often break the CRA login loop.`,
      ],
      [
        'Fix',
        r`1. Use Edge or Chrome InPrivate/Incognito; clear cookies for *.canada.ca and *.cra-arc.gc.ca; allow third-party sign-in pop-ups.
2. CRA MFA passcode: the staff member chooses another registered method (passcode grid, authenticator app, or phone). New phone: sign in with the passcode grid and update the MFA method under profile. If no method works, they call the CRA e-services helpdesk (1-800-959-8281); we cannot reset CRA MFA.
3. Sign-In Partner (bank login) problems: try the CRA user ID instead, or contact their bank.
4. Client not listed / not authorized: the authorization (AUTH-01 / RC59) may be pending or expired; this is a practice-side issue for the file's partner. Check in Represent a Client > Manage Clients.
5. Never store CRA credentials in shared Keeper folders; each person's own vault only.`,
      ],
    ],
  ),
  article(
    'am-cpa-smartvault-portal',
    'SmartVault client portal and Outlook add-in',
    CPA,
    'Morrison Chiasson/Client portal',
    [
      [
        'Symptoms',
        r`- A client did not receive the SmartVault invitation, or the link says expired.
- Client cannot upload (large files, "upload failed").
- Staff's SmartVault add-in missing from Outlook, or SmartVault Drive not showing in File Explorer.`,
      ],
      [
        'Cause',
        r`The firm shares documents with clients via SmartVault. Invitations come from no-reply@smartvault.com and often land in clients' junk. Staff use the SmartVault Outlook add-in and SmartVault Drive (desktop), deployed through Company Portal; both sign in with Microsoft 365 (SSO).`,
      ],
      [
        'Fix',
        r`1. Invitation: in SmartVault web > the client's vault > Users > the client contact > Resend invitation. Ask the client to check junk and allow no-reply@smartvault.com. Links expire after 7 days.
2. Client upload fails: browser up to date, file under 2 GB; suggest the SmartVault Upload link (drop-off) for very large files. Client's own network issues are out of our scope; SmartVault support can help them.
3. Outlook add-in: Outlook > Get Add-ins > My add-ins; if disabled, File > Manage COM Add-ins > enable "SmartVault". Reinstall "SmartVault for Outlook" from Company Portal.
4. SmartVault Drive not showing: sign out/in in the SmartVault Drive tray app; reinstall from Company Portal.
5. Permissions inside vaults are managed by the practice manager.`,
      ],
    ],
  ),
  article(
    'am-cpa-scansnap-scanners',
    'ScanSnap desk scanners: not detected, wrong folder, profiles',
    CPA,
    'Morrison Chiasson/Scanning',
    [
      [
        'Symptoms',
        r`- ScanSnap iX1600 at a desk: pressing the Scan button does nothing, or ScanSnap Home says "ScanSnap is not connected".
- Scans go to the wrong folder or are not searchable (no OCR).
- The profile the firm uses ("Client docs - PDF searchable") is missing on the touch screen.`,
      ],
      [
        'Cause',
        r`Each staff member has a ScanSnap iX1600 connected by USB (Wi-Fi is disabled by policy). ScanSnap Home on the PC must be running to receive scans. Profiles are imported from the firm's standard profile file; they disappear if ScanSnap Home is reinstalled or the scanner is paired to another PC.`,
      ],
      [
        'Fix',
        r`1. Check ScanSnap Home is running (tray icon) and the USB cable is in; try another USB port (not through a monitor hub).
2. ScanSnap Home > Settings > Preferences > Scanner > "Connect ScanSnap": re-add the scanner by USB.
3. Import profiles: ScanSnap Home > Settings > Export/Import settings > Import from \\MC-FS01\IT\ScanSnap\MC-profiles.cfg.
4. Searchable PDF: in the profile, File format option > "Convert to searchable PDF" on, language English/French.
5. Scans saved to the wrong place: edit the profile's save-to folder (usually the client folder in SmartVault Drive or the user's Documents\Scans).
6. Update ScanSnap Home (Company Portal) and scanner firmware via ScanSnap Home > Help > Check for updates.`,
      ],
    ],
  ),
  article(
    'am-cpa-truro-office',
    'Truro branch office: files, printing and transfers to Halifax',
    CPA,
    'Morrison Chiasson/Sites',
    [
      [
        'Symptoms',
        r`- Truro staff cannot open files on the Halifax server (T:, S:, CaseWare engagements), or everything is very slow from Truro.
- Truro Brother printer not printing.
- Transferring a call between Truro and Halifax fails.`,
      ],
      [
        'Cause',
        r`The Truro office (Prince Street, 4 staff) has no server. Its Firebox T25 connects to the Halifax Firebox through a branch office VPN. CaseWare files should be worked on with sync copies from Truro. The Brother MFC-L8900CDW is on the Truro LAN only. Phones: Halifax extensions are 2xx, Truro 3xx on the same 3CX system.`,
      ],
      [
        'Fix',
        r`1. Check the BOVPN "MC-Truro" status in WatchGuard Cloud; restart the tunnel from the Truro Firebox if down. Check Truro internet (Eastlink) if the Firebox is offline.
2. Slow CaseWare from Truro: use SmartSync copies (CaseWare runbook).
3. Brother printer: check it is on and has IP 10.50.2.20; remove/re-add "Brother MFC - Truro" from Company Portal; Truro staff visiting Halifax use the Halifax Canon.
4. Call transfers: dial the 3-digit extension (2xx for Halifax, 3xx for Truro), or use the 3CX app's transfer button; external numbers need a 9. If extension dialling fails across offices, check both offices' phones are registered (desk phone article).`,
      ],
    ],
  ),
  article(
    'am-cpa-docusign',
    'DocuSign: engagement letters and T183 signing',
    CPA,
    'Morrison Chiasson/E-signature',
    [
      [
        'Symptoms',
        r`- Client says they never got the DocuSign email for their engagement letter or T183/T183CORP authorization.
- Envelope stuck as "Sent" or "Delivered" but not completed; or "Authentication failed" for the client.
- Staff cannot sign in to DocuSign or do not see the firm's templates.`,
      ],
      [
        'Cause',
        r`The firm uses DocuSign Business Pro with SSO through Microsoft 365. T183 envelopes use SMS or ID verification for the signer (CRA requires signer authentication for e-signed T183s). Client emails often land in junk; mobile numbers entered wrong cause authentication failures.`,
      ],
      [
        'Fix',
        r`1. Envelope status: DocuSign > Agreements > Sent > open the envelope > History: shows if the email bounced or was opened.
2. Not received: correct the email (Correct envelope), then Resend. Ask the client to check junk/spam for dse@docusign.net.
3. SMS authentication failed: Correct > edit the recipient's phone number (with +1) and resend.
4. Staff sign-in: use "Sign in with company" (SSO) with the firm email; user must be in the Entra group "CPA-DocuSign". New staff are added by the practice manager in DocuSign Admin > Users.
5. Templates missing: templates are shared to the "All staff" group in DocuSign; check group membership.
6. Completed T183s download automatically to the client folder via the DocuSign connector; if missing, download the combined PDF manually.`,
      ],
    ],
  ),
];

export const SET_AM_ARTICLES: BenchArticle[] = [
  ...MSP_WIDE,
  ...VET_RUNBOOKS,
  ...SEA_RUNBOOKS,
  ...CPA_RUNBOOKS,
];
