/**
 * Set AG: a blind labelled KB set, written without reading the search code or any other set.
 * Brightwater Technology Partners, an Adelaide MSP that keeps its global and per-client runbooks in
 * IT Glue. Tickets as the clients' staff and Brightwater's own L1 techs write them: terse, misspelt,
 * in lay words. `expected` lists the articles that really answer the ticket (best first), or null
 * when nothing in the KB does; client runbooks only ever answer their own client's tickets.
 */
import type { LabelledTicket } from '../tickets.ts';
import { SET_AG_CLIENTS } from './articles.ts';

const { stonewell, kurrajong, wingfield, hallett } = SET_AG_CLIENTS;

export const SET_AG_TICKETS: readonly LabelledTicket[] = [
  // ================================================================ answerable: global runbooks
  // Outlook & Exchange
  {
    text: 'emails are on my phone but not in outlook on the computer since yesterday arvo. bottom bar just says updating inbox forever. webmail has them all',
    company: hallett,
    expected: ['ag-outlook-not-syncing'],
  },
  {
    text: 'the email program keeps popping up a box for my password every few minutes, I type it in and it comes straight back. I can log into the web one fine with the same password',
    company: kurrajong,
    expected: ['ag-outlook-password-prompts'],
  },
  {
    text: 'laptop in the cellar door office - emails say Need Password down the bottom and nothing is going out',
    company: stonewell,
    expected: ['ag-outlook-password-prompts'],
  },
  {
    text: "when I type a client's name in the box at the top of my emails nothing comes up at all, even stuff from last week. Helen's works fine on her pc",
    company: hallett,
    expected: ['ag-outlook-search'],
  },
  {
    text: "Can Priya please get into the bookings@ inbox, she's covering for Tom for 3 weeks while he's on leave. Approved - Gary (ops mgr)",
    company: wingfield,
    expected: ['ag-shared-mailbox'],
  },
  {
    text: "every morning I get a message saying my mailbox is nearly full. I've got 15 years of client correspondence I'm not allowed to delete",
    company: hallett,
    expected: ['ag-mailbox-full-archive'],
  },
  {
    text: 'everything I send to anyone at Fresh Direct comes back undelivered with some 550 5.7 rejected thing, other customers get my emails ok',
    company: wingfield,
    expected: ['ag-outbound-bounces'],
  },
  {
    text: "tried to email a resident's daughter an update and got one back straight away saying the address couldn't be found. I copied it off the admission form",
    company: kurrajong,
    expected: ['ag-outbound-bounces'],
  },
  {
    text: "client says he's sent his receipts 3 times and we never got them. not in junk. can someone look pls",
    company: hallett,
    expected: ['ag-email-quarantine'],
  },
  {
    text: "got an email from microsoft saying 4 messages are being held for me to review - is that real or a scam? don't want to click it",
    company: stonewell,
    expected: ['ag-email-quarantine'],
  },
  {
    text: 'I accidentally deleted the whole folder with the accreditation emails and then emptied the bin 😩 can it come back',
    company: kurrajong,
    expected: ['ag-recover-deleted-email'],
  },
  {
    text: "need an email back from about March that Gary deleted, was about a damaged pallet claim with Toll. it's not in his deleted items any more",
    company: wingfield,
    expected: ['ag-recover-deleted-email'],
  },
  // Teams, OneDrive, SharePoint
  {
    text: 'Teams only shows a white blank window when I open it. restarted the computer already, same',
    company: hallett,
    expected: ['ag-teams-wont-load'],
  },
  {
    text: 'on the family video call this morning nobody could hear me but I could hear them fine. laptop in the DONs office',
    company: kurrajong,
    expected: ['ag-teams-audio-video'],
  },
  {
    text: 'my picture in meetings is just black with a little camera with a line through it, thinkpad',
    company: stonewell,
    expected: ['ag-teams-audio-video'],
  },
  {
    text: 'little red crosses on a lot of my files and the blue cloud near the clock says processing 4,000 changes, been like that since Tues',
    company: hallett,
    expected: ['ag-onedrive-sync'],
  },
  {
    text: 'got my new laptop but none of my desktop stuff is there, all the spreadsheets I keep on the desktop. they were on the old one yesterday',
    company: wingfield,
    expected: ['ag-onedrive-sync'],
  },
  {
    text: "our importer in Singapore can't open the link I sent for the new price list, it says they need to ask for access",
    company: stonewell,
    expected: ['ag-sharepoint-access'],
  },
  {
    text: "I'm the new clinical educator, clicking the Policies & Procedures site on the intranet says I need access",
    company: kurrajong,
    expected: ['ag-sharepoint-access'],
  },
  {
    text: "Somebody saved over the Nguyen Family Trust workpapers excel in the Teams files with another client's numbers. need the one from yesterday",
    company: hallett,
    expected: ['ag-restore-onedrive-sharepoint'],
  },
  {
    text: 'deleted the vintage 2024 photos folder out of my onedrive last month thinking they were copied somewhere else, can they be got back?',
    company: stonewell,
    expected: ['ag-restore-onedrive-sharepoint'],
  },
  // Identity
  {
    text: 'locked out, says contact your support person. tried my password too many times after the holidays. ph 0412 555 018',
    company: wingfield,
    expected: ['ag-password-reset-lockout'],
  },
  {
    text: 'changed my password this morning when it asked me to and now I get locked out about every 20 min',
    company: kurrajong,
    expected: ['ag-password-reset-lockout'],
  },
  {
    text: "got a new iphone on the weekend and the code app thing didn't come across, now can't get into email on the laptop either",
    company: stonewell,
    expected: ['ag-mfa-new-phone'],
  },
  {
    text: "the approve sign-in popup doesn't come through to my phone anymore, the computer just sits there saying waiting",
    company: hallett,
    expected: ['ag-mfa-new-phone'],
  },
  {
    text: "I'm in Auckland for the freight expo and outlook and teams on my laptop both say you cannot access this right now",
    company: wingfield,
    expected: ['ag-conditional-access-blocked'],
  },
  {
    text: 'trying to open Word on my home computer to finish a letter and it says AADSTS53000 something about the device being managed',
    company: hallett,
    expected: ['ag-conditional-access-blocked'],
  },
  // Intune, Autopilot, Windows
  {
    text: "new laptop straight out of the box is stuck on 'setting up for work', the account setup bit, been sitting there 2 hours",
    company: wingfield,
    expected: ['ag-autopilot-enrolment'],
  },
  {
    text: 'wiped a loaner from our pool for the Kurrajong job and it now fails during OOBE with 80180014',
    company: null,
    expected: ['ag-autopilot-enrolment'],
  },
  {
    text: "company portal thing popped up saying my laptop doesn't meet requirements and now outlook says I can't get there from here",
    company: hallett,
    expected: ['ag-intune-compliance'],
  },
  {
    text: "every time I shut down it does update 1 of 1 then when it starts up says couldn't complete, undoing changes. takes 40 min each time",
    company: stonewell,
    expected: ['ag-windows-update-failing'],
  },
  {
    text: "logged on and all my icons are gone, the background's back to the plain blue one and a message said something about can't sign in to your account",
    company: kurrajong,
    expected: ['ag-temporary-profile'],
  },
  {
    text: 'laptop came up with a blue screen wanting a long number, says recovery, after that dell update thing ran last night',
    company: stonewell,
    expected: ['ag-bitlocker-recovery'],
  },
  {
    text: 'dispatch laptop asking for a 48 digit code at startup. key ID starts 4F2A91C0',
    company: wingfield,
    expected: ['ag-bitlocker-recovery'],
  },
  {
    text: 'my own work laptop came up asking for the encryption key after the BIOS update last night, ID 9C11 something. which portal is it in',
    company: null,
    expected: ['ag-bitlocker-recovery'],
  },
  {
    text: 'pc takes 10 min to start and everything is soooo slow, task manager says disk 100%',
    company: stonewell,
    expected: ['ag-slow-pc'],
  },
  {
    text: "my two big screens stopped working when I plug the laptop into the dock thing, laptop screen's fine, and the keyboard and mouse plugged into it don't work either",
    company: hallett,
    expected: ['ag-dock-monitors'],
  },
  {
    text: 'my S drive disappeared',
    company: hallett,
    expected: ['ag-mapped-drives'],
  },
  {
    text: "got my new laptop today - the upstairs Canon isn't in the list when I go to print and the S: drive isn't there either",
    company: hallett,
    expected: ['ag-add-printer', 'ag-mapped-drives'],
  },
  // Printing & scanning
  {
    text: 'trying to add the admin office printer and it comes up with error 0x0000011b',
    company: kurrajong,
    expected: ['ag-add-printer'],
  },
  {
    text: 'printing to office printer nothing comes out, 6 documents sitting in the list saying error',
    company: wingfield,
    expected: ['ag-print-queue-offline'],
  },
  {
    text: 'the printer says offline on my computer but everyone else can print to it fine',
    company: stonewell,
    expected: ['ag-print-queue-offline'],
  },
  {
    text: "the big photocopier in admin won't send scans to email anymore, comes up with SMTP error on its screen",
    company: kurrajong,
    expected: ['ag-copier-scan'],
  },
  {
    text: 'scanning to the shared folder off the Kyocera stopped working since Monday, says login failed',
    company: wingfield,
    expected: ['ag-copier-scan'],
  },
  // Networking
  {
    text: "can't connect from home, the forti thing says -14 server may be unreachable",
    company: hallett,
    expected: ['ag-forticlient-vpn'],
  },
  {
    text: "remote access gets to 98% then drops out, I'm in a hotel in Melbourne for the week",
    company: wingfield,
    expected: ['ag-forticlient-vpn'],
  },
  {
    text: "my laptop won't join the staff wifi anymore, says can't connect to this network. my phone is on it fine",
    company: kurrajong,
    expected: ['ag-staff-guest-wifi'],
  },
  {
    text: "what's the wifi password for visitors? we've got the distributor reps in for a tasting at 2",
    company: stonewell,
    expected: ['ag-staff-guest-wifi'],
  },
  {
    text: 'half the PCs in the warehouse office say No Internet, the ones that were off over the long weekend. ipconfig shows 169.254',
    company: wingfield,
    expected: ['ag-no-internet-dhcp-dns'],
  },
  {
    text: 'whole office no internet and the phones are dead, the nbn box on the wall has a red light',
    company: hallett,
    expected: ['ag-nbn-outage'],
  },
  {
    text: 'Kent Town office (ours) has no internet, optical light on the NTD is red, phones down',
    company: null,
    expected: ['ag-nbn-outage'],
  },
  {
    text: 'internet is down in the winery office AND at the cellar door since the storm, the box on the office wall has a red light. vintage is on!!',
    company: stonewell,
    expected: ['ag-nbn-outage'],
  },
  {
    text: "can't get onto the wine show entry website, a red fortinet page comes up saying blocked newly observed domain",
    company: stonewell,
    expected: ['ag-web-filter-block'],
  },
  // Backup & recovery
  {
    text: "someone deleted the whole 'Rates 2025' folder off the shared drive, need it back the way it was before lunch",
    company: wingfield,
    expected: ['ag-file-server-restore'],
  },
  // Security
  {
    text: 'I think I did something silly, clicked a docusign email and put my password in then it just went to a blank page',
    company: kurrajong,
    expected: ['ag-phishing-clicked', 'ag-compromised-account'],
  },
  {
    text: "opened an attachment from the 'ATO' about a tax refund, it was a zip file, nothing seemed to happen. should I be worried",
    company: stonewell,
    expected: ['ag-phishing-clicked'],
  },
  {
    text: 'clients are ringing saying they got a weird email from me with a onedrive link that I never sent',
    company: hallett,
    expected: ['ag-compromised-account'],
  },
  {
    text: "can't send any emails, the bounce says 550 5.1.8 access denied bad outbound sender",
    company: wingfield,
    expected: ['ag-compromised-account'],
  },
  {
    text: "all the files on the shared drive have a weird extension on the end now and there's a text file in every folder saying to email some address to get them back",
    company: stonewell,
    expected: ['ag-ransomware-first-response'],
  },
  // People
  {
    text: "We have a new RN starting Monday, Aisha Rahman, she'll need email and to get on the computers",
    company: kurrajong,
    expected: ['ag-new-starter'],
  },
  {
    text: 'new L1 tech (Josh P.) starts with us Monday, needs M365 account, a laptop and a 3CX extension',
    company: null,
    expected: ['ag-new-starter'],
  },
  {
    text: 'Linda finishes up Friday, please remove her access and have her emails go to Mark',
    company: hallett,
    expected: ['ag-leaver'],
  },
  {
    text: 'Sam from our projects team is leaving us end of the month, can someone kick off his offboarding',
    company: null,
    expected: ['ag-leaver'],
  },
  // Hardware
  {
    text: "laptop is dead, won't turn on at all, no lights, even though it's been plugged in all night",
    company: wingfield,
    expected: ['ag-laptop-hardware-fault'],
  },
  {
    text: "laptop's battery has puffed up, the mouse pad is sticking up at one corner",
    company: kurrajong,
    expected: ['ag-laptop-hardware-fault'],
  },
  // Telephony
  {
    text: 'desk phone screen says no service since the cleaners were in last night',
    company: hallett,
    expected: ['ag-yealink-no-service'],
  },
  {
    text: "customers say I sound like a robot on the phone and sometimes they can't hear me at all but I can hear them",
    company: wingfield,
    expected: ['ag-call-quality'],
  },
  {
    text: 'can the main number go to my mobile over the christmas close down, office shut 23rd to 6th',
    company: hallett,
    expected: ['ag-call-forwarding'],
  },
  {
    text: "how do I make my desk phone ring my mobile when I'm out in the vineyard",
    company: stonewell,
    expected: ['ag-call-forwarding'],
  },
  // Applications
  {
    text: 'adobe says my free trial has ended and wants me to pay, I need to edit the activities calendar pdf',
    company: kurrajong,
    expected: ['ag-adobe-acrobat'],
  },
  {
    text: 'want my work email on my samsung, the normal email app says my organisation requires a different app?',
    company: wingfield,
    expected: ['ag-mobile-email'],
  },

  // ================================================================ answerable: Stonewell Ridge runbooks
  {
    text: 'ipads in the barrel hall not updating the work orders, says 3 changes waiting',
    company: stonewell,
    expected: ['ag-sr-vintrace'],
  },
  {
    text: 'can we get Josh (new cellar hand) a login for the winery system on the ipads please',
    company: stonewell,
    expected: ['ag-sr-vintrace'],
  },
  {
    text: "cellar door card machine says pairing required and won't talk to the register, customers waiting!",
    company: stonewell,
    expected: ['ag-sr-cellar-door-pos'],
  },
  {
    text: "receipts not printing at the tasting bar and the cash drawer won't pop open",
    company: stonewell,
    expected: ['ag-sr-cellar-door-pos'],
  },
  {
    text: 'cellar door has no internet or phones but the office is fine',
    company: stonewell,
    expected: ['ag-sr-cellar-door-link'],
  },
  {
    text: "tasting room internet down again after last night's wind, power's on up there",
    company: stonewell,
    expected: ['ag-sr-cellar-door-link'],
  },
  {
    text: 'weighbridge computer says no indicator, trucks lining up out to the road!!',
    company: stonewell,
    expected: ['ag-sr-weighbridge'],
  },
  {
    text: 'the scale box shows 24,380 kg but the computer at the crush pad just sits on zero',
    company: stonewell,
    expected: ['ag-sr-weighbridge'],
  },

  // ================================================================ answerable: Kurrajong House runbooks
  {
    text: 'agency nurse on tonight needs to do progress notes, how does she get in',
    company: kurrajong,
    expected: ['ag-kh-autumncare'],
  },
  {
    text: "care system says account disabled for Maria, she's just back from long service leave",
    company: kurrajong,
    expected: ['ag-kh-autumncare'],
  },
  {
    text: "med round ipad in Banksia says offline and can't see the new antibiotic the GP charted this morning",
    company: kurrajong,
    expected: ['ag-kh-bestmed'],
  },
  {
    text: 'the medication system is down, what do we do for the 2pm round??',
    company: kurrajong,
    expected: ['ag-kh-bestmed'],
  },
  {
    text: "call bells aren't coming through to the carers' phones in Waratah wing!!",
    company: kurrajong,
    expected: ['ag-kh-nurse-call'],
  },
  {
    text: "one of the cordless handsets the carers carry says searching and won't get any calls",
    company: kurrajong,
    expected: ['ag-kh-nurse-call'],
  },
  {
    text: 'tapping my lanyard card on the nurses station computer does nothing, the light on the little box is off',
    company: kurrajong,
    expected: ['ag-kh-nursing-station-login'],
  },
  {
    text: "nurses station PC stuck logged in as Kevin and he's gone home",
    company: kurrajong,
    expected: ['ag-kh-nursing-station-login'],
  },
  {
    text: "new agency carer can't get onto the nurses station computer, she hasn't got a card yet",
    company: kurrajong,
    expected: ['ag-kh-nursing-station-login'],
  },

  // ================================================================ answerable: Wingfield Freight runbooks
  {
    text: "CW won't open this morning, error says application cannot be started contact the application vendor",
    company: wingfield,
    expected: ['ag-wf-cargowise'],
  },
  {
    text: 'cargowise says my login is locked, tried a few times',
    company: wingfield,
    expected: ['ag-wf-cargowise'],
  },
  {
    text: 'scanner gun in the freezer keeps dropping off the wifi',
    company: wingfield,
    expected: ['ag-wf-handheld-scanners'],
  },
  {
    text: "trigger on one of the TC52s doesn't do anything, no red light comes out, screen works fine",
    company: wingfield,
    expected: ['ag-wf-handheld-scanners'],
  },
  {
    text: 'labels on dock 3 printing half on one label and half on the next',
    company: wingfield,
    expected: ['ag-wf-label-printers'],
  },
  {
    text: 'zebra on dock 1 printing a load of random letters and numbers instead of the barcode',
    company: wingfield,
    expected: ['ag-wf-label-printers'],
  },
  {
    text: "driver's tablet says 14 PODs waiting to upload since yesterday arvo",
    company: wingfield,
    expected: ['ag-wf-driver-tablets'],
  },
  {
    text: "tablet's gone missing out of truck 12 after a delivery at Mile End, can we lock it",
    company: wingfield,
    expected: ['ag-wf-driver-tablets'],
  },

  // ================================================================ answerable: Hallett Moore runbooks
  {
    text: 'AE says cannot connect to database server when I open it from home',
    company: hallett,
    expected: ['ag-hm-myob-ae'],
  },
  {
    text: 'after the tax update MYOB wants to update the workstation and it fails halfway with 1603',
    company: hallett,
    expected: ['ag-hm-myob-ae'],
  },
  {
    text: 'lodgments out of AE are all failing with an error from the ATO about the credential',
    company: hallett,
    expected: ['ag-hm-ato-access'],
  },
  {
    text: 'our new grad accountant needs to get into the agent portal, starts Monday',
    company: hallett,
    expected: ['ag-hm-ato-access'],
  },
  {
    text: 'the FYI button has vanished from Outlook',
    company: hallett,
    expected: ['ag-hm-fyi-outlook'],
  },
  {
    text: 'when I try to file an email to a new client it says client not found',
    company: hallett,
    expected: ['ag-hm-fyi-outlook'],
  },
  {
    text: 'the little scanner at reception says not connected to computer',
    company: hallett,
    expected: ['ag-hm-scansnap'],
  },
  {
    text: "my scan to FYI button isn't on the scanner screen anymore",
    company: hallett,
    expected: ['ag-hm-scansnap'],
  },

  // ================================================================ unanswerable: hard negatives
  {
    // Weighbridge runbook is Stonewell's only.
    text: "the weighbridge at the gatehouse shows the weight but the ticket program won't print dockets for the B-doubles",
    company: wingfield,
    expected: null,
  },
  {
    // MYOB runbook is Hallett's AE, a different product and another client.
    text: "MYOB AccountRight says it can't open the company file, library not found",
    company: stonewell,
    expected: null,
  },
  {
    text: 'Can you set up a Teams webinar with a registration page for our EOFY tax seminar for clients?',
    company: hallett,
    expected: null,
  },
  {
    text: "Jenny's swipe tag won't open the memory support unit door, it just beeps red",
    company: kurrajong,
    expected: null,
  },
  {
    text: 'camera over gate 2 not showing anything on the recorder, blank box for that one',
    company: wingfield,
    expected: null,
  },
  {
    text: "orders from the online shop on our website aren't taking the stock off in lightspeed",
    company: stonewell,
    expected: null,
  },
  {
    text: "one of our clients' Xero bank feeds stopped, says the connection needs to be re-authorised",
    company: hallett,
    expected: null,
  },
  {
    text: 'Can we get a quote for 4 new iPads for the lifestyle team?',
    company: kurrajong,
    expected: null,
  },
  {
    text: 'aircon in the comms room is dripping water onto the floor near the rack',
    company: wingfield,
    expected: null,
  },
  {
    text: 'how do I do a mail merge for the tax reminder letters from the Excel client list',
    company: hallett,
    expected: null,
  },
  {
    text: 'can someone build us a SharePoint news page for the vintage roster and updates',
    company: stonewell,
    expected: null,
  },
  {
    text: 'can you push the new Kurrajong logo as the desktop background on all the laptops',
    company: kurrajong,
    expected: null,
  },
  {
    text: 'we want a call queue for customer service so calls ring round 4 people and play music while they wait',
    company: wingfield,
    expected: null,
  },
  {
    text: "Power BI dashboard for the partners won't refresh, says the gateway is offline",
    company: hallett,
    expected: null,
  },
  {
    // Tyro/Lightspeed runbook is Stonewell's only.
    text: 'the EFTPOS machine at reception says pairing required, clients want to pay their invoices',
    company: hallett,
    expected: null,
  },
  {
    text: "our website's showing 'error establishing a database connection'",
    company: stonewell,
    expected: null,
  },
  {
    text: 'need a new Telstra mobile and SIM for the new driver starting Monday',
    company: wingfield,
    expected: null,
  },
  {
    text: 'NinjaOne agent showing offline for 3 devices at Wingfield even though the PCs are on and working',
    company: null,
    expected: null,
  },

  // ================================================================ unanswerable: easy
  { text: 'test ticket please ignore', company: null, expected: null },
  { text: 'asdfjkl;', company: wingfield, expected: null },
  { text: 'Thanks for sorting that yesterday, all good now 👍', company: hallett, expected: null },
];
