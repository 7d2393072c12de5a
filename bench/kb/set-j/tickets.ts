import type { LabelledTicket } from '../tickets.ts';
import { SET_J_CLIENTS } from './articles.ts';

function t(text: string, company: string | null, expected: string[] | null): LabelledTicket {
  return { text, company, expected };
}

const { brightline, hollis, riverbend, cedarvalley } = SET_J_CLIENTS;

/**
 * Set J tickets, written blind (see articles.ts): 120 tickets, 102 answerable and 18 with no
 * answer in this KB. 17 of the 18 are hard negatives: 13 share a product or symptom area with an
 * article that does not fix them (Teams background, recalling a message, toner, porting numbers...),
 * some naming products the KB never mentions (Salesforce, Adobe Acrobat), and 4 ask one client's
 * runbook system from another client (Sage, kiosk Chromebook, receipt printer, DonorPerfect). One
 * (QuickBooks bank feed) is an easy negative. 52 tickets come from the 4 clients: 36 answered by
 * their own runbook first, 16 by a generic article (no runbook covers it for that client).
 */
export const SET_J_TICKETS: readonly LabelledTicket[] = [
  // ---------------------------------------------------------------- generic queue, answerable
  t('printer broke', null, ['j-printer-troubleshooting']),
  t(
    'outlook keeps asking for my password over and over, i type it in and it just comes back 5 min later. webmail works fine on the same pc',
    null,
    ['j-outlook-troubleshoot'],
  ),
  t(
    "Hi, I got a new iPhone over the weekend (finally upgraded lol) and now I can't get into my email on the computer. It wants me to approve on the little phone app with the numbers but that app isn't on my new phone. The old phone got traded in at the Verizon store Saturday so I don't have it. I have a client call at 11, please help!!",
    null,
    ['j-mfa-authenticator'],
  ),
  t(
    'user getting AADSTS5 something when signing in from home, says blocked by conditional acces. works fine in the office',
    null,
    ['j-conditional-access'],
  ),
  t('my screens went black on the dock. laptop screen still works. tried unplugging the hdmi', null, [
    'j-docks-monitors',
  ]),
  t(
    "Getting a bounce back when I email our vendor: 550 5.1.1 RESOLVER.ADR.RecipientNotFound. I've emailed him a hundred times before, nothing changed on my end",
    null,
    ['j-ndr-codes'],
  ),
  t(
    "got a weird email saying my mailbox is 99% full click here to upgrade storage. looks fake?? I didn't click anything. what do i do with it",
    null,
    ['j-phishing-report'],
  ),
  t(
    "L1 here. User clicked a link in a DocuSign-looking email and typed in her M365 password about 20 min ago. Now her Outlook is sending emails she didn't write to her whole contact list. Calling her now.",
    null,
    ['j-account-compromise', 'j-phishing-report'],
  ),
  t(
    "She keeps getting 'approve sign in?' requests on her phone at 3am, she's asleep and not doing anything. she denied them all. is someone in her account?",
    null,
    ['j-suspicious-mfa-prompts', 'j-account-compromise'],
  ),
  t(
    "Files on the shared drive all have .akira on the end now and there's a readme text file in every folder. Whole office can't open anything. HELP",
    null,
    ['j-ransomware-first-steps'],
  ),
  t('computer super slow, takes like 10 min to open excel. restarted yesterday', null, ['j-slow-pc']),
  t('Windows update keeps failing with 0x80073712, tried 3 times now', null, ['j-windows-update']),
  t(
    'laptop is asking for a bitlocker recovery key after the dell update ran last night. blue screen, key ID starts 4A7F',
    null,
    ['j-bitlocker-recovery'],
  ),
  t(
    "Logged in this morning and all my desktop stuff is gone, wallpaper is the default blue one and a box said we can't sign in to your account",
    null,
    ['j-profile-issues'],
  ),
  t(
    'New hire starting Monday: Jordan Reyes, Account Executive, reports to Dana. Please mirror Taylor Brooks access (same email groups and Teams). Will need a laptop too.',
    null,
    ['j-onboarding'],
  ),
  t(
    "Please disable Mark Olsen's account effective 5pm today, it's his last day. His manager Lisa needs his emails and his OneDrive files.",
    null,
    ['j-offboarding'],
  ),
  t(
    "I accidentally deleted a folder from our Teams files yesterday called 'Q2 Invoices'. Can you get it back? It had like 40 pdfs in it",
    null,
    ['j-file-restore'],
  ),
  t(
    'All my emails from before March are gone?? I think I deleted them when I was cleaning up and then emptied the deleted folder. Please tell me theyre not gone forever',
    null,
    ['j-mailbox-restore'],
  ),
  t(
    'RDP to my office computer from home says remote desktop gateway server is temporarily unavailable',
    null,
    ['j-rd-gateway'],
  ),
  t(
    'tech note: ninja shows agent offline for ACC-PC14 but the user says the pc is on and working fine',
    null,
    ['j-rmm-remote'],
  ),
  t(
    "desk phone says No Service since this morning. everyone else's phone is fine. cable looks plugged in",
    null,
    ['j-voip-handsets'],
  ),
  t('whole office has no internet. modem lights are blinking orange', null, ['j-isp-outage']),
  t(
    "Can't get to our own website from the office, it works on my phone. Chrome says DNS_PROBE_FINISHED_NXDOMAIN",
    null,
    ['j-dns'],
  ),
  t(
    'wifi keeps dropping on my laptop in the big conference room, every 10 minutes or so. a couple other people said the same thing',
    null,
    ['j-wifi'],
  ),
  t(
    'my skype dial pad is gone?? the calls tab just shows my contacts and history now. I need to call customers today',
    null,
    ['j-teams-calling'],
  ),
  t('please add Sara to the billing@ mailbox so she can see it in her outlook and send from it', null, [
    'j-shared-mailbox',
  ]),
  t("Excel has a red bar at the top saying Unlicensed Product and won't let me edit anything", null, [
    'j-m365-licensing',
  ]),
  t(
    "the one drive cloud has a red x and files aren't syncing. it's said processing changes since yesterday",
    null,
    ['j-onedrive-sync'],
  ),
  t(
    "Our outside accountant can't open the link we sent her from SharePoint, she gets 'Sorry, this site hasn't been shared with you'. She's tried twice.",
    null,
    ['j-sharepoint-permissions'],
  ),
  t(
    'copier stopped emailing scans right after we changed the password on the scanner@ email account. says authentication unsuccessful',
    null,
    ['j-scan-to-email-folder'],
  ),
  t('forticlient stuck at 98% connecting', null, ['j-fortinet-vpn']),
  t(
    'NetExtender says authentication failed. Was working yesterday, I did get a "password expires" warning last week',
    null,
    ['j-sonicwall-vpn'],
  ),
  t('webcam not working in teams, just a black picture with a camera crossed out', null, [
    'j-docks-monitors',
  ]),
  t('Error 0x0000011b when trying to add the printer upstairs', null, ['j-printer-troubleshooting']),
  t("outlook search doesn't find anything anymore, even emails I can see in my inbox", null, [
    'j-outlook-troubleshoot',
  ]),
  t(
    "I set my email to forward to my gmail while I'm on vacation and now I got an email back saying 550 5.7.520 access denied your organization does not allow external forwarding. can you turn that on?",
    null,
    ['j-ndr-codes'],
  ),
  t(
    'Two things: my second monitor isnt showing anything since I moved desks, and also the printer by the kitchen shows offline for me (others can print to it)',
    null,
    ['j-docks-monitors', 'j-printer-troubleshooting'],
  ),
  t(
    "Hi team, hope you all had a good weekend! So we had the quarterly board meeting in the Lakeside room on Thursday and Gary from finance was presenting the budget, anyway afterwards I went home and tried to connect to the office to finish the slides and the Forti thing gave me an error, something like credential or configuration is wrong -7200. I'm sure my password is right because I use it for everything and I logged into my laptop with it. Can someone call me? I'm in back to backs until 2 though. Thanks, Priya",
    null,
    ['j-fortinet-vpn'],
  ),
  t(
    "Update stuck on 'undoing changes made to your computer' for over an hour, then it restarts and does it again",
    null,
    ['j-windows-update'],
  ),
  t(
    "L1: user back from 3 months leave, PC says 'The trust relationship between this workstation and the primary domain failed'",
    null,
    ['j-profile-issues'],
  ),
  t(
    "laptop won't charge on the docking station, dell screen says the AC power adapter wattage and type cannot be determined",
    null,
    ['j-docks-monitors'],
  ),
  t(
    "A customer of ours called to say they got an email from Dan with a 'shared document' link asking them to log in. Dan never sent that. Is Dan hacked?",
    null,
    ['j-account-compromise'],
  ),
  t(
    'someone saved over the pricing spreadsheet in sharepoint with the old numbers this morning, need the version from yesterday back',
    null,
    ['j-file-restore'],
  ),
  t("I forgot my password and I'm locked out, can you reset it? I'm on my phone right now", null, [
    'j-mfa-authenticator',
  ]),
  t(
    "New hire's Teams number not working, when she tries to call out it says you can't make calls because your number isn't set up",
    null,
    ['j-teams-calling'],
  ),
  t('Cannot start Microsoft Outlook. Cannot open the set of folders.', null, ['j-outlook-troubleshoot']),
  t(
    "a customer says they can't email our sales@ list, their email bounces back with '550 5.7.1 delivery not authorized'. they're a real customer",
    null,
    ['j-ndr-codes'],
  ),
  t("the AP in the back warehouse shows 'heartbeat missed' in unifi, no wifi back there at all", null, [
    'j-wifi',
  ]),
  t(
    "Remote session to the user's Mac in screenconnect is just a black screen and i can't click anything",
    null,
    ['j-rmm-remote'],
  ),
  t("one way audio on calls. I can hear them, they can't hear me. desk phone not the computer", null, [
    'j-voip-handsets',
  ]),

  // ---------------------------------------------------------------- generic queue, no answer
  t(
    'how do I change my background in teams? want to blur my kitchen or put our logo behind me for client calls',
    null,
    null,
  ),
  t(
    'I sent an email to the whole company by mistake with the wrong attachment, how do I recall it?? URGENT',
    null,
    null,
  ),
  t(
    "Salesforce keeps saying 'verify your identity' and sends a code to my email but the code never comes. I've checked junk",
    null,
    null,
  ),
  t(
    'QuickBooks Online bank feed disconnected again, it says we need to reconnect to Chase but the button just spins',
    null,
    null,
  ),
  t(
    'Adobe Acrobat keeps popping up saying my trial has expired and to buy a license. I just need to sign PDFs',
    null,
    null,
  ),
  t(
    'Can you guys run a phishing simulation test for our staff next month? The owner wants to see who clicks',
    null,
    null,
  ),
  t(
    "We're opening a second warehouse across town in January. Need the networks connected with a site-to-site VPN so they can reach the server. Can you quote it?",
    null,
    null,
  ),
  t(
    "we're switching phone companies and want to keep our main number and the 800 number, how do we port them?",
    null,
    null,
  ),
  t('need a new black toner for the Ricoh in the front office, can you order one', null, null),
  t(
    "Our cyber insurance renewal questionnaire asks if we have EDR, immutable backups and MFA on all remote access. Can you fill it out for us? It's due Friday.",
    null,
    null,
  ),

  // ---------------------------------------------------------------- Brightline Dental Partners
  t(
    'Dentrix wont open at the front desk in Eden Prairie, says unable to connect to the database. The other computers here too. Patients are checking in!',
    brightline,
    ['j-bdp-dentrix'],
  ),
  t('the xray thing isnt working in op 3, says no sensor. patient in the chair!!', brightline, [
    'j-bdp-xray-sensors',
  ]),
  t(
    'Phones at the Wayzata office all say No Service. Internet seems ok, we can get on websites',
    brightline,
    ['j-bdp-weave-phones'],
  ),
  t(
    "Hi! We'll be closed Thanksgiving Thursday and Friday. How do I get the phones to play a closed message those days?",
    brightline,
    ['j-bdp-weave-phones'],
  ),
  t(
    'After the windows update on op 2 Dentrix says the version on this workstation does not match the server. Dr. Patel needs op 2 at 1pm',
    brightline,
    ['j-bdp-dentrix'],
  ),
  t(
    "Hygienist clicks the Dexis button in the patient chart and it opens imaging on the wrong patient (or a blank one). It used to jump right to the patient's xrays",
    brightline,
    ['j-bdp-xray-sensors'],
  ),
  t(
    'New hygienist starting at Plymouth next Tuesday, Ashley Nguyen. Needs email, Dentrix login and a phone at her op. Mirror Kim L.',
    brightline,
    ['j-onboarding', 'j-bdp-dentrix', 'j-bdp-weave-phones'],
  ),
  t(
    "Got an email from 'Henry Schein Billing' saying our account is suspended and to log in to verify. The email address looks weird. Didn't click it",
    brightline,
    ['j-phishing-report'],
  ),
  t(
    'Front desk computer in Edina is soooo slow. Everything, not just dentrix, even opening the start menu. Its been like this for a week',
    brightline,
    ['j-slow-pc'],
  ),
  t(
    'Office manager here, trying to work from home tonight. The VPN (NetExtender?) just says connecting... and then times out. My home internet works fine',
    brightline,
    ['j-sonicwall-vpn'],
  ),
  t(
    "Patient texts in Weave aren't showing the patient name or their appointment anymore, just the phone number. Reminders didn't go out this morning either",
    brightline,
    ['j-bdp-weave-phones'],
  ),
  t('monitor in op 4 keeps flickering, kind of gives you a headache', brightline, ['j-docks-monitors']),
  t(
    'The patient wifi in the Maple Grove waiting room isnt working, they connect but the login page never comes up. Patients complaining',
    brightline,
    ['j-wifi'],
  ),
  t(
    'Sage 50 on the bookkeeper computer wont open the company file, says the file is in use or locked. Nobody else is in it',
    brightline,
    null,
  ),
  t(
    'Dropped my laptop in the parking lot, screen is cracked down the middle. How do I get it fixed?',
    brightline,
    null,
  ),

  // ---------------------------------------------------------------- Hollis & Crane Builders
  t(
    "Can't get into Sage from home, says remote desktop gateway server is temporarily unavailable. Worked Friday",
    hollis,
    ['j-hc-sage-remoteapp', 'j-rd-gateway'],
  ),
  t(
    "Timberline says file is locked by another user, error 95. I'm the only one in AP today, Linda is out",
    hollis,
    ['j-hc-sage-remoteapp'],
  ),
  t(
    'Job 2291 (Mercy Hospital addition) trailer has had no internet since yesterday. Super says the white dish thing on the roof has an error in the app',
    hollis,
    ['j-hc-jobsite-trailers'],
  ),
  t('the P drive is gone?? all my project folders are missing', hollis, ['j-hc-q3-migration-notes']),
  t(
    'Outlook keeps popping up a security warning about mail.hollis-crane.com, the name on the certificate is invalid or something. I click yes and it comes back',
    hollis,
    ['j-hc-q3-migration-notes'],
  ),
  t(
    "Plan room scanner: the scans don't show up in the Scans\\Plans folder anymore. Been using it the same way for years",
    hollis,
    ['j-hc-q3-migration-notes'],
  ),
  t(
    'at a hotel in Dayton for the bid opening, cisco vpn says unable to establish the connection, server may be unreachable (-14)',
    hollis,
    ['j-fortinet-vpn'],
  ),
  t(
    'New superintendent starting on the Mercy job Monday, Rick Alvarez. Needs laptop, email, and Sage for timecards. We handle Procore ourselves.',
    hollis,
    ['j-onboarding', 'j-hc-sage-remoteapp'],
  ),
  t(
    "Estimating: all the links between our estimate workbooks are broken since the server move, Excel says it can't find the source",
    hollis,
    ['j-hc-q3-migration-notes'],
  ),
  t(
    'We got the Grove City library job, mobilizing Nov 4. Need a trailer set up with internet and wifi like the others',
    hollis,
    ['j-hc-jobsite-trailers'],
  ),
  t('AP checks from Sage are coming out on my desk printer instead of the check printer', hollis, [
    'j-hc-sage-remoteapp',
  ]),
  t("I'm on a Mac at home, how do I get into Sage from it?", hollis, ['j-hc-sage-remoteapp']),
  t(
    "my laptop went to a blue screen wanting a recovery key, I'm out at the jobsite and need my drawings",
    hollis,
    ['j-bitlocker-recovery'],
  ),
  t(
    "The visitor sign-in Chromebook in the lobby is stuck on the Google sign in screen, it won't go back to the sign-in app",
    hollis,
    null,
  ),
  t('Procore app keeps crashing on my iPad when I open drawings. Reinstalled it already', hollis, null),

  // ---------------------------------------------------------------- Riverbend Community Food Alliance
  t("forgot my email password, can you reset it? it's the google one", riverbend, ['j-rb-google-workspace']),
  t(
    'Got a new phone and now google keeps asking for the code from my old phone when I sign in. The old one is dead',
    riverbend,
    ['j-rb-google-workspace'],
  ),
  t(
    'The check in computer at the warehouse door says kiosk app could not be launched. Volunteers are lining up',
    riverbend,
    ['j-rb-warehouse-kiosks'],
  ),
  t("volunteers can't check in this morning, the screen says station not authorized", riverbend, [
    'j-rb-warehouse-kiosks',
  ]),
  t('DonorPerfect says invalid login, I think I locked myself out after a few tries', riverbend, [
    'j-rb-donorperfect',
  ]),
  t(
    "Marisol here. New donors from the fall appeal aren't showing up in Constant Contact, DP used to push them over automatically",
    riverbend,
    ['j-rb-donorperfect'],
  ),
  t('Can you give Tom access to the volunteers@ inbox? He is our new volunteer coordinator', riverbend, [
    'j-rb-google-workspace',
  ]),
  t(
    "Shared drive folder for the grants says 'You need access' but I'm on the grants team, I could open it last month",
    riverbend,
    ['j-rb-google-workspace'],
  ),
  t('wifi at the warehouse is dead, the little white access point thing has a flashing light', riverbend, [
    'j-wifi',
  ]),
  t("badge scanner at the door isn't beeping or scanning anything", riverbend, ['j-rb-warehouse-kiosks']),
  t(
    "Jen's last day is Friday. She has all the grant files in her drive and her calendar has the board meetings, need all of it moved to Marisol",
    riverbend,
    ['j-rb-google-workspace'],
  ),
  t(
    "Got an email from our executive director asking me to buy $500 in Target gift cards for the volunteers ASAP and send her the codes. She's never asked me that before and she's at the state conference this week",
    riverbend,
    ['j-phishing-report'],
  ),
  t('staff laptop is crazy slow and the fan is really loud all the time', riverbend, ['j-slow-pc']),
  t(
    "The receipt printer at the thrift store register stopped printing receipts for Square. It feeds paper but it's blank",
    riverbend,
    null,
  ),
  t(
    'My home wifi barely reaches my bedroom where I work on WFH days, can you get me an extender or tell me which one to buy?',
    riverbend,
    null,
  ),

  // ---------------------------------------------------------------- Cedar Valley FCU
  t('Teller 3 at Marion: Sym says host connection lost. others at the line are ok', cedarvalley, [
    'j-cv-episys',
  ]),
  t('receipt printer at the teller line not printing, orange light blinking', cedarvalley, ['j-cv-episys']),
  t("Left my yubikey at home, can't log in. I'm at the Hiawatha branch", cedarvalley, [
    'j-cv-mfa-conditional-access',
  ]),
  t(
    "Trying to check my work email on my own phone and it says you can't get there from here. My old job let me do this",
    cedarvalley,
    ['j-cv-mfa-conditional-access'],
  ),
  t(
    'HR: we are terminating a loan officer today at 3:00 in the conference room. Need all access cut while he is in the meeting. Details in the form I sent.',
    cedarvalley,
    ['j-cv-offboarding'],
  ),
  t(
    "Going to Cancun next week for my sister's wedding, will I be able to check email while I'm there? I might need to approve a loan",
    cedarvalley,
    ['j-cv-mfa-conditional-access'],
  ),
  t(
    "I'm getting approve sign in requests on my work phone that I didn't do. Two of them in the last hour",
    cedarvalley,
    ['j-cv-mfa-conditional-access', 'j-suspicious-mfa-prompts'],
  ),
  t(
    'Scan to folder on the back office Canon stopped working, says cannot connect to destination. We scan member documents with it all day',
    cedarvalley,
    ['j-scan-to-email-folder'],
  ),
  t('Windows update failed 0x80070005 on the loan officer PC in Cedar Rapids main', cedarvalley, [
    'j-windows-update',
  ]),
  t(
    'I think I left my work iPhone in an Uber last night, it had the authenticator app on it. What do I do?',
    cedarvalley,
    ['j-cv-mfa-conditional-access'],
  ),
  t('Outlook stuck on loading profile forever', cedarvalley, ['j-outlook-troubleshoot']),
  t(
    "New loan processor gets access denied on the Loan Docs folder in SharePoint, 'You need permission to access this item'. She started Monday",
    cedarvalley,
    ['j-sharepoint-permissions'],
  ),
  t('Check scanner at the drive-up window jammed and now it says not ready', cedarvalley, ['j-cv-episys']),
  t(
    "Our CU foundation started using DonorPerfect for the scholarship fund. Can you reset Angela's DonorPerfect password? She's locked out",
    cedarvalley,
    null,
  ),
  t(
    'Can you set up my Outlook signature with the new credit union logo and the NCUA line? Marketing sent the image',
    cedarvalley,
    null,
  ),
];
