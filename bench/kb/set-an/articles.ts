/**
 * Set AN: a blind labelled KB set for a South African MSP, Fynbos Managed IT (Pty) Ltd, Cape Town,
 * documented in Hudu (company pages, assets, procedures) with tickets in HaloPSA. Standard stack:
 * Microsoft 365 Business Premium (Entra ID, Intune, Exchange Online) for most clients and Google
 * Workspace for Education for the school; Mimecast mail filtering; Sophos XGS firewalls with
 * Sophos Connect VPN and LTE failover on fibre (Vumatel / Openserve / Frogfoot); NinjaOne RMM;
 * SentinelOne EDR; Acronis Cyber Protect Cloud backup (servers, workstations, M365, Google);
 * Keeper password manager; hosted 3CX with Yealink handsets; leased Kyocera TASKalfa copiers;
 * Ubiquiti UniFi Wi-Fi; APC UPSes for load shedding. Clients: a conveyancing and litigation law
 * firm (LegalSuite, GhostConvey, Philips dictation), a prep school (Chromebooks, Promethean panels,
 * d6 Communicator, ADAM), a steel fabricator (Sage Evolution, SOLIDWORKS PDM, ZKTeco clocks,
 * Zebra/BarTender, CNC) and a dental practice (GoodX, Planmeca Romexis, medical aid switching).
 */
import { article, type BenchArticle } from '../articles.ts';

export const SET_AN_CLIENTS = {
  a: 'Van der Merwe Naidoo Attorneys Inc.',
  b: 'Bergvliet Oaks Preparatory School',
  c: 'Atlantis Steel & Fabrication (Pty) Ltd',
  d: 'Helderberg Family Dental',
} as const;

const r = String.raw;

