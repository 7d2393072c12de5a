import type { LabelledTicket } from '../tickets.ts';
import { SET_AE_CLIENTS } from './articles.ts';

const { ashgrove, calder, brightside, wharfedale } = SET_AE_CLIENTS;

export const SET_AE_TICKETS: readonly LabelledTicket[] = [
  {
    text: 'cant log into sims, says username or password wrong but its what I always use?? Mrs Haworth, maths dept',
    company: ashgrove,
    expected: ['ae-ashgrove-sims'],
  },
  {
    text: "SIMS froze halfway through my period 3 register then said connection to the server has been lost. I'm in the main building, room S14, still can't get back in",
    company: ashgrove,
    expected: ['ae-ashgrove-sims'],
  },
  {
    text: "New teacher (Mr Okafor, chemistry) starts Monday. He'll need the register system with his classes on it please",
    company: ashgrove,
    expected: ['ae-ashgrove-sims', 'ae-new-starter'],
  },
  {
    text: 'URGENT exam laptop 12 has the red squiggly lines under words!! Yr13 English Lit mock starts 9:15',
    company: ashgrove,
    expected: ['ae-ashgrove-exam-laptops'],
  },
  {
    text: 'Student in the LS room has lost her whole answer - the laptop logged her off right at the end of the paper. Exams officer very stressed, is there any way to get it back?',
    company: ashgrove,
    expected: ['ae-ashgrove-exam-laptops'],
  },
  {
    text: 'Can we have 6 more exam logons for the summer series please (exam31 onwards?) thanks Lisa, Exams',
    company: ashgrove,
    expected: ['ae-ashgrove-exam-laptops'],
  },
  {
    text: 'Nobody at Clarendon House can get onto SIMS or the shared drives this morning. Internet and emails are fine',
    company: ashgrove,
    expected: ['ae-ashgrove-site-link'],
  },
  {
    text: 'sixth form centre: printing to repro not working + sims timing out. L1: rebooted 2 PCs, no change, internet ok, main school unaffected',
    company: ashgrove,
    expected: ['ae-ashgrove-site-link'],
  },
  {
    text: 'Sage wont open on the accounts PC, says the server is unavailable',
    company: calder,
    expected: ['ae-calder-sage200'],
  },
  {
    text: 'trying to log in to sage and getting no licences available?? theres only 3 of us in today',
    company: calder,
    expected: ['ae-calder-sage200'],
  },
  {
    text: 'Line 2 labeller printing blank labels but the ribbon looks ok. pies backing up on the line, please ring Dave on the shop floor ASAP',
    company: calder,
    expected: ['ae-calder-labels'],
  },
  {
    text: "QA have stopped line 3 - best before on the case labels is showing yesterday's date",
    company: calder,
    expected: ['ae-calder-labels'],
  },
  {
    text: 'zebra on packing line 1 prints half on half off the sticker. turned it off and on again, same',
    company: calder,
    expected: ['ae-calder-labels'],
  },
  {
    text: 'Line 4 PC restarted itself for updates at 2pm in the middle of a run!! Who set that up, we lost 20 mins of production',
    company: calder,
    expected: ['ae-calder-line-pcs'],
  },
  {
    text: 'the pc in the mixing room has a box saying restart required to finish installing updates - ok to just click restart now?',
    company: calder,
    expected: ['ae-calder-line-pcs'],
  },
  {
    text: 'Sunday patching: LINE-PC03 failed with 0x80070002 twice, the others went through fine',
    company: calder,
    expected: ['ae-calder-line-pcs', 'ae-windows-update'],
  },
  {
    text: 'Headingley reception PC 2 - optisoft says unable to connect to the database server. The other reception pc is fine',
    company: brightside,
    expected: ['ae-brightside-optisoft'],
  },
  {
    text: "Please can you reset my optisoft password, I've locked myself out. Priya (optom, Otley)",
    company: brightside,
    expected: ['ae-brightside-optisoft'],
  },
  {
    text: 'GOS forms printing all squiffy, the writing is over the lines of the boxes. Ilkley',
    company: brightside,
    expected: ['ae-brightside-optisoft'],
  },
  {
    text: 'Did an OCT on a patient in room 2 but the scan isnt showing when I look on the consulting room computer',
    company: brightside,
    expected: ['ae-brightside-oct'],
  },
  {
    text: 'topcon computer says licence not found when I open imagenet - Ilkley',
    company: brightside,
    expected: ['ae-brightside-oct'],
  },
  {
    text: 'The computer attached to the OCT machine keeps asking to install updates, shall I let it?',
    company: brightside,
    expected: ['ae-brightside-oct'],
  },
  {
    text: 'Otley cant get into optisoft at all. Card machine and internet both working',
    company: brightside,
    expected: ['ae-brightside-branch-vpn'],
  },
  {
    text: 'Ilkley - none of the server stuff works (patient records, scans stuck) since the power cut last night. google works fine',
    company: brightside,
    expected: ['ae-brightside-branch-vpn'],
  },
  {
    text: 'driver on van 14 says his handheld wont scan, no red light comes out when he presses the trigger',
    company: wharfedale,
    expected: ['ae-wharfedale-handhelds'],
  },
  {
    text: 'new driver starting tomorrow needs a scanner device setting up. Lee Brook, nights',
    company: wharfedale,
    expected: ['ae-wharfedale-handhelds'],
  },
  {
    text: "PODs not going through on 3 drivers devices, app says no connection will retry. They're round Skipton way",
    company: wharfedale,
    expected: ['ae-wharfedale-handhelds'],
  },
  {
    text: 'route planning wont import tonights jobs, says unexpected field count at line 212',
    company: wharfedale,
    expected: ['ae-wharfedale-paragon'],
  },
  {
    text: '5am - planners cant run routes, paragon saying licence server not found. vans due out at 6!!',
    company: wharfedale,
    expected: ['ae-wharfedale-paragon'],
  },
  {
    text: 'The sticker printer in despatch prints the DPD label really small in the top corner',
    company: wharfedale,
    expected: ['ae-wharfedale-labels'],
  },
  {
    text: 'parcelforce labels coming out across two labels, half on each',
    company: wharfedale,
    expected: ['ae-wharfedale-labels'],
  },
  {
    text: 'trunking bay zebra spits out 3 blank ones every time we print one',
    company: wharfedale,
    expected: ['ae-wharfedale-labels'],
  },
  {
    text: 'outlook keeps popping up asking for my password, I put it in and it just comes straight back. changed my password on monday if that matters',
    company: wharfedale,
    expected: ['ae-outlook-password-prompts'],
  },
  {
    text: 'cant find old emails when I search, only shows stuff from this year. I know theres an email from the lab from 2022',
    company: brightside,
    expected: ['ae-outlook-search'],
  },
  {
    text: 'Please give Tom Fenwick access to the accounts@ inbox, he needs to be able to send from it as well. Approved by Janet (FD)',
    company: calder,
    expected: ['ae-shared-mailbox'],
  },
  {
    text: 'my email bounced back with SendAsDenied when I tried sending from the customerservices address?',
    company: wharfedale,
    expected: ['ae-shared-mailbox'],
  },
  {
    text: "email to a customer bounced - 550 5.1.10 recipient not found. I've emailed them loads of times before",
    company: wharfedale,
    expected: ['ae-ndr-codes'],
  },
  {
    text: 'Parents emailing the sixth form office address get a bounce saying the group only accepts messages from people in its organisation',
    company: ashgrove,
    expected: ['ae-ndr-codes'],
  },
  {
    text: "keep getting warnings that my mailbox is almost full, I can't delete anything as I need it all for audits",
    company: calder,
    expected: ['ae-mailbox-full'],
  },
  {
    text: 'Can Sarah see and change my diary in outlook please? She books my appointments for me',
    company: brightside,
    expected: ['ae-calendar-permissions'],
  },
  {
    text: 'teams just white screen since this morning, restarted laptop twice',
    company: wharfedale,
    expected: ['ae-teams-wont-load'],
  },
  {
    text: 'my outlook chat thing wont open, the purple one. comes up with caa20002',
    company: ashgrove,
    expected: ['ae-teams-wont-load'],
  },
  {
    text: 'nobody could hear me on the call with Tesco earlier, I could hear them fine. using my usual headset',
    company: calder,
    expected: ['ae-teams-meeting-audio'],
  },
  {
    text: 'red crosses on all my documents in file explorer and the little cloud at the bottom says paused',
    company: brightside,
    expected: ['ae-onedrive-sync'],
  },
  {
    text: "files I saved on my laptop last night aren't showing on my desk pc this morning, both logged in as me",
    company: calder,
    expected: ['ae-onedrive-sync'],
  },
  { text: 'my S drive has vanished', company: calder, expected: ['ae-mapped-drives'] },
  {
    text: 'working from home today, H: has a red x and says network path not found',
    company: ashgrove,
    expected: ['ae-mapped-drives'],
  },
  {
    text: "word says unlicensed product across the top and won't let me type anything",
    company: wharfedale,
    expected: ['ae-office-unlicensed'],
  },
  {
    text: 'got a new phone at the weekend, now I cant approve the sign ins cos the app was on my old one. also outlook on my laptop keeps asking for my password',
    company: wharfedale,
    expected: ['ae-mfa-new-phone', 'ae-outlook-password-prompts'],
  },
  {
    text: 'dropped my phone in the fryer (not joking). need to get the authenticator thing onto the new one',
    company: calder,
    expected: ['ae-mfa-new-phone'],
  },
  {
    text: 'keeps pinging my phone to approve, im not logging in to anything',
    company: brightside,
    expected: ['ae-mfa-unexpected-prompts'],
  },
  {
    text: "got 3 of those 'enter the number' notifications at 2am, I was asleep. Should I be worried?",
    company: ashgrove,
    expected: ['ae-mfa-unexpected-prompts'],
  },
  {
    text: 'forgot my password again, how do I change it myself instead of ringing you every time',
    company: wharfedale,
    expected: ['ae-sspr'],
  },
  {
    text: 'locked out AGAIN. third time this week. AADSTS50053',
    company: brightside,
    expected: ['ae-account-lockout'],
  },
  {
    text: "L1: staff member's AD account locks every morning around 8:10, unlocked it 3 times now. something keeps locking it",
    company: ashgrove,
    expected: ['ae-account-lockout'],
  },
  {
    text: 'im in Spain for a trade show and cant get on email, says you cannot access this right now',
    company: wharfedale,
    expected: ['ae-conditional-access'],
  },
  {
    text: 'Error 53000 opening sharepoint on my laptop, something about the device needing to be managed',
    company: calder,
    expected: ['ae-conditional-access'],
  },
  {
    text: "laptop won't join the staff wifi in the new meeting room, my phone connects fine",
    company: ashgrove,
    expected: ['ae-wifi'],
  },
  { text: 'vpn stuck at 98%', company: calder, expected: ['ae-forticlient-vpn'] },
  {
    text: "can't connect to the fortinet thing from home, error -14. worked fine yesterday",
    company: wharfedale,
    expected: ['ae-forticlient-vpn'],
  },
  {
    text: 'certain sites not loading, DNS_PROBE_FINISHED_NXDOMAIN, other sites fine',
    company: calder,
    expected: ['ae-dns-websites'],
  },
  {
    text: 'L1: 4 PCs in the back office with no network, ipconfig shows 169.254 addresses. switch lights are on',
    company: wharfedale,
    expected: ['ae-dhcp-apipa'],
  },
  {
    text: 'can you unblock youtube for the media studies classroom please, Mr Hirst needs it for his lessons',
    company: ashgrove,
    expected: ['ae-web-filter'],
  },
  {
    text: 'No internet at all in the Ilkley shop, phones are dead too',
    company: brightside,
    expected: ['ae-broadband-outage'],
  },
  {
    text: 'Depot internet down since 6am, the BT box has a red light on it',
    company: wharfedale,
    expected: ['ae-broadband-outage'],
  },
  {
    text: 'the VPN to my office computer says it cant connect to the remote computer, might be turned off?',
    company: brightside,
    expected: ['ae-remote-desktop'],
  },
  {
    text: 'WFH - remote desktop says an authentication error has occurred, the function requested is not supported',
    company: calder,
    expected: ['ae-remote-desktop'],
  },
  {
    text: 'update failed 0x800f0922, it keeps retrying every night',
    company: ashgrove,
    expected: ['ae-windows-update'],
  },
  {
    text: "pc is sooo slow, takes 10 mins to start up and excel freezes constantly. search in outlook doesn't find anything either",
    company: brightside,
    expected: ['ae-slow-pc', 'ae-outlook-search'],
  },
  {
    text: 'blue screen asking for a massive number when I turned my laptop on',
    company: ashgrove,
    expected: ['ae-bitlocker-recovery'],
  },
  {
    text: 'laptop asking for a recovery key after it did a BIOS update',
    company: calder,
    expected: ['ae-bitlocker-recovery'],
  },
  {
    text: 'my computer keeps getting a sad face screen and restarting, 3 times today',
    company: brightside,
    expected: ['ae-bsod'],
  },
  {
    text: "printer says offline but it's on and everyone else can print to it",
    company: calder,
    expected: ['ae-printer-queue'],
  },
  {
    text: 'my print jobs just sit there saying error - printing',
    company: ashgrove,
    expected: ['ae-printer-queue'],
  },
  {
    text: "copier won't send scans to email any more, says send error",
    company: brightside,
    expected: ['ae-scan-to-email'],
  },
  {
    text: 'only one of my screens works when I plug into the dock, and teams keeps using the laptop mic instead of my headset',
    company: calder,
    expected: ['ae-dock-monitors', 'ae-teams-meeting-audio'],
  },
  { text: 'new laptop set up failing, error 80180 something', company: ashgrove, expected: ['ae-autopilot'] },
  {
    text: 'Autopilot ESP timing out 0x800705b4 on the rebuilt laptop for Calder accounts, third attempt',
    company: null,
    expected: ['ae-autopilot'],
  },
  {
    text: 'reception phone says network unavailable since the cleaners moved the desk',
    company: calder,
    expected: ['ae-yealink-phones'],
  },
  {
    text: "want my work emails on my iphone, the normal mail app keeps saying it can't verify the account",
    company: wharfedale,
    expected: ['ae-mobile-email'],
  },
  {
    text: "can't copy text from an email into whatsapp on my phone, it says your organisation's data can't be pasted here",
    company: ashgrove,
    expected: ['ae-mobile-email'],
  },
  {
    text: "Sage wont open, says the data service isn't running",
    company: brightside,
    expected: ['ae-sage50'],
  },
  {
    text: 'sage 50 cant find company data after the server restart last night',
    company: wharfedale,
    expected: ['ae-sage50'],
  },
  {
    text: 'lost my phone that had the xero code app on it, can you reset it for me',
    company: brightside,
    expected: ['ae-xero'],
  },
  {
    text: 'pdfs open in edge now instead of adobe, I need to sign them',
    company: calder,
    expected: ['ae-acrobat'],
  },
  {
    text: 'chrome says your connection is not private on every single website',
    company: wharfedale,
    expected: ['ae-browser'],
  },
  {
    text: "got a dodgy looking docusign email, screenshot attached, I didn't click it",
    company: brightside,
    expected: ['ae-phishing'],
  },
  {
    text: 'I clicked a link in an email about a missed parcel and it asked for my microsoft login, I closed it without typing anything. hope thats ok',
    company: wharfedale,
    expected: ['ae-phishing'],
  },
  {
    text: "customers ringing to say they got a weird email from me with a link to an invoice. I didn't send it!",
    company: calder,
    expected: ['ae-compromised-account'],
  },
  {
    text: 'every email I send bounces back: 550 5.1.8 access denied bad outbound sender',
    company: ashgrove,
    expected: ['ae-compromised-account', 'ae-ndr-codes'],
  },
  {
    text: "all the files on the S drive have .akira on the end and there's a readme file in every folder",
    company: calder,
    expected: ['ae-ransomware'],
  },
  { text: 'defender popped up saying threats found', company: brightside, expected: ['ae-malware'] },
  {
    text: "massive pop up saying my computer is infected and to call a number, it's making a beeping noise. Room S3",
    company: ashgrove,
    expected: ['ae-malware'],
  },
  {
    text: 'left my work laptop on the train to York last night',
    company: brightside,
    expected: ['ae-lost-device'],
  },
  {
    text: 'New starter 3rd March - Jake Peters, warehouse supervisor. needs email and a laptop',
    company: calder,
    expected: ['ae-new-starter'],
  },
  {
    text: 'New optom joining Otley in 2 weeks, please set her up with everything she needs',
    company: brightside,
    expected: ['ae-new-starter', 'ae-brightside-optisoft'],
  },
  {
    text: 'Gemma leaves friday, her manager will need to get into her emails after',
    company: wharfedale,
    expected: ['ae-leaver'],
  },
  {
    text: 'staff member dismissed this morning, please disable everything for them now',
    company: ashgrove,
    expected: ['ae-leaver'],
  },
  {
    text: "saved over the rota spreadsheet by mistake, need yesterday afternoon's version back",
    company: wharfedale,
    expected: ['ae-restore-files'],
  },
  {
    text: 'deleted a folder from the shared drive last week by accident, English coursework samples',
    company: ashgrove,
    expected: ['ae-restore-files'],
  },
  {
    text: 'emptied my deleted items by accident, there was an email from the exam board in there',
    company: ashgrove,
    expected: ['ae-recover-email'],
  },
  {
    text: 'L1 on lates: Wharfedale just rang, 19:40, whole depot down. who do I ring, are they OOH?',
    company: null,
    expected: ['ae-msp-escalation', 'ae-broadband-outage'],
  },
  {
    text: "whats the difference between P1 and P2 again? one user can't work at all but there's a spare laptop",
    company: null,
    expected: ['ae-msp-escalation'],
  },
  {
    text: 'Can we get a price for 3 new laptops for Otley please, the reception ones are on their last legs',
    company: brightside,
    expected: null,
  },
  {
    text: "the fob reader on the yard gate isn't letting drivers in since the power cut, they're having to buzz the office",
    company: wharfedale,
    expected: null,
  },
  {
    text: 'kettle in the canteen keeps tripping the power to the office sockets',
    company: calder,
    expected: null,
  },
  {
    text: "my own iPhone won't update to the latest iOS, says not enough storage. its my personal one, can you help?",
    company: ashgrove,
    expected: null,
  },
  {
    text: "Canva keeps logging me out every few minutes when I'm making worksheets",
    company: ashgrove,
    expected: null,
  },
  {
    text: "the zebra handheld scanner we use for frame stock in the back room won't beep or scan anything",
    company: brightside,
    expected: null,
  },
  {
    text: 'the zebra label printer in reprographics is printing blank labels for the exam packs',
    company: ashgrove,
    expected: null,
  },
  {
    text: "Paragon won't load tomorrow's van routes for the wholesale deliveries",
    company: calder,
    expected: null,
  },
  {
    text: 'Zoom keeps cutting out on my calls with customers, they say I sound robotic',
    company: wharfedale,
    expected: null,
  },
  { text: 'toner low light on the office Kyocera, can you order some more', company: calder, expected: null },
  {
    text: 'CCTV camera 3 in the yard showing no signal on the recorder screen',
    company: wharfedale,
    expected: null,
  },
  {
    text: 'can you make the Otley reception phone ring at Ilkley as well when nobody picks up',
    company: brightside,
    expected: null,
  },
  {
    text: "Governors want a report on our cyber security score for Thursday's meeting, can you send something over",
    company: ashgrove,
    expected: null,
  },
  {
    text: "our website is showing 'error establishing a database connection'",
    company: wharfedale,
    expected: null,
  },
  {
    text: 'got an email saying our domain name expires in 14 days, is that you or do we pay it?',
    company: calder,
    expected: null,
  },
  {
    text: 'Promethean board in S12 not responding to the pen, the picture is fine',
    company: ashgrove,
    expected: null,
  },
  { text: "weighing scales on line 2 showing ERR 04 and won't tare", company: calder, expected: null },
  { text: 'what time do we close on christmas eve?', company: null, expected: null },
  { text: 'thanks for sorting that yesterday!', company: brightside, expected: null },
  {
    text: 'can anyone recommend a decent sat nav for the new vans? drivers hate using their phones',
    company: wharfedale,
    expected: null,
  },
  { text: 'microwave in the sixth form common room has stopped working', company: ashgrove, expected: null },
];
