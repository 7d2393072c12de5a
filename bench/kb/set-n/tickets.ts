/**
 * Set N: a blind labelled KB set, written without reading the search code or any other set.
 * Tickets as an Ontario MSP's users and L1 techs write them, labelled against the set N articles.
 */
import type { LabelledTicket } from '../tickets.ts';
import { SET_N_CLIENTS } from './articles.ts';

const { kinetic, brennan, northshore, library } = SET_N_CLIENTS;

export const SET_N_TICKETS: readonly LabelledTicket[] = [
  // Outlook desktop
  {
    text: 'outlook just sits on the startup screen forever since i changed my password this morning. webmail works fine tho. - Raj',
    company: null,
    expected: ['n-outlook-profile'],
  },
  {
    text: 'outlok says trying to connect at the bottom all day, no new mail',
    company: null,
    expected: ['n-outlook-profile'],
  },
  {
    text: 'cant find any emails when i look for them, it says we couldnt find what you were looking for but i KNOW the one from Dave is in there',
    company: null,
    expected: ['n-outlook-search'],
  },
  {
    text: 'looking up emails only shows stuff from like march. nothing recent. can u fix',
    company: kinetic,
    expected: ['n-outlook-search'],
  },
  {
    text: 'getting a popup every morning that my email is almost out of room and now stuff I send is bouncing back to me',
    company: null,
    expected: ['n-mailbox-archive'],
  },
  {
    text: 'Dispatch@ inbox is at 49.8 of 50 GB. Ops manager wants more room but refuses to delete any old load confirmations. Options?',
    company: northshore,
    expected: ['n-mailbox-archive'],
  },
  {
    text: 'Sandra gave me access to her schedule but I only see grey busy blocks, cant see whats in them or book things for her',
    company: null,
    expected: ['n-shared-calendar'],
  },
  {
    text: "Mr. Okafor's assistant can no longer put appointments in his diary. Worked fine last week. Please advise ASAP, he has court tomorrow.",
    company: brennan,
    expected: ['n-shared-calendar'],
  },
  // Teams
  {
    text: 'in meetings nobody can hear me but my headset works fine on youtube',
    company: null,
    expected: ['n-teams-client'],
  },
  {
    text: "Teams chats just spin and spin, can't see any of yesterday's messages from the Riverside branch staff",
    company: library,
    expected: ['n-teams-client'],
  },
  {
    text: 'Boardroom A touch panel says sign in failed and nobody can start the 2pm mediation call!! urgent',
    company: brennan,
    expected: ['n-teams-rooms'],
  },
  {
    text: 'the little tablet on the table in the Huron room shows no meetings and there is no join button. tv is on',
    company: null,
    expected: ['n-teams-rooms'],
  },
  // OneDrive / SharePoint / licensing
  {
    text: 'all my desktop icons vanished after that cloud thing got set up, where did my stuff go?? some files in explorer have little blue clouds next to them',
    company: null,
    expected: ['n-onedrive-kfm'],
  },
  {
    text: "Hi guys, hope you had a good long weekend. Since the new backup to Microsoft was turned on last Thursday my Documents seem to live under a different path now, and every Excel workbook that links to the pricing sheet points to nowhere. Also my Desktop looks half empty. I didn't delete anything, I promise! Where did Documents actually go and how do I get my links working again before the Friday quote run? Thanks so much, Mireille Gagnon, Sales Coordinator, Oakville office, ext. 214",
    company: null,
    expected: ['n-onedrive-kfm'],
  },
  {
    text: "Getting 'you need permission' when I click the HR folder under Files in our team channel. I'm IN the team!",
    company: null,
    expected: ['n-sharepoint-access'],
  },
  {
    text: 'new guy in billing (Marco) cant open the Accounts Receivable site, access denied. he started monday',
    company: northshore,
    expected: ['n-sharepoint-access'],
  },
  {
    text: 'excel has a red bar across the top saying unlicensed and i cant edit anything',
    company: null,
    expected: ['n-licence-assign'],
  },
  {
    text: 'Hello, our new circulation supervisor still has no email and Teams tells her to ask her admin. Her account was made Monday. Regards, Tom Ferreira, Branch Manager',
    company: library,
    expected: ['n-licence-assign'],
  },
  // Entra ID
  {
    text: 'forgot my password and im locked out, working from home today. can someone help',
    company: null,
    expected: ['n-sspr'],
  },
  {
    text: 'password expired on the Guelph clinic laptop, how do I change it myself? nobody here to help',
    company: kinetic,
    expected: ['n-sspr'],
  },
  {
    text: 'got a new iphone and the authenticator app is empty now, cant log into anything',
    company: null,
    expected: ['n-mfa-reregister'],
  },
  {
    text: 'dropped my phone in the lake at the cottage lol. new phone, same number. the approve-the-login thing doesnt come to me anymore',
    company: brennan,
    expected: ['n-mfa-reregister'],
  },
  {
    text: "travelling in Lisbon this week for a conference, 365 won't let me in at all, some error 5300-something",
    company: null,
    expected: ['n-ca-block'],
  },
  {
    text: 'trying to check my work email on my own ipad and it says sign in was successful but doesnt meet the criteria??',
    company: northshore,
    expected: ['n-ca-block'],
  },
  {
    text: "Our outside auditor can't open the folder I shared with her, she says the account doesn't exist in tenant. She's at KPMG",
    company: null,
    expected: ['n-guest-access'],
  },
  {
    text: 'opposing counsel says they never got the invite to the channel we made for the Henderson file. can you resend or something',
    company: brennan,
    expected: ['n-guest-access'],
  },
  // Intune / Autopilot
  {
    text: 'setting up the new dell, at the screen where you put in your work account it says something went wrong 8018...',
    company: null,
    expected: ['n-autopilot-enrol'],
  },
  {
    text: 'brand new laptop for the Thunder Bay dispatcher says managed by another organization when we sign in',
    company: northshore,
    expected: ['n-autopilot-enrol'],
  },
  {
    text: "teams says my computer needs to be compliant and to check company portal. what's company portal?",
    company: null,
    expected: ['n-intune-compliance'],
  },
  {
    text: 'L1: user blocked from Outlook and SP on her laptop, portal shows the encryption requirement failing. Device is CAM-LT-014',
    company: kinetic,
    expected: ['n-intune-compliance'],
  },
  // Windows endpoints
  {
    text: 'computer tried to update last night and said undoing changes, now it wants to do it again. takes an hour each time',
    company: null,
    expected: ['n-feature-update'],
  },
  {
    text: 'laptop is asking for a 48 digit number on a blue screen after i did the bios update it told me to do',
    company: null,
    expected: ['n-bitlocker-recovery'],
  },
  {
    text: 'Front desk PC at the Kitchener clinic turned on to a blue screen wanting a key with an ID. Patients waiting, please call 519-555-0142',
    company: kinetic,
    expected: ['n-bitlocker-recovery'],
  },
  {
    text: 'windows button does nothing when i click it and i cant type in the search bar either',
    company: null,
    expected: ['n-start-search'],
  },
  { text: 'taskbar frozen again', company: northshore, expected: ['n-start-search'] },
  {
    text: 'computer takes forever in the morning, like 10 minutes on the welcome screen before I see my desktop',
    company: null,
    expected: ['n-slow-boot'],
  },
  {
    text: 'My PC is sooo slow to start. Get coffee, come back, still loading. Also the disk light is always on. -- Gwen, Reception',
    company: brennan,
    expected: ['n-slow-boot'],
  },
  {
    text: 'moved desks to the 2nd floor and the copier near me isnt in the list when I hit print',
    company: null,
    expected: ['n-printer-mapping'],
  },
  {
    text: 'my documents just sit there waiting to print, says offline on my pc but Jen can print to it fine',
    company: null,
    expected: ['n-printer-mapping'],
  },
  {
    text: 'my laptop internet keeps cutting out, everyone else in the room is fine. the little globe shows up on the bottom right',
    company: null,
    expected: ['n-wifi-driver'],
  },
  {
    text: 'my 2 screens on the docking thing went black after lunch, laptop screen still works',
    company: null,
    expected: ['n-monitors-dock'],
  },
  {
    text: 'my face is just black in every app, the light next to the camera never comes on',
    company: null,
    expected: ['n-webcam'],
  },
  {
    text: 'Hi, in my video calls there is only a grey box with a crossed out camera picture. Worked yesterday. Laptop is a Lenovo. Cheers, Owen (Main branch, Reference desk)',
    company: library,
    expected: ['n-webcam'],
  },
  // macOS
  {
    text: 'forgot my password on my macbook and now its asking for some recovery code thing',
    company: null,
    expected: ['n-mac-filevault'],
  },
  {
    text: "Maureen's MacBook is flagged in the portal as disk encryption off. Can you push it?",
    company: brennan,
    expected: ['n-mac-filevault'],
  },
  {
    text: 'outlook on my mac is showing emails from 3 days ago, nothing new coming in. iphone gets them fine',
    company: null,
    expected: ['n-mac-outlook'],
  },
  // Networking
  {
    text: 'the forti thing stops at 40 percent and then error -7200',
    company: null,
    expected: ['n-vpn-client'],
  },
  {
    text: 'At a hotel in Ottawa for the week, the work connection app wont connect, says unable to establish (-14). Hotel wifi works for everything else. - Kyle',
    company: null,
    expected: ['n-vpn-client'],
  },
  {
    text: "Barrie branch can't get to the file server at head office since this morning. internet works there",
    company: null,
    expected: ['n-vpn-s2s'],
  },
  {
    text: "Cambridge clinic can't reach the main office printers or the server. Internet is fine at Cambridge.",
    company: kinetic,
    expected: ['n-vpn-s2s'],
  },
  {
    text: 'websites are fine but \\\\fs01 says windows cannot find it. i typed it right',
    company: null,
    expected: ['n-dns'],
  },
  {
    text: 'every morning around 9 people coming in cant get on the network. ipconfig shows 169.254',
    company: null,
    expected: ['n-dhcp-scope'],
  },
  {
    text: 'staff laptops at Main branch say no internet and the address starts with 169. lots of people in today for the book sale',
    company: library,
    expected: ['n-dhcp-scope'],
  },
  {
    text: "visitor in the boardroom needs the visitor wifi password, the one from last month doesn't work",
    company: null,
    expected: ['n-guest-wifi'],
  },
  { text: 'internet down whole office, phones dropping calls', company: null, expected: ['n-isp-failover'] },
  {
    text: 'Mississauga office internet super slow and we got an email alert saying WAN1 down from your monitoring',
    company: northshore,
    expected: ['n-isp-failover'],
  },
  // Servers and backup
  {
    text: "can't save to the P drive, says not enough space but my computer has lots of room",
    company: null,
    expected: ['n-file-quota'],
  },
  {
    text: 'getting emails saying the Litigation share is at its limit, can you bump it? files are for a trial next week',
    company: brennan,
    expected: ['n-file-quota'],
  },
  {
    text: "I accidentally saved over the budget spreadsheet on the shared drive with the wrong numbers, can I get yesterday's back??",
    company: null,
    expected: ['n-shadow-copies'],
  },
  {
    text: 'morning check: SQL VM job red again, failed to create vm snapshot. retried once same result',
    company: null,
    expected: ['n-veeam-failure'],
  },
  {
    text: 'all our computer clocks are 6 minutes fast and some people get an error about time difference when logging in',
    company: null,
    expected: ['n-dc-timesync'],
  },
  {
    text: 'ClinicFlow keeps kicking us out saying session expired every few minutes at Waterloo. Also noticed the PC clock is wrong, shows 10:52 when its 10:40',
    company: kinetic,
    expected: ['n-kin-clinicflow', 'n-dc-timesync'],
  },
  // Security
  {
    text: 'I think I messed up. clicked a docusign email and typed my password in, then it went to a blank page',
    company: null,
    expected: ['n-phishing'],
  },
  {
    text: "Got a weird email from 'Maureen' asking me to buy gift cards for a client. Should I just delete it?",
    company: brennan,
    expected: ['n-phishing'],
  },
  {
    text: 'alert: jpatel signed in from Toronto then Netherlands 10 min later. please look',
    company: null,
    expected: ['n-impossible-travel'],
  },
  {
    text: "we got a notice about our controller logging in from Nigeria??? she's sitting at her desk in Mississauga right now",
    company: northshore,
    expected: ['n-impossible-travel'],
  },
  {
    text: 'my phone keeps buzzing at 3am asking me to approve a login, i didnt do anything',
    company: null,
    expected: ['n-mfa-fatigue'],
  },
  {
    text: 'I think I hit approve on one of those pop ups on my phone by mistake, I was getting like 20 of them during storytime',
    company: library,
    expected: ['n-mfa-fatigue'],
  },
  {
    text: 'my pc says it was disconnected from the network by your administrator?? what did i do',
    company: null,
    expected: ['n-edr-quarantine'],
  },
  {
    text: 'sentinel popup said something was quarantined and now our timesheet program wont open',
    company: null,
    expected: ['n-edr-quarantine'],
  },
  {
    text: 'my car got broken into in the parking garage and my work laptop bag was taken',
    company: null,
    expected: ['n-lost-laptop'],
  },
  {
    text: 'one of our physios left her work laptop on the GO train last night. Dana',
    company: kinetic,
    expected: ['n-lost-laptop'],
  },
  // On/offboarding
  {
    text: 'new dispatcher starting Monday the 14th, Kevin Doucette, needs email and a laptop, same as Sarah has',
    company: northshore,
    expected: ['n-onboarding'],
  },
  {
    text: 'we have a new hire next week in accounting, what do you need from us?',
    company: null,
    expected: ['n-onboarding'],
  },
  {
    text: 'New physio starting at the Waterloo clinic Jan 6, Dr. Amira Haddad, PT. Please set her up. Thanks, Dana Whitfield',
    company: kinetic,
    expected: ['n-kin-onboarding', 'n-onboarding'],
  },
  {
    text: "Jason's last day is Friday, please shut his stuff off at 5",
    company: null,
    expected: ['n-offboarding'],
  },
  {
    text: 'Articling student Ben Clarke finishes Aug 30, please process his departure. Approved by Maureen B.',
    company: brennan,
    expected: ['n-bo-offboarding', 'n-offboarding'],
  },
  {
    text: 'an associate is leaving the firm end of month. do we need to keep her emails and files and her laptop?',
    company: brennan,
    expected: ['n-bo-offboarding'],
  },
  {
    text: 'Hi, our page Emma is leaving on the 20th. Can you turn off her account and let her manager keep her email? thx',
    company: library,
    expected: ['n-offboarding'],
  },
  // Printing/scanning
  {
    text: 'the copier in the lunchroom says send error when I try to scan something to my email',
    company: null,
    expected: ['n-scan-to-email'],
  },
  {
    text: "The big Kyocera by the file room won't scan to my folder anymore, says connection to server failed",
    company: brennan,
    expected: ['n-scan-to-email'],
  },
  // Line of business
  {
    text: 'the tax program says someone else has the return open but nobody does, Bob is off today',
    company: null,
    expected: ['n-taxcycle'],
  },
  {
    text: 'T2 files take 5 min to open from home, it is March and we are slammed',
    company: null,
    expected: ['n-taxcycle'],
  },
  {
    text: "Moneris machine at the front desk says not paired, can't take payment from a patient",
    company: kinetic,
    expected: ['n-kin-clinicflow'],
  },
  { text: 'schedule just spins at waterloo front desk', company: kinetic, expected: ['n-kin-clinicflow'] },
  {
    text: "Hi there! The scan button on the brother at the Cambridge front desk doesn't do anything, we need to get the intake forms into charts. Thanks! Jess",
    company: kinetic,
    expected: ['n-kin-scanning'],
  },
  {
    text: 'receipts wont print at front, printer screen says ready',
    company: kinetic,
    expected: ['n-kin-scanning'],
  },
  {
    text: 'working from the cottage, the remote connection says error 789 something about security layer',
    company: brennan,
    expected: ['n-bo-vpn'],
  },
  {
    text: "I'm connected from home but the W drive isn't there so I can't open any documents",
    company: brennan,
    expected: ['n-bo-vpn'],
  },
  {
    text: "when i save a word doc it doesn't ask me for the client/matter anymore, it just goes into My Documents",
    company: brennan,
    expected: ['n-bo-worldox'],
  },
  {
    text: 'dispatch board froze again for Carla, cant move any loads',
    company: northshore,
    expected: ['n-nsf-fleetcore'],
  },
  {
    text: 'FleetCore says unable to connect to database for all dispatchers. trucks waiting',
    company: northshore,
    expected: ['n-nsf-fleetcore'],
  },
  {
    text: "thunder bay yard can't print BOLs or get into the system, their internet seems ok-ish",
    company: northshore,
    expected: ['n-nsf-s2s', 'n-vpn-s2s'],
  },
  { text: 'TB yard offline again after the snowstorm', company: northshore, expected: ['n-nsf-s2s'] },
  { text: 'labels coming out blank from the dock printer', company: northshore, expected: ['n-nsf-zebra'] },
  {
    text: 'shipping labels skip one every time, were wasting a ton of stock. -Gord',
    company: northshore,
    expected: ['n-nsf-zebra'],
  },
  {
    text: 'public computers say waiting for reservation server, patrons lining up at the desk',
    company: library,
    expected: ['n-efpl-public-pcs'],
  },
  {
    text: 'I installed the Chrome update on the patron pc and it was gone after restart?? did it fail',
    company: library,
    expected: ['n-efpl-public-pcs'],
  },
  {
    text: 'patron says the wifi connects but the accept-the-rules page never comes up on his android',
    company: library,
    expected: ['n-efpl-wifi'],
  },
  {
    text: 'the scanner gun at circ desk 1 beeps but nothing shows up on the screen when checking out',
    company: library,
    expected: ['n-efpl-ils'],
  },
  { text: 'checkout receipts not printing at riverside', company: library, expected: ['n-efpl-ils'] },
  // Several problems in one message
  {
    text: 'Morning! Two things: searching my email finds nothing newer than a month, and my right-hand monitor on the dock is black again. Thanks, Priya (records)',
    company: brennan,
    expected: ['n-outlook-search', 'n-monitors-dock'],
  },

  // No article answers these
  {
    text: 'Zoom keeps echoing in my meetings, everyone hears themselves back. using my laptop speakers',
    company: null,
    expected: null,
  },
  {
    text: "can't get gmail set up on my new work phone, keeps saying couldn't sign in",
    company: null,
    expected: null,
  },
  {
    text: 'Can we get a price for 2 more docking stations and 4 monitors for the Riverside workroom? Budget approved.',
    company: library,
    expected: null,
  },
  {
    text: 'laptop screen has a crack across the middle and it flickers when I open the lid past halfway',
    company: null,
    expected: null,
  },
  {
    text: 'the zebra label printer at the receiving desk (for the inter-branch holds) prints blank labels',
    company: library,
    expected: null,
  },
  {
    text: "We got a lawyer's letter about a former physio. How do we put a litigation hold on her old mailbox?",
    company: kinetic,
    expected: null,
  },
  {
    text: 'the ELD app on the truck tablets logs drivers out mid shift, they lose their hours of service',
    company: northshore,
    expected: null,
  },
  {
    text: 'Time Machine on my macbook says the backup disk is not available, its plugged in',
    company: null,
    expected: null,
  },
  {
    text: 'Need a phone number in Teams for the new receptionist so she can take calls on her computer',
    company: null,
    expected: null,
  },
  { text: 'Dropbox stuck on syncing 1,203 files for 2 days', company: null, expected: null },
  {
    text: 'can you create a new sharepoint site for the Safety committee? about 8 people',
    company: northshore,
    expected: null,
  },
  {
    text: 'Please send a quote for Veeam backup of our Microsoft 365 mailboxes and OneDrive',
    company: brennan,
    expected: null,
  },
  {
    text: 'work laptop wont turn on at all, no lights even when plugged in. tried another charger',
    company: null,
    expected: null,
  },
  {
    text: "Webex meeting with the insurance adjuster won't let me share my screen, button is greyed out",
    company: kinetic,
    expected: null,
  },
  {
    text: "trying to connect to our shipper's VPN for their portal from my laptop, windows says L2TP connection attempt failed 789",
    company: northshore,
    expected: null,
  },
  {
    text: 'the self checkout kiosk RFID pad at Main is not reading any books, patrons have to come to the desk',
    company: library,
    expected: null,
  },
  { text: 'who do I talk to about a parking pass for the new lot', company: null, expected: null },
  { text: 'the kitchen dishwasher on 2 is leaking again', company: null, expected: null },
];
