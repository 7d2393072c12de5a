import type { LabelledTicket } from '../tickets.ts';
import { SET_E_CLIENTS } from './articles.ts';

/**
 * Set E tickets, written as people phone or email them in: terse, misspelled, lay words, wrong
 * product names, partial error codes, two problems at once, another client's system named. Labels
 * are what an engineer reading the article would actually fix the ticket with; a client ticket
 * whose fix is its own runbook lists that runbook only (Cedar's DYMO labels and Prairie's EMS
 * FortiClient override the generic articles). `null` = the KB has nothing that fixes it; most of
 * those share words with an article on purpose. Written before any run; never edited after one.
 */
const { cedar, keystone, mosaic, prairie, bluewater } = SET_E_CLIENTS;

function t(text: string, company: string | null, expected: string[] | null): LabelledTicket {
  return { text, company, expected };
}

export const SET_E_TICKETS: readonly LabelledTicket[] = [
  // Google Workspace (Keystone and Bluewater are on Google; the others on M365)
  t(
    'my outlook on the gmail stopped getting emails since yesterday, gmail on the web has them all',
    bluewater,
    ['e-gwsmo-outlook'],
  ),
  t(
    'Outlook says cant open profile, something about google sync?? we use google for email i think',
    keystone,
    ['e-gwsmo-outlook'],
  ),
  t('calender invites from clients not showing in outlook but they show on my phone', keystone, [
    'e-gwsmo-outlook',
  ]),
  t('the G drive disapeared from my computer, where did all the shared files go', keystone, [
    'e-gdrive-desktop',
  ]),
  t(
    'google drive folder has little blue circle arrows on everything for 2 days and my coworker cant see the consent forms I saved',
    bluewater,
    ['e-gdrive-desktop'],
  ),
  t(
    'front desk imac - the google drive thing isnt in the finder sidebar anymore after the mac update',
    bluewater,
    ['e-gdrive-desktop'],
  ),
  t(
    'i got a new phone and gmail wants me to verify its me on my old phone which i traded in. cant get into email at all',
    bluewater,
    ['e-gws-suspended-login'],
  ),
  t(
    'Getting "your account has been disabled by administrator" when logging into email. I did nothing wrong!!',
    keystone,
    ['e-gws-suspended-login'],
  ),

  // M365 sign-in, sync, calendars
  t(
    'new iphone, the authenticator app is empty and it keeps telling me to approve on my phone. help',
    prairie,
    ['e-m365-mfa-new-phone'],
  ),
  t(
    'Hi, I factory reset my phone and now I cant do the number matching thing when logging into teams',
    mosaic,
    ['e-m365-mfa-new-phone'],
  ),
  t(
    'Dr. Patel deleted the microsoft app off her phone by accident and now it wants a code to sign in',
    cedar,
    ['e-m365-mfa-new-phone'],
  ),
  t(
    'Created new user jsmith in AD at Prairie 3 hrs ago, still not showing in 365 admin so I cant give her a licence',
    prairie,
    ['e-aadconnect-sync'],
  ),
  t(
    'I changed my password on the computer this morning but outlook web still takes the old one and the new one doesnt work on teams',
    cedar,
    ['e-aadconnect-sync'],
  ),
  t(
    'got married, my computer login has my new last name for weeks but emails still go out with my maiden name',
    mosaic,
    ['e-aadconnect-sync'],
  ),
  t('admin portal banner: dir sync hasnt synced in more than a day (Mosaic)', mosaic, ['e-aadconnect-sync']),
  t('boardroom keeps saying tentative when i book it and then two groups show up for the same room', mosaic, [
    'e-room-mailbox',
  ]),
  t('When I try to book the Maple room for the board meeting it declines me right away', prairie, [
    'e-room-mailbox',
  ]),
  t('can you make it so Karen can see and add stuff to Dr. Liu calender', cedar, ['e-shared-calendar']),
  t('the branch vacation calendar Lisa shared shows old stuff on my pc but its right on my phone', prairie, [
    'e-shared-calendar',
  ]),

  // Conferencing
  t(
    'the big screen in the conference room has a windows login on it instead of the teams thing, client meeting at 2!!',
    mosaic,
    ['e-teams-rooms'],
  ),
  t('the touch tablet on the boardroom table says device offline and no meetings listed', prairie, [
    'e-teams-rooms',
  ]),
  t('nobody can hear me on zoom, my headset works fine for music', keystone, ['e-zoom-audio-video']),
  t('camera is black on zoom on my macbook, works in facetime', mosaic, ['e-zoom-audio-video']),
  t(
    'on the teams... sorry zoom call the sound comes out of the laptop not my headphones when im docked',
    bluewater,
    ['e-zoom-audio-video'],
  ),

  // Apple
  t(
    'My mac keeps asking for my keychain password every few minutes since you guys reset my password',
    mosaic,
    ['e-mac-keychain'],
  ),
  t(
    'macbook popup "accountsd wants to use login keychain" wont go away, i type my password and it says wrong',
    keystone,
    ['e-mac-keychain'],
  ),
  t(
    'Good morning, I am not sure who to ask about this but since Friday when we got the new password thing I have been unable to get my email on the macbook properly, it keeps popping a box about a key chain or something and asking for a password and when I put my password in it doesnt take it, I tried my old one too and then it went away for a bit. The wifi asks sometimes too. thanks Linda',
    keystone,
    ['e-mac-keychain'],
  ),
  t('printing from my mac to the big copier does nothing, queue says hold for something', mosaic, [
    'e-mac-print-hold',
  ]),
  t('iphone mail app says cannot get mail username or password incorrect. I didnt change anything', prairie, [
    'e-iphone-mail-sync',
  ]),
  t('work email on my ipad stopped updating last week, calender too', cedar, ['e-iphone-mail-sync']),
  t("leaver's ipad came back, after reset it's asking for her apple id and she's gone", keystone, [
    'e-ios-activation-lock',
  ]),
  t('bought a used iphone for the new girl from the other office and it says locked to owner', cedar, [
    'e-ios-activation-lock',
  ]),

  // Network, Wi-Fi, VPN
  t(
    "laptops won't connect to the wifi this morning 'cant connect to this network' but my phone on the guest one works",
    mosaic,
    ['e-meraki-8021x'],
  ),
  t(
    'all laptops at north branch lost wifi, phones ok. L1 note: Meraki event log says radius server did not respond',
    prairie,
    ['e-meraki-8021x'],
  ),
  t('wifi is dead in the back kennels and surgery, front is fine', cedar, ['e-unifi-ap-offline']),
  t(
    'no wifi upstairs in ops 3 and 4 since the power flicker yesterday, the light on the round thing on the ceiling is off',
    bluewater,
    ['e-unifi-ap-offline'],
  ),
  t('VPN from home not working, netextender says connecting forever', keystone, ['e-sonicwall-netextender']),
  t('im on the sonicwall vpn, says connected, but the S drive wont open', keystone, [
    'e-sonicwall-netextender',
  ]),
  t('login failed max login attempts on the vpn thing', bluewater, ['e-sonicwall-netextender']),
  t('forticlient stuck at 98 percent then drops', cedar, ['e-forticlient-vpn']),
  t('user at a hotel gets -14 on the vpn, unreachable', mosaic, ['e-forticlient-vpn']),
  t('forti vpn error -720something credential or config wrong', bluewater, ['e-forticlient-vpn']),
  t('vpn stuck at 98% from home, tried everything', prairie, ['e-prairie-vpn']),
  t("Got a new phone and the token app for the vpn doesn't have my account anymore", prairie, [
    'e-prairie-vpn',
  ]),
  t('vpn says my endpoint is not compliant?? what does that even mean', prairie, ['e-prairie-vpn']),

  // Remote desktop, file server
  t(
    'working from home, remote desktop says the gateway server is temporarily unavailable. people in the office are fine',
    keystone,
    ['e-rd-gateway'],
  ),
  t(
    'rdp to the render server from home gives a certificate warning about the rdgw name and then fails',
    mosaic,
    ['e-rd-gateway'],
  ),
  t(
    'logged on to the terminal server and all my desktop icons are gone, outlook wants to set up like im new',
    prairie,
    ['e-rds-temp-profile'],
  ),
  t('FSLogix "profile container could not be attached" for a user on the RDS box', bluewater, [
    'e-rds-temp-profile',
  ]),
  t(
    'everybody getting kicked off the remote server right after login, something about license servers',
    keystone,
    ['e-rds-licensing'],
  ),
  t("I can't open the Finance folder on the S drive, says I dont have permission. Marie can open it", cedar, [
    'e-ntfs-share-access',
  ]),
  t('I was added to the lending group yesterday but still access denied on the lending folder', prairie, [
    'e-ntfs-share-access',
  ]),
  t("can't edit anything in the 2019 project under archive, everything read only", mosaic, [
    'e-mosaic-project-drive',
  ]),
  t('P drive gone after login this morning', mosaic, ['e-mosaic-project-drive']),
  t('working from home and the projects drive isnt there, vpn is connected tho', mosaic, [
    'e-mosaic-project-drive',
  ]),

  // Phones
  t('my desk phone says No Service and theres a red X on the line', keystone, ['e-yealink-registration']),
  t('phone at reception is dead no dial tone, screen says registration failed', cedar, [
    'e-yealink-registration',
  ]),
  t('phones all stuck on "updating please wait" since the power came back', prairie, ['e-polycom-boot']),
  t('poly phone keeps rebooting over and over', mosaic, ['e-polycom-boot']),
  t(
    'tenant called to complain the emergency maintenance line just rang and rang at 11pm last night',
    keystone,
    ['e-keystone-after-hours-phones'],
  ),
  t('need the phones to go to the answering service all day on Family Day monday', keystone, [
    'e-keystone-after-hours-phones',
  ]),

  // Printers, labels, POS, scanners
  t('zebra printer skipping labels, prints one then spits out 2 blank', keystone, ['e-zebra-label']),
  t('the ZD421 label thing prints blank labels since we changed the roll', bluewater, ['e-zebra-label']),
  t('rx labels coming out blank', cedar, ['e-cedar-label-printer']),
  t('label printer in pharmacy blinking blue and wont print, we just got new labels from amazon', cedar, [
    'e-cedar-label-printer',
  ]),
  t('kennel card labels print tiny in the corner', cedar, ['e-cedar-label-printer']),
  t('receipt printer at the front isnt printing after people pay, and the drawer wont pop', cedar, [
    'e-receipt-printer',
  ]),
  t('card machine says comm error for every card', bluewater, ['e-card-terminal']),
  t('checkout stuck on waiting for pinpad', cedar, ['e-card-terminal']),
  t("tenant rent checks won't scan, appfolio says scanner not detected", keystone, [
    'e-keystone-check-scanner',
  ]),
  t('check scanner feeds them but the pictures are blank in the deposit', keystone, [
    'e-keystone-check-scanner',
  ]),
  t('scanner works in its own program but bluebeam says no scanner found', mosaic, ['e-twain-scanner']),
  t('new PC, the member document system cant see my fujitsu', prairie, ['e-twain-scanner']),
  t('scanning from the big copier to email gives send error, scan to folder still fine', bluewater, [
    'e-scan-to-email',
  ]),
  t('copier: SMTP authentication failed when scanning to my email', cedar, ['e-scan-to-email']),

  // Apps, cloud storage, security
  t('acrobat turned into reader, cant combine pdfs anymore', mosaic, ['e-acrobat-license']),
  t('adobe says trial expired?? we pay for it', prairie, ['e-acrobat-license']),
  t('dropbox has files called conflicted copy everywhere in the leases folder', keystone, ['e-dropbox-sync']),
  t('dropbox on front desk stuck syncing 342 files for days', bluewater, ['e-dropbox-sync']),
  t('box drive shows an empty folder for the Henderson project, my colleague sees the files', mosaic, [
    'e-box-drive',
  ]),
  t('word docs open read only from box', prairie, ['e-box-drive']),
  t('bitwarden doesnt fill in my passwords anymore', keystone, ['e-bitwarden']),
  t('forgot my bitwarden master password. can you reset it', cedar, ['e-bitwarden']),
  t('new laptop, cant see the shared passwords in the password manager', mosaic, ['e-bitwarden']),
  t("antivirus popped up threat quarantined and now the lab results program won't open", cedar, [
    'e-edr-false-positive',
  ]),
  t('sentinal one blocked our excel macro for the loan calculator', prairie, ['e-edr-false-positive']),
  t(
    "got an email from 'Dave' our president asking me to buy gift cards, looks like his name but the address is weird",
    keystone,
    ['e-dmarc-spoofing'],
  ),
  t('patients say they are getting spam from our email address, we didnt send it', bluewater, [
    'e-dmarc-spoofing',
  ]),
  t('since you changed the email security thing our invoices from quickbooks go to clients junk', mosaic, [
    'e-dmarc-spoofing',
  ]),
  t('new laptop for Prairie stuck at setting up your device, identifying, for an hour', prairie, [
    'e-autopilot-build',
  ]),
  t('new laptop gave error 80180014 when I signed in', mosaic, ['e-autopilot-build']),
  t('new computer setup error 0x8007 something timeout, apps 0 of 6', cedar, ['e-autopilot-build']),
  t("Jenna's last day is Friday, please do the usual", cedar, ['e-offboarding']),
  t(
    "we let Tom in maintenance go this morning, he's still in the building, need his access cut now",
    keystone,
    ['e-offboarding'],
  ),
  t('left my work laptop on the bus this morning', prairie, ['e-lost-device']),
  t('my car was broken into, the office ipad was in it', bluewater, ['e-lost-device']),
  t('I accidentally deleted the 2024 leases folder from the shared drive', keystone, [
    'e-restore-deleted-file',
  ]),
  t("saved over the fee proposal spreadsheet with the wrong numbers, need yesterday's back", mosaic, [
    'e-restore-deleted-file',
  ]),
  t('file i was working on in onedrive is just gone, not in my folder anymore', prairie, [
    'e-restore-deleted-file',
  ]),
  t('power was out all night, this morning nothing works, no internet no phones', cedar, [
    'e-power-outage-recovery',
  ]),
  t("breaker tripped, server room box beeping and the server didn't turn back on", mosaic, [
    'e-power-outage-recovery',
  ]),

  // MSP internal, from our own L1
  t(
    "caller says she's the CFO at Prairie and needs her password reset right now, calling from her cell, number not in our system",
    prairie,
    ['e-msp-id-verification'],
  ),
  t('how do I handle someone asking me to reset their MFA over the phone, they sound legit', null, [
    'e-msp-id-verification',
  ]),
  t('3 PCs at Keystone showing offline in ninja for days but users are working on them', keystone, [
    'e-msp-rmm-offline',
  ]),
  t('is a printer being down on a saturday something I page on-call for?', null, ['e-msp-after-hours']),

  // Cedar Ridge Animal Hospital
  t('front desk cornerstone says unable to connect to the database server', cedar, ['e-cedar-cornerstone']),
  t('exam room 2 computer cant open the patient software, other rooms fine', cedar, ['e-cedar-cornerstone']),
  t(
    "Hi so this morning when I came in Dr. Liu's computer in exam 3 was showing that the program for the patients wasn't connecting, we restarted it and it still says the server can't be found, the other computers at the front are ok I think but the tech said hers was slow too earlier. We have appointments starting at 9 please call asap",
    cedar,
    ['e-cedar-cornerstone'],
  ),
  t('xray pictures not showing up in the pets file', cedar, ['e-cedar-xray']),
  t('radiology pc says detector not ready', cedar, ['e-cedar-xray']),
  t('whats the wifi password for clients in the waiting room this week', cedar, ['e-cedar-guest-wifi']),
  t("a client's phone connects to our wifi in the lobby but says no internet", cedar, ['e-cedar-guest-wifi']),
  t('guest wifi splash page doesnt come up for clients, like the meraki one we had before', cedar, [
    'e-cedar-guest-wifi',
  ]),

  // Keystone Property Management
  t(
    'prospective tenants at the Elm St leasing office can see the wifi but the page to click accept never comes up',
    keystone,
    ['e-keystone-guest-wifi'],
  ),
  t('the show suite ipads keep dropping off the visitor wifi every hour', keystone, [
    'e-keystone-guest-wifi',
  ]),
  t(
    'check scanner in accounting – panini says not detected in appfolio. same thing as the xray detector not ready thing?',
    keystone,
    ['e-keystone-check-scanner'],
  ),

  // Mosaic Design Studio
  t('revit says no license available', mosaic, ['e-mosaic-autodesk']),
  t('autocad asking for a serial number when I open it??', mosaic, ['e-mosaic-autodesk']),
  t("plotter says out of paper but there's a roll in it", mosaic, ['e-mosaic-plotter']),
  t('printed the 24x36 but it came out tiny in the corner', mosaic, ['e-mosaic-plotter']),
  t(
    'we want a label printer like the vet clinic has with the dymo for our model tags? for now our zebra prints blank ones',
    mosaic,
    ['e-zebra-label'],
  ),

  // Prairie Federal Credit Union
  t("teller 3 can't get into episys, says unable to connect to host", prairie, ['e-prairie-episys']),
  t("all tellers at both branches can't get into the core this morning", prairie, ['e-prairie-episys']),
  t("member says she can't open the encrypted email I sent with her loan papers", prairie, [
    'e-prairie-secure-email',
  ]),
  t('my email to a member with her card number got blocked, how do I send it', prairie, [
    'e-prairie-secure-email',
  ]),

  // Two problems in one ticket
  t('my mac keeps asking for the keychain password and also zoom camera is black', mosaic, [
    'e-mac-keychain',
    'e-zoom-audio-video',
  ]),
  t(
    "hi two things - phone at my desk says no service, and I can't get into the leases folder, access denied",
    keystone,
    ['e-yealink-registration', 'e-ntfs-share-access'],
  ),
  t('cant connect vpn from home (98%) and my iphone mail stopped too after the password change', prairie, [
    'e-prairie-vpn',
    'e-iphone-mail-sync',
  ]),

  // No answer in this KB (most share words with an article on purpose)
  t("Dentrix on front desk says can't connect to the database server", bluewater, null),
  t('autocad on the facilities manager pc says license expired', keystone, null),
  t('whats the guest wifi password for visitors in our lobby', mosaic, null),
  t('UPS guy left our package at the wrong suite, can you track it down', keystone, null),
  t('zoom on my excel sheet stuck at 400% cant get it back to normal', mosaic, null),
  t('the episys month end dividend report shows the wrong rate', prairie, null),
  t("cornerstone invoice total wrong for a patient, the discount didn't apply", cedar, null),
  t('AppFolio is missing the owner statement for May', keystone, null),
  t('revit crashes every time I open the Henderson central model, license is fine', mosaic, null),
  t('iphone screen cracked, can you get it fixed', bluewater, null),
  t('need a quote for 3 new laptops for new hires next month', cedar, null),
  t('wifi at my house is super slow when working from home, spectrum router', keystone, null),
  t('paper jam in tray 2 of the copier on 2nd floor', prairie, null),
  t('plotter ink low, which cartridges do we order', mosaic, null),
  t('can you change the hold music on our phones to something less annoying', cedar, null),
  t('getting an email every night saying backup failed from datto', bluewater, null),
  t('google sheets vlookup returning #N/A on the rent roll', keystone, null),
  t('outlook signature logo shows up as an attachment for members', prairie, null),
  t('dropbox says we are out of space, which plan should we upgrade to', mosaic, null),
  t("the cash drawer key is lost, front desk can't open the drawer by hand", cedar, null),
  t('need a new handset cord for my yealink, the curly one is broken', prairie, null),
  t('box of toner arrived crushed, need to return it', keystone, null),
  t('background blur option missing in teams meetings', mosaic, null),
  t('our website is down, shows an error page', bluewater, null),
  t('board wants a report of how many phishing emails we got last quarter', prairie, null),
  t('email not working', mosaic, null),
];
