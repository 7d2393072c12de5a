/**
 * Set AF: a blind labelled KB set, written without reading the search code or any other set.
 * Harbourline IT, a Halifax MSP that keeps its global and per-client runbooks in Hudu.
 *
 * Tickets as the four clients' staff (and a couple of Harbourline techs) write them. `expected` is
 * the article that answers it (best first), or null when nothing in the set does; most null tickets
 * are hard negatives: same products and words, but a task, product or system no article covers.
 */
import type { LabelledTicket } from '../tickets.ts';
import { SET_AF_CLIENTS } from './articles.ts';

const { ketch, bedford, cobequid, saltbox } = SET_AF_CLIENTS;

export const SET_AF_TICKETS: readonly LabelledTicket[] = [
  // ---------------------------------------------------------------- Ketch Harbour Seafoods
  {
    text: 'label printer on line 2 spitting out blank labels, ribbon is in?? boxes piling up at packing',
    company: ketch,
    expected: ['af-kh-zebra'],
  },
  {
    text: 'case labels printing half way down the sticker and the barcode gets cut off. Sobeys DC rejected a pallet this morning bc it wouldnt scan',
    company: ketch,
    expected: ['af-kh-zebra'],
  },
  {
    text: 'Innova on the grading station says cant connect to the server and the whole line stopped. call Darren asap 902-555-0188',
    company: ketch,
    expected: ['af-kh-innova'],
  },
  {
    text: 'power flickered over the weekend and now none of the fish weighing screens will log in, just says login failed',
    company: ketch,
    expected: ['af-kh-innova'],
  },
  {
    text: 'the gun scanners in the freezer keep losing wifi and the battery is dead in like an hr',
    company: ketch,
    expected: ['af-kh-handhelds'],
  },
  {
    text: 'handheld in receiving - red light comes on when i pull the trigger but nothing shows up on the tote screen',
    company: ketch,
    expected: ['af-kh-handhelds'],
  },
  {
    text: 'scale house on the wharf has no internet since the storm last night, boats start landing at 2',
    company: ketch,
    expected: ['af-kh-wharf-link'],
  },
  {
    text: 'Trevor down at the weigh house says his landing slips arent coming up to the office and his computer cant see anything on the network',
    company: ketch,
    expected: ['af-kh-wharf-link'],
  },
  {
    text: 'outlook on the sales laptop keeps popping the sign in box every 5 min, typed my password like 10 times. on my phone its fine',
    company: ketch,
    expected: ['af-outlook-prompts'],
  },
  {
    text: 'customer in Busan says they sent the PO twice to sales@ and we never got it, can u check where it went',
    company: ketch,
    expected: ['af-mail-missing'],
  },
  {
    text: "Can Jenna get into the orders inbox to cover while Marc is on vacation for 2 weeks? Marc ok'd it",
    company: ketch,
    expected: ['af-shared-mailbox'],
  },
  {
    text: 'my laptop turned on to a blue screen wanting a recovery key with a big long number. dell did some update last night',
    company: ketch,
    expected: ['af-bitlocker'],
  },
  {
    text: 'got a new iphone and traded in the old one, now the approve sign in thing doesnt come anymore',
    company: ketch,
    expected: ['af-mfa-new-phone'],
  },
  {
    text: 'the Q drive with the HACCP spreadsheets is gone from my computer',
    company: ketch,
    expected: ['af-mapped-drives'],
  },
  {
    text: 'from home the vpn says credential or ssl vpn configuration is wrong. I changed my password friday',
    company: ketch,
    expected: ['af-vpn-connect'],
  },
  {
    text: 'whole plant internet down, desk phones dead too. modem lights are orange',
    company: ketch,
    expected: ['af-isp-outage'],
  },
  {
    text: "I got an email from 'Maersk Line' about a held container and I put my email and password in the page it took me to. now im worried",
    company: ketch,
    expected: ['af-phishing-clicked'],
  },
  {
    text: 'sage wont open the company, says connection manager is not running. payroll due thursday!!',
    company: ketch,
    expected: ['af-sage50'],
  },
  {
    text: 'teams just shows a white window and then kicks me back out to sign in again',
    company: ketch,
    expected: ['af-teams-wont-load'],
  },
  {
    text: 'new hire in QA starting monday, Priya Nair, needs laptop email and all the usual. reports to Darren',
    company: ketch,
    expected: ['af-onboarding'],
  },
  {
    text: "Tanya's pc in the QA office says no internet but everyone else is fine. the ipconfig thing says 169.254",
    company: ketch,
    expected: ['af-no-network'],
  },
  {
    text: 'cant open the DFO website for the landing reports, get an orange page saying its blocked',
    company: ketch,
    expected: ['af-web-filter'],
  },
  {
    text: 'all the files on the Q drive have .akira on the end and theres a readme note in every folder',
    company: ketch,
    expected: ['af-ransomware'],
  },
  {
    text: 'people emailing me are getting a bounce back saying my mailbox is full??',
    company: ketch,
    expected: ['af-mailbox-full'],
  },
  {
    text: '[Auto] Datto SIRIS: KHS-APP01 screenshot verification failed (3 consecutive)',
    company: ketch,
    expected: ['af-backup-failed'],
  },
  {
    text: 'Sales guy at Seafood Expo in Barcelona cant get into email on his laptop, says you cannot access this right now',
    company: ketch,
    expected: ['af-ca-blocked'],
  },
  {
    text: 'phone in shipping office has a blank screen, nothing on it at all',
    company: ketch,
    expected: ['af-voip-phone'],
  },
  {
    text: "tunnel to the Shelburne plant is down again. both sites have internet fine but Shelburne can't see the file server or print to the office",
    company: ketch,
    expected: null,
  },
  {
    text: 'our Shopify store checkout is broken, customers cant pay for the lobster boxes',
    company: ketch,
    expected: null,
  },
  {
    text: 'the Power BI daily landings report wont refresh, says gateway offline',
    company: ketch,
    expected: null,
  },
  {
    text: 'back door fob reader by the loading dock not reading my fob, door stays locked',
    company: ketch,
    expected: null,
  },
  { text: 'asdfghjkl', company: ketch, expected: null },

  // ---------------------------------------------------------------- Bedford Basin Dental & Physiotherapy
  {
    text: 'ABELDent wont open in op 3, says unable to connect to server. patients waiting!!',
    company: bedford,
    expected: ['af-bb-abeldent'],
  },
  {
    text: 'front desk 2 - the dental program says error 3 path not found when i click it',
    company: bedford,
    expected: ['af-bb-abeldent'],
  },
  {
    text: 'xray sensor not working in room 4, dexis says no sensor connected, already unplugged it and back',
    company: bedford,
    expected: ['af-bb-xray'],
  },
  {
    text: 'when Dr Amiri clicks the xray button in the chart nothing happens, imaging doesnt come up',
    company: bedford,
    expected: ['af-bb-xray'],
  },
  {
    text: 'insurance claims all stuck pending since this morning, cant send anything to sun life or manulife',
    company: bedford,
    expected: ['af-bb-itrans'],
  },
  {
    text: 'the claims program on the server has a red icon and says not running',
    company: bedford,
    expected: ['af-bb-itrans'],
  },
  {
    text: 'tap machine at the physio desk says offline, patients cant pay',
    company: bedford,
    expected: ['af-bb-jane'],
  },
  {
    text: 'check in ipad for physio stuck on loading, patients lining up at the desk',
    company: bedford,
    expected: ['af-bb-jane'],
  },
  {
    text: 'Dr. Amiri wants Tanya to be able to see and book into his outlook calendar and accept meetings for him',
    company: bedford,
    expected: ['af-calendar-delegate'],
  },
  {
    text: 'patient says she emailed her insurance form yesterday and we never got it, can you look',
    company: bedford,
    expected: ['af-mail-missing'],
  },
  {
    text: 'reception pc logged in weird, all my desktop stuff is gone, says temporary something',
    company: bedford,
    expected: ['af-temp-profile'],
  },
  {
    text: 'locked out of my email, i think i typed the old password too many times',
    company: bedford,
    expected: ['af-password-lockout'],
  },
  {
    text: 'word says unlicensed product and wont let me type the referral letter',
    company: bedford,
    expected: ['af-office-activation'],
  },
  {
    text: 'new physio Kelsey Fraser starts the 14th. we do her Jane account but she needs computer login, email etc',
    company: bedford,
    expected: ['af-onboarding'],
  },
  {
    text: "hygienist Sarah's last day is friday, we need to keep her emails, she's on a lot of patient threads",
    company: bedford,
    expected: ['af-offboarding'],
  },
  {
    text: 'printer at front desk, stuff just sits there saying error printing, nothing comes out',
    company: bedford,
    expected: ['af-printer-office'],
  },
  {
    text: 'copier stopped sending the scans of patient forms to email, says SMTP something failed',
    company: bedford,
    expected: ['af-scan-to-email'],
  },
  {
    text: 'phone in op 5 says account not registered, the others are fine',
    company: bedford,
    expected: ['af-voip-phone'],
  },
  {
    text: "we're closed monday for the long weekend, need the phones to play the closed message",
    company: bedford,
    expected: ['af-voicemail-forwarding'],
  },
  {
    text: 'got an email from Dr. Amiri asking me to buy 5 apple gift cards urgently and send pics of the codes. is this real??',
    company: bedford,
    expected: ['af-phishing-clicked'],
  },
  {
    text: "patients are calling saying they got an email from me with a link to 'view secure document', I didnt send it!",
    company: bedford,
    expected: ['af-compromised-account'],
  },
  {
    text: 'laptop stolen out of my car at the mic mac mall lot last night',
    company: bedford,
    expected: ['af-lost-device'],
  },
  {
    text: 'quickbooks on the office mgr pc says error -6000, -83 when opening the company',
    company: bedford,
    expected: ['af-quickbooks'],
  },
  {
    text: 'how do i let you guys see my screen, Colleen said you can connect in',
    company: bedford,
    expected: ['af-remote-support'],
  },
  {
    text: 'teams has error caa7000a and wont sign in',
    company: bedford,
    expected: ['af-teams-wont-load'],
  },
  {
    text: 'battery on my laptop is puffed up, the trackpad is popping out',
    company: bedford,
    expected: ['af-hardware-warranty'],
  },
  {
    text: "new iphone, authenticator didn't transfer over, and the iphone mail app says cannot get mail for my work email",
    company: bedford,
    expected: ['af-mfa-new-phone', 'af-mobile-email'],
  },
  {
    text: "the patient computer in the waiting room wipes everything when it restarts, can't get the zoom update to stay, someone said it's frozen?? can you unfreeze it",
    company: bedford,
    expected: null,
  },
  {
    text: 'Can we get pricing on 2 iPads for the physio side and a 27in monitor for Dr Amiri? how long for delivery',
    company: bedford,
    expected: null,
  },
  {
    text: 'heat in op 2 isnt working its freezing in there',
    company: bedford,
    expected: null,
  },
  {
    text: 'can you set up text message appointment reminders in abeldent',
    company: bedford,
    expected: null,
  },
  {
    text: "need to fax a form to Blue Cross and we don't have a fax machine anymore, can you set up efax or something",
    company: bedford,
    expected: null,
  },
  { text: 'Thank you!! all good now :)', company: bedford, expected: null },

  // ---------------------------------------------------------------- Cobequid Shore
  {
    text: 'patron says her library card wont let her log on to public computer 3, says invalid',
    company: cobequid,
    expected: ['af-cs-publicpc'],
  },
  {
    text: "2 of the public pcs stuck on 'reserved' and nobody is sitting there",
    company: cobequid,
    expected: ['af-cs-publicpc'],
  },
  {
    text: 'council meeting tonight at 7, last time people watching online said there was no sound. can someone check before',
    company: cobequid,
    expected: ['af-cs-council-av'],
  },
  {
    text: 'youtube says the stream key is invalid on the chamber computer, meeting starts in 20 min',
    company: cobequid,
    expected: ['af-cs-council-av'],
  },
  {
    text: "tax program gives status 3012 on Linda's pc this morning",
    company: cobequid,
    expected: ['af-cs-diamond'],
  },
  {
    text: 'the utility billing is crawling and then says unable to locate database, its month end',
    company: cobequid,
    expected: ['af-cs-diamond'],
  },
  {
    text: 'fire hall computer cant get to the shared drive at the office, internet works fine there',
    company: cobequid,
    expected: ['af-cs-remote-sites'],
  },
  {
    text: 'water plant laptop cant see the office server since tuesday',
    company: cobequid,
    expected: ['af-cs-remote-sites'],
  },
  {
    text: 'GIS mapping site for the planning dept is blocked with a fortiguard page',
    company: cobequid,
    expected: ['af-web-filter'],
  },
  {
    text: "new laptop for the deputy clerk stuck on 'setting up your device for work' for 2 hours",
    company: cobequid,
    expected: ['af-autopilot'],
  },
  {
    text: 'mailbox full message and i cant send. i keep everything since 2009 lol',
    company: cobequid,
    expected: ['af-mailbox-full'],
  },
  {
    text: 'need council emails from 2021 for a FOIPOP request but outlook search only finds stuff from this year',
    company: cobequid,
    expected: ['af-outlook-search'],
  },
  {
    text: 'please give Ken access to planning@ so he can answer the permit questions',
    company: cobequid,
    expected: ['af-shared-mailbox'],
  },
  {
    text: "can't open the files in the Council team in teams, it says I need permission",
    company: cobequid,
    expected: ['af-sharepoint-sharing'],
  },
  {
    text: 'Linda accidentally deleted the 2025 budget folder off the shared drive this morning!!',
    company: cobequid,
    expected: ['af-restore-files'],
  },
  {
    text: 'my computer at the library branch says enter bitlocker recovery key',
    company: cobequid,
    expected: ['af-bitlocker'],
  },
  {
    text: "Windows update stuck on 'working on updates' all morning, cant use my pc",
    company: cobequid,
    expected: ['af-win-updates'],
  },
  {
    text: "when i'm on the vpn at home it says connected but the K: drive doesnt come up and i cant get to anything on the server",
    company: cobequid,
    expected: ['af-vpn-no-access'],
  },
  {
    text: 'scan to folder on the copier says login failure since I changed my password monday',
    company: cobequid,
    expected: ['af-scan-to-email'],
  },
  {
    text: 'Gary is retiring end of the month, his manager will need his email and files after',
    company: cobequid,
    expected: ['af-offboarding'],
  },
  {
    text: 'snow day tomorrow, need the main line to say the office is closed',
    company: cobequid,
    expected: ['af-voicemail-forwarding'],
  },
  {
    text: "residents say they got an email from me with a link to 'view RFP documents', I never sent it and my sent folder has hundreds",
    company: cobequid,
    expected: ['af-compromised-account'],
  },
  {
    text: 'library branch internet is down, both staff and public pcs, since 9',
    company: cobequid,
    expected: ['af-isp-outage'],
  },
  {
    text: 'my camera is black in teams meetings on the new laptop, others just see a grey circle',
    company: cobequid,
    expected: ['af-teams-audio'],
  },
  {
    text: 'outlook at the bottom says disconnected and need password, it takes my password and asks again',
    company: cobequid,
    expected: ['af-outlook-prompts'],
  },
  {
    text: 'lost my phone at the rink, cant get the code to log in to email',
    company: cobequid,
    expected: ['af-mfa-new-phone'],
  },
  {
    text: 'planning office: Bluebeam opens in view mode now, says subscription not active. we use it to review permit drawings',
    company: cobequid,
    expected: null,
  },
  {
    text: 'the little Zebra printer at the circ desk that does the item barcode labels is printing blank labels',
    company: cobequid,
    expected: null,
  },
  {
    text: 'can we do a Teams webinar with a registration form for the public consultation on the new bylaw',
    company: cobequid,
    expected: null,
  },
  {
    text: 'how do I do a mail merge from the excel tax list into the reminder letter in word',
    company: cobequid,
    expected: null,
  },
  {
    text: 'can everyone get the same email signature with the new municipal logo',
    company: cobequid,
    expected: null,
  },
  {
    text: 'our emails to residents with gmail are going to their spam, can you set up DKIM or whatever it is',
    company: cobequid,
    expected: null,
  },

  // ---------------------------------------------------------------- Saltbox Studio Architects
  {
    text: 'revit says no license available this morning, autocad too',
    company: saltbox,
    expected: ['af-sb-autodesk'],
  },
  {
    text: "new here, autodesk keeps looping on the sign in page then says I don't have access",
    company: saltbox,
    expected: ['af-sb-autodesk'],
  },
  {
    text: 'plotter printed my 24x36 floor plan tiny in the corner of the sheet',
    company: saltbox,
    expected: ['af-sb-plotter'],
  },
  {
    text: 'big printer says out of paper but theres a full roll in it',
    company: saltbox,
    expected: ['af-sb-plotter'],
  },
  {
    text: 'cant sync with central, keeps saying the central model is in use. deadline friday for the Waverley job',
    company: saltbox,
    expected: ['af-sb-revit-central'],
  },
  {
    text: "Revit won't let me edit the walls because Marie has them and she's in Portugal for 2 weeks",
    company: saltbox,
    expected: ['af-sb-revit-central'],
  },
  {
    text: 'Bluebeam opened in view mode?? cant markup the structural set',
    company: saltbox,
    expected: ['af-sb-bluebeam'],
  },
  {
    text: "engineer sent a studio session invite and it says I can't join",
    company: saltbox,
    expected: ['af-sb-bluebeam'],
  },
  {
    text: 'my second monitor stays black when i dock the thinkpad, the other one works',
    company: saltbox,
    expected: ['af-dock-monitors'],
  },
  {
    text: "onedrive red x on half my files and the renderings I saved on the other pc aren't here",
    company: saltbox,
    expected: ['af-onedrive-sync'],
  },
  {
    text: 'need to send the drawings folder to our structural engineer outside the company, they say the link doesnt work for them',
    company: saltbox,
    expected: ['af-sharepoint-sharing'],
  },
  {
    text: 'PDFs open in chrome now instead of acrobat, and acrobat says trial expired',
    company: saltbox,
    expected: ['af-pdf-acrobat'],
  },
  {
    text: 'on teams calls people say they cant hear me, using my jabra',
    company: saltbox,
    expected: ['af-teams-audio'],
  },
  {
    text: 'c drive is red and laptop is crazy slow opening anything',
    company: saltbox,
    expected: ['af-disk-space'],
  },
  {
    text: 'in Lisbon for a conference, email on the laptop says you cannot access this right now',
    company: saltbox,
    expected: ['af-ca-blocked'],
  },
  {
    text: 'company portal says my pc isnt compliant and now it wont let me into outlook',
    company: saltbox,
    expected: ['af-company-portal'],
  },
  {
    text: "laptop wont turn on at all, tried Robyn's charger too",
    company: saltbox,
    expected: ['af-hardware-warranty'],
  },
  {
    text: 'quickbooks H505 on the bookkeeper pc, it worked last week',
    company: saltbox,
    expected: ['af-quickbooks'],
  },
  {
    text: 'laptop wont connect to the wifi since I changed my password, and outlook keeps asking for it too',
    company: saltbox,
    expected: ['af-wifi', 'af-outlook-prompts'],
  },
  {
    text: 'vpn gets stuck at 98% then disconnects',
    company: saltbox,
    expected: ['af-vpn-connect'],
  },
  {
    text: "on vpn from home but the project drive isn't there and teams gets super laggy",
    company: saltbox,
    expected: ['af-vpn-no-access'],
  },
  {
    text: "I saved over the door schedule excel, need yesterday's version back",
    company: saltbox,
    expected: ['af-restore-files'],
  },
  {
    text: 'new laptop from dell is giving error 80180014 during setup',
    company: saltbox,
    expected: ['af-autopilot'],
  },
  {
    text: 'Meeting Owl in the boardroom says firmware update failed in the Owl app and the light keeps blinking',
    company: saltbox,
    expected: null,
  },
  {
    text: "clients say saltboxstudio.ca shows 'your connection is not private', cert expired. from their homes too. squarespace I think",
    company: saltbox,
    expected: null,
  },
  {
    text: 'can intune push our new studio wallpaper to all the laptops',
    company: saltbox,
    expected: null,
  },
  {
    text: 'we want to switch to Teams Phone with calling plans for the 6 of us, can you set it up',
    company: saltbox,
    expected: null,
  },

  // ---------------------------------------------------------------- Harbourline internal
  {
    text: 'how do i get the bitlocker key for a hybrid joined pc at a client, its not showing in entra',
    company: null,
    expected: ['af-bitlocker'],
  },
  { text: 'test ticket please ignore', company: null, expected: null },
];
