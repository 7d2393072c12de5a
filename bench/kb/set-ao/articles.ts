/**
 * Set AO: a blind labelled KB set for a Denver, Colorado MSP ("Cherry Creek Technology Partners")
 * that keeps its documentation in IT Glue. Standard stack: Microsoft 365 Business Premium with
 * Entra ID (hybrid with on-prem AD through Entra Connect) and Intune, FortiGate firewalls with
 * FortiClient SSL VPN and FortiAP Wi-Fi, NinjaOne RMM and patching, SentinelOne EDR, Veeam Backup &
 * Replication plus Veeam Backup for Microsoft 365, Proofpoint Essentials mail filtering, DNSFilter,
 * RingCentral phones (Poly and Yealink desk phones), Canon imageRUNNER ADVANCE DX copiers leased
 * from a dealer and HP LaserJet printers. Clients: a veterinary hospital in Golden (IDEXX
 * Cornerstone, VetLab Station, Sound DR x-ray, PetDesk), a commercial general contractor in
 * Colorado Springs (Sage 300 CRE "Timberline", Procore, Bluebeam Revu, Cradlepoint jobsite trailers)
 * and a four-branch federal credit union in Fort Collins (Jack Henry Symitar Episys, Digital Check
 * teller scanners, Topaz signature pads, MeridianLink, Glory cash recyclers).
 */
import { article, type BenchArticle } from '../articles.ts';

export const SET_AO_CLIENTS = {
  a: 'Foothills Veterinary Hospital PC',
  b: 'Summit Ridge Builders, Inc.',
  c: 'Peak Mountain Federal Credit Union',
} as const;

const r = String.raw;

