import { article, type BenchArticle } from '../articles.ts';

/**
 * Set C: a third, small labelled set written after sets A and B and before any tuning of the
 * ranking or abstention that came with it, by someone reading neither set's tickets. Never fitted
 * on, never tuned on: bench:kb reports it as a second held-out set. Generic MSP runbooks plus
 * runbooks for three clients whose products the other clients' tickets sometimes name.
 */
export const SET_C_CLIENTS = {
  harbor: 'Harbor Veterinary Clinic',
  pinecrest: 'Pinecrest Accounting',
  lakeside: 'Lakeside Architects',
} as const;

const { harbor, pinecrest, lakeside } = SET_C_CLIENTS;

export const SET_C_ARTICLES: readonly BenchArticle[] = [
  article('c-outlook-search', 'Outlook search returns no results or misses recent mail', null, 'M365', [
    [
      'Symptoms',
      'Searching in Outlook finds nothing, only older messages, or shows "Search results may be incomplete because items are still being indexed".',
    ],
    [
      'Fix',
      '1. Check Windows Search service is running.\n2. Outlook > File > Options > Search > Indexing Options > Advanced > Rebuild the index.\n3. Leave the PC on for an hour so indexing completes; a large OST can take longer.',
    ],
  ]),
  article(
    'c-outlook-autocomplete',
    'Outlook no longer suggests addresses when typing (AutoComplete list empty)',
    null,
    'M365',
    [
      [
        'Symptoms',
        'When the user starts typing a name in To, Outlook no longer suggests recipients it used to remember. Often after a new profile or a new PC.',
      ],
      [
        'Fix',
        '1. File > Options > Mail > Send messages: make sure "Use Auto-Complete List to suggest names" is ticked.\n2. The list lives in the mailbox (Suggested Contacts); a new profile rebuilds it as mail is sent.\n3. Do not use "Empty Auto-Complete List" unless asked.',
      ],
    ],
  ),
  article('c-teams-presence', 'Teams status stuck on Away, Offline or Busy', null, 'M365', [
    [
      'Symptoms',
      'Colleagues see the user as Away or Offline in Teams while they are working, or the presence never changes after a meeting ends.',
    ],
    [
      'Fix',
      '1. Click the profile picture and Reset status.\n2. Sign out of Teams on every device and sign back in.\n3. Check the Outlook calendar: an all-day meeting shown as Busy sets presence.\n4. Clear the Teams cache if it persists.',
    ],
  ]),
  article('c-teams-guest', 'External guest cannot join a team or open shared files', null, 'M365', [
    [
      'Symptoms',
      'A person outside the company was invited to a team or channel but gets "You need permission", loops at sign-in, or never receives the invitation email.',
    ],
    [
      'Fix',
      '1. In Entra ID > External Identities check guest invitations are allowed and the domain is not blocked.\n2. Resend the invitation; the guest must redeem it with the same email address.\n3. Ask the guest to use a private browser window to avoid signing in with the wrong account.',
    ],
  ]),
  article(
    'c-onedrive-storage-full',
    'OneDrive storage full or PC disk filling up with OneDrive files',
    null,
    'M365',
    [
      [
        'Symptoms',
        'OneDrive says storage is full and stops uploading, or the local disk fills because every file is downloaded.',
      ],
      [
        'Fix',
        '1. Turn on Files On-Demand: OneDrive settings > Sync and back up > Advanced > Download files as you use them.\n2. Right-click large folders > Free up space.\n3. Empty the OneDrive recycle bin online; check the user licence includes 1 TB.',
      ],
    ],
  ),
  article(
    'c-sharepoint-external-share',
    'Sharing a file with someone outside the company fails',
    null,
    'M365',
    [
      [
        'Symptoms',
        'The Share button says "This organization does not allow sharing with external users" or the external recipient gets an access denied page when opening the link.',
      ],
      [
        'Fix',
        '1. SharePoint admin center > Policies > Sharing: external sharing must be at least "New and existing guests" for the organisation and the site.\n2. Check the recipient domain is not in the blocked domains list.\n3. Send a "Specific people" link, not "People in your organization".',
      ],
    ],
  ),
  article('c-authenticator-new-phone', 'Moving Microsoft Authenticator to a new phone', null, 'Identity', [
    [
      'Symptoms',
      'User got a new or replaced phone and can no longer approve sign-ins; the old phone was wiped, traded in or lost.',
    ],
    [
      'Fix',
      '1. If the old phone still works: add the new phone at mysignins.microsoft.com > Security info, then remove the old one.\n2. If not: an admin opens the user in Entra ID > Authentication methods and selects Require re-register MFA.\n3. The user signs in and scans the QR code with the Authenticator app on the new phone.',
    ],
  ]),
  article(
    'c-conditional-access-location',
    'Sign-in blocked abroad or from home: AADSTS53003 / AADSTS50105',
    null,
    'Identity',
    [
      [
        'Symptoms',
        'Sign-in fails with "Your sign-in was successful but does not meet the criteria to access this resource" (AADSTS53003), often when travelling or on a personal device.',
      ],
      [
        'Fix',
        '1. Entra ID > Sign-in logs: open the failure and read which Conditional Access policy blocked it.\n2. For travel, add the user to the travel exclusion group for the agreed dates.\n3. For unmanaged devices, the user must enrol the device or use the browser with app-enforced restrictions.',
      ],
    ],
  ),
  article(
    'c-vpn-connected-no-names',
    'Connected to VPN but cannot open the file server or intranet',
    null,
    'Network',
    [
      [
        'Symptoms',
        'The VPN client says connected, but \\\\fileserver and the intranet do not open; using the IP address works.',
      ],
      [
        'Fix',
        '1. ipconfig /all: the VPN adapter must list the office DNS servers.\n2. ipconfig /flushdns and reconnect.\n3. If the home router uses the same subnet as the office (192.168.1.x) traffic goes to the wrong place: change the home router range or use split DNS on the VPN profile.',
      ],
    ],
  ),
  article('c-guest-wifi-portal', 'Guest Wi-Fi login page does not appear', null, 'Network', [
    [
      'Symptoms',
      'Visitors join the guest wireless network but the splash page to accept terms never shows, so there is no internet.',
    ],
    [
      'Fix',
      '1. Open a plain http site such as neverssl.com to trigger the captive portal.\n2. Turn off private DNS / VPN on the visitor device.\n3. If nobody gets the portal, check the guest VLAN DHCP scope is not exhausted on the firewall.',
    ],
  ]),
  article(
    'c-printer-ip-changed',
    'Network printer offline after a power cut or router change',
    null,
    'Printing',
    [
      [
        'Symptoms',
        'Printer shows Offline on every PC after the office lost power or the router was replaced; the printer itself shows ready.',
      ],
      [
        'Fix',
        '1. Print a configuration page on the printer to read its current IP address.\n2. Create a DHCP reservation for the printer MAC so the address stays fixed.\n3. Update the port on the print server or each PC: Printer properties > Ports > Configure Port.',
      ],
    ],
  ),
  article('c-rdp-credentials', 'Remote Desktop: "Your credentials did not work"', null, 'Endpoints', [
    [
      'Symptoms',
      'Connecting with Remote Desktop (mstsc) to an office PC or server fails with "Your credentials did not work" although the password is right.',
    ],
    [
      'Fix',
      '1. Type the username as DOMAIN\\user or user@company.com, not just the first name.\n2. The user must be in Remote Desktop Users on the target PC.\n3. For Entra-joined PCs use AzureAD\\user@company.com and turn off web sign-in prompts.',
    ],
  ]),
  article('c-laptop-no-power', 'Laptop will not turn on or does not charge', null, 'Endpoints', [
    [
      'Symptoms',
      'Laptop shows nothing when the power button is pressed, the charging light is off, or the battery stays at 0% plugged in.',
    ],
    [
      'Fix',
      '1. Try another wall socket and the original charger (USB-C chargers under 65 W may not charge).\n2. Hold the power button 30 seconds with the charger unplugged to drain residual power, then plug in and start.\n3. If the screen stays black but fans spin, connect an external monitor.\n4. Still dead: log a warranty case with the serial number.',
    ],
  ]),
  article('c-no-sound', 'No sound from speakers or headset in Windows', null, 'Endpoints', [
    [
      'Symptoms',
      'No audio plays from the laptop speakers or the headset, the volume icon shows a red cross, or sound goes to the wrong device.',
    ],
    [
      'Fix',
      '1. Click the speaker icon and choose the right output device.\n2. Settings > System > Sound > Troubleshoot.\n3. Device Manager > Sound: update or roll back the Realtek/Intel audio driver and restart.',
    ],
  ]),
  article('c-webcam', 'Camera not working in Teams or Zoom', null, 'Endpoints', [
    ['Symptoms', 'The webcam shows a black image or "no camera found"; the laptop camera light stays off.'],
    [
      'Fix',
      '1. Check the physical privacy shutter or the F-key camera switch.\n2. Settings > Privacy & security > Camera: allow apps and desktop apps to use the camera.\n3. Close other apps using the camera and reselect it in the meeting app device settings.',
    ],
  ]),
  article('c-windows-activation', 'Windows says "Activate Windows" or is not activated', null, 'Endpoints', [
    [
      'Symptoms',
      'An "Activate Windows" watermark appears on the desktop, or Settings says Windows is not activated, often after a motherboard replacement or reinstall.',
    ],
    [
      'Fix',
      '1. Settings > System > Activation > Troubleshoot.\n2. For Windows Enterprise via M365, sign in with the work account and check the licence is assigned.\n3. After hardware replacement, enter the product key from the asset record.',
    ],
  ]),
  article('c-disk-full', 'C: drive full / low disk space warning', null, 'Endpoints', [
    [
      'Symptoms',
      'Windows shows "Low disk space", the C: drive bar is red, updates fail for lack of space, or apps refuse to save.',
    ],
    [
      'Fix',
      '1. Run Disk Cleanup as admin including system files (Windows Update cleanup).\n2. Storage Sense: delete temporary files and the Downloads folder contents the user agrees to.\n3. Use WinDirStat to find large folders; move archives to OneDrive with Files On-Demand.',
    ],
  ]),
  article(
    'c-browser-adware',
    'Browser pop-ups, redirects or unwanted search engine (adware)',
    null,
    'Security',
    [
      [
        'Symptoms',
        'Chrome or Edge opens ads by itself, the homepage or search engine changed, or notifications from unknown sites appear in the corner of the screen.',
      ],
      [
        'Fix',
        '1. Remove unknown extensions (chrome://extensions, edge://extensions).\n2. Site settings > Notifications: block the sites that push notifications.\n3. Reset browser settings and run a full antivirus scan; check the device in the EDR console.',
      ],
    ],
  ),
  article(
    'c-macros-blocked',
    'Office blocks macros: "Microsoft has blocked macros from running"',
    null,
    'M365',
    [
      [
        'Symptoms',
        'Opening an Excel or Word file from email or the internet shows a red bar "SECURITY RISK Microsoft has blocked macros from running because the source of this file is untrusted".',
      ],
      [
        'Fix',
        '1. Only for files the business trusts: save the file, right-click > Properties > tick Unblock.\n2. Better: store the file in a trusted SharePoint location configured by policy.\n3. Never tell users to enable macros in files from unknown senders.',
      ],
    ],
  ),
  article('c-pdf-default-app', 'PDFs open in the browser instead of Adobe Acrobat', null, 'Endpoints', [
    [
      'Symptoms',
      'Double-clicking a PDF opens it in Edge or Chrome, so the user cannot sign or edit it in Acrobat.',
    ],
    [
      'Fix',
      '1. Right-click a PDF > Open with > Choose another app > Adobe Acrobat > Always.\n2. Or Settings > Apps > Default apps > .pdf.\n3. For the whole company, deploy a default app associations XML via Intune or GPO.',
    ],
  ]),
  article(
    'c-sage-company-data',
    'Sage 50 Accounts cannot find company data on the server',
    null,
    'Line of business',
    [
      [
        'Symptoms',
        'Sage 50 starts with "Cannot find the data path", "Company data not found" or hangs at the login screen after a server restart.',
      ],
      [
        'Fix',
        '1. Check the Sage Data Service is running on the server and the PC.\n2. Confirm the mapped drive to the Sage data folder is connected.\n3. Run the Sage Data Service troubleshooter; restart the service on the server outside hours.',
      ],
    ],
  ),
  article('c-lost-laptop', 'Lost or stolen laptop or phone', null, 'Security', [
    ['Symptoms', 'A user reports their work laptop or phone lost, left on a train or stolen.'],
    [
      'Fix',
      '1. Revoke sessions: Entra ID > user > Revoke sessions, and reset the password.\n2. Intune > Devices: Wipe (company laptop) or Retire (personal phone).\n3. Confirm BitLocker is on for the device record; log the incident and, if client data was on it, inform the data protection lead.',
    ],
  ]),
  article(
    'c-invoice-fraud',
    'Supplier bank details change request by email (invoice fraud)',
    null,
    'Security',
    [
      [
        'Symptoms',
        'Accounts receives an email, apparently from a supplier or the CEO, asking to pay an invoice to new bank details or to make an urgent transfer.',
      ],
      [
        'Fix',
        '1. Do not pay; call the supplier on a number already on file, not one in the email.\n2. Report the message as phishing and check the sender domain for look-alikes.\n3. If money was sent, call the bank immediately and start the incident process.',
      ],
    ],
  ),
  article(
    'c-leaver-mailbox',
    'Leaver: keep the mailbox and forward mail to the manager',
    null,
    'Offboarding',
    [
      [
        'Symptoms',
        'Someone is leaving and the manager needs access to their email and wants new mail forwarded.',
      ],
      [
        'Fix',
        '1. Block sign-in and reset the password on the last day.\n2. Convert the mailbox to a shared mailbox, then remove the licence.\n3. Grant the manager Full Access, and set forwarding or an automatic reply.\n4. Transfer OneDrive files to the manager before the account is deleted.',
      ],
    ],
  ),
  article('c-autopilot-new-laptop', 'New starter laptop setup with Autopilot', null, 'Onboarding', [
    [
      'Symptoms',
      'A new laptop for a new employee must be set up; or Autopilot setup stops at "Setting up your device" or error 80180014.',
    ],
    [
      'Fix',
      '1. Make sure the device hash is imported in Intune > Enrollment > Windows Autopilot and assigned a profile.\n2. The user signs in with their work account on first start.\n3. Error 80180014: the device enrolment restriction blocks personal devices; remove and re-import the device.',
    ],
  ]),
  article('c-usb-blocked', 'USB memory stick blocked or not allowed', null, 'Security', [
    [
      'Symptoms',
      'Plugging in a USB stick or external hard disk shows "This device is blocked by your organisation" or nothing happens.',
    ],
    [
      'Fix',
      '1. Removable storage is blocked by the device control policy on purpose.\n2. Ask the manager to approve an exception; add the device ID to the allowed list in Intune.\n3. Suggest OneDrive or a SharePoint link to move files instead.',
    ],
  ]),
  // Client runbooks.
  article('c-harbor-ezyvet', 'Harbor Vets: ezyVet slow or logging users out', harbor, 'Clients/Harbor', [
    [
      'Symptoms',
      'Reception and vets at Harbor Veterinary say ezyVet (the practice management system) is slow, freezes on the appointment book or keeps logging them out.',
    ],
    [
      'Fix',
      '1. ezyVet is cloud hosted: check status.ezyvet.com first.\n2. Use Chrome, not Edge; clear cache for the ezyVet site.\n3. Session timeout is set by the practice manager in ezyVet admin, not by us.',
    ],
  ]),
  article('c-harbor-zebra', 'Harbor Vets: Zebra label printer for prescriptions', harbor, 'Clients/Harbor', [
    [
      'Symptoms',
      'Prescription or sample labels print blank, shifted, or the Zebra printer in the dispensary blinks red.',
    ],
    [
      'Fix',
      '1. Load the label roll with the gap sensor aligned and hold the feed button to calibrate.\n2. In Windows printer preferences set the 57x32 mm label stock.\n3. Red light: the printhead is open or the ribbon is out.',
    ],
  ]),
  article(
    'c-pinecrest-caseware',
    'Pinecrest: CaseWare file locked or in use',
    pinecrest,
    'Clients/Pinecrest',
    [
      [
        'Symptoms',
        'Accountants at Pinecrest cannot open a CaseWare Working Papers client file: "file is in use by another user" or "locked".',
      ],
      [
        'Fix',
        '1. Check in CaseWare who has the file open; ask them to close it.\n2. If nobody does, delete the .lck file next to the .ac file on the server share.\n3. Use the CaseWare sync copy when working offline, never a copied file.',
      ],
    ],
  ),
  article(
    'c-pinecrest-watchguard',
    'Pinecrest: WatchGuard SSL VPN for remote staff',
    pinecrest,
    'Clients/Pinecrest',
    [
      [
        'Symptoms',
        'Pinecrest staff working from home cannot connect the WatchGuard Mobile VPN with SSL client, or it says authentication failed.',
      ],
      [
        'Fix',
        '1. Server: vpn.pinecrest.example, port 443.\n2. Username is the Windows login, MFA via AuthPoint push.\n3. Authentication failed: the user must be in SSLVPN-Users in AD.',
      ],
    ],
  ),
  article(
    'c-lakeside-autocad',
    'Lakeside: AutoCAD licence error or sign-in required',
    lakeside,
    'Clients/Lakeside',
    [
      [
        'Symptoms',
        'AutoCAD or Revit at Lakeside Architects says the licence is not valid, the trial expired, or asks to sign in to Autodesk.',
      ],
      [
        'Fix',
        '1. Lakeside uses named-user licensing: the user signs in with their work email in the Autodesk account.\n2. In Autodesk Account > User management check a seat is assigned.\n3. Clear the licence cache: delete %localappdata%\\Autodesk\\Web Services\\LoginState.xml and sign in again.',
      ],
    ],
  ),
  article(
    'c-lakeside-plotter',
    'Lakeside: HP DesignJet plotter jobs stuck or cut off',
    lakeside,
    'Clients/Lakeside',
    [
      [
        'Symptoms',
        'Large A1/A0 drawings sent to the HP DesignJet at Lakeside stay in the queue, print only partly, or come out scaled wrong.',
      ],
      [
        'Fix',
        '1. Send from AutoCAD using the HP-GL/2 driver, not the PostScript one.\n2. Check the roll width loaded matches the paper size in the plot settings.\n3. Large PDFs: print via HP Click instead of Acrobat.',
      ],
    ],
  ),
];
