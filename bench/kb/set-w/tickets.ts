/**
 * Set W: a blind labelled KB set, written without reading the search code or any other set.
 * Tickets as users and L1 techs write them for the Set W knowledge base, with hard negatives.
 */
import type { LabelledTicket } from '../tickets.ts';
import { SET_W_CLIENTS } from './articles.ts';

const { leeValley, ballyhoura, murphyCrowley, harbourView } = SET_W_CLIENTS;

export const SET_W_TICKETS: readonly LabelledTicket[] = [
  {
    text: 'outlook keeps popping up a box asking for my password, i type it in and it comes back 2 mins later. webmail grand',
    company: null,
    expected: ['w-outlook-password-prompt'],
  },
  {
    text: 'Hi, since I changed my password on Monday Outlook just says disconnected at the bottom and no new mail. Thanks, Aoife',
    company: null,
    expected: ['w-outlook-password-prompt'],
  },
  {
    text: 'need access to the accounts inbox please, Siobhan is off and I have to cover her emails',
    company: null,
    expected: ['w-shared-mailbox-access'],
  },
  {
    text: 'When I reply from the info address it goes out with my own name on it, customers are confused. can ye fix',
    company: null,
    expected: ['w-shared-mailbox-access'],
  },
  {
    text: 'Can Niamh see and book things into my diary? she needs to accept meetings for me while Im away',
    company: null,
    expected: ['w-calendar-delegate'],
  },
  {
    text: 'getting warnings that my email storage is nearly used up, cant delete anything I need it all for audit',
    company: null,
    expected: ['w-mailbox-full-archive'],
  },
  {
    text: 'email bounced back with some code 550 something when I sent a quote to a customer in Limerick',
    company: null,
    expected: ['w-ndr-550-571'],
  },
  {
    text: 'Customer says they sent us 3 emails yesterday and we never got them. Not in junk. Urgent pls',
    company: null,
    expected: ['w-quarantine-release', 'w-ndr-550-571'],
  },
  {
    text: 'the bank statements email from AIB hasnt come in for a week, was told it might be held somewhere by microsoft?',
    company: null,
    expected: ['w-quarantine-release'],
  },
  { text: 'teams just a white screen this morning', company: null, expected: ['w-teams-cache'] },
  {
    text: 'Teams is spinning and spinning, restarted the laptop twice. Chats from yesterday missing. Derek',
    company: null,
    expected: ['w-teams-cache'],
  },
  {
    text: 'little cloud at the bottom has a red cross on it and my files arent saving to the cloud thing',
    company: null,
    expected: ['w-onedrive-sync'],
  },
  {
    text: 'I deleted a folder off the Teams files by accident, it had all the Q3 stuff in it. Can we get it back??',
    company: null,
    expected: ['w-sharepoint-restore'],
  },
  {
    text: 'excel saying unlicensed product across the top and wont let me edit anything',
    company: null,
    expected: ['w-m365-licence'],
  },
  {
    text: 'Got a new iPhone over the weekend and now cant approve the sign in notifications, old phone traded in',
    company: null,
    expected: ['w-mfa-new-phone'],
  },
  {
    text: 'locked out of my account, tried the password too many times. help',
    company: null,
    expected: ['w-sspr-locked-out'],
  },
  {
    text: "Hi, I'm in Lisbon for a conference and I can't get into email, says I can't get there from here?",
    company: null,
    expected: ['w-ca-53003'],
  },
  {
    text: 'trying to log into outlook on my personal laptop at home and it says my device doesnt meet company requirements. error 530032',
    company: null,
    expected: ['w-ca-53003', 'w-intune-noncompliant'],
  },
  {
    text: 'New Dell arrived for our new hire, how do I get it set up with all our stuff? it just asks for wifi when I turn it on',
    company: null,
    expected: ['w-autopilot-build'],
  },
  {
    text: 'my phone says access blocked for outlook and teams, company portal thing says fix something',
    company: null,
    expected: ['w-intune-noncompliant'],
  },
  {
    text: 'laptop been trying to do updates for days, at restart it says undoing changes, 0x800f0922',
    company: null,
    expected: ['w-windows-update-failing'],
  },
  {
    text: 'logged in this morning and all my desktop icons are gone and the background is the default blue one. notification said temporary something',
    company: null,
    expected: ['w-temp-profile'],
  },
  {
    text: 'printer says offline on my PC but it prints grand for everyone else',
    company: null,
    expected: ['w-printer-offline'],
  },
  {
    text: 'nothing coming out of the printer, there are like 15 jobs sitting there',
    company: null,
    expected: ['w-printer-offline'],
  },
  {
    text: 'Blue screen asking for a 48 digit key when I turned on the laptop, after it did a bios update last night. ID starts 4F2A',
    company: null,
    expected: ['w-bitlocker-recovery'],
  },
  {
    text: 'pc is painfully slow, takes 10 mins to open anything. its ancient to be fair',
    company: null,
    expected: ['w-slow-pc'],
  },
  {
    text: 'the 2 screens on my desk wont come on when I plug the laptop in, just no signal',
    company: null,
    expected: ['w-dock-monitors'],
  },
  {
    text: 'people cant hear me on calls but I can hear them. using the jabra headset',
    company: null,
    expected: ['w-headset-webcam'],
  },
  {
    text: 'Camera not working on video meetings, just black with a cross through it',
    company: null,
    expected: ['w-headset-webcam'],
  },
  {
    text: 'wifi says connected no internet on my laptop only, phone works on the same wifi',
    company: null,
    expected: ['w-wifi-no-internet'],
  },
  {
    text: 'working from home and the vpn yoke gets to 98 percent and stops. Tried 3 times',
    company: null,
    expected: ['w-forticlient-vpn'],
  },
  {
    text: 'cant connect to the office from home, forticlient error -7200',
    company: null,
    expected: ['w-forticlient-vpn'],
  },
  {
    text: 'revenue.ie wont load on any pc here, says site cant be reached, everything else loads fine',
    company: null,
    expected: ['w-dns-flush'],
  },
  {
    text: 'Whole office down, no internet at all, phones dead too. lights on the router flashing orange',
    company: null,
    expected: ['w-broadband-outage'],
  },
  {
    text: 'Sage wont open, says the data is in use but everyone says theyre out of it',
    company: null,
    expected: ['w-sage50-data-in-use'],
  },
  {
    text: 'accounts package giving out about different versions after the update on Marys pc. the others can still get in',
    company: null,
    expected: ['w-sage50-data-in-use'],
  },
  {
    text: "payroll can't submit to revenue this week, it says the certificate has expired. Pay day Thursday!!",
    company: null,
    expected: ['w-thesaurus-payroll'],
  },
  {
    text: 'need the new year version of the payroll software installed before we run January',
    company: null,
    expected: ['w-thesaurus-payroll'],
  },
  {
    text: 'I think I did something stupid, clicked a link in a docusign email and put in my login. it then went to a blank page',
    company: null,
    expected: ['w-phishing-clicked'],
  },
  {
    text: 'Supplier emailed to say their bank changed and to pay the invoice to the new account. Seems off, they never did that before',
    company: null,
    expected: ['w-invoice-fraud'],
  },
  {
    text: 'a customer of ours got an invoice from "us" with different bank details, we never sent it. are we hacked?',
    company: null,
    expected: ['w-invoice-fraud', 'w-phishing-clicked'],
  },
  {
    text: 'Windows Security popped up saying threat found Trojan something, what do I do',
    company: null,
    expected: ['w-defender-alert'],
  },
  {
    text: 'left my work laptop on the train to Dublin last night. Irish Rail lost property have nothing',
    company: null,
    expected: ['w-lost-device'],
  },
  {
    text: 'New girl starting Monday in accounts, Ciara Walsh, same as Ann please. needs a laptop too',
    company: null,
    expected: ['w-new-starter', 'w-autopilot-build'],
  },
  {
    text: "John O'Brien finishes Friday. Manager wants his emails kept and forwarded to her. Kill his access after 5",
    company: null,
    expected: ['w-leaver'],
  },
  {
    text: 'accidentally saved over the price list spreadsheet on the S drive, need yesterdays version back',
    company: null,
    expected: ['w-backup-file-restore'],
  },
  { text: 'desk phone says no service', company: null, expected: ['w-3cx-phone'] },
  {
    text: '3cx app on my mobile doesnt ring anymore when people call my extension',
    company: null,
    expected: ['w-3cx-phone'],
  },
  {
    text: 'The big copier wont email scans anymore, says SMTP auth failed',
    company: null,
    expected: ['w-scan-to-email'],
  },
  {
    text: 'scans not landing in the scans folder on the server since yesterday, copier says login error. think the password got changed',
    company: null,
    expected: ['w-scan-to-folder'],
  },
  {
    text: "Dr Kelly's room can't log into the practice system, says cant connect to database. Other rooms ok",
    company: null,
    expected: ['w-gp-practice-system'],
  },
  {
    text: 'lab results havent come through to the GP software since friday',
    company: null,
    expected: ['w-gp-practice-system'],
  },
  {
    text: 'labels from the dispensary printer coming out blank',
    company: null,
    expected: ['w-dispensing-label-printer'],
  },
  {
    text: 'card machine in the shop says comms error, customers paying cash only',
    company: null,
    expected: ['w-epos-card-terminal'],
  },
  {
    text: 'Hi lads, two things: outlook keeps asking for my password and also the printer upstairs is showing offline. Thanks, Gearoid',
    company: null,
    expected: ['w-outlook-password-prompt', 'w-printer-offline'],
  },
  {
    text: 'got a weird email with a link, didnt click it. forwarding it to you',
    company: null,
    expected: ['w-phishing-clicked'],
  },
  {
    text: 'my phone was robbed out of my car, has work email on it',
    company: null,
    expected: ['w-lost-device'],
  },
  {
    text: 'can you check why my laptop is so sluggish and teams keeps freezing',
    company: null,
    expected: ['w-slow-pc', 'w-teams-cache'],
  },
  {
    text: 'Can you set up a new distribution list for all the sales team so we can email them in one go?',
    company: null,
    expected: null,
  },
  {
    text: 'Need a Teams webinar set up for about 300 people next Thursday with registration',
    company: null,
    expected: null,
  },
  {
    text: 'Excel crashes every time I open the stock macro workbook, other files fine',
    company: null,
    expected: null,
  },
  {
    text: 'how do I make emails from the revenue commissioners go automatically into a folder',
    company: null,
    expected: null,
  },
  {
    text: 'Our website is showing a database error, customers ringing about it',
    company: null,
    expected: null,
  },
  {
    text: 'Windows 10 support ending, do our PCs need to go to 11? what do we need to do',
    company: null,
    expected: null,
  },
  {
    text: 'How do I set up a shared channel in Teams with our accountants firm?',
    company: null,
    expected: null,
  },
  { text: 'Can you send a quote for 5 new laptops for the new office', company: null, expected: null },
  {
    text: 'the coffee machine in the kitchen is leaking again, who do we call',
    company: null,
    expected: null,
  },
  {
    text: 'want to encrypt a couple of USB sticks for the lads going to the trade show',
    company: null,
    expected: null,
  },
  {
    text: 'My personal iCloud is full and my phone keeps nagging me, can you sort',
    company: null,
    expected: null,
  },
  {
    text: 'cant get into the head office system from home, says my credentials did not work. Breda, area manager',
    company: leeValley,
    expected: ['w-lvp-remote-access'],
  },
  {
    text: 'not getting the push on my phone to log in remotely to the Ballincollig server',
    company: leeValley,
    expected: ['w-lvp-remote-access'],
  },
  {
    text: 'Blarney dispensary labels printing half on one label half on the next',
    company: leeValley,
    expected: ['w-lvp-dispensing', 'w-dispensing-label-printer'],
  },
  {
    text: 'counter pc in Macroom cant connect to the dispensary computer, patients waiting',
    company: leeValley,
    expected: ['w-lvp-dispensing'],
  },
  {
    text: 'PCRS claim wont upload for Douglas, error about certificate',
    company: leeValley,
    expected: ['w-lvp-dispensing'],
  },
  {
    text: 'Carrigaline no internet, card machines still working though?? PCs cant get online',
    company: leeValley,
    expected: ['w-lvp-shop-network', 'w-broadband-outage'],
  },
  {
    text: 'till in Douglas offline but the computers are fine',
    company: leeValley,
    expected: ['w-lvp-shop-network', 'w-epos-card-terminal'],
  },
  {
    text: 'We have a locum starting in Blarney Tuesday for 2 weeks, Conor Byrne, PSI no to follow',
    company: leeValley,
    expected: ['w-lvp-locum-onboarding'],
  },
  {
    text: 'New counter assistant for Macroom starting next week, needs email for the shop',
    company: leeValley,
    expected: ['w-lvp-locum-onboarding', 'w-new-starter'],
  },
  {
    text: 'outlook on the office pc says need password constantly',
    company: leeValley,
    expected: ['w-outlook-password-prompt'],
  },
  {
    text: 'someone in Carrigaline opened a dodgy attachment, windows security went mad',
    company: leeValley,
    expected: ['w-defender-alert'],
  },
  {
    text: 'Can you set up a new fridge temperature monitor alert for the Douglas shop?',
    company: leeValley,
    expected: null,
  },
  {
    text: 'Douglas want to move the dispensary PC into the new consultation room, will the network reach in there?',
    company: leeValley,
    expected: null,
  },
  {
    text: 'MilkLink says SQL connection failed on all the office pcs at Kilfinane',
    company: ballyhoura,
    expected: ['w-bdc-milk-intake'],
  },
  {
    text: 'tanker handheld not sending up the collections from this mornings run',
    company: ballyhoura,
    expected: ['w-bdc-milk-intake'],
  },
  {
    text: 'lab results not showing against suppliers for this week, butterfat figures all blank',
    company: ballyhoura,
    expected: ['w-bdc-milk-intake'],
  },
  {
    text: 'weighbridge dockets not printing, lorry drivers queuing',
    company: ballyhoura,
    expected: ['w-bdc-weighbridge'],
  },
  {
    text: 'weights from the bridge not coming through to the office since the storm',
    company: ballyhoura,
    expected: ['w-bdc-weighbridge'],
  },
  {
    text: "Hi, the token app on my new phone isn't working for the VPN. Padraig, milk advisor",
    company: ballyhoura,
    expected: ['w-bdc-field-vpn'],
  },
  {
    text: 'vpn stuck at 98% again on the laptop, out in Kildorrery',
    company: ballyhoura,
    expected: ['w-bdc-field-vpn', 'w-forticlient-vpn'],
  },
  {
    text: 'on vpn but the milk app wont open from my car',
    company: ballyhoura,
    expected: ['w-bdc-field-vpn'],
  },
  { text: 'Charleville store printer showing offline', company: ballyhoura, expected: ['w-printer-offline'] },
  {
    text: 'Board member got an email from our CEO asking to buy One4All vouchers urgently, CEO says he never sent it. Is his mail hacked?',
    company: ballyhoura,
    expected: ['w-phishing-clicked', 'w-invoice-fraud'],
  },
  {
    text: 'new tractor dealership supplier changed bank details by email, finance wants to check before paying 18k',
    company: ballyhoura,
    expected: ['w-invoice-fraud'],
  },
  {
    text: 'Supplier payment run in MilkLink giving wrong totals for the protein bonus this month',
    company: ballyhoura,
    expected: null,
  },
  { text: 'Can we get a CCTV camera put up at the weighbridge hut?', company: ballyhoura, expected: null },
  {
    text: 'Keyhouse wont open in Mallow this morning, unable to connect to server. South Mall ok',
    company: murphyCrowley,
    expected: ['w-mcs-keyhouse'],
  },
  {
    text: 'the keyhouse bit is gone from word, cant do letters',
    company: murphyCrowley,
    expected: ['w-mcs-keyhouse'],
  },
  {
    text: 'Precedents are the old versions when I generate a letter, K drive seems missing',
    company: murphyCrowley,
    expected: ['w-mcs-keyhouse'],
  },
  {
    text: 'foot pedal stopped working, cant type back the tapes. Mairead',
    company: murphyCrowley,
    expected: ['w-mcs-dictation'],
  },
  {
    text: 'dictations from Mr Crowley not showing up in my list',
    company: murphyCrowley,
    expected: ['w-mcs-dictation'],
  },
  {
    text: 'kyocera gives send error 1102 when scanning to my folder',
    company: murphyCrowley,
    expected: ['w-mcs-scan-to-matter', 'w-scan-to-folder'],
  },
  {
    text: 'how do I get a scanned deed into the client file on the system?',
    company: murphyCrowley,
    expected: ['w-mcs-scan-to-matter'],
  },
  {
    text: 'trainee starting in September needs a scan button on the copier',
    company: murphyCrowley,
    expected: ['w-mcs-scan-to-matter'],
  },
  {
    text: 'client on phone says they transferred the deposit to new bank details from an email from us. We sent no such email',
    company: murphyCrowley,
    expected: ['w-invoice-fraud'],
  },
  {
    text: 'need to see the conveyancing shared calendar, Emer said to ask you',
    company: murphyCrowley,
    expected: ['w-calendar-delegate'],
  },
  { text: 'email to a barrister bounced, 550 5.1.1', company: murphyCrowley, expected: ['w-ndr-550-571'] },
  {
    text: 'Partner wants all emails relating to one client exported for a data access request',
    company: murphyCrowley,
    expected: null,
  },
  { text: 'Kyocera in South Mall low on toner, can you order black', company: murphyCrowley, expected: null },
  {
    text: 'time recording totals in Keyhouse are wrong on my bill run, please look',
    company: murphyCrowley,
    expected: null,
  },
  {
    text: 'protel says database connection lost at reception, checkins backing up!!',
    company: harbourView,
    expected: ['w-hvh-pms-frontdesk'],
  },
  {
    text: 'key card machine not doing the cards, guests locked out of rooms',
    company: harbourView,
    expected: ['w-hvh-pms-frontdesk'],
  },
  {
    text: 'guest in room 207 says wifi is very poor and keeps dropping',
    company: harbourView,
    expected: ['w-hvh-guest-wifi'],
  },
  {
    text: 'guests cant log into wifi, room number not accepted on the login page',
    company: harbourView,
    expected: ['w-hvh-guest-wifi'],
  },
  {
    text: 'wedding party tomorrow in the function room, need wifi codes for the band and the photographer',
    company: harbourView,
    expected: ['w-hvh-guest-wifi'],
  },
  {
    text: 'bar till wont put drinks on room bills, says posting failed',
    company: harbourView,
    expected: ['w-hvh-bar-epos'],
  },
  {
    text: 'kitchen not getting dockets from the restaurant tills',
    company: harbourView,
    expected: ['w-hvh-bar-epos'],
  },
  {
    text: 'card machine at bar says not connected to till',
    company: harbourView,
    expected: ['w-hvh-bar-epos', 'w-epos-card-terminal'],
  },
  {
    text: 'new receptionist starting Monday, Katie Moloney, needs login and email',
    company: harbourView,
    expected: ['w-new-starter'],
  },
  {
    text: 'night manager laptop new phone, cant approve the microsoft sign in anymore',
    company: harbourView,
    expected: ['w-mfa-new-phone'],
  },
  {
    text: 'no internet in the whole hotel, guests complaining, phones down',
    company: harbourView,
    expected: ['w-broadband-outage'],
  },
  {
    text: 'Booking.com reservations not coming into Protel since yesterday',
    company: harbourView,
    expected: null,
  },
  {
    text: 'our rate on the hotel website booking engine is showing wrong price',
    company: harbourView,
    expected: null,
  },
  {
    text: 'can someone book the boardroom and order lunch for the managers meeting friday',
    company: harbourView,
    expected: null,
  },
];
