import { article, type BenchArticle } from '../articles.ts';

/**
 * Set E: the final held-out set. Written in one sitting by someone who read neither the search code
 * (synonyms, query terms, BM25, abstention) nor any other set's tickets or set D's articles, so no
 * ranking or abstention choice can have been shaped by it. Never fit or tune on it: its only use is
 * to tell whether what was fitted elsewhere carries over to documentation and tickets it never saw.
 *
 * The mix is deliberately unlike a typical M365-heavy list: Google Workspace next to M365, macOS and
 * iOS, Meraki/UniFi, SonicWall/Fortinet, RD Gateway and session hosts, desk phones, label/receipt
 * printers and POS, plus runbooks for four clients. Bluewater Dental has no runbooks at all, so its
 * tickets can only be answered by the MSP's generic articles.
 */
export const SET_E_CLIENTS = {
  cedar: 'Cedar Ridge Animal Hospital',
  keystone: 'Keystone Property Management',
  mosaic: 'Mosaic Design Studio',
  prairie: 'Prairie Federal Credit Union',
  bluewater: 'Bluewater Family Dental',
} as const;

const { cedar, keystone, mosaic, prairie } = SET_E_CLIENTS;

export const SET_E_ARTICLES: readonly BenchArticle[] = [
  // ---------------------------------------------------------------- Google Workspace
  article(
    'e-gwsmo-outlook',
    'Google Workspace Sync for Microsoft Outlook (GWSMO): mail or calendar not syncing',
    null,
    'Google Workspace',
    [
      [
        'Symptoms',
        'User on a Google Workspace tenant runs Outlook desktop through GWSMO. New mail shows in Gmail on the web but not in Outlook, calendar invites missing, or the tray icon shows "Sync failed" / "Outlook profile could not be opened". Sometimes after a Google password change or an Office update.',
      ],
      [
        'Cause',
        'GWSMO keeps its own local PST-like store per profile. Token expiry after a password change, a profile that got corrupted, or a GWSMO build older than the installed Office click-to-run version.',
      ],
      [
        'Fix',
        '1. Right-click the GWSMO tray icon > Sync status; note the last successful sync.\n2. Update GWSMO to the current build from tools.google.com (uninstall old one first if < 4.x).\n3. Close Outlook, run "Set up a Google Workspace user" from the Start menu, sign in again and create a NEW profile (tick "Import data from existing profile" only if the old profile had local-only data).\n4. Set the new profile as default in Control Panel > Mail (Microsoft Outlook) > Show Profiles > Always use this profile.\n5. Large mailboxes take hours on the first sync; leave Outlook open.',
      ],
      [
        'Verify',
        'Send a test from Gmail web, confirm it lands in Outlook within 2 minutes and a calendar entry made on the phone shows in Outlook.',
      ],
    ],
  ),
  article(
    'e-gdrive-desktop',
    'Google Drive for desktop: G: drive missing or files stuck "Syncing"',
    null,
    'Google Workspace',
    [
      [
        'Symptoms',
        'The G: drive (Google Drive virtual drive) is gone from File Explorer, shows "Drive is offline", or files have a spinning blue arrow forever. Shared drives not listed. On a Mac the Google Drive entry under Locations is missing.',
      ],
      [
        'Cause',
        'Drive for desktop (DriveFS) signed out after a password change, its cache disk full, or another app holding the drive letter G: (a mapped drive or USB stick).',
      ],
      [
        'Fix',
        '1. Click the Drive icon in the system tray > gear > check the signed-in account; sign in again if it says "Signed out".\n2. If another device uses G:, Preferences > Google Drive > Drive letter: pick another letter (or remove the conflicting mapped drive).\n3. Check free space on C: (DriveFS cache lives in %LOCALAPPDATA%\\Google\\DriveFS). Free at least 5 GB.\n4. Still stuck: quit Drive, rename the DriveFS folder to DriveFS.old, start Drive again and sign in (files only on the cloud are safe; check "lost_and_found" folder in the old cache for unsynced edits).\n5. On macOS grant the File Provider extension in System Settings > Privacy & Security.',
      ],
      ['Verify', 'G: visible, Shared drives listed, a new file created locally appears in drive.google.com.'],
    ],
  ),
  article(
    'e-gws-suspended-login',
    'Google Workspace account locked or "suspicious sign-in" challenge',
    null,
    'Google Workspace',
    [
      [
        'Symptoms',
        'User cannot sign in to Gmail: "Couldn\'t sign you in", "Verify it\'s you" asking for a phone the user no longer has, or "Your account has been suspended" / "disabled by administrator".',
      ],
      [
        'Fix',
        '1. admin.google.com > Directory > Users > the user. If status is Suspended, check the reason (suspicious activity vs. manual) before restoring.\n2. For a login challenge the user cannot pass: Users > user > Security > Login challenge > "Turn off for 10 mins", then have them sign in.\n3. If 2-Step Verification is stuck (lost phone): Security > 2-Step Verification > Get backup verification codes; give one code by phone after ID check.\n4. Reset the password only if compromise is suspected; then also Security > Sign-in cookies > Reset.',
      ],
      ['Verify', 'User signs in and re-enrols 2SV on the new phone within the session.'],
    ],
  ),

  // ---------------------------------------------------------------- M365 / Entra
  article(
    'e-m365-mfa-new-phone',
    'M365: user got a new phone, Microsoft Authenticator prompts not arriving',
    null,
    'M365',
    [
      [
        'Symptoms',
        'User changed or reset their phone and cannot approve sign-ins. "Approve sign-in request" never appears, number matching screen waits forever, or the Authenticator app shows no accounts.',
      ],
      [
        'Fix',
        '1. Verify the caller (callback to the number on file, or manager confirmation per the ID verification policy).\n2. Entra admin center > Users > user > Authentication methods > Require re-register multifactor authentication; also delete the old Microsoft Authenticator method.\n3. Optionally issue a Temporary Access Pass (1 hour, one-time) so the user can sign in without MFA.\n4. User goes to https://aka.ms/mysecurityinfo on a PC, adds Microsoft Authenticator and scans the QR with the new phone.',
      ],
      ['Verify', 'Sign out/in of Outlook on the web; the push arrives with a number to match.'],
    ],
  ),
  article(
    'e-aadconnect-sync',
    'Entra Connect (Azure AD Connect) sync: changes in AD not reaching Microsoft 365',
    null,
    'M365',
    [
      [
        'Symptoms',
        'New user created in Active Directory does not appear in M365 admin to license, a name change or new alias does not show in Outlook, or user changed their Windows password but the old password still works on Outlook web / Teams. Admin center banner "Directory sync hasn\'t synced in more than a day".',
      ],
      [
        'Cause',
        'ADSync service stopped on the sync server (often after a reboot or expired service account password), the object is in an OU that is filtered out, or a duplicate proxyAddresses / UPN conflict (export error).',
      ],
      [
        'Fix',
        '1. On the sync server (usually the DC or a util VM) check services.msc: Microsoft Azure AD Sync must be Running.\n2. Open Synchronization Service Manager > Operations; look for "stopped-extension-dll-exception" or export errors.\n3. Check the user\'s OU is in the sync scope (Azure AD Connect wizard > Customize synchronization options > Domain and OU filtering).\n4. Force a delta: PowerShell as admin: Start-ADSyncSyncCycle -PolicyType Delta. For password hash sync issues run a full: -PolicyType Initial.\n5. For duplicate attribute errors, see Entra admin center > Entra Connect > Connect Health > Sync errors and fix the conflicting proxyAddress on the cloud object.',
      ],
      ['Verify', 'Within 5 minutes the user shows in admin.microsoft.com with "Synced from on-premises".'],
    ],
  ),
  article(
    'e-room-mailbox',
    'Conference room mailbox not accepting bookings or showing as "Tentative"',
    null,
    'M365',
    [
      [
        'Symptoms',
        'Booking the boardroom in Outlook shows the room as Tentative or declines with "Your request was declined", double-bookings happen, or the room does not show in Room Finder.',
      ],
      [
        'Fix',
        '1. Exchange admin center > Resources > the room > Booking options: "Automatically accept meeting requests" ON, "Allow repeating meetings" ON, max duration sensible (e.g. 1440 min).\n2. If bookings need approval, delegates must be listed, otherwise requests sit Tentative forever.\n3. PowerShell: Set-CalendarProcessing -Identity boardroom@ -AutomateProcessing AutoAccept -AllowConflicts $false -AddOrganizerToSubject $true -DeleteSubject $false.\n4. Missing in Room Finder: the room must be in a room list (New-DistributionGroup -RoomList, then Add-DistributionGroupMember).',
      ],
      ['Verify', 'Book a 15 minute test meeting; the room accepts within a minute.'],
    ],
  ),
  article(
    'e-shared-calendar',
    'Share a calendar or give an assistant delegate access in Outlook',
    null,
    'M365',
    [
      [
        'Symptoms / request',
        "Assistant needs to see or manage the boss's calendar, a team wants a shared vacation calendar, or a shared calendar stopped updating / shows old appointments on one PC.",
      ],
      [
        'Fix',
        '1. Owner in Outlook: Calendar > Share Calendar > add the person > "Can edit" or "Delegate". For a delegate, choose whether they receive meeting requests.\n2. Admin alternative: Add-MailboxFolderPermission -Identity boss@domain:\\Calendar -User assistant@domain -AccessRights Editor -SharingPermissionFlags Delegate.\n3. Recipient opens Calendar > Add calendar > From address book if the invitation mail got lost.\n4. Stale shared calendar on one PC: File > Account Settings > Change > More settings > Advanced > make sure "Turn on shared calendar improvements" is on; remove and re-add the calendar.',
      ],
      ['Verify', 'Assistant creates an appointment in the shared calendar and the owner sees it.'],
    ],
  ),
  article(
    'e-teams-rooms',
    'Microsoft Teams Rooms (MTR) console offline or not joining meetings',
    null,
    'Conferencing',
    [
      [
        'Symptoms',
        'Touch panel in the meeting room says "Device offline", the room calendar on the console is empty, one-touch Join button missing, or the front-of-room screen shows the Windows sign-in instead of the Teams Rooms app.',
      ],
      [
        'Cause',
        'The room resource account password expired or MFA/Conditional Access started applying to it, the console lost network, or a Windows update left it at the admin login.',
      ],
      [
        'Fix',
        '1. Check Teams Rooms Pro portal / Teams admin center > Teams devices > Teams Rooms for health (sign-in, display, camera).\n2. Resource account: set password never expires, exclude it from MFA CA policies (use a named-location or device filter instead).\n3. On the console: More > Settings (admin password) > Account; re-enter the resource account credentials.\n4. If it sits on the Windows desktop, sign out of the Admin account so the Skype user autologon resumes, or reboot.\n5. Empty calendar: the resource account needs AutomateProcessing AutoAccept and ProcessExternalMeetingMessages $true.',
      ],
      ['Verify', "Console shows today's bookings and joins a test meeting with camera and mic."],
    ],
  ),
  article(
    'e-zoom-audio-video',
    "Zoom: others can't hear me / camera black (Windows and Mac)",
    null,
    'Conferencing',
    [
      [
        'Symptoms',
        'In Zoom meetings participants cannot hear the user, the mic meter does not move, the camera shows black or "Cannot detect camera", or audio goes to the laptop speakers instead of the headset.',
      ],
      [
        'Fix',
        '1. In the meeting: click the ^ next to Mute / Stop Video and choose the correct microphone, speaker and camera (headset, not "Same as system" when docked).\n2. Zoom > Settings > Audio > Test Mic. Untick "Automatically adjust microphone volume" if it drops to zero.\n3. macOS: System Settings > Privacy & Security > Microphone and Camera > enable zoom.us, then quit Zoom fully (Cmd+Q) and reopen.\n4. Windows: Settings > Privacy > Camera / Microphone > "Let desktop apps access" ON. Close Teams, which can hold the camera.\n5. Update Zoom from zoom.us/download if older than the minimum version.',
      ],
      ['Verify', 'zoom.us/test: hear the playback of your own voice and see the video.'],
    ],
  ),

  // ---------------------------------------------------------------- Apple
  article(
    'e-mac-keychain',
    'macOS keeps asking for the "login" keychain password after a password change',
    null,
    'Apple',
    [
      [
        'Symptoms',
        'After the user changed their password (or it was reset by us / by Jamf Connect), the Mac keeps popping "accountsd wants to use the login keychain" or "Enter your keychain password", often several times per hour. Wi-Fi or Outlook may ask repeatedly too.',
      ],
      [
        'Cause',
        'The login keychain is still encrypted with the old password. It only updates automatically when the password is changed on the Mac itself.',
      ],
      [
        'Fix',
        '1. If the user knows the old password: Keychain Access > Edit > Change Password for Keychain "login": old password, then the new one.\n2. If not: Keychain Access > Settings > Reset My Default Keychain (saved website passwords on that Mac are lost; iCloud Keychain items come back).\n3. Log out and back in.',
      ],
      ['Verify', 'No keychain prompts after reboot and opening Outlook, Teams and Safari.'],
    ],
  ),
  article(
    'e-mac-print-hold',
    'Mac printing stuck on "Hold for Authentication" or job just sits in the queue',
    null,
    'Apple',
    [
      [
        'Symptoms',
        'Mac user prints to the office copier and nothing comes out; the print queue shows "Hold for Authentication", "The printer is not responding" or the job is paused.',
      ],
      [
        'Fix',
        '1. Open the queue (System Settings > Printers & Scanners > printer > Printer Queue) and click the refresh/resume arrow next to the job; enter the Windows domain username and password (DOMAIN\\user) when asked and tick "Remember".\n2. If the password was changed recently, delete the stale entry for the print server in Keychain Access.\n3. For direct IP printing prefer the IPP/AirPrint queue; for department codes use the vendor driver (Canon/Ricoh/Sharp) and set the code under Options & Supplies.\n4. Reset the printing system only as last resort (right-click in the printer list > Reset printing system) and re-add the printer.',
      ],
      ['Verify', 'Test page prints; subsequent jobs print without prompting.'],
    ],
  ),
  article('e-iphone-mail-sync', 'iPhone/iPad: built-in Mail stopped getting company email', null, 'Apple', [
    [
      'Symptoms',
      'Company mail on the iPhone Mail app shows "Cannot Get Mail – the user name or password is incorrect" or simply stops updating after a password change or after we enabled Conditional Access. Calendar on the phone stops updating too.',
    ],
    [
      'Cause',
      'The native Mail app uses Exchange ActiveSync with a stored password. Our CA policy only allows approved apps (Outlook for iOS) so native Mail gets blocked; otherwise the saved password is old.',
    ],
    [
      'Fix',
      '1. Check Entra sign-in logs for the user: client app "Exchange ActiveSync" and failure reason.\n2. If blocked by CA: remove the account from Settings > Mail > Accounts and install Outlook from the App Store (or Company Portal), sign in with MFA.\n3. If only the password is stale: Settings > Mail > Accounts > Exchange > Account > re-enter password, or delete and re-add the account.',
    ],
    ['Verify', 'Send a test to the user; it arrives on the phone within a minute.'],
  ]),
  article('e-ios-activation-lock', 'Returned company iPhone/iPad stuck on Activation Lock', null, 'Apple', [
    [
      'Symptoms',
      'A phone or iPad handed back by a leaver (or a second-hand device from another office) shows "iPhone Locked to Owner" / "Activation Lock" after reset and asks for an Apple ID we do not have.',
    ],
    [
      'Fix',
      '1. If the device is in Apple Business Manager and supervised via Intune/Jamf: get the Activation Lock bypass code (Intune > Devices > iOS > device > Hardware > Activation lock bypass code, or Jamf > Inventory > Security) and enter it in the password field with the username blank.\n2. Not supervised: ask the former user to remove it from iCloud.com/find > All devices > Remove from account. Offboarding should always include this step.\n3. Last resort: Apple support Activation Lock request with the original purchase invoice showing serial.',
    ],
    ['Verify', 'Device reaches the Remote Management screen and enrolls in MDM.'],
  ]),

  // ---------------------------------------------------------------- Network / Wi-Fi / firewall
  article('e-meraki-8021x', "Meraki Wi-Fi: laptops can't join the corporate (802.1X) SSID", null, 'Network', [
    [
      'Symptoms',
      'Company laptops show "Can\'t connect to this network" on the staff SSID while phones on the guest SSID work. Meraki dashboard Event log shows "802.1X auth fail" or "RADIUS server did not respond".',
    ],
    [
      'Cause',
      'SSID uses WPA2-Enterprise with RADIUS on the NPS server. The NPS server certificate expired or NPS service stopped; or the computer account is not in the Wi-Fi group in NPS policy.',
    ],
    [
      'Fix',
      '1. Meraki dashboard > Wireless > Access control: note the RADIUS server IPs, then Test on the RADIUS server entry.\n2. On the NPS server: check Network Policy Server service running; Event Viewer > Custom Views > Server Roles > Network Policy and Access Services for reason codes (e.g. 16 bad credentials, 22 cert, 48 no policy match).\n3. Renew the NPS certificate (Computer certificate template, auto-enrol), then NPS > Network Policies > policy > Constraints > Authentication methods > PEAP > Edit > pick the new certificate.\n4. Quick workaround for one laptop: connect by cable, gpupdate /force, reboot.',
    ],
    ['Verify', 'Laptop joins the SSID; Meraki Clients list shows it with 802.1X identity.'],
  ]),
  article(
    'e-unifi-ap-offline',
    'UniFi access point shows "Disconnected" or "Adopting" – Wi-Fi dead in one area',
    null,
    'Network',
    [
      [
        'Symptoms',
        'Wi-Fi drops in one part of the office (back rooms, upstairs). UniFi Network console lists the AP as Disconnected, Adopting, or Heartbeat Missed; the AP LED is off or flashing white.',
      ],
      [
        'Fix',
        '1. Check the AP LED: off = no PoE. Check the switch port PoE budget (UniFi Devices > switch > Ports) and re-seat the cable; power-cycle the port.\n2. Flashing white = factory defaulted or lost controller. SSH to the AP (ubnt/ubnt or the site device password) and run: set-inform http://<console-ip>:8080/inform, then Adopt in the console.\n3. Stuck "Adopting" after a console migration: forget the AP and adopt again.\n4. If the AP was on a PoE injector, the injector brick may have failed after a power cut; swap it.',
      ],
      ['Verify', 'AP shows Online with clients; walk the area with a phone to confirm signal.'],
    ],
  ),
  article(
    'e-sonicwall-netextender',
    "SonicWall NetExtender / Mobile Connect VPN won't connect",
    null,
    'Network',
    [
      [
        'Symptoms',
        'Remote user cannot connect to the office VPN: NetExtender stuck on "Connecting…", "Authentication failed", "Login failed – max login attempts reached" or the user got in but cannot reach the file server.',
      ],
      [
        'Fix',
        '1. SonicWall management > Log > Monitor: filter on the username for the reason.\n2. Locked out: Users > Status > Unlock, or wait the lockout period.\n3. User must be in the SSLVPN Services group (local or via LDAP mapping); for LDAP users check the AD group is mapped.\n4. "Connecting…" forever: check Network > SSL VPN > Server settings port (4433 default) and that the user types server:port; update NetExtender (old versions fail TLS 1.2).\n5. Connected but no resources: SSL VPN > Client settings > the user\'s group needs the LAN Subnets network object in VPN Access, and the DNS server set to the DC.',
      ],
      ['Verify', 'User maps the S: drive over the tunnel and pings the server by name.'],
    ],
  ),
  article(
    'e-forticlient-vpn',
    'FortiClient VPN stops at 98% or "Credential or SSLVPN configuration is wrong (-7200)"',
    null,
    'Network',
    [
      [
        'Symptoms',
        'FortiClient SSL VPN progress bar stops at 98% then disconnects, shows error -7200 / -455 / "Unable to establish the VPN connection. The VPN server may be unreachable (-14)".',
      ],
      [
        'Fix',
        '1. -7200/-455: wrong credentials or user not in the SSL-VPN group. Check FortiGate > Log & Report > Events > VPN.\n2. Stuck at 98%: the Fortinet virtual Ethernet adapter is broken. Uninstall FortiClient, remove "Fortinet SSL VPN Virtual Ethernet Adapter" from Device Manager, reboot, install the current free VPN-only client.\n3. -14 / -5: hotel or home network blocking the port (we use 10443); try a phone hotspot; confirm the FortiGate WAN is up.\n4. Certificate warning: the FortiGate is using the self-signed cert; tell user not to click through; fix the cert on the FortiGate.',
      ],
      ['Verify', 'Connection shows Connected with an IP in the SSL-VPN range; user reaches the file server.'],
    ],
  ),

  // ---------------------------------------------------------------- RDS / terminal server
  article(
    'e-rd-gateway',
    'Remote Desktop via RD Gateway: "Remote Desktop Gateway server is temporarily unavailable"',
    null,
    'Remote Desktop',
    [
      [
        'Symptoms',
        'Users connecting to the terminal server from home with the RDP shortcut get "Your computer can\'t connect to the remote computer because the Remote Desktop Gateway server is temporarily unavailable" or a certificate warning about the gateway name. Office users connecting directly are fine.',
      ],
      [
        'Cause',
        "Usually the RD Gateway SSL certificate expired (Let's Encrypt / yearly cert not rebound) or port 443 forward lost on the firewall after a change. Less often the TSGateway service stopped.",
      ],
      [
        'Fix',
        '1. From outside, browse to https://rdgw.<domain>/ and check the certificate expiry.\n2. Server Manager > Remote Desktop Services > Deployment properties > Certificates: apply the renewed cert to RD Gateway (and RD Web / Connection Broker roles).\n3. Restart the Remote Desktop Gateway service.\n4. Check the firewall 443 NAT rule to the gateway and that the RD CAP/RAP policies still include the users group.',
      ],
      ['Verify', "Connect from a phone hotspot with the user's .rdp file, no certificate warning."],
    ],
  ),
  article(
    'e-rds-temp-profile',
    'Terminal server: user logged in with a temporary profile / desktop is empty',
    null,
    'Remote Desktop',
    [
      [
        'Symptoms',
        'On the RDS session host the user sees a blank default desktop, Outlook wants to set up from scratch, and a toast says "You\'ve been signed in with a temporary profile" (or FSLogix: "profile container could not be attached").',
      ],
      [
        'Fix',
        '1. Make sure the user is fully logged off on all session hosts (Server Manager > Collections > Connections > Log off), not just disconnected.\n2. FSLogix: check C:\\ProgramData\\FSLogix\\Logs\\Profile for "locked" or "access denied"; the VHDX may still be attached on another host – log the user off there or detach via diskmgmt. Check free space on the profile share.\n3. Local profiles: regedit HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\ProfileList – remove the .bak duplicate SID key (rename, do not delete the folder), then log the user in again.',
      ],
      ['Verify', 'User logs in and sees their own desktop, printers and Outlook profile.'],
    ],
  ),
  article(
    'e-rds-licensing',
    'RDS: "no Remote Desktop License Servers available to provide a license"',
    null,
    'Remote Desktop',
    [
      [
        'Symptoms',
        'Users get disconnected after login with "The remote session was disconnected because there are no Remote Desktop License Servers available to provide a license", usually ~120 days after the server was built.',
      ],
      [
        'Cause',
        'The 120-day grace period ended and the session host is not pointed at a license server, or the RDS CALs were never installed / are per-device while the deployment is per-user.',
      ],
      [
        'Fix',
        '1. Deployment properties > RD Licensing: set mode (Per User) and add the license server.\n2. On the license server, RD Licensing Manager: confirm CALs are installed and the server is activated; add it to the "Terminal Server License Servers" group in AD.\n3. Run RD Licensing Diagnoser on the session host; fix anything red.\n4. Temporary only: deleting the GracePeriod registry key buys time but is not a fix.',
      ],
      ['Verify', 'Licensing Diagnoser shows no problems; users stay connected.'],
    ],
  ),
  article(
    'e-ntfs-share-access',
    'File server: "You don\'t have permission to access this folder" on a shared/mapped drive',
    null,
    'File server',
    [
      [
        'Symptoms',
        'User gets "Access is denied" or "You don\'t currently have permission to access this folder" opening a department folder on the S: or P: drive, or can open files but they open read-only. Colleague in the same team can open it.',
      ],
      [
        'Cause',
        'Access is granted by AD security groups on the NTFS ACL (share permission is Everyone/Authenticated Users Full). User not in the right group, or was added but their Kerberos token still has the old group list.',
      ],
      [
        'Fix',
        '1. Folder > Properties > Security > Advanced > Effective Access: enter the user to see what they get.\n2. Add the user to the department group (e.g. FS_Finance_RW) in ADUC – never add users directly to the ACL.\n3. The user must sign out and back in (or klist purge then reconnect) so the new group is in their token. On RDS they must log off, not disconnect.\n4. If inheritance was broken on a subfolder, re-enable it or add the group there; document the exception.',
      ],
      ['Verify', 'User opens and saves a test file in the folder.'],
    ],
  ),

  // ---------------------------------------------------------------- Phones
  article(
    'e-yealink-registration',
    'Yealink desk phone shows "No Service" / account not registered',
    null,
    'VoIP',
    [
      [
        'Symptoms',
        'Yealink T4x/T5x phone screen shows "No Service", "Registration failed" or the line key is red/has an X; no dial tone, inbound calls go straight to voicemail.',
      ],
      [
        'Fix',
        '1. Check the phone has an IP: Menu > Status. 0.0.0.0 / "Network unavailable" = cable, switch port or VLAN; check the voice VLAN (LLDP) on the switch port.\n2. From the phone web UI (its IP, admin password in the client\'s password vault) > Account > Register: status and the SIP server. Re-enter the SIP password from the PBX portal if it was reset.\n3. Reboot the phone (hold X for 10 s) to pull provisioning again.\n4. Several phones at once: check SIP ALG on the firewall (turn it off) and the hosted PBX status page.',
      ],
      ['Verify', 'Line key green, test call in and out, voicemail light works.'],
    ],
  ),
  article(
    'e-polycom-boot',
    'Polycom VVX phone stuck on "Updating, please wait" or rebooting in a loop',
    null,
    'VoIP',
    [
      [
        'Symptoms',
        'After a power outage or a firmware push, Polycom VVX phones show the Poly logo and "Updating, please wait", "Network link is down" or keep rebooting.',
      ],
      [
        'Fix',
        '1. "Network link is down": cable/PoE. Check the PoE switch came back and the port has power.\n2. Boot loop: provisioning server unreachable or bad config. During boot press Cancel, go to Setup (password 456 or the client\'s admin code) > Provisioning Server and check the URL.\n3. Factory reset if config is corrupt: hold 1, 3, 5 during reboot, enter the MAC as password, then let it provision.\n4. Check the provisioning server / hosted PBX for a recent firmware change before touching every phone.',
      ],
      ['Verify', 'Phone shows the extension and makes a test call.'],
    ],
  ),

  // ---------------------------------------------------------------- Printers, POS, scanners
  article(
    'e-zebra-label',
    'Zebra label printer prints blank labels, skips labels or prints off-centre',
    null,
    'Printers',
    [
      [
        'Symptoms',
        'Zebra GK420d / ZD420 / ZD621 feeds two or three labels per print, prints blank labels, text cut off at the edge, or the status light is red after a roll change.',
      ],
      [
        'Fix',
        '1. Media calibration: with the printer on, hold the Feed button until the light flashes twice (GK/ZD: 2 flashes), release; it feeds a few labels and calibrates the gap sensor.\n2. Blank labels: direct-thermal vs thermal-transfer mismatch – direct thermal labels need no ribbon; check the driver Options > Media type matches the roll.\n3. Driver: use the ZDesigner driver, set label size (e.g. 4x6 in or 2.25x1.25 in) in Printing Preferences, not only in the app.\n4. Red light after a roll change: printhead not latched or media out; reload the roll under the guides.',
      ],
      ['Verify', 'Print a configuration label (hold Feed, release after one flash) and a test label.'],
    ],
  ),
  article(
    'e-receipt-printer',
    'Receipt printer (Epson TM-T88/TM-m30) not printing from POS or cash drawer not opening',
    null,
    'Point of sale',
    [
      [
        'Symptoms',
        'POS completes the sale but no receipt comes out, "Printer offline" on the POS screen, or the cash drawer does not pop open (drawer is plugged into the receipt printer).',
      ],
      [
        'Fix',
        '1. Check paper (thermal roll, shiny side towards the head) and that the cover is closed; the error LED flashes when the cover is open.\n2. Ethernet models: print a self-test (hold Feed while powering on) to see the IP; make sure the POS points to that IP. Set a DHCP reservation so it stops changing.\n3. USB models: reconnect, check Devices and Printers shows "EPSON TM-T88V Receipt" online; OPOS/EPSON JavaPOS logical name must match the POS config.\n4. Drawer: RJ12 cable from drawer to the printer DK port; in the driver Document settings > Cash drawer = "Open before printing".',
      ],
      ['Verify', 'Run a $0 test sale; receipt prints and drawer opens.'],
    ],
  ),
  article(
    'e-card-terminal',
    'Card payment terminal says "Comm error" / "Host not responding"',
    null,
    'Point of sale',
    [
      [
        'Symptoms',
        'Pin pad (Moneris, Clover, Verifone, Ingenico) at the front desk cannot process cards: "Comm error", "No host response", "Connection failed", or the POS shows "Waiting for pinpad" forever.',
      ],
      [
        'Fix',
        "1. Check the terminal cable/base and that it has network: most terminals show the IP under Admin > Comms. Reboot the terminal.\n2. If all terminals fail at once: check the internet and the firewall; terminals must reach the processor's hosts on 443 – no SSL inspection on that VLAN.\n3. Semi-integrated POS: the POS pairs with the terminal by IP; if the terminal IP changed, update it in the POS payment settings or add a DHCP reservation.\n4. Processor-side outage or merchant account problems: call the processor (number on the terminal sticker); we cannot fix those.",
      ],
      ['Verify', 'Run a $1 test transaction and void it.'],
    ],
  ),
  article(
    'e-twain-scanner',
    'Scanner not found in app / TWAIN source missing (Fujitsu fi-series, ScanSnap, Canon DR)',
    null,
    'Printers',
    [
      [
        'Symptoms',
        'Desktop scanner works in its own utility but the practice app / Adobe / document system says "No scanner found", "TWAIN source not available", or the scanner list is empty. Often after a Windows update or a new PC.',
      ],
      [
        'Cause',
        'Line-of-business apps are usually 32-bit and need the 32-bit TWAIN driver (PaperStream IP TWAIN, not only ISIS/WIA). A ScanSnap does not have a TWAIN driver at all.',
      ],
      [
        'Fix',
        '1. Install the full PaperStream IP (TWAIN) driver from the vendor, both x86 and x64 if offered; reboot.\n2. In the app choose "Select source" and pick the TWAIN entry (not WIA).\n3. ScanSnap: scan with ScanSnap Home to a folder and import that folder into the app instead.\n4. USB: connect directly, not through a monitor hub.',
      ],
      ['Verify', 'Scan one page from inside the app.'],
    ],
  ),
  article(
    'e-scan-to-email',
    'Copier scan to email stopped working (SMTP authentication / relay)',
    null,
    'Printers',
    [
      [
        'Symptoms',
        'Multifunction copier shows "Send error", "SMTP authentication failed", "#818" or "Connection failed" when scanning to email; scan to folder still works.',
      ],
      [
        'Cause',
        'Microsoft 365 is turning off basic SMTP AUTH; the scanner account password expired; or the copier does not do TLS 1.2.',
      ],
      [
        'Fix',
        '1. Preferred: set up an M365 connector for SMTP relay by the office public IP, and point the copier to <tenant>.mail.protection.outlook.com port 25, no auth, sender scanner@domain.\n2. If using SMTP AUTH: enable Authenticated SMTP for the scanner mailbox, set its password to never expire, smtp.office365.com 587 STARTTLS.\n3. Update copier firmware for TLS 1.2 if the log shows handshake errors.\n4. Make sure SPF includes the office IP for the relay option.',
      ],
      ['Verify', 'Scan to an internal and an external address.'],
    ],
  ),

  // ---------------------------------------------------------------- Apps / cloud storage / security
  article(
    'e-acrobat-license',
    'Adobe Acrobat Pro reverts to Reader, says "trial expired" or asks to sign in',
    null,
    'Applications',
    [
      [
        'Symptoms',
        'Acrobat DC opens as Reader (no Edit PDF / Combine tools), shows "Your trial has expired", "Sign in required" or "You don\'t have access to Acrobat Pro".',
      ],
      [
        'Fix',
        '1. Adobe Admin Console > Users: check the user is assigned the Acrobat Pro product profile with the right email (Business ID vs personal Adobe ID – if both exist, user must choose the Company or School account at sign-in).\n2. In Acrobat: Help > Sign Out, then sign in with the work email.\n3. Still Reader: Help > Check for updates, or repair: Control Panel > Acrobat > Change > Repair. Reader and Acrobat installed side by side: set Acrobat as default for .pdf.\n4. Shared-device (RDS) installs need a Shared Device License package, not named user.',
      ],
      ['Verify', 'Tools pane shows Edit PDF; Help > About shows Acrobat Pro.'],
    ],
  ),
  article(
    'e-dropbox-sync',
    'Dropbox not syncing / "conflicted copy" files appearing',
    null,
    'Cloud storage',
    [
      [
        'Symptoms',
        'Dropbox icon stuck on "Syncing N files" or "Indexing", colleagues do not see the latest version, or files named "(Jane\'s conflicted copy 2024-03-01)" keep appearing.',
      ],
      [
        'Cause',
        'Conflicted copies happen when two people edit the same file at once (Excel/QuickBooks files on Dropbox are the classic case) or one PC was offline. Stuck sync: file names with illegal characters, path too long, or a file open in another app.',
      ],
      [
        'Fix',
        '1. Click the Dropbox icon > the sync status for the exact files not syncing; rename illegal characters, shorten paths.\n2. Make sure there is free disk space or use Online-only for big folders.\n3. Conflicted copy: compare the two versions, keep the right one, delete the other; version history on dropbox.com restores older versions.\n4. Do not keep shared databases (QuickBooks, Access) in Dropbox; move them to the file server.',
      ],
      ['Verify', 'Icon shows "Up to date" on both PCs.'],
    ],
  ),
  article(
    'e-box-drive',
    'Box Drive: files missing, "Problem connecting to Box" or Box Tools won\'t open files in Office',
    null,
    'Cloud storage',
    [
      [
        'Symptoms',
        'Box Drive in Explorer is empty or shows "Box Drive is having trouble connecting", files open read-only, or "Open with desktop app" in the Box web app does nothing.',
      ],
      [
        'Fix',
        '1. Box Drive tray icon > check signed in; Sign out / sign in again (SSO).\n2. Empty folders: the user may just lack collaboration on that folder – check in the Box admin console.\n3. Read-only: another user has the file locked in Box (lock icon) – ask them to close or unlock it.\n4. "Open with" not working: reinstall Box Tools (per-user install, no admin needed) and allow it in the browser.',
      ],
      ['Verify', 'Open, edit and save a Word file from Box Drive; version count increases on box.com.'],
    ],
  ),
  article(
    'e-bitwarden',
    'Bitwarden password manager: extension not filling, vault locked, or new device login',
    null,
    'Security',
    [
      [
        'Symptoms',
        "Bitwarden browser extension does not offer to fill passwords, keeps asking for the master password, or the user is on a new PC and cannot see the organisation's shared collections.",
      ],
      [
        'Fix',
        '1. Extension: pin it, Settings > Auto-fill > "Auto-fill on page load" per our standard, and make sure the item URI matches the site (base domain).\n2. Vault timeout: Settings > Vault timeout; the org policy sets the maximum – users can choose shorter only.\n3. Shared collections missing: org admin console > Members: user must be Confirmed (not just Accepted) and in the right group.\n4. Forgot master password: we CANNOT recover it. If account recovery (admin password reset) policy was enrolled, an org admin can reset it; otherwise the vault is lost and the user starts again in the org.',
      ],
      ['Verify', 'User logs into a saved site with autofill and sees the shared collection.'],
    ],
  ),
  article(
    'e-edr-false-positive',
    'EDR / antivirus quarantined a legitimate program (SentinelOne, Defender)',
    null,
    'Security',
    [
      [
        'Symptoms',
        'A line-of-business program stops opening after an update, a shortcut says "Windows cannot access the specified device, path or file", or the user saw a "Threat blocked / quarantined" pop-up and now an app or macro is gone.',
      ],
      [
        'Fix',
        '1. SentinelOne console > Incidents: find the threat by endpoint; check hash on VirusTotal and the publisher signature. Only if clearly benign: Mark as threat > False positive, then Actions > Restore from quarantine.\n2. Add an exclusion by hash or signed publisher (not by whole folder) scoped to the client site; document why.\n3. Defender: Security center > Incidents & alerts > the file > Restore, then Settings > Endpoints > Indicators > allow by file hash or certificate.\n4. If not clearly benign: leave it quarantined and escalate to security.',
      ],
      ['Verify', 'App starts; no new detection on the next update.'],
    ],
  ),
  article(
    'e-dmarc-spoofing',
    'Emails that look like they come from our own domain / CEO (spoofing) – SPF, DKIM, DMARC',
    null,
    'Security',
    [
      [
        'Symptoms',
        "Staff receive mail that shows the boss's name or the company's own address asking for gift cards or a wire, or outsiders report getting spam \"from\" our domain. Also: after tightening DMARC, invoices sent from QuickBooks/the CRM land in customers' junk.",
      ],
      [
        'Fix',
        '1. Look at the message headers: Authentication-Results spf/dkim/dmarc, and the real Return-Path / Reply-To.\n2. Display-name spoofing (from a gmail address): create a transport rule / anti-phishing impersonation protection for executives; train users.\n3. Exact-domain spoofing: publish SPF (v=spf1 include:spf.protection.outlook.com -all, or _spf.google.com for Workspace), enable DKIM in Defender / Google Admin, then DMARC p=none with rua reporting, move to quarantine then reject.\n4. Third-party senders failing: add their include to SPF (max 10 lookups) or set up DKIM for them before going to p=reject.',
      ],
      ['Verify', 'Test from an outside mailbox: headers show spf=pass dkim=pass dmarc=pass for legit mail.'],
    ],
  ),
  article(
    'e-autopilot-build',
    'New laptop: Windows Autopilot build fails or hangs at "Setting up your device"',
    null,
    'Endpoints',
    [
      [
        'Symptoms',
        'New laptop out of the box shows the company sign-in page but stops at the Enrollment Status Page "Device preparation" / "Identifying" / "Setting up apps (0 of 6)", or fails with 0x800705b4 (timeout) or 80180014.',
      ],
      [
        'Fix',
        '1. Check the hardware hash is in Intune > Devices > Windows enrollment > Devices with a profile assigned (the vendor upload can take 24 h).\n2. 80180014: device blocked – remove the old Intune device record or allow personal/corporate enrollment restriction.\n3. 0x800705b4 on apps: one required Win32 app fails; Shift+F10 > mdmdiagnosticstool -area Autopilot -cab c:\\ap.cab and check which app; move non-essential apps out of the ESP blocking list.\n4. Wired network only during the build; captive portals and proxies break it.\n5. Reset and retry: Settings > Recovery > Reset this PC > Remove everything (Autopilot resumes).',
      ],
      ['Verify', 'User reaches the desktop, Company Portal shows compliant, BitLocker on.'],
    ],
  ),
  article('e-offboarding', 'Employee offboarding checklist (leaver)', null, 'Process', [
    [
      'When',
      'HR or the manager tells us someone is leaving (or was let go today). For a termination, do steps 1–3 immediately while they are in the meeting.',
    ],
    [
      'Steps',
      "1. Disable the account in AD / Entra (Block sign-in) and reset the password; revoke sessions (Revoke-MgUserSignInSession) so phones and Outlook sign out.\n2. Remove MFA methods and from VPN/Remote Desktop groups; disable their Bitwarden org membership and shared vault access.\n3. Convert the mailbox to a shared mailbox, give the manager Full Access; set an auto-reply if asked; remove the licence after conversion.\n4. OneDrive: give the manager access (admin center > user > OneDrive > Create link) – retained 30 days by default.\n5. Collect the laptop and phone; remove Activation Lock/Find My; wipe and re-enrol.\n6. Remove from distribution lists, building access and desk phone; update the client's user list in the documentation.",
    ],
    ['Verify', 'Sign-in logs show no successful logins after the disable time.'],
  ]),
  article('e-lost-device', 'Lost or stolen laptop or phone: what to do in the first hour', null, 'Security', [
    [
      'When',
      'A user reports a laptop, phone or tablet lost, left in a taxi/airport, or stolen from a car or the office.',
    ],
    [
      'Steps',
      "1. Reset the user's password and revoke all sessions (Entra > user > Revoke sessions / Google Admin > Sign-in cookies reset).\n2. Intune / Jamf: Remote lock; if not recovered within the agreed time (or it had sensitive data), Wipe (company devices) or Retire (personal BYOD).\n3. Confirm the laptop is BitLocker / FileVault encrypted and note the recovery key ID for the report; keys stay escrowed.\n4. Block the SIM with the carrier for company phones.\n5. Log the incident in the client's security log; for health/financial data clients, tell the client's privacy officer (possible breach reporting).",
    ],
    ['Verify', 'Device shows Wipe pending/complete in the MDM; user set up on a loaner.'],
  ]),
  article(
    'e-restore-deleted-file',
    'Restore a deleted or overwritten file (file server backup, OneDrive/SharePoint recycle bin)',
    null,
    'Backup',
    [
      [
        'Symptoms / request',
        "User deleted a folder on the shared drive, saved over a spreadsheet, or a file vanished from OneDrive/SharePoint and they need yesterday's version back.",
      ],
      [
        'Fix',
        '1. Get the exact path, file name and when it was last good.\n2. File server: first try Previous Versions (right-click folder > Properties > Previous Versions, shadow copies run 7am/12pm). Otherwise restore from the Datto/Veeam backup: file-level restore of the latest recovery point before the deletion, restore to the original folder with "_restored" suffix, never overwrite.\n3. OneDrive / SharePoint: Recycle bin (93 days, first- and second-stage) or Version history on the file; whole-library rollback via "Restore your OneDrive".\n4. Check with the user before deleting the "_restored" duplicates.',
      ],
      ['Verify', 'User opens the restored file and confirms it is the right version.'],
    ],
  ),
  article(
    'e-power-outage-recovery',
    'After a power outage: bringing the office back (UPS, server, network order)',
    null,
    'Infrastructure',
    [
      [
        'Symptoms',
        'Power went out at the office overnight or a breaker tripped; this morning nothing works: no internet, shared drives missing, phones dead, or the server did not come back on.',
      ],
      [
        'Steps',
        '1. Power-on order: modem/ONT > firewall > core switch (PoE) > NAS/SAN > hypervisor host > domain controller VM > other servers > workstations and phones.\n2. Server off: check the UPS – if the battery is flat after a long outage the UPS waits for charge before restoring output; press the UPS power button, then the server. Check iDRAC/iLO for "AC power lost".\n3. If PowerChute/NUT shut the host down cleanly, VMs may need manual start (set autostart in the hypervisor).\n4. Switches may lose an unsaved config; phones and APs need the PoE switch.\n5. Check the UPS self-test and battery age afterwards; replace batteries older than 4 years.',
      ],
      [
        'Verify',
        'Internet, file shares, phones, printers and line-of-business app all working; log the outage.',
      ],
    ],
  ),

  // ---------------------------------------------------------------- MSP-internal
  article(
    'e-msp-id-verification',
    'Helpdesk: verifying a caller before a password reset or MFA change',
    null,
    'MSP internal',
    [
      [
        'Policy',
        'Never reset a password, MFA method or unlock an account for someone just because they know their name and email. Social engineering calls to helpdesks are the main way attackers get in.',
      ],
      [
        'Steps',
        '1. Call the user back on the number in the PSA contact record (not the number they give you).\n2. If no number on file, get approval in writing from the client\'s authorised contact (listed in the client overview).\n3. Reset with "must change at next logon"; give the temp password by phone only, never by email or to a personal address.\n4. Note in the ticket how identity was verified.',
      ],
    ],
  ),
  article(
    'e-msp-rmm-offline',
    'RMM agent offline / device not checking in (NinjaOne)',
    null,
    'MSP internal',
    [
      [
        'Symptoms',
        'Device shows offline in NinjaOne for more than a day while the user says the PC is in use; patching and scripts not running; remote control cannot connect.',
      ],
      [
        'Fix',
        '1. Ask the user to restart; check services "NinjaRMMAgent" and "NinjaRMMAgentPatcher" are running.\n2. Firewall/DNS filter blocking *.rmmservice.com – check the client\'s DNS filter logs.\n3. Reinstall the agent with the client\'s installer from the Organisation > Add device, using ScreenConnect or remote session as fallback.\n4. Duplicate device after reimage: merge or delete the old record.',
      ],
      ['Verify', 'Device online, last contact < 5 min, a test script runs.'],
    ],
  ),
  article(
    'e-msp-after-hours',
    'After-hours emergencies: what counts and how to page on-call',
    null,
    'MSP internal',
    [
      [
        'Policy',
        'After-hours support is only for P1: whole office down, server down, security incident in progress, or a client on the 24x7 plan (see client overview). Everything else is logged for the morning.',
      ],
      [
        'Steps',
        '1. Answering service forwards to the on-call phone; on-call acknowledges in the PSA within 15 minutes.\n2. If on-call does not answer in 30 minutes, call the escalation manager.\n3. Bill after-hours time at the after-hours rate unless the client plan covers it.',
      ],
    ],
  ),

  // ---------------------------------------------------------------- Cedar Ridge Animal Hospital
  article(
    'e-cedar-cornerstone',
    'Cedar Ridge: Cornerstone workstation "Unable to connect to the database server"',
    cedar,
    'Cedar Ridge Animal Hospital',
    [
      [
        'Symptoms',
        'Exam room or front desk PC opens IDEXX Cornerstone and gets "Unable to connect to the database server" / "Cornerstone server not found", or patient records load very slowly. Other workstations may be fine.',
      ],
      [
        'Environment',
        'Cornerstone server is CRAH-SRV01 (192.168.20.10), SQL Anywhere database service "Cornerstone Database". Workstations map C:\\Cstone via the Cornerstone client; IDEXX support 1-800-695-2877 has remote access via their own tool.',
      ],
      [
        'Fix',
        '1. From the workstation: ping CRAH-SRV01. If the name fails but IP works, fix DNS (workstation must use 192.168.20.10 as DNS, not the router).\n2. On the server, services.msc: "Cornerstone Database" running; start it if stopped (it sometimes fails after Windows updates – check the update reboot happened after hours).\n3. Windows Firewall on the server: rule "Cornerstone DB 2638" must allow TCP 2638 from the clinic LAN.\n4. All workstations down and service will not start: call IDEXX support, do not restore the database yourself.',
      ],
      ['Verify', "Front desk opens today's appointment schedule."],
    ],
  ),
  article(
    'e-cedar-xray',
    "Cedar Ridge: digital X-ray station won't acquire or images not reaching Cornerstone",
    cedar,
    'Cedar Ridge Animal Hospital',
    [
      [
        'Symptoms',
        'In the radiology room the DR capture PC (IDEXX ImageVue DR30) shows "Detector not ready" / panel not connected, or the tech took images but they do not appear in the patient\'s record in Cornerstone Imaging.',
      ],
      [
        'Fix',
        '1. Detector not ready: the flat panel talks over the dedicated NIC (169.254.x) – check the grey cable at the back of the PC and the panel power supply; power-cycle panel first, then the PC.\n2. Images not in Cornerstone: the DICOM send queue on the capture PC (ImageVue > Queue); resend. Cornerstone Imaging server must be reachable (CRAH-SRV01, DICOM port 104).\n3. Do not let Windows Update run on the capture PC – it is excluded from our patch policy; IDEXX validates updates.\n4. Hardware faults on the panel: IDEXX Digital Imaging support.',
      ],
      ['Verify', 'Take a test exposure on the phantom, confirm it shows in the patient file.'],
    ],
  ),
  article(
    'e-cedar-label-printer',
    'Cedar Ridge: prescription / vial labels print blank or wrong size (DYMO)',
    cedar,
    'Cedar Ridge Animal Hospital',
    [
      [
        'Overrides',
        'Cedar Ridge does NOT use Zebra printers; ignore the generic Zebra calibration article. Pharmacy and kennel labels print from Cornerstone to DYMO LabelWriter 450 Turbo / 550 printers.',
      ],
      [
        'Symptoms',
        'Rx labels come out blank, print across two labels, or the text is tiny; LabelWriter 550 blinks blue and refuses to print.',
      ],
      [
        'Fix',
        '1. The 550 only accepts genuine DYMO labels (chip-reading) – the blinking light is a non-genuine roll. Use 30252 (address) for Rx and 30334 for kennel cards.\n2. Cornerstone > Controls > Workstation > Printers: Rx label printer must be "DYMO LabelWriter 450 Turbo Rx"; paper size 30252.\n3. In Windows printer preferences set the same paper size, orientation Landscape.\n4. Reinstall DYMO Connect 1.4.x only (newer version breaks Cornerstone printing).',
      ],
      ['Verify', 'Print a test Rx label from a test patient.'],
    ],
  ),
  article(
    'e-cedar-guest-wifi',
    'Cedar Ridge: lobby guest Wi-Fi password for clients waiting with their pets',
    cedar,
    'Cedar Ridge Animal Hospital',
    [
      [
        'Setup',
        'UniFi at Cedar Ridge. SSID "CedarRidge-Guest" on VLAN 40, isolated from the clinic network. Password rotates every Monday via the UniFi hotspot voucher portal; the front desk prints it from the UniFi Hotspot Manager.',
      ],
      [
        'Requests and problems',
        "1. Front desk does not know this week's password: log in to the Hotspot Manager (account frontdesk@, in the client vault) > Vouchers > print; or we read it from UniFi Network > Settings > WiFi > CedarRidge-Guest.\n2. Guests connect but no internet: the guest portal page did not open – tell them to open any http site; check the guest VLAN DHCP pool is not exhausted (Settings > Networks > Guest > DHCP range).\n3. Staff must never use the guest SSID for Cornerstone; it cannot reach the server by design.",
      ],
    ],
  ),

  // ---------------------------------------------------------------- Keystone Property Management
  article(
    'e-keystone-check-scanner',
    'Keystone: rent check scanner not detected in AppFolio (remote deposit)',
    keystone,
    'Keystone Property Management',
    [
      [
        'Symptoms',
        'Accounting cannot scan tenant rent checks: AppFolio Bank Deposit > Scan Checks says "Scanner not detected" or "Please install the scanner service", or the scanner feeds the checks but images are blank.',
      ],
      [
        'Environment',
        'Panini Vision X check scanners on the accounting PCs (KPM-ACC1, KPM-ACC2). AppFolio uses the Panini "Scanner Service" (local web service) – not TWAIN; the generic TWAIN article does not apply.',
      ],
      [
        'Fix',
        '1. Service "Panini Scanner Service" running in services.msc; restart it.\n2. Browser must be Chrome; allow https://localhost:9443 certificate once (open it directly, Advanced > proceed).\n3. Reinstall the AppFolio-specific Panini driver package from AppFolio Help > Check Scanner Setup (not the generic Panini site).\n4. Blank images: clean the scanner with the Panini cleaning card; check that checks are fed face-down.',
      ],
      ['Verify', 'Scan a voided test check into a draft deposit and delete the draft.'],
    ],
  ),
  article(
    'e-keystone-guest-wifi',
    'Keystone: guest Wi-Fi at the leasing offices (prospective tenants)',
    keystone,
    'Keystone Property Management',
    [
      [
        'Setup',
        'Meraki MR at the three leasing offices. SSID "Keystone-Visitor" with Meraki splash page (click-through), bandwidth 5 Mbps per client, NAT mode (Meraki DHCP), no password.',
      ],
      [
        'Requests and problems',
        '1. Visitors see the network but the splash page never shows: Meraki dashboard > Wireless > Splash page – must be "Click-through"; walled garden must allow the splash host.\n2. Leasing agent wants a password on it: not without the operations manager\'s approval (they chose open + splash).\n3. Show-suite tablets on guest SSID losing connection every hour: raise the splash frequency to "Every 30 days" for those MACs via Clients > Policy > Whitelisted.',
      ],
    ],
  ),
  article(
    'e-keystone-after-hours-phones',
    'Keystone: after-hours maintenance line forwarding to the answering service',
    keystone,
    'Keystone Property Management',
    [
      [
        'Setup',
        'Hosted PBX (3CX) with Yealink phones. The main number rings the office 8:30–17:00; outside those hours, the "Maintenance Emergency" digital receptionist forwards to the answering service (number in the client vault).',
      ],
      [
        'Problems',
        '1. Tenants say the emergency line rings out at night: 3CX admin > Inbound rules > Main DID > Office hours – check the holiday list and that the time zone is America/Toronto (changed after a server move once).\n2. Need to forward for a statutory holiday: add it under Office hours > Holidays; do not change the default hours.\n3. Office phones still ring after hours: a user set "Available" override; in 3CX set the global status back to "Auto".',
      ],
    ],
  ),

  // ---------------------------------------------------------------- Mosaic Design Studio
  article(
    'e-mosaic-autodesk',
    'Mosaic: Revit / AutoCAD "No license available" or license expired',
    mosaic,
    'Mosaic Design Studio',
    [
      [
        'Symptoms',
        'Architect opens Revit or AutoCAD and gets "No license available", "Your license has expired" or a sign-in loop at the Autodesk ID screen. Happens often on the render workstations.',
      ],
      [
        'Environment',
        'Mosaic is on Autodesk named-user (AEC Collection) subscriptions managed at manage.autodesk.com by the studio manager; no FlexLM server any more. 12 seats for 14 staff – part-timers share by reassigning.',
      ],
      [
        'Fix',
        '1. manage.autodesk.com > By User: is the person assigned the AEC Collection? If all seats are used, ask the studio manager who to unassign; do not buy seats.\n2. On the PC: sign out in the app (top-right name > Sign out), then run the Autodesk Licensing Service repair (Autodesk Access > Help > Repair licensing) and sign in with the work email.\n3. "Change license type" to User if it asks for a serial number (left over from the old network licence).\n4. Clear %LOCALAPPDATA%\\Autodesk\\Web Services\\LoginState.xml if the sign-in window is blank.',
      ],
      ['Verify', 'Revit opens a project without licensing prompts.'],
    ],
  ),
  article(
    'e-mosaic-plotter',
    "Mosaic: HP DesignJet plotter – large-format prints queue but don't print or print tiny",
    mosaic,
    'Mosaic Design Studio',
    [
      [
        'Symptoms',
        'Plotting a 24x36 (ARCH D) sheet from Revit/AutoCAD/Bluebeam: job stays "Printing" in the queue, the DesignJet T830 says "Out of paper" with a roll loaded, or the drawing prints at letter size in the corner.',
      ],
      [
        'Fix',
        '1. Printer IP 10.4.1.50 (reserved). Print via queue \\\\MDS-FS01\\Plotter (HP DesignJet T830 HP-GL/2 driver, not PostScript).\n2. "Out of paper": the roll was loaded as sheet – front panel > Paper > Load roll; width must match 24" or 36" roll in the driver.\n3. Prints tiny: in the app pick the plotter\'s paper size ARCH D (24x36) and "Fit to: none / 1:1"; in Bluebeam untick "Auto-rotate and center".\n4. Stuck queue: restart the Print Spooler on MDS-FS01 after hours only (it serves the copiers too).',
      ],
      ['Verify', 'Plot a test sheet at 1:1 and measure the scale bar.'],
    ],
  ),
  article(
    'e-mosaic-project-drive',
    'Mosaic: P: (Projects) drive missing, slow or archived project folders read-only',
    mosaic,
    'Mosaic Design Studio',
    [
      [
        'Symptoms',
        'P: drive missing after login, "The network path was not found", Revit central models slow to sync, or an architect cannot edit a project from the Archive.',
      ],
      [
        'Environment',
        'Projects are on Synology NAS MDS-NAS01 share "Projects", mapped as P: by GPO "Mosaic Drive Maps". Archived projects (year folders under P:\\_Archive) are deliberately read-only for everyone except the Principals group.',
      ],
      [
        'Fix',
        '1. P: missing: gpupdate /force and log off/on; confirm the PC is on the office LAN or on VPN. From home, P: only appears after the VPN connects.\n2. Archive read-only is by design – to work on an old project the PM asks a principal to copy it back to P:\\Active; do not change the archive permissions.\n3. Slow Revit sync: check the NAS Resource Monitor; a Hyper Backup task running in business hours should be moved to night.',
      ],
      ['Verify', 'P:\\Active opens and a test file saves.'],
    ],
  ),

  // ---------------------------------------------------------------- Prairie Federal Credit Union
  article(
    'e-prairie-episys',
    'Prairie FCU: teller cannot launch Episys (Symitar) – "Unable to connect to host"',
    prairie,
    'Prairie Federal Credit Union',
    [
      [
        'Symptoms',
        'A teller or member service rep opens Episys Quest / SymXchange-based teller app and gets "Unable to connect to host", a blank console, or the Sym login prompt rejects their ID.',
      ],
      [
        'Environment',
        'Core is Jovia-hosted Symitar via site-to-site VPN (FortiGate PFCU-FW1, tunnel "JH-CORE"). Symitar user IDs and passwords are managed by Prairie\'s operations team, NOT by us.',
      ],
      [
        'Fix',
        '1. All branches down: check the "JH-CORE" IPsec tunnel on PFCU-FW1 (VPN > IPsec tunnels); bring it up; if the peer is down, call Jack Henry support with the client number.\n2. One teller: confirm the PC can reach the core host IP (in the client vault) on 443/8080; reinstall the Episys client from \\\\PFCU-FS1\\Apps\\Episys.\n3. Sym ID locked or password expired: transfer to Prairie operations (Ops supervisor) – we do not reset Sym credentials.',
      ],
      ['Verify', 'Teller opens a member account inquiry.'],
    ],
  ),
  article(
    'e-prairie-vpn',
    'Prairie FCU: staff remote access – FortiClient with FortiToken (EMS managed)',
    prairie,
    'Prairie Federal Credit Union',
    [
      [
        'Overrides',
        "Prairie's FortiClient is the full EMS-managed client; do NOT uninstall it or install the free VPN-only client from the generic FortiClient article – it breaks EMS compliance and the tunnel will be refused.",
      ],
      [
        'Symptoms',
        'Remote staff cannot connect: FortiToken push never arrives, "Invalid token", stuck at 98% or "endpoint not compliant" (EMS tag).',
      ],
      [
        'Fix',
        '1. Token push missing / new phone: FortiGate > User & Authentication > FortiTokens: revoke and re-assign, send activation by email; user activates in FortiToken Mobile.\n2. "Invalid token": token drift – FortiTokens > token > Synchronize with two consecutive codes.\n3. Not compliant / 98%: EMS console (PFCU-EMS) > Endpoints: check AV signatures and Windows patches tags; run "Request endpoint to reconnect"; reboot.\n4. Only users in AD group "PFCU-VPN" may connect (board-approved list) – no exceptions without the CEO\'s written OK.',
      ],
      ['Verify', 'User connects with token and reaches the intranet and Episys.'],
    ],
  ),
  article(
    'e-prairie-secure-email',
    'Prairie FCU: sending encrypted email to members ([secure] tag)',
    prairie,
    'Prairie Federal Credit Union',
    [
      [
        'Rule',
        'Any email to a member containing account numbers, SIN, loan documents or statements must be encrypted. Prairie uses Microsoft Purview Message Encryption triggered by a mail flow rule.',
      ],
      [
        'How',
        '1. Put [secure] anywhere in the subject line (square brackets, any case). The rule "PFCU Encrypt Secure Tag" applies Encrypt-Only.\n2. Members receive a "You\'ve received an encrypted message" mail and open it with a one-time passcode or their Microsoft/Google account.\n3. Member says they cannot open it: have them use "Sign in with a one-time passcode"; check the passcode mail is not in their junk folder.\n4. Outgoing mail with card numbers without the tag is blocked by the DLP policy – user gets a policy tip; resend with [secure].',
      ],
    ],
  ),
];