export const SET_AO_ARTICLES: readonly BenchArticle[] = [
  // ---------------------------------------------------------------- Microsoft 365 / Outlook / Teams
  article(
    'ao-outlook-password-prompts',
    'Outlook keeps asking for the password / "Need Password" in the status bar',
    null,
    'Microsoft 365/Outlook',
    [
      [
        'Symptoms',
        r`Outlook for Windows shows a Microsoft sign-in window or a Windows Security box asking for the password again and again, even though the password typed is correct. The status bar at the bottom says "Need Password" or "Disconnected", and mail stops arriving. Sometimes the prompt is "Something went wrong [1001]" or the sign-in window is blank. Most tickets arrive the day after the user changed their password, or after MFA was re-registered.`,
      ],
      [
        'Cause',
        r`Outlook authenticates through the Windows Web Account Manager (WAM) and the AAD Broker plugin. After a password change, stale tokens in Credential Manager or a broken broker registration make Outlook request credentials it can never use.`,
      ],
      [
        'Fix',
        r`1. Confirm the password works at https://outlook.office.com in a private window. If it fails there too, this is not an Outlook problem: check the account for lockout or expiry first.
2. Close Outlook, Teams and the other Office apps. Open Credential Manager > Windows Credentials and remove every entry starting with MicrosoftOffice16_Data, msteams and OneDrive Cached Credential.
3. In Word, go to File > Account > Sign out, restart the PC, open Outlook and sign in once with the work address.
4. If the prompt still loops, re-register the broker in an elevated PowerShell (or with the NinjaOne script "M365 - Repair AAD Broker"):
Add-AppxPackage -Register "$env:windir\SystemApps\Microsoft.AAD.BrokerPlugin_cw5n1h2txyewy\Appxmanifest.xml" -DisableDevelopmentMode -ForceApplicationShutdown
5. Do not use "Disconnect" under Settings > Accounts > Access work or school on Intune-joined laptops; that unenrolls the device.`,
      ],
      [
        'Escalate',
        r`If every device of the user prompts, open the Entra sign-in logs for the failure reason. A Conditional Access failure is handled under "You cannot access this right now".`,
      ],
    ],
  ),
  article(
    'ao-outlook-profile-rebuild',
    'Outlook will not open, stuck on "Loading Profile" or folders out of sync: rebuild the profile',
    null,
    'Microsoft 365/Outlook',
    [
      [
        'Symptoms',
        r`Outlook hangs on the splash screen at "Loading Profile" or "Processing". Errors such as "Cannot start Microsoft Outlook. Cannot open the set of folders. The information store could not be opened." or "The file C:\Users\name\AppData\Local\Microsoft\Outlook\name@domain.ost is not an Outlook data file (.pst)". Mail sent from the phone or from Outlook on the web never shows up in Outlook on the PC, or folders are missing only in Outlook.`,
      ],
      [
        'Cause',
        r`A damaged offline cache file (OST), a misbehaving COM add-in (PDF, CRM or e-fax add-ins are the usual suspects) or a corrupted mail profile.`,
      ],
      [
        'Fix',
        r`1. Check Outlook on the web. If the mail is there, the mailbox is fine and only the local profile is bad.
2. Start Outlook in safe mode: Win+R, outlook.exe /safe. If it opens, go to File > Options > Add-ins > COM Add-ins > Go and untick the add-ins, then start normally.
3. Build a new profile: Control Panel > Mail (Microsoft Outlook) > Show Profiles > Add. Name it Outlook-YYYYMMDD, add the work account, then select "Always use this profile" and choose the new one.
4. Keep the old profile for a week in case a PST was attached to it. Reattach any PST files with File > Open & Export > Open Outlook Data File. Signatures in %appdata%\Microsoft\Signatures carry over.
5. Shared mailboxes with full access re-appear by auto-mapping. A large mailbox can take several hours to download in Cached Exchange Mode; tell the user this before you leave.
6. If the user was switched to the "New Outlook" by the toggle at the top right, switch it off to return to classic Outlook.`,
      ],
      [
        'Escalate',
        r`Outlook on the web also missing the items: treat as a mailbox or security issue, not a profile issue.`,
      ],
    ],
  ),
  article(
    'ao-shared-mailbox',
    'Shared mailboxes: access, auto-mapping, Send As and sent items',
    null,
    'Microsoft 365/Exchange Online',
    [
      [
        'Symptoms',
        r`"I can't see the shared inbox in Outlook", a shared mailbox that disappeared after a new profile or laptop, "This message could not be sent. You do not have the permission to send the message on behalf of the specified user.", messages sent from the shared address landing in the person's own Sent Items, or wanting the shared mailbox on a phone.`,
      ],
      [
        'Access',
        r`Access is granted only on a ticket approved by the mailbox owner or the client's authorised contact. In the Exchange admin center > Recipients > Mailboxes > select the shared mailbox > Delegation, add the user to "Read and manage (Full Access)" and, if they send from it, "Send as". Auto-mapping makes the mailbox appear in Outlook within about 60 minutes; restart Outlook. If the mailbox was added with auto-mapping off (Add-MailboxPermission -AutoMapping $false), add it manually: File > Account Settings > Change > More Settings > Advanced > Add.`,
      ],
      [
        'Send As and sent items',
        r`For the permission error, confirm Send As is granted and wait an hour. If it still fails, the From address probably came from the autocomplete list: delete the suggestion with the X and type the shared address fresh. To keep a copy in the shared mailbox's own Sent Items run:
Set-Mailbox sales@domain.com -MessageCopyForSentAsEnabled $true -MessageCopyForSendOnBehalfEnabled $true`,
      ],
      [
        'Phones',
        r`In Outlook for iOS or Android: Settings > Add mail account > Add a shared mailbox, pick the work account and type the shared address. The native iPhone Mail app is not supported.`,
      ],
      [
        'Notes',
        r`Shared mailboxes need no licence below 50 GB and cannot be signed in to directly; nobody should be given the password.`,
      ],
    ],
  ),
  article(
    'ao-mailbox-full-archive',
    'Mailbox almost full: quota, Online Archive and retention tags',
    null,
    'Microsoft 365/Exchange Online',
    [
      [
        'Symptoms',
        r`Warning e-mails "Your mailbox is almost full" or "Your mailbox is full. You can't send or receive items", a red quota bar in Outlook, or outside senders getting "554 5.2.2 mailbox full" bounces when they write to the user.`,
      ],
      [
        'Cause',
        r`Business Premium mailboxes are 50 GB. Deleted Items, Sent Items with large attachments and Recoverable Items all count against the quota. Shared mailboxes without a licence are also capped at 50 GB.`,
      ],
      [
        'Fix',
        r`1. Check the size: Outlook File > Info > Mailbox Settings, or Get-MailboxStatistics user@domain.com | fl TotalItemSize.
2. Quick relief: empty Deleted Items and run Tools > Mailbox Cleanup > "Find items larger than 5000 KB".
3. Enable the Online Archive (included in Business Premium): Microsoft 365 Defender/Purview > Data lifecycle management > Exchange (legacy) > Archive, or Enable-Mailbox user@domain.com -Archive. Auto-expanding archiving is on for all our tenants.
4. Apply our retention policy "CCTP - Archive after 2 years" and start processing with Start-ManagedFolderAssistant user@domain.com. The archive appears in Outlook as "Online Archive - user@domain.com" after a few hours; older items move there over the next day.
5. Do not export to PST files: they are not backed up and break on laptop replacement.`,
      ],
      [
        'Escalate',
        r`Recoverable Items over quota because of a litigation hold needs L2 and the client's approval.`,
      ],
    ],
  ),
  article(
    'ao-proofpoint-quarantine',
    'Missing outside e-mail: Proofpoint Essentials quarantine, digests and safe senders',
    null,
    'Microsoft 365/Email security',
    [
      [
        'Symptoms',
        r`A vendor or customer says they sent something and it never arrived, and they got no bounce. The user receives a daily "Proofpoint Essentials Quarantine Digest" listing held messages. E-mails with attachments arrive 10-15 minutes late.`,
      ],
      [
        'How mail flows',
        r`All inbound mail passes Proofpoint Essentials before Exchange Online. Spam, bulk and suspected phishing are held in quarantine for 30 days; messages that fail SPF/DMARC for spoofed domains are rejected. Attachment Defense sandboxes attachments, which causes the short delay.`,
      ],
      [
        'Fix',
        r`1. User: open the latest digest and click "Release" (or "Release and Allow Sender" for a trusted contact). The message is delivered within a few minutes.
2. Tech: Proofpoint Essentials admin > select the client > Logs > Email Logs. Search by sender or recipient and read the Status column: Quarantined (release it from the user's Quarantine tab), Rejected (the reason is shown, e.g. SPF hard fail or a blocklist), Delivered.
3. If Proofpoint shows Delivered, trace it in Exchange admin center > Mail flow > Message trace. Check the Junk Email folder, the Focused Inbox "Other" tab and inbox rules.
4. If nothing appears in Proofpoint logs at all, the sender's system never sent it or used an old address; ask for the bounce or the exact send time.`,
      ],
      [
        'Safe senders',
        r`An organisation-wide safe sender needs the client contact's approval and is added under Company Settings > Sender Lists. Never allow a free-mail domain such as gmail.com; add the single address.`,
      ],
    ],
  ),
  article(
    'ao-email-ndr-bounces',
    'Undeliverable messages (NDRs): what the bounce codes mean',
    null,
    'Microsoft 365/Exchange Online',
    [
      [
        'Symptoms',
        r`The user sends a message and gets back "Delivery has failed to these recipients or groups" / "Your message couldn't be delivered" with a 5.x.x code.`,
      ],
      [
        'Common codes',
        r`550 5.1.1 / 5.1.10 RecipientNotFound: the address does not exist at the other end. Usually a typo or an old entry in the autocomplete list; delete the suggestion with the X and retype, or confirm the address with the recipient.
554 5.2.2 mailbox full: the recipient's mailbox is full. Nothing to fix on our side; call them or wait.
552 5.3.4 Message size exceeds fixed maximum message size: attachments over the limit. Send a OneDrive or SharePoint link instead.
550 5.7.1 / 5.7.133 Delivery not authorized: the recipient is a distribution group that only accepts internal senders, or the recipient blocked us.
550 5.7.509 Access denied, sending domain does not pass DMARC verification: a problem with the sender domain's SPF/DKIM records; send to L2 with the full NDR.
550 5.7.520 / 5.7.708 / 5.7.750: Microsoft outbound blocking; escalate to L2.
550 5.1.8 Access denied, bad outbound sender: the user's account has been restricted by Microsoft for sending spam. Treat this as a security incident and follow the compromised mailbox runbook.`,
      ],
      [
        'Fix',
        r`Ask for the whole NDR (forward it as an attachment) rather than a screenshot; the "Diagnostic information for administrators" section names the remote server. For blocklist rejections from other companies' servers, check our outbound IPs on MXToolbox and send to L2.`,
      ],
    ],
  ),
  article(
    'ao-teams-signin-cache',
    'Teams will not sign in, shows a white screen or keeps crashing: reset the new Teams',
    null,
    'Microsoft 365/Teams',
    [
      [
        'Symptoms',
        r`New Teams (the purple "work or school" app) opens to a blank white window or a spinning logo, crashes on launch, shows "We couldn't sign you in. Error code: caa70004" or "Something went wrong", or chats and channels never load while Outlook works fine.`,
      ],
      [
        'Cause',
        r`A corrupted local cache or stuck web view after an update, a network that blocks Microsoft endpoints, or a problem with the account itself.`,
      ],
      [
        'Fix',
        r`1. Try https://teams.microsoft.com in the browser. If the web version also fails, it is an account or Conditional Access problem, not the app.
2. Right-click the Teams icon in the system tray and choose Quit.
3. Windows: Settings > Apps > Installed apps > Microsoft Teams > Advanced options > Reset. Or delete the contents of %localappdata%\Packages\MSTeams_8wekyb3d8bbwe\LocalCache\Microsoft\MSTeams and reopen.
4. macOS: quit Teams and delete ~/Library/Group Containers/UBF8T346G9.com.microsoft.teams and ~/Library/Containers/com.microsoft.teams2, then reopen.
5. Check the clock and time zone are set automatically; token errors appear when the clock is wrong.
6. Still failing: run the NinjaOne script "Teams - Reinstall new Teams", which removes classic Teams leftovers and reinstalls the MSIX package.`,
      ],
      [
        'Escalate',
        r`Same error on several users at once: check the Microsoft 365 service health dashboard before touching PCs.`,
      ],
    ],
  ),
  article(
    'ao-teams-meeting-audio-video',
    'Teams meetings: microphone, speakers, camera or screen sharing not working',
    null,
    'Microsoft 365/Teams',
    [
      [
        'Symptoms',
        r`Others cannot hear the user, the user hears nothing, echo, the camera preview is black or Teams says "We can't find a camera", Bluetooth headset sounds like a tin can, or on a Mac the shared screen is black for everyone else.`,
      ],
      [
        'Fix - audio',
        r`In the meeting: More (...) > Settings > Device settings and choose the right microphone and speaker. Docks and monitors add their own audio devices (e.g. "DELL U2724DE" or "Realtek USB Audio") and Teams often picks them after a reconnect. Settings > Devices > "Make a test call" confirms the choice. On Windows check Settings > Privacy & security > Microphone and Camera and turn on "Let desktop apps access your microphone". Bluetooth headsets switch to low-quality hands-free mode when the mic is used; use the USB dongle (Jabra Link 380) instead of the laptop's built-in Bluetooth.`,
      ],
      [
        'Fix - camera',
        r`Close other apps that hold the camera (Zoom, the Camera app, browser tabs). Check the physical privacy shutter and the camera key on the keyboard (F10 on many HP models). Device Manager > Cameras: disable and re-enable.`,
      ],
      [
        'Fix - Mac screen sharing',
        r`System Settings > Privacy & Security > Screen & System Audio Recording: switch on Microsoft Teams, then quit Teams fully and reopen it. The same list controls Camera and Microphone permissions.`,
      ],
      ['Escalate', r`Conference room systems are not covered here; open a ticket with the room name.`],
    ],
  ),
  article(
    'ao-onedrive-sync-errors',
    'OneDrive sync problems: red X, invalid file names, missing Desktop after a new laptop',
    null,
    'Microsoft 365/OneDrive & SharePoint',
    [
      [
        'Symptoms',
        r`Red X or "Sync pending" icons, the OneDrive cloud icon showing a pause or error, "The file name is invalid" / "This file can't be uploaded because the name contains characters that aren't allowed", duplicate files named like Budget-DESKTOP-4K2L9.xlsx, "You're already syncing this item" when syncing a team library, or Desktop and Documents empty on a new laptop.`,
      ],
      [
        'Fix',
        r`1. Click the OneDrive cloud in the tray > gear > "View sync problems" to see which file fails and why.
2. Invalid names: remove the characters " * : < > ? / \ | and leading or trailing spaces; names such as CON, .lock or desktop.ini are not allowed. The full path must stay under 400 characters; shorten deep folder names.
3. Duplicates with a PC name appended are conflicts: open both, keep the right one, delete the other.
4. "You're already syncing this item" means the library is already synced or added as a shortcut. Use only one method: we standardise on "Add shortcut to My files" in SharePoint rather than the Sync button.
5. New laptop with empty Desktop/Documents: Known Folder Move is pushed by Intune; sign in to OneDrive and wait for the first sync. Files showing a cloud icon are online-only (Files On-Demand) and open on double-click. Right-click > "Always keep on this device" for offline use.
6. Last resort reset: %localappdata%\Microsoft\OneDrive\onedrive.exe /reset, then start OneDrive again from the Start menu.`,
      ],
      [
        'Escalate',
        r`Files deleted during sync trouble are recoverable; see the Microsoft 365 restore article.`,
      ],
    ],
  ),
  article(
    'ao-sharepoint-permissions-sharing',
    'SharePoint and Teams files: access denied, requesting access, sharing with outside people',
    null,
    'Microsoft 365/OneDrive & SharePoint',
    [
      [
        'Symptoms',
        r`"You need access. Ask for access, or switch to an account with access.", "Sorry, this site hasn't been shared with you.", an outside guest who never receives the verification code or gets "That account doesn't exist", or "Your organization's policies don't allow you to share with these users".`,
      ],
      [
        'Internal access',
        r`SharePoint sites belong to the client; their site owners grant access. We add people only on a ticket from the site owner or authorised contact. Sites connected to a Team: add the person to the Team (Teams > team > Manage team > Members) rather than giving direct file permissions. If a user sees "You need access" for a file they should have, check they are in the browser with the work account and not a personal Microsoft account (try an InPrivate window).`,
      ],
      [
        'Sharing with outsiders',
        r`Our tenants allow "New and existing guests" only on sites the client approved for external sharing. Outsiders sign in with a one-time passcode e-mailed by Microsoft on behalf of the client. The code expires after 15 minutes and often lands in their junk folder; ask them to check junk, then use "Send a new code". "Specific people" links only work for the exact address they were sent to, so a forwarded link fails. If the policy blocks the domain, the client contact must approve adding it to the allow list.`,
      ],
      [
        'Escalate',
        r`Site-level sharing settings and domain allow lists are changed by L2 in the SharePoint admin center.`,
      ],
    ],
  ),
  article(
    'ao-office-activation',
    'Office shows "Unlicensed Product", "Account Notice" or asks to activate',
    null,
    'Microsoft 365/Licensing',
    [
      [
        'Symptoms',
        r`A red or yellow bar in Word, Excel or Outlook: "UNLICENSED PRODUCT - Most features of Excel have been disabled because it hasn't been activated", "Account Notice: There are problems with your account. To fix them, please sign in again", "Sign in to activate Office", or "You've reached the limit of installs".`,
      ],
      [
        'Cause',
        r`The user's licence changed or was removed (Business Basic has no desktop apps), Office is signed in with a personal or old account, the activation token is damaged, or the user has more than five PCs or Macs activated.`,
      ],
      [
        'Fix',
        r`1. Microsoft 365 admin center > Users > the user > Licenses and apps: confirm Business Premium or Business Standard is assigned and "Microsoft 365 Apps for business" is ticked.
2. In any Office app, File > Account: if the wrong account is listed, Sign out, close all Office apps and sign in with the work address.
3. Too many installs: the user signs out old devices at https://myaccount.microsoft.com > Office apps, or an admin does it from the user's "Microsoft 365 activations".
4. Damaged activation: run the NinjaOne script "Office - Reset activation state" (the Microsoft OLicenseCleanup method), reboot and sign in again.
5. Shared front-desk or teller PCs use Shared Computer Activation set by Intune; there the user just needs to sign in once per session.`,
      ],
      [
        'Notes',
        r`Office 2016 or 2019 perpetual copies on old PCs are out of support and should be replaced with Microsoft 365 Apps.`,
      ],
    ],
  ),

  // ---------------------------------------------------------------- Identity & MFA
  article(
    'ao-mfa-new-phone',
    'New or lost phone: move Microsoft Authenticator and re-register MFA',
    null,
    'Identity & MFA',
    [
      [
        'Symptoms',
        r`The user has a new phone and Authenticator shows no work account or no codes, sign-in requests never arrive, or the old phone is lost or broken and the user is stuck at "Approve sign in request" or "Enter code".`,
      ],
      [
        'Old phone still available',
        r`The user signs in at https://aka.ms/mysignins > Security info > Add sign-in method > Microsoft Authenticator, scans the QR code with the new phone, tests it, then deletes the old phone from the list. Restoring Authenticator from an iCloud or Google backup brings the account name back but the work account must be signed in again before it works.`,
      ],
      [
        'Old phone not available',
        r`1. Verify identity by calling the user back on the number stored in IT Glue (or through the client's authorised contact). Never use the number the caller gives you.
2. Entra admin center > Users > the user > Authentication methods > "Require re-register multifactor authentication", and delete the old Authenticator entry.
3. Create a Temporary Access Pass (one-time use, valid 1 hour) and read it to the user.
4. The user goes to https://aka.ms/mysignins, signs in with the TAP and registers Authenticator on the new phone.`,
      ],
      [
        'Notifications not arriving',
        r`Check the phone allows notifications for Authenticator, battery saver is not killing the app and the date/time is automatic. The six-digit code in the app works even when pushes fail.`,
      ],
      [
        'Security',
        r`Unexpected approval requests the user did not start are an attack; see the phishing response article.`,
      ],
    ],
  ),
  article(
    'ao-password-reset-sspr',
    'Forgotten or expired password: self-service reset and changing it while remote',
    null,
    'Identity & MFA',
    [
      [
        'Symptoms',
        r`"Your password has expired and must be changed", "Your account or password is incorrect", a user who forgot their password, or a laptop at home that still wants the old password after a reset.`,
      ],
      [
        'Self-service reset',
        r`Users reset their own password at https://aka.ms/sspr (also the "Forgot my password" link on the Microsoft sign-in page). They must have Authenticator or a phone number registered. The new password is written back to Active Directory by Entra Connect within about two minutes. Policy: at least 14 characters; hybrid clients expire passwords every 365 days and users get reminders 14 days before.`,
      ],
      [
        'Helpdesk reset',
        r`Only after identity verification (callback to the number in IT Glue, or the request comes from the client's authorised contact for a new or absent employee). Reset in AD Users and Computers or Entra, tick "User must change password at next logon" and give the temporary password to the user by phone, never by e-mail.`,
      ],
      [
        'Remote laptops',
        r`A laptop away from the office only knows the old cached password. After a reset: sign in to Windows with the old password, connect FortiClient VPN, then lock the screen (Win+L) and unlock with the new password so the cache updates. An expired password cannot be changed from the Windows sign-in screen at home; use aka.ms/sspr from a phone or another device, then do the VPN and lock/unlock steps.`,
      ],
      [
        'After any change',
        r`Update the password in the phone's mail app and any saved credentials, or the account will start locking out.`,
      ],
    ],
  ),
  article('ao-ad-account-lockout', 'Account keeps getting locked out', null, 'Identity & MFA', [
    [
      'Symptoms',
      r`"The referenced account is currently locked out and may not be logged on to" at Windows sign-in, lockouts every morning or repeatedly through the day, often starting right after a password change. In the cloud: "Your account is temporarily locked to prevent unauthorized use. Try again later" (AADSTS50053).`,
    ],
    [
      'Cause',
      r`Something keeps trying the old password: a phone mail app, a second PC still signed in, a mapped drive or printer with saved credentials, a disconnected Remote Desktop session, or a scheduled task. AADSTS50053 can also be Entra smart lockout reacting to password spraying from the internet.`,
    ],
    [
      'Fix',
      r`1. Unlock: AD Users and Computers > user > Account > tick "Unlock account", or Unlock-ADAccount -Identity username.
2. Find the source: on the PDC emulator open the Security log and filter Event ID 4740; "Caller Computer Name" shows the device sending the bad password. The NinjaOne script "AD - Find lockout source" collects this for you.
3. On that device remove old entries in Credential Manager, sign out stale sessions, and update the password on the user's phone (Settings > Mail > Accounts, or remove and re-add the account in Outlook mobile).
4. Blank caller name usually means Exchange ActiveSync from a phone or a cloud sign-in: check the Entra sign-in logs.`,
    ],
    [
      'Escalate',
      r`Many failed sign-ins from unfamiliar countries or IP addresses mean an attack, not a stale password: follow the phishing and compromised mailbox articles. Lockout policy: 10 bad attempts, 15-minute lockout.`,
    ],
  ]),
  article(
    'ao-conditional-access-blocked',
    '"You cannot access this right now": Conditional Access, device compliance and travel',
    null,
    'Identity & MFA',
    [
      [
        'Symptoms',
        r`"You cannot access this right now. Your sign-in was successful but does not meet the criteria to access this resource" (AADSTS53003), "Your device is required to be managed to access this resource" or "Device is not in required device state: compliant" (AADSTS53000), "Help us keep your device secure", or a traveller who suddenly cannot sign in abroad.`,
      ],
      [
        'Our policies',
        r`Desktop Outlook, Teams, OneDrive sync and VPN are allowed only from Intune-compliant company devices. Personal computers get browser-only access without downloads. Sign-ins from outside the United States are blocked by default. MFA is required everywhere.`,
      ],
      [
        'Fix',
        r`1. Entra admin center > Sign-in logs > the failure > Conditional Access tab shows which policy blocked it.
2. Company device marked non-compliant: Intune > Devices > the device > Device compliance shows the reason, usually BitLocker off, OS build too old, SentinelOne not reporting, or no check-in for 30 days. On the device open Company Portal > Settings > Sync (Windows) or "Check status" and fix the listed item.
3. Personal device: explain it will only work in the browser; it is not a fault.
4. Travel: the client's authorised contact submits a travel request at least 3 business days ahead with country and dates. L2 adds the user to "CA - Travel Exception" with an expiry date matching the trip. We do not remove MFA for travel.`,
      ],
      [
        'Escalate',
        r`Never exclude a user from the MFA or compliance policies to "make it work"; escalate to L2.`,
      ],
    ],
  ),

  // ---------------------------------------------------------------- Network / VPN / Wi-Fi / DNS
  article(
    'ao-forticlient-vpn-errors',
    'FortiClient VPN will not connect: error codes and fixes',
    null,
    'Network/VPN',
    [
      [
        'Symptoms',
        r`FortiClient VPN shows "Credential or SSLVPN configuration is wrong (-7200)", "Unable to establish the VPN connection. The VPN server may be unreachable. (-14)", "Permission denied (-455)", hangs at 40% or 98% while connecting, opens a blank SSO window, or drops every few minutes.`,
      ],
      [
        'Setup',
        r`Each client has a FortiClient VPN profile deployed by NinjaOne pointing at vpn.clientdomain.com port 10443 with "Enable Single Sign On (SSO) for VPN Tunnel" (SAML with Entra ID and MFA). Users click "SAML Login", not a username and password.`,
      ],
      [
        'Fix',
        r`-7200 or -455: the user is not in the Entra group VPN-Users, the password expired, or they typed credentials instead of using SAML Login. Check group membership and the Entra sign-in log.
-14: the network they are on blocks port 10443 (hotels, guest Wi-Fi, some airline Wi-Fi). Test from a phone hotspot.
Stuck at 98%: Device Manager > Network adapters > "Fortinet SSL VPN Virtual Ethernet Adapter": disable and enable, or reinstall FortiClient VPN 7.2 with the NinjaOne package "FortiClient VPN - Repair".
Blank SAML window: in the profile tick "Use external browser as user-agent for SAML user authentication", or update FortiClient.
Drops: disable Wi-Fi power saving on the adapter; the tunnel idle timeout is 8 hours.`,
      ],
      [
        'Escalate',
        r`FortiGate > Log & Report > System Events > VPN Events shows the reason for each failed attempt. Several users failing at once: check the firewall and internet at the office first.`,
      ],
    ],
  ),
  article(
    'ao-vpn-connected-no-access',
    'VPN says Connected but drives, servers or office apps do not work',
    null,
    'Network/VPN',
    [
      [
        'Symptoms',
        r`FortiClient shows Connected but mapped drives have a red X, "Windows cannot access \\fs01\shared", an office server works by IP address but not by name, or an application that uses an office server times out.`,
      ],
      [
        'Cause',
        r`Drives were mapped at sign-in before the VPN was up; the home network uses the same address range as the office (very often 192.168.1.x); DNS queries go to the home router instead of the office domain controllers; or the server is in a subnet missing from the split-tunnel routes.`,
      ],
      [
        'Fix',
        r`1. Run ipconfig /all. The Fortinet adapter should list the office DNS servers. Test with nslookup fs01.corp.local and ping fs01.corp.local.
2. Compare the home "Default Gateway" with the office range in IT Glue. If they overlap, the office servers are unreachable from that home network; a phone hotspot confirms it. Note the ticket for L2; the permanent fix is changing the home router range or re-addressing the office.
3. After connecting, double-click the "Map Drives" shortcut on the desktop or run gpupdate /force to reconnect drives.
4. Server by IP works but name fails: ipconfig /flushdns, disconnect and reconnect the VPN.`,
      ],
      [
        'Escalate',
        r`A server or subnet unreachable for every VPN user needs the split-tunnel address group "SSLVPN-Split-Routes" updated on the FortiGate by L2.`,
      ],
    ],
  ),
  article(
    'ao-wifi-staff-guest',
    'Office Wi-Fi: staff and guest networks, guest password, connection problems',
    null,
    'Network/Wi-Fi',
    [
      [
        'Networks',
        r`Wi-Fi at all sites is FortiAP access points managed by the FortiGate. Each client has a staff SSID (e.g. FVH-Staff) for company laptops only; its profile is pushed by Intune and users are never told the key. Personal phones, visitors and vendors use the guest SSID (e.g. FVH-Guest), which is isolated from the office network. The guest password changes on the 1st of every month; the client's office manager receives it by e-mail and it is posted at reception. Techs find the current one in IT Glue under Wi-Fi.`,
      ],
      [
        'Symptoms',
        r`"Can't connect to this network", connected but "No internet, secured", the guest login page never appears, or a weak signal in one part of the building.`,
      ],
      [
        'Fix',
        r`1. Is it one device or everyone? If all devices have no internet, follow the internet outage article.
2. Company laptop cannot join the staff SSID: forget the network, then Company Portal > Settings > Sync to redeploy the Wi-Fi profile and reboot. The laptop must have checked in to Intune since the last key change.
3. Guest page not showing: open http://neverssl.com to trigger the login page; turn off private DNS or VPN apps on the phone.
4. Weak signal or dead zone: check FortiGate > WiFi & Switch Controller > Managed FortiAPs; an AP shown offline usually has a bad PoE switch port or cable.`,
      ],
      [
        'Escalate',
        r`Coverage complaints with all APs online need a site survey quote from the account manager.`,
      ],
    ],
  ),
  article(
    'ao-web-filter-blocked',
    'Website blocked by DNSFilter or FortiGuard: block pages and allow requests',
    null,
    'Network/DNS & filtering',
    [
      [
        'Symptoms',
        r`A page with the DNSFilter logo saying "This site has been blocked by your network administrator", a FortiGate page "Web Page Blocked! The page you have requested has been blocked, because the URL category is not allowed", a site that loads without images or buttons, or a certificate warning on a site that should be fine.`,
      ],
      [
        'Which filter',
        r`DNSFilter runs on every company laptop (roaming agent) and at the office; its block page shows the category and a "Request review" button. The FortiGuard block page appears only on the office network and shows the FortiGuard category. A half-loading site usually means one of its content domains is blocked; the DNSFilter query log for that device shows which.`,
      ],
      [
        'Fix',
        r`1. Business sites wrongly blocked (vendor portals, government sites, supplier ordering sites): add the domain to the client's allow list in DNSFilter > Policies > the client policy > Allow, or in FortiGate > Security Profiles > Web Filter > URL Filter. Takes effect in about 5 minutes; run ipconfig /flushdns.
2. Entertainment or social categories need approval from the client's authorised contact.
3. Security categories (phishing, malware, newly registered domains) are never allowed by L1; send to the security queue.
4. Miscategorised sites: also submit a recategorisation to DNSFilter or FortiGuard.`,
      ],
    ],
  ),
  article(
    'ao-internet-outage-failover',
    'Whole office offline: ISP outage and FortiGate SD-WAN failover',
    null,
    'Network/Internet',
    [
      [
        'Symptoms',
        r`Nobody at the site can reach the internet, cloud apps or e-mail; RingCentral phones show "No Service"; NinjaOne raises "Site offline"; or the FortiGate sends "SD-WAN member wan1 is dead" / "Link Monitor: wan1 status changed to dead". Sometimes the office is online but slow because it failed over to the backup line.`,
      ],
      [
        'Setup',
        r`Every site has a primary fibre or cable circuit on wan1 and a backup (second ISP or LTE) on wan2, combined with SD-WAN. The circuit IDs and ISP support numbers are in IT Glue under "Internet Circuits".`,
      ],
      [
        'Fix',
        r`1. Check the FortiGate in FortiCloud or NinjaOne. If wan2 is alive the site is on the backup: tell the client things will be slower and large uploads should wait.
2. Ask someone on site to look at the ISP modem (Comcast Business, Lumen, etc.). Power-cycle the modem only; do not power-cycle the FortiGate or switches.
3. Call the ISP with the circuit ID and open a ticket; record their ticket number in ours.
4. Both links down: ask about power in the building and the server closet UPS.
5. When the primary comes back the SD-WAN fails back by itself; confirm wan1 is alive and close the alert.`,
      ],
      [
        'Escalate',
        r`Outage over 2 hours or repeated flapping: L2 reviews the link monitor and ISP escalation.`,
      ],
    ],
  ),
  article(
    'ao-mapped-drives-missing',
    'Mapped network drives missing or showing a red X',
    null,
    'Network/File shares',
    [
      [
        'Symptoms',
        r`S: or P: drive missing in File Explorer, shown with a red X as "Disconnected Network Drive", "The network path was not found", "An error occurred while reconnecting S: to \\fs01\shared. The local device name is already in use.", or "You don't have permission to access \\fs01\shared\Accounting".`,
      ],
      [
        'Cause',
        r`Drives are mapped by Group Policy at sign-in. A laptop that starts off the office network (or before VPN connects) cannot map them. Saved wrong credentials or a group membership change can also break a drive.`,
      ],
      [
        'Fix',
        r`1. Be on the office network or connected to VPN.
2. Run the desktop shortcut "Map Drives" or gpupdate /force, then sign out and back in.
3. Stuck mapping: net use * /delete /y, then run "Map Drives" again.
4. Check Credential Manager for an entry for the file server with an old password and remove it.
5. Permission errors are not faults: access to a folder is granted by adding the user to the folder's AD group after the data owner approves it in the ticket.`,
      ],
      [
        'Escalate',
        r`Drive missing for everyone: check the file server in NinjaOne (online, disk space, Server service).`,
      ],
    ],
  ),

  // ---------------------------------------------------------------- Endpoints
  article(
    'ao-windows-updates-ninjaone',
    'Windows updates: stuck at "Working on updates", failed patches and restart prompts',
    null,
    'Endpoints/Windows',
    [
      [
        'Symptoms',
        r`The PC sits on "Working on updates 30% - Don't turn off your computer" for a long time, loops on "Undoing changes made to your computer", NinjaOne keeps showing "Your computer needs to restart to finish installing updates", or the NinjaOne patch report lists failures such as 0x800f0922, 0x80070002, 0x8024a105 or 0x80070070.`,
      ],
      [
        'Our patch policy',
        r`Microsoft updates are approved 7 days after Patch Tuesday and installed by NinjaOne at 11:00 pm. Users may postpone the restart three times; after five days the restart is forced at night. Laptops must be left on and plugged in overnight at least once a week.`,
      ],
      [
        'Fix',
        r`1. Stuck at a percentage: wait two hours. If nothing changes, hold the power button to shut down once and start again; Windows usually finishes or rolls back.
2. "Undoing changes" loop: let it finish, sign in, and NinjaOne retries the next night.
3. Repeated failures: run the NinjaOne script "Windows Update - Reset Components" (stops wuauserv and BITS, renames SoftwareDistribution and catroot2), reboot, then "Scan" and "Apply" patches from the device page.
4. 0x80070070 means not enough free space for the update; 0x800f0922 often means the VPN was connected during install or the System Reserved partition is too small: send to L2.`,
      ],
      ['Escalate', r`Machines failing the same update three nights running: L2.`],
    ],
  ),
  article('ao-bitlocker-recovery', 'BitLocker recovery screen at startup', null, 'Endpoints/Windows', [
    [
      'Symptoms',
      r`A blue screen before Windows loads: "BitLocker recovery - Enter the recovery key for this drive", with a Key ID (the first 8 characters are shown). Usually after a BIOS or firmware update, a motherboard or TPM change, a changed boot order, booting with a USB stick or dock attached, or several wrong PIN attempts.`,
    ],
    [
      'Fix',
      r`1. Verify the caller's identity (callback to the number in IT Glue).
2. Find the key: Intune admin center > Devices > the device > Recovery keys, or Entra admin center > Devices > the device > BitLocker keys, or the NinjaOne device page > BitLocker. Match the Key ID shown on the user's screen.
3. Read the 48-digit key to the user in groups of six. Never e-mail or text it.
4. Once Windows is up, trigger BitLocker key rotation from Intune (device > ... > BitLocker key rotation) because the key has been disclosed.
5. If it asks again on every start, the TPM measurement did not settle: run manage-bde -protectors -disable C: -RebootCount 1 in an elevated prompt, reboot twice, and confirm manage-bde -status shows Protection On.`,
    ],
    [
      'Prevention',
      r`NinjaOne Dell and HP BIOS updates suspend BitLocker for one reboot automatically; manual BIOS updates by hand must do the same.`,
    ],
    [
      'Escalate',
      r`No key found anywhere: the data on that disk is not recoverable. Escalate to L2 immediately; the user's files are usually safe in OneDrive.`,
    ],
  ]),
  article(
    'ao-macos-company-portal',
    'Macs: Intune enrollment, Company Portal compliance, FileVault and Platform SSO',
    null,
    'Endpoints/macOS',
    [
      [
        'Symptoms',
        r`Company Portal says "Not compliant" or "Couldn't add your device", Outlook or Teams on the Mac is blocked as an unmanaged device, a FileVault prompt appears at logout, a "Registration Required" notification appears, or Microsoft AutoUpdate keeps nagging.`,
      ],
      [
        'Setup',
        r`Company Macs are bought through Apple Business Manager and enrol in Intune automatically during setup. Compliance requires FileVault on, macOS no more than one major version behind with current security updates, the SentinelOne agent running and the firewall on. Users are standard (non-admin) users.`,
      ],
      [
        'Fix',
        r`1. Open Company Portal > Devices > this Mac > "Check status". It lists exactly which setting fails.
2. FileVault: the policy enables it at the next logout or restart and asks for the user's password; accept it. The recovery key escrows to Intune.
3. macOS updates: System Settings > General > Software Update; a restart is required.
4. "Registration Required": this is Platform SSO. Click the notification, sign in with the work account and approve with Touch ID. Afterwards Microsoft apps sign in automatically.
5. After fixing, click "Check status" again; Conditional Access follows within about 15 minutes.`,
      ],
      [
        'Escalate',
        r`A company Mac that is not in Intune at all (set up before enrolment): L2 re-enrols it through Apple Business Manager, which erases it.`,
      ],
    ],
  ),
  article(
    'ao-mobile-outlook-app-protection',
    'Phones and tablets: Outlook mobile, app protection messages and "Company Portal required"',
    null,
    'Endpoints/Mobile',
    [
      [
        'Symptoms',
        r`The iPhone Mail app or the Samsung mail app stopped receiving work e-mail; "Your organization is now protecting its data in this app. You need to restart the app to continue."; "Get the app - your IT department requires Intune Company Portal" on Android; "Your organization's data cannot be pasted here"; a new PIN prompt in Outlook; attachments cannot be saved to Photos or personal storage.`,
      ],
      [
        'Why',
        r`Work e-mail, Teams and OneDrive on phones are allowed only in the Microsoft apps with Intune app protection. Personal phones are not enrolled; only the work data inside those apps is managed.`,
      ],
      [
        'Fix',
        r`1. Install Microsoft Outlook (and Teams, OneDrive as needed) from the App Store or Play Store and sign in with the work address. Other mail apps are blocked by design for the work account.
2. Android also needs Intune Company Portal and Microsoft Authenticator installed; the user only signs in, no enrolment.
3. "Restart the app" message: close the app fully and reopen; this happens once after the policy applies.
4. Copy and paste, "Save to Photos" and opening attachments in personal apps are blocked on purpose; content can go to OneDrive, Word, Excel, Teams and other Microsoft apps.
5. Forgotten app PIN: tap "Forgot PIN", sign in again and set a new one.`,
      ],
      [
        'Escalate',
        r`Company-owned phones or iPads that are fully enrolled are handled as managed devices through Intune.`,
      ],
    ],
  ),
  article(
    'ao-software-install-admin',
    'Software install requests and admin password prompts',
    null,
    'Endpoints/Windows',
    [
      [
        'Symptoms',
        r`"Do you want to allow this app to make changes to your device?" asking for an administrator user name and password, an installer that fails with "You need administrator rights", or an app that says "An update is available" but cannot install it.`,
      ],
      [
        'Policy',
        r`Users are standard users on all managed computers. We do not give out local admin passwords; Windows LAPS passwords are for technicians only and rotate after use.`,
      ],
      [
        'How to get software',
        r`1. Many common apps (Zoom, Adobe Acrobat Reader, Chrome, 7-Zip, vendor printer tools) are in Company Portal > Apps; the user can install them without a ticket.
2. Anything else: open a ticket with the software name, the business reason and who pays for the licence. New vendors get a short security review. Approved software is installed by NinjaOne, usually within one business day.
3. Updates: NinjaOne third-party patching keeps browsers, Zoom, Adobe and Java current overnight. An in-app "update available" prompt can be ignored; if the user needs it sooner, ask for a push.
4. A technician can elevate a one-off installer remotely through a NinjaOne remote session.`,
      ],
      [
        'Escalate',
        r`Requests for permanent local admin need written approval from the client's authorised contact and L2.`,
      ],
    ],
  ),
  article(
    'ao-dock-monitors',
    'Dock, external monitors or USB devices not working',
    null,
    'Endpoints/Hardware',
    [
      [
        'Symptoms',
        r`External monitors say "No signal" or stay black, only one of two monitors works, screens flicker or go black for a second, keyboard and mouse on the dock stop working, or the laptop shows "Slow charger" or does not charge on the dock. Often after a Windows update or a move to another desk.`,
      ],
      [
        'Hardware',
        r`Standard docks are Dell WD19S and WD22TB4 and HP USB-C Dock G5. Monitors are Dell 24 and 27 inch models on DisplayPort or HDMI.`,
      ],
      [
        'Fix',
        r`1. Power-reset the dock: unplug its power and the laptop cable for 30 seconds, then reconnect power first and the laptop second.
2. Use the Thunderbolt or USB-C port with the lightning or DisplayPort symbol; some laptops have a second USB-C port that carries no video.
3. Win+P > Extend, then Settings > System > Display > "Detect". Check the monitor's input source button.
4. Flicker: reseat or swap the video cable between dock and monitor; avoid adapters chained together.
5. Update dock firmware and graphics drivers with the NinjaOne job "Dell Command Update" or "HP Image Assistant".
6. Macs with base M1, M2 or M3 chips support only one external display natively; two need a DisplayLink dock.`,
      ],
      [
        'Escalate',
        r`Same dock failing with a second laptop: hardware replacement under warranty (Dell ProSupport or HP).`,
      ],
    ],
  ),

  // ---------------------------------------------------------------- Printing / scanning
  article(
    'ao-printer-offline-jobs-stuck',
    'Printer offline, jobs stuck in the queue, or adding a printer',
    null,
    'Printing & scanning',
    [
      [
        'Symptoms',
        r`Windows shows the printer as "Offline", jobs sit in the queue with "Error - Printing" or just "Printing" and nothing comes out, a printer is missing on a new laptop, "Windows cannot connect to the printer. Operation failed with error 0x0000011b" (or 0x00000709), or "Do you trust this printer?" asks for an administrator.`,
      ],
      [
        'Fix - offline or stuck',
        r`1. Check the printer itself: power, paper, an error on its display, and the network cable.
2. Print a configuration page from the printer's menu and compare its IP address with the port in Printer properties > Ports. Printers should have DHCP reservations on the FortiGate; a changed IP means the reservation is missing.
3. Clear the queue: run the NinjaOne script "Printing - Clear spooler", or stop the Print Spooler service, delete the files in C:\Windows\System32\spool\PRINTERS and start the service again.
4. Restart the printer if it answers ping but not print jobs.`,
      ],
      [
        'Adding a printer',
        r`Office printers are deployed automatically from the print server (\\print01) or by Intune. A missing printer on a new laptop usually appears after gpupdate /force and a sign-out. The "Do you trust this printer?" driver prompt needs admin rights since the PrintNightmare hardening; open a ticket and a tech installs the driver remotely. Errors 0x0000011b and 0x00000709 are fixed by the tech removing and re-adding the printer with the packaged driver.`,
      ],
      ['Escalate', r`Hardware faults on copiers go to the copier dealer; see the copier service article.`],
    ],
  ),
  article(
    'ao-canon-scan-to-email',
    'Canon copier scan-to-email not arriving (error #801, relay denied)',
    null,
    'Printing & scanning',
    [
      [
        'Symptoms',
        r`Scans sent to e-mail from the Canon imageRUNNER ADVANCE DX never arrive. Status Monitor/Cancel > Send > Log shows "NG" with error #801 (the SMTP server did not respond or refused the job) or #755 (the copier's network or TCP/IP is not working). The Microsoft side may reject with "550 5.7.64 TenantAttribution; Relay Access Denied".`,
      ],
      [
        'Setup',
        r`Copiers send through a Microsoft 365 inbound connector that trusts the office's static public IP. SMTP server: the tenant's MX host (clientdomain-com.mail.protection.outlook.com) on port 25, sender scanner@clientdomain.com. No mailbox password is involved.`,
      ],
      [
        'Fix',
        r`1. Send a test scan to yourself and read the error in the Send log.
2. #801 or Relay Access Denied right after an ISP change or while the site is on its backup line: the public IP no longer matches the connector. Check the current IP (FortiGate dashboard) against Exchange admin center > Mail flow > Connectors > "Copier relay". Update the connector (L2) or wait for failback to the primary line.
3. #755: check the copier's network cable and its IP and DNS settings in Settings/Registration > Preferences > Network > TCP/IP Settings.
4. Scans over 25 MB fail at Microsoft: lower the resolution to 300 dpi, use PDF (Compact), or scan to a folder instead.
5. Address book entries are edited in the Remote UI at http://copier-ip:8000 (admin password in IT Glue).`,
      ],
      ['Escalate', r`Copier hardware or firmware problems go to the dealer.`],
    ],
  ),
  article('ao-canon-scan-to-folder', 'Canon copier scan-to-folder (SMB) fails', null, 'Printing & scanning', [
    [
      'Symptoms',
      r`Scanning to a network folder from the Canon imageRUNNER ADVANCE DX fails with "Check the destination settings", error #751 (cannot connect to the destination server) or #755, or the scan reports OK but the file never appears. Often starts after a password change, a server replacement or a copier firmware update.`,
    ],
    [
      'Setup',
      r`Each user has a one-touch destination pointing at \\fs01\Scans\username (full host name or IP). The copier authenticates with the service account svc-scan, whose password is in IT Glue and is set to never expire. Scans for shared departments go to \\fs01\Scans\Shared.`,
    ],
    [
      'Fix',
      r`1. Confirm the destination path in the address book through the Remote UI (http://copier-ip:8000 > Address Book). Folder renamed or user left: update the entry.
2. Someone changed the svc-scan password (or it was reset during an audit): set the same password in every scan destination using the Remote UI, or revert the service account to the documented password.
3. Server replaced or renamed: use the FQDN or IP, not an old NetBIOS name; check DNS settings on the copier.
4. After a firmware update, check Settings/Registration > Preferences > Network > SMB Client Settings: SMB 2.0/3.0 enabled, SMB signing allowed.
5. Test from a PC: run net use \\fs01\Scans /user:corp\svc-scan to prove the account and share work.`,
    ],
    ['Escalate', r`Copier firmware itself is handled by the dealer; share and account changes by L2.`],
  ]),
  article(
    'ao-copier-service-supplies',
    'Copier hardware errors, jams, toner and service calls (Canon via Rocky Mountain Office Systems)',
    null,
    'Printing & scanning',
    [
      [
        'Scope',
        r`The Canon imageRUNNER ADVANCE DX copiers at our clients are leased and serviced by Rocky Mountain Office Systems (RMOS), service line 303-555-0188 or the RMOS service portal. We handle the network, print drivers and scanning setup; RMOS handles the machine itself.`,
      ],
      [
        'Symptoms that go to RMOS',
        r`"Call service representative" with an E-code such as E000007-0000 or E602-0001, paper jams that keep returning in the same spot, streaks, lines or faded copies, grinding noises, a finisher or stapler fault, "Waste toner container is full" if no spare is on site, or the machine not powering on.`,
      ],
      [
        'What to do',
        r`1. Get the serial number from the sticker on the front of the machine or Settings/Registration > Management Settings > Device Information (or the Counter/Device Information button).
2. Call RMOS or log the call in their portal with the serial number, the E-code and a photo of the screen. Typical response is 4 business hours.
3. Note the RMOS ticket number in our ticket and set it to Waiting on Vendor.
4. Power off at the main switch and back on once before calling; E-codes that clear after a restart should still be reported.`,
      ],
      [
        'Toner',
        r`Toner is shipped automatically by RMOS eMaintenance when a cartridge reaches about 10%; it normally arrives within two business days. If a "Replace toner" message appears with no spare on site, call RMOS for a rush shipment. Meter readings are sent automatically.`,
      ],
    ],
  ),

  // ---------------------------------------------------------------- Backup & restore
  article(
    'ao-restore-file-server',
    'Restore a deleted or overwritten file on a file server (Previous Versions, then Veeam)',
    null,
    'Backup & restore',
    [
      [
        'Symptoms',
        r`A user deleted a file or folder on a mapped drive, saved over a spreadsheet, or a folder was moved and cannot be found.`,
      ],
      [
        'Information to collect',
        r`Full path (e.g. S:\Inventory\2024), the file or folder name, when it was last known to be correct, and whether the current version should be kept. Restores over existing files need the user's confirmation.`,
      ],
      [
        'Fix - Previous Versions first',
        r`File servers take shadow copies at 7:00 am and 12:00 pm on weekdays, kept for about two weeks. Right-click the parent folder > Properties > Previous Versions, pick a version from before the change, "Open" to check, then copy the file out. Users can do this themselves on the mapped drive.`,
      ],
      [
        'Fix - Veeam',
        r`Older than the shadow copies: on the client's Veeam Backup & Replication server, Home > Backups > Disk > the server's job > right-click > Restore guest files > Microsoft Windows. Pick the restore point, browse to the path, and use "Copy To" into a folder named Restored-YYYYMMDD next to the original. Do not use "Overwrite" unless the ticket says so. Retention: 30 daily points on site, 12 monthly points in the immutable Wasabi copy.`,
      ],
      [
        'Not covered here',
        r`Files in OneDrive, SharePoint or Teams are restored from Microsoft 365; see the Microsoft 365 restore article.`,
      ],
    ],
  ),
  article(
    'ao-restore-m365-items',
    'Recover deleted e-mail, OneDrive or SharePoint files (Microsoft 365 and Veeam Backup for Microsoft 365)',
    null,
    'Backup & restore',
    [
      [
        'Symptoms',
        r`Deleted e-mails emptied from Deleted Items, a calendar or contacts folder gone, OneDrive or SharePoint files deleted or overwritten, or a request for mail from a former employee or from many months ago.`,
      ],
      [
        'E-mail',
        r`In Outlook, Deleted Items > "Recover items recently removed from this folder" (Outlook on the web: right-click Deleted Items > Recover items). Items are kept 30 days after Deleted Items is emptied.`,
      ],
      [
        'OneDrive and SharePoint',
        r`OneDrive > Recycle bin (93 days, including the second-stage bin). For many files deleted at once or ransomware-encrypted files: OneDrive > Settings > Restore your OneDrive, choose a date within the last 30 days. SharePoint libraries: site Recycle bin, then "Second-stage recycle bin" at the bottom. Version history (right-click > Version history) restores a file that was saved over.`,
      ],
      [
        'Older than that: Veeam Backup for Microsoft 365',
        r`Every tenant is backed up three times a day with one year of retention (seven years for the credit union). A technician opens Veeam Explorer for Exchange or SharePoint/OneDrive, selects the restore point and restores to the original mailbox into a folder named "Restored items", or exports a PST for legal requests. Leavers' mailboxes stay in the backup after the licence is removed.`,
      ],
      [
        'Escalate',
        r`Legal hold or e-discovery requests go to L2 and need the client's authorised contact in writing.`,
      ],
    ],
  ),
  article(
    'ao-veeam-job-failed-alert',
    'Veeam backup job failed or warning alert (internal L1 runbook)',
    null,
    'Backup & restore',
    [
      [
        'Alert examples',
        r`E-mails from veeam@ to the alerts mailbox: "[Failed] Job FS01-Daily (1 VMs) 1 failed" with "Error: Failed to create VM snapshot", "[Warning] ... Changed block tracking cannot be enabled", "Repository SRV-REPO01 is getting low on free space", "Failed to offload backup to capacity tier: Wasabi S3 connection timeout", or "Unable to truncate transaction logs".`,
      ],
      [
        'Triage',
        r`1. Open the Veeam console on the client's backup server through NinjaOne. Look at the job session log for the first error, not the last.
2. One failure, next scheduled run not yet happened: right-click the job > Retry. Note the result in the ticket.
3. Snapshot or VSS errors: on the protected server run vssadmin list writers; writers in a failed state are reset by restarting the matching service (SQL Writer, Hyper-V VSS, etc.) or a reboot after hours. Remove orphaned checkpoints in Hyper-V Manager.
4. Low repository space: check retention settings and the largest backup chains. Never delete backup files by hand in File Explorer.
5. Wasabi or offload failures: confirm the site's internet; the capacity tier retries on the next window.`,
      ],
      [
        'Escalate',
        r`Two consecutive failed runs of the same job, any failure of the Wasabi copy for more than 48 hours, or repository space below 10%: escalate to L2 and add a note to the client's Backup page in IT Glue.`,
      ],
    ],
  ),

  // ---------------------------------------------------------------- Security incidents
  article(
    'ao-phishing-clicked',
    'Suspicious e-mail, "I clicked the link", unexpected MFA prompts: phishing response',
    null,
    'Security',
    [
      [
        'Symptoms',
        r`A user reports a suspicious e-mail, admits clicking a link or opening an attachment, typed their password into a page that looked like Microsoft, DocuSign or a shared file, gets Authenticator approval requests they did not start, or received an urgent request from "the CEO" for gift cards or a change of bank details.`,
      ],
      [
        'Only received, nothing clicked',
        r`User clicks "Report" (Report Message button in Outlook) and deletes it. The tech checks Proofpoint logs for other recipients and purges copies with a Purview content search.`,
      ],
      [
        'Clicked and entered a password',
        r`Treat as a compromised account right away:
1. Reset the password and Revoke sessions in Entra (user > Revoke sessions).
2. Check Authentication methods for any phone or app the user did not add, and delete it.
3. Check inbox rules and forwarding, and the sign-in log for foreign IPs. If anything is wrong, continue with the compromised mailbox runbook.`,
      ],
      [
        'Opened an attachment or ran a file',
        r`Disconnect the device in SentinelOne (Network quarantine), run a full scan and escalate to the security queue before returning it.`,
      ],
      [
        'Unexpected MFA prompts',
        r`Tell the user to Deny them. Prompts mean someone has the password: reset it and revoke sessions as above.`,
      ],
      [
        'Gift card and payment requests',
        r`Never pay. Any request to buy gift cards or change payment details is verified by a phone call to a known number, not by replying. Report it and warn the client contact.`,
      ],
    ],
  ),
  article(
    'ao-compromised-mailbox',
    'Compromised mailbox or business e-mail compromise: clean-up',
    null,
    'Security',
    [
      [
        'Signs',
        r`Contacts receive spam or phishing from the user, Sent Items has messages the user did not write, odd inbox rules (moving mail to RSS Feeds or Archive, names like "." or ".."), mail forwarding to an outside address, NDRs with "550 5.1.8 Access denied, bad outbound sender", a Defender alert "User restricted from sending email", or sign-ins from countries where the user is not.`,
      ],
      [
        'Contain',
        r`1. Entra: Block sign-in, reset the password, Revoke sessions.
2. Remove unknown MFA methods and registered devices.
3. Exchange: Get-InboxRule -Mailbox user | fl Name,Description and remove malicious rules; clear forwarding with Set-Mailbox user -ForwardingSmtpAddress $null -DeliverToMailboxAndForward $false.
4. Entra > Enterprise applications: remove OAuth apps the user consented to recently (e.g. mail clients or "PDF" tools).`,
      ],
      [
        'Recover',
        r`1. Microsoft Defender portal > Email & collaboration > Review > Restricted entities: release the user once the account is clean (it can take an hour to send again).
2. Review the Unified Audit Log for mail read or sent during the compromise.
3. Unblock sign-in, register MFA with a Temporary Access Pass in a call with the user.`,
      ],
      [
        'Communicate',
        r`Tell the client's authorised contact, suggest a warning e-mail to the user's contacts, and escalate to L2 security if invoices, payments, member or patient data were involved (cyber insurance and legal notice may apply).`,
      ],
    ],
  ),
  article(
    'ao-sentinelone-detection',
    'SentinelOne threat detected, file quarantined or PC disconnected from the network',
    null,
    'Security',
    [
      [
        'Symptoms',
        r`A pop-up "SentinelOne has detected a threat and mitigated it", a program that will not start after an update, an installer or file that vanished, or a PC that suddenly has no network with the agent showing "Disconnected from network". Alert e-mails to the SOC mailbox read "[SentinelOne] New threat: file.exe on HOST - Confidence: Malicious - Status: Mitigated" or "Not mitigated".`,
      ],
      [
        'Triage (L1)',
        r`1. SentinelOne console > Incidents > Threats > open the threat. Read the classification, confidence level (Malicious or Suspicious), file path, hash, and the process tree.
2. Not mitigated, or Malicious with ransomware/credential-theft behaviour: leave the device in network quarantine, escalate to the security queue immediately and call the client contact.
3. Suspicious detection of a known business application (an LOB vendor updater, a signed installer from a vendor we support): confirm with the vendor or the user what was being installed.`,
      ],
      [
        'False positive',
        r`Mark the threat as "False positive" with a note, add a hash exclusion (never a folder or path exclusion without L2), and use "Restore from quarantine" so the file comes back. Then run the installer again.`,
      ],
      [
        'Reconnect',
        r`A network-quarantined device is reconnected only after the threat is resolved: Actions > Reconnect to network.`,
      ],
      [
        'Rules',
        r`Never uninstall or disable the agent to get software to install; anti-tamper requires the site passphrase, which only L2 uses.`,
      ],
    ],
  ),
  article('ao-lost-stolen-device', 'Lost or stolen laptop, phone or tablet', null, 'Security', [
    [
      'First steps',
      r`Report it to us immediately by phone (24/7 line); do not wait to see if it turns up. Collect: which device, when and where it was last seen, whether it was locked, and whether it was company-owned or personal. For theft, the user should file a police report and send us the case number.`,
    ],
    [
      'Laptops',
      r`1. Reset the user's password and Revoke sessions in Entra.
2. In SentinelOne, disconnect the device from the network so it is cut off if it comes online.
3. Company laptops are BitLocker-encrypted; the data is protected while the device is off. If not recovered within 24 hours (or immediately when the client asks), issue Intune > Devices > the device > Wipe.
4. Order a replacement; Autopilot sets up a new laptop in about two business days.`,
    ],
    [
      'Phones and tablets',
      r`Company-owned (enrolled): Intune > device > Locate device where supported, then Wipe, or put iPads into Lost Mode first. Personal phones: Intune > Apps > App selective wipe for the user and device, which removes only work data from Outlook, Teams and OneDrive. Reset the password and revoke sessions either way.`,
    ],
    [
      'Afterwards',
      r`Record the serial number, time of wipe and the police case number in the ticket; the client may need them for insurance and compliance.`,
    ],
  ]),

  // ---------------------------------------------------------------- On / offboarding
  article(
    'ao-onboarding-new-hire',
    'New hire setup: what we need and how long it takes',
    null,
    'On & offboarding',
    [
      [
        'Request',
        r`The client's authorised contact submits the New User form in the portal at least 5 business days before the start date. Fields: full legal and preferred name, job title, department, manager, start date, location, licence type, distribution groups and shared mailboxes, drive and folder access, phone extension and whether a desk phone is needed, laptop needed (or reuse), and any line-of-business accounts the client wants us to request. Requests with less than 2 business days' notice are rush work.`,
      ],
      [
        'What we do',
        r`1. Create the account in on-prem AD (synced to Entra) with the client's naming standard; assign the licence and groups.
2. Add to shared mailboxes and folder groups as approved on the form.
3. Create the RingCentral user and extension; assign the desk phone.
4. Provision a laptop through Autopilot, or reset an existing one.
5. Send the manager a welcome sheet with the username and a Temporary Access Pass; the temporary password is given by phone.
6. On day one the user signs in, registers Microsoft Authenticator and sets a password (we can join by phone for 15 minutes).`,
      ],
      [
        'Not done by us',
        r`Accounts inside line-of-business systems controlled by the client or the vendor are requested per the client's own runbook.`,
      ],
      ['Changes', r`Name changes, title changes and transfers use the same form.`],
    ],
  ),
  article('ao-offboarding-leaver', 'Employee leaving: offboarding checklist', null, 'On & offboarding', [
    [
      'Request',
      r`Planned departures: the authorised contact submits the Offboarding form with the last day and what happens to mail, files and phone. Immediate terminations: phone us and we act while you are on the line; the form follows.`,
    ],
    [
      'Checklist',
      r`1. At the agreed time: block sign-in, reset the password, Revoke sessions, remove MFA methods, disable the AD account and move it to the Disabled Users OU.
2. Convert the mailbox to a shared mailbox (keeps the mail, frees the licence); grant the manager Full Access; set an auto-reply if requested; forward to another user only if the form asks for it.
3. OneDrive: give the manager access to the leaver's OneDrive (kept for 365 days after deletion under our retention policy).
4. Remove from groups, Teams and shared mailbox permissions; remove the licence after mail conversion.
5. RingCentral: reassign or delete the extension; forward the number or voicemail to the manager if requested.
6. Devices: collect laptop, phone and tablet; Intune wipe or Autopilot reset before reuse. Personal phones get an app selective wipe.
7. Disable the user in line-of-business systems per the client runbook, or tell the client which ones they must disable themselves.`,
    ],
    ['Record', r`Note every step with time stamps in the ticket; some clients need it for audits.`],
  ]),

  // ---------------------------------------------------------------- Phones
  article(
    'ao-ringcentral-app',
    'RingCentral app: sign-in, calls not ringing on the app, softphone audio',
    null,
    'Phones/RingCentral',
    [
      [
        'Symptoms',
        r`The RingCentral desktop or mobile app will not sign in or loops on the Microsoft sign-in, calls ring the desk phone but not the app, calls go straight to voicemail on the app, one-way audio or no audio on app calls, or a prompt asking to confirm an emergency address.`,
      ],
      [
        'Fix - sign-in',
        r`Click "Sign in" and enter the work e-mail; the app redirects to Microsoft (SSO) with MFA. Do not use the old RingCentral password. Clear the app's cache with Settings > Support > Reset, or reinstall from Company Portal.`,
      ],
      [
        'Fix - not ringing',
        r`1. Presence must be Available, not Do Not Disturb (click the avatar).
2. Settings > Phone > Calls: "Ring me on the desktop app" and, for mobile, allow notifications and background activity on the phone.
3. Online account > Call handling & forwarding: the desktop app and mobile app must be ticked in the ring order for business hours.
4. Working from home: confirm the emergency address when asked (required for 911 routing); an unconfirmed address does not stop incoming calls but will prompt each time.`,
      ],
      [
        'Fix - audio',
        r`Settings > Audio: choose the headset for microphone and speaker and run the test. Windows privacy settings must allow desktop apps to use the microphone. One-way audio on hotel or guest networks is usually the network; try a hotspot.`,
      ],
      ['Escalate', r`All users failing at once: check status.ringcentral.com.`],
    ],
  ),
  article(
    'ao-ringcentral-desk-phone',
    'Desk phone shows "No Service" or will not register (Poly VVX, Yealink)',
    null,
    'Phones/RingCentral',
    [
      [
        'Symptoms',
        r`The desk phone display shows "No Service", "Registration failed", "Network unavailable" or "Line unregistered", there is no dial tone, the phone reboots in a loop or stays on "Updating", or the voicemail PIN is forgotten.`,
      ],
      [
        'Fix',
        r`1. One phone or all? If every phone in the office shows No Service, check the internet first (internet outage article).
2. Phones are powered by PoE. Make sure the cable from the wall goes into the port marked "LAN" or "Internet", not "PC". A dark screen means no PoE: try another wall port or a known-good cable.
3. Reboot by unplugging the network cable for 10 seconds.
4. Yealink: Menu > Status shows the IP address; an address starting 169.254 means no DHCP, so check the switch port. Poly VVX: Home > Settings > Status > Network.
5. Registration failed with the network fine: in the RingCentral admin portal > Phone System > Phones & Devices > the phone > "Setup & Provision", re-provision. Do not factory reset a phone unless L2 asks.
6. Voicemail PIN: reset in the admin portal > Users > the user > Settings > Security/Voicemail PIN, or the user can change it in the app.`,
      ],
      [
        'Escalate',
        r`Phone still dead on a known-good port and cable: request a replacement through RingCentral (they ship a pre-provisioned unit).`,
      ],
    ],
  ),
  article(
    'ao-ringcentral-call-routing',
    'Call handling changes: business hours, after-hours, holidays, forwarding and call queues',
    null,
    'Phones/RingCentral',
    [
      [
        'Symptoms and requests',
        r`The main line plays the after-hours greeting during business hours, a holiday or early closure greeting is needed, someone wants their extension forwarded to a cell phone, or a user is in a call queue (ring group) but never gets its calls.`,
      ],
      [
        'User forwarding',
        r`Users set their own: RingCentral app > Settings > Phone > Call handling & forwarding, separately for business hours and after hours (add a forwarding number, set ring order).`,
      ],
      [
        'Company hours and holidays',
        r`The company business hours, auto-receptionist menu and greetings are changed by us on a ticket from the authorised contact, ideally 2 business days ahead. Holidays and early closures are added as Custom Rules on the main number with the date and time range and the greeting or forwarding destination. Check the account time zone is (GMT-07:00) Mountain Time; a wrong time zone is the usual cause of after-hours greetings playing during the day, especially after daylight saving changes.`,
      ],
      [
        'Call queues',
        r`Admin portal > Phone System > Groups > Call Queues > the queue > Members. A member who is listed but gets no calls has turned off "Accept Queue Calls" in the app (avatar menu) or is set to Do Not Disturb. Add or remove members only on a ticket from the client's authorised contact or the queue manager.`,
      ],
    ],
  ),

  // ================================================================ Foothills Veterinary Hospital
  article(
    'ao-fvh-cornerstone-connection',
    'Cornerstone will not open, is frozen or says it cannot connect to the database',
    SET_AO_CLIENTS.a,
    'Foothills Veterinary/Line of business',
    [
      [
        'Overview',
        r`Foothills runs IDEXX Cornerstone 9.x as its practice management system (staff say "Cornerstone", "CS" or "the PIMS"). The database lives on FVH-SRV01 (Windows Server 2022) under the SQL Anywhere service "Cornerstone Database Server". Every front desk, exam room, treatment and pharmacy PC runs the Cornerstone workstation client.`,
      ],
      [
        'Symptoms',
        r`"Unable to connect to the Cornerstone database. Please contact your system administrator", "Database server not found", Cornerstone freezing on patient search, "Cornerstone is already running" after a crash, or "Workstation version does not match the server" after an IDEXX update.`,
      ],
      [
        'Fix',
        r`1. One PC or all? Call the front desk and ask another room to open a patient.
2. One PC: check it has network (open a website), ping FVH-SRV01, then end any leftover cstone.exe processes in Task Manager and start Cornerstone again. "Already running" is fixed the same way or by a reboot.
3. Version mismatch: run "Cornerstone Workstation Update" from the Start menu as admin (NinjaOne script "FVH - Cornerstone workstation update" does it remotely).
4. All PCs: on FVH-SRV01 check the "Cornerstone Database Server" service is running and the server has free disk space. Restarting the service disconnects everyone; get the practice manager's OK first, unless nobody can work anyway.`,
      ],
      [
        'Escalate',
        r`Database errors after a service restart, or corruption messages: IDEXX Cornerstone Software Support (account number and phone in IT Glue). Do not run database repair tools yourself.`,
      ],
    ],
  ),
  article(
    'ao-fvh-label-printers',
    'Cornerstone prescription label printer (Zebra) and invoice printing problems',
    SET_AO_CLIENTS.a,
    'Foothills Veterinary/Devices',
    [
      [
        'Setup',
        r`Prescription and medication labels print from Cornerstone to Zebra ZD421 direct-thermal label printers at the pharmacy station and front desk, on 2.25 x 1.25 inch labels. Invoices and estimates print to the front desk HP LaserJet. Each workstation's printer choices are set in Cornerstone under Controls > Workstation Setup > Printers.`,
      ],
      [
        'Symptoms',
        r`Labels come out blank, every other label is skipped, text prints across two labels, labels print tiny or cut off, or Cornerstone says the printer is not available after the PC was replaced.`,
      ],
      [
        'Fix',
        r`1. Blank labels: direct-thermal labels print only on one side; check the roll is loaded with the label side up and that the roll is Zebra direct-thermal stock, not thermal-transfer stock.
2. Skipping labels or printing across two: calibrate. With the printer on, hold the Feed button until the status light flashes twice and release; it feeds a few labels and measures the gap. After a new roll type, also check the driver: Printer properties > Printing Preferences > Page Setup > 2.25 x 1.25 in.
3. Tiny or cut-off text: the Windows driver must be the ZDesigner driver, not "Generic / Text Only".
4. Printer missing in Cornerstone: the Windows printer name must match the name chosen in Workstation Setup > Printers. Re-select it after any PC replacement, for both "Prescription label" and "Invoice".`,
      ],
      [
        'Escalate',
        r`Printhead damage or a printer that will not power on: replacement through the practice's Zebra reseller (details in IT Glue).`,
      ],
    ],
  ),
  article(
    'ao-fvh-vetlab-results',
    'In-house lab results not reaching Cornerstone (IDEXX VetLab Station) and VetConnect PLUS access',
    SET_AO_CLIENTS.a,
    'Foothills Veterinary/Line of business',
    [
      [
        'Setup',
        r`The in-house analyzers in the lab report to the IDEXX VetLab Station, a dedicated IDEXX-owned PC (static IP 192.168.10.50). The VetLab Station sends results to Cornerstone, where they attach to the patient's requisition. Reference lab results arrive through VetConnect PLUS. The VetLab Station is excluded from NinjaOne and patching; IDEXX maintains it.`,
      ],
      [
        'Symptoms',
        r`Results show on the VetLab Station screen but not in the patient chart, requisitions stay "Pending" in Cornerstone, results pile up in the unmatched list, or a staff member cannot sign in to VetConnect PLUS.`,
      ],
      [
        'Fix',
        r`1. On the VetLab Station, check the connection indicator to Cornerstone in the status bar. If disconnected, confirm its network cable and that it still has 192.168.10.50, then restart the VetLab Station (Shut Down from its menu, not the power button).
2. Cornerstone must be reachable: if Cornerstone itself is down, fix that first.
3. Results that arrived but did not attach (name or patient ID mismatch) go to Cornerstone > Lab > Unmatched Results; a technician or the practice manager matches them to the right patient there.
4. VetConnect PLUS logins are managed by the practice manager in VetConnect PLUS user administration (password resets and locked accounts). We do not hold those accounts.`,
      ],
      [
        'Escalate',
        r`VetLab Station software errors or connection problems that survive a restart: IDEXX VetLab support, who connect remotely. Note their case number.`,
      ],
    ],
  ),
  article(
    'ao-fvh-digital-xray',
    'Digital x-ray: detector not ready, images not sending or not visible in exam rooms',
    SET_AO_CLIENTS.a,
    'Foothills Veterinary/Devices',
    [
      [
        'Setup',
        r`Foothills has a Sound DR wireless detector panel in the radiology room, controlled by the acquisition PC FVH-XRAY01 ("the x-ray computer"). Finished studies are sent by DICOM to the PACS service on FVH-SRV01 and opened from Cornerstone Imaging on any workstation.`,
      ],
      [
        'Symptoms',
        r`Acquisition software says "Detector not ready" or "Panel disconnected", studies stuck in the send queue as "Sending" or "DICOM send failed", or exam room PCs show "No studies" for a patient that was just imaged.`,
      ],
      [
        'Fix - detector',
        r`1. Check the panel battery: swap in the charged spare from the charger on the wall and put the flat one on charge.
2. The panel joins the x-ray room's dedicated access point; if that AP has no lights, power-cycle it (it is plugged into the UPS under the desk).
3. Restart the acquisition software, then FVH-XRAY01 if the panel is still not found.`,
      ],
      [
        'Fix - images not arriving',
        r`1. On FVH-XRAY01 open the send queue and retry failed studies.
2. Check the PACS service on FVH-SRV01 is running and the server disk is not full. The DICOM destination is FVH-SRV01, port 104, AE title FVHPACS.
3. If the study is in PACS but not in Cornerstone, the patient ID was typed differently at acquisition; the technician re-links it in Cornerstone Imaging.`,
      ],
      [
        'Escalate',
        r`Detector hardware faults, calibration and the acquisition software: Sound technical support (contract number in IT Glue). Never move FVH-XRAY01 off its static IP.`,
      ],
    ],
  ),
  article(
    'ao-fvh-petdesk-sync',
    'PetDesk reminders, appointment requests and texting not syncing with Cornerstone',
    SET_AO_CLIENTS.a,
    'Foothills Veterinary/Line of business',
    [
      [
        'Setup',
        r`Foothills uses PetDesk for client reminders, the PetDesk mobile app (appointment requests, pet records) and two-way texting. A PetDesk Integration Service on FVH-SRV01 reads appointments, reminders and patient data from Cornerstone every 15 minutes and sends it to PetDesk.`,
      ],
      [
        'Symptoms',
        r`The PetDesk dashboard shows "Last sync" hours or days ago, clients receive reminders for vaccines already given or for deceased pets, the app shows old or missing appointments, or appointment requests made in the app do not show up for the front desk.`,
      ],
      [
        'Fix',
        r`1. On FVH-SRV01 open services.msc and check "PetDesk Integration Service" is Running; restart it. Check the log folder C:\ProgramData\PetDesk\Logs for login or connection errors.
2. Login errors after a password change: the service uses the read-only Cornerstone database user documented in IT Glue; make sure that password was not changed, or update it in the PetDesk configuration tool.
3. The server must reach PetDesk over HTTPS; check DNSFilter and FortiGate logs if the log shows timeouts.
4. Reminders for services already done or for deceased pets are a data issue: the service or the deceased status must be recorded in Cornerstone; PetDesk only sends what Cornerstone says is due.
5. Appointment requests from the app appear in the PetDesk web dashboard under Requests, not in Cornerstone; staff confirm them there.`,
      ],
      [
        'Escalate',
        r`PetDesk support for anything on their side after the service is confirmed running and syncing.`,
      ],
    ],
  ),
  article(
    'ao-fvh-payment-pinpad',
    'Front desk card reader (PAX pinpad) not working at Cornerstone checkout',
    SET_AO_CLIENTS.a,
    'Foothills Veterinary/Devices',
    [
      [
        'Setup',
        r`Card payments are integrated with Cornerstone checkout. Each front desk checkout station has a PAX A35 pinpad on Ethernet (192.168.10.60 and .61) set up in Cornerstone's payment settings for that workstation. The processor account and its support number are in IT Glue.`,
      ],
      [
        'Symptoms',
        r`Cornerstone shows "Unable to communicate with payment device" or "Device not connected", the transaction times out while the pinpad keeps showing its idle "Welcome" screen, the pinpad is stuck on a download or update screen, or every card is declined with "Host unavailable".`,
      ],
      [
        'Fix',
        r`1. Check the pinpad's network cable and power; restart it by holding the power key.
2. Confirm the pinpad shows its IP address on the idle screen and it matches the device configured for that workstation; a swapped pinpad at the other station is common.
3. Cancel the sale in Cornerstone and start the payment again after the pinpad is back on the idle screen.
4. "Host unavailable" on every card means the processor cannot be reached: check the clinic internet and the processor's status page.
5. Emergency fallback: the practice manager can key the card in the processor's online virtual terminal and record the payment in Cornerstone manually.`,
      ],
      [
        'Escalate',
        r`Pinpad hardware, encryption key or update errors: the processor's support line. Deposits, refunds and chargebacks are for the practice manager and the processor, not us.`,
      ],
    ],
  ),
  article(
    'ao-fvh-phones-after-hours',
    'Foothills phone tree, after-hours emergency routing and early closures',
    SET_AO_CLIENTS.a,
    'Foothills Veterinary/Phones',
    [
      [
        'Setup',
        r`The main number rings the RingCentral auto-receptionist: 1 appointments (Front Desk queue), 2 prescription refills (Pharmacy queue), 3 records and referrals, 0 front desk. Business hours: Mon-Fri 7:30 am-6:00 pm, Sat 8:00 am-1:00 pm, closed Sunday. After hours, callers hear a message directing them to Front Range Animal Emergency and can press 1 to be transferred there.`,
      ],
      [
        'Symptoms',
        r`Callers get the after-hours message while the clinic is open, the press-1 transfer to the emergency hospital fails or rings forever, or the clinic needs to close early (staff meeting, training, snow).`,
      ],
      [
        'Fix',
        r`1. After-hours message during the day: check the account time zone is Mountain Time and the business hours match the above; also check for a leftover Custom Rule from a previous closure still active.
2. Transfer to the emergency hospital failing: the external number in the "After Hours - ER transfer" rule must be the ER's current main line (IT Glue). Test by calling in after hours.
3. Early closure or snow day: the practice manager can switch the main number to After Hours in the RingCentral app (Admin > Company Call Handling) and switch it back next morning. For planned closures send us the date and times and we add a Custom Rule with the closure greeting.`,
      ],
      ['Escalate', r`Greeting recordings are supplied by the practice manager as MP3 or recorded by phone.`],
    ],
  ),
  article(
    'ao-fvh-staff-onboarding',
    'Foothills new staff, relief vets and locums: accounts and access',
    SET_AO_CLIENTS.a,
    'Foothills Veterinary/Procedures',
    [
      [
        'Request',
        r`The practice manager submits the standard New User form. Relief DVMs and locums are entered with an end date; their accounts are disabled automatically at 6:00 pm on that date.`,
      ],
      [
        'What we set up',
        r`1. Microsoft 365 account (Business Premium for permanent staff, Business Basic for kennel staff without a computer of their own).
2. Shared exam room and treatment PCs: every staff member signs in with their own account; these PCs have Shared Computer Activation so Office works without per-user activation.
3. DVMs get a RingCentral extension and are added to the "Doctors" call queue; technicians and CSRs are added to the Front Desk or Pharmacy queue as requested.
4. Mailbox access to appointments@ for front desk staff.`,
      ],
      [
        'Done by the practice',
        r`The practice manager creates the Cornerstone staff record, user ID and security role (doctors need a staff ID for invoicing and controlled drug logs), the VetConnect PLUS user, and the PetDesk user. We can do the Cornerstone user on request but the practice manager sets the security role.`,
      ],
      [
        'Leaving',
        r`On the last day we disable the Microsoft account; the practice manager must inactivate the Cornerstone user and VetConnect PLUS user the same day.`,
      ],
    ],
  ),

  // ================================================================ Summit Ridge Builders
  article(
    'ao-srb-sage300-cre',
    'Sage 300 CRE (Timberline) will not open: Actian Zen status errors and license',
    SET_AO_CLIENTS.b,
    'Summit Ridge Builders/Line of business',
    [
      [
        'Overview',
        r`Accounting, job cost and payroll run on Sage 300 Construction and Real Estate (everyone calls it "Timberline" or "Sage"). The data sits on SRB-APP01 in \\SRB-APP01\Timberline Office\9.5, served by the Actian Zen (formerly Pervasive) database engine. The company owns 8 concurrent user licences, managed in the Sage License Administrator on SRB-APP01.`,
      ],
      [
        'Symptoms and fixes',
        r`"Status 161: The maximum number of user count licenses has been reached": more than 8 sessions, often stale ones from PCs that crashed or went to sleep. On SRB-APP01 open Actian Zen Monitor > MicroKernel > Active Sessions and delete sessions from PCs that are not in use, then retry.
"Status 3012: Local engine is not accessible to the MicroKernel router": the workstation's Zen client is not running or not set to use the server engine. Restart the PC; if it persists, reinstall the Zen client from \\SRB-APP01\Timberline Office\Installs.
"Status 94: The application encountered a permission error": the user is not in the AD group SRB-Sage-Users, or the share permissions changed.
"Status 2: The application encountered an I/O error": SRB-APP01 drive or network problem; check the server in NinjaOne and escalate.
"Your license has expired" or "license not found": the annual Sage subscription renews in April; the licence file must be activated again in Sage License Administrator (admin credentials in IT Glue).`,
      ],
      [
        'Escalate',
        r`Data errors, rebuilds, payroll tax updates and version upgrades go to the Sage reseller, Mountain States CRE Consulting (contact in IT Glue).`,
      ],
    ],
  ),
  article(
    'ao-srb-procore',
    'Procore: Microsoft sign-in loop, project access and app uploads',
    SET_AO_CLIENTS.b,
    'Summit Ridge Builders/Line of business',
    [
      [
        'Setup',
        r`Summit Ridge uses Procore for project management (RFIs, submittals, drawings, daily logs, photos). Employees sign in with their work e-mail through Microsoft single sign-on; the Entra enterprise app "Procore" is assigned to the group APP-Procore. Subcontractors and architects use their own Procore logins. Project-level permissions are managed inside Procore by the company Procore admin (the operations coordinator), not by us.`,
      ],
      [
        'Symptoms',
        r`The Procore login page keeps sending the user back to the Microsoft sign-in, "Your company requires you to sign in with Microsoft", "You don't have access to this project", or the Procore app on an iPad or phone shows photos and daily logs stuck as "Pending uploads" or drawings not available offline.`,
      ],
      [
        'Fix',
        r`1. Sign-in loop: confirm the user is in APP-Procore and that their Procore e-mail matches their Microsoft 365 address exactly. Clear cookies or try an InPrivate window; sign in at https://login.procore.com with the work e-mail and choose "Continue".
2. "No access to this project": ask the operations coordinator to add the user to the project directory with the right permission template.
3. Pending uploads in the app: open the app on Wi-Fi or good LTE, go to Settings > Sync and tap "Sync now". Leave the app open until the count reaches zero. If it is stuck, update the app; do not delete the app before pending items are uploaded, they will be lost.
4. Offline drawings: in Drawings, tap the download icon for the area or set.`,
      ],
      [
        'Escalate',
        r`Procore platform problems go to Procore support from within the app (Help > Contact support).`,
      ],
    ],
  ),
  article(
    'ao-srb-bluebeam',
    'Bluebeam Revu: View mode, subscription seats, sign-in and crashes',
    SET_AO_CLIENTS.b,
    'Summit Ridge Builders/Line of business',
    [
      [
        'Setup',
        r`Estimators, PMs and superintendents use Bluebeam Revu 21 on subscription. Each user signs in with a Bluebeam ID (their work e-mail); seats are assigned by the office manager in the Bluebeam admin portal. Revu is installed and updated by NinjaOne.`,
      ],
      [
        'Symptoms',
        r`Revu opens in "View mode" with markup tools greyed out, "Your subscription has expired" or "No seats available", "Unable to sign in to Bluebeam ID", crashes or freezes when opening a large plan set, or PDFs open in Edge instead of Revu.`,
      ],
      [
        'Fix',
        r`1. View mode or no seats: the user has no subscription seat. The office manager assigns one in the Bluebeam admin portal (Users > assign plan), or frees one from a former employee. Then in Revu: Bluebeam ID menu > Sign Out, and sign in again.
2. Sign-in error: check the time and date on the PC, then sign in from the Revu sign-in window rather than the browser. If it still fails, close Revu and run Revu Administrator > Reset Settings (Bluebeam folder in the Start menu).
3. Crashes on large sets: update Revu to the current build (NinjaOne "Bluebeam Revu - Update"), then in Revu Preferences > General turn off "Hardware acceleration" and restart. Very large sets open faster if copied locally from the P: drive first.
4. PDFs opening in Edge: Settings > Apps > Default apps > .pdf > Bluebeam Revu.`,
      ],
      ['Escalate', r`Bluebeam support (support.bluebeam.com) for repeated crashes after a reset and update.`],
    ],
  ),
  article(
    'ao-srb-trailer-internet',
    'Jobsite trailer internet: Cradlepoint LTE routers',
    SET_AO_CLIENTS.b,
    'Summit Ridge Builders/Network',
    [
      [
        'Setup',
        r`Each jobsite trailer has a Cradlepoint E300 router with two SIMs (Verizon primary, AT&T backup), managed in Cradlepoint NetCloud Manager. It broadcasts the SSID SRB-Field; laptops reach the office through FortiClient VPN as usual. Each trailer plan has a 200 GB monthly data pool across all routers.`,
      ],
      [
        'Symptoms',
        r`No internet in the trailer, very slow internet, the router's signal lights dark, NetCloud shows the router offline, or a data-usage alert from NetCloud.`,
      ],
      [
        'Fix',
        r`1. NetCloud Manager > Devices: check the router's status, active modem and signal (RSRP better than -100 dBm is usable). If the router is offline in NetCloud, ask the superintendent whether it has power; generators and extension cords are the usual cause.
2. Weak signal: switch the active SIM to AT&T in NetCloud (Configuration > Networking > WAN priority) or ask the super to move the router near a window; an external antenna kit is in the warehouse.
3. Router online but slow: check data usage; large Windows feature updates and plan set downloads are throttled to 2 Mbps on the SRB-Field network. Over the pool, carriers slow the connection.
4. Reboot from NetCloud (Devices > Reboot) before asking anyone to touch it.`,
      ],
      ['New or moved trailer', r`Give us 5 business days' notice; we ship a pre-configured router.`],
      ['Escalate', r`Carrier outages: Verizon or AT&T business support with the SIM ICCID from NetCloud.`],
    ],
  ),
  article(
    'ao-srb-plotter',
    'Plan plotter (HP DesignJet T1700): slow jobs, wrong scale, roll selection',
    SET_AO_CLIENTS.b,
    'Summit Ridge Builders/Devices',
    [
      [
        'Setup',
        r`The main office plan room has an HP DesignJet T1700 with a 36-inch roll and a 24-inch roll, on the network at a reserved IP, installed on PCs with the HP DesignJet PostScript/PDF driver. Large plan sets are best sent with HP Click.`,
      ],
      [
        'Symptoms',
        r`A plan set sits on "Processing" or takes very long, sheets come out at the wrong scale or tiny in a corner, prints go to the wrong roll, the plotter says "Out of paper" with paper loaded, or a job sits in the Windows queue.`,
      ],
      [
        'Fix',
        r`1. Wrong scale: in Bluebeam or Acrobat, set Page Scaling to "Actual size" (not Fit) and choose the ARCH D (24x36) or ARCH E1 page size in the driver. Check the driver's paper source is the correct roll, not "Automatically select".
2. Slow or stuck sets: send multi-page PDFs with HP Click (Start menu) instead of printing from the PDF viewer; it sends the PDF directly to the plotter. Split sets above about 150 sheets.
3. "Out of paper" with paper loaded: unload and reload the roll, making sure the paper edge is straight and the roll sits fully in the spindle.
4. Stuck queue: clear the spooler as in the printer article, then power-cycle the plotter.
5. Ink and printheads are replaced by the office manager from the stock in the plan room when the front panel asks.`,
      ],
      [
        'Escalate',
        r`Hardware errors on the front panel: HP support under the Care Pack (number in IT Glue).`,
      ],
    ],
  ),
  article(
    'ao-srb-field-ipads',
    'Superintendent iPads: apps, updates, passcodes and reassigning',
    SET_AO_CLIENTS.b,
    'Summit Ridge Builders/Devices',
    [
      [
        'Setup',
        r`Superintendents and foremen use company iPads bought through Apple Business Manager and supervised in Intune. Apps pushed automatically: Procore, Bluebeam (for iPad), Outlook, Teams, RingCentral, OneDrive, Microsoft Authenticator. Other work apps are available in Company Portal.`,
      ],
      [
        'Symptoms',
        r`"iPad Unavailable - try again in 15 minutes" after wrong passcodes, an app missing or "Unable to install", Procore asking for a newer iPadOS, Company Portal showing "Not compliant", or a super asking what "This iPad is supervised and managed by Summit Ridge Builders" means.`,
      ],
      [
        'Fix',
        r`1. Forgotten passcode or "iPad Unavailable": Intune > Devices > the iPad > Remove passcode. The iPad unlocks without a passcode and asks the user to set a new one within 60 minutes. Do not let the user "Erase iPad" from the lock screen.
2. App missing: Intune > Apps > the app > Device install status; retry with Sync on the device in Company Portal. Make sure the iPad has 5 GB free.
3. iPadOS update required: Settings > General > Software Update while on Wi-Fi and charging; our update policy forces it within 14 days anyway.
4. Not compliant: usually out-of-date iPadOS or no passcode set.`,
      ],
      [
        'Reassigning',
        r`When a superintendent leaves, the iPad comes back to the office and we wipe it from Intune (Wipe, keep enrolment) before it goes to the next person. Lost iPads: put into Lost Mode and follow the lost device article.`,
      ],
    ],
  ),
  article(
    'ao-srb-project-drive',
    'P: drive (Projects share): job folders, permissions and locked files',
    SET_AO_CLIENTS.b,
    'Summit Ridge Builders/Procedures',
    [
      [
        'Setup',
        r`Project files live on \\SRB-FS01\Projects, mapped as P:. Each job has a folder named with the job number and name, e.g. "24-0312 Briargate Retail", created from a template with subfolders 01 Contract, 02 Estimating, 03 Drawings, 04 Submittals, 05 RFIs, 06 Photos, 07 Closeout. Access is by AD groups: PRJ-All (read), PRJ-PM (modify) and PRJ-Accounting (the 01 Contract folder only).`,
      ],
      [
        'New job folder',
        r`A project manager requests it in a ticket with the job number, name and the people who need modify access. The tech runs the NinjaOne script "SRB - New Project Folder", which copies the template and sets permissions. Normally same day.`,
      ],
      [
        'Symptoms',
        r`"You don't currently have permission to access this folder", "The file name(s) would be too long for the destination folder" when copying Procore exports in, or "Budget.xlsx is locked for editing by 'jsmith'" when the person is not using it.`,
      ],
      [
        'Fix',
        r`1. Permission denied: access changes need approval from the operations manager; then add the user to the group and have them sign out and back in.
2. Path too long: shorten the folder names of the export before copying; Windows Explorer fails above 260 characters on this share.
3. Locked file: on SRB-FS01 open Computer Management > Shared Folders > Open Files, find the file and "Close Open File". Tell the user who had it open first, in case of unsaved work.`,
      ],
      ['Escalate', r`Restores of deleted project files follow the file server restore article.`],
    ],
  ),

  // ================================================================ Peak Mountain FCU
  article(
    'ao-pmfcu-episys-connection',
    'Episys ("Sym") will not connect at teller or member service workstations',
    SET_AO_CLIENTS.c,
    'Peak Mountain FCU/Line of business',
    [
      [
        'Overview',
        r`The credit union's core system is Jack Henry Symitar Episys, hosted in Jack Henry's data center. Staff call it "Sym", "Episys" or "the core". Workstations run the Episys Windows Client and connect over two IPsec tunnels from each branch FortiGate (JH-Primary and JH-Secondary). Episys user numbers, passwords and permissions are administered by the credit union's operations/security officer, not by us.`,
      ],
      [
        'Symptoms',
        r`"Unable to connect to host", "Connection to Sym 000 failed", the client freezing on sign-on, "Invalid user number or password", or "User locked - contact system administrator".`,
      ],
      [
        'Fix',
        r`1. Password, locked user or expired Episys password: the operations/security officer resets it in Episys. We cannot; transfer the request to them and close our part.
2. One workstation cannot connect: close and reopen the Episys client, check the PC has network, reboot. Check that the Episys client version matches the others (Jack Henry pushes updates after release nights).
3. A whole branch cannot connect but internet works: FortiGate > VPN > IPsec Tunnels at that branch; check JH-Primary and JH-Secondary status. Bring a down tunnel up from the GUI. Do not reset tunnels at other branches during business hours.
4. All branches down: open a Priority 1 case with Symitar support through the Jack Henry client portal and call them; the credit union's CEO and operations officer must be told.`,
      ],
      ['Escalate', r`Tunnel changes or Jack Henry-side network issues: L2 with Jack Henry network support.`],
    ],
  ),
  article(
    'ao-pmfcu-teller-scanner',
    'Teller check scanners (Digital Check TellerScan) not scanning',
    SET_AO_CLIENTS.c,
    'Peak Mountain FCU/Devices',
    [
      [
        'Setup',
        r`Each teller station has a Digital Check TellerScan TS240 for teller check capture. It connects by USB directly to the teller PC and is driven by the Silver Bullet Ranger software installed with the capture application. Two spare scanners are kept in the Fort Collins operations room.`,
      ],
      [
        'Symptoms',
        r`The capture screen says "Scanner not found" or "Unable to open scanner", "Device error", checks are rejected with MICR read errors, double feeds or jams, or images come out too dark.`,
      ],
      [
        'Fix',
        r`1. "Scanner not found": plug the USB cable directly into the PC (no hub, no monitor USB port), check the scanner's power brick and light, then close the capture application, power-cycle the scanner and reopen. A Windows update sometimes needs a reboot before Ranger finds the device.
2. Still not found: Device Manager should list the TellerScan under Imaging devices or USB devices. If it shows with a warning, reinstall the driver with the NinjaOne script "PMFCU - TellerScan driver reinstall".
3. MICR errors: check the check is fed face up with the MICR line down and to the right; run a cleaning card through the scanner (cards in the teller supply drawer). Tellers should clean weekly.
4. Jams and double feeds: remove the cover, clear the path, clean the rollers with a cleaning card.`,
      ],
      [
        'Escalate',
        r`Persistent errors on one scanner: swap in a spare and ship the faulty unit to Digital Check for repair. Capture application problems go to Jack Henry support.`,
      ],
    ],
  ),
  article(
    'ao-pmfcu-signature-pads',
    'Topaz signature pads not capturing signatures',
    SET_AO_CLIENTS.c,
    'Peak Mountain FCU/Devices',
    [
      [
        'Setup',
        r`Member service and loan desks use Topaz SignatureGem pads (T-LBK462-HSB-R, USB) for account opening, card and loan documents signed in the browser-based document system. The browser talks to the pad through Topaz SigWeb, which runs a local service on each PC. Topaz SigPlusNET is also installed for the desktop imaging application.`,
      ],
      [
        'Symptoms',
        r`The pad's screen lights up and the pen works but the signature does not appear in the form, "Tablet not found", "SigWeb service is not running" or "Unable to connect to SigWeb", or the pad works in one application but not the browser, often after a browser update.`,
      ],
      [
        'Fix',
        r`1. Check the USB cable goes straight into the PC and the pad's backlight is on.
2. services.msc: "Topaz SigWeb Tablet Service" must be Running; start it and reload the page.
3. Test the pad with the Topaz demo (Start menu > Topaz > SigPlusNET demo). If the demo works, the pad is fine and the problem is SigWeb or the browser.
4. SigWeb uses a local secure connection with a certificate that expires; old SigWeb versions stop working in Chrome and Edge when it does. Install the current SigWeb with the NinjaOne package "PMFCU - Topaz SigWeb" and restart the browser.
5. Close other programs that may hold the pad (the desktop imaging app) before signing in the browser.`,
      ],
      [
        'Escalate',
        r`Dead pad (no backlight on any PC): replace from the spare stock and order through the credit union's supplier.`,
      ],
    ],
  ),
  article(
    'ao-pmfcu-receipt-printers',
    'Teller receipt and validation printers (Epson TM-H6000) not printing',
    SET_AO_CLIENTS.c,
    'Peak Mountain FCU/Devices',
    [
      [
        'Setup',
        r`Teller stations have Epson TM-H6000V printers that print the receipt roll and validate slips and checks. They connect by USB and are driven by the Epson OPOS ADK; the teller application uses the OPOS logical device name "TellerReceipt".`,
      ],
      [
        'Symptoms',
        r`Receipts do not print, the printer prints random symbols or pages of garbage, the validation slip will not feed or prints in the wrong place, "Printer offline" in the teller application, or the paper roll runs out without warning.`,
      ],
      [
        'Fix',
        r`1. Check power, the USB cable and the cover. The paper roll feeds from underneath with the thermal side facing the print head; if receipts are blank, the roll is in backwards.
2. Garbage characters: almost always the printer was added in Windows with a generic driver or the OPOS profile was changed. Open Epson OPOS ADK > SetupPOS and confirm "TellerReceipt" points to TM-H6000V on the right USB port; run its "Health Check". Remove any extra Windows printer created for the same device.
3. Slip not feeding: insert the slip face up against the right-hand guide when the slip light blinks; remove staples and folded corners.
4. Offline in the teller application only: close and reopen the teller application after the Health Check passes.`,
      ],
      [
        'Escalate',
        r`Print head or cutter failure: swap with the spare in operations and send the unit for repair through the hardware vendor.`,
      ],
    ],
  ),
  article(
    'ao-pmfcu-meridianlink',
    'MeridianLink Consumer (loan origination) access problems',
    SET_AO_CLIENTS.c,
    'Peak Mountain FCU/Line of business',
    [
      [
        'Setup',
        r`Loan officers and underwriters use MeridianLink Consumer in the browser. MeridianLink only accepts sign-ins from the credit union's branch public IP addresses. Users working remotely must be connected to FortiClient VPN; MeridianLink's address ranges are included in the VPN routes. User accounts and roles are managed by the credit union's lending manager.`,
      ],
      [
        'Symptoms',
        r`"Access denied from this IP address" or "Your IP address is not authorized", "Your password has expired", pop-ups for credit reports or documents not opening, or disclosures and documents failing to generate in the browser.`,
      ],
      [
        'Fix',
        r`1. IP not authorized: connect FortiClient VPN, then open MeridianLink in a new window. If it still fails on VPN, check whether the branch's public IP changed (ISP work, failover to the backup line) and tell L2; MeridianLink support must update the allow list.
2. Password expired or locked: the lending manager resets it in MeridianLink user administration.
3. Pop-ups: in Edge or Chrome allow pop-ups for *.meridianlink.com (already set by Intune on managed PCs; personal browsers are not supported).
4. Documents not generating: clear the browser cache for the site, use Edge or Chrome (not Firefox), and make sure the PDF opens in the browser.`,
      ],
      [
        'Escalate',
        r`MeridianLink platform errors: the lending manager opens a case with MeridianLink support.`,
      ],
    ],
  ),
  article(
    'ao-pmfcu-cash-recycler',
    'Teller cash recyclers (Glory) not communicating with the teller workstation',
    SET_AO_CLIENTS.c,
    'Peak Mountain FCU/Devices',
    [
      [
        'Setup',
        r`Each branch has Glory RBG-200 teller cash recyclers shared between two stations. They are on an isolated VLAN (VLAN 40) and the teller application talks to them through the Glory device service installed on each teller PC.`,
      ],
      [
        'Symptoms',
        r`The teller application shows "Recycler offline" or "Device not responding", a dispense or deposit request never reaches the recycler, or only one of the two stations can use it.`,
      ],
      [
        'Fix',
        r`1. Look at the recycler's own screen. A jam or a hardware error code there is for Glory service, not us.
2. If the recycler is ready but the station cannot reach it: check the network cable at the recycler and the teller PC; both must be on VLAN 40 ports (marked in orange at the branches).
3. Restart the "Glory device service" on the teller PC (services.msc), then reopen the teller application.
4. If only one station fails, compare its device configuration with the working station; the recycler IP is in IT Glue under the branch.
5. Never power-cycle a recycler during a transaction.`,
      ],
      [
        'Escalate',
        r`Jams, hardware codes, cassette faults and balancing differences: Glory service (contract number in IT Glue) and the branch manager.`,
      ],
    ],
  ),
  article(
    'ao-pmfcu-secure-email',
    'Sending encrypted e-mail to members and members who cannot open it',
    SET_AO_CLIENTS.c,
    'Peak Mountain FCU/Procedures',
    [
      [
        'Setup',
        r`The credit union uses Microsoft Purview Message Encryption. Staff encrypt a message by putting [secure] in the subject or choosing Encrypt in Outlook (Options > Encrypt). A DLP policy automatically encrypts outgoing messages containing Social Security numbers or account numbers, and shows a policy tip while writing.`,
      ],
      [
        'Symptoms',
        r`A member receives "You've received an encrypted message from Peak Mountain Federal Credit Union" and cannot open it, keeps being asked to sign in with a Microsoft account, or never gets the one-time passcode. A staff member sees "Your email contains sensitive info" or has a message blocked by the DLP policy.`,
      ],
      [
        'Fix',
        r`1. Members with Gmail, Yahoo or other addresses: click "Read the message", then choose "Sign in with a one-time passcode". They do not need a Microsoft account. The code arrives from Microsoft within a minute, often in junk or spam, and expires after 15 minutes.
2. Members with Outlook.com or Microsoft 365 addresses open it directly in Outlook.
3. Members reply using the same portal; replies arrive encrypted in the staff member's inbox.
4. DLP policy tip: this is expected; send with [secure]. A blocked message with a false positive (e.g. a long invoice number) can be sent with an override and a justification; report repeated false positives.`,
      ],
      [
        'Escalate',
        r`Members who still cannot open after a passcode: L2 checks the message trace and the encryption portal; the member service team can also hand documents over in person.`,
      ],
    ],
  ),
];