// article(id, title, company /* a SET_AN_CLIENTS value, or null for the MSP's general articles */, folder, [[heading, body], ...])
export const SET_AN_ARTICLES: readonly BenchArticle[] = [
  // ───────────────────────── Microsoft 365 ─────────────────────────
  article(
    'an-outlook-password-prompts',
    'Outlook keeps asking for a password (modern auth / WAM prompts)',
    null,
    'Microsoft 365 / Outlook',
    [
      [
        'Symptoms',
        r`Outlook for Microsoft 365 keeps popping up a "Microsoft 365 - Sign in" window, or the old grey "Windows Security - Enter your credentials" box. The status bar shows "Need Password" or "Disconnected". Typing the password works for a few minutes and then the prompt comes back. Usually starts after a password change, a laptop rename or re-join, or an Office update.`,
      ],
      [
        'Cause',
        r`A stale token in Windows Credential Manager or in the Web Account Manager (AAD.BrokerPlugin) cache. The grey basic-auth box means modern authentication has been switched off by an old registry value. Less often the account itself is blocked, expired or missing MFA registration.`,
      ],
      [
        'Fix',
        r`1. Confirm the user can sign in at https://outlook.office.com. If that fails too, this is an account problem: see an-password-reset-lockout.
2. Close Outlook and Teams. Open Credential Manager > Windows Credentials and remove every entry starting with MicrosoftOffice16_Data, MicrosoftOffice16_SSPI and msteams.
3. In Outlook: File > Office Account > Sign out, restart Outlook and sign in with the work address.
4. If the grey box appears, check HKCU\Software\Microsoft\Office\16.0\Common\Identity: EnableADAL must not be 0. Delete DisableADALatopWAMOverride and DisableAADWAM if present.
5. Run dsregcmd /status. AzureAdPrt must be YES. If NO: Settings > Accounts > Access work or school, disconnect the work account and reconnect (Entra-joined PCs: sign out and in to Windows).
6. Still prompting: rebuild the profile (an-outlook-profile-rebuild).`,
      ],
      [
        'Escalate',
        r`Several users at one client prompting at once: check Service health in the Microsoft 365 admin center and raise a P2 in HaloPSA.`,
      ],
    ],
  ),
  article(
    'an-outlook-profile-rebuild',
    'Outlook not syncing or will not open: rebuild the OST or the profile',
    null,
    'Microsoft 365 / Outlook',
    [
      [
        'Symptoms',
        r`New mail shows on the phone and in Outlook on the web but not in Outlook on the PC. The status bar says "Updating this folder" or "This folder was last updated on ..." for hours. Outlook hangs on "Loading profile", crashes on start, or shows "Cannot start Microsoft Outlook. Cannot open the set of folders" or "The file ...ost is not an Outlook data file".`,
      ],
      [
        'Cause',
        r`A damaged or oversized offline cache (.ost), a misbehaving add-in, or a corrupt mail profile. Very large shared mailboxes cached in full make it worse.`,
      ],
      [
        'Fix',
        r`1. Test add-ins: Win+R, outlook.exe /safe. If it works in safe mode, File > Options > Add-ins > COM Add-ins and untick add-ins one at a time (old PDF and CRM add-ins are the usual culprits).
2. Check the OST size in %localappdata%\Microsoft\Outlook. Anything near 50 GB must be rebuilt.
3. Close Outlook, rename the .ost to .old and start Outlook. It re-downloads the mailbox (set the Cached Exchange Mode slider to 12 months in Account Settings > Change).
4. If it still fails: Control Panel > Mail (Microsoft Outlook) > Show Profiles > Add, create a new profile, select "Always use this profile" and sign in.
5. For big shared mailboxes: Account Settings > Change > More Settings > Advanced, untick "Download shared folders".
6. Delete the old .ost once the new profile has synced.`,
      ],
      [
        'Escalate',
        r`If Outlook on the web is also missing the message, Outlook is not the problem: check Mimecast (an-mimecast-held-email).`,
      ],
    ],
  ),
  article(
    'an-shared-mailbox-access',
    'Shared mailboxes: access, Send As and where sent items go',
    null,
    'Microsoft 365 / Exchange',
    [
      [
        'Symptoms',
        r`User cannot see the info@, accounts@ or reception@ mailbox in Outlook. Sending from it fails with "You do not have the permission to send the message on behalf of the specified user" or error 0x80070005-0x000004dc-0x00000524. Messages sent from the shared mailbox land in the user's own Sent Items.`,
      ],
      [
        'Cause',
        r`Permission not granted, Send As missing, automapping not yet applied (it can take up to an hour), or a stale autocomplete entry for the From address.`,
      ],
      [
        'Fix',
        r`1. Get approval from the client's authorised contact (listed on the Hudu company page) before granting access to any mailbox.
2. Exchange admin center > Recipients > Mailboxes > the shared mailbox > Delegation: add Read and manage (Full Access) and Send as (or Send on behalf if the client wants "on behalf of" to show).
3. Automapping adds it to Outlook after a restart, up to 60 minutes later. To add manually: File > Account Settings > Change > More Settings > Advanced > Add.
4. To send: New Email > Options > From, pick the shared address. If the permission error persists, delete the old From entry from the autocomplete list and pick it again from the address book.
5. Sent items: Set-Mailbox accounts@domain -MessageCopyForSentAsEnabled $true -MessageCopyForSendOnBehalfEnabled $true.
6. Shared mailboxes need no licence under 50 GB. Never give out a password for a shared mailbox; sign-in is blocked by design.`,
      ],
      [
        'Escalate',
        r`Access to a director's, HR or a leaver's personal mailbox needs written approval from the authorised contact, attached to the ticket.`,
      ],
    ],
  ),
  article(
    'an-mailbox-full-archive',
    'Mailbox full: quotas, Online Archive and retention',
    null,
    'Microsoft 365 / Exchange',
    [
      [
        'Symptoms',
        r`Outlook warns "Your mailbox is almost full" or "Your mailbox is full. You may not be able to send or receive items". Senders get "554 5.2.2 mailbox full" or "The recipient's mailbox is full and can't accept messages now".`,
      ],
      [
        'Cause',
        r`Business Standard and Business Premium mailboxes have a 50 GB primary quota. Large attachments, years of mail and a full Recoverable Items folder (deleted items kept for 14 days) use it up.`,
      ],
      [
        'Fix',
        r`1. Check usage: Exchange admin center > Mailboxes > user > Mailbox usage, or Get-MailboxStatistics user | fl TotalItemSize.
2. Enable the Online Archive (included in Business Premium, auto-expanding to 1.5 TB): Mailbox > Others > Manage mailbox archive > Enabled.
3. Apply our retention policy "FMIT - Move to archive after 2 years" and run Start-ManagedFolderAssistant user@domain to kick it off. The archive appears in Outlook as "Online Archive - user@domain" within a day.
4. Quick relief for the user: empty Deleted Items, sort by size (View > Arrange by > Size) and delete or save large attachments to OneDrive.
5. Do not export to PST; PSTs are not backed up and break our retention.`,
      ],
      [
        'Escalate',
        r`Primary still above 95% after archiving is running: mailbox probably needs an Exchange Online Plan 2 add-on. Send to the account manager for a quote.`,
      ],
    ],
  ),
  article(
    'an-mimecast-held-email',
    'Missing inbound email: checking Mimecast holds and rejections',
    null,
    'Microsoft 365 / Email security',
    [
      [
        'Symptoms',
        r`A customer or supplier says they emailed but nothing arrived. Invoices or statements from a new supplier never show up. The user gets a Mimecast hold summary (digest) listing messages they were not expecting.`,
      ],
      [
        'Cause',
        r`Mimecast held the message (spam score, attachment policy for macros or password-protected ZIPs, Impersonation Protect "possible impersonation"), rejected it at the gateway (sender fails SPF/DMARC, RBL listing, greylisting), or it never left the sender.`,
      ],
      [
        'Fix',
        r`1. Mimecast Administration Console > Message Center > Message Tracking. Search sender or recipient, last 7 days.
2. Status Held: open Held Messages, check the reason, release to the user. If legitimate and recurring, add the exact sender address under Gateway > Policies > Permitted Senders. Never permit a whole free-mail domain like gmail.com.
3. Status Rejected: note the reason, for example "Envelope Rejected - Sender failed SPF" or "Rejected - RBL". The sender's IT must fix their DNS; we do not bypass SPF.
4. Status Accepted / Delivered: the problem is in the mailbox. Check Junk, Outlook rules and Other (Focused Inbox).
5. Users can release their own holds from the digest e-mail or the Mimecast for Outlook add-in.`,
      ],
      [
        'Escalate',
        r`No record at all in Mimecast: the message never reached us. Give the sender our MX host and ask for their bounce message.`,
      ],
    ],
  ),
  article(
    'an-ndr-bounce-codes',
    'Bounce-back (NDR) codes when sending email',
    null,
    'Microsoft 365 / Exchange',
    [
      [
        'Symptoms',
        r`User receives "Undeliverable:" or "Delivery has failed to these recipients or groups" with a code.`,
      ],
      [
        'Common codes',
        r`550 5.1.1 / 550 5.1.10 RecipientNotFound: address typo or a stale Outlook autocomplete entry. Delete the suggestion (the X next to it) and retype, or confirm the address with the recipient.
550 5.7.520 Access denied, your organization does not allow external forwarding: an Outlook rule forwards to an outside address; blocked by our outbound spam policy. Exceptions need client approval.
550 5.1.8 Access denied, bad outbound sender: the account is restricted for sending spam. Treat as compromised: an-compromised-account.
554 5.2.2 mailbox full: the recipient's mailbox is full, nothing to fix on our side.
550 5.4.1 Recipient address rejected: Access denied: the recipient's tenant does not know the address; their IT must check.
452 4.5.3 Too many recipients: more than 500 recipients in one message; use a distribution group or a mailing platform.
552 5.3.4 Message size exceeds fixed maximum message size: attachments over 25 MB (Exchange allows 35 MB encoded, many recipients accept less). Share a OneDrive link instead.`,
      ],
      [
        'Escalate',
        r`Many users bouncing to the same domain at once: check the MX and SPF of our client's domain with MXToolbox and raise with the senior engineer.`,
      ],
    ],
  ),
  article(
    'an-teams-desktop-app',
    'Microsoft Teams will not open, white screen or stuck signing in',
    null,
    'Microsoft 365 / Teams',
    [
      [
        'Symptoms',
        r`Teams opens to a blank white or purple window, spins on "Loading", or shows "We've run into an issue" / "Something went wrong" with codes such as caa70004, caa20002, caa7000a or 0xCAA82EE2. Chats missing, status stuck on Unknown, or old Teams (classic) still launching.`,
      ],
      [
        'Cause',
        r`A corrupt local cache, a stale sign-in token, wrong system clock, or both classic and new Teams installed and fighting.`,
      ],
      [
        'Fix',
        r`1. Right-click the Teams tray icon > Quit.
2. New Teams: Settings > Apps > Installed apps > Microsoft Teams > Advanced options > Reset. Or delete %localappdata%\Packages\MSTeams_8wekyb3d8bbwe\LocalCache.
3. Classic Teams: delete the contents of %appdata%\Microsoft\Teams, then start again.
4. caa codes: check the date, time and time zone (SAST, UTC+2) are correct, remove Teams entries from Credential Manager, then sign out of all Office apps and back in.
5. Reinstall with the NinjaOne script "Install New Teams (bootstrapper)" and remove classic Teams with "Remove Teams Classic".
6. Confirm at https://teams.microsoft.com. If the web version works, the problem is on the PC.`,
      ],
      [
        'Escalate',
        r`Web version also fails: check the user's licence (an-office-activation-licensing) and Conditional Access sign-in logs (an-conditional-access-blocked).`,
      ],
    ],
  ),
  article(
    'an-teams-meeting-audio-video',
    'Teams meetings: nobody can hear me, no sound, camera not working',
    null,
    'Microsoft 365 / Teams',
    [
      [
        'Symptoms',
        r`Others cannot hear the user, the user hears nothing, echo, or the camera shows black or "Your camera is being used by another app". Headset not listed, or works in Zoom but not in Teams.`,
      ],
      [
        'Cause',
        r`Teams is using a different device than the one plugged in (often the dock's or the monitor's audio), Windows privacy settings block the app, another app holds the camera, or a Bluetooth headset is on the low-quality hands-free profile.`,
      ],
      [
        'Fix',
        r`1. In the meeting: More (...) > Settings > Device settings. Pick the headset for speaker and microphone, and the right camera.
2. Before meetings: Teams Settings > Devices > Make a test call.
3. Windows Settings > Privacy & security > Microphone and Camera: "Let desktop apps access" must be On.
4. Close other apps that use the camera (Zoom, Camera app, browser tabs with Meet).
5. Check the physical privacy shutter and the camera kill key (F8 or F10 on HP and Lenovo).
6. Plug USB headsets directly into the laptop, not the dock. Update Jabra headsets with Jabra Direct and Poly with Poly Lens.
7. Bluetooth headsets: use the USB dongle supplied, not the laptop's built-in Bluetooth.`,
      ],
      [
        'Escalate',
        r`Faulty headset or webcam under warranty: log an RMA with the supplier from the Hudu asset.`,
      ],
    ],
  ),
  article(
    'an-onedrive-sync',
    'OneDrive sync errors, red crosses and Known Folder Move',
    null,
    'Microsoft 365 / OneDrive & SharePoint',
    [
      [
        'Symptoms',
        r`Red X on files or folders, "Sync pending" or "Processing changes" that never finishes, the OneDrive cloud icon with a red circle, "You're not signed in to OneDrive", error 0x8004de40 (cannot connect) or 0x8007016A "The cloud file provider is not running". Files show as cloud-only and will not open offline.`,
      ],
      [
        'Cause',
        r`Invalid characters or paths too long (over 400 characters), files open in another app, sign-in token expired, storage full (1 TB per user), or too many items synced from SharePoint (over 300,000).`,
      ],
      [
        'Fix',
        r`1. Click the OneDrive icon > View sync problems. Fix listed files first.
2. Rename files containing " * : < > ? / \ | or leading spaces; shorten deep folder paths.
3. Pause and resume sync. If still stuck, reset: %localappdata%\Microsoft\OneDrive\onedrive.exe /reset, then start OneDrive again.
4. 0x8007016A: Settings > Sync and back up > Advanced settings, turn Files On-Demand off and on, then restart.
5. Desktop, Documents and Pictures are redirected to OneDrive by Intune (Known Folder Move). Do not store PST files or virtual machines there.
6. SharePoint libraries: prefer "Add shortcut to My files" over "Sync". Remove old synced libraries the user no longer needs.
7. To keep files available offline: right-click > Always keep on this device.`,
      ],
      ['Escalate', r`Quota full or sync failing on several PCs: raise with the senior engineer.`],
    ],
  ),
  article(
    'an-sharepoint-sharing-permissions',
    'SharePoint and OneDrive sharing, access requests and "You need permission"',
    null,
    'Microsoft 365 / OneDrive & SharePoint',
    [
      [
        'Symptoms',
        r`"You need permission to access this item", "Access denied", "Sorry, this site hasn't been shared with you". An external contact cannot open a link, says "That account doesn't exist", or never receives the verification code.`,
      ],
      [
        'Cause',
        r`The user is not a member of the site or team, the link was shared with a different address than the one they are signed in with, or the site is restricted (HR, Finance, Directors) and blocks external sharing.`,
      ],
      [
        'Fix',
        r`1. Internal access: add the user to the Microsoft 365 group / Team that owns the site rather than to single folders. Site owners can approve access requests from the e-mail or Site settings > Site permissions > Access requests.
2. External sharing is allowed for "New and existing guests" by default. Share with "Specific people"; "Anyone" links are disabled by policy.
3. The guest must open the link signed in with the exact address it was sent to. Verification codes come from no-reply@notify.microsoft.com: check junk.
4. Restricted sites do not allow external sharing at all; send a copy via encrypted e-mail instead.
5. Links received from another organisation: ask the sender to re-share to the address you sign in with. We cannot change another company's sharing settings.
6. Removing access: ... > Manage access on the file or folder.`,
      ],
      [
        'Escalate',
        r`Access to restricted sites needs approval from the client's authorised contact, recorded in the ticket.`,
      ],
    ],
  ),
  article(
    'an-sharepoint-onedrive-restore',
    'Restoring deleted or overwritten files in OneDrive and SharePoint',
    null,
    'Microsoft 365 / OneDrive & SharePoint',
    [
      [
        'Symptoms',
        r`A file or whole folder deleted by accident, a folder vanished from a synced library, an Excel file saved over by a colleague, or many files changed at once.`,
      ],
      [
        'Cause',
        r`Deleting in a synced folder deletes in the cloud too. OneDrive warns "Files deleted from OneDrive" but people click through.`,
      ],
      [
        'Fix',
        r`1. Recycle bin: in the browser open the site or OneDrive > Recycle bin, select and Restore. Items stay 93 days in total; after the first stage check "Second-stage recycle bin" at the bottom (site owner or admin).
2. Overwritten file: right-click in the library > Version history > Restore the previous version. 500 versions are kept.
3. Many files damaged or deleted: OneDrive > Settings > Restore your OneDrive, or for SharePoint: Settings > Restore this library. Pick a date up to 30 days back. This rolls back everything after that point, so warn the users.
4. Older than 93 days or purged: restore from the Acronis Microsoft 365 backup (an-acronis-restore).
5. Files renamed with strange extensions or a ransom note: stop, do not restore yet. Follow an-sentinelone-alerts first.`,
      ],
      [
        'Escalate',
        r`Library restore affecting more than one department needs the client's authorised contact to approve.`,
      ],
    ],
  ),
  article(
    'an-office-activation-licensing',
    'Office apps say Unlicensed Product or ask to activate',
    null,
    'Microsoft 365 / Licensing',
    [
      [
        'Symptoms',
        r`Red banner "UNLICENSED PRODUCT" or "Product Deactivated" in Word, Excel or Outlook; "We couldn't find an Office license for your account"; "Account notice: there's a problem with your account"; documents open read-only and editing is greyed out.`,
      ],
      [
        'Cause',
        r`No licence assigned to the user (often when the licence pool ran out during onboarding), the licence was removed, Office is signed in with a personal or old account, or the user hit the 5-device limit.`,
      ],
      [
        'Fix',
        r`1. Microsoft 365 admin center > Users > Active users > user > Licenses and apps: make sure Business Premium or Business Standard is ticked and "Microsoft 365 Apps for business" is on.
2. Billing > Your products: if no licences are free, raise a quote request in HaloPSA. We buy through our CSP distributor; new licences show within minutes of provisioning.
3. In any Office app: File > Account > Sign out of all accounts, close all apps, reopen and sign in with the work address.
4. Device limit: the user goes to https://myaccount.microsoft.com > Office apps > Devices and signs out old PCs.
5. Still unlicensed: run the NinjaOne script "Office - reset activation" (clears cached licences like OLicenseCleanup) and sign in again.
6. RDS servers need shared computer activation, set by GPO; do not change it.`,
      ],
      ['Escalate', r`Tenant-wide licensing alerts or expired subscription: account manager same day.`],
    ],
  ),
  article(
    'an-calendar-sharing-rooms',
    'Calendar sharing, delegates and meeting room booking',
    null,
    'Microsoft 365 / Exchange',
    [
      [
        'Symptoms',
        r`A PA or secretary cannot see or edit a manager's calendar; "You do not have permission to create an entry in this folder"; a boardroom does not accept bookings, declines them, or does not show in Room Finder.`,
      ],
      [
        'Fix',
        r`Sharing a calendar:
1. The owner right-clicks Calendar > Sharing permissions (new Outlook: Share calendar) > Add the person and choose Can view all details, Can edit or Delegate.
2. Delegate receives meeting requests on the owner's behalf; choose this for PAs who manage invitations.
3. The other person opens it: Calendar > Add calendar > From address book.
4. Admin alternative: Add-MailboxFolderPermission manager@domain:\Calendar -User pa@domain -AccessRights Editor.
Meeting rooms:
1. Rooms are resource mailboxes in Exchange admin center > Recipients > Resources. Booking options: automatically accept, allow repeating meetings, booking window 180 days, maximum 8 hours.
2. If bookings are not processed: Set-CalendarProcessing room@domain -AutomateProcessing AutoAccept.
3. Declines with "conflict": the slot is already booked; check the room calendar.
4. Room Finder: the room must be in a room list (New-DistributionGroup -RoomList).`,
      ],
      [
        'Escalate',
        r`Giving access to a director's calendar needs that director's or the authorised contact's approval.`,
      ],
    ],
  ),

  // ───────────────────────── Identity & MFA ─────────────────────────
  article('an-password-reset-lockout', 'Password resets and locked-out accounts', null, 'Identity & MFA', [
    [
      'Symptoms',
      r`"Your account has been locked. Contact your support person to unlock it, then try again." at Microsoft sign-in; "The referenced account is currently locked out and may not be logged on to" at the Windows logon; "Your password has expired and must be changed"; user simply forgot the password.`,
    ],
    [
      'Cause',
      r`Repeated wrong passwords. Entra ID smart lockout locks for 60 seconds after 10 failures and longer after more. On-premises AD (law firm and steel clients) locks after 5 attempts for 15 minutes. An old password saved on a phone or a mapped drive keeps locking the account again.`,
    ],
    [
      'Fix',
      r`1. Verify identity: call back on the number in Hudu/HaloPSA, or get the manager's confirmation. Never reset from an e-mail request alone.
2. Cloud-only users: Entra admin center > Users > user > Reset password, tick "Require this user to change their password when they first sign in".
3. Hybrid users (on-prem AD with Entra Connect): reset and unlock in Active Directory Users and Computers on the DC (Account tab > Unlock account), then run Start-ADSyncSyncCycle -PolicyType Delta on the sync server.
4. Users registered for SSPR can reset themselves at https://aka.ms/sspr.
5. Account keeps locking: find the source in the DC security log event 4740 (Caller Computer Name), then clear saved credentials on that device or phone.`,
    ],
    [
      'Escalate',
      r`Lockouts across many users at once may be a password spray: treat as a security incident (an-compromised-account).`,
    ],
  ]),
  article(
    'an-mfa-new-phone',
    'MFA on a new or lost phone (Microsoft Authenticator, Temporary Access Pass)',
    null,
    'Identity & MFA',
    [
      [
        'Symptoms',
        r`User has a new phone, lost or wiped the old one, or reinstalled Microsoft Authenticator and the work account is gone. Sign-in asks to "Approve sign in request" or "Enter the number shown" and nothing arrives. "We couldn't verify your identity".`,
      ],
      [
        'Cause',
        r`Authenticator registrations are tied to the device. iCloud or Google backup of Authenticator restores personal accounts but work accounts must be re-verified.`,
      ],
      [
        'Fix',
        r`1. Verify identity by call-back before changing anything.
2. Old phone still works: the user goes to https://mysignins.microsoft.com/security-info > Add sign-in method > Microsoft Authenticator and scans the QR code with the new phone, then deletes the old entry.
3. Old phone gone: Entra admin center > Users > user > Authentication methods > delete the old Authenticator entry, then "Require re-register multifactor authentication".
4. Issue a Temporary Access Pass (Authentication methods > Add > Temporary Access Pass): one-time use, valid 60 minutes. Read it to the user over the phone. They sign in at https://aka.ms/mfasetup with it and register the new phone.
5. Notifications not arriving: check notifications are allowed for Authenticator, battery optimisation is off (Android), the phone's time is automatic. Opening the app and pulling down refreshes pending requests.
6. Staff without a smartphone: we issue a Token2 OATH hardware token; SMS is disabled by policy.`,
      ],
      ['Escalate', r`Requests for MFA removal that cannot be verified: senior engineer.`],
    ],
  ),
  article(
    'an-conditional-access-blocked',
    'Blocked by Conditional Access ("You can\'t get there from here")',
    null,
    'Identity & MFA',
    [
      [
        'Symptoms',
        r`"You can't get there from here. This application contains sensitive information and can only be accessed from devices or client applications that meet your organization's management compliance policy." Error 53003 "Access has been blocked by Conditional Access policies" or 530002. "Your sign-in was successful but does not meet the criteria to access this resource." Often reported by staff travelling abroad or on a personal PC.`,
      ],
      [
        'Cause',
        r`Fynbos baseline policies: block sign-ins from outside South Africa (except allowed countries per client), require a compliant or Entra-joined device for desktop apps, block legacy authentication and unapproved mobile apps.`,
      ],
      [
        'Fix',
        r`1. Entra admin center > Sign-in logs, filter by user and Failure. Open the entry > Conditional Access tab to see which policy blocked.
2. Travel: with the client's approval, add the user to the group CA-Travel-Exception and set an expiry on the membership (access reviews) for the travel dates. Note the destination in the ticket. Ask for this before departure.
3. Non-compliant device: on the PC open Company Portal > Devices > Check status and fix what it lists (BitLocker, updates, SentinelOne running).
4. Personal PCs: only browser access to Outlook on the web and Teams is allowed, with downloads blocked.
5. Mobile apps: only Outlook, Teams and OneDrive are approved (an-mobile-outlook-intune).`,
      ],
      ['Escalate', r`Requests to exclude a user from a policy permanently need senior engineer approval.`],
    ],
  ),
  article(
    'an-keeper-vault',
    'Keeper password manager: sign-in, device approval, sharing and browser extension',
    null,
    'Identity & MFA',
    [
      [
        'Symptoms',
        r`User cannot get into Keeper, sees "Waiting for admin approval" on a new device, forgot the master password, KeeperFill does not fill passwords in the browser, or a shared folder has disappeared.`,
      ],
      [
        'Cause',
        r`Most clients use Keeper SSO Connect Cloud with Entra ID, so a new device must be approved by an admin. Master-password users who forget it can only recover with their recovery phrase. Shared folders disappear when the owner removes the share or leaves.`,
      ],
      [
        'Fix',
        r`1. SSO sign-in: enter the work e-mail at keepersecurity.eu, choose "Enterprise SSO login", complete the Microsoft sign-in.
2. "Waiting for admin approval": Keeper Admin Console > Admin > Approval requests > approve the device. The user must have verified identity by phone first.
3. Master-password accounts: use "Forgot password" with the 24-word recovery phrase. Admins cannot see or reset vault contents; an admin can only use Account Transfer for leavers.
4. Extension: install KeeperFill from the Edge or Chrome store, pin it and sign in. Browser password saving is disabled by policy; remove passwords stored in the browser after importing.
5. Shared folder missing: ask the folder owner or the department team to re-share. Team folders are per department.`,
      ],
      ['Escalate', r`Keeper enterprise admin issues or lost vault for a director: senior engineer.`],
    ],
  ),

  // ───────────────────────── Network ─────────────────────────
  article(
    'an-sophos-connect-vpn',
    'Sophos Connect VPN will not connect, or connects but nothing works',
    null,
    'Network / VPN',
    [
      [
        'Symptoms',
        r`Sophos Connect shows "Connection failed", "Gateway unreachable", "Failed to establish connection" or "Authentication failed". Connects but \\server shares, drive letters and Remote Desktop do not work. "Policy update failed".`,
      ],
      [
        'Cause',
        r`Wrong or expired password (VPN uses the user's AD or Entra password plus a one-time code), missing OTP, home network using the same subnet as the office, hotel or guest networks blocking IPsec (UDP 500/4500), an old provisioning file after a firewall change, or the office internet is down.`,
      ],
      [
        'Fix',
        r`1. Check the user has internet at home (browse any site).
2. Authentication failed: test the password at https://outlook.office.com. Enter the 6-digit code from Sophos Authenticator or Microsoft Authenticator in the OTP field (or appended to the password on older profiles).
3. Re-import the connection: the user signs in to the VPN portal (https://vpn.clientdomain:443), downloads the provisioning file and imports it in Sophos Connect.
4. On hotel, airport or school networks, use the SSL VPN connection instead of IPsec.
5. Connects but shares fail: check the home router LAN is not 192.168.1.x when the office uses it; our newer sites use 10.x ranges. Run nslookup servername to test DNS.
6. Office side: Sophos Central > Firewall management > the firewall; Current activities > Remote users shows who is connected.`,
      ],
      [
        'Escalate',
        r`Nobody can connect: office internet or firewall down (an-internet-outage-lte-failover).`,
      ],
    ],
  ),
  article(
    'an-internet-outage-lte-failover',
    'Office internet down: fibre outage and LTE failover',
    null,
    'Network / Internet',
    [
      [
        'Symptoms',
        r`Whole office has no internet, or everything is slow and Teams calls break up because the office is running on the backup LTE link. NinjaOne shows the site's devices offline; HaloPSA gets "Device offline" alerts for the firewall.`,
      ],
      [
        'Cause',
        r`The fibre line (Vumatel, Openserve or Frogfoot) is down: cable break, ISP fault or the ONT without power during load shedding. The Sophos firewall then fails over to the MTN or Vodacom LTE router, which has a data cap.`,
      ],
      [
        'Fix',
        r`1. Confirm it is the whole site and not one PC or the Wi-Fi.
2. Check the ONT (fibre box) lights: PON/LOS red or flashing means a fibre break. Power off means check its mini UPS.
3. Log the fault with the ISP (numbers and circuit IDs on the Hudu site page) and put their reference in the ticket.
4. Power-cycle the ONT only, wait 3 minutes. Do not factory reset the ONT or the firewall.
5. Sophos Central > firewall > Network > WAN link manager shows which gateway is active. On LTE, the "LTE-Restricted" policy blocks Windows Update, OneDrive bulk sync and streaming to save data. Tell staff to avoid video.
6. Check the LTE data balance on the LTE router's web page; top up with the client's approval if low.
7. When fibre is back, confirm the firewall failed back to the fibre gateway.`,
      ],
      [
        'Escalate',
        r`ISP outage over 4 hours: escalate with the ISP account manager; inform the client contact.`,
      ],
    ],
  ),
  article(
    'an-loadshedding-ups',
    'Load shedding and power failures: UPS, shutdown and power-up checks',
    null,
    'Network / Power',
    [
      [
        'Symptoms',
        r`Power off at the office, UPS beeping, server shut itself down, or after the power comes back the phones, Wi-Fi, printers or internet do not work. NinjaOne alert "UPS on battery" from the APC network card.`,
      ],
      [
        'Cause',
        r`Scheduled load shedding or an unplanned outage. Each client's comms cabinet runs on an APC Smart-UPS; PowerChute shuts the servers down at 20% runtime. The ONT and firewall have a DC mini UPS. PoE switches, access points and desk phones are only on the cabinet UPS, so they go off when it runs out.`,
      ],
      [
        'Fix',
        r`Before a scheduled slot (check the EskomSePush area in Hudu site notes): tell users on desktop PCs to save work; laptops carry on.
Power-up order after an outage:
1. ONT (fibre box) and its mini UPS.
2. Sophos firewall.
3. Core switch.
4. Servers (wait until fully up, check services in NinjaOne).
5. PoE switches, then access points and desk phones come up by themselves.
6. Copiers and PCs last.
If phones or access points stay dead, power-cycle the PoE switch. If a server did not come back, start it from iDRAC/iLO or ask someone on site to press the power button.
UPS beeping on mains power or showing "Replace battery": batteries are 3-4 years old; log a replacement quote.`,
      ],
      [
        'Escalate',
        r`Inverter, generator or solar changeover faults belong to the client's electrician, not us. UPS replacements go to the account manager.`,
      ],
    ],
  ),
  article('an-unifi-wifi', 'Staff Wi-Fi not connecting, dropping or slow (UniFi)', null, 'Network / Wi-Fi', [
    [
      'Symptoms',
      r`"Can't connect to this network", "Incorrect password", connected but "No internet", Wi-Fi drops every few minutes in one area, or very slow in certain rooms.`,
    ],
    [
      'Cause',
      r`Wrong or rotated Wi-Fi key (staff SSIDs are WPA2/WPA3-Personal, rotated yearly and after staff departures), an access point offline or rebooting, weak signal at the edge of coverage, channel interference, or the device's old saved profile.`,
    ],
    [
      'Fix',
      r`1. Forget the network and reconnect with the current key from the Hudu password vault for the client's Staff SSID.
2. UniFi Site Manager (unifi.ui.com) > client site > Client Devices: find the device. Signal weaker than -75 dBm is too weak; note which AP it is on.
3. UniFi Devices: check every AP is Online. An AP offline usually means its PoE switch port or the switch lost power; check the port and load shedding.
4. Restart the AP from UniFi (Device > Restart). Do not adopt or factory reset.
5. Frequent drops on one AP: check Channel utilisation in Insights; set fixed channels if the neighbour is crowded.
6. Phones: turn off Private Wi-Fi Address / MAC randomisation for the staff network if the device keeps being re-approved.`,
    ],
    ['Escalate', r`Coverage gaps needing a new access point: site survey quote by the account manager.`],
  ]),
  article('an-guest-wifi-vouchers', 'Guest Wi-Fi and hotspot vouchers', null, 'Network / Wi-Fi', [
    [
      'Symptoms',
      r`A visitor cannot get online, the guest login page does not appear, "Invalid voucher" or "Voucher expired", or reception needs vouchers for an event.`,
    ],
    [
      'Cause',
      r`Guest SSIDs use the UniFi Hotspot portal with vouchers. Vouchers are valid for one day and one device by default; the portal only appears on a plain HTTP page.`,
    ],
    [
      'Fix',
      r`1. Reception users have a Hotspot Manager login (UniFi Hotspot Manager at unifi.ui.com, credentials in Hudu). Create vouchers: quantity, 1 day, 1 device (more for events), 5 GB limit, then Print.
2. For events, create a batch the day before with a multi-use count and print them.
3. Portal not appearing: on the visitor's device browse to http://neverssl.com to trigger it. Turn off the device's VPN or private DNS.
4. "Invalid voucher": check the code has not been used on another device; create a new one.
5. The guest network is isolated from the office LAN by design. Guests cannot print to office copiers or reach servers. Guest bandwidth is limited to 10 Mbps per device.`,
    ],
    ['Escalate', r`Changes to portal design or terms: account manager.`],
  ]),
  article(
    'an-website-blocked-dns',
    'Website blocked or not loading (Sophos web filter, DNS, certificate warnings)',
    null,
    'Network / Web filtering',
    [
      [
        'Symptoms',
        r`Sophos block page "Access to this site is blocked ... The web policy blocks this category" (for example Online Storage, Social Networking, Games); "This site can't be reached" DNS_PROBE_FINISHED_NXDOMAIN; a site works at home but not at the office; certificate warnings like NET::ERR_CERT_AUTHORITY_INVALID on one site.`,
      ],
      [
        'Cause',
        r`The client's Sophos web policy blocks the category, a stale DNS entry, the site itself is down, or HTTPS scanning breaks a site that uses certificate pinning (banks, SARS eFiling, some government portals).`,
      ],
      [
        'Fix',
        r`1. Ask for a screenshot. A Sophos block page names the category and the policy.
2. Category block: with approval from the client's authorised contact, add the domain to the URL group "Allowed business sites" in Sophos Firewall > Web > URL groups (or Sophos Central). Do not unblock whole categories for one site.
3. Certificate errors: add the domain to Web > Exceptions to skip HTTPS decryption.
4. DNS: ipconfig /flushdns, then nslookup site. If internal DNS fails and 8.8.8.8 works, check the DNS server.
5. Site down for everyone: check from outside (mobile data).
6. Browser-only problems: test in an InPrivate window and clear the cache.`,
      ],
      ['Escalate', r`Firewall web policy redesigns: senior engineer.`],
    ],
  ),
  article(
    'an-mapped-drives',
    'Mapped network drives missing (S:, P:, red X)',
    null,
    'Network / File shares',
    [
      [
        'Symptoms',
        r`A drive letter (S:, P:, G: and so on) is missing from This PC, or shows a red X. "An error occurred while reconnecting S: to \\fs01\shared. Microsoft Windows Network: The local device name is already in use." "Windows cannot access \\server".`,
      ],
      [
        'Cause',
        r`Drives are mapped by Group Policy at logon for clients with on-premises file servers. If the user signed in away from the office without VPN the mapping fails and is not retried. After a password change the saved credential is wrong. Or the file server is down.`,
      ],
      [
        'Fix',
        r`1. Make sure the PC is on the office network or connected to Sophos Connect VPN.
2. Open the path directly (Win+R, \\servername\share). If it opens, the share is fine and only the mapping is missing.
3. Run gpupdate /force, then sign out and back in. Or double-click the drive to reconnect.
4. "Local device name is already in use": net use S: /delete, then gpupdate /force.
5. Remove stale entries for the server in Credential Manager > Windows Credentials.
6. Check the file server is online in NinjaOne before telling the user to wait.`,
      ],
      ['Escalate', r`Server down or share permissions: senior engineer.`],
    ],
  ),
  article(
    'an-remote-desktop',
    'Remote Desktop to the office PC or server will not connect',
    null,
    'Network / Remote access',
    [
      [
        'Symptoms',
        r`"Remote Desktop can't connect to the remote computer for one of these reasons"; "The remote computer requires Network Level Authentication"; "Your credentials did not work"; "An authentication error has occurred. The function requested is not supported" (CredSSP); RD Gateway "because of a security error".`,
      ],
      [
        'Cause',
        r`Not connected to VPN, the office PC is asleep or switched off (load shedding), the user is not in Remote Desktop Users, wrong username format, or one side is missing security updates.`,
      ],
      [
        'Fix',
        r`1. Connect Sophos Connect VPN first (clients with RD Gateway use rdgw.clientdomain and need no VPN).
2. Check the target PC is online in NinjaOne. If offline, use NinjaOne Wake-on-LAN, or ask someone in the office to switch it on. Remote PCs have sleep disabled by our power policy.
3. Username: domain PCs use DOMAIN\username; Entra-joined PCs use AzureAD\user@domain.co.za.
4. Credentials failed after a password change: delete the saved entry in the RDP client and retype.
5. The user must be in the local Remote Desktop Users group (NinjaOne script "Add RDP user").
6. CredSSP or NLA errors: install outstanding updates on both PCs (an-windows-update-failures).`,
      ],
      ['Escalate', r`RD Gateway or server-side faults: senior engineer.`],
    ],
  ),

  // ───────────────────────── Endpoints ─────────────────────────
  article('an-bitlocker-recovery', 'BitLocker recovery key screen at start-up', null, 'Endpoints / Windows', [
    [
      'Symptoms',
      r`Blue screen before Windows: "BitLocker recovery - Enter the recovery key for this drive" with a Key ID, often after a BIOS or firmware update, a TPM reset, a new dock or a motherboard repair.`,
    ],
    ['Cause', r`The TPM measurements changed, so BitLocker asks for the 48-digit recovery password.`],
    [
      'Fix',
      r`1. Verify the caller's identity by call-back.
2. Ask for the first 8 characters of the Key ID shown on the screen.
3. Find the key: Entra admin center (or Intune) > Devices > the device > BitLocker keys (Show recovery key). For domain-joined PCs without Intune: Active Directory Users and Computers > the computer object > BitLocker Recovery tab. NinjaOne also stores the key in the device's "BitLocker" custom field.
4. Read the 48 digits in groups of six. The user presses Enter.
5. After Windows starts, if a BIOS update is still pending, suspend protection for one reboot: manage-bde -protectors -disable C: -rebootcount 1.
6. Rotate the key because it has been disclosed: Intune > device > BitLocker key rotation.`,
    ],
    [
      'Escalate',
      r`No key anywhere: the data on that disk cannot be recovered. Reimage the device and restore from OneDrive or Acronis. Log it as a documentation incident.`,
    ],
  ]),
  article(
    'an-windows-update-failures',
    'Windows updates failing or stuck, and the NinjaOne patch schedule',
    null,
    'Endpoints / Windows',
    [
      [
        'Symptoms',
        r`"Undoing changes made to your computer" or "We couldn't complete the updates" at restart; errors 0x800f0922, 0x80070002, 0x8024a105, 0x800f081f; NinjaOne alert "Patch installation failed"; constant restart prompts; feature update to Windows 11 24H2 pending.`,
      ],
      [
        'Cause',
        r`Low disk space, damaged component store, a recovery (WinRE) partition too small for the update (typical with 0x800f0922), or a pending reboot from an earlier update.`,
      ],
      [
        'Fix',
        r`Schedule: the NinjaOne patch policy approves monthly updates 7 days after Patch Tuesday, installs Wednesday 12:00, prompts for restart and forces it after 3 days. Feature updates are approved per client after testing; clinical and CNC machines are on hold policies.
1. Free at least 20 GB on C:.
2. Restart and retry from NinjaOne (Device > Patching > Install).
3. Reset components: net stop wuauserv, net stop bits, rename C:\Windows\SoftwareDistribution to .old, start the services.
4. Repair: DISM /Online /Cleanup-Image /RestoreHealth, then sfc /scannow.
5. 0x800f0922 on security updates: run the NinjaOne script "Resize WinRE partition".
6. Last resort: download the KB from the Microsoft Update Catalog and install it manually.`,
      ],
      ['Escalate', r`Machines failing for more than two cycles: add to the monthly patch exceptions report.`],
    ],
  ),
  article('an-slow-computer', 'Slow computer, long start-up or disk full', null, 'Endpoints / Windows', [
    [
      'Symptoms',
      r`"My PC is so slow", takes ten minutes to start, fan running loud, Task Manager shows 100% disk or memory, "You're running out of space on this PC".`,
    ],
    [
      'Cause',
      r`Too little RAM for modern Office and browsers (8 GB or less), old spinning hard drives, a nearly full disk, too many start-up apps, or the PC has not restarted in weeks.`,
    ],
    [
      'Fix',
      r`1. In NinjaOne check the device: uptime, CPU, memory and disk history, free space, disk type and age.
2. Uptime over 14 days: restart it. Most "slow" PCs are fixed here.
3. Disk under 10% free: run Disk Cleanup (including system files), turn on Storage Sense, and in OneDrive use "Free up space" on large folders.
4. Task Manager > Startup apps: disable non-essential items (updaters, chat apps, vendor tools).
5. Browsers: dozens of tabs use gigabytes of memory; Edge sleeping tabs help.
6. Run the NinjaOne "Health check" script; it reports SMART errors on failing disks.
7. Machines with 8 GB RAM or a hard drive (not SSD) older than 5 years are flagged on the quarterly hardware lifecycle report for replacement.`,
    ],
    ['Escalate', r`Failing disk (SMART errors): back up with Acronis immediately and order a replacement.`],
  ]),
  article(
    'an-autopilot-new-laptop',
    'New laptop setup with Windows Autopilot: errors and stuck enrolment',
    null,
    'Endpoints / Windows',
    [
      [
        'Symptoms',
        r`New or reset laptop at the out-of-box screen. "Something went wrong. Confirm you are using the correct sign-in info and that your organization uses this feature. Error code 80180014." Stuck on "Setting up your device for work" with "Apps (3 of 9)" for over an hour, or errors 0x800705b4 (timeout) and 0x80070774.`,
      ],
      [
        'Cause',
        r`Device hash not registered or no Autopilot profile assigned; an old Intune record blocking re-enrolment (80180014); an app in the Enrollment Status Page failing or the network being slow.`,
      ],
      [
        'Fix',
        r`1. Our suppliers upload hashes at purchase. In Intune > Devices > Enrollment > Windows Autopilot devices check the serial is listed and Profile status is Assigned. If missing, run Get-WindowsAutopilotInfo -Online (Shift+F10 at OOBE) and wait 15 minutes.
2. 80180014: delete the device's old record in Intune > Devices > All devices, then restart setup.
3. Use a wired connection or a fast Wi-Fi during setup; LTE failover is too slow.
4. ESP stuck: in Intune > the device > Managed apps find the app still "Installing" or "Failed". The ESP times out after 60 minutes; press "Continue anyway" if offered and fix the app afterwards.
5. Failed completely: Settings > System > Recovery > Reset this PC, or Autopilot reset from Intune.`,
      ],
      ['Escalate', r`Hash upload problems with a supplier: procurement.`],
    ],
  ),
  article(
    'an-macos-standard',
    'Macs: Company Portal enrolment, FileVault and common issues',
    null,
    'Endpoints / macOS',
    [
      [
        'Symptoms',
        r`Mac says it must be enrolled or compliant to open Outlook or Teams; Company Portal "Couldn't enroll your device"; FileVault recovery key needed at start-up; Kyocera printing missing options on a Mac; SentinelOne shows "Missing permissions".`,
      ],
      [
        'Cause',
        r`Company Macs enrol automatically through Apple Business Manager; personal or older Macs must enrol through Company Portal. A profile left from a previous MDM blocks enrolment. SentinelOne needs Full Disk Access granted by profile.`,
      ],
      [
        'Fix',
        r`1. Company Mac bought through our supplier: during setup it shows "Remote Management". If not, check it is assigned in Apple Business Manager to the Intune MDM server.
2. Manual enrolment: install Intune Company Portal, sign in, follow the steps to download and approve the management profile in System Settings > Privacy & Security > Profiles.
3. "Couldn't enroll": remove old MDM profiles (System Settings > Profiles), then retry.
4. FileVault key: Intune > Devices > macOS > the device > Recovery keys.
5. Kyocera: install the "KYOCERA Print Driver for Mac", add the copier by IP using the TASKalfa driver, set Job accounting in the driver options.
6. SentinelOne: the Intune profile grants Full Disk Access; if missing, re-sync the device in Company Portal.`,
      ],
      ['Escalate', r`Apple Business Manager assignment issues: senior engineer.`],
    ],
  ),
  article(
    'an-mobile-outlook-intune',
    'Work email on phones: Outlook app and Intune app protection',
    null,
    'Endpoints / Mobile',
    [
      [
        'Symptoms',
        r`Setting up email on an iPhone or Android; the built-in Mail or Gmail app is refused with "requires an approved client app"; Outlook app asks for a PIN; "Your organization's data cannot be pasted here"; cannot save attachments to Photos or WhatsApp; "Get the app: Company Portal" prompt.`,
      ],
      [
        'Cause',
        r`Intune app protection policies protect work data on personal phones. Only Outlook, Teams, OneDrive and Office are approved. Copying from work apps to personal apps is blocked.`,
      ],
      [
        'Fix',
        r`1. Install Microsoft Outlook from the App Store or Play Store. iPhone also needs Microsoft Authenticator; Android needs Intune Company Portal installed (no need to enrol).
2. Add the work account in Outlook and complete MFA.
3. Set the 6-digit app PIN when asked; Face ID or fingerprint can replace it.
4. "Your organization's data cannot be pasted here" is the policy working: paste only into Outlook, Teams, Word, Excel or OneDrive. Sharing patient or client data into WhatsApp or personal apps is not allowed.
5. Save attachments to OneDrive, not to the phone.
6. Calendar and contacts: use the Outlook app.
7. Lost or replaced phone: Intune > Apps > App selective wipe to remove work data only.`,
      ],
      [
        'Escalate',
        r`Requests for exceptions to the paste policy: client authorised contact plus senior engineer.`,
      ],
    ],
  ),
  article(
    'an-docking-displays',
    'Docking stations: external monitors not working, dock USB or charging faults',
    null,
    'Endpoints / Hardware',
    [
      [
        'Symptoms',
        r`External monitors black or "No signal" when docked, only one of two screens works, screens flicker, keyboard and mouse on the dock not working, or "slow charger" warning.`,
      ],
      [
        'Cause',
        r`Outdated dock firmware or graphics driver, a loose USB-C cable, an underpowered dock, or DisplayLink drivers missing on older Targus docks.`,
      ],
      [
        'Fix',
        r`Standard docks: Dell WD19S and WD22TB4, HP USB-C Dock G5.
1. Unplug the USB-C cable from the laptop, wait 10 seconds, plug it back. Try the laptop's other USB-C/Thunderbolt port.
2. Win+P > Extend. Display settings > Multiple displays > Detect.
3. Power-cycle the dock: unplug its power for 30 seconds.
4. Update firmware and drivers: Dell Command Update or HP Image Assistant (NinjaOne scripts "Dell Command Update - apply" and "HP driver update").
5. Old Targus docks need the DisplayLink driver (NinjaOne software library).
6. Dell Precision laptops need a 130 W or higher dock; smaller docks give the "slow charger" warning.
7. Check each monitor's input source and swap cables to find a faulty one.`,
      ],
      ['Escalate', r`Dock faulty under warranty: RMA via the Hudu asset.`],
    ],
  ),
  article(
    'an-ninjaone-remote-access',
    'NinjaOne: remote sessions, offline agents and running scripts (internal)',
    null,
    'Internal / Tools',
    [
      [
        'Symptoms',
        r`Technician cannot start a remote session ("Connection failed", "Device offline"), a PC shows offline in NinjaOne while the user is working on it, a new machine is not in NinjaOne, or duplicate devices after a reimage.`,
      ],
      [
        'Cause',
        r`The NinjaRMMAgent service stopped, the agent was installed with another organisation's installer, a proxy or the firewall blocks the agent, or the PC was reimaged and enrolled twice.`,
      ],
      [
        'Fix',
        r`1. Offline but user is working: ask the user to run services.msc and start "NinjaRMMAgent", or reboot. If still offline, reinstall the agent with the organisation-specific installer (Organisation > Add device > Windows MSI, choose the right location).
2. Remote session: Device > Remote Control > Ninja Remote. Needs the ncstreamer service. Clients with the "consent required" setting (law firm, dental) show the user an accept prompt; tell them to click Allow.
3. Back-end access (files, services, terminal) works without interrupting the user.
4. Scripts: Automation library; choose "Run as System" for installs, "Logged on user" for profile fixes.
5. Duplicates after reimage: delete the old device record after confirming last-seen date.
6. New Autopilot machines appear after the first Intune sync installs the agent.`,
      ],
      ['Escalate', r`Agent will not check in after reinstall: open a case with NinjaOne support.`],
    ],
  ),

  // ───────────────────────── Printing ─────────────────────────
  article(
    'an-kyocera-printing',
    'Printing to the Kyocera copier: offline, stuck jobs and job accounting',
    null,
    'Printing & Scanning',
    [
      [
        'Symptoms',
        r`Copier shows "Offline" in Windows, jobs sit in the queue with "Error - Printing", nothing comes out, the copier shows "Job accounting - account not registered" or "ID not registered", colour prints come out black and white, or a new PC cannot find the printer.`,
      ],
      [
        'Cause',
        r`All clients have leased Kyocera TASKalfa copiers with job accounting (department codes). Printers are installed by Intune or GPO with the Kyocera KX driver. Jobs without a valid account ID are rejected at the copier. A stuck job blocks the whole queue.`,
      ],
      [
        'Fix',
        r`1. Job accounting errors: Printer properties > Printing preferences > Job > Job accounting > "Use specific account ID", enter the code from the Hudu client page (per department or per user).
2. Colour blocked: some account IDs are mono only by client policy; ask the authorised contact.
3. Offline: ping the copier's IP (reserved in DHCP, listed in Hudu). Wake the copier if it is in deep sleep. Check the port in the printer properties matches the IP.
4. Stuck queue: cancel all documents; if they do not clear, stop the Print Spooler service, delete C:\Windows\System32\spool\PRINTERS\*, start the spooler.
5. New PC: the printer arrives with Intune within an hour; or run the NinjaOne script "Install Kyocera KX driver and printer".
6. Private print: the PIN set in the driver must be entered at the copier under Job Box.`,
      ],
      ['Escalate', r`Paper jams, toner and error codes on the copier: an-copier-hardware-dealer.`],
    ],
  ),
  article(
    'an-kyocera-scanning',
    'Scan to email and scan to folder failing on the Kyocera',
    null,
    'Printing & Scanning',
    [
      [
        'Symptoms',
        r`Copier shows "Send error" with a number (1101, 1102, 1103, 2101, 3101) or "Failed to send"; scans to email never arrive; scan to a PC or server folder stopped working after a password change or server update.`,
      ],
      [
        'Cause',
        r`Scan to email uses an SMTP2GO relay account per client (mail.smtp2go.com, port 2525, TLS). Scan to folder uses SMB with the service account svc-scan. Error meanings: 1101 destination host not found; 1102 login failed (wrong user or password for the folder or SMTP); 1103 path not found or no write permission; 2101 cannot connect to the server (network, SMB version or port); 3101 SMTP server error or authentication refused.`,
      ],
      [
        'Fix',
        r`1. Open Command Center RX (browse to the copier IP, admin login in Hudu).
2. 3101 or scans to email missing: Function settings > E-mail, check SMTP host, port 2525, and the SMTP2GO user; check the account is active and under its monthly limit in SMTP2GO. Check Mimecast for held messages.
3. 1102: svc-scan password changed or expired. Update it in every address book entry (Address book > edit > SMB).
4. 1101/2101: use the server's IP or full name, confirm the copier firmware supports SMB2/3 (SMB1 is off on all servers), port 445.
5. 1103: check the share path and that svc-scan has Modify permission.
6. Large scans rejected: set 200 dpi and PDF high compression (limit 10 MB).`,
      ],
      ['Escalate', r`Firmware updates for SMB: the copier dealer.`],
    ],
  ),
  article(
    'an-copier-hardware-dealer',
    'Copier paper jams, toner, error codes and service calls (dealer-managed)',
    null,
    'Printing & Scanning',
    [
      [
        'Symptoms',
        r`Paper jam that keeps coming back, "Call service" with a C-code (for example C6000 fuser error, C3100 scanner), streaks or lines on copies, "Toner is empty" or "Replace toner", the dealer asking for meter readings, lease questions.`,
      ],
      [
        'Cause',
        r`Copiers are leased from and maintained by the copier dealer under the lease's service agreement. Fynbos does not repair copier hardware; we look after the network, drivers and scanning setup.`,
      ],
      [
        'Fix',
        r`1. Paper jams: follow the animation on the screen; open the indicated covers; let the fuser area cool before pulling paper; fan the paper and check the tray guides. Do not use damp or recycled paper in the bypass.
2. Toner: the copier reports levels to the dealer through Kyocera Fleet Services (KFS) and toner is sent automatically. If it has not arrived in 2 business days, phone the dealer.
3. C-codes: power off, wait 30 seconds, power on once. If the code returns, note the code, the serial number (on the Hudu asset) and log a service call with the dealer.
4. Print quality lines: run Adjustment/Maintenance > Drum refresh and Developer refresh; if still streaky, log with the dealer.
5. Meter readings and lease queries go directly to the dealer.`,
      ],
      ['Escalate', r`Dealer not responding within their SLA: account manager, who holds the dealer contact.`],
    ],
  ),

  // ───────────────────────── Backup ─────────────────────────
  article(
    'an-acronis-restore',
    'Restoring files, folders, mailboxes or machines from Acronis Cyber Protect Cloud',
    null,
    'Backup & Recovery',
    [
      [
        'Symptoms',
        r`A folder deleted from a server share (no recycle bin on SMB shares), a file needed as it was last week, OneDrive or SharePoint data older than the 93-day recycle bin, an e-mail deleted months ago, a Google Drive file at the school, or a server that will not boot.`,
      ],
      [
        'Cause',
        r`Servers back up nightly at 21:00 (30 daily, 12 monthly points). Microsoft 365 and Google Workspace are backed up three times a day. Workstations back up Desktop and Documents only.`,
      ],
      [
        'Fix',
        r`1. Get approval if the data belongs to someone other than the requester.
2. Acronis Cyber Protect console > Devices > the server > Recovery. Pick the recovery point before the deletion.
3. Files/folders > browse to the path (for example D:\Shares\Conveyancing\Transfers 2023) > select > Recover > To original location, choose "Do not overwrite" or recover to an alternative folder like D:\Restore.
4. Microsoft 365: Devices > Microsoft 365 > the tenant > Mailboxes or OneDrive or Sites > the user > Recovery > pick items.
5. Google Workspace: Devices > Google Workspace > user > Gmail or Drive.
6. Whole server: recover with Acronis bootable media or as a virtual machine in the cloud (disaster recovery), senior engineer only.
7. Record the path and recovery point in the ticket.`,
      ],
      ['Escalate', r`Server bare-metal restore or ransomware recovery: senior engineer and security lead.`],
    ],
  ),
  article(
    'an-acronis-alert-triage',
    'Acronis backup alert e-mails: failed, missed or no backup for days',
    null,
    'Backup & Recovery',
    [
      [
        'Symptoms',
        r`Alert e-mails from Acronis Cyber Protect Cloud into HaloPSA: "Backup failed", "Activity 'Running backup plan' failed", "Backup did not start", "No successful backups for N days", "The agent is offline", "Not enough space in the backup location", "Failed to create a volume snapshot" or "VSS writer failed".`,
      ],
      [
        'Cause',
        r`The machine was off (weekend, load shedding), the agent service stopped, a VSS writer is stuck (often SQL Server Writer on LegalSuite, Evolution or GoodX servers), cloud storage quota reached, or no internet.`,
      ],
      [
        'Fix',
        r`1. Check NinjaOne: is the device online and was it off at 21:00? Workstations off overnight just need a successful backup next run.
2. Agent offline: restart the "Acronis Managed Machine Service" (NinjaOne services tab); reinstall the agent if it will not start.
3. VSS snapshot errors: run vssadmin list writers as admin. Restart the service behind any writer that is not "Stable / No error" (for SQL: SQL Server VSS Writer), then run the backup again from the console.
4. Not enough space: check the client's storage usage in the Acronis partner portal; ask the account manager to raise the quota. Do not delete backups.
5. Connection errors: check the site's internet and the firewall.
6. Always confirm the re-run succeeded and close the alert with a note.`,
      ],
      ['Escalate', r`Server with two failed nights in a row is a P2: senior engineer.`],
    ],
  ),

  // ───────────────────────── Security ─────────────────────────
  article(
    'an-phishing-clicked',
    'Suspicious e-mails and "I clicked a link": phishing response',
    null,
    'Security',
    [
      [
        'Symptoms',
        r`User reports a suspicious e-mail: fake Microsoft 365 login page, "DocuSign" or "shared invoice" link, a bank or SARS message, a "CEO" asking for gift cards, or a supplier e-mail saying their banking details have changed. Or the user already clicked, typed their password or opened the attachment.`,
      ],
      [
        'Cause',
        r`Phishing and business e-mail compromise (BEC). Payment-redirection fraud is the biggest loss we see at South African clients.`,
      ],
      [
        'Fix',
        r`1. Only received it: click "Report Phishing" (Mimecast add-in) and delete it. We check Mimecast for other recipients and block the sender or URL.
2. Clicked and entered a password: treat the account as compromised now. Reset the password and revoke sessions, then follow an-compromised-account.
3. Opened an attachment or ran a file: isolate the PC in SentinelOne (Network quarantine), run a full scan, review the incident (an-sentinelone-alerts).
4. Bank detail change requests: policy at every client is to phone the supplier on a number already on file, never the number in the e-mail, and to have a second person approve the change. Tell the user not to update the supplier in the accounting system until verified.
5. Search and remove the message from all mailboxes with Mimecast remediation or Microsoft Defender Threat Explorer.`,
      ],
      [
        'Escalate',
        r`Money already paid: the client must call their bank's fraud line immediately; notify the security lead.`,
      ],
    ],
  ),
  article(
    'an-sentinelone-alerts',
    'SentinelOne threat alerts, blocked apps and network quarantine',
    null,
    'Security',
    [
      [
        'Symptoms',
        r`Pop-up "SentinelOne: threat detected and mitigated", an installer or line-of-business app deleted or blocked, "Your device has been disconnected from the network by your administrator", HaloPSA alert e-mail "Threat detected - status: Mitigated / Not mitigated", or files renamed with a new extension and a ransom note.`,
      ],
      [
        'Cause',
        r`SentinelOne Singularity Complete on every Windows and Mac endpoint, with Vigilance MDR monitoring. Legitimate vendor updaters sometimes behave like malware and get killed (false positives).`,
      ],
      [
        'Fix',
        r`1. SentinelOne console > Incidents: open the threat, read the storyline, process tree and file path.
2. Not mitigated or suspicious: Actions > Mitigate > Kill and Quarantine; Disconnect from network if it spreads.
3. True positive: run a full disk scan, find how it got there (e-mail, download, USB).
4. False positive on a known line-of-business app or its updater: mark as false positive, restore the file (Actions > Restore from quarantine) and add an exclusion by path or hash scoped to that client's site only, with the reason in the ticket. Never exclude whole drives or Program Files.
5. Network quarantine: reconnect in the console only when the incident is resolved.
6. Ransomware signs: disconnect, do not reboot, call the security lead. SentinelOne rollback (VSS) can restore files.
7. Never give users the agent passphrase.`,
      ],
      ['Escalate', r`Any unmitigated threat on a server: P1, security lead.`],
    ],
  ),
  article(
    'an-compromised-account',
    'Compromised Microsoft 365 account: unexpected MFA prompts, suspicious sign-ins and inbox rules',
    null,
    'Security',
    [
      [
        'Symptoms',
        r`User gets MFA approval requests they did not trigger; "Unusual sign-in activity" e-mails; contacts receive phishing from the user; replies vanish because an inbox rule moves them to RSS Feeds or Conversation History; "550 5.1.8 Access denied, bad outbound sender"; Defender alerts "Suspicious inbox manipulation rule", "Atypical travel", "User restricted from sending email".`,
      ],
      [
        'Cause',
        r`The password was phished or reused; an attacker has it (and possibly a session token). Repeated MFA prompts mean someone is trying the password right now.`,
      ],
      [
        'Fix',
        r`1. Tell the user to deny all prompts they did not start. Reset the password immediately and Revoke sessions (Entra admin center > user).
2. Authentication methods: remove any phone or app the user did not add.
3. Check Outlook and Exchange rules and forwarding: Get-InboxRule -Mailbox user, Get-Mailbox user | fl Forwarding*. Remove anything malicious; screenshot first.
4. Sign-in logs: note foreign IPs and times. Check Enterprise applications for OAuth apps the user consented to.
5. Defender portal > Restricted entities: release the user once clean.
6. Warn contacts who received mail from the account.
7. POPIA: if personal information was exposed, the client's Information Officer decides on notifying the Information Regulator and data subjects. Record the incident in Hudu.`,
      ],
      ['Escalate', r`More than one account affected, or payments involved: security lead immediately.`],
    ],
  ),

  // ───────────────────────── People ─────────────────────────
  article(
    'an-onboarding-new-starter',
    'New starter setup (onboarding checklist)',
    null,
    'People / On & offboarding',
    [
      [
        'Request',
        r`A client tells us someone new is starting and needs an account, laptop, phone extension or access to systems.`,
      ],
      [
        'Process',
        r`Requests must come from the client's authorised contact on the Fynbos portal "New starter" form, at least 5 business days before the start date (laptops need ordering). Late requests get a loan laptop.
1. Account: create in Active Directory (hybrid clients) or Entra ID, format firstname.lastname@domain. Set job title, department, manager and mobile number.
2. Licence: Business Premium (school: Google Workspace account in the right OU).
3. Groups: department security group, Teams/SharePoint sites and shared mailboxes listed on the form.
4. Laptop: Autopilot device assigned to the user; printer job accounting code noted on the handover sheet.
5. Phone: 3CX extension and welcome e-mail; Yealink desk phone provisioned if requested.
6. Keeper: invite to the client's Keeper and the department team.
7. Line-of-business apps: follow the client runbook (LegalSuite, Evolution, GoodX, ADAM etc.).
8. Day one: issue a Temporary Access Pass to register MFA (an-mfa-new-phone) and walk through Outlook, Teams and OneDrive.
9. Update the Hudu contact and close the ticket with the handover sheet attached.`,
      ],
      ['Escalate', r`Start dates under 2 days: account manager to agree priority.`],
    ],
  ),
  article('an-offboarding-leaver', 'Leaver process (offboarding)', null, 'People / On & offboarding', [
    [
      'Request',
      r`A staff member is leaving, has resigned or been dismissed; manager wants their e-mail forwarded, access to their files, or the laptop wiped.`,
    ],
    [
      'Process',
      r`Only the authorised contact can request offboarding. Dismissals are done immediately on a phone call, with the form afterwards.
1. Block sign-in, reset the password and Revoke sessions. Disable the AD account for hybrid users.
2. Mailbox: convert to a shared mailbox (keeps data without a licence), grant the manager Full Access, set an automatic reply if requested, or forward to the manager for 90 days.
3. OneDrive: give the manager access (Microsoft 365 admin center > user > OneDrive > Create link). It is deleted 30 days after the licence is removed unless retained by policy.
4. Remove the licence once data is handled. Remove from groups and shared mailboxes.
5. Phone: delete or reassign the 3CX extension, redirect their DDI.
6. Keeper: Account Transfer of the vault to the manager.
7. Devices: collect the laptop and run Autopilot reset or wipe from Intune; selective wipe on personal phones.
8. Line-of-business apps: disable their LegalSuite, Evolution, GoodX or ADAM login as per the client runbook.
9. POPIA: keep the mailbox per the client's retention; note the final date in Hudu.`,
    ],
    [
      'Escalate',
      r`Legal hold requests (disputes, CCMA cases): senior engineer to place the mailbox on hold before anything is deleted.`,
    ],
  ]),

  // ───────────────────────── Phones ─────────────────────────
  article(
    'an-3cx-app',
    '3CX app and web client: setup, login and calls not ringing',
    null,
    'Telephony / 3CX',
    [
      [
        'Symptoms',
        r`3CX app on the cellphone does not ring, calls go straight to voicemail, "Unable to register" or "Not registered", one-way audio (only one side hears), or the user wants to take office calls on the laptop.`,
      ],
      [
        'Cause',
        r`Every client has a hosted 3CX (clientname.3cx.co.za). The mobile app relies on push notifications; Android battery savers kill it. The user's status (Away, Do Not Disturb) sends calls to voicemail. Home routers with SIP ALG break audio.`,
      ],
      [
        'Fix',
        r`1. Setup: in the 3CX admin console > Users > the user > Send welcome e-mail. The e-mail has a QR code for the iOS/Android app and the link to the web client. On Windows use the web client or install the 3CX desktop app from it.
2. Not ringing on mobile: allow notifications for 3CX, set battery usage to Unrestricted (Android), and in the app confirm Push is on. Sign out and scan the QR code again if needed.
3. Straight to voicemail: check the status is Available, not DND or Away, and the forwarding rules for that status (an-3cx-hours-forwarding-voicemail).
4. One-way audio at home: disable SIP ALG on the home router, or in the app enable "Use tunnel".
5. Admin console > Users shows registration status for each device.`,
      ],
      ['Escalate', r`Whole-client call failures or SIP trunk down: senior engineer and the SIP provider.`],
    ],
  ),
  article(
    'an-yealink-deskphone',
    'Yealink desk phone: no service, no power, registration failed or new phone',
    null,
    'Telephony / 3CX',
    [
      [
        'Symptoms',
        r`Desk phone screen blank, "Network unavailable", "No Service" or the line key shows an X, "Registration failed", the phone keeps rebooting, or a new phone needs setting up for a new extension.`,
      ],
      [
        'Cause',
        r`Yealink T43U and T54W phones are powered by PoE from the network switch and provisioned by 3CX. A cable in a non-PoE port, a switch without UPS power, or a phone moved to another desk without updating 3CX will stop it.`,
      ],
      [
        'Fix',
        r`1. No power: the cable from the wall must go to the phone's "Internet" port, and the PC plugs into the phone's "PC" port. Swap the patch cable; check the switch is on after load shedding.
2. No Service / Registration failed: reboot the phone (unplug for 10 seconds). In 3CX admin console > Phones check the phone shows as registered to the right extension.
3. New phone or new extension: in 3CX > Phones > Add phone, enter the MAC address from the sticker under the phone, choose the extension and model, save. Plug it in; it provisions automatically within a few minutes.
4. Phone belongs to someone else now: reassign it in 3CX > Phones, then reboot.
5. Factory reset only if provisioning fails: hold OK for 10 seconds, confirm, then it re-provisions from 3CX.
6. Headsets: EHS cable for Jabra wireless headsets; set in Menu > Basic > Headset.`,
      ],
      ['Escalate', r`Faulty handset: replace from spare stock, RMA via the Hudu asset.`],
    ],
  ),
  article(
    'an-3cx-hours-forwarding-voicemail',
    '3CX office hours, holidays, greetings, call forwarding and voicemail',
    null,
    'Telephony / 3CX',
    [
      [
        'Request',
        r`Change the greeting or after-hours message, close the office for a public holiday or year-end shutdown, forward a user's calls to their cellphone, reset a forgotten voicemail PIN, or get voicemails by e-mail.`,
      ],
      [
        'Fix',
        r`Office hours and holidays:
1. 3CX admin console > Office Hours. Each client has its own schedule.
2. South African public holidays are loaded under Holidays each January. Add special closures (for example 15 December to 6 January) as a holiday with start and end date and choose the "Holiday" prompt.
3. Greetings: record the new message as WAV (PCM, 8 kHz, 16-bit, mono) or record by phone (dial the digital receptionist's recording option), then upload it in Digital Receptionist > the DR > Prompt. Keep the old prompt file in Hudu.
Forwarding:
1. Users set their own rules in the 3CX app or web client > Status > edit the status (Available, Away, Out of office) > forwarding, for example "If no answer after 20 seconds, forward to my mobile".
2. Admin can set it for them in Users > the user > Forwarding rules.
Voicemail:
1. PIN reset: Users > the user > Voicemail > PIN.
2. Voicemail to e-mail: Voicemail > "Send voicemail to e-mail" with the recording attached.`,
      ],
      ['Escalate', r`New DDIs or number porting: account manager with the SIP provider.`],
    ],
  ),

  // ───────────────────────── Client: Van der Merwe Naidoo Attorneys ─────────────────────────
  article(
    'an-vmn-legalsuite',
    'LegalSuite: will not open, database connection and licence errors',
    SET_AN_CLIENTS.a,
    'VMN / Line of business',
    [
      [
        'Symptoms',
        r`Staff call it "LS" or "the Suite". Errors: "Cannot connect to the LegalSuite database server", "Login failed for user", "All licences are currently in use", "Your workstation version does not match the database - please update", or matters and time recording very slow to open.`,
      ],
      [
        'Cause',
        r`LegalSuite runs on VMN-SQL01 (Windows Server 2022, SQL Server instance VMN-SQL01\LEGALSUITE). Remote users must be on Sophos Connect VPN. Licences are concurrent; users who leave LegalSuite open on two PCs or go home without closing it use two seats. After LegalSuite releases a database update every workstation must update.`,
      ],
      [
        'Fix',
        r`1. Remote user: connect the VPN first.
2. Check VMN-SQL01 is online in NinjaOne and the "SQL Server (LEGALSUITE)" service is running; start it if stopped.
3. Licences in use: LegalSuite > Administration > Logged in users: log off stale sessions (users on leave, PCs left on overnight). Ask the user to close LS on their other PC.
4. Version mismatch: run the workstation update from \\VMN-SQL01\LegalSuite\Setup\WorkstationUpdate.exe as admin (NinjaOne script "LegalSuite workstation update").
5. Login failed: LegalSuite user passwords are managed by the firm's LS administrator (Bookkeeper, details in Hudu), not in AD.
6. Slow: check SQL memory on VMN-SQL01; run updates only after 18:00.
7. New users: the LS administrator creates the user; we install the client and add the PC to the LegalSuite firewall rule.`,
      ],
      [
        'Escalate',
        r`Database errors or failed updates: LegalSuite support with the firm's client number (Hudu). Never restore the database without the managing partner's approval.`,
      ],
    ],
  ),
  article(
    'an-vmn-ghostconvey',
    'GhostConvey conveyancing: will not open, data folder and Word document generation',
    SET_AN_CLIENTS.a,
    'VMN / Line of business',
    [
      [
        'Symptoms',
        r`Conveyancing secretaries call it "Ghost". "GhostConvey could not connect to the data folder", "Data path not found", Ghost opens but the "Generate documents" button fails or Word opens empty, the GhostConvey toolbar missing from Word, or "Registration key expired".`,
      ],
      [
        'Cause',
        r`GhostConvey data lives on \\VMN-FS01\Ghost, mapped as G:. If G: is not mapped (working from home without VPN, drive mapping failed) Ghost cannot open. Document generation uses the GhostConvey Word add-in, which Word disables after a crash. The annual registration key is renewed by the firm each March.`,
      ],
      [
        'Fix',
        r`1. Check G: is present and opens. If not: connect VPN, then gpupdate /force (an-mapped-drives).
2. Word add-in: Word > File > Options > Add-ins > Manage: Disabled Items > Go, enable "GhostConvey". Then COM Add-ins > tick "GhostConvey Word Link".
3. Close every Word window before generating documents; Ghost needs to start its own Word instance.
4. "Registration key expired": the conveyancing partner receives the new key from GhostConvey; enter it under Help > Registration on one PC (it is stored in the data folder).
5. Deeds Office and Windeed / Lightstone searches use each user's own login and credits bought by accounts; we do not hold those passwords.
6. Install on new PCs with the NinjaOne script "GhostConvey client install" (path G:\Setup).`,
      ],
      [
        'Escalate',
        r`Data folder corruption or lodgement-related data issues: GhostConvey support, with the conveyancing partner's consent.`,
      ],
    ],
  ),
  article(
    'an-vmn-dictation',
    'Philips dictation: SpeechMike, foot pedal and dictations not reaching the typist',
    SET_AN_CLIENTS.a,
    'VMN / Devices',
    [
      [
        'Symptoms',
        r`Attorneys dictate with Philips SpeechMike Premium or the Pocket Memo; secretaries transcribe in SpeechExec with a foot control. Reports: "my dictations are not in my typist's list", "SpeechMike buttons do nothing" or "it types letters instead of recording", "foot pedal doesn't play", "SpeechExec licence expired".`,
      ],
      [
        'Cause',
        r`SpeechExec Pro Dictate sends finished dictations to \\VMN-FS01\Dictation\<author>, which the typist's SpeechExec Pro Transcribe worklist reads. Offline or no VPN means they wait in the author's Outbox. A SpeechMike in "keyboard mode" sends keystrokes instead of controlling SpeechExec. SpeechExec is licensed by annual subscription.`,
      ],
      [
        'Fix',
        r`1. Dictations missing: in the author's SpeechExec check the Outbox / "Finished" folder. If items are stuck, connect VPN and press Send. Check Settings > Worklist > Send folder path is \\VMN-FS01\Dictation\author.
2. Typist side: Settings > Worklist > the author's folder must be added; clear any filter on the list.
3. SpeechMike: open Philips Device Control Center, select the SpeechMike, set Button mode to "SpeechExec" (not "Keyboard"), apply. Unplug and replug.
4. Foot control ACC2330: plug straight into the PC, not through the dock; in SpeechExec Settings > Foot control check it is detected.
5. Licence: the office manager renews through the Philips Speech portal; enter the new licence in Help > Licence.
6. Pocket Memo: dock it; SpeechExec downloads recordings automatically.`,
      ],
      ['Escalate', r`Faulty SpeechMike or Pocket Memo: the Philips dealer (Hudu vendor page).`],
    ],
  ),
  article(
    'an-vmn-trust-banking-pc',
    'Trust account banking PC (Standard Bank Business Online)',
    SET_AN_CLIENTS.a,
    'VMN / Procedures',
    [
      [
        'Symptoms',
        r`Accounts staff cannot log in to Business Online from the banking PC VMN-BANK01, the bank site says "browser not supported" or shows certificate errors, or a partner cannot authorise trust payments.`,
      ],
      [
        'Cause',
        r`Trust account payments are made only from VMN-BANK01, a locked-down PC in the accounts office: Edge only, no e-mail, no other browsing (Sophos web policy "Banking-only"). Business Online checks the browser version. Sophos HTTPS scanning breaks bank sites if the exception is missing.`,
      ],
      [
        'Fix',
        r`1. Update Edge to the current version (NinjaOne > device > Software > Edge update, or edge://settings/help). Only Edge is supported on this PC.
2. Certificate or "site can't be reached" errors: confirm the Standard Bank domains are in the Sophos Web > Exceptions list "Banking - no decryption" (an-website-blocked-dns).
3. Clear Edge cache and restart the PC.
4. User login, token, OTP and payment authorisation problems are the bank's: the user calls Standard Bank Business Online support. We cannot reset banking credentials.
5. Two directors must authorise payments; we never configure a single-user release.
6. Remote access to VMN-BANK01 needs the finance partner's consent each time, noted in the ticket.`,
      ],
      [
        'Escalate',
        r`Suspected fraud or unknown payments: managing partner and the bank immediately, security lead (an-phishing-clicked).`,
      ],
    ],
  ),
  article(
    'an-vmn-court-efiling',
    'Court Online / CaseLines e-filing: uploading bundles and PDF problems',
    SET_AN_CLIENTS.a,
    'VMN / Line of business',
    [
      [
        'Symptoms',
        r`Litigation secretaries upload pleadings and bundles to Court Online (CaseLines). Upload fails, stays at 0%, "File type not supported", "File too large", bundles rejected because PDFs are password protected or scanned pages are unreadable, or Adobe Acrobat Pro says "Sign in required" or "trial expired".`,
      ],
      [
        'Cause',
        r`Court Online wants searchable, unprotected PDFs of sensible size. Large image-only scans and protected files are rejected. Acrobat Pro licences are named-user licences in the firm's Adobe Admin Console.`,
      ],
      [
        'Fix',
        r`1. Combine documents in Acrobat Pro (Tools > Combine files), run Scan & OCR > Recognise text, then File > Save as Other > Reduced Size PDF. Aim under 50 MB per file; split large bundles by volume.
2. Remove security: File > Properties > Security > No security (needs the document password).
3. Use Edge or Chrome up to date; upload from the office network (LTE failover is too slow for large bundles).
4. Acrobat "Sign in required": sign in with the work e-mail. If it says no licence, assign the user in the Adobe Admin Console (admin details in Hudu) under the Acrobat Pro product profile.
5. Court Online user accounts are registered per attorney by the firm's e-filing administrator; password resets are done on the Court Online portal, not by us.
6. Scanning bundles on the Kyocera: scan at 300 dpi black and white for text pages.`,
      ],
      [
        'Escalate',
        r`Court Online platform outages: the litigation partner informs the registrar; we confirm our internet is up.`,
      ],
    ],
  ),
  article(
    'an-vmn-boardroom',
    'Boardroom: Teams Room (Logitech Rally Bar), HDMI sharing and external meetings',
    SET_AN_CLIENTS.a,
    'VMN / Devices',
    [
      [
        'Symptoms',
        r`The boardroom touch panel shows "Offline" or "Couldn't start meeting", the meeting does not appear on the panel, a visitor's laptop on the HDMI cable shows nothing on the big screen, the camera frames the wrong area, or echo in the room.`,
      ],
      [
        'Cause',
        r`The boardroom has a Logitech Rally Bar with a Tap IP panel running Microsoft Teams Rooms on Android, signed in as boardroom@vmnlaw.co.za (resource account, Teams Rooms Pro licence). Meetings only show on the panel if the room was invited. HDMI sharing goes through the Tap's HDMI ingest cable.`,
      ],
      [
        'Fix',
        r`1. Meeting not on the panel: the organiser must invite "Boardroom" as a room. Zoom and Google Meet invitations work through direct guest join if the invite includes the room.
2. Panel offline: Tap > More > Settings > Device > Restart. If no response, power-cycle the PoE port (cabinet switch port labelled BOARD-TAP) and the Rally Bar's power.
3. HDMI: use the HDMI cable on the table (USB-C adapter in the drawer for Macs). Plugging in shows the laptop on screen automatically; to share into a call press "Share" on the Tap.
4. Camera framing: Tap > More > Camera > "RightSight" auto-framing on.
5. Echo: make sure nobody in the room has joined the call on a laptop with audio.
6. Health and updates: Teams Rooms Pro Management portal.`,
      ],
      ['Escalate', r`Hardware faults: Logitech warranty via our supplier (Hudu asset).`],
    ],
  ),

  // ───────────────────────── Client: Bergvliet Oaks Preparatory School ─────────────────────────
  article(
    'an-bop-chromebooks',
    'Learner Chromebooks: enrolment, locked devices, sign-in and repairs',
    SET_AN_CLIENTS.b,
    'BOP / Devices',
    [
      [
        'Symptoms',
        r`"This device is locked by your administrator" or "This Chromebook has been disabled. Please return it to Bergvliet Oaks IT"; "This account is not allowed on this device"; after a powerwash the Chromebook no longer says "managed by bergvlietoaks.org.za"; "ChromeOS is missing or damaged"; cracked screens and broken keys.`,
      ],
      [
        'Cause',
        r`Learner Chromebooks (Lenovo 300e and Acer Spin 511, Chrome Education Upgrade) are enrolled in Google Admin in OUs per grade. Devices reported lost are disabled. Only school accounts can sign in. Forced re-enrolment normally re-enrols after a powerwash.`,
      ],
      [
        'Fix',
        r`1. Locked/disabled: Google Admin > Devices > Chrome > Devices, search the serial (sticker underneath), open it and choose Re-enable. Check it is in the right grade OU.
2. "Account not allowed": learners must sign in with their school account (firstname.surname@learners.bergvlietoaks.org.za), not a home Gmail.
3. Not enrolled after powerwash: at the sign-in screen press Ctrl+Alt+E and enrol with the enrolment account (Hudu). Forced re-enrolment should stop this; check the device was not deprovisioned.
4. "ChromeOS is missing or damaged": create a recovery USB with the Chromebook Recovery Utility on a staff PC, boot with Esc+Refresh+Power, recover, then enrol.
5. Damage: the class teacher fills in the device damage form; the device coordinator swaps a spare from the IT cupboard and sends the broken one for repair (parents' insurance).`,
      ],
      ['Escalate', r`Batches of devices failing to enrol or licences short: senior engineer.`],
    ],
  ),
  article(
    'an-bop-google-accounts',
    'Google Workspace accounts: learner and staff password resets, 2-Step Verification, new learners',
    SET_AN_CLIENTS.b,
    'BOP / Accounts',
    [
      [
        'Symptoms',
        r`A learner forgot their password; "Wrong password. Try again"; "Couldn't sign you in"; a staff member lost the phone used for 2-Step Verification; "This account has been suspended"; a new learner has no account.`,
      ],
      [
        'Cause',
        r`The school uses Google Workspace for Education. Learner accounts are @learners.bergvlietoaks.org.za, staff are @bergvlietoaks.org.za. Grade heads hold the "Learner Password Reset" admin role for their grade. Staff must use 2-Step Verification. Accounts are suspended when a learner leaves.`,
      ],
      [
        'Fix',
        r`1. Learner password: the grade head can reset it in Google Admin > Directory > Users > learner > Reset password. If we do it, require the class teacher to request it. Learner passwords do not require change on first login for Grades 1-3.
2. Staff password: verify by call-back to the staff member's number in Hudu, then reset and tick "Ask for a password change at the next sign-in".
3. Lost 2SV phone: Google Admin > user > Security > 2-Step Verification > Get backup verification codes, read one code to the verified staff member; they sign in and register the new phone.
4. Suspended: only reactivate on the school's instruction (learner returned).
5. New learners: the admin office sends the monthly new-enrolment list; mid-term learners are created on request with the grade OU and added to the class Google Classroom by the teacher.`,
      ],
      [
        'Escalate',
        r`Staff account compromise: an-compromised-account steps apply to Google (reset, sign out sessions in Admin, check Gmail forwarding).`,
      ],
    ],
  ),
  article(
    'an-bop-promethean',
    'Promethean ActivPanels in classrooms: no picture, touch and screen sharing',
    SET_AN_CLIENTS.b,
    'BOP / Devices',
    [
      [
        'Symptoms',
        r`Teachers call them "smartboards" or "the panel". "No signal" from the teacher's laptop, the picture shows but touch does not control the laptop, the Promethean Screen Share app cannot find the panel, the panel will not turn on (red standby light), or the panel keeps asking to update.`,
      ],
      [
        'Cause',
        r`Each classroom has a Promethean ActivPanel 9 connected by HDMI plus a USB-B touch cable to the teacher's laptop. Touch only works when the USB cable matches the HDMI input in use. Screen Share needs the laptop and the panel on the same classroom network.`,
      ],
      [
        'Fix',
        r`1. No signal: tap the Promethean menu (bottom centre) > Sources and pick the HDMI input the laptop is on (HDMI 1 or 2). Reseat the HDMI at the laptop.
2. Touch not working: the USB touch cable must go into the "Touch" port next to the same HDMI input, and into the laptop. Replug and wait 10 seconds.
3. Screen Share: open the Screen Share app on the panel; on the laptop open the Promethean Screen Share app and enter the code shown. The laptop must be on Staff Wi-Fi, not Guest.
4. Won't turn on: check the wall switch behind the panel, then hold the power button 5 seconds. After load shedding give it a minute.
5. Updates: firmware is managed from Promethean Panel Management; tell teachers to press "Later".`,
      ],
      ['Escalate', r`Panel hardware faults: Promethean warranty via the school's reseller.`],
    ],
  ),
  article(
    'an-bop-d6-communicator',
    'd6 School Communicator: parents not receiving notices, staff posting access',
    SET_AN_CLIENTS.b,
    'BOP / Line of business',
    [
      [
        'Symptoms',
        r`Parents say they did not get a notice, newsletter or sports message; the d6 app says "Unable to sync"; a parent on a new phone sees no messages; a teacher cannot post or sees the wrong groups; duplicate parents in a group.`,
      ],
      [
        'Cause',
        r`Parents receive notices through the d6+ School Communicator app, in groups per grade, class and sport. Parents must choose the school and subscribe to the correct groups themselves. Staff post through the d6+ web admin with rights set by the school's communications officer. Parent and learner lists sync nightly from ADAM.`,
      ],
      [
        'Fix',
        r`1. Parent missing notices: ask them to open the app > Settings > check Bergvliet Oaks is added and the child's grade and class groups are ticked; allow notifications for d6 in phone settings; pull down to refresh.
2. New phone: install d6+ Connect, add the school again; old messages then appear.
3. "Unable to sync": update the app; check phone data/Wi-Fi.
4. Staff posting access: the communications officer adds the teacher in the d6+ admin portal and grants the groups. We can do it with the deputy principal's approval.
5. Wrong or duplicate parents: fix the contact in ADAM; it syncs overnight.
6. Staff PC browser issues with the d6 admin portal: use Chrome, clear cache.`,
      ],
      ['Escalate', r`App-wide outages: d6 support (portal in Hudu).`],
    ],
  ),
  article(
    'an-bop-adam',
    'ADAM school administration: will not load, reports and statement e-mails',
    SET_AN_CLIENTS.b,
    'BOP / Line of business',
    [
      [
        'Symptoms',
        r`Admin office and bursar cannot get into ADAM: "Cannot connect", login page spins, "Invalid username or password"; term report cards generation stuck; fee statements not arriving when e-mailed from ADAM; printing reports to the office copier.`,
      ],
      [
        'Cause',
        r`ADAM is cloud-hosted and used in Chrome on the admin office PCs. Statements and reports are e-mailed through the school's Google SMTP relay (smtp-relay.gmail.com), which only accepts the school's public IP. Report generation is slow at term-end when all schools run it.`,
      ],
      [
        'Fix',
        r`1. Will not load: check internet and other sites. Clear Chrome cache for the ADAM site, try an Incognito window. Check ADAM's status page.
2. Login: ADAM user accounts are managed by the school's ADAM administrator (the bursar); they reset passwords in ADAM > Users.
3. Report generation stuck: leave it running; generate per class instead of the whole school; do it early morning.
4. Statements not arriving: if the office is on LTE failover the public IP changes and the Google SMTP relay refuses. Confirm the fibre is up (an-internet-outage-lte-failover), then resend. Check Google Admin > Apps > Gmail > Routing > SMTP relay lists the school IP.
5. Printing: download the PDF and print to the Kyocera with the admin department code.`,
      ],
      ['Escalate', r`Data errors or ADAM outages: ADAM support via the school's ADAM administrator.`],
    ],
  ),
  article(
    'an-bop-web-filtering',
    'Learner web filtering, YouTube restrictions and unblocking sites for teachers',
    SET_AN_CLIENTS.b,
    'BOP / Procedures',
    [
      [
        'Symptoms',
        r`Chromebook shows "This site is blocked by your administrator" (Google), or the Sophos block page on school Wi-Fi; YouTube says "Video unavailable" or "This video is restricted. Try signing in with a G Suite account" in Restricted Mode; a teacher needs a site (Padlet, Kahoot, Canva) unblocked for a lesson.`,
      ],
      [
        'Cause',
        r`Two filters: Google Admin URL blocking per grade OU on the Chromebooks, and the Sophos web policy "Learners" on the Learner Wi-Fi. YouTube Restricted Mode is Strict for Grades 1-4 and Moderate for 5-7. Staff have a lighter policy.`,
      ],
      [
        'Fix',
        r`1. Requests must come from the teacher with the e-safety lead's (deputy principal's) approval, ideally a day ahead.
2. Google: Admin > Devices > Chrome > Settings > Users & browsers > select the grade OU > URL blocking > add the domain to "Allowed URLs". Takes up to an hour, faster after the learner signs out and in.
3. Sophos: add the domain to the URL group "BOP-Learner-Allowed" (an-website-blocked-dns for the general method).
4. YouTube videos: teachers in the group "YouTube approvers" can approve a single video while signed in (Approve button under the video); approved videos play for learners.
5. Never switch off SafeSearch or Restricted Mode for a grade.`,
      ],
      ['Escalate', r`Anything the e-safety lead has not approved: back to the school.`],
    ],
  ),

  // ───────────────────────── Client: Atlantis Steel & Fabrication ─────────────────────────
  article(
    'an-asf-sage-evolution',
    'Sage Evolution ("Evo"): cannot connect, agent licences, version mismatch and new agents',
    SET_AN_CLIENTS.c,
    'ASF / Line of business',
    [
      [
        'Symptoms',
        r`Staff call it "Evo". "A network-related or instance-specific error occurred while establishing a connection to SQL Server", "Evolution could not connect to the server", "Agent licence limit exceeded" or "This agent is already logged in", "The Evolution version on this workstation differs from the database version".`,
      ],
      [
        'Cause',
        r`Sage Evolution runs on ASF-APP01 (SQL Server 2019 instance ASF-APP01\EVOLUTION, company database ASF_Live). Licences are per concurrent agent. An agent left logged in on another PC, or a crashed session, holds the seat. After the Sage business partner upgrades the database, every workstation must be upgraded too.`,
      ],
      [
        'Fix',
        r`1. Remote users: connect Sophos Connect VPN first.
2. Check ASF-APP01 is online in NinjaOne and the "SQL Server (EVOLUTION)" service is running.
3. Agent already logged in: in Evolution on any admin PC, Administration > Agent Logins (Active agents) > select the agent > Log off. A crashed session clears after 15 minutes otherwise.
4. Version mismatch: run \\ASF-APP01\Evolution\Setup\EvolutionUpgrade.exe as admin, or the NinjaOne script "Evolution client upgrade".
5. Dispatch PC and handheld server errors usually follow a reboot of ASF-APP01 during Windows updates; check it came back.
6. New agents: the financial manager approves; create the agent in Administration > Agents with the right permission group, and check the licence count (Help > About > Licence) before promising access.`,
      ],
      [
        'Escalate',
        r`Database upgrades, month-end or data problems: the Sage business partner (Hudu vendor page). Never run database upgrades ourselves.`,
      ],
    ],
  ),
  article(
    'an-asf-solidworks',
    'SOLIDWORKS licences and PDM vault: licence server and vault not available',
    SET_AN_CLIENTS.c,
    'ASF / Line of business',
    [
      [
        'Symptoms',
        r`Drawing office: "Could not obtain a license for SOLIDWORKS Standard. Cannot connect to license server system. (-15,10)", "Licensed number of users already reached (-4,...)", PDM vault view shows a red cross or "The vault is not available", "Could not log in to the archive server", a part "checked out by" someone who is away.`,
      ],
      [
        'Cause',
        r`Network licences are served by SolidNetWork License Manager on ASF-APP01 (ports 25734 and 25735). SOLIDWORKS PDM Standard uses the archive server and SQL on ASF-APP01. Remote users need VPN. Borrowed licences are not returned if a laptop stays offline.`,
      ],
      [
        'Fix',
        r`1. -15,10: check the "SolidWorks Flexnet Server" service on ASF-APP01 is running and ports 25734/25735 are allowed in Windows Firewall. On the PC, SolidNetWork License Manager client must point to 25734@ASF-APP01.
2. -4 (users reached): open SolidNetWork License Manager Server > License Usage to see who holds seats; ask idle users to close SOLIDWORKS.
3. Site visits: borrow a licence before leaving (SolidNetWork License Manager client > License Borrowing), return it when back.
4. Vault not available: check the "SOLIDWORKS PDM Archive Server" service and SQL on ASF-APP01, VPN for remote users. Log out of PDM (tray icon) and back in.
5. Checked out by someone else: a PDM admin can Undo check out in PDM Administration or the vault view (changes on their PC are lost).
6. Vault view must be on C:\ASF_Vault locally, never on a network share.`,
      ],
      [
        'Escalate',
        r`Licence activation, transfers and PDM upgrades: the SOLIDWORKS reseller (Hudu vendor page).`,
      ],
    ],
  ),
  article(
    'an-asf-time-clocks',
    'Biometric time clocks (ZKTeco) and BioTime: fingerprints, missing clockings, new employees',
    SET_AN_CLIENTS.c,
    'ASF / Devices',
    [
      [
        'Symptoms',
        r`At the gate or workshop clock: "Please try again", "Invalid ID", fingerprint or face not recognised; clockings missing in BioTime so HR says hours are short; the clock shows the wrong time after a power failure; device "Offline" in BioTime.`,
      ],
      [
        'Cause',
        r`Two ZKTeco terminals (SpeedFace V5L at the gate, MB360 in the workshop) send clockings to ZKBioTime 8 on ASF-APP01 (http://asf-app01:8081). Worn, cut or dirty fingers fail often in a fabrication shop. After a long power cut the clock may lose time and sync. HR exports hours weekly into Sage 300 People for payroll.`,
      ],
      [
        'Fix',
        r`1. Fingerprint not recognised: re-enrol the employee on the device (Menu > User Mgt > edit > Fingerprint) with three fingers, or enrol face. Clean the sensor.
2. New employee: add the person in BioTime > Personnel > Employee with the payroll employee number, assign the areas (gate, workshop), then enrol finger or face at the terminal.
3. Device offline: ping its IP (Hudu), check the PoE/power supply and the network cable; in BioTime > Device > Device select it and "Reboot".
4. Wrong time: BioTime > Device > select > "Sync time". The server time comes from the domain.
5. Missing clockings: BioTime > Device > "Upload transactions" to pull data from the terminal; then Attendance > Transaction to check.
6. Genuinely missed clockings are captured by the supervisor in BioTime as manual punches with a reason, before HR's Monday 09:00 export.`,
      ],
      ['Escalate', r`Terminal hardware faults: the ZKTeco installer (Hudu vendor page).`],
    ],
  ),
  article(
    'an-asf-zebra-bartender',
    'Zebra label printers and BarTender: misaligned labels, blanks and licence errors',
    SET_AN_CLIENTS.c,
    'ASF / Devices',
    [
      [
        'Symptoms',
        r`Dispatch and stores print pallet and part labels from BarTender on Zebra ZT411 and ZD421 printers. Labels print over two labels or skip every second label, blank labels, red light or "MEDIA OUT"/"RIBBON OUT", BarTender "The printer license limit has been reached" or "Cannot connect to the BarTender Licensing Service".`,
      ],
      [
        'Cause',
        r`The printer lost its label calibration after a media change, the wrong media type is set (thermal transfer needs a ribbon; direct thermal does not), or the BarTender Licensing Service on ASF-APP01 is stopped or the licence's printer count is exceeded.`,
      ],
      [
        'Fix',
        r`1. Misaligned labels: ZD421: hold the PAUSE and CANCEL buttons 2 seconds to calibrate. ZT411: Menu > Sensor > Calibrate media. Check the media sensor is on gap (not black mark) for our die-cut labels.
2. Blank labels: check a ribbon is fitted for thermal transfer labels, coated side out; or set Print method to Direct thermal in the ZDesigner driver for direct thermal stock.
3. RIBBON OUT / MEDIA OUT: reload and press Feed.
4. Licence errors: on ASF-APP01 start the service "BarTender Licensing Service"; in BarTender Administration Console > Licensing, check the printer count. Remove printers no longer used (old dispatch PCs).
5. Use the ZDesigner driver, not the generic "Text only" driver.`,
      ],
      ['Escalate', r`Printhead damage or hardware faults: the Zebra reseller (Hudu vendor page).`],
    ],
  ),
  article(
    'an-asf-cnc-files',
    'CNC plasma and press brake: program files not showing on the machines',
    SET_AN_CLIENTS.c,
    'ASF / Procedures',
    [
      [
        'Symptoms',
        r`Operators cannot see new programs on the plasma table (Hypertherm EDGE Connect CNC) or the press brake (Delem DA-66T control); the CNC shows "Network drive not available" or the P: drive on the control is missing; the USB stick is not read.`,
      ],
      [
        'Cause',
        r`Programmers save released NC files to \\ASF-FS01\CNC\Plasma\Released and \\ASF-FS01\CNC\Brake\Released. The CNC controls sit on the isolated shop-floor VLAN and map the share as P: with the local account cncshare. If the cncshare password changes, ASF-FS01 restarts during patching, or a file is saved in the wrong folder, the machines see nothing.`,
      ],
      [
        'Fix',
        r`1. Confirm the file is in the Released folder (not Drafts) and the file name has no spaces or special characters; the Delem control only shows .DLD files.
2. On the CNC control, reconnect P: from the control's network settings (Hypertherm: Setups > Password > Network drives > Reconnect). Enter cncshare credentials from Hudu if asked.
3. Check ASF-FS01 is online and the share permissions still allow cncshare Read.
4. USB fallback: FAT32-formatted stick, files in the root folder, 32 GB or smaller.
5. Do not install updates, SentinelOne or remote tools on the CNC controls; they are vendor-managed and isolated on purpose.`,
      ],
      [
        'Escalate',
        r`Control software faults or machine errors: the machine OEM service line (Hudu vendor page). Network or share faults: senior engineer.`,
      ],
    ],
  ),
  article(
    'an-asf-handheld-scanners',
    'Zebra TC21 handheld scanners for stock counts and goods receiving',
    SET_AN_CLIENTS.c,
    'ASF / Devices',
    [
      [
        'Symptoms',
        r`Storemen use Zebra TC21 handhelds running the StockPoint app linked to Evolution. The trigger does nothing (no red beam), StockPoint says "Unable to connect to server", Wi-Fi drops in parts of the warehouse, the device does not charge in the cradle, or the app is missing after a reset.`,
      ],
      [
        'Cause',
        r`The handhelds are Android Enterprise dedicated devices in Intune (kiosk mode). Scanning is handled by Zebra DataWedge; a reset or app update can break the DataWedge profile. StockPoint talks to the Evolution API on ASF-APP01 port 8085, so any Evolution server outage stops it. The warehouse SSID ASF-Warehouse has weaker coverage in the far bays.`,
      ],
      [
        'Fix',
        r`1. No scan beam: DataWedge > Profiles > StockPoint profile must be enabled and associated with the StockPoint app; if missing, sync the device in Intune to reapply the DataWedge configuration.
2. "Unable to connect to server": check ASF-APP01 and Evolution are up (an-asf-sage-evolution) and the "StockPoint API" service is running.
3. Wi-Fi drops: check the device shows on ASF-Warehouse in UniFi and its signal; bays 4-6 are served by the AP on the mezzanine, so check it is online (an-unifi-wifi).
4. Not charging: clean the cradle contacts and the battery contacts; try another slot.
5. App missing: Intune > device > Sync; the kiosk profile reinstalls StockPoint.`,
      ],
      ['Escalate', r`Hardware faults: Zebra repair via the reseller.`],
    ],
  ),

  // ───────────────────────── Client: Helderberg Family Dental ─────────────────────────
  article(
    'an-hfd-goodx',
    'GoodX practice management: cannot connect, diary not loading, users',
    SET_AN_CLIENTS.d,
    'HFD / Line of business',
    [
      [
        'Symptoms',
        r`Reception and surgeries use the GoodX Web App in Chrome. "Server unavailable" or "Unable to connect to the GoodX server", the diary (appointment book) stays blank or spins, "Your session has expired" repeatedly, invoices will not print, or everything is slow.`,
      ],
      [
        'Cause',
        r`GoodX runs on the practice server HFD-SRV01 with its database. The web app is opened at https://goodx.hfd.local. If HFD-SRV01 restarted for updates, lost power during load shedding, or the GoodX services are stopped, nothing loads. Browser cache causes session loops after GoodX updates.`,
      ],
      [
        'Fix',
        r`1. Check HFD-SRV01 is online in NinjaOne; confirm the services "GoodX Server" and the GoodX database service are running; start them if not.
2. One PC only: clear Chrome cache for goodx.hfd.local, close all Chrome windows, reopen. Use the desktop shortcut, not a bookmark to an old address.
3. Diary slow for everyone: check HFD-SRV01 disk and CPU in NinjaOne; GoodX backups run at 13:00 and 20:00 and slow it briefly.
4. Invoices not printing: GoodX prints through Chrome's print dialog to the reception Kyocera; check the printer (an-kyocera-printing).
5. New users: the practice manager creates GoodX users in GoodX > Setup > Users with the right role; we can assist once she has approved it.
6. Leavers: disable their GoodX user the same day.`,
      ],
      [
        'Escalate',
        r`Data, billing rules or GoodX errors after an update: GoodX support (practice number in Hudu).`,
      ],
    ],
  ),
  article(
    'an-hfd-romexis-xray',
    'Planmeca Romexis X-ray imaging: sensor not detected and images missing',
    SET_AN_CLIENTS.d,
    'HFD / Clinical devices',
    [
      [
        'Symptoms',
        r`In the surgery: Romexis shows "Sensor not connected" or sits at "Waiting for sensor"; images taken in one surgery do not show in another; "Cannot connect to Romexis server"; Romexis will not open from the patient file in GoodX; the ProMax panoramic PC says "Not ready".`,
      ],
      [
        'Cause',
        r`Intraoral images come from Planmeca ProSensor USB sensors in each surgery. Romexis Server runs on HFD-SRV01 with images stored on \\HFD-SRV01\Romexis_Images. GoodX opens Romexis for the right patient through the imaging bridge. Imaging PCs must stay on versions validated by the dealer, so they are on the NinjaOne "Clinical - hold" patch policy: no Windows feature updates until the Planmeca dealer confirms support.`,
      ],
      [
        'Fix',
        r`1. Sensor not detected: plug the sensor USB straight into the PC (not a hub or the monitor), try another port, check Device Manager for the Planmeca device, restart the "Planmeca Didapi" service (or reboot).
2. Images missing elsewhere / cannot connect: check HFD-SRV01 is up and the "Romexis Server" service is running; restart it after hours if images are stuck.
3. GoodX link: the patient must have an ID number or file number in GoodX; re-open from the patient file, not from the desktop.
4. Windows 11 or feature upgrades on imaging PCs: do not approve; the Clinical - hold policy stays until the dealer signs off.
5. Licence messages: the licence is on HFD-SRV01; never move Romexis Server without the dealer.`,
      ],
      [
        'Escalate',
        r`Sensor hardware, calibration or panoramic faults: the Planmeca dealer (Hudu vendor page).`,
      ],
    ],
  ),
  article(
    'an-hfd-medical-aid-claims',
    'Medical aid claims and eligibility checks from GoodX (switching)',
    SET_AN_CLIENTS.d,
    'HFD / Line of business',
    [
      [
        'Symptoms',
        r`Claims do not go through: GoodX shows "Switch unavailable", "Transmission failed", claims stuck in "Pending" in the batch; eligibility or benefit checks return "Member not found" or "Invalid dependant code"; no remittances.`,
      ],
      [
        'Cause',
        r`GoodX submits claims and real-time eligibility checks through the medical aid switching house over the internet. Technical failures come from internet or firewall problems, or the switch itself being down. Responses like "Member not found" usually come from the medical aid and are data issues.`,
      ],
      [
        'Fix',
        r`1. "Switch unavailable" for every claim: check the practice internet (an-internet-outage-lte-failover); on LTE failover the switch may still work but slowly. Check the switching house status page or call them.
2. Confirm the Sophos firewall still allows the switching host (rule "HFD-Switching" in Hudu) and HTTPS scanning is excepted for it.
3. Pending batch: after connectivity is back, resend the batch from GoodX > Claims > Resubmit.
4. "Member not found" / "Invalid dependant code": check the membership number and the dependant code (00 is the main member) on the patient's card against GoodX; these are reception or billing corrections, not IT.
5. Rejections with medical aid reason codes: the practice's billing administrator handles them.`,
      ],
      [
        'Escalate',
        r`Switch credential or certificate problems: GoodX support together with the switching house.`,
      ],
    ],
  ),
  article(
    'an-hfd-secure-patient-email',
    'Sending patient records and X-rays securely (POPIA)',
    SET_AN_CLIENTS.d,
    'HFD / Procedures',
    [
      [
        'Request',
        r`A specialist, another practice or a patient asks for X-rays, treatment notes or a CBCT scan by e-mail; the attachment is too large to send; a recipient cannot open an encrypted message.`,
      ],
      [
        'Policy',
        r`Health information is special personal information under POPIA. Patient records only go by encrypted e-mail or a secure OneDrive link, and only to the patient or a provider treating them. Sending to a personal address needs the signed patient consent form on file.`,
      ],
      [
        'Fix',
        r`1. Encrypt: in Outlook click Encrypt (Options > Encrypt) or type [secure] in the subject; Microsoft Purview Message Encryption sends the recipient a link.
2. Recipient cannot open it: they click "Read the message", then "Sign in with a one-time passcode"; the code arrives in a separate e-mail (check junk). It works with Gmail and Outlook.com.
3. X-rays: export from Romexis (Export > JPEG for referrals, DICOM for specialists who ask for it) to the patient's folder.
4. Large files (CBCT, over 20 MB): upload to the practice's OneDrive folder "Referrals out", Share > Specific people > the recipient's address, set expiry 14 days. Never "Anyone with the link".
5. Record what was sent and to whom in the patient's GoodX file.`,
      ],
      [
        'Escalate',
        r`Patient records sent to the wrong person: practice manager immediately (POPIA incident), then an-compromised-account step 7 applies for notification.`,
      ],
    ],
  ),
  article(
    'an-hfd-sms-reminders',
    'Appointment SMS reminders from GoodX not sending',
    SET_AN_CLIENTS.d,
    'HFD / Line of business',
    [
      [
        'Symptoms',
        r`Patients are not receiving appointment reminder SMSes; GoodX shows "Insufficient credits", SMS status "Failed" or "Queued"; replies from patients are not received; the sender shows as a number instead of the practice name.`,
      ],
      [
        'Cause',
        r`GoodX sends reminders the day before at 10:00 through the practice's bulk SMS account, which is prepaid. When credits run out everything queues. Numbers saved in the wrong format fail.`,
      ],
      [
        'Fix',
        r`1. Credits: GoodX > SMS > SMS account / balance. If low, the practice manager buys credits in the SMS provider's portal (login in Hudu under the practice manager's name; we do not buy credits).
2. After topping up, resend queued reminders from GoodX > SMS > Outbox.
3. Failed to one patient: check the cellphone number is saved as 0821234567 or +27821234567 with no spaces, and the patient has not opted out (STOP).
4. None sent at all with credits: check the GoodX scheduled task on HFD-SRV01 is running and HFD-SRV01 has internet.
5. Sender ID: the alphanumeric sender "HFDental" is registered with the SMS provider; changes take a few days.`,
      ],
      ['Escalate', r`GoodX SMS module errors: GoodX support.`],
    ],
  ),
  article(
    'an-hfd-reception-phones',
    'Reception phones: ring group, after-hours emergency number and call recordings',
    SET_AN_CLIENTS.d,
    'HFD / Telephony',
    [
      [
        'Symptoms',
        r`Reception phones do not ring while surgery phones do; after-hours callers are not forwarded to the dentist on call; the on-call dentist changes this weekend; the practice needs a recording of a call for a patient complaint.`,
      ],
      [
        'Cause',
        r`Incoming calls go to the 3CX ring group "Reception" (800), which rings the two reception Yealink T54W phones, then overflows to the practice manager after 30 seconds. After hours, the digital receptionist plays the emergency message: "For dental emergencies press 1", which forwards to the on-call dentist's cellphone. All calls are recorded and kept 90 days.`,
      ],
      [
        'Fix',
        r`1. Reception not ringing: 3CX admin > Ring groups > Reception: both reception extensions must be members; check they are registered (an-yealink-deskphone) and not on DND or "Away".
2. On-call change: the practice manager tells us by Friday 14:00. 3CX admin > Digital receptionist "After hours" > option 1 > external number: change to the on-call dentist's cellphone, save. Test by calling the main number after hours.
3. Recordings: 3CX admin > Recordings, filter by date and caller number, download the file. Only release recordings with the practice owner's written approval; send via a secure OneDrive link (an-hfd-secure-patient-email).
4. The greeting tells callers that calls are recorded (POPIA). Do not remove it.`,
      ],
      ['Escalate', r`Main number not reachable at all: SIP trunk issue, senior engineer.`],
    ],
  ),
];
