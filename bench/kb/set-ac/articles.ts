/**
 * Set AC: a blind labelled KB set, written without reading the search code or any other set.
 * Rangitoto IT, a small Auckland MSP that keeps its runbooks in IT Glue (flexible assets and documents).
 */
import { article, type BenchArticle } from '../articles.ts';

export const SET_AC_CLIENTS = {
  physio: 'Kinetic Physio Group Ltd',
  packhouse: 'Kaimai Coast Packers Ltd',
  trust: 'Te Rūnanga o Manawa Trust',
  accountants: 'Whitcombe Rata Chartered Accountants',
} as const;

const { physio, packhouse, trust, accountants } = SET_AC_CLIENTS;

export const SET_AC_ARTICLES: readonly BenchArticle[] = [
  // ---------------------------------------------------------------- Microsoft 365: Outlook / Exchange
  article(
    'ac-outlook-profile-rebuild',
    'Outlook crashes on open, hangs on "Loading Profile" or keeps prompting for a password',
    null,
    'Microsoft 365 / Outlook',
    [
      [
        'Symptoms',
        '- Classic Outlook (Microsoft 365 Apps) closes straight after opening, or shows "Microsoft Outlook has stopped working".\n- The splash screen sits on "Loading Profile" or "Processing" indefinitely.\n- A credential prompt ("Enter password" / "Need password") keeps coming back even after the right password is entered.\n- Outlook status bar is stuck on "Trying to connect" or "Disconnected" while webmail (outlook.office.com) works fine.',
      ],
      [
        'Cause',
        'Almost always a damaged Outlook profile or OST cache, a misbehaving COM add-in (PDF, CRM and document-management add-ins are the usual suspects), or a stale token in Windows Credential Manager after a password change.',
      ],
      [
        'Fix',
        '1. Confirm webmail works for the user. If webmail also fails, this is an account problem, not Outlook — see the lockout / Conditional Access articles.\n2. Start Outlook in safe mode: Win+R, `outlook.exe /safe`. If it opens, go to File > Options > Add-ins > Manage: COM Add-ins > Go and untick add-ins one at a time.\n3. Clear cached credentials: Control Panel > Credential Manager > Windows Credentials, remove entries starting `MicrosoftOffice16_Data:` and `msteams_`. Sign out of Office under File > Office Account and sign back in.\n4. Build a new profile: Control Panel > Mail (Microsoft Outlook) > Show Profiles > Add. Name it `Outlook-<date>`, let Autodiscover set it up, then choose "Always use this profile" and select the new one.\n5. If it still crashes, run a Quick Repair: Settings > Apps > Installed apps > Microsoft 365 Apps > Modify > Quick Repair. Then Online Repair if needed (needs internet, ~20 min).\n6. Leave the old profile in place for a week before deleting it, in case there are PST files attached.',
      ],
      [
        'Escalate',
        'If a new profile on a second machine also fails, escalate to L2 to check the mailbox itself (Get-MailboxStatistics, mailbox moves, Exchange Online service health in the admin centre).',
      ],
    ],
  ),
  article(
    'ac-outlook-search',
    'Outlook search returns no or incomplete results',
    null,
    'Microsoft 365 / Outlook',
    [
      [
        'Symptoms',
        'Typing in the Outlook search box returns nothing or only recent mail, or shows "Search results may be incomplete because items are still being indexed" / "Something went wrong and your search couldn\'t be completed".',
      ],
      [
        'Cause',
        '- Windows Search index is corrupt or stopped.\n- Cached Exchange Mode only keeps 12 months offline by default (our Intune baseline), so older mail is only on the server.\n- The Outlook data file was excluded from indexing.',
      ],
      [
        'Fix',
        '1. Scroll to the bottom of the results and click "More" / "Let\'s look on the server" — if the old mail appears, the behaviour is expected (offline window). Widen it under File > Account Settings > Account Settings > Change > "Download email for the past" if the user has disk space.\n2. Check the Windows Search service is Running (services.msc).\n3. In Outlook: File > Options > Search > Indexing Options. Click Modify and make sure Microsoft Outlook is ticked.\n4. Advanced > Rebuild. Indexing can take several hours on a large mailbox; leave the PC on and Outlook open.\n5. If search still fails, create a new Outlook profile (see the Outlook profile article).',
      ],
    ],
  ),
  article(
    'ac-shared-mailbox',
    'Shared mailbox: grant access, Send As and saving sent items',
    null,
    'Microsoft 365 / Exchange Online',
    [
      [
        'Overview',
        'Shared mailboxes (reception@, accounts@, admin@ etc.) do not need a licence while under 50 GB. Access is granted per user; the client contact must approve who gets access.',
      ],
      [
        'Procedure: grant access',
        '1. Exchange admin center (admin.exchange.microsoft.com) > Recipients > Mailboxes > select the shared mailbox.\n2. Delegation tab: Read and manage (Full Access) > Edit > Add members. Add Send as as well if the user must send from the address. Use Send on behalf only if the client asks for "on behalf of" to show.\n3. Automapping adds the mailbox to the user\'s Outlook folder pane within about 60 minutes; restarting Outlook speeds it up.\n4. If it never appears (automapping disabled or access was granted via a group), add it manually: File > Account Settings > Account Settings > Change > More Settings > Advanced > Add, type the mailbox name.\n5. In new Outlook / OWA, right-click Folders > Add shared folder or mailbox.',
      ],
      [
        'Sent items go to the wrong folder',
        "By default mail sent as the shared address lands in the sender's own Sent Items. To keep a copy in the shared mailbox run:\n`Set-Mailbox accounts@client.co.nz -MessageCopyForSentAsEnabled $true -MessageCopyForSendOnBehalfEnabled $true`",
      ],
      [
        'Send As errors',
        'NDR "You can\'t send a message on behalf of this user unless you have permission" (554 5.2.252 / SendAsDenied) means Send As was not granted or has not replicated yet — allow 30–60 min, and make sure the From field was picked from the address book rather than typed from an old autocomplete entry (delete the autocomplete entry with the X).',
      ],
    ],
  ),
  article(
    'ac-mailbox-full-archive',
    'Mailbox full or nearly full: quotas and enabling the online archive',
    null,
    'Microsoft 365 / Exchange Online',
    [
      [
        'Symptoms',
        '- Outlook banner: "Your mailbox is almost full" or "Your mailbox is full. You might not be able to send or receive items".\n- Senders get NDR 552 5.2.2 "mailbox full" / "QuotaExceeded".',
      ],
      [
        'Quotas',
        'Business Basic / Standard / Premium: 50 GB primary mailbox. E3/E5: 100 GB. F3: 2 GB (cannot be raised). Shared mailboxes: 50 GB without licence.',
      ],
      [
        'Fix',
        '1. Check size: Exchange admin center > Mailboxes > user > Mailbox usage, or `Get-EXOMailboxStatistics user@domain | fl TotalItemSize`.\n2. Quick wins with the user: empty Deleted Items, Home > Clean Up > Clean Up Folder & Subfolders, sort by size and remove large attachments (View > Sort by Size).\n3. Enable the online archive (included in Business Premium and E3; Business Standard gets 50 GB archive): Exchange admin center > Mailboxes > select user > Others > Manage mailbox archive > Enabled.\n4. The default retention policy moves items older than 2 years to the archive. It runs roughly weekly; force it with `Start-ManagedFolderAssistant user@domain`.\n5. The archive appears in Outlook as "Online Archive - name" a few hours later.\n6. Never tell users to export to PST as a space fix — PST files are not backed up.',
      ],
    ],
  ),
  article(
    'ac-email-quarantine',
    'External email not arriving: message trace and Defender quarantine',
    null,
    'Microsoft 365 / Exchange Online',
    [
      [
        'Symptoms',
        'A sender says they emailed the client but it never arrived, not even in Junk; or the sender received a bounce such as 550 5.7.1 / 550 5.7.606 / 550 5.7.708.',
      ],
      [
        'Steps',
        "1. Get the sender address, approximate send time and subject.\n2. Exchange admin center > Mail flow > Message trace > Start a trace. Filter on sender and recipient for the last 2 days (use an extended report for older).\n3. Read the status:\n   - Delivered: check the user's Junk, Other tab (Focused Inbox) and inbox rules (Outlook > Rules > Manage Rules).\n   - Quarantined: go to Microsoft Defender portal (security.microsoft.com) > Email & collaboration > Review > Quarantine. Check the reason (Spam / Bulk / Phish / High confidence phish / Malware).\n   - Failed / not found: the message never reached Microsoft 365; the sender's server or their bounce message is the thing to look at.\n4. Release spam or bulk messages to the recipient. Do NOT release anything marked High confidence phish or Malware without the security lead reviewing it.\n5. If a legitimate sender is repeatedly caught, add an allow entry in Defender > Policies & rules > Threat policies > Tenant Allow/Block Lists (domains & addresses), time-limited to 30 days, and ask the sender to fix their SPF/DKIM.\n6. Users receive a quarantine notification email (from quarantine@messaging.microsoft.com) every 4 hours and can release spam themselves.",
      ],
      [
        'Bounces',
        "550 5.7.1 from our tenant usually means a transport rule or the Tenant Block List. 550 5.7.708 / 5.7.750 relates to the sender's tenant being restricted — their problem, not ours.",
      ],
    ],
  ),
  article(
    'ac-calendar-delegation',
    "Calendar sharing and delegate access (EA managing a manager's diary)",
    null,
    'Microsoft 365 / Exchange Online',
    [
      [
        "Q: Someone needs to see another person's calendar",
        'The calendar owner can do it: Outlook > Calendar > right-click their calendar > Sharing permissions > Add > pick the person > choose "Can view all details" or "Can edit". Admin alternative:\n`Add-MailboxFolderPermission -Identity manager@domain:\\Calendar -User ea@domain -AccessRights Reviewer`',
      ],
      [
        'Q: An EA needs to manage the diary and receive meeting invites',
        'Grant delegate permission: Outlook > Calendar > Sharing permissions > Add > "Delegate". Or from PowerShell:\n`Add-MailboxFolderPermission -Identity manager@domain:\\Calendar -User ea@domain -AccessRights Editor -SharingPermissionFlags Delegate`\nThen choose where invites go: `Set-CalendarProcessing manager@domain -ForwardRequestsToDelegates $true` (and in Outlook delegate settings: "My delegates only, but send a copy to me" is the usual client preference).',
      ],
      [
        'Q: The shared calendar does not show up',
        'In Outlook: Calendar > Add calendar > From address book. New Outlook can take up to a few hours to sync a newly shared calendar. If the permission was set to "Delegate" but private items must stay hidden, untick "Delegate can view my private events".',
      ],
    ],
  ),
  article(
    'ac-mobile-outlook-setup',
    'Work email on a phone: Outlook mobile, Company Portal and app protection',
    null,
    'Microsoft 365 / Outlook',
    [
      [
        'Policy',
        'Our standard Conditional Access baseline only allows Microsoft 365 mail on phones through the Outlook mobile app. The built-in iPhone Mail app and Samsung/Gmail mail apps are blocked, so "adding an account" to them fails with "Cannot verify account" or "Unable to connect".',
      ],
      [
        'Steps (personal or company phone)',
        '1. Install Microsoft Outlook and Microsoft Authenticator from the App Store / Play Store.\n2. On Android also install Intune Company Portal — it acts as the broker app. Outlook will prompt "Your organisation requires Company Portal"; install it, but the user does NOT need to enrol the device for app protection only.\n3. Open Outlook, add the work account, approve the MFA prompt.\n4. App protection (MAM) policy asks the user to set a 6-digit app PIN. Copy/paste to personal apps and saving attachments to personal storage are blocked by design.\n5. Company-owned phones are enrolled through Intune (Apple Business Manager or Android Enterprise) and get the apps pushed automatically.',
      ],
      [
        'Troubleshooting',
        '- "Your organization\'s data cannot be pasted here": expected MAM behaviour.\n- Loop asking for Company Portal / Authenticator: update both apps, then remove and re-add the account.\n- Account added but no new mail: check phone battery optimisation for Outlook and that the mailbox is not blocked in Exchange admin > Mobile devices.',
      ],
    ],
  ),
  // ---------------------------------------------------------------- Microsoft 365: Teams / OneDrive / SharePoint / licensing
  article(
    'ac-teams-meeting-av',
    'Teams meetings: others cannot hear me, microphone or camera not working',
    null,
    'Microsoft 365 / Teams',
    [
      [
        'Symptoms',
        "In a Teams meeting other people cannot hear the user, the mic icon shows activity but nothing goes out, or the camera shows a black tile / only the user's initials.",
      ],
      [
        'Fix',
        '1. In Teams: Settings (…) > Settings > Devices. Set Speaker, Microphone and Camera to the actual device in use (headset / dock webcam). Use "Make a test call" to confirm.\n2. Windows privacy: Settings > Privacy & security > Microphone and > Camera. "Let desktop apps access your microphone/camera" must be On.\n3. Close anything else holding the camera — Zoom, Webex, the Windows Camera app, a browser tab with a meeting in it.\n4. Laptops with a physical camera shutter or an F-key camera kill switch (Lenovo F9/F4, HP F10): check it.\n5. Bluetooth headsets: if the mic works but audio sounds like a phone line, the headset is in Hands-Free profile — this is expected. If the mic does not work at all, remove and re-pair the headset.\n6. If the problem is only in Teams, try Teams on the web (teams.microsoft.com in Edge). Works there = reset the Teams client (see Teams client article).',
      ],
      [
        'Escalate',
        'If the device fails in every app, treat it as a Windows sound/device problem (see the headset and sound article).',
      ],
    ],
  ),
  article(
    'ac-teams-client-reset',
    'New Teams will not open, shows a white screen or loops at sign-in',
    null,
    'Microsoft 365 / Teams',
    [
      [
        'Symptoms',
        '- Teams opens to a blank white or purple window and never loads.\n- Sign-in loop: picks the account, then returns to "Pick an account".\n- "We\'ve run into an issue" / "Something went wrong" with codes such as caa20002, caa2000b or 0xCAA70004.',
      ],
      [
        'Cause',
        'Corrupt local cache in the new Teams (MSTeams) app package, or a stale token in the Web Account Manager after a password change.',
      ],
      [
        'Fix',
        '1. Right-click the Teams icon in the system tray > Quit. Check Task Manager that no ms-teams.exe is still running.\n2. Reset the app: Settings > Apps > Installed apps > Microsoft Teams > … > Advanced options > Reset. (Equivalent: delete `%localappdata%\\Packages\\MSTeams_8wekyb3d8bbwe\\LocalCache\\Microsoft\\MSTeams`.)\n3. Classic Teams only: delete the contents of `%appdata%\\Microsoft\\Teams`.\n4. For sign-in loops also remove the work account under Settings > Accounts > Access work or school only if it is NOT an Entra-joined device; on Entra-joined devices instead clear Credential Manager entries named msteams and MicrosoftOffice.\n5. Restart Teams and sign in. Pinned chats and settings come back from the cloud.',
      ],
    ],
  ),
  article(
    'ac-onedrive-sync',
    'OneDrive / SharePoint files not syncing (red X, processing changes, storage full)',
    null,
    'Microsoft 365 / OneDrive & SharePoint',
    [
      [
        'Symptoms',
        '- Red circle with a white X on files or folders, or on the OneDrive cloud icon in the taskbar.\n- "Processing changes" or "Sync pending" that never clears; colleagues cannot see a file the user saved.\n- "Your OneDrive is full" / storage almost full warning.',
      ],
      [
        'Common causes and fixes',
        '1. Click the OneDrive cloud icon > View sync problems. It names the file and the reason.\n2. File path too long (over 400 characters) or contains invalid characters ( " * : < > ? / \\ | ) or names such as CON, .lock, desktop.ini — rename or move up a level.\n3. File open in another app (Excel, an accounting app) — close it, sync resumes.\n4. Paused sync: click the icon > Resume syncing.\n5. Storage full (1 TB per licensed user): Settings > Account > storage. Delete large items or move team data into the right SharePoint library instead of personal OneDrive.\n6. Library synced twice (once via "Sync", once via "Add shortcut to My files") — remove one.\n7. Reset OneDrive: Win+R `%localappdata%\\Microsoft\\OneDrive\\onedrive.exe /reset`, wait 2 minutes, start OneDrive again. Resync of a large library can take hours.',
      ],
      [
        'Files On-Demand',
        'Cloud-only files (cloud icon) open on demand. For work offline, right-click > Always keep on this device.',
      ],
    ],
  ),
  article(
    'ac-sharepoint-access',
    'SharePoint and Teams files: "You need permission", access requests and sharing with outsiders',
    null,
    'Microsoft 365 / OneDrive & SharePoint',
    [
      [
        'Q: User gets "You need permission to access this item" / "Access required"',
        'The link points to a site, library or folder they are not a member of. The right fix is membership, not a one-off link:\n1. Find the owning Team / SharePoint site (the URL shows /sites/<name>).\n2. If it is a Team: a Team owner adds the user in Teams > Team > Manage team > Members. That grants access to the team\'s SharePoint files.\n3. If it is a plain SharePoint site: Site settings (gear) > Site permissions > Share site / Add members.\n4. Access requests the user sends with "Request access" go to the site owner, who approves them at Site settings > Site permissions > Access requests and invitations. If no-one gets them, the site has no active owner — ask the client contact to nominate one.',
      ],
      [
        'Q: How do we share a folder with someone outside the organisation?',
        '1. The client\'s tenant allows external sharing with "New and existing guests" for Team sites by default in our baseline; OneDrive is limited to existing guests.\n2. In SharePoint, select the folder > Share > "Specific people" > type the external email. Tick "Can edit" if they must upload.\n3. The guest receives a one-time code by email to open it. Set an expiry date on the link for anything sensitive.\n4. "Anyone" links are turned off in our baseline — do not turn them on for one request.\n5. Review and remove guest access when the job is done (Site settings > Site permissions, or Entra admin center > Users > Guest users).',
      ],
    ],
  ),
  article(
    'ac-m365-licensing',
    'Office apps say "Unlicensed Product", "Account error" or the user hit the install limit',
    null,
    'Microsoft 365 / Licensing',
    [
      [
        'Symptoms',
        '- Red or yellow bar in Word/Excel/Outlook: "UNLICENSED PRODUCT" or "Product Deactivated", editing greyed out.\n- "Account error — There are problems with your account. To fix them, please sign in again."\n- "You\'ve reached the limit of installs" / "This account has been used to activate Office on the maximum number of devices".',
      ],
      [
        'Check the licence',
        "1. Microsoft 365 admin center > Users > Active users > user > Licenses and apps.\n2. Desktop Office apps need Business Standard, Business Premium, Apps for business, or E3/E5. Business Basic, F1 and F3 do NOT include desktop apps — those users must use the web and mobile apps.\n3. If the client has no spare licences, purchase through our Pax8 / CSP portal after the client approves the cost, then assign. Licences bought through us must not be bought again in the client's own admin centre.",
      ],
      [
        'Fix activation',
        '1. In any Office app: File > Account > Sign out, close all Office apps, reopen and sign in with the work account (not a personal Microsoft account).\n2. Install limit (5 PCs/Macs, 5 tablets, 5 phones): the user signs in at myaccount.microsoft.com > Office apps / Devices, or in the Microsoft 365 portal > Install and manage, and signs out of old devices.\n3. If the bar remains, run Microsoft Support and Recovery Assistant (SaRA) or the "Office reset" script from our RMM library, then sign in again.',
      ],
    ],
  ),
  // ---------------------------------------------------------------- Identity
  article(
    'ac-mfa-new-phone',
    'MFA: new or lost phone, Microsoft Authenticator not prompting',
    null,
    'Identity',
    [
      [
        'If the user still has the old phone',
        'They can move it themselves: sign in at mysignins.microsoft.com/security-info > Add sign-in method > Authenticator app, scan the QR code with the new phone, approve, then delete the old device entry. On iPhone, Authenticator backup to iCloud can restore accounts but work accounts still need re-verification.',
      ],
      [
        'If the old phone is gone (lost, broken, traded in)',
        "1. Verify identity: call the user back on the number in the PSA or confirm with the client's authorised contact. Never reset MFA based on an email request alone.\n2. Entra admin center > Users > select user > Authentication methods > Require re-register multifactor authentication, and delete the old Authenticator / phone entries.\n3. Issue a Temporary Access Pass (Authentication methods > Add authentication method > Temporary Access Pass, lifetime 8 hours, one-time use) and read it to the user by phone.\n4. The user signs in with the TAP at mysignins.microsoft.com/security-info and registers Authenticator on the new phone.\n5. Record the reset in the ticket.",
      ],
      [
        'Prompts not arriving',
        "- Number matching: the user must open Authenticator if the notification does not show; pending requests appear when the app is opened.\n- Check phone notifications for Authenticator are allowed and battery saver is not killing it.\n- Check the phone's date/time is automatic.\n- As a last resort, remove the account in Authenticator and re-register as above.",
      ],
    ],
  ),
  article(
    'ac-password-reset-sspr',
    'Forgotten or expired password and self-service password reset (SSPR)',
    null,
    'Identity',
    [
      [
        'Self-service',
        'All clients have SSPR enabled. The user goes to aka.ms/sspr (or clicks "Forgot my password" / "Can\'t access your account?" on the sign-in page) and verifies with two registered methods (Authenticator + mobile SMS or email).\nIf they see "Your organisation needs more information to keep your account secure", they were never registered — the helpdesk must reset instead.',
      ],
      [
        'Helpdesk reset',
        '1. Verify identity by calling back on the number in the PSA.\n2. Cloud-only accounts: Microsoft 365 admin center > Users > Active users > Reset password. Tick "Require this user to change their password when they first sign in".\n3. Hybrid (on-prem AD synced with Entra Connect): reset in Active Directory Users and Computers, or in the cloud if password writeback is enabled (noted on the client\'s IT Glue overview).\n4. Password rules: minimum 14 characters, passphrase encouraged. Passwords do not expire on cloud-only clients; hybrid clients expire every 180 days.',
      ],
      [
        'Expired password will not change',
        'The "Update your password" screen rejects anything that fails complexity, reuses one of the last 24 passwords (hybrid), or contains the user\'s name. Tell the user to try a 3–4 word passphrase.',
      ],
      [
        'After any reset',
        'The user must update the password on their phone mail app, Wi-Fi (if WPA-Enterprise) and any mapped drive credentials, or they will be locked out (see the lockout article).',
      ],
    ],
  ),
  article('ac-account-lockout', 'Account locked out (AADSTS50053, repeated AD lockouts)', null, 'Identity', [
    [
      'Symptoms',
      '"Your account is temporarily locked to prevent unauthorized use. Try again later" (AADSTS50053), or on-prem "The referenced account is currently locked out and may not be logged on to".',
    ],
    [
      'Cause',
      '- Entra smart lockout: 10 failed attempts locks for 60 seconds, increasing with repeated failures.\n- Something still using an old password after a change: phone mail app, mapped drive saved in Credential Manager, a scheduled task, a second PC left logged in.\n- Password spraying from overseas — this is a security issue.',
    ],
    [
      'Fix',
      '1. Entra admin center > Monitoring & health > Sign-in logs, filter the user, last 24 h. Look at failed sign-ins: location, IP, client app.\n2. If failures come from unfamiliar countries/IPs, follow the compromised-account article instead.\n3. If failures come from the user\'s own device/IP: find and update the stale credential (phone mail, Credential Manager on all PCs, Wi-Fi).\n4. Hybrid / on-prem: unlock in Active Directory Users and Computers > user > Account > "Unlock account". To find the source, check Security event ID 4740 on the PDC emulator; the Caller Computer Name shows which machine locked it.\n5. Smart lockout clears itself; do not reset the password just to unlock unless the user has forgotten it.',
    ],
  ]),
  article(
    'ac-conditional-access-blocked',
    'Blocked by Conditional Access: AADSTS53003, 53000 (device not compliant) and overseas travel',
    null,
    'Identity',
    [
      [
        'Symptoms',
        '- "You cannot access this right now. Your sign-in was successful but does not meet the criteria to access this resource" (AADSTS53003).\n- "Your device is required to be managed to access this resource" / "Help us keep your device secure" (AADSTS53000).\n- Works in the office, fails at home or overseas.',
      ],
      [
        'Diagnose',
        'Entra admin center > Sign-in logs > open the failed sign-in > Conditional Access tab. It lists which policy returned Failure. Our baseline policies: CA01 Require MFA, CA02 Block legacy auth, CA03 Block sign-in outside NZ/AU, CA04 Require compliant or Entra-joined device for desktop apps, CA05 Mobile apps via app protection.',
      ],
      [
        'Fix',
        '- Travel (CA03): with the client contact\'s approval add the user to the group "CA-Travel-Exclusion" with an end date, and set a ticket reminder to remove them when they return. Pacific Islands, UK, US etc. are all blocked by default.\n- Device compliance (CA04): Intune admin center > Devices > find the device > Device compliance. Fix the failing setting (BitLocker, OS version, Defender) and Sync. Personal home PCs can never be compliant — the user must use a browser (web apps are allowed) or a company device.\n- Never disable or edit a CA policy to resolve a single ticket.',
      ],
    ],
  ),
  // ---------------------------------------------------------------- Network
  article(
    'ac-wifi-connect',
    'Laptop will not connect to office Wi-Fi or shows "No internet"',
    null,
    'Network',
    [
      [
        'Quick checks',
        '1. Is it only this laptop? If phones and other laptops are fine, it is the device. If everyone is down, see the internet outage article.\n2. Airplane mode off, Wi-Fi toggle on (Fn+F8 / Fn+F12 on some models). If the Wi-Fi icon is missing entirely, check Device Manager > Network adapters for a disabled or missing adapter and run Settings > Network & internet > Advanced network settings > Network reset.',
      ],
      [
        "Can't connect to this network",
        '1. Forget the network (Settings > Network & internet > Wi-Fi > Manage known networks > Forget) and reconnect with the current password from IT Glue (Passwords > Wi-Fi).\n2. Or from an admin prompt: `netsh wlan delete profile name="<SSID>"`.\n3. WPA2/3-Enterprise SSIDs: accept the certificate prompt ("Continue connecting?") the first time; if the device is not Intune-managed it will not get the Wi-Fi profile.\n4. Update the Wi-Fi driver from the vendor tool (Dell Command Update / Lenovo Vantage).',
      ],
      [
        'Connected, no internet',
        "1. `ipconfig /all` — a 169.254.x.x address means DHCP failed: `ipconfig /release` then `ipconfig /renew`.\n2. Check the DHCP scope on the firewall / controller is not exhausted (common after guest devices flood it).\n3. Try the 5 GHz vs 2.4 GHz network if the SSIDs are split.\n4. Check the access point in the UniFi / Meraki dashboard for the client's site; reboot the nearest AP if clients on it all fail.",
      ],
    ],
  ),
  article(
    'ac-vpn-forticlient',
    'FortiClient VPN will not connect (stuck at 98%, -14, -7200)',
    null,
    'Network',
    [
      [
        'Scope',
        'Clients with an on-premises server (file server, line-of-business database) use FortiClient VPN (SSL VPN) to a FortiGate at the office. Cloud-only clients do not have a VPN.',
      ],
      [
        'Errors and fixes',
        '- Stuck at 98% then disconnects: usually the Fortinet virtual adapter or a DNS/route conflict. Reboot; if it persists, repair FortiClient (Apps > FortiClient > Modify > Repair) or reinstall the current 7.x version from our RMM software library.\n- "Unable to establish the VPN connection. The VPN server may be unreachable (-14)": the user\'s internet is down or captive (hotel/motel/café login page not accepted yet — open a browser first), or the office internet is down. Try a phone hotspot.\n- "Credential or SSLVPN configuration is wrong (-7200)": wrong username/password (VPN uses the Microsoft 365 sign-in via SAML on most clients, so an expired or recently changed password is common), or the user is not in the VPN-Users group.\n- "Permission denied (-455)" / "Access denied": user not in the VPN group on the FortiGate.',
      ],
      [
        'Check from our side',
        'FortiGate GUI > Dashboard > Network > SSL-VPN monitor shows who is connected. Log & Report > Events > VPN events show failed attempts with reason. Make sure FortiClient version matches what the firewall firmware supports.',
      ],
    ],
  ),
  article(
    'ac-dns-web-filtering',
    'Some websites will not load or show a "blocked" page (DNS and DNSFilter)',
    null,
    'Network',
    [
      [
        'Symptoms',
        '- Browser: "This site can\'t be reached", DNS_PROBE_FINISHED_NXDOMAIN, ERR_NAME_NOT_RESOLVED, or "Hmmm… can\'t reach this page" for one or a few sites, while other sites work.\n- A DNSFilter block page: "This website has been blocked by your organization" with a category.',
      ],
      [
        'Fix: name resolution',
        '1. Try the site on the phone (off Wi-Fi) — if it fails there too, the site itself is down.\n2. `ipconfig /flushdns`, then `nslookup site.co.nz`. If nslookup fails but works against 1.1.1.1 (`nslookup site.co.nz 1.1.1.1`), the problem is the local resolver (DNSFilter agent or the firewall DNS).\n3. Restart the DNSFilter agent service ("DNS Agent") or check it is not stuck after sleep.\n4. Clear browser cache / try InPrivate, and disable browser extensions (ad blockers break some banking sites).',
      ],
      [
        'Fix: blocked by policy',
        '1. Note the category shown on the block page.\n2. Check in the DNSFilter dashboard > Query log for the domain.\n3. Allow-listing needs approval from the client\'s nominated approver (listed in the client\'s IT Glue contacts) unless the category is "Uncategorized" or a clear false positive, which L1 may allow.\n4. Add to the client policy > Allow list. Changes take effect in about a minute; flush DNS.',
      ],
    ],
  ),
  article(
    'ac-internet-outage',
    'Whole office has no internet: outage triage and ISP escalation',
    null,
    'Network',
    [
      [
        'Confirm scope',
        'Is every device in the office offline (wired and Wi-Fi, including desk phones if VoIP)? If only some are, it is not an internet outage. Check our RMM: if all agents at the site went offline at the same time, it is the link or power.',
      ],
      [
        'On site (talk the client through it)',
        '1. Fibre ONT (the small white Chorus/Enable/Tuatahi box on the wall): check lights. Red LOS/Optical or no PON light = fibre fault; no lights = power.\n2. Power-cycle in order: ONT, wait 2 min, then the router/firewall, wait 3 min, then switches.\n3. Check for a local power cut (Vector outage map) or roadworks that might have cut the fibre.',
      ],
      [
        'Escalate to the ISP',
        '1. The circuit details (ISP, account number, circuit ID / ONT serial, fault line) are in IT Glue > client > Configurations > Internet / WAN.\n2. Check the ISP status page (Spark, One NZ, 2degrees, Vocus) then log a fault by phone with the circuit ID.\n3. Ask for an incident number and an ETA; update the ticket and the client contact every hour.',
      ],
      [
        'Failover',
        'Sites with 4G/5G failover (FortiGate/Meraki with a cellular modem) should fail over automatically within 2 minutes. Check the failover link is up in the firewall dashboard; VoIP and large uploads may struggle on cellular.',
      ],
    ],
  ),
  article(
    'ac-firewall-change-request',
    'Firewall change requests: port forwards, opening ports, allowing a vendor IP',
    null,
    'Network',
    [
      [
        'Policy',
        "Any change that opens inbound access (port forward / VIP), allows a new external IP, or changes a site-to-site tunnel is a change request. It needs written approval from the client's authorised contact and our senior engineer before it is made. Never create an any-any rule.",
      ],
      [
        'Procedure',
        "1. Capture in the ticket: who is asking (vendor name), why, source IP(s), destination server, port(s) and protocol, and for how long.\n2. Push back on exposing RDP (3389), SQL (1433) or SMB to the internet. Offer vendor remote support through our remote access tool or a time-limited SSL VPN account instead.\n3. Back up the FortiGate config (System > Configuration > Backup) and attach it to the ticket.\n4. Create the Virtual IP (Policy & Objects > Virtual IPs) and an inbound policy restricted to the vendor's source address object. Name objects `VEND-<vendor>-<date>`.\n5. Test with the vendor, then document the change in IT Glue > Configurations > Firewall (rules flexible asset).\n6. Temporary rules: set a ticket reminder and remove the rule on the agreed date.",
      ],
    ],
  ),
  // ---------------------------------------------------------------- Endpoints
  article('ac-slow-pc', 'Slow PC triage (slow start-up, freezing, disk full)', null, 'Endpoints', [
    [
      'Steps',
      '1. Check uptime (Task Manager > Performance > CPU > Up time). Over 7 days = restart first. Fast Startup means "Shut down" does not reset uptime; use Restart.\n2. Task Manager > Processes: sort by CPU, Memory and Disk. Note the offender (Teams, browser with 40 tabs, OneDrive initial sync, Defender scan, a LOB app).\n3. Disk space: less than 10% free on C: slows everything. Run Disk Cleanup (cleanmgr) > Clean up system files, empty Downloads and Recycle Bin with the user\'s OK, and check OneDrive Files On-Demand is on. Our RMM script "Disk Cleanup – Safe" clears temp, Windows Update cache and old profiles.\n4. Startup apps: Task Manager > Startup apps — disable unneeded ones (not security tools).\n5. Run a Defender quick scan; check the RMM (NinjaOne) device page for alerts, SMART disk warnings and pending reboots.\n6. Check hardware: under 8 GB RAM or a spinning hard drive (HDD) on Windows 11 is a replacement recommendation, raise it with the account manager.\n7. Fan loud and CPU high when idle: check for dust/thermal issues and a BIOS update.',
    ],
    [
      'Escalate',
      "Blue screens, SMART failures or disk at 100% with nothing running — escalate to L2; back up the user's data first.",
    ],
  ]),
  article(
    'ac-windows-update',
    'Windows updates failing or stuck ("Undoing changes", 0x800f0922, 0x80070002)',
    null,
    'Endpoints',
    [
      [
        'Symptoms',
        '- Update fails repeatedly in Settings > Windows Update with 0x800f0922, 0x80070002, 0x800f081f or 0x80073712.\n- Boot loops on "We couldn\'t complete the updates. Undoing changes. Don\'t turn off your computer" or "Working on updates 100%".',
      ],
      [
        'Fix',
        '1. If stuck on "Undoing changes", wait up to 2 hours before forcing power off. Forcing it earlier risks a broken boot.\n2. Make sure there is at least 20 GB free on C:.\n3. Run Settings > System > Troubleshoot > Other troubleshooters > Windows Update.\n4. Reset the update components (admin prompt):\n`net stop wuauserv` / `net stop bits` / `net stop cryptsvc`\n`ren C:\\Windows\\SoftwareDistribution SoftwareDistribution.old`\n`ren C:\\Windows\\System32\\catroot2 catroot2.old`\nthen start the services again.\n5. Repair the image: `DISM /Online /Cleanup-Image /RestoreHealth` then `sfc /scannow`.\n6. 0x800f0922 is often a too-small EFI/recovery partition or VPN interfering — disconnect VPN and retry.\n7. Download the specific KB from the Microsoft Update Catalog and install it manually.',
      ],
      [
        'Patch management',
        "Updates are approved via NinjaOne patch policies (workstations: install Tuesday 12:00, reboot prompt until Friday). Check the device's patch status in NinjaOne before changing anything locally.",
      ],
    ],
  ),
  article('ac-bitlocker-recovery', 'BitLocker recovery key prompt at start-up', null, 'Endpoints', [
    [
      'Why it happens',
      'BitLocker asks for the 48-digit recovery key when it detects a change to the boot environment: BIOS/firmware update, TPM reset, Secure Boot change, a new dock or USB-C device at boot, or a motherboard replacement.',
    ],
    [
      'Procedure',
      "1. Verify the caller's identity (call back on the PSA number). The recovery key gives full access to the disk.\n2. Ask the user to read out the first 8 characters of the Key ID shown on the recovery screen.\n3. Find the key: Intune admin center > Devices > Windows > device > Recovery keys, or Entra admin center > Devices > All devices > device > BitLocker keys. For older on-prem clients, check AD Users and Computers > computer object > BitLocker Recovery tab.\n4. Match the Key ID, read the 48-digit key in groups of six.\n5. Once booted, if a BIOS update is pending or the prompt keeps returning, suspend protection (`manage-bde -protectors -disable C: -RebootCount 1`), complete the update, and let it resume.\n6. Unplug docks and USB devices at boot if the prompt keeps recurring after dock changes.",
    ],
    [
      'Key not found',
      "Escalate to L2 immediately. Without the key the data cannot be recovered; check whether the user's files are all in OneDrive before anyone suggests wiping.",
    ],
  ]),
  article(
    'ac-autopilot-setup',
    'New laptop setup with Windows Autopilot and Autopilot errors',
    null,
    'Endpoints',
    [
      [
        'Normal process',
        '1. Laptops are ordered through our distributor with the hardware hash uploaded to the client\'s tenant (Intune admin center > Devices > Windows > Enrollment > Devices). Check the device serial is listed and has the right group tag (e.g. `CLIENT-STD`).\n2. Power on, connect to wired or office Wi-Fi, select region New Zealand and keyboard US.\n3. The client\'s branding shows "Welcome to <Client>". The user signs in with their work account and approves MFA.\n4. The Enrollment Status Page (ESP) installs policies and apps — typically 20–40 minutes. Do not interrupt.',
      ],
      [
        'Errors',
        '- 80180014: the device was previously deleted from Intune or is blocked by enrollment restrictions. Remove the device record in Intune > Devices > All devices (not the Autopilot record), check Enrollment restrictions allow Windows (MDM) corporate devices, then retry.\n- 80180018 / "Something went wrong" at sign-in: user lacks an Intune licence (Business Premium/EMS). Assign, wait 15 minutes.\n- 0x800705b4 / ESP timeout on "Apps (x of y)": an app install is hanging. Check Intune > Devices > device > Managed apps for the failing app; press "Continue anyway" if allowed, then fix the app assignment.\n- Device not recognised as Autopilot (shows normal Windows OOBE): hash not uploaded — upload with `Get-WindowsAutopilotInfo -Online` from Shift+F10.',
      ],
      [
        'Re-deploy a used laptop',
        "Intune > Devices > device > Autopilot Reset (keeps enrolment) or Wipe. Back up the previous user's local data first.",
      ],
    ],
  ),
  article(
    'ac-printer-offline',
    'Office printer shows offline or print jobs stuck in the queue',
    null,
    'Endpoints / Printing',
    [
      [
        'Checks',
        '1. Is it everyone or one PC? If everyone, go to the printer: is it on, any error on the panel, can it print its own configuration page? Note its IP address from that page.\n2. From a PC: `ping <printer IP>`. No reply = network/power issue at the printer (cable, Wi-Fi dropped, IP changed).',
      ],
      [
        'Fix on the PC',
        "1. Settings > Bluetooth & devices > Printers & scanners > printer > Open print queue > Printer > Cancel all documents.\n2. Restart the spooler: services.msc > Print Spooler > Restart. If jobs will not clear: stop the spooler, delete the files in `C:\\Windows\\System32\\spool\\PRINTERS`, start the spooler.\n3. Untick \"Use Printer Offline\" in the queue window.\n4. If the printer's IP changed, update the port (Printer properties > Ports) and ask L2 to create a DHCP reservation so it does not change again.\n5. Remove and re-add the printer if the driver is corrupt (use the model's PCL6 or universal driver, stored in the client's IT Glue printer asset).",
      ],
      [
        'Not ours',
        'Paper jams, toner, drum and hardware faults on leased copiers go to the copier vendor (Konica Minolta, FUJIFILM Business Innovation, Ricoh, Canon) — the serial number and service number are on the sticker on the front of the device and in IT Glue.',
      ],
    ],
  ),
  article(
    'ac-scan-to-email',
    'Multifunction copier scan-to-email or scan-to-folder stopped working',
    null,
    'Endpoints / Printing',
    [
      [
        'Symptoms',
        'The copier shows "Send error", "SMTP authentication failed", "Connection error" or "Server connection error" when scanning to email; scan-to-folder shows "Login error" or "Cannot connect to the destination".',
      ],
      [
        'Cause',
        'Microsoft 365 is retiring basic authentication for SMTP client submission, and tenants created recently have SMTP AUTH disabled. Scanners configured with smtp.office365.com + a username/password start failing when the password changes, the mailbox loses its licence, or SMTP AUTH is off. Scan-to-folder breaks when the scan account password changes or the device only supports SMB1.',
      ],
      [
        'Fix (scan to email)',
        "Preferred — direct send / relay, no password:\n1. SMTP server `<tenant-domain>.mail.protection.outlook.com`, port 25, no authentication, From address `scanner@<clientdomain>`.\n2. This only delivers to internal mailboxes. For external recipients create an inbound connector in Exchange admin > Mail flow > Connectors (From: your organisation's email server, identified by the office's static public IP).\n3. Make sure SPF includes the office IP.\nLegacy — SMTP AUTH (only if the device cannot do the above):\n1. smtp.office365.com port 587 STARTTLS, licensed or shared mailbox credential.\n2. Enable per mailbox: `Set-CASMailbox scanner@domain -SmtpClientAuthenticationDisabled $false`.",
      ],
      [
        'Fix (scan to folder)',
        "Update the scan account password in the copier's address book (web admin page > Address book), make sure SMB2/3 is enabled in the copier's network settings (firmware update from the vendor if missing), and check the share permissions.",
      ],
    ],
  ),
  article(
    'ac-dock-monitors',
    'Docking station: external monitors not detected, flickering or only one works',
    null,
    'Endpoints',
    [
      [
        'Symptoms',
        'Laptop screen works but external screens on the dock are black / "No signal", only one of two monitors works, screens flicker or blank every few seconds, or the dock stops charging.',
      ],
      [
        'Fix',
        "1. Power-cycle the dock: unplug the laptop, unplug the dock's power brick for 30 seconds, reconnect power, then the laptop.\n2. Win+P > Extend. Settings > System > Display > Multiple displays > Detect.\n3. Check the monitor input source (HDMI/DP) on the monitor's own menu, and swap cables to test.\n4. Update firmware and drivers: Dell Command Update (Dell WD19S/WD22TB4), Lenovo Vantage (ThinkPad USB-C/Thunderbolt docks), HP Support Assistant. DisplayLink-based docks need the DisplayLink driver installed.\n5. Plug into the laptop's Thunderbolt/USB-C port that has the display symbol; not all USB-C ports carry video.\n6. Two monitors via a USB-C (non-Thunderbolt) dock on some laptops is limited to mirrored or lower resolution — this is a hardware limit, not a fault.\n7. Flickering: replace the cable first (cheap HDMI cables are the usual cause), then lower refresh rate to 60 Hz.",
      ],
      [
        'Escalate',
        "If the dock fails with a second known-good laptop, log a warranty case with the vendor using the dock's service tag.",
      ],
    ],
  ),
  article('ac-audio-headset', 'No sound or headset microphone not working in Windows', null, 'Endpoints', [
    [
      'Symptoms',
      'No sound from speakers or headset, speaker icon with a red X ("No audio output device is installed"), or the headset microphone is not picked up in any app.',
    ],
    [
      'Fix',
      '1. Settings > System > Sound: choose the correct Output and Input device. USB headsets (Jabra, Poly, EPOS) appear by name.\n2. Check the in-line mute button on the headset cable and the mute LED.\n3. Sound Control Panel (Settings > Sound > More sound settings): set the headset as Default Device and Default Communication Device on both Playback and Recording tabs. Disable "Allow applications to take exclusive control" if one app grabs the device.\n4. Privacy: Settings > Privacy & security > Microphone > allow desktop apps.\n5. Red X / no device: Device Manager > Sound, video and game controllers — reinstall the Realtek / Intel SST audio driver from Dell Command Update / Lenovo Vantage. Run Settings > System > Troubleshoot > Playing audio.\n6. Update headset firmware with Jabra Direct / Poly Lens. Try a different USB port (not a USB hub in the monitor).\n7. Bluetooth: remove the device and pair again.',
    ],
  ]),
  article(
    'ac-mapped-drive-missing',
    'Mapped network drive missing, red X or "not accessible"',
    null,
    'Endpoints',
    [
      [
        'Symptoms',
        'A drive letter (S:, P:, H:, etc.) disappeared from This PC, or shows a red X and "Could not reconnect all network drives" / "\\\\server\\share is not accessible".',
      ],
      [
        'Causes',
        '- The user is off-site and not connected to the VPN.\n- The drive mapping script/GPO did not run at logon (laptop joined Wi-Fi after logon).\n- A stale saved credential in Credential Manager.\n- The file server is down.',
      ],
      [
        'Fix',
        '1. Off-site: connect FortiClient VPN, then open File Explorer and double-click the drive.\n2. On-site: `gpupdate /force`, sign out and back in. For Intune clients, run the "Drive mappings" remediation from the Company Portal or RMM.\n3. Remove stale credentials: Control Panel > Credential Manager > Windows Credentials > remove entries for the server name.\n4. Map manually as a test: File Explorer > This PC > Map network drive, letter and path from the client\'s IT Glue "File shares" asset, tick Reconnect at sign-in.\n5. If the server does not respond to ping from on-site PCs, escalate to L2 (server down).',
      ],
      [
        'Clients migrated to SharePoint',
        'For clients whose file server was moved to SharePoint, the old drive letter is replaced by the synced library in File Explorer under the client name. See the OneDrive sync article if it is missing.',
      ],
    ],
  ),
  // ---------------------------------------------------------------- Line-of-business apps
  article(
    'ac-xero-access-2fa',
    'Xero: user access, invitations and two-step authentication resets',
    null,
    'Line of business apps',
    [
      [
        'Who manages Xero users',
        'We do not administer clients\' Xero organisations. Users with the Xero "Subscriber" or "Adviser" role with Manage users permission add and remove people: Xero > organisation name > Settings > Users > Invite a user, choose role (Standard, Invoice only, Read only, Payroll admin).\nIf the client does not know who their Xero admin is, their accountant usually does.',
      ],
      [
        'Two-step authentication (2SA)',
        'Xero enforces 2SA with Xero Verify or an authenticator app.\n1. New phone with the old one still working: Xero > Account > Login & security > change the authentication app.\n2. Lost phone: on the Xero login, after password, choose "Can\'t use your authenticator?" > "Use a backup code" or answer the security questions set up at enrolment. This resets 2SA and the user sets it up on the new phone.\n3. No backup codes or security answers: the user must contact Xero Support directly from the login page; Xero verifies identity. We cannot reset Xero 2SA.',
      ],
      [
        'Other common issues',
        '- Bank feeds disconnected: the client re-authorises the feed with their bank in Xero.\n- Xero slow: check status.xero.com, clear browser cache or try another browser.',
      ],
    ],
  ),
  article(
    'ac-myob-accountright',
    'MYOB AccountRight: company file in use, locked, or cannot open online',
    null,
    'Line of business apps',
    [
      [
        'Symptoms',
        '- "The company file is in use by another user" or "The company file is locked" when nobody else is in it.\n- "Unable to open company file online" / "Sign in to your MYOB account" loops.\n- Local file: "Unable to connect to the AccountRight Server".',
      ],
      [
        'Online (cloud) files',
        '1. Ask everyone to close AccountRight; a crashed session can hold the file for up to 15 minutes.\n2. In AccountRight: File > Sign out of my.MYOB, then sign back in with the user\'s MYOB account (not their Microsoft 365 login).\n3. If the file was "checked out" to a PC for offline work, it must be checked in from that same PC (File > Check in). If that PC is gone, the file admin can force check-in at my.myob.com > Manage files (loses the offline changes).\n4. User access is granted by the client\'s MYOB file administrator at my.myob.com > Users.',
      ],
      [
        'Local / network files',
        '1. On the host PC or server, check the service "AccountRight Server" is running (services.msc) and restart it.\n2. Windows Defender Firewall must allow the AccountRight Server ports (added by the installer).\n3. All PCs must run the same AccountRight version as the file — install updates on every PC.',
      ],
    ],
  ),
  article(
    'ac-adobe-acrobat',
    'Adobe Acrobat: sign-in required, trial expired, PDFs opening in the browser',
    null,
    'Line of business apps',
    [
      [
        'Licence and sign-in',
        'Acrobat Pro licences are user-based, managed in the Adobe Admin Console (adminconsole.adobe.com) under each client\'s organisation.\n1. "Your trial has expired" / "Sign in required" / Acrobat reverts to Reader features: the user signed in with a personal Adobe ID or their licence was unassigned. Admin Console > Users > check the user has Acrobat Pro assigned.\n2. In Acrobat: Help > Sign out, then sign in choosing "Company or School Account" (Microsoft 365 SSO via federated domain).\n3. Licence moves: remove from the leaver in Admin Console and assign to the new user; no reinstall needed.',
      ],
      [
        'PDFs open in Edge instead of Acrobat',
        'Settings > Apps > Default apps > search ".pdf" > choose Adobe Acrobat. Our Intune baseline sets this, but user changes win. In Acrobat: Edit > Preferences > General > "Make Acrobat my default PDF handler".',
      ],
      [
        'Other',
        'Fill & Sign and "Request e-signatures" are part of Acrobat Pro; external signers do not need a licence.',
      ],
    ],
  ),
  // ---------------------------------------------------------------- Security
  article(
    'ac-phishing-response',
    'Phishing: suspicious email reported, link clicked or credentials entered',
    null,
    'Security',
    [
      [
        'Suspicious email reported (nothing clicked)',
        '1. Ask the user not to click or reply, and to use the "Report" > "Report phishing" button in Outlook (or forward it as an attachment to the helpdesk).\n2. Check the sender, links and headers. Typical signs: lookalike domain (micros0ft, xer0), urgent payment/password language, shared-document lure (DocuSign, SharePoint, Dropbox).\n3. If malicious: Defender portal > Email & collaboration > Explorer, find all copies by sender/subject > Take action > Soft delete, and block the sender domain in Tenant Allow/Block List.',
      ],
      [
        'Link clicked, nothing entered',
        'Run a Defender quick scan on the device, check Defender alerts for the device, purge the email as above. Usually no further action.',
      ],
      [
        'Credentials entered — treat as compromised',
        '1. Immediately: Entra admin center > user > Revoke sessions, and reset the password.\n2. Check Authentication methods for an MFA method the user does not recognise and remove it.\n3. Check sign-in logs for the last 7 days for foreign or unfamiliar IPs.\n4. Check inbox rules and forwarding (see the compromised-account article) and follow it fully if anything suspicious is found.\n5. Purge the phishing email from every mailbox.\n6. Tell the client contact and note the incident in IT Glue.',
      ],
    ],
  ),
  article('ac-compromised-account', 'Compromised Microsoft 365 account: response runbook', null, 'Security', [
    [
      'Signs',
      '- Contacts receive emails the user did not send (often "shared a document with you" or invoice lures).\n- Outlook says "Your account has been restricted from sending email" / NDR 550 5.1.8 Access denied, bad outbound sender.\n- Defender alerts: "Suspicious inbox forwarding rule", "Suspicious email sending patterns", "Atypical travel", "Impossible travel".\n- Mail vanishing because of inbox rules that move mail to RSS Feeds, Archive or Conversation History.',
    ],
    [
      'Contain (within 15 minutes)',
      '1. Block sign-in (Microsoft 365 admin > user > Block sign-in) and Revoke sessions.\n2. Reset the password; remove unknown MFA methods.\n3. Exchange admin > mailbox > Mail flow settings: remove external forwarding. PowerShell: `Get-InboxRule -Mailbox user` and remove suspicious rules; `Get-Mailbox user | fl ForwardingSmtpAddress,ForwardingAddress`.\n4. Entra > Enterprise applications > User consents: revoke unfamiliar app consents.\n5. If restricted from sending: Defender portal > Email & collaboration > Review > Restricted entities > Unblock, only after steps 1–4.',
    ],
    [
      'Investigate and recover',
      "1. Sign-in logs and the unified audit log (Purview > Audit) for the compromise window: which mail was read, what was sent, files accessed.\n2. Check Sent Items and Deleted Items for lures sent to contacts; the client should warn recipients.\n3. Unblock sign-in, have the user re-register MFA with a Temporary Access Pass.\n4. If personal information may have been accessed, the client's privacy officer decides whether it is a notifiable privacy breach under the Privacy Act 2020 (report to the Office of the Privacy Commissioner). Offer to report to NCSC (formerly CERT NZ).\n5. Write up a short incident summary in IT Glue.",
    ],
  ]),
  article(
    'ac-invoice-fraud',
    'Invoice / bank account change fraud (business email compromise)',
    null,
    'Security',
    [
      [
        'Scenario',
        'A supplier (or "the boss") emails to say their bank account has changed, or an invoice arrives with different bank details; or a customer paid the client\'s invoice into the wrong account after receiving an altered invoice.',
      ],
      [
        'Before payment',
        "1. Do not pay and do not reply to the email.\n2. The client's finance person phones the supplier on a number from a previous invoice or their website — never one in the suspicious email.\n3. Forward us the email as an attachment so we can check headers: lookalike domain, Reply-To differing from From, or sent from the genuine supplier mailbox (= supplier is compromised; tell them).",
      ],
      [
        'Money already paid',
        "1. The client rings their bank's fraud line immediately and asks for a recall of the payment — speed matters; NZ banks can sometimes freeze funds within hours.\n2. Report to Police (105 online) and NCSC / Own Your Online.\n3. We check whether the client's own mailbox was used: inbox rules, forwarding, sign-ins (follow the compromised-account article). If a customer received a fake invoice \"from us\", assume our client's mailbox is compromised until proven otherwise.\n4. Preserve evidence: do not delete the emails.\n5. Recommend: a written call-back procedure for bank detail changes, and Defender impersonation protection for the finance team.",
      ],
    ],
  ),
  article('ac-lost-stolen-device', 'Lost or stolen laptop or phone', null, 'Security', [
    [
      'Procedure',
      "1. Record: who, device type and asset tag/serial (from IT Glue or Intune), when and where lost, whether it was locked and whether it was company or personal (BYOD).\n2. Revoke the user's sessions in Entra (user > Revoke sessions). Reset the password if the device may have been unlocked or the password was written down with it.\n3. Company laptop (Intune-managed): Intune admin center > Devices > device > Remote lock or Wipe. Confirm BitLocker was on (device > Encryption status) — if so, the data is protected even before the wipe completes when it next comes online.\n4. Company phone: Intune > device > Wipe (factory reset). Also ask the user to use Find My (iPhone) / Find My Device (Android) to locate or mark as lost.\n5. Personal phone with work apps (BYOD): Intune > Apps > App selective wipe for Outlook/Teams/OneDrive — wipes only work data.\n6. Disable the device in Entra admin center > Devices.\n7. Advise the user to make a Police report (105) for theft — insurers require it — and contact their mobile carrier to block the SIM/IMEI.\n8. Arrange a replacement (Autopilot) and update the asset in IT Glue as lost/stolen.",
    ],
  ]),
  // ---------------------------------------------------------------- Lifecycle
  article('ac-onboarding-standard', 'New starter (onboarding) — standard procedure', null, 'Lifecycle', [
    [
      'Request',
      "The client's authorised contact submits the new starter form at least 5 working days before the start date: name, role, start date, manager, licence type, groups/shared mailboxes/Teams, LOB apps, device needed. Check the client's own onboarding runbook in IT Glue for anything specific.",
    ],
    [
      'Steps',
      "1. Create the user in Microsoft 365 admin center (cloud-only) or AD (hybrid, then wait for Entra Connect sync). Username format per the client's IT Glue overview, usually firstname.lastname@.\n2. Assign the licence by adding to the licence group (e.g. `LIC-BusinessPremium`).\n3. Add to security groups, distribution lists, shared mailboxes and Teams as listed.\n4. Set manager, job title, office and mobile in the user properties (these feed the org chart and the Teams directory).\n5. Device: assign an Autopilot laptop from stock and pre-provision it if possible.\n6. Create a Temporary Access Pass valid from the start date so the user can register MFA on day one.\n7. Line-of-business apps: request accounts from the client's app admin (we usually cannot create Xero/MYOB/practice software users).\n8. Send the manager the welcome pack (username, TAP instructions, how to contact the helpdesk). Never email a password to the new starter's personal address.\n9. Update the client's IT Glue contact list.",
    ],
  ]),
  article('ac-offboarding-standard', 'Leaver (offboarding) — standard procedure', null, 'Lifecycle', [
    [
      'Timing',
      'Planned leavers: disable at close of business on the last day. Dismissals / "effective immediately": disable now, while the person is in the meeting with HR, if the client asks.',
    ],
    [
      'Steps',
      '1. Block sign-in, reset the password, Revoke sessions, remove MFA methods.\n2. Convert the mailbox to a shared mailbox (Exchange admin > mailbox > Others > Convert to shared mailbox) so the licence can be removed without losing email.\n3. Grant the manager Full Access to the shared mailbox if requested; set an automatic reply if requested ("X has left, please contact Y"). Forwarding to another internal user is allowed on request.\n4. OneDrive: Microsoft 365 admin > user > OneDrive > "Get access to files" to give the manager access. Default retention after account deletion is 30 days — move anything important before then.\n5. Remove from groups, distribution lists and Teams ownership (make sure every Team still has an owner).\n6. Remove licences and return them to the pool, or reduce the licence count in Pax8 with the client\'s agreement.\n7. Wipe and collect devices (Intune > Wipe, or Autopilot Reset for reuse); company phone: Intune wipe.\n8. LOB apps: remind the client to remove the user from Xero/MYOB/practice software — we cannot.\n9. Remove the person from IT Glue contacts and shared password access; rotate shared passwords they knew (Wi-Fi, alarm, shared logins).',
    ],
  ]),
  // ---------------------------------------------------------------- Backup / restore
  article(
    'ac-restore-files',
    'Restore deleted or overwritten files (OneDrive, SharePoint, file server)',
    null,
    'Backup & restore',
    [
      [
        'Gather',
        'Exact file/folder name and location (library or drive path), when it was last OK, and whether it was deleted or overwritten.',
      ],
      [
        'Within 93 days (OneDrive / SharePoint / Teams files)',
        '1. Deleted: the site\'s Recycle bin (site > Recycle bin), then "Second-stage recycle bin" at the bottom. Select > Restore.\n2. Overwritten / wrong data saved: right-click the file > Version history > pick the version > Restore. Versions are kept (500 by default).\n3. Mass deletion or ransomware: OneDrive > Settings > Restore your OneDrive, or the SharePoint library > Settings > Restore this library, choose a date/time before the event.',
      ],
      [
        'Older than 93 days, or file server',
        '1. Microsoft 365 data: Datto SaaS Protection (3 backups/day, unlimited retention). Datto portal > client > user or site > pick the snapshot date > browse > Restore (restores to a "Restored" folder alongside the original) or Export.\n2. On-prem file server: Datto SIRIS/BCDR local snapshots (hourly, 90 days local, 1 year cloud). Datto portal > device > Restore > File restore > choose the recovery point > mount and copy the file back to its location.\n3. Tell the user where the restored copy is and ask them to confirm before we close the ticket.',
      ],
    ],
  ),
  article('ac-restore-email', 'Recover deleted email, calendar items or contacts', null, 'Backup & restore', [
    [
      'Steps',
      '1. Deleted Items folder first (Outlook keeps it until emptied; our retention policy empties it after 30 days).\n2. After Deleted Items was emptied: Outlook > Deleted Items > "Recover items recently removed from this folder" (classic Outlook: Home/Folder > Recover Deleted Items; OWA: right-click Deleted Items > Recover items). Items stay recoverable for 30 days (we raise the default 14 to 30 days on all tenants).\n3. Calendar appointments and contacts deleted also go through Deleted Items, then the same recovery.\n4. Older than 30 days: restore from Datto SaaS Protection > client > user mailbox > snapshot date > select folder/items > Restore (lands in a "Restored items" folder in the mailbox).\n5. Whole mailbox of a deleted leaver: if within 30 days restore the user in Microsoft 365 admin > Deleted users; otherwise restore from Datto SaaS Protection to another mailbox or export to PST for the client.',
    ],
  ]),
  // ================================================================ Client: Kinetic Physio Group
  article(
    'ac-kp-gensolve',
    'Kinetic Physio — Gensolve Practice Manager: access, slow diary, invoices and ACC claims',
    physio,
    'Kinetic Physio Group / Applications',
    [
      [
        'Overview',
        'Kinetic Physio Group (5 clinics: Takapuna, Ponsonby, Botany, Albany, Papakura) runs Gensolve Practice Manager (cloud, browser-based) for the appointment diary, patient notes, invoicing and ACC claim lodgement. Gensolve users and roles are managed by the Ops Manager (Jess Whiu) — we do NOT create or reset Gensolve users. Supported browsers: Chrome or Edge (current).',
      ],
      [
        'Login problems',
        '1. Gensolve uses its own username/password, not Microsoft 365. Forgotten password: "Forgot password" on the Gensolve login page; locked accounts are unlocked by Jess or Gensolve support.\n2. "You do not have access to this location": the user\'s Gensolve role does not include that clinic — Jess adds it.',
      ],
      [
        'Diary slow or not loading',
        "1. Check other websites are fast. If the whole clinic is slow, see the Kinetic clinic network runbook.\n2. Clear browser cache for the Gensolve site (Ctrl+Shift+Del, cached images and files), close other tabs, and reload.\n3. Check the Gensolve status page / support notices. If all clinics are slow, it is on Gensolve's side — log with Gensolve support (number in IT Glue > Kinetic > Applications > Gensolve).",
      ],
      [
        'Invoices / receipts do not print',
        'Gensolve opens invoices and receipts in a pop-up PDF window. Allow pop-ups for the Gensolve site in the browser (Edge: Settings > Cookies and site permissions > Pop-ups and redirects > Allow). If the PDF opens but the printer does nothing, see the Kinetic reception printer runbook.',
      ],
      [
        'ACC claims not lodging',
        'Errors such as "Provider not recognised" or "Vendor ID invalid" mean the physio\'s ACC provider ID or HPI-CPN number in their Gensolve practitioner profile is missing or wrong. Jess corrects it in Gensolve > Setup > Practitioners. If the ACC connection itself fails for all practitioners, log with Gensolve support.',
      ],
    ],
  ),
  article(
    'ac-kp-clinic-network',
    'Kinetic Physio — clinic network, staff and patient Wi-Fi',
    physio,
    'Kinetic Physio Group / Network',
    [
      [
        'Layout',
        'Each clinic has a Cisco Meraki MX67C (firewall with built-in 4G failover, One NZ SIM) and one or two Meraki MR36 access points, all managed in the Meraki dashboard (org "Kinetic Physio Group"). Internet is Spark fibre at every clinic. Clinics are linked to each other with Meraki Auto VPN.\nSSIDs:\n- KPG-Staff: staff laptops and reception PCs. WPA2-PSK, password in IT Glue, rotated every 6 months or when a staff member leaves on bad terms.\n- KPG-Patients: patient/guest Wi-Fi with a click-through splash page, isolated from staff devices, bandwidth limited to 10 Mbps per client.',
      ],
      [
        'Clinic has no internet',
        '1. Meraki dashboard > Network-wide > Clients/Appliance status for that clinic. If the MX is online on "Cellular", the fibre is down and the clinic is on 4G — Gensolve works but is slower; follow the generic internet outage article to log with Spark.\n2. If the MX is offline completely, ask reception to check the power to the comms cabinet (usually under the reception desk) and power-cycle the ONT then the MX.',
      ],
      [
        'Patient Wi-Fi splash page not loading',
        '1. Ask the patient to open a plain http site (e.g. neverssl.com) to trigger the splash page.\n2. Check Meraki dashboard > Wireless > Splash page is still "Click-through" and the walled garden has not been changed.\n3. If no one can get the splash page, reboot the APs from the dashboard (Wireless > Access points > Reboot) after hours.',
      ],
      [
        'Changing the staff Wi-Fi password',
        "Meraki dashboard > Wireless > Access control > KPG-Staff > update the PSK, update IT Glue, and tell each clinic's front desk. Reception PCs are wired and are not affected.",
      ],
    ],
  ),
  article(
    'ac-kp-reception-printers',
    'Kinetic Physio — reception printers and scanning referrals',
    physio,
    'Kinetic Physio Group / Printers',
    [
      [
        'Devices',
        'Each clinic front desk has a Brother MFC-L8900CDW colour multifunction printer (owned, not leased) on a fixed IP (Takapuna 10.10.1.20, Ponsonby 10.20.1.20, Botany 10.30.1.20, Albany 10.40.1.20, Papakura 10.50.1.20). It prints invoices/receipts from Gensolve and scans incoming GP referral letters.',
      ],
      [
        'Printing problems',
        '1. Check the printer panel for errors. Paper jam: follow the on-screen animation (open the back cover for jams "Jam Rear").\n2. If it shows "Offline" on the reception PC, follow the generic printer offline article — the IP above must match the port.\n3. Toner / drum: Kinetic buys Brother TN-258/DR-253 supplies through our procurement. Log a supplies request in the portal with the clinic name; we keep one spare set at Takapuna for urgent needs. "Replace Drum" after a drum change: reset the counter via Menu > Machine Info > Parts Life > Drum > Reset.',
      ],
      [
        'Scanning referral letters',
        '1. Reception uses the "Referrals" shortcut on the Brother touchscreen, which scans to email to referrals@kineticphysio.co.nz (shared mailbox monitored by the admin team).\n2. The Brother sends via SMTP relay to the Microsoft 365 MX (kineticphysio-co-nz.mail.protection.outlook.com, port 25) — see the generic scan-to-email article if it fails.\n3. If scans arrive but are blank or black, clean the scanner glass and ADF strip.',
      ],
    ],
  ),
  article(
    'ac-kp-new-physio',
    'Kinetic Physio — onboarding a new physio, locum or receptionist',
    physio,
    'Kinetic Physio Group / Onboarding',
    [
      [
        'What Kinetic sends us',
        'Jess (Ops Manager) logs the request with name, role (physio / locum / reception / admin), home clinic and start date. Locums and contractors must include an end date.',
      ],
      [
        'Accounts and licences',
        '1. Physios and locums: Microsoft 365 F3 licence (web and mobile Office only, 2 GB mailbox) plus Entra ID P1 for Conditional Access. Reception and admin staff: Microsoft 365 Business Premium.\n2. Add to groups: `KPG-All Staff`, `KPG-<Clinic>` (e.g. KPG-Botany), and the Teams team "Kinetic Clinicians" for physios.\n3. Locums: set an account expiry matching the end date (Entra > user > Properties > account end date via our script `Set-UserExpiry.ps1`), and do not add them to shared mailboxes.\n4. Reception: add Full Access + Send As to the clinic\'s shared mailbox (e.g. botany@).',
      ],
      [
        'Apps and devices',
        "1. Gensolve user: Jess creates it — remind her in the ticket. She also needs the physio's ACC provider ID and HPI-CPN for claims.\n2. Physitrack (exercise prescription) licence: Jess assigns in Physitrack admin.\n3. Physios use the shared treatment-room iPads (Intune shared iPad, enrolled via Apple Business Manager) — no personal device needed. Reception gets the clinic's reception PC, no laptop.\n4. MFA: physios register Authenticator on their own phone on day one using a Temporary Access Pass that Jess hands over.",
      ],
    ],
  ),
  // ================================================================ Client: Kaimai Coast Packers
  article(
    'ac-pk-zebra-labels',
    'Kaimai Coast Packers — Zebra bin card and pallet label printers',
    packhouse,
    'Kaimai Coast Packers / Printers',
    [
      [
        'Devices',
        'Four Zebra ZT411 industrial thermal-transfer printers: Line 1 and Line 2 bin card printers (grading hall), the pallet label printer at the palletiser, and a spare in the workshop. IPs 192.168.50.41–.44. They print from PackPro using the ZPL templates "BINCARD_v3" and "PALLET_GS1". Labels and ribbons (110 mm wax/resin) are stocked in the packhouse store.',
      ],
      [
        'Blank labels',
        '1. Ribbon is out, inserted backwards (ink side must face the label) or not loaded. Reload per the diagram inside the cover.\n2. Check the print mode matches the media: thermal transfer for the standard bin cards. Media set to "Direct thermal" with ribbon labels prints blank.\n3. Darkness too low after a ribbon brand change: Settings > Print quality > Darkness 20–24.',
      ],
      [
        'Labels misaligned, barcode cut off, or printer skipping labels',
        'Run media calibration: on the ZT411 touchscreen, Menu > Print > Sensors > Manual calibration (or hold PAUSE + CANCEL for 2 seconds). It feeds a few labels and re-learns the gap. Check the labels are pushed against the inner guide and the outer media guide is close.',
      ],
      [
        'Errors',
        '- "HEAD OPEN" with the head closed: the printhead latch is not fully home; open and close firmly. Persistent = head open sensor fault, swap with the workshop spare.\n- "RIBBON OUT" with ribbon present: ribbon sensor dirty — clean with an alcohol swab.\n- Red light, nothing prints: check PackPro print queue (see PackPro runbook) and that the printer has an IP (Menu > Connection > Network).',
      ],
      [
        'Swap to the spare',
        "Give the spare the failed printer's IP (Menu > Connection > Wired > IP address, protocol Permanent), load media, calibrate. PackPro does not need changes.",
      ],
    ],
  ),
  article(
    'ac-pk-packpro',
    'Kaimai Coast Packers — PackPro packhouse system and database server',
    packhouse,
    'Kaimai Coast Packers / Applications',
    [
      [
        'Overview',
        'PackPro is the packhouse management system (bin receipting, grading tallies, packout, pallet labels, end-of-day submissions to Zespri). Server: KCP-SQL01 (Hyper-V VM on KCP-HV01 in the office comms room), SQL Server 2019 database `PackPro`, and the "PackPro Integration Service" Windows service. Clients: the PackPro desktop app on the grading-line PCs, the QC room and the office. Vendor support: PackPro Support, Tauranga (contact and contract number in IT Glue).',
      ],
      [
        'Symptoms: "Cannot connect to database" on the line PCs',
        '1. Usually after a power cut or server reboot. Check KCP-SQL01 is running in Hyper-V Manager on KCP-HV01; start it if it is Off (automatic start is set, but the UPS may have shut it down).\n2. On KCP-SQL01 check services "SQL Server (MSSQLSERVER)" and "PackPro Integration Service" are Running; start them (SQL first).\n3. From a line PC: `Test-NetConnection KCP-SQL01 -Port 1433`.\n4. Restart the PackPro app on each line PC.',
      ],
      [
        'End-of-day submission failed',
        '1. PackPro > Admin > Submissions shows the error. "Certificate expired" or "401 Unauthorised" = the Zespri API credential in PackPro needs renewing by the packhouse manager with the vendor.\n2. "Timeout" = internet issue or the Integration Service is stopped; restart the service and press "Resend".\n3. Anything else: log with PackPro Support and attach the log from `D:\\PackPro\\Logs`.',
      ],
      [
        'Change freeze',
        'No Windows updates or reboots of KCP-SQL01/KCP-HV01 during the picking and packing season (mid-March to end of June) except in the agreed Sunday window. Check with the packhouse manager before any restart during the day.',
      ],
    ],
  ),
  article(
    'ac-pk-seasonal-onboarding',
    'Kaimai Coast Packers — seasonal staff accounts and smoko-room kiosk PCs',
    packhouse,
    'Kaimai Coast Packers / Onboarding',
    [
      [
        'Seasonal intake',
        'Each season (from March) Kaimai takes on 150–250 seasonal staff, including RSE workers. They need a Microsoft 365 account only for Teams Shifts (rosters), timesheets and payslip notifications.\n1. The HR coordinator sends the intake spreadsheet (first name, last name, mobile, start date, crew).\n2. Bulk-create with our script `New-KCPSeasonal.ps1 -Csv intake.csv`: username `firstname.lastname@kaimaicoast.co.nz`, Microsoft 365 F1 licence via group `LIC-F1-Seasonal`, account expiry set to 30 June, added to the crew Team in Shifts.\n3. The script outputs a Temporary Access Pass per person; HR hands them out at induction with the printed "Getting started" sheet (English, Samoan, Tongan, Bislama versions in IT Glue).\n4. Staff register Microsoft Authenticator on their own phone. No phone: they use the kiosk with a TAP reissued by HR.',
      ],
      [
        'Smoko-room kiosk PCs',
        'Two PCs in the smoko room (KCP-KIOSK1/2) run Windows in Intune multi-app kiosk mode (Edge + Teams + the timesheet web page) and sign in automatically.\n- Stuck on one screen / frozen: press Ctrl+Alt+Del > Sign out; it signs back into kiosk mode. If still frozen, hold the power button and restart.\n- "This app has been blocked by your system administrator": expected for anything not in the kiosk profile.\n- Users must sign out of Teams in Edge when they finish (the sign-out tile is on the kiosk page); the PC also clears the session after 10 minutes idle.',
      ],
      [
        'End of season',
        'Accounts expire automatically on 30 June. In July run `Remove-KCPSeasonal.ps1` to delete expired accounts and reclaim F1 licences, and reduce the licence count in Pax8.',
      ],
    ],
  ),
  article(
    'ac-pk-site-wireless',
    'Kaimai Coast Packers — packhouse to coolstore wireless bridge and handheld scanners',
    packhouse,
    'Kaimai Coast Packers / Network',
    [
      [
        'Layout',
        'The packhouse (office + grading hall) and the coolstore block 300 m away are linked by a Ubiquiti airMAX point-to-point bridge (two PowerBeam 5AC units: one on the packhouse roof, one on the coolstore plant room wall, powered by PoE injectors in each comms cabinet). Both sites run UniFi access points, managed in the UniFi console (site "Kaimai Coast"). SSIDs: KCP-Office, KCP-Scan (Zebra TC52 handheld scanners for bin and pallet scanning), KCP-Guest.',
      ],
      [
        'Coolstore completely offline (packhouse fine)',
        '1. The bridge is down. UniFi console / UISP: check whether the coolstore PowerBeam is reachable (192.168.50.3).\n2. Ask the coolstore supervisor to check the PoE injector in the coolstore plant room has power (green LED) and power-cycle it.\n3. After storms or high wind, dish alignment may have moved — signal below –65 dBm in UISP means it needs realignment; book our Tauranga contractor (details in IT Glue) with a cherry picker.\n4. Temporary workaround: the coolstore office has a 4G router (KCP-COOL-4G) that can be switched on for email only.',
      ],
      [
        'Handheld scanners dropping out in the coolstore',
        '1. Expected at the far end of cool rooms 7–9 (coverage gap); scanners queue scans and sync when back in range.\n2. If dropping everywhere: check the coolstore APs are online in UniFi; the cold (0–1 °C) drains TC52 batteries fast — a battery under 20% causes Wi-Fi dropouts. Swap batteries at the charging rack.\n3. Scanners must roam between APs: KCP-Scan has fast roaming (802.11r) on; do not turn it off.\n4. Re-join a scanner: Settings > Network & internet > Wi-Fi > KCP-Scan, password in IT Glue.',
      ],
    ],
  ),
  // ================================================================ Client: Te Rūnanga o Manawa Trust
  article(
    'ac-tm-registry',
    'Te Rūnanga o Manawa — Rēhita member registration app (Power Apps)',
    trust,
    'Te Rūnanga o Manawa / Applications',
    [
      [
        'Overview',
        'The trust\'s iwi member (registered beneficiary) register is a Power Apps model-driven app called "Rēhita" on a Dataverse environment (Manawa-Prod). New registrations come in from the public registration form on the trust website (Microsoft Forms) via a Power Automate flow "Rēhita – new registration", which creates a pending record for the registrations team to verify whakapapa and approve.',
      ],
      [
        'Access',
        'Access is controlled by the security group `SG-Rehita-Users` (read/write) and `SG-Rehita-Admins`. Only the Registrations Manager (Ana Paewai) can approve who is added — register data is highly sensitive personal information. Users also need a Power Apps per-app licence (assigned via the same group).\nError "You do not have permission to view this data" / "Insufficient privileges" = user is not in the group or the licence has not applied yet (allow 30 minutes after adding, then sign out/in of Power Apps).',
      ],
      [
        'Registrations from the website not arriving',
        '1. Power Automate (make.powerautomate.com) > environment Manawa-Prod > My flows/Shared > "Rēhita – new registration" > Run history.\n2. Failed runs with "Unauthorized" or "connection invalid": the flow\'s connection (owned by svc-rehita@) needs re-authenticating — Connections > fix connection. Then Resubmit the failed runs.\n3. Flow turned off: it is suspended after 90 days of no runs or a licence change. Turn on and resubmit.\n4. No runs at all: check the Microsoft Form is still accepting responses.',
      ],
      [
        'Privacy',
        'Never export the register to Excel on personal devices or email it. Bulk exports (e.g. for election rolls) are done by Ana only.',
      ],
    ],
  ),
  article(
    'ac-tm-boardpro',
    'Te Rūnanga o Manawa — trustees: BoardPro board papers and trustee accounts',
    trust,
    'Te Rūnanga o Manawa / Governance',
    [
      [
        'Overview',
        'The seven elected trustees use BoardPro for board packs, minutes and resolutions, mostly on iPads (BoardPro app). The Board Secretary (Kiri Tautahi) administers BoardPro; we support trustee Microsoft 365 accounts and the trust-owned iPads.',
      ],
      [
        'New trustee (after elections / AGM)',
        '1. Create a Microsoft 365 account firstname.lastname@manawa.iwi.nz with Business Basic, add to `Trustees` group and the Teams team "Poari".\n2. Kiri invites them to BoardPro (BoardPro > Settings > Users > Invite, role "Director").\n3. Issue a trust iPad from stock: enrolled in Intune via Apple Business Manager, with BoardPro, Outlook and Teams pushed automatically. Set up MFA with a Temporary Access Pass at the handover.\n4. Outgoing trustee: Kiri archives them in BoardPro; we follow the standard leaver steps and wipe the iPad.',
      ],
      [
        'Trustee cannot see board papers',
        '1. Papers only appear once Kiri publishes the meeting pack; drafts are invisible to trustees.\n2. In the iPad app: pull down to refresh, or sign out and back in. Papers are downloaded for offline reading — the iPad needs Wi-Fi once after publishing.\n3. Forgotten BoardPro password: "Forgot password" on the BoardPro login (BoardPro accounts are separate from Microsoft 365). Kiri can resend an invite if the account was never activated.\n4. App crashes: update BoardPro from Self Service / App Store; iPadOS must be within two major versions.',
      ],
    ],
  ),
  article(
    'ac-tm-boardroom-av',
    'Te Rūnanga o Manawa — boardroom Teams Room and livestreaming hui / AGM',
    trust,
    'Te Rūnanga o Manawa / Meeting rooms',
    [
      [
        'Equipment',
        'Boardroom (Te Whare Kōrero): Microsoft Teams Rooms on a Logitech Rally Bar with a Logitech Tap touch controller on the table, 75" display, and two Rally mic pods. Room account: boardroom@manawa.iwi.nz (Teams Rooms Pro licence). HDMI share cable at the table.',
      ],
      [
        'Running a hybrid hui',
        '1. Book the room in Outlook by adding "Te Whare Kōrero boardroom" to the Teams meeting invite; the meeting appears on the Tap — press Join.\n2. Ad-hoc: Tap > Meet now / Join with an ID.\n3. To share a laptop, plug in the HDMI cable; it shows in the room and in the meeting.',
      ],
      [
        'Troubleshooting',
        '- Online people cannot hear the room: check the mic pods are not muted (red LED) and on the Tap > Device settings that the microphone is "Logitech Rally".\n- Room cannot hear online people: on the Tap > Device settings, speaker must be "Logitech Rally" not the TV; check the TV volume isn\'t the only thing turned down.\n- Screen blank: TV input must be HDMI 1 (Rally Bar).\n- Tap frozen / "Not connected to the room": Tap > More > Settings > Restart device, or power-cycle the Rally Bar power supply in the cabinet.',
      ],
      [
        'Livestreaming the AGM / wānanga',
        'Use a Teams town hall (not a normal meeting) so up to 10,000 whānau can watch without a trust account: Teams > Calendar > New > Town hall, set attendee access to "Public", add the boardroom account as a presenter, share the public attendee link on the trust\'s Facebook page. Run a test with the Communications Advisor the week before. Recordings are saved to the organiser\'s OneDrive and can be published after.',
      ],
    ],
  ),
  article(
    'ac-tm-grants',
    'Te Rūnanga o Manawa — grants and karahipi (scholarships): SmartyGrants and the pūtea mailbox',
    trust,
    'Te Rūnanga o Manawa / Applications',
    [
      [
        'Overview',
        'Grant and karahipi (scholarship) rounds run in SmartyGrants (manawa.smartygrants.com.au). Applicants apply there; staff assess there. The shared mailbox putea@manawa.iwi.nz handles applicant questions. The Grants Lead (Hemi Rāwiri) administers SmartyGrants users.',
      ],
      [
        'Staff access',
        'New grants staff or assessors: Hemi adds them in SmartyGrants > Users > Add user (role Assessor or Program Manager). SmartyGrants logins are separate from Microsoft 365. Add the staff member to putea@ (Full Access + Send As) via the shared mailbox procedure.',
      ],
      [
        'Applicants not receiving emails',
        'Confirmation and reminder emails are sent by SmartyGrants from noreply@smartygrants.com.au on behalf of putea@.\n1. Ask the applicant to check junk/spam and search for "SmartyGrants".\n2. In SmartyGrants > Applications > the application > Emails log, check if the email was sent and whether it bounced (mistyped email addresses are common — correct the contact and resend).\n3. If replies from applicants to putea@ are going missing, check our tenant quarantine (see the generic quarantine article).',
      ],
      [
        'Round opening checklist',
        'Before a round opens Hemi checks the form in preview mode, and we confirm putea@ has enough space and the auto-reply (with the round dates) is on.',
      ],
    ],
  ),
  // ================================================================ Client: Whitcombe Rata Chartered Accountants
  article(
    'ac-wr-fyi',
    'Whitcombe Rata — FYI Docs: Outlook add-in, filing email, editing documents',
    accountants,
    'Whitcombe Rata / Applications',
    [
      [
        'Overview',
        'Whitcombe Rata keeps all client documents and filed email in FYI Docs, synced with Xero Practice Manager (XPM) for clients and jobs. FYI users are managed by the Practice Manager (Karen Hollis) in FYI > Admin > Users. Staff file email with the FYI Outlook add-in and edit documents through FYI Desktop.',
      ],
      [
        'FYI add-in missing from Outlook',
        '1. The add-in is deployed centrally (Microsoft 365 admin center > Settings > Integrated apps > FYI) to the group `WR-Staff`. A new staff member or a new Outlook profile can take up to 24 hours to get it.\n2. Classic Outlook: File > Manage Add-ins / Get Add-ins > Admin-managed — check FYI is listed. New Outlook: Apps > FYI.\n3. If it is listed but the button is missing, the ribbon may be collapsed (click the … on the simplified ribbon) or the add-in was disabled: File > Options > Add-ins > Manage: Disabled Items.\n4. Sign in to the add-in with the FYI account (Microsoft sign-in).',
      ],
      [
        'Documents open read-only or will not save back',
        'FYI Desktop must be installed and signed in (system tray icon "FYI Desktop"). Without it, documents download as a copy and open read-only.\n1. Check FYI Desktop is running; if not, start it from the Start menu. Reinstall from FYI > Help > Downloads if missing.\n2. A document checked out by another staff member opens read-only — FYI shows a padlock and their name.\n3. After editing, close the document; FYI Desktop uploads the new version (check the tray icon for "Upload complete").',
      ],
      [
        'Filing rules not working',
        'Automated filing of email by client code depends on XPM client codes. If email is not auto-filed, the client record in XPM is missing the email address — the team updates XPM, FYI syncs overnight.',
      ],
    ],
  ),
  article(
    'ac-wr-myir',
    'Whitcombe Rata — IRD myIR tax agent logons and the Xero Tax / XPM IRD connection',
    accountants,
    'Whitcombe Rata / Applications',
    [
      [
        'Tax agent logons',
        "Each accountant has their own myIR logon linked to the practice's tax agent list (agent ID in IT Glue). Logons are requested from IRD by the practice's myIR administrator (Karen Hollis, Practice Manager) — we cannot create or reset them.\n- Forgotten myIR password: \"Forgotten password?\" on the myIR login; the reset code goes to the staff member's work email.\n- Locked out after too many wrong attempts or codes: the user (or Karen) phones IRD's tax agent line; myIR locks can only be lifted by IRD.\n- 2-step verification codes go to the registered work email or authenticator; if the user changed phones, Karen can update the method in the practice's myIR user management.",
      ],
      [
        'Xero Tax / XPM "IRD connection needs reauthorising"',
        'The practice\'s gateway connection between Xero Tax (and XPM) and IRD expires periodically and after a change of the authorising myIR user.\n1. A user with myIR administrator access (Karen or a partner) signs in to Xero HQ > Xero Tax > Settings > "Connect to IRD" / "Reauthorise".\n2. Sign in with the myIR logon when redirected and approve the access.\n3. Refresh client lists in Xero Tax to confirm returns and statements are flowing again.\nWe can help with the browser (pop-ups allowed for xero.com and ird.govt.nz) but the authorisation itself must be done by Karen or a partner.',
      ],
      [
        'Busy periods',
        'Around 7 April (terminal tax) and 31 March (extension of time returns) IRD services can be slow; check the IRD service status page before troubleshooting PCs.',
      ],
    ],
  ),
  article(
    'ac-wr-scanning',
    'Whitcombe Rata — desk scanners (ScanSnap) and scanning client records into FYI',
    accountants,
    'Whitcombe Rata / Printers & scanners',
    [
      [
        'Devices',
        'Every accountant has a Ricoh (Fujitsu) ScanSnap iX1600 on their desk connected by USB. The office copier (Ricoh IM C3000, leased from Ricoh) is used for large jobs. Both scan into FYI via the "FYI Inbox" OneDrive folder that FYI watches.',
      ],
      [
        'ScanSnap not detected / scan button does nothing',
        '1. ScanSnap Home must be running (tray icon). If the icon shows a red cross, the scanner is not connected.\n2. Open the feed guide (it switches the scanner on) and check the USB cable goes directly into the laptop or dock, not a monitor hub.\n3. Our ScanSnaps are set to USB only. If someone ran the Wi-Fi setup, ScanSnap Home may be looking for it over Wi-Fi: ScanSnap Home > Settings > Scanner settings > Connection method > USB.\n4. Update ScanSnap Home (Settings > Software update); after a Windows feature update it sometimes needs a reinstall from the Ricoh site.',
      ],
      [
        "Scanning a client's records",
        '1. Up to ~100 pages: ScanSnap with profile "FYI Inbox" (double-sided, searchable PDF). Name the file with the XPM client code first (e.g. `SMI001 2025 receipts.pdf`) so FYI auto-files it.\n2. Boxes of receipts / bound records: use the copier\'s "Scan to FYI" one-touch button (scans to the same FYI Inbox folder via scan-to-folder). Remove staples; use the glass for fragile receipts.\n3. Check in FYI > Inbox that the document arrived, then file it to the client and job.',
      ],
    ],
  ),
  article(
    'ac-wr-onboarding',
    'Whitcombe Rata — onboarding accountants and graduates',
    accountants,
    'Whitcombe Rata / Onboarding',
    [
      [
        'Request',
        'Karen Hollis (Practice Manager) logs new starters; the graduate intake is every February. Follow the generic onboarding procedure, plus the items below.',
      ],
      [
        'Accounts',
        "1. Microsoft 365 Business Premium, groups `WR-Staff` and the team group (`WR-Tax`, `WR-Business Advisory` or `WR-Audit`).\n2. FYI Docs user (FYI > Admin > Users) — Karen creates it and assigns the licence; the FYI Outlook add-in follows from the WR-Staff group.\n3. Xero HQ / XPM: Karen invites the user and sets their XPM privileges and charge-out rate.\n4. IRD myIR tax agent logon: Karen requests it through the practice's myIR user management; it can take a few days, so grads shadow a senior for returns in the meantime.\n5. Confidentiality agreement signed before any access is enabled — Karen confirms in the ticket.",
      ],
      [
        'Equipment',
        'Laptop from Autopilot stock (Dell Latitude), Dell WD19S dock, two 24" monitors, ScanSnap iX1600 with ScanSnap Home and the "FYI Inbox" profile installed (from Company Portal), Jabra Evolve2 headset.',
      ],
    ],
  ),
];
