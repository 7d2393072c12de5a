/**
 * Set Z: a blind labelled KB set, written without reading the search code or any other set.
 * Signal Hill IT, a 14-person Cape Town MSP in Woodstock that keeps its global runbooks and its
 * clients' runbooks in Hudu: a Stellenbosch wine estate, a freight forwarder, a prep school and an
 * optometry group.
 */
import { article, type BenchArticle } from '../articles.ts';

export const SET_Z_CLIENTS = {
  estate: 'Steenbok Kloof Wine Estate (Pty) Ltd',
  freight: 'Tafelberg Freight & Logistics (Pty) Ltd',
  school: 'Constantia Hills Preparatory School (Pty) Ltd',
  optometry: 'Iris & Lens Optometrists (Pty) Ltd',
} as const;

const { estate, freight, school, optometry } = SET_Z_CLIENTS;

export const SET_Z_ARTICLES: readonly BenchArticle[] = [
  // ---------------------------------------------------------------- Microsoft 365
  article(
    'z-outlook-cred-prompt',
    'Outlook keeps prompting for credentials (modern auth / WAM)',
    null,
    'Microsoft 365',
    [
      [
        'Symptoms',
        `- Outlook desktop shows "Need Password" or "Disconnected" in the status bar.
- A Windows Security or Microsoft sign-in box keeps coming back after the user types the correct password.
- Often starts right after a password change, a new phone / MFA change, or after the laptop was renamed.
- OWA (outlook.office.com) works fine with the same account.`,
      ],
      [
        'Cause',
        `Stale tokens in Credential Manager, a broken Web Account Manager (WAM) broker, or old registry keys from the days of basic auth (EnableADAL=0 etc.) forcing Outlook down the legacy path which our tenant blocks (CA001 Block legacy auth).`,
      ],
      [
        'Fix',
        `1. Confirm the account is fine: user signs in to outlook.office.com in a private window. If that fails it's not an Outlook problem, see the MFA / Conditional Access / password articles.
2. Close Outlook, Teams and all Office apps.
3. Control Panel > Credential Manager > Windows Credentials. Remove everything starting with MicrosoftOffice16_Data and any msteams_adalsso entries.
4. regedit: HKCU\\Software\\Microsoft\\Office\\16.0\\Common\\Identity. Delete EnableADAL and DisableADALatopWAMOverride if present. Also check HKCU\\Software\\Microsoft\\Exchange for AlwaysUseMSOAuthForAutoDiscover = 0 and delete it.
5. Settings > Accounts > Access work or school. If the work account shows "Error" or "action required", click it and re-enter credentials. Do NOT click Disconnect on an Entra-joined laptop, you will lose the join.
6. If it still loops: rename %LOCALAPPDATA%\\Packages\\Microsoft.AAD.BrokerPlugin_cw5n1h2txyewy to .old (only on devices that are NOT Entra joined, check with dsregcmd /status first).
7. Open Outlook, sign in, approve the Authenticator prompt.`,
      ],
      [
        'Escalate',
        `If the sign-in log (Entra > Users > Sign-in logs) shows a Conditional Access failure, move to the Conditional Access article. If it is every user at one client at the same time, check service health in the admin centre before touching PCs.`,
      ],
    ],
  ),

  article(
    'z-outlook-ost-rebuild',
    'Outlook not updating, search broken or crashing: rebuild OST / new profile',
    null,
    'Microsoft 365',
    [
      [
        'Symptoms',
        `- New mail arrives in OWA / on the phone but not in Outlook desktop, or Outlook says "All folders are up to date" when they're clearly not.
- Status bar stuck on "Updating Inbox" or "Working Offline".
- Search returns nothing or "Something went wrong and your search couldn't be completed".
- Outlook crashes or hangs on "Processing" at startup.
- Folder unread counts wrong, items missing from sent items.`,
      ],
      [
        'Quick checks',
        `- Send/Receive tab > Work Offline must NOT be highlighted.
- Start Outlook in safe mode (Win+R, outlook.exe /safe). If it works in safe mode it's an add-in: File > Options > Add-ins > COM Add-ins, untick old stuff (old Mimecast, Adobe PDFMaker, Zoom plugin, third-party CRM plugins).
- Check free disk space, a full C: drive corrupts the OST.`,
      ],
      [
        'Fix',
        `1. Close Outlook. Rename the OST in %LOCALAPPDATA%\\Microsoft\\Outlook (user@domain.co.za.ost > .old). Open Outlook, it re-downloads. Big mailboxes take hours, warn the user.
2. If that doesn't work, create a new profile: Control Panel > Mail (Microsoft Outlook) > Show Profiles > Add. Set "Always use this profile" to the new one. Delete the old profile a week later.
3. For large mailboxes set the Cached Exchange Mode slider to 12 months (File > Account Settings > Account Settings > Change).
4. Search broken only: Windows Settings > Search > Searching Windows > Advanced indexer settings > Advanced > Rebuild. Make sure Outlook is ticked under Indexing Options > Modify.
5. Still crashing: Settings > Apps > Microsoft 365 Apps > Modify > Quick Repair, then Online Repair if needed.`,
      ],
      [
        'Notes',
        `Never import a PST back into a freshly rebuilt profile unless the user actually had local-only data. The new Outlook for Windows (the toggle top right) doesn't use an OST at all, if the user is on new Outlook just toggle back or clear its cache in %LOCALAPPDATA%\\Microsoft\\Olk.`,
      ],
    ],
  ),

  article(
    'z-exo-shared-mailbox',
    'Shared mailboxes: access, Send As, automapping and sent items',
    null,
    'Microsoft 365',
    [
      [
        'Granting access',
        `Exchange admin center > Recipients > Mailboxes > pick the shared mailbox > Delegation.
- Read and manage (Full Access): can open the mailbox.
- Send as: mail looks like it came from the shared address.
- Send on behalf: shows "user on behalf of info@".
Get written approval from the client contact listed in Hudu before giving anyone access to accounts@, hr@ or payroll@ type mailboxes.`,
      ],
      [
        'Automapping',
        `With Full Access the mailbox appears in Outlook automatically within about 60 minutes (restart Outlook). If it never shows: File > Account Settings > Change > More Settings > Advanced > Add. To stop automapping (user has access to 10 mailboxes and Outlook is crawling), remove permission and re-add via PowerShell:
Add-MailboxPermission -Identity info@ -User jane@ -AccessRights FullAccess -AutoMapping $false`,
      ],
      [
        'Sent items going to the wrong folder',
        `By default mail sent "as" the shared mailbox lands in the user's own Sent Items. Fix for the whole mailbox:
Set-Mailbox info@client.co.za -MessageCopyForSentAsEnabled $true -MessageCopyForSendOnBehalfEnabled $true`,
      ],
      [
        'Errors',
        `- "You do not have the permission to send the message on behalf of the specified user": Send As not granted yet, or Outlook autocomplete cached an old entry. Permissions can take an hour; delete the autocomplete suggestion and retype the From.
- Reply goes out from the user's own name: they replied from their own mailbox, add the From field (Options > From) and choose the shared address.
- Mobile: in the Outlook app, Add account > Add a shared mailbox.`,
      ],
      [
        'Licensing',
        `Shared mailboxes under 50 GB need no licence. Over 50 GB or with an archive it needs Exchange Online Plan 2 / an archive add-on. Never sign in to a shared mailbox directly.`,
      ],
    ],
  ),

  article('z-exo-ndr', 'Bounce messages (NDR) and mail flow troubleshooting', null, 'Microsoft 365', [
    [
      'First step',
      `Get the full bounce (NDR) from the user, not a screenshot of the first line. Then do a message trace: Exchange admin center > Mail flow > Message trace > start a trace, sender/recipient, last 7 days (older than 10 days = extended report, takes hours).`,
    ],
    [
      'Common codes',
      `- 550 5.1.1 / 5.1.10 RecipientNotFound: typo or the address doesn't exist. Also happens when Outlook autocomplete has a stale X500 entry for an ex-employee, delete the suggestion.
- 550 5.7.1 Unable to relay / delivery not authorised: recipient's server or a restricted distribution group doesn't accept external senders. Check "Delivery management" on the group.
- 550 5.7.23 / SPF fail: the sending service isn't in the domain's SPF record. Every client domain must have v=spf1 include:spf.protection.outlook.com plus any third-party senders (Mailchimp, Xero, Sage, website forms) -all.
- 550 5.7.509 Access denied, sending domain does not pass DMARC: DKIM not enabled or SPF/DKIM misaligned. Enable DKIM in Defender > Email & collaboration > Policies > Email authentication settings > DKIM.
- 554 5.2.2 mailbox full: the recipient's mailbox, nothing we can do on our side.
- 4.4.7 message expired: the destination server never accepted it within 24h, usually their side.
- 550 5.1.8 Access denied, bad outbound sender: our user has been restricted for sending spam. Treat as a compromised account, see that article.`,
    ],
    [
      'Mail that never arrived',
      `If the trace shows "Quarantined" or "FilteredAsSpam": Defender portal (security.microsoft.com) > Email & collaboration > Review > Quarantine. Release and, if it's a legit business partner, add to the Tenant Allow/Block list. If the trace shows nothing at all the sender never sent it to us, ask them for their NDR or their trace.`,
    ],
    [
      "Our mail landing in other people's junk",
      `Check SPF/DKIM/DMARC with mxtoolbox.com and the headers of a test message to Gmail (Show original > SPF PASS / DKIM PASS / DMARC PASS). Missing DKIM is the usual cause. We publish DMARC at p=none first, then quarantine after 30 days of clean reports.`,
    ],
  ]),

  article('z-mailbox-full', 'Mailbox full / quota warnings and online archive', null, 'Microsoft 365', [
    [
      'Symptoms',
      `"Your mailbox is almost full", "Your mailbox is full" banner in Outlook, cannot send (Prohibit send quota), senders get 554 5.2.2.`,
    ],
    [
      'Quotas',
      `Business Basic / Standard / Premium: 50 GB primary. E3 / E5: 100 GB. Exchange Online Plan 1: 50 GB. Recoverable Items has its own 30 GB.`,
    ],
    [
      'Fix',
      `1. Check size: EAC > Mailboxes > user > Mailbox usage, or Get-MailboxStatistics user@ | fl TotalItemSize.
2. Quick relief: empty Deleted Items and Junk, find large attachments (Outlook search: size:>10MB).
3. Enable the online archive: EAC > Recipients > Mailboxes > user > Others > Manage mailbox archive > Enabled. Business Premium includes Exchange Online Archiving (1.5 TB auto-expanding).
4. Apply our retention policy "SHIT-Archive-2yr" (moves items older than 2 years to the archive): Set-Mailbox user@ -RetentionPolicy "SHIT-Archive-2yr" then Start-ManagedFolderAssistant user@. Takes up to a day to kick in.
5. The archive appears in Outlook as "Online Archive - user@..." after a restart. Users who say "my old mail is gone" need to be shown this.`,
    ],
    [
      "Don't",
      `Don't export to PST as a quota fix. PSTs on laptops are not backed up and break POPIA retention. Don't delete mail for the user without written OK.`,
    ],
  ]),

  article('z-teams-av', 'Teams: microphone, speaker, headset or camera not working', null, 'Microsoft 365', [
    [
      'Symptoms',
      `- Others can't hear the user, or user can't hear anyone.
- Camera shows black / initials only, or "We couldn't find a camera".
- Headset missing from the device list after an update.
- Works in Zoom / Windows Voice Recorder but not in Teams.`,
    ],
    [
      'Fix',
      `1. In Teams: Settings (...) > Settings > Devices. Pick the right speaker, mic and camera. Make a test call.
2. Windows Settings > Privacy & security > Microphone and > Camera: "Let desktop apps access" must be On.
3. Physical: mute switch on the headset cable (Jabra Evolve has one), camera privacy shutter on Lenovo / HP laptops (the little slider above the screen) or F-key camera kill switch (HP F10 on some models).
4. Only one app can own the camera: close Zoom, Google Meet tabs, the Windows Camera app.
5. Headset firmware: Jabra Direct or Poly Lens. Plug headset directly into the laptop rather than the dock to rule out the dock.
6. Reset Teams: new Teams = Settings > Apps > Installed apps > Microsoft Teams > Advanced options > Reset. Classic Teams = quit, delete %APPDATA%\\Microsoft\\Teams.
7. Camera still missing: Device Manager > Cameras. If it has a yellow triangle, update driver via Dell Command Update / Lenovo Vantage / HP Support Assistant.`,
    ],
    [
      'Call quality',
      `Robotic voice and drops for one user = their Wi-Fi or home internet. Whole office = check if the site is on LTE failover or if someone is uploading/syncing huge files. Use the Teams Call quality dashboard for the user.`,
    ],
  ]),

  article(
    'z-onedrive-sync',
    'OneDrive sync problems (red X, pending, duplicates, error codes)',
    null,
    'Microsoft 365',
    [
      [
        'Symptoms',
        `- Red X or "Sync pending" on files/folders for hours or days.
- Cloud icon in the tray says "Processing changes" with a huge number that never goes down.
- Duplicate files with the computer name appended, e.g. Budget-DESKTOP-4HJ2K.xlsx or "Budget (1).xlsx".
- Desktop / Documents empty on a new PC (Known Folder Move not finished).`,
      ],
      [
        'Fix',
        `1. Click the OneDrive cloud icon > View sync problems. Fix what it lists: invalid characters (" * : < > ? / \\ |), names starting with ~$, path longer than 400 characters, files over 250 GB.
2. Files open in another program (Excel, Pastel exports) won't sync until closed.
3. Pause syncing > Resume.
4. Reset: Win+R, %localappdata%\\Microsoft\\OneDrive\\onedrive.exe /reset. Wait 2 minutes, start OneDrive again if it doesn't restart itself.
5. Last resort: OneDrive settings > Account > Unlink this PC, then sign in again and pick the same folder (it merges).`,
      ],
      [
        'Duplicates with PC name',
        `This is OneDrive refusing to overwrite: two people edited the same file offline, or the same library is synced on two PCs logged in as different users. Open both, keep the right one, delete the other. Tell users to open shared Excel files from Teams/SharePoint (co-authoring) instead of the synced copy.`,
      ],
      [
        'Error codes',
        `- 0x8004de40: OneDrive can't connect to the cloud. Internet, proxy, or TLS. Check the user can open onedrive.com; on home networks restart the router; check Internet Options > Advanced TLS 1.2 on.
- 0x8004de90: OneDrive not fully set up, sign in again.
- 0x80070194: the cloud file provider exited unexpectedly. Reset (step 4).
- 0x8007016A: the cloud file provider is not running. Files On-Demand was turned off, re-enable in Settings > Sync and back up > Advanced.`,
      ],
      [
        'Good to know',
        `Our Intune baseline silently moves Desktop, Documents and Pictures into OneDrive (KFM). "Sync" a SharePoint library OR "Add shortcut to My files", never both, it creates duplicates. Storage: 1 TB per user, check at onedrive.com > settings.`,
      ],
    ],
  ),

  article(
    'z-sharepoint-access',
    'SharePoint & Teams files: access denied, access requests, sharing with outsiders',
    null,
    'Microsoft 365',
    [
      [
        'Symptoms',
        `"You need permission to access this item", "Sorry, this site hasn't been shared with you", "Access required" page with a Request access box, or a Teams channel Files tab showing an error while chat works.`,
      ],
      [
        'Fix access for staff',
        `1. Find out exactly which site / library / folder (get the URL).
2. If the site belongs to a Team, add the user to the Team (Teams > the team > ... > Manage team > Members > Add member). That gives them the whole site. This is the preferred way.
3. Private channels have their own separate site: the user must be added to the private channel too.
4. Otherwise: site > Settings gear > Site permissions > Share site / Advanced permissions. Avoid breaking inheritance on individual folders unless the client insists; record it in Hudu if you do.
5. Pending requests: Settings > Site permissions > Access requests. Site owners (client staff) get these by email and often ignore them.
6. Permission changes can take 15-30 minutes to show in the synced OneDrive folder.`,
      ],
      [
        'Sharing with people outside the company',
        `- Tenant level: SharePoint admin center > Policies > Sharing must allow "New and existing guests" (our default for all clients except where noted in the client's Hudu).
- Site level: Active sites > site > Settings > External file sharing.
- Share the folder with "Specific people", type their email, set Can edit if they must upload. The guest gets an email and a one-time code to verify.
- Don't use "Anyone with the link" for anything with personal information (POPIA).
- For a supplier that must upload regularly, use a dedicated folder and share only that folder.`,
      ],
    ],
  ),

  article(
    'z-m365-licensing',
    'Microsoft 365 licences: which one, buying more, fixing "Unlicensed Product"',
    null,
    'Microsoft 365',
    [
      [
        'Our standard',
        `- Office staff: Microsoft 365 Business Premium (includes Intune, Defender for Business, Entra P1, archiving).
- Frontline / warehouse / shared devices: Microsoft 365 F3.
- Email only (locums, part-timers, board members): Exchange Online Plan 1.
- Schools: A1 / A3 for Education.`,
      ],
      [
        'Checking and buying',
        `admin.microsoft.com > Billing > Your products shows assigned vs available. Need more? Order through our CSP portal (Pax8) on the client's subscription, never with a credit card in the client's admin centre. Annual commitment licences can only be reduced at renewal, so check with the account manager before ordering 10+. New licences show up in the tenant within 15 minutes.`,
      ],
      [
        'Assigning',
        `We use group-based licensing. Add the user to the group in Entra (LIC-M365-BP, LIC-M365-F3, LIC-EXO-P1). Don't assign directly in the admin centre unless the client doesn't have the groups yet.`,
      ],
      [
        'Unlicensed Product / activation errors',
        `Symptoms: red bar "Unlicensed Product", "Product Activation Failed", "Account Error" in File > Account, editing greyed out (read-only mode).
1. Check the user actually has an Apps licence (Basic and F3 do NOT include desktop Office).
2. File > Account > Sign out, close all Office apps, sign in again.
3. Delete %localappdata%\\Microsoft\\Office\\16.0\\Licensing and the Office entries in Credential Manager.
4. Run the Office licence reset: Microsoft's OLicenseCleanup.vbs or "Get Help" > Office activation troubleshooter.
5. Five-install limit: the user signs in to myaccount.microsoft.com > Office apps > Devices and signs out old PCs.
Shared / kiosk PCs use Shared Computer Activation (Intune config profile "Office - SCA").`,
      ],
      [
        'Removing licences',
        `Removing an Exchange licence starts a 30-day countdown to deleting the mailbox. Convert to shared first (see leaver checklist).`,
      ],
    ],
  ),

  // ---------------------------------------------------------------- Identity
  article(
    'z-mfa-reset',
    'MFA: new phone, lost or stolen phone, re-registering Authenticator',
    null,
    'Identity',
    [
      [
        'Verify the caller first',
        `Never reset MFA because of an email or a Teams message alone. Call the user back on the mobile number in the PSA / Hudu contact, or get their manager to confirm by phone. Attackers ask for MFA resets all the time.`,
      ],
      [
        'Reset',
        `1. Entra admin center > Users > user > Authentication methods.
2. Delete the old Microsoft Authenticator / phone entries, or click "Require re-register multifactor authentication".
3. Issue a Temporary Access Pass (Authentication methods > Add method > Temporary Access Pass, 1 hour, one-time use). Read it to the user over the phone.
4. User goes to https://aka.ms/mysecurityinfo on the PC, signs in with the TAP, adds Microsoft Authenticator on the new phone by scanning the QR code.
5. Test: sign out / sign in on office.com.`,
      ],
      [
        'Lost or stolen phone',
        `Do the reset above AND: revoke sessions (Entra > user > Revoke sessions), and if the phone had Outlook / Teams on it and is Intune enrolled, do a selective wipe (Intune > Apps > App selective wipe) or full wipe if it's a company phone. Tell the user to report the SIM to their network (SIM swap fraud).`,
      ],
      [
        'Phone upgrade',
        `Authenticator backup (iCloud / Google) restores personal accounts but work accounts come back as "Action required" and need re-registering. Easiest: before the old phone is wiped, user adds the new phone at mysecurityinfo.`,
      ],
      [
        'Notifications not arriving',
        `Check phone battery saver / "Deep sleep" for Authenticator on Samsung, notifications allowed, phone time set to automatic. The user can always open the app and use the 6-digit code instead. SMS and voice call are disabled in our baseline.`,
      ],
    ],
  ),

  article(
    'z-ca-blocked',
    'Sign-in blocked by Conditional Access (AADSTS53003, 53000, 50158) / travelling users',
    null,
    'Identity',
    [
      [
        'Symptoms',
        `- "You can't get there from here" / "This application contains sensitive information and can only be accessed from devices or client applications that meet <client> management compliance policy".
- Error codes AADSTS53003 (blocked by Conditional Access), AADSTS53000 (device not compliant / not managed), AADSTS53001 (device not domain joined), AADSTS50158 (external security challenge not satisfied).
- Works on the office laptop but not on a personal device, or works in SA but not overseas.`,
      ],
      [
        'Investigate',
        `Entra admin center > Users > user > Sign-in logs. Open the failed sign-in > Conditional Access tab: it names the policy that blocked (Failure) and shows location, device and app. Don't guess, read it.`,
      ],
      [
        'Our baseline policies',
        `- CA001 Block legacy authentication.
- CA002 Require MFA for all users.
- CA003 Block sign-ins from outside South Africa (plus allowed countries per client).
- CA004 Require a compliant (Intune) device for desktop Office apps and Teams.
- CA005 Unmanaged devices: browser-only, no downloads from SharePoint / OneDrive.
- CA006 Block admin roles except from our office IP.`,
      ],
      [
        'Travelling users',
        `Blocked by CA003 abroad: the client contact (manager) must approve with travel dates. Add the user to the group CA-Travel-Exception with an expiry (Entra > Groups > membership with access review, or set a reminder ticket to remove them). Ideally before they fly. Note the ticket number in the group description.`,
      ],
      [
        'Personal devices',
        `Personal phones: use Outlook / Teams app from the store and the Company Portal app; app protection policies allow that without full enrolment. Personal laptops / iPads in a browser: CA005 lets them read, not download. Personal devices in desktop Office apps: blocked by design, not a fault.`,
      ],
      [
        "Don't",
        `Never exclude a user from CA002 or disable a policy to "just get them working". Escalate to the security lead.`,
      ],
    ],
  ),

  article('z-password-reset', 'Password resets and account lockouts (AD and Entra)', null, 'Identity', [
    [
      'Identity check',
      `Same as MFA: call back on the known number or get manager confirmation. Never send a new password by email to the same mailbox.`,
    ],
    [
      'Reset',
      `- Cloud-only clients: Entra admin center > Users > user > Reset password. Tick "require change at next sign-in".
- Hybrid clients (on-prem AD, Entra Connect): reset in Active Directory Users and Computers on the DC, password writeback syncs it to M365 within about 2 minutes.
- Self-service: users registered for SSPR can go to https://aka.ms/sspr. Point them there first next time.`,
    ],
    [
      'Laptop still wants the old password',
      `Entra-joined laptops need internet at the login screen to accept the new password. Domain-joined laptops off-site use cached credentials: connect to the office network or VPN, then lock (Win+L) and unlock with the new password so the cache updates.`,
    ],
    [
      'Repeated lockouts',
      `Account locks every morning or every few hours with no wrong password from the user = something else is using the old password.
1. Find the source: on the PDC emulator, Event Viewer > Security > event 4740 shows the Caller Computer Name. Or use Microsoft's LockoutStatus.exe.
2. Usual suspects: old phone or tablet with the mail account still configured, mapped drive with saved credentials (Credential Manager), a scheduled task or service running as the user, an RDP session still logged in on the server.
3. Entra smart lockout (AADSTS50053) is separate: failed cloud sign-ins from a bot overseas. Check sign-in logs; if it's an attacker spraying, the account is fine but consider a password change.
Unlock: ADUC > user > Account tab > Unlock, or Unlock-ADAccount -Identity user.`,
    ],
    [
      'Policy',
      `Minimum 14 characters, no forced expiry, Entra banned password list with the client's name and "Cape Town", "Stellenbosch" etc. added.`,
    ],
  ]),

  // ---------------------------------------------------------------- Networking
  article('z-vpn-client', 'FortiClient remote access VPN: setup and common errors', null, 'Networking', [
    [
      'Our standard',
      `Clients with a FortiGate get FortiClient VPN (the free VPN-only client) deployed from Intune / Company Portal. Connection profile is pushed by Intune: Remote gateway vpn.<clientdomain>.co.za, port 10443, SAML login with their Microsoft 365 account (MFA via Authenticator). Exceptions are documented in the client's own runbooks.`,
    ],
    [
      'Errors',
      `- "Unable to establish the VPN connection. The VPN server may be unreachable (-14)": wrong gateway/port, the user's home ISP or a hotel/airport Wi-Fi blocking, or the client's FortiGate is offline (check our monitoring, maybe load-shedding at the office). Try the user's phone hotspot to rule out their network.
- "Credentials or SSLVPN configuration is wrong (-7200)": the user isn't in the VPN-Users group in Entra, or SAML cert on the FortiGate expired.
- "Unable to logon to the server. Your user name or password may not be configured properly (-12)": old local-user profile from before SAML; delete the profile and let Intune re-push.
- Stuck at 98% then drops: the virtual adapter. Uninstall FortiClient, reboot, reinstall from Company Portal. Also check another VPN (Cisco from a customer, NordVPN) isn't installed.
- Hotel / airport Wi-Fi: open a browser first and accept the captive portal.`,
    ],
    [
      'Connected but nothing works',
      `- Mapped drives not there: they map at logon, and the user logged on before connecting. Disconnect/reconnect the drive or run the "Map drives" shortcut. Use the full name \\\\srv01.corp.local\\share if short names fail (DNS suffix).
- "Network path not found": test ping srv01 and ping by IP. IP works, name doesn't = DNS on the tunnel, check the VPN DNS settings on the FortiGate.
- Home LAN uses the same subnet as the office (192.168.0.x / 192.168.1.x): routes clash. We try to keep office LANs on 10.x for this reason.`,
    ],
    [
      'Escalate',
      `FortiGate > Log & Report > System Events / VPN Events filtered by user shows why it was refused. L2 only.`,
    ],
  ]),

  article('z-wifi', "Office Wi-Fi: can't connect, drops, slow (UniFi)", null, 'Networking', [
    [
      'Symptoms',
      `"Can't connect to this network", connected but "No internet", drops when moving between rooms, one meeting room always bad, works for everyone except one laptop.`,
    ],
    [
      'One device only',
      `1. Forget the network and reconnect (password is in Hudu under the client's Wi-Fi entry).
2. Toggle Wi-Fi off/on, reboot.
3. Update the Wi-Fi driver (Intel AX201/AX211 drivers from Dell Command Update etc.). Old Realtek drivers drop on 5 GHz.
4. Phones: turn off "Private Wi-Fi address" / "Use randomised MAC" for the office network if the client uses MAC-based reservations.
5. netsh wlan show interfaces: signal under 60% in the spot where they sit = coverage problem, not the laptop.`,
    ],
    [
      'Everyone / an area',
      `1. UniFi Network controller (our hosted controller, site = client name) > Devices: is the AP online? After load-shedding APs come back only if the PoE switch did.
2. Clients list: look at signal (RSSI worse than -75 dBm is weak) and experience score.
3. Channel utilisation on 2.4 GHz over 70% in open-plan offices: push clients to 5 GHz, disable the 2.4 GHz radio on some APs.
4. Boardrooms: glass walls and TVs kill signal, a dedicated AP is usually the answer; log for the account manager.`,
    ],
    [
      'Notes',
      `Guest SSIDs are isolated: guests can't see printers or the server on purpose. Staff SSID passwords are rotated when someone with the password leaves (see leaver checklist).`,
    ],
  ]),

  article('z-dns-dhcp', 'No network on some PCs: DHCP, DNS and IP conflicts', null, 'Networking', [
    [
      'Symptoms',
      `- "Unidentified network" / "No internet access", IP address starting 169.254.x.x (APIPA).
- "Windows has detected an IP address conflict".
- Some websites open, others fail with DNS_PROBE_FINISHED_NXDOMAIN or "This site can't be reached", Teams still working.
- Several PCs dropped off at once, usually in the morning when everyone arrives.`,
    ],
    [
      'Triage',
      `ipconfig /all on the PC: IP, gateway, DNS servers, DHCP server, lease time.
- 169.254 = no DHCP answer. Try ipconfig /release then /renew.
- DNS servers 8.8.8.8 on a domain PC = wrong, domain PCs must use the DC's IP or logons and drive maps break.
- nslookup google.com and nslookup srv01: which one fails?
- ipconfig /flushdns after any DNS change.`,
    ],
    [
      'DHCP scope full',
      `Many 169.254 PCs at once = scope exhausted (phones, visitors, IoT). Check the DHCP server (Windows Server DHCP console > Scope > Address Leases, or FortiGate > Network > Interfaces > LAN > DHCP). Shorten lease time to 8 hours, delete stale leases, widen the scope, move guests to the guest VLAN.`,
    ],
    [
      'IP conflicts',
      `Someone set a static IP inside the DHCP range (usually a printer, NVR or a vendor's device). Find the MAC with arp -a, then the device. Fix with a DHCP reservation or a static IP outside the range, and note it in Hudu's IP list.`,
    ],
    [
      'Rogue DHCP',
      `Random PCs get a 192.168.1.x / 192.168.0.x address that isn't ours: someone plugged a home router or a cheap Wi-Fi extender into the network. Find it (check the DHCP server IP from ipconfig /all) and unplug it.`,
    ],
  ]),

  article(
    'z-firewall-changes',
    'Firewall changes: port forwards, unblocking websites, web filter blocks (FortiGate)',
    null,
    'Networking',
    [
      [
        'Process',
        `All firewall changes need approval from an authorised client contact (listed in Hudu) in the ticket. Vendors asking directly (CCTV installers, software suppliers) don't count. Log the change in the client's Hudu "Firewall changes" page: what, why, who approved.`,
      ],
      [
        'Website blocked',
        `Users see a FortiGuard page "Web Page Blocked!" with a category (e.g. Unrated, Newly Observed Domain, Malicious Websites).
1. Get the exact URL and the category from the block page.
2. Check it on https://www.fortiguard.com/webfilter. If it is a legit business site wrongly categorised, submit a re-rating request there.
3. Meanwhile add it to Security Profiles > Web Filter > the client profile > Static URL Filter as Allow (use wildcard *.domain.co.za).
4. Never allow a "Malicious Websites" or "Phishing" category site without the security lead.`,
      ],
      [
        'Port forwards / inbound access',
        `Policy & Objects > Virtual IPs > create VIP (external port > internal IP:port), then a firewall policy WAN > LAN with the VIP as destination. Restrict the source to the vendor's public IP wherever possible. We never forward RDP (3389) or SMB to the internet. For CCTV remote viewing prefer the vendor's cloud P2P app over port forwards. Remember that when the site fails over to LTE the public IP changes and forwards stop working.`,
      ],
      ['Geo-blocking', `Inbound is blocked from outside ZA by default. Outbound isn't.`],
    ],
  ),

  article('z-loadshedding', 'Load-shedding and power cuts: UPS, shutdown and bring-up', null, 'Networking', [
    [
      'Before',
      `- Check the schedule in EskomSePush for the client's area. City of Cape Town customers and Eskom-direct customers (many farms, Stellenbosch outskirts) are on different schedules and blocks.
- Each client's Hudu page lists UPS models and expected runtimes. Typical: server rack APC Smart-UPS 3000 ~40 minutes, network cabinet on a DC mini-UPS for the ONT and router 4+ hours.
- Servers shut down gracefully via PowerChute / NMC at 20% battery. Stage 4+ blocks of 4 hours are longer than any server UPS we have: that's expected.
- Put the site in maintenance mode in NinjaOne for the block so we don't get 50 "device offline" alerts.`,
    ],
    [
      'After power returns',
      `Bring-up order if things don't come back by themselves:
1. Fibre ONT and ISP router / FortiGate.
2. Core switch and PoE switches (APs and phones depend on them).
3. Server / NAS / hypervisor (BIOS set to "Power On" after AC loss; check it came up).
4. PCs and printers.
If the server came up before the network, services like DHCP or the Pastel database engine may have started without a network: restart them, or reboot the server once the network is up.`,
    ],
    [
      'UPS alarms',
      `- Beeping every 30 seconds: on battery. Normal during load-shedding.
- Continuous beep / "Replace Battery" / red battery LED after power returns: battery failed its self-test. Batteries last 3-4 years in our climate (longer in an air-conditioned room). Run a manual self-test from the front panel or the NMC web page; if it fails again, log a quote request for replacement batteries with the account manager.
- Overload: someone plugged a heater, kettle or laser printer into the UPS. Unplug it.`,
    ],
    [
      'Surges',
      `Switching surges when power returns kill power supplies and PoE switches. All critical kit must be behind the UPS or at least surge protection.`,
    ],
  ]),

  article('z-fibre-lte', 'Internet down: fibre fault checks and LTE/backup failover', null, 'Networking', [
    [
      'Is it just one site?',
      `NinjaOne / FortiGate cloud shows the site offline? Check our status board for other clients on the same fibre network (Vumatel, Openserve, Frogfoot, Octotel in Cape Town). Several down at once = area outage, check the FNO status page / load-shedding before sending anyone.`,
    ],
    [
      'Onsite checks (talk the user through it)',
      `1. Fibre ONT (the small box where the fibre comes in): PON solid green = fibre OK. LOS red or flashing = fibre break or dirty connector; nothing we can fix, log with the ISP.
2. ONT lights off = no power. Is it on the mini-UPS? Is the mini-UPS flat after load-shedding?
3. ISP router / FortiGate WAN1 link light.
4. Power cycle ONT then router, wait 5 minutes.`,
    ],
    [
      'Logging with the ISP',
      `ISP account numbers, circuit IDs and support numbers are on each client's Hudu "Internet" page. Get a reference number and put it in the ticket. Afrihost/Cool Ideas/Vox business lines usually have a 4-8 hour SLA; breaks from roadworks can take days.`,
    ],
    [
      'LTE failover',
      `Most clients have an LTE router (MTN or Vodacom business SIM) on FortiGate WAN2 with SD-WAN failover. Check Network > SD-WAN > Performance SLAs: when fibre fails the SLA goes red and traffic moves to LTE within about 30 seconds.
While on LTE:
- Expect slower speeds and a data cap (usually 100-200 GB). OneDrive / backups to the cloud are throttled by a traffic shaper.
- The public IP changes: anything relying on it breaks (scan-to-email relay connector, port forwards, IP-whitelisted supplier portals).
Failover not working: SIM out of data or suspended (check on the network's business portal), LTE router in the wrong mode (must be bridge/IP passthrough), or the SIM slot knocked loose. Failback to fibre is automatic.`,
    ],
  ]),

  // ---------------------------------------------------------------- Endpoints
  article(
    'z-windows-update',
    "Windows Update failing or stuck (0x800f0922, 0x80070002, 'Undoing changes')",
    null,
    'Endpoints',
    [
      [
        'How updates are managed',
        `Intune Windows Update for Business rings: Pilot (our staff + 1-2 client champions, 0 days), Broad (7 day deferral for quality updates, 60 for features), with a 5 day deadline after which the PC restarts itself. "Your organisation has paused updates" or a feature update not showing yet is the ring doing its job, not a fault.`,
      ],
      [
        'Symptoms',
        `Stuck at "Working on updates 30%", reboots to "We couldn't complete the updates. Undoing changes. Don't turn off your computer", same update failing every night, error codes in Settings > Windows Update > Update history.`,
      ],
      [
        'Stuck on the blue screen',
        `Leave it at least 1 hour (up to 2 on old HDD machines) before forcing power off. Forced off mid-update can make it loop; after 3 failed boots Windows goes to Recovery: Troubleshoot > Advanced > Uninstall Updates > latest quality update.`,
      ],
      [
        'Fix for failing updates',
        `1. Free space: at least 20 GB free on C:.
2. Settings > System > Troubleshoot > Other troubleshooters > Windows Update.
3. Admin cmd:
   DISM /Online /Cleanup-Image /RestoreHealth
   sfc /scannow
4. Reset the update components:
   net stop wuauserv & net stop bits & net stop cryptsvc
   ren C:\\Windows\\SoftwareDistribution SoftwareDistribution.old
   ren C:\\Windows\\System32\\catroot2 catroot2.old
   net start wuauserv & net start bits & net start cryptsvc
5. Install the specific KB manually from the Microsoft Update Catalog.`,
      ],
      [
        'Specific codes',
        `- 0x800f0922: usually the System Reserved / recovery partition too small, or the PC is on a VPN that blocks Windows Update. Disconnect VPN; for the partition, see Microsoft's KB5034441 resize steps (L2).
- 0x80070002 / 0x80070003: missing files from a previous download, step 4 fixes it.
- 0x8007000d: corrupt download, step 4.
- 0xc1900101: driver problem during feature update; update storage/graphics drivers, unplug the dock and USB devices.`,
      ],
    ],
  ),

  article('z-autopilot', 'New laptop setup: Autopilot and Intune enrolment errors', null, 'Endpoints', [
    [
      'Process',
      `New devices are bought through our distributor and registered to the client's Autopilot by hardware hash at order time. Group tag per client (e.g. TF-Std, SK-Std, IL-Clinic). Check it's in Intune > Devices > Windows > Enrollment > Devices before handing out. If not, on the device at OOBE press Shift+F10 and run:
powershell; Install-Script Get-WindowsAutopilotInfo; Get-WindowsAutopilotInfo -Online -GroupTag TF-Std`,
    ],
    [
      'User experience',
      `User connects to Wi-Fi or cable, signs in with their work email, approves MFA. The Enrollment Status Page (ESP) shows "Setting up your device for work" with Device preparation / Device setup / Account setup. Normal time 20-45 minutes on fibre, longer on LTE.`,
    ],
    [
      'Errors',
      `- 0x80180014: device blocked from enrolling, usually because it was previously enrolled and deleted. Intune > Devices > delete the old record AND in Enrollment > Devices re-assign profile; or unblock in Enrollment restrictions.
- 0x801c03ed: device not in Autopilot / deleted from Entra. Re-import hash.
- 0x80180018: user has no Intune licence. Check licence group.
- 80070774: hybrid join, domain controller can't be found. Device needs line of sight to the DC (office network), not for cloud-only clients.
- ESP stuck on "Apps (2 of 6)" then 0x800705b4 timeout: one app failing to install. Intune > Devices > device > Managed apps to see which. Usually a big LOB app (Pastel, Sage VIP) that shouldn't be in the ESP blocking list. Remove it from the required list for ESP and retry.`,
    ],
    [
      'Retry',
      `On the ESP error screen click "Reset device" or "Try again". Collect logs with "Collect logs" to a USB stick (MDMDiagReport) if it fails twice.`,
    ],
  ]),

  article(
    'z-intune-compliance',
    "Device not compliant / 'doesn't meet your organisation's requirements'",
    null,
    'Endpoints',
    [
      [
        'Symptoms',
        `- Outlook or Teams on a phone says "Your device doesn't meet your organisation's requirements" / "Check status in Company Portal".
- Laptop can't open Office desktop apps, error AADSTS53000.
- Intune shows the device Not compliant.`,
      ],
      [
        'Our compliance rules',
        `Windows: BitLocker on, Secure Boot, Defender real-time protection on, OS build no older than N-1, checked in within 30 days.
iOS / Android: OS minimum (iOS 16 / Android 12), device passcode, not jailbroken/rooted.
macOS: FileVault on, macOS N-2.`,
      ],
      [
        'Fix',
        `1. Company Portal app > Devices > this device > Check status. It says which rule fails.
2. Fix that thing (update the OS, set a passcode, see BitLocker article).
3. Sync: Company Portal > Check status / Sync. Windows: Settings > Accounts > Access work or school > the account > Info > Sync.
4. Compliance re-evaluation can take up to 8 hours; a sync usually does it in minutes.
5. Phone never enrolled: install Company Portal, sign in, follow prompts. iOS must install the profile via Settings > General > VPN & Device Management.
6. Third-party AV (old Avast/McAfee trial) disables Defender = noncompliant. Uninstall it, our EDR is the AV.`,
      ],
    ],
  ),

  article('z-bitlocker', 'BitLocker recovery key prompt at startup', null, 'Endpoints', [
    [
      'Symptoms',
      `Blue screen at boot: "BitLocker recovery. Enter the recovery key for this drive" with a Recovery key ID. Usually after a BIOS/firmware update, a TPM change, booting with a USB stick / dock attached, or the motherboard being replaced.`,
    ],
    [
      'Getting the key',
      `Verify the user's identity (call back on known number). Then, with the Key ID (first 8 characters) from the screen:
- Entra admin center > Devices > All devices > search the device name > BitLocker keys > Show recovery key.
- Or Intune > Devices > device > Recovery keys.
- Hybrid / older clients: ADUC > the computer object > BitLocker Recovery tab.
- The user can get it themselves at myaccount.microsoft.com > Devices > View BitLocker keys (from another device).
Read the 48 digits in groups of 6. Number keys on the top row work, numpad sometimes doesn't until NumLock.`,
    ],
    [
      'Asks every boot',
      `Prompt every restart after a BIOS update means the TPM measurements changed. Once in Windows, admin cmd:
manage-bde -protectors -disable C: -RebootCount 1
reboot, then it re-seals. If it keeps happening check the BIOS for TPM/PTT being toggled, or a Thunderbolt dock set as a boot device.`,
    ],
    [
      'Before BIOS updates',
      `Dell Command Update and Lenovo Vantage suspend BitLocker automatically; manual BIOS flashes don't. Suspend first: manage-bde -protectors -disable C: -RebootCount 2.`,
    ],
    [
      'No key found',
      `If the key isn't in Entra / AD the data is unrecoverable. Escalate to L2 before telling the user; check old AD objects and the MBAM export in Hudu for legacy machines.`,
    ],
  ]),

  article('z-printers', 'Printer offline, stuck print queue, garbage prints, 0x0000011b', null, 'Endpoints', [
    [
      'Scope',
      `Most clients lease Kyocera or HP MFPs from a copier vendor. Hardware faults (paper jams that won't clear, fuser errors, service codes like C6000) go to the copier vendor, number on the sticker on the machine and in Hudu. Our part is the network and the PCs.`,
    ],
    [
      'Printer shows Offline on one PC, others fine',
      `1. Ping the printer's IP from that PC.
2. Printer properties > Ports: if it's a WSD port, replace with a Standard TCP/IP port to the IP. WSD ports go offline randomly on Windows 11.
3. Printer IP changed (someone moved it / DHCP): set a DHCP reservation and update the port.
4. Remove and re-add: Intune-deployed printers come back after a sync; print-server clients: \\\\srv01 > double-click the printer.`,
    ],
    [
      'Stuck queue',
      `Jobs sitting there, nothing comes out, can't delete them:
net stop spooler
del /Q C:\\Windows\\System32\\spool\\PRINTERS\\*
net start spooler
On a print server do it on the server (all users' queues clear). Then check the printer panel for errors.`,
    ],
    [
      'Garbage / symbols printed',
      `Wrong driver: PCL driver sending to a printer expecting KPDL/PostScript or vice versa. Use the Kyocera KX driver (or HP Universal PCL6). Remove old driver packages in Print Management.`,
    ],
    [
      'Errors adding a shared printer',
      `0x0000011b / 0x00000709 / "Windows cannot connect to the printer": PrintNightmare hardening. Don't apply the RpcAuthnLevelPrivacyEnabled=0 registry hack. Install the driver on the PC first (admin) or deploy via Intune / Universal Print, and make sure the print server is patched and has the current Type 3 driver.`,
    ],
  ]),

  article(
    'z-scan-to-email',
    'Scan to email / scan to folder stopped working on the copier',
    null,
    'Endpoints',
    [
      [
        'Symptoms',
        `MFP shows "Send error", "Connection failed", "Authentication error" or a number like 1102 / 2101 on Kyocera. Usually it worked yesterday.`,
      ],
      [
        'Scan to email: which method does the client use?',
        `Check the client's Hudu "Copier" page.
A) SMTP relay (preferred): copier sends to <tenant>-co-za.mail.protection.outlook.com port 25, no auth, allowed by an inbound connector in Exchange that trusts the office's static public IP. Breaks when the public IP changes: new ISP, fibre down and site on LTE failover. Update the connector IP (EAC > Mail flow > Connectors) or wait for fibre to return.
B) SMTP AUTH: smtp.office365.com port 587 STARTTLS with scanner@ mailbox. Breaks when the password changes or SMTP AUTH is disabled.
   - 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant/Mailbox: Set-CASMailbox scanner@ -SmtpClientAuthenticationDisabled $false.
   - 535 5.7.3 Authentication unsuccessful: wrong password or the account needs MFA. The scanner account is excluded from MFA by CA with a named-location condition (office IP), which also fails on LTE.
   - 550 5.7.60 Client does not have permissions to send as this sender: the From address on the copier isn't scanner@; set it to scanner@ or give Send As.`,
      ],
      [
        'Scan to folder (SMB)',
        `- After Windows updates or a server migration: set the copier to SMB2/3 (Kyocera: System Menu > Network > Protocol > SMB client). SMB1 is off on all our servers.
- The scanning account (scan-svc) password expired or was changed: update it in the copier's address book entry.
- Folder moved/renamed or share permission removed: check \\\\server\\Scans share and NTFS permissions for scan-svc.
- Use the server IP rather than name if the copier can't resolve names.`,
      ],
    ],
  ),

  article('z-docks', 'Docking stations and external monitors', null, 'Endpoints', [
    [
      'Symptoms',
      `Monitors black / "No signal", only one of two monitors working, screens flicker or go black randomly, keyboard and mouse on the dock dead, laptop shows "Slow charger" or not charging on the dock.`,
    ],
    [
      'Fix',
      `1. Unplug the dock's power for 30 seconds, plug back, then reconnect the laptop. Fixes half the cases.
2. Use the right USB-C port on the laptop (the one with the Thunderbolt or DisplayPort logo). Some laptops have a charge-only port.
3. Win+P > Extend. Settings > System > Display > Multiple displays > Detect.
4. Update dock firmware AND laptop BIOS/graphics driver: Dell Command Update (WD19/WD22), HP Support Assistant / HP Firmware Installer (USB-C G5), Lenovo Vantage (ThinkPad docks).
5. Monitor input source must match the cable (HDMI 1 vs DP).
6. Try another cable. Cheap USB-C to HDMI adaptors can't do 4K60.`,
    ],
    [
      'Only one monitor',
      `- DisplayLink docks (e.g. Dell D6000, some Targus) need the DisplayLink driver installed, otherwise only the native output works.
- MacBook Air/Pro with base M1/M2/M3 chips support ONE external display natively (M3 Air: two with the lid closed). Dual screens need a DisplayLink dock plus the DisplayLink Manager app. Not a fault.
- MST daisy-chaining doesn't work on Macs.`,
    ],
    [
      'Charging',
      `"Slow charger" = dock supplies less than the laptop wants (WD19S 130W vs a 90W-only power brick). Use the correct power brick for the dock. Old docks with a dying power brick also do this.`,
    ],
  ]),

  article('z-slow-pc', 'Slow PC triage', null, 'Endpoints', [
    [
      'Ask',
      `Slow since when? Everything or one program? Slow to start up or slow all day? When did it last restart (a real restart, not shut down: Fast Startup means shut down doesn't reset anything)?`,
    ],
    [
      'Check',
      `- Task Manager > Performance: CPU, memory, disk. Disk at 100% on a machine with a spinning hard drive = the drive. Any PC still on an HDD gets an SSD quote.
- Memory: 8 GB is the minimum with Teams + Outlook + Chrome. 4 GB machines: quote RAM or replacement.
- C: drive under 10% free: clean up (Storage Sense, temp, old Windows.old).
- Task Manager > Startup apps: disable junk (Spotify, printer utilities, OneLaunch, etc.).
- Uptime in Task Manager > CPU. Over 7 days: restart.
- NinjaOne device page shows CPU/disk history, use it before remoting in.
- A scan running (SentinelOne / Defender) or OneDrive doing a first sync will make it slow for a while.
- Laptops: hot = throttling. Used on a bed/lap, blocked fans. Check power mode isn't on "Best power efficiency".`,
    ],
    [
      'Outcome',
      `If it's old (5+ years) or under spec, don't spend hours: recommend replacement to the account manager. Note the serial and age in the ticket.`,
    ],
  ]),

  article(
    'z-temp-profile',
    "Temporary profile / 'We can't sign in to your account' / desktop suddenly empty",
    null,
    'Endpoints',
    [
      [
        'Symptoms',
        `- Toast: "You've been signed in with a temporary profile. You can't access your files..."
- "We can't sign in to your account. This problem can often be fixed by signing out of your account and then signing back in."
- "The User Profile Service failed the sign-in. User profile cannot be loaded."
- Desktop empty, default wallpaper, Outlook wants to set up from scratch. User thinks files are deleted.`,
      ],
      [
        'First',
        `Tell the user not to save anything, it's lost when they sign out. Reboot once: often the profile was locked by AV / OneDrive at logon and comes back.`,
      ],
      [
        'Fix',
        `1. Sign in as local admin / via NinjaOne remote.
2. regedit > HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\ProfileList. Find the user's SID (ProfileImagePath = C:\\Users\\username).
3. If there are two keys, one ending in .bak: delete the one WITHOUT .bak (the temp one), rename the .bak one to remove .bak.
4. In that key set State = 0 and RefCount = 0. Reboot and sign in as the user.
5. Profile actually corrupt: rename C:\\Users\\username to username.old, delete the SID key, sign in fresh, copy data across from username.old (Desktop/Documents will come from OneDrive if Known Folder Move was on; check Downloads and AppData\\Roaming\\Microsoft\\Signatures manually).`,
      ],
      [
        'Causes to check',
        `Full C: drive, disk errors (chkdsk), a user profile over 100 GB, AV scanning NTUSER.DAT at logon.`,
      ],
    ],
  ),

  article('z-mac', 'Macs: enrolment, Office sign-in loops, printers and drives', null, 'Endpoints', [
    [
      'New Mac setup',
      `- Company-bought Macs (ordered through iStore Business / Core Group with our Apple Business Manager reseller ID) are assigned to Intune automatically: the user switches it on, connects to Wi-Fi and gets "Remote Management" during setup. Sign in with work account.
- Macs bought elsewhere: add to ABM with Apple Configurator on an iPhone, or user-enrol: install Company Portal for macOS from https://aka.ms/EnrollMyMac, sign in, install the management profile in System Settings > Privacy & Security > Profiles.
- Intune then pushes Microsoft 365 apps, Defender / SentinelOne, FileVault (key escrowed to Intune), the Wi-Fi profile and Platform SSO.`,
    ],
    [
      'Keychain / sign-in prompts',
      `Repeated "Microsoft Office wants to use your confidential information stored in 'Microsoft Office Identities Cache 2' in your keychain": type the Mac login password and click Always Allow. If it keeps coming back: Keychain Access > login > search "Microsoft Office Identities" > delete those entries (and "com.microsoft.OneAuth" ones), restart Office apps and sign in.`,
    ],
    [
      'Outlook for Mac',
      `New Outlook vs Legacy is the toggle in the Outlook menu. Sync issues: Outlook > Settings > Accounts > remove and re-add. Full reset: quit Outlook, delete ~/Library/Group Containers/UBF8T346G9.Office/Outlook/Outlook 15 Profiles (backup first). Updates come from Microsoft AutoUpdate.`,
    ],
    [
      'Printers and drives',
      `Printers: System Settings > Printers & Scanners > + > IP tab, address = printer IP, protocol LPD or IPP, use the vendor's macOS driver (Kyocera has one) rather than Generic PostScript for finishing options. File server: Finder > Go > Connect to Server > smb://srv01.corp.local/share, tick remember in keychain.`,
    ],
  ]),

  // ---------------------------------------------------------------- Applications
  article('z-sage-pastel', 'Sage Pastel Partner / Xpress on a network: common errors', null, 'Applications', [
    [
      'How it is set up',
      `Data lives on the server share (usually \\\\SRV01\\Pastel, mapped as P:). Each PC has the Pastel client install pointing to the server, and the Actian Zen (formerly Pervasive PSQL) engine runs as a service on the server: "Actian Zen Workgroup Engine" or "Zen Enterprise Server". All PCs and the server must be on the same Pastel version; after a Pastel update, update the server first, then every workstation.`,
    ],
    [
      '"Company in use" / "Company is locked"',
      `Someone has the company open, or Pastel crashed / a PC lost power and left a lock. Ask everyone to exit Pastel (check the finance PCs, they're left open overnight). If it's still locked with nobody in it: on the server check Actian Zen Monitor > Active Sessions and end the stale one, or restart the Zen service after hours. Don't delete files in the data folder by hand.`,
    ],
    [
      'Btrieve / Zen errors',
      `- 3006 / 3012 / 3014: the PC can't reach the database engine. Server off, P: drive disconnected, engine service stopped (common after load-shedding restarts) or firewall blocking port 1583/3351. Restart the Zen service on the server, reconnect P:.
- 161: user count exceeded on the Zen engine licence. Someone has two sessions, or a crashed PC is holding one. Clear it in Zen Monitor.
- 46: access denied to a file, read-only attributes or NTFS permissions on the data folder.
- 2: I/O error, file damaged. STOP. Don't let the client keep working; restore the file from last night's backup with the accountant.`,
    ],
    [
      'Registration',
      `"Program not registered" / "Evaluation period" / "Your registration has expired": the client's Sage subscription renewal. Client pays Sage, gets a new registration code, then Help > Register (must be run as admin on one PC, it registers the data folder). We can do the typing, not the payment.`,
    ],
    [
      'Performance',
      `Pastel over VPN is very slow and risks corruption: remote users must use RDP to a PC/server on site. Exclude the Pastel data folder and *.dat files from AV real-time scanning (SentinelOne exclusions are set per client).`,
    ],
  ]),

  article(
    'z-payroll',
    'Sage VIP payroll: tax year updates, e@syFile and common faults',
    null,
    'Applications',
    [
      [
        'Confidentiality',
        `Payroll is confidential. Only work on it with the payroll person present/approving. Don't take screenshots of payslip data into tickets.`,
      ],
      [
        'Tax year update (every February/March)',
        `The SA tax year starts 1 March. Sage releases the new tax tables and the year-end update in February. The client can't process March payroll until: 1) the February period is closed / year-end completed, 2) the new version is installed on the server and every payroll PC. Install as admin: server first (SQL database upgrade runs), then workstations. "Tax tables out of date" or "please install the latest update" when opening March = not updated yet.`,
      ],
      [
        'Licence',
        `"Your licence has expired" / "licence code invalid": VIP licences are annual per employee count. Client renews with Sage, Sage emails a new code; enter it under Utilities > Licence. Employee count increased beyond the licence also triggers it.`,
      ],
      [
        'e@syFile (EMP501)',
        `The bi-annual reconciliation is done in SARS e@syFile Employer, installed on the payroll PC. "Could not connect to SARS" / sync errors: check internet, that the PC's date/time is right, and that the FortiGate SSL inspection isn't intercepting *.sars.gov.za (exempt it). Update e@syFile when it asks, SARS rejects old versions near the deadline.`,
      ],
      [
        'Database',
        `VIP Premier uses SQL Server Express on the server (instance VIPPREMIER). "Cannot connect to the database" on all PCs = SQL service stopped on the server (restart it, check disk space). One PC only = network / the data path in the VIP settings.`,
      ],
      [
        'Emailed payslips',
        `VIP emails payslips via SMTP. Use the same method as scan-to-email (relay connector) and check that article when payslip emails fail with authentication errors.`,
      ],
    ],
  ),

  // ---------------------------------------------------------------- Security
  article('z-phishing', 'Phishing: user reports a suspicious email or clicked a link', null, 'Security', [
    [
      'User only received it',
      `1. Thank them. Ask them to use the Report button in Outlook (Report > Phishing). Don't forward it as an attachment to us unless asked.
2. In Defender (security.microsoft.com) > Email & collaboration > Explorer, search by sender / subject to see who else got it.
3. Take action > Soft delete for all recipients. Block the sender / domain / URL in Tenant Allow/Block Lists.`,
    ],
    [
      'User clicked the link',
      `- Only opened the page, typed nothing: run a full scan on the device (SentinelOne / Defender), clear browser, nothing more.
- Typed their password on the page, or approved an MFA prompt they didn't start: treat as compromised, go to the compromised account procedure NOW.
- Opened an attachment (HTML, ISO, ZIP with a .js/.exe, Office doc with macros): isolate the device in the EDR console and escalate.`,
    ],
    [
      'Local lures we keep seeing',
      `SARS eFiling refunds, "Your Microsoft 365 password expires today", DocuSign / SharePoint "document shared with you", courier delivery fees (The Courier Guy, PostNet), fake Standard Bank / FNB security alerts, invoice emails with an HTML attachment.`,
    ],
    [
      'Supplier changed bank details',
      `Any email saying a supplier changed banking details is assumed fraud (business email compromise) until the client phones the supplier on a number they already had, not the one in the email. Tell finance not to pay. If the email really came from the supplier's own mailbox, the supplier is compromised; warn them.`,
    ],
  ]),

  article('z-compromised', 'Compromised Microsoft 365 account: containment and clean-up', null, 'Security', [
    [
      'Signs',
      `- Contacts receive phishing / DocuSign / "shared a file" emails from the user that they never sent.
- Sent Items has mail the user didn't send, or sent items were deleted.
- Replies from customers disappear (inbox rule moving them to RSS Feeds, Archive, Conversation History or deleting them).
- Sign-ins from Nigeria, US VPS providers, "impossible travel" alert.
- User gets MFA prompts they didn't start.
- User can't send any mail: 550 5.1.8 Access denied, bad outbound sender = Microsoft restricted the account for spamming.`,
    ],
    [
      'Contain (do all of it, in this order)',
      `1. Reset password (long random), tell the user by phone.
2. Revoke sessions: Entra > user > Revoke sessions (Revoke-MgUserSignInSession).
3. Authentication methods: delete any method the user doesn't recognise (attacker-added phone numbers / authenticator apps).
4. Inbox rules: Get-InboxRule -Mailbox user@ | fl Name,Description. Remove anything the user didn't create. Check forwarding: Get-Mailbox user@ | fl Forwarding*; set to $null.
5. Entra > Enterprise applications > user consent: remove OAuth apps like "PERFECTDATA SOFTWARE", "eM Client", "Newsletter Software Supermailer".
6. If restricted for spam: Defender > Email & collaboration > Review > Restricted entities > Unblock (after steps 1-5 only).`,
    ],
    [
      'Investigate',
      `Audit log (Purview > Audit) for the last 30 days: MailItemsAccessed, FileDownloaded, New-InboxRule, Set-Mailbox. Sign-in logs: IPs and user agents. Did the attacker send phishing internally? Search-and-purge those messages (see Phishing).`,
    ],
    [
      'Notify',
      `Tell the client contact. The user should warn their contacts (a short "please ignore emails from me sent between X and Y"). If personal information was accessed, the client's Information Officer decides on notifying the Information Regulator under POPIA section 22; flag it to the account manager, we don't make that call. Record the incident in Hudu > client > Security incidents.`,
    ],
  ]),

  article('z-ransomware', 'Ransomware / files being encrypted: first response', null, 'Security', [
    [
      'Recognise',
      `- Files suddenly won't open; names have a new extension (.akira, .lockbit, .8base, random letters).
- Text/HTML notes in every folder (README.txt, HOW_TO_RECOVER_FILES.html, "!!!RESTORE!!!").
- EDR alert: ransomware behaviour / mass file modification.
- Server shares or NAS full of renamed files.`,
    ],
    [
      'Immediately (first 15 minutes)',
      `1. Phone Signal Hill incident lead (number pinned in Teams "Incident" channel). Don't just log a ticket.
2. Isolate: SentinelOne > Endpoints > Actions > Disconnect from network on affected machines. If no agent: pull the network cable and turn Wi-Fi off. Do NOT power off (keeps memory evidence) unless encryption is actively running and you can't isolate.
3. Disable the user account(s) involved and any admin accounts used on those machines.
4. If a file server is hit: stop the share (or disconnect the server from the network), and pause OneDrive/SharePoint sync tenant-wide is NOT possible, so check OneDrive for mass changes.
5. Protect backups: check backup repositories/ NAS are not mapped/reachable; make sure the offsite copy jobs stop overwriting good restore points.`,
    ],
    [
      'Then',
      `- Client MD / owner informed by the incident lead.
- Cyber insurer's hotline BEFORE engaging any outside forensics (most policies require their panel).
- Don't contact the attackers, don't pay, don't delete the ransom notes.
- SAPS case number if the insurer needs it. POPIA notification is the client's call (Information Officer).
- Recovery: from immutable / offsite backups (Veeam hardened repo / cloud copy) after the entry point is known. OneDrive: "Restore your OneDrive" to a time before encryption.`,
    ],
  ]),

  article('z-edr-alerts', 'SentinelOne / Defender alert triage and false positives', null, 'Security', [
    [
      'Where',
      `SentinelOne console (each client is a Site) > Incidents > Threats. Defender for Business clients: security.microsoft.com > Incidents & alerts. Alerts also come into the PSA as tickets.`,
    ],
    [
      'Triage',
      `For each threat look at: file path, signer, hash reputation (VirusTotal), command line, the user and what they were doing.
- Malicious + not mitigated: Kill, Quarantine, Remediate. If it ran, Rollback (uses VSS snapshots) and look for persistence.
- PUA / adware (OneLaunch, Wave Browser, PDF converter toolbars, "ByteFence", cracked software keygens): uninstall the app completely (Settings > Apps plus NinjaOne script "Remove-OneLaunch"), then resolve the threat. Tell the user why.
- Credential access (lsass dumping), lateral movement, anything on a server at 2am: escalate to L2 and consider the ransomware procedure.`,
    ],
    [
      'False positives',
      `Common ones: in-house Excel macros / VBA that shell out, old accounting or payroll updaters, custom PowerShell scripts from vendors, scanners' software.
1. Confirm with the client it's expected (who wrote the macro, which vendor).
2. Mark as threat: False positive / Benign, and create an exclusion BY HASH or by signer certificate, scoped to the client's site, never a global path exclusion like C:\\Users\\*.
3. Macros that change every week: exclude by the path of the workbook only with L2 approval. Document the exclusion in Hudu.`,
    ],
    [
      'Agent problems',
      `Endpoint shows "Offline" / not reporting for 7+ days: device off or agent broken. Reinstall via NinjaOne with the site token. Agent "Needs reboot" after upgrades: reboot. A user who sees "Threat blocked" popups for the same thing daily: find what re-downloads it (browser extension, startup item).`,
    ],
  ]),

  // ---------------------------------------------------------------- HR processes
  article('z-onboarding', 'New starter checklist', null, 'HR Processes', [
    [
      'Need from the client (5 working days before start)',
      `Full name, job title, department, manager, start date, office/branch, licence type (see licensing article), shared mailboxes / Teams / distribution groups, line-of-business apps, laptop or existing device, desk phone extension, any "same as <person>" instructions. Request must come from an authorised contact.`,
    ],
    [
      'Steps',
      `1. Create the user: cloud-only clients in Entra, hybrid clients in AD (copy the template user for the department, then check the group list, don't blindly copy someone's access).
2. Add to the licence group; mailbox appears in ~15 min.
3. Add to distribution lists, shared mailboxes (with approval), Teams / SharePoint sites.
4. Email signature: add to the CodeTwo signature group.
5. Device: assign an Autopilot laptop (group tag), or reuse a returned one after an Autopilot reset. Label it with the asset tag, record in Hudu.
6. MFA: create a Temporary Access Pass for day one, valid 8 hours from 08:00.
7. Desk phone / 3CX extension, voicemail PIN.
8. LOB apps (Pastel, VIP, CargoWise, Edupac, Optomate...): user accounts inside those apps are created by the client's own app admin. We install the software.
9. Send the welcome pack to the manager (not the new user's personal email) with credentials via a Hudu secure password share link.`,
    ],
    [
      'Day one',
      `Book a 30 minute remote session: sign in, MFA registration, Outlook, Teams, OneDrive, printing, Company Portal on their phone.`,
    ],
  ]),

  article('z-offboarding', 'Leaver checklist (offboarding)', null, 'HR Processes', [
    [
      'Before anything',
      `Only act on an instruction from an authorised contact (HR / MD) in writing, with the date and time access must end. Dismissals: do it at the exact time they give, often while the person is in the meeting.`,
    ],
    [
      'Steps',
      `1. Block sign-in, reset password, revoke sessions, delete MFA methods.
2. Convert the mailbox to shared (EAC > mailbox > Others > Convert to shared mailbox). Under 50 GB needs no licence.
3. Give the manager Full Access to that mailbox. Set an auto-reply if asked ("X no longer works at ..., please contact ...").
4. Forwarding to the manager only if requested and for a set period (max 90 days).
5. OneDrive: admin center > Users > user > OneDrive > Create link to files, give the manager access. Deleted users' OneDrives are kept 365 days in our baseline, then gone. Manager must copy what they need.
6. Remove licences (only after step 2), remove from groups, Teams ownership transferred.
7. Devices: collect laptop and company phone. Intune > Autopilot reset (laptop will be reused) or Wipe. Remove from LOB apps (ask client admin), VPN groups, 3CX extension (reassign or delete).
8. Shared secrets they knew: rotate the staff Wi-Fi password if they had it and the client wants, shared accounts in the password manager, alarm codes (client).
9. Hide from the address book.`,
    ],
    [
      'After 30 days',
      `Delete the account if the client confirms, keep the shared mailbox as long as they need.`,
    ],
  ]),

  // ---------------------------------------------------------------- Backup
  article('z-backup-restore', 'Restoring deleted or overwritten files and emails', null, 'Backup', [
    [
      'Ask first',
      `File name (or folder), where it was (OneDrive, a Teams/SharePoint site, the S: / P: server drive), when it was last OK, and whether it was deleted or overwritten.`,
    ],
    [
      'OneDrive / SharePoint / Teams files',
      `- Deleted less than 93 days ago: site Recycle bin (SharePoint site > Recycle bin, or onedrive.com > Recycle bin). If not there, "Second-stage recycle bin" at the bottom (site admin).
- Overwritten / corrupted: right-click the file > Version history > Restore the version from before.
- Lots of files damaged (sync mess, ransomware): OneDrive settings > Restore your OneDrive / SharePoint site > Settings > Restore this library, pick a date.
- Older than 93 days: our Microsoft 365 backup (Datto SaaS Protection), restore to the original location or a "Restored" folder.`,
    ],
    [
      'Server drives',
      `1. Previous Versions (Volume Shadow Copies, taken 07:00 and 12:00): right-click the folder > Properties > Previous Versions. User can often do it themselves.
2. Veeam: Veeam Backup & Replication console > Home > Backups > Disk > the server job > Restore guest files (Windows) > pick restore point > browse > Restore (Keep, so it comes back as RESTORED-filename) or Copy to a folder.
3. Files older than the local retention: restore from the cloud copy (Veeam Cloud Connect), slower.`,
    ],
    [
      'Email',
      `Outlook > Deleted Items > "Recover items recently removed from this folder" (14 days, 30 in our baseline). Older: Datto SaaS Protection restore.`,
    ],
  ]),

  article('z-backup-failures', 'Backup job failed alerts (Veeam, Datto SaaS)', null, 'Backup', [
    [
      'Rules',
      `Every failed job gets looked at the same day. Three consecutive failures or no good restore point for 48 hours = P2 and the account manager is told.`,
    ],
    [
      'Veeam errors',
      `- "Failed to create VM snapshot" / "VSS_E_WRITERERROR_TIMEOUT" / "Unable to release guest": on the guest run vssadmin list writers; a writer in Failed state (SQL, Exchange writer) = restart that service or reboot the VM after hours. Also check space on the guest's volumes.
- "There is not enough space on the disk" / "Repository is running out of free space": repository full. Check retention, delete orphaned backups (Backups > Disk (Orphaned)), don't just lower retention without telling the account manager.
- Backup copy job to the cloud repository failing: internet down or site on LTE (we throttle/skip copies on LTE), or the Cloud Connect provider's maintenance. It catches up when the link returns.
- NAS / repository offline after a power cut: NAS didn't power on by itself. Get someone onsite to press the button, then enable "power on after power loss" in the NAS settings.
- "Changed block tracking" warnings after a host restart: next run does a full read, slower but fine.`,
    ],
    [
      'Datto SaaS Protection',
      `"Backup paused" for a user: licence removed or account deleted. "Partial" for a SharePoint site: files with locked / oversized items, acceptable if under 1%.`,
    ],
    [
      'Test restores',
      `Once a month per client: restore one random file and one VM boot test (SureBackup). Record in Hudu.`,
    ],
  ]),

  // ---------------------------------------------------------------- Telephony
  article('z-voip', '3CX and Yealink phones: no service, one-way audio, call forwarding', null, 'Telephony', [
    [
      'Setup',
      `Clients on our hosted 3CX (pbx.signalhill.co.za/<client>) with Yealink T31/T43/T54 desk phones on PoE, SIP trunk from Switch Telecom or Telkom SIP. 3CX apps on mobile and Windows.`,
    ],
    [
      'Phone shows "No service" / "Registration failed" / "Network unavailable"',
      `1. Is the phone getting power and a link (PoE switch port)? Phones die with the PoE switch during load-shedding if it isn't on the UPS.
2. Reboot the phone (unplug the network cable 10 s).
3. 3CX admin > Phones: is the phone listed and provisioned? Re-provision if the MAC changed (new phone).
4. Whole site down = internet down, see fibre/LTE article.`,
    ],
    [
      'One-way audio / calls drop after 30 seconds or 15 minutes',
      `Almost always SIP ALG on the router/firewall mangling SIP. FortiGate: config system settings > set default-voip-alg-mode kernel-helper-based, and disable the sip session helper. ISP-provided routers: turn off SIP ALG in the web UI. Also check the site isn't on LTE (CGNAT on some LTE APNs breaks audio).`,
    ],
    [
      'Forwarding and status',
      `User sets it themselves in the 3CX web client (or app) > Status > set "Away"/"Out of office" and edit the forwarding rules for each status: e.g. Away > forward to mobile number. Office hours and holidays (public holidays in SA) are set by us in 3CX admin > Office hours.`,
    ],
    [
      'Voicemail',
      `Reset voicemail PIN: 3CX admin > Users > user > Voicemail > PIN. Voicemail to email goes to the user's mailbox.`,
    ],
  ]),

  article('z-rdp', 'Remote Desktop to a server or RDS host: common errors', null, 'Endpoints', [
    ['Rules', `RDP only over VPN or RD Gateway. Never port-forward 3389.`],
    [
      'Errors',
      `- "Remote Desktop can't connect to the remote computer for one of these reasons": server off/ asleep, not on VPN, wrong name. Ping it, try the IP.
- "The connection was denied because the user account is not authorized for remote login": add the user to the Remote Desktop Users group on the server (or the RDS users AD group for the collection).
- "Your credentials did not work": use DOMAIN\\username or username@domain.local, not just the first name. Delete saved credentials in the RDP client.
- "An authentication error has occurred. The function requested is not supported" (CredSSP): one side unpatched, update both.
- "The remote session was disconnected because there are no Remote Desktop License Servers available to provide a license": RDS licensing grace period (120 days) expired or the licence server isn't set. Check RD Licensing Diagnoser on the session host, point it at the licence server, make sure the CALs are installed. L2.
- "Another user is signed in": only admin mode allows 2 sessions on a non-RDS server.`,
    ],
    [
      'Stuck sessions',
      `User's session frozen / Pastel "in use" by a disconnected session: on the server Task Manager > Users > sign off, or quser then logoff <id>.`,
    ],
  ]),

  // ================================================================ CLIENT: Steenbok Kloof
  article(
    'z-sk-tasting-pos',
    'Steenbok Kloof: tasting room POS (Lightspeed iPads, Yoco, bar printer)',
    estate,
    'Runbooks',
    [
      [
        'Setup',
        `Tasting room and deli use Lightspeed Restaurant (K-Series) on 3 iPads, an Epson TM-m30III receipt printer at the till and an Epson TM-U220 at the bar (order dockets). Card payments on 2 Yoco Khumo machines. All on the SK-POS Wi-Fi (VLAN 30). Tasting room AP, switch and printers run off the tasting room inverter.`,
      ],
      [
        'iPad says Offline / orders not printing',
        `1. iPad must be on SK-POS, not SK-Guest (staff connect to guest for Instagram and the POS then can't see the printers). Settings > Wi-Fi > SK-POS (password in Hudu).
2. Lightspeed keeps working offline and syncs later; orders queue. Don't force-close the app while offline orders are queued.
3. Bar printer not printing: printer has static IP 10.30.30.51, check paper and the green light, power cycle. In Lightspeed Back Office > Printers, the bar printer must be online.
4. If all iPads are offline: check the farm network runbook (tasting room is at the end of the wireless link).`,
      ],
      [
        'Yoco',
        `Yoco machines work on their own SIM, Wi-Fi as backup. "No connection" on a Yoco = try Wi-Fi, then restart it (hold power 10s). Yoco support 087 550 9626 for card machine faults; we don't support the hardware. Use the spare machine in the office safe.`,
      ],
      [
        'Contacts',
        `Tasting room manager: Chantelle. Lightspeed support via the Back Office chat. Busy Saturdays: priority P2.`,
      ],
    ],
  ),

  article(
    'z-sk-weighbridge',
    'Steenbok Kloof: harvest intake, weighbridge PC and vintrace',
    estate,
    'Runbooks',
    [
      [
        'When it matters',
        `Harvest runs roughly mid-January to end March. During harvest any weighbridge fault is P1: trucks of grapes queue at the cellar and fruit sits in the sun.`,
      ],
      [
        'Setup',
        `Weighbridge (Avery Weigh-Tronix ZM405 indicator) connects by serial cable + USB-serial adaptor to SK-WB01 (the dusty Dell in the weighbridge office). Weighing software is WeighPro, it prints weigh tickets on the Epson LX-350 dot matrix and drops a CSV per load into \\\\SK-SRV01\\Harvest\\Intake, which the cellar team imports into vintrace (cloud cellar management, vintrace.net).`,
      ],
      [
        'Weight shows 0 / no reading / "Indicator timeout"',
        `1. Look at the indicator display itself. If the indicator shows the weight, the problem is between it and the PC.
2. The USB-serial adaptor moved ports (someone plugged it into another USB port, or Windows updated the Prolific driver). Device Manager > Ports (COM & LPT): note the COM number.
3. WeighPro > Setup > Indicator > set COM port to match (normally COM3), 9600 baud, 8N1. Restart WeighPro.
4. If the Prolific driver shows "THIS IS NOT PROLIFIC PL2303" / code 10: roll back to driver 3.3.2.102 (copy in \\\\SK-SRV01\\IT\\Drivers).
5. Indicator itself blank or showing errors: Avery service technician (number on the indicator), not us.`,
      ],
      [
        'Weigh tickets not printing',
        `LX-350: paper/tractor feed jammed, or the ribbon is dead. Set as default printer in WeighPro > Setup > Printer.`,
      ],
      [
        'vintrace',
        `Cloud app, accounts are managed by the cellar master (Pieter) in vintrace admin, not by us. Import fails: check the CSV folder is reachable from the cellar office PC, and that the file isn't still open in Excel.`,
      ],
    ],
  ),

  article(
    'z-sk-farm-network',
    'Steenbok Kloof: wireless link to cellar/tasting room and Starlink backup',
    estate,
    'Runbooks',
    [
      [
        'Layout',
        `Fibre (Octotel, 200/200) comes in at the manor house office where SK-FW01 (FortiGate 60F) and SK-SRV01 live. The cellar (900 m away) and tasting room are connected by a Ubiquiti airFiber 60 LR point-to-point link, manor roof > cellar roof, with a NanoBeam 5AC as backup link. Cellar and tasting room have their own UniFi switches and APs.`,
      ],
      [
        'Cellar / tasting room lost network, office fine',
        `1. UISP (our hosted instance) > Steenbok Kloof > check both radios. Link down or signal dropped by 10 dB+ = alignment or power.
2. After a strong south-easter the cellar dish has moved before. Signal on the airFiber drops; NanoBeam should carry traffic (slower). Log a site visit to realign.
3. After load-shedding: the cellar radio's PoE injector is on the cellar UPS which is small. If it's down everything at the cellar is down. Ask the cellar staff to check the injector (black box, green light) in the cellar office cupboard.
4. UniFi APs at the cellar on but no internet = the link, not the Wi-Fi.`,
      ],
      [
        'Starlink backup',
        `Starlink (business plan) on FortiGate WAN2, SD-WAN failover when Octotel is down. Starlink uses CGNAT: while on Starlink the RD Gateway (rds.steenbokkloof.co.za) used by the external bookkeeper is unreachable, and the SMTP relay connector for the copier fails. Nothing to fix, wait for fibre or advise using OWA. Starlink app (login in Hudu) shows obstructions; reboot the dish from the app.`,
      ],
    ],
  ),

  article('z-sk-pastel', 'Steenbok Kloof: Pastel Partner and the external bookkeeper', estate, 'Runbooks', [
    [
      'Setup',
      `Pastel Partner (3 user licence) with data in D:\\PastelData on SK-SRV01, share \\\\SK-SRV01\\Pastel mapped as P: by GPO. Users: Annelie (financial manager, SK-FIN01), the admin assistant, and the external bookkeeper from Fourie & Associates who connects through the RD Gateway rds.steenbokkloof.co.za to a session on SK-SRV01 (RD licensing: 5 user CALs).`,
    ],
    [
      'Company in use',
      `Annelie leaves Pastel open on SK-FIN01 every night and the PC sleeps. Remote to SK-FIN01 via NinjaOne and close Pastel properly. If the bookkeeper's RDP session is disconnected but still logged on, sign it off on SK-SRV01 (Task Manager > Users). Then see the generic Pastel article if still locked.`,
    ],
    [
      'Bookkeeper cannot connect',
      `1. Check if the estate is on Starlink failover (RD Gateway is unreachable on Starlink, see farm network runbook).
2. Their account is sk\\fourie.bk; password expiry is off, MFA is via the RD Gateway NPS extension (Authenticator prompt). If they changed phones, reset their MFA.
3. "No licence servers available": see RDP article, licensing is on SK-SRV01 itself.`,
    ],
    [
      'After power cuts',
      `SK-SRV01 shuts down at 20% UPS. When it comes back before the network, the Actian Zen engine sometimes starts broken: Pastel gives 3006 on all PCs. Restart the "Actian Zen Workgroup Engine" service on SK-SRV01.`,
    ],
    [
      'Updates',
      `Only on Annelie's request, never at month end (last 3 and first 5 working days). Server first, then SK-FIN01, SK-ADM01, and the RDS session (same server).`,
    ],
  ]),

  // ================================================================ CLIENT: Tafelberg Freight
  article('z-tf-vpn', 'Tafelberg Freight: Sophos Connect VPN and depot tunnels', freight, 'Runbooks', [
    [
      'Setup',
      `Tafelberg is a Sophos shop, NOT FortiClient. Head office and warehouse in Montague Gardens: Sophos XGS 2300 (TF-FW01). Depots in Durban (Bayhead) and Johannesburg (Isando) have XGS 116s with IPsec site-to-site tunnels to head office. Remote staff use Sophos Connect v2 (deployed by Intune) with a provisioning file from the user portal https://vpn.tafelbergfreight.co.za:4443.`,
    ],
    [
      'Authentication failed',
      `TF uses Sophos' own OTP (Sophos Authenticator app / Microsoft Authenticator with the Sophos token), NOT Microsoft sign-in. The user must type their AD password immediately followed by the 6-digit code in the password box (e.g. Password123456). Users almost always forget the code. If the token is lost: Sophos Firewall > Authentication > One-time password > reset the user's token, they re-scan the QR in the user portal.`,
    ],
    [
      "Connects but can't reach the server",
      `The warehouse LAN is still 192.168.1.0/24 (legacy, migration planned). Home routers on 192.168.1.x clash: VPN connects but nothing works. Workaround: user's phone hotspot, or change their home router's LAN to 192.168.50.x if they're comfortable. Don't forget CargoWise is cloud and doesn't need the VPN at all.`,
    ],
    [
      'Gateway unreachable',
      `Check TF-FW01 in Sophos Central. If head office is on the LTE backup the VPN hostname still points at the fibre IP, so remote VPN is down until fibre returns (DDNS isn't set up, known issue).`,
    ],
    [
      "Depot can't see head office",
      `Sophos Central > TF-FW01 > Site-to-site VPN > IPsec: tunnel status for TF-DBN / TF-JHB. Restart the connection (toggle). Durban's ISP (Openserve) drops the PPPoE at night sometimes, the tunnel doesn't always re-establish; toggling on the depot side fixes it.`,
    ],
  ]),

  article(
    'z-tf-cargowise',
    'Tafelberg Freight: CargoWise One (CW1) workstation issues',
    freight,
    'Runbooks',
    [
      [
        'Who does what',
        `CW1 is hosted by WiseTech. TF's CW1 admin (Nadia, Operations) creates users, roles, workflows, EDI. We handle installing the client, printing and network issues. Don't change anything inside CW1 configuration.`,
      ],
      [
        'Install',
        `Install from the TF CW1 portal link (in Hudu) as the user, it's a per-user ClickOnce-style install in %LOCALAPPDATA%. Needs the WiseTech root certificate and .NET Desktop Runtime; our Intune app "CargoWise Prereqs" does both.`,
      ],
      [
        '"Unable to connect to the server" / very slow for everyone',
        `1. Internet up? Check TF-FW01 WAN. On LTE backup CW1 works but slowly.
2. SSL/TLS inspection on the Sophos must exclude *.cargowise.com and *.wisetechglobal.com (web exceptions list "CW1"). If someone rebuilt the policy and removed it, CW1 fails with certificate/trust errors.
3. WiseTech status page for outages.`,
      ],
      [
        'Crashes / frozen forms',
        `Close CW1, delete %LOCALAPPDATA%\\WiseTech Global\\ cache folders (not the whole install), restart. Multi-monitor: if a form opens off-screen, Win+Shift+Arrow moves it back. Persistent crashes on one module: screenshot + time, send to Nadia to log with WiseTech.`,
      ],
      [
        'Printing',
        `Documents (HAWBs, invoices) print through Windows printers. Label printing from CW1 goes to the Zebra printers via the Zebra driver (see handhelds runbook). Printer missing in CW1 = missing in Windows.`,
      ],
    ],
  ),

  article(
    'z-tf-handhelds',
    'Tafelberg Freight: warehouse Zebra scanners, scanning Wi-Fi and label printers',
    freight,
    'Runbooks',
    [
      [
        'Setup',
        `Montague Gardens warehouse: 24 Zebra TC52 handheld scanners, Android, enrolled in Intune as dedicated devices (Managed Home Screen kiosk running the TF Scan web app and Zebra DataWedge). Wi-Fi SSID TF-WH-SCAN on Aruba APs (separate from the office UniFi). Label printers: Zebra ZT411 at dispatch, 3x ZD421 at the packing benches.`,
      ],
      [
        "Scanner won't connect / keeps dropping",
        `1. Known dead spots: bays 14-16 at the back (racking) and the cold room. Walk to the dispatch area and test.
2. Settings are locked; Managed Home Screen > the gear > Wi-Fi (exit PIN in Hudu).
3. Device shows "TF-WH-SCAN saved" but no connection: the Wi-Fi profile's cert/PSK was changed; sync from Intune (Managed Home Screen > Sync) or re-enrol.
4. Factory reset device: re-enrol by tapping the welcome screen 6 times, scan the QR code for enrolment profile "TF-Warehouse-Kiosk" (printout in the warehouse office, copy in Hudu).
5. Scanner reads nothing: DataWedge profile missing after reset, Intune re-pushes it within 15 minutes.`,
      ],
      [
        'Labels blank / faded / skipping',
        `- Blank labels: ZT411 uses thermal transfer with a ribbon; ZD421s are direct thermal (no ribbon). Blank on ZT411 = ribbon out or loaded wrong side. Blank on ZD421 = labels loaded upside down or wrong (non-thermal) label stock.
- Printing every second label / skipping: calibrate. ZD421: hold the feed button until it flashes twice and release. ZT411: menu > Sensor > Calibrate.
- Faded: clean the print head with an IPA pen, darkness +3 in printer settings.`,
      ],
    ],
  ),

  article(
    'z-tf-fleet',
    'Tafelberg Freight: Cartrack fleet portal and driver tablets (ePOD)',
    freight,
    'Runbooks',
    [
      [
        'Setup',
        `38 trucks. Each has a Samsung Galaxy Tab Active 3 in a cradle running the Cartrack Driver app and TF ePOD (proof of delivery, signature + photo). Tablets are Intune enrolled (Android Enterprise fully managed), Vodacom data SIMs. The fleet manager (Johan) and controllers use the Cartrack fleet web portal.`,
      ],
      [
        'PODs not syncing',
        `1. Tablet has mobile data? Top bar must show 4G/LTE. SIMs are on the Vodacom APN "internet"; if a driver messed with settings, re-push via Intune (config profile TF-Tablet-APN).
2. Data bundle depleted: check on the Vodacom Business portal (login in Hudu), TF finance tops up.
3. Wrong date/time on the tablet = uploads rejected. Set automatic date & time.
4. ePOD shows "pending uploads": leave the app open on Wi-Fi at the depot (TF-Drivers SSID in the yard) for 10 minutes.`,
      ],
      [
        'Lost or stolen tablet',
        `1. Intune > Devices > the tablet > Remote lock, then Wipe once the driver confirms it's gone.
2. Suspend the SIM on the Vodacom portal.
3. Tell Johan (he reports to insurance and Cartrack).
4. Replacement: enrol a spare from the depot cupboard (QR code enrolment "TF-Fleet-Tablet").`,
      ],
      [
        'Cartrack portal',
        `Portal users and passwords are managed by Johan in Cartrack, not us. "Invalid credentials" / locked out = Johan resets it. Portal down = Cartrack status/support. We only help with browser issues (clear cache, supported browser).`,
      ],
    ],
  ),

  // ================================================================ CLIENT: Constantia Hills Prep
  article('z-ch-edupac', 'Constantia Hills Prep: Edupac school admin and d6 sync', school, 'Runbooks', [
    [
      'Setup',
      `Edupac (school administration, fees, learner records) runs on CH-SRV01 with a SQL Server Express instance (EDUPAC). Used by the bursar (Mrs Daniels), front office and the principal's PA from the admin block PCs. The d6 Integrator service on CH-SRV01 syncs learners, classes and parents from Edupac to the d6 School Communicator app that parents use.`,
    ],
    [
      'Edupac won\'t open / "Database login failed"',
      `1. CH-SRV01 up? SQL Server (EDUPAC) service running? It sometimes fails to start after the server restarts from a power cut.
2. Start the service, then Edupac on the PC. If it's one PC only: check the mapped E: drive and the ODBC/connection settings in Edupac's setup.`,
    ],
    [
      'Fee statements / emails not sending from Edupac',
      `Edupac sends statements via SMTP from accounts@constantiahillsprep.co.za using SMTP AUTH on smtp.office365.com:587. Error "Authentication unsuccessful" after a password change: update the password in Edupac > Setup > Email settings. 535 5.7.139: SMTP AUTH was disabled on the mailbox, re-enable (see scan-to-email article). Sending 500+ statements at once hits Exchange's 30 messages/minute limit: Edupac retries, it's slow, not broken.`,
    ],
    [
      'd6 app shows wrong classes / missing learners',
      `d6 only knows what Edupac sends. 1) Check the data in Edupac is right (front office). 2) On CH-SRV01 check the "d6 Integrator" service is running and its last sync time in the d6 Integrator console. 3) Restart the service, force sync. 4) Still wrong after a sync: log with d6 support (support@d6.co.za) with a learner example. New year rollover: classes only update once Edupac's year-end promotion has been run by the office.`,
    ],
    [
      'Updates',
      `Edupac releases updates every few months; install in school holidays, server then the 5 admin PCs.`,
    ],
  ]),

  article(
    'z-ch-classroom-av',
    'Constantia Hills Prep: classroom panels, projectors and casting',
    school,
    'Runbooks',
    [
      [
        'Setup',
        `Grade 4-7 classrooms: Clevertouch UX Pro 75" interactive panels with a wall HDMI + USB plate at the teacher's desk. Grade 1-3 and the hall: Epson EB-series projectors with HDMI. Teachers have Lenovo ThinkPad L13 Yoga laptops. Wireless casting to Clevertouch via the built-in LYNX / Clevershare app.`,
      ],
      [
        'No picture / "No signal"',
        `1. Panel/projector on the right input: Clevertouch home button > Input > HDMI 1 (wall plate) or HDMI Front. Epson remote > Source Search.
2. On the laptop Win+P > Duplicate.
3. Try another HDMI cable: the wall plate cables get yanked daily. Spare cables in the IT cupboard next to the staffroom.
4. Hall projector: switch on at the wall switch by the stage first, wait for the lamp to warm up (2 minutes).`,
      ],
      [
        'No sound through the panel',
        `Windows picks the laptop speakers. Click the speaker icon on the taskbar > choose "Clevertouch" / the HDMI output. Panel volume not on 0/mute.`,
      ],
      [
        'Touch not working',
        `Touch needs the USB cable from the wall plate to the laptop as well as HDMI. Plug it in, wait for Windows to detect the touch screen. Touch lands on the wrong screen in Extend mode: use Duplicate, or Control Panel > Tablet PC Settings > Setup.`,
      ],
      [
        'Casting',
        `Clevershare needs the laptop on CH-Staff Wi-Fi and the panel on the same network; the 4-digit code on the panel changes each session. Learner iPads can't cast (blocked on purpose).`,
      ],
      [
        'Projector warnings',
        `"Lamp replacement" message / orange lamp light: the bursar orders lamps through the AV supplier (Audio Visual Cape); we fit them. Filter warnings: clean the filter.`,
      ],
    ],
  ),

  article(
    'z-ch-learner-accounts',
    'Constantia Hills Prep: learner accounts, learner password resets and shared iPads',
    school,
    'Runbooks',
    [
      [
        'Learner accounts',
        `Grade 4-7 learners have Microsoft 365 A1 accounts: firstname.surname@learners.chps.co.za, created from the Edupac export at the start of each year by us. Learners have no MFA, are blocked from external email, and can only use Teams/OneDrive/Office web.`,
      ],
      [
        'Learner forgot password',
        `Class teachers can reset passwords for their own grade: each grade is an Entra Administrative Unit and the grade's teachers are Password Administrators scoped to it. Teacher goes to https://entra.microsoft.com > Users > search learner > Reset password, and gives the learner the temporary password. If a teacher doesn't have the rights (new teacher, changed grade), we add them to the AU role and reset it ourselves meanwhile. Learner passwords are not to be emailed to parents.`,
      ],
      [
        'Grade 1-3 shared iPads',
        `60 iPads (10th gen) in charging trolleys, supervised via Apple School Manager and managed by Intune. Apps are bought in ASM Apps and Books and assigned by Intune; teachers request apps by ticket (app name + grade), allow 2 days.
- iPad stuck on "Remote Management" / "Connect to a Wi-Fi network" after a reset: it needs CH-Devices Wi-Fi (the PSK is in Hudu, ask IT to type it) to download the enrolment profile, then continues by itself.
- iPad says "This iPad is locked to the owner": Activation Lock, remove in ASM / Intune > Devices > Disable Activation Lock.
- Lost/missing iPad: Intune > device > Lost mode with a message "Please return to CHPS front office".`,
      ],
    ],
  ),

  article(
    'z-ch-wifi-filter',
    'Constantia Hills Prep: Wi-Fi networks and web filtering for staff and learners',
    school,
    'Runbooks',
    [
      [
        'Networks',
        `- CH-Staff: staff laptops (cert pushed by Intune, connects automatically). Staff personal phones are allowed on CH-Staff with the PSK? No: personal phones go on CH-Guest.
- CH-Devices: school iPads and Chromebooks only (Intune profile).
- CH-Guest: visitors, parents, staff phones. Voucher codes printed at the front office (UniFi Hotspot Manager, 1-day vouchers). Speakers/presenters: front office prints a voucher; internet only, no casting to panels.`,
      ],
      [
        'Web filtering',
        `FortiGate CH-FW01 applies two web filter profiles: "Learner-Strict" for CH-Devices and learner logons, "Staff" for CH-Staff. YouTube: Restricted Mode (strict) for learners, moderate for staff. Google and Bing SafeSearch enforced.
- Teacher needs a video that learners can't see because of YouTube restricted mode: teachers signed in to YouTube with their school account can approve individual videos (YouTube > video > Approve) - Google Workspace only, so for us: teacher plays it from their own laptop on CH-Staff through the panel. Or log a ticket with the URL and we add it to the allow list for Learner-Strict.
- Site blocked for a lesson: ticket with URL, grade and date. Same-day requests are handled if logged before 10:00. Generic unblocking steps are in the firewall article.`,
      ],
      [
        'Wi-Fi problems',
        `Classrooms in the new block (Gr 6-7) each have their own AP. Hall has 2 APs which get overwhelmed during events with 300 parent phones: CH-Guest is rate-limited, expected.`,
      ],
    ],
  ),

  // ================================================================ CLIENT: Iris & Lens Optometrists
  article('z-il-optomate', 'Iris & Lens: Optomate practice management system', optometry, 'Runbooks', [
    [
      'Setup',
      `Optomate Touch with SQL Server on IL-SRV01 at head office (Cavendish Square, Claremont). Branches (Tokai, Durbanville) connect over FortiGate site-to-site VPN and run Optomate locally pointing at IL-SRV01. Practice manager: Zainab (head office). Optomate users/permissions are managed by Zainab inside Optomate.`,
    ],
    [
      'Branch: "Cannot connect to database" / Optomate very slow',
      `1. Is the branch tunnel up? FortiGate IL-HO > VPN > IPsec Tunnels > to-Tokai / to-Durbanville. Bring up if down.
2. Branch on LTE backup or power cut at the branch? See branch power runbook.
3. If only head office works and tunnels are up: ping IL-SRV01 from the branch PC.
4. All sites fail: SQL Server (OPTOMATE) service on IL-SRV01.`,
    ],
    [
      'Recall SMSes / appointment reminders not sending',
      `Optomate sends SMS through its BulkSMS integration. Most common cause: SMS credits ran out. Zainab buys credits on the BulkSMS account (login in Hudu, but it's her account and her card). Check in Optomate > Communications > SMS log for "insufficient credits". Other cause: the Optomate Communications service on IL-SRV01 stopped; start it.`,
    ],
    [
      'Lens orders to labs',
      `Electronic lens orders go to the labs through Optomate's supplier integration. Order stuck in "Pending send": check the Optomate Communications service, then the lab's portal status. Lab rejects/pricing are between Zainab and the lab.`,
    ],
    [
      'Updates',
      `Optomate updates the SQL schema: after hours only, all sites closed, backup of the OPTOMATE database first.`,
    ],
  ]),

  article(
    'z-il-claims',
    'Iris & Lens: medical aid claims switching (Healthbridge) connectivity',
    optometry,
    'Runbooks',
    [
      [
        'Setup',
        `Claims and membership/benefit checks go from Optomate to the medical aids through the Healthbridge switch. The Healthbridge Switch Client service runs on IL-SRV01 and uses a client certificate issued per practice number.`,
      ],
      [
        'Scope',
        `This runbook is for connectivity only: "switch connection failed", "unable to contact switch", timeouts, certificate errors.`,
      ],
      [
        'Switch connection failed',
        `1. IL-SRV01 has internet? Check head office isn't on LTE (works on LTE, just slower).
2. Services on IL-SRV01: "Healthbridge Switch Client" running? Restart it.
3. Certificate: Healthbridge client certificate expires yearly (around October). Error "SSL handshake failed" / "certificate expired": request a new one from Healthbridge support with the practice number, install in the service's cert store (instructions in Hudu attachment).
4. FortiGate: outbound to Healthbridge's IP range on 443 must bypass SSL inspection (policy "IL-Healthbridge").
5. Still failing: Healthbridge support with the time and a claim reference.`,
      ],
    ],
  ),

  article('z-il-imaging', 'Iris & Lens: OCT and fundus camera PCs (vendor-managed)', optometry, 'Runbooks', [
    [
      'Setup',
      `Each consulting room has a Topcon Maestro2 OCT (Claremont, Durbanville) or Zeiss Visucam fundus camera (Tokai) with a capture PC (IL-OCT01/02, IL-FUN01) running the vendor software (Topcon IMAGEnet 6, Zeiss FORUM viewer). Images are exported to \\\\IL-SRV01\\Imaging and linked to the patient in Optomate.`,
    ],
    [
      'Vendor-managed PCs: rules',
      `- No Windows updates, no feature updates, no BIOS updates unless the vendor approves: the capture software is validated for a specific build. They're in the Intune group "IL-Imaging-NoUpdates" and excluded from WUfB rings.
- SentinelOne on these PCs is in Detect-only with the vendor's exclusions.
- Don't join them to anything new or rename them.
- Hardware/software faults in the device or the capture software go to the vendor (Topcon SA / Zeiss SA); contacts in Hudu.`,
    ],
    [
      'Export failed / images not showing in Optomate',
      `1. From the capture PC, can you open \\\\IL-SRV01\\Imaging in Explorer? It uses the local account il-imaging with a stored credential.
2. If the IL-SRV01 password for il-imaging was changed or expired, update it in Credential Manager on the capture PC (Windows Credentials > IL-SRV01).
3. Branch PCs: branch VPN tunnel must be up (see Optomate runbook).
4. Disk space on IL-SRV01's D: (imaging grows ~50 GB/month).`,
    ],
  ]),

  article(
    'z-il-branch-power',
    'Iris & Lens: branch inverters, LTE backup and load-shedding procedure',
    optometry,
    'Runbooks',
    [
      [
        'Setup',
        `Head office (in a mall) has the mall's generator. Tokai and Durbanville branches each have a 5 kVA Sunsynk inverter with 5 kWh lithium battery (installed by SunPower Cape, not us) that powers the sockets marked red: PCs, network cabinet, card machines, and the OCT/fundus camera. Internet: Vumatel fibre, with a Huawei LTE router (MTN) as failover on the FortiGate.`,
      ],
      [
        'During load-shedding',
        `Normal stage 2-4: the inverter carries everything for 4+ hours, nothing to do. Kettles, heaters and the aircon are not on red sockets and must stay that way.
When the inverter battery drops below 30% (inverter display, or SunSynk Connect app, login in Hudu):
1. Finish and save the current patient.
2. Shut down the OCT / fundus camera PC and device first (biggest load, and vendor says no hard power-offs).
3. Then the second consulting room PC.
4. Keep the front desk PC, network cabinet and card machine running to the end.`,
      ],
      [
        'Branch offline in monitoring',
        `1. Check the inverter display: "Grid lost" and battery level. Battery flat = wait for power.
2. Power on but branch offline: fibre down? FortiGate should have failed to LTE; check the Huawei router's lights (signal bars, data light).
3. After power returns the site-to-site VPN to head office comes back on its own within 5 minutes; if Optomate still can't connect after that, see the Optomate runbook.
4. Inverter faults / alarms (F-codes on the Sunsynk screen): SunPower Cape, not us.`,
      ],
    ],
  ),
];
