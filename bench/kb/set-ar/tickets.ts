import type { LabelledTicket } from '../tickets.ts';
import { SET_AR_CLIENTS } from './articles.ts';

const { a, b, c, d } = SET_AR_CLIENTS;

export const SET_AR_TICKETS: readonly LabelledTicket[] = [
  {
    text: "hi, the tax program on my new laptop opens but every return preview has NOT FOR FILING across it and it's asking me for a key?? we are swamped this week. - Marisol",
    company: a,
    expected: ['ar-hn-taxcycle-annual-install'],
  },
  {
    text: 'keeps wanting me to log in again every 5 min in my email, i type it and it comes right back. changed it yesterday',
    company: c,
    expected: ['ar-outlook-password-prompts'],
  },
  {
    text: "front desk 2 says it can't find the server when I open the charting program. op 3 works fine",
    company: b,
    expected: ['ar-bfd-abeldent-connect'],
  },
  {
    text: "Sumac won't connect this morning, says it can't reach the database. I need to get the donor tax receipts out today",
    company: d,
    expected: null,
  }, // hard negative
  {
    text: 'jobboss says too many users and wont let me in. need to clock onto jobs',
    company: c,
    expected: ['ar-kpm-jobboss-sql'],
  },
  {
    text: "Email not updating since lunch and a little Microsoft window keeps popping up asking me to sign in again. Over and over. I've typed my password like 10 times\n\nThanks\nRosa Medeiros\nIntake Worker",
    company: d,
    expected: ['ar-outlook-password-prompts'],
  },
  {
    text: 'searching for a client name in my email brings up nothing, I KNOW there are dozens of emails from them last year',
    company: a,
    expected: ['ar-outlook-search-broken'],
  },
  {
    text: 'URGENT nobody can open patient charts, whole office, we have patients in chairs!!! call Lucia 416-555-0133\n\nSent from my iPhone',
    company: b,
    expected: ['ar-bfd-abeldent-connect'],
  },
  {
    text: "Gloria's email is full and she can't send. She has 15 years of email and won't delete anything. What are our options?",
    company: a,
    expected: ['ar-mailbox-full-archive'],
  },
  {
    text: "please give Tanya access to the intake@ inbox, she's covering for Lee for the next month. approved - Maria",
    company: d,
    expected: ['ar-shared-mailbox-access'],
  },
  {
    text: 'our accountants sent us a sharefile link for the year end package and it says expired. can you get it working? need it for the bank',
    company: c,
    expected: null,
  }, // hard negative
  {
    text: "I can see the reception@ emails fine but when i reply from it it comes back saying i don't have permission to send on behalf of the specified user",
    company: b,
    expected: ['ar-shared-mailbox-access'],
  },
  {
    text: "Hi,\nemail to our CRA contact came back undeliverable. It says Remote Server returned '550 5.1.1 RESOLVER.ADR...' something. The address is right, I copied it from her signature.\nThanks, Kevin",
    company: a,
    expected: ['ar-ndr-bounce-codes'],
  },
  {
    text: 'Every email I send today comes straight back with a long message about being restricted from sending - what happened??',
    company: d,
    expected: ['ar-compromised-m365-account', 'ar-ndr-bounce-codes'],
  },
  {
    text: "insurance e-submissions all erroring out since this morning, communication error on every single one. we're telling patients to pay in full and submit themselves, not great",
    company: b,
    expected: ['ar-bfd-itrans-claims'],
  },
  {
    text: 'Supplier in Ohio says they sent the PO confirmation 3 times. not in my inbox or junk. can you look',
    company: c,
    expected: ['ar-mimecast-held-messages'],
  },
  {
    text: "what's this email I get every morning with a list of messages and release buttons? one of them is from our lab and I need it",
    company: b,
    expected: ['ar-mimecast-held-messages'],
  },
  {
    text: 'Can you set it up so Joanne (my assistant) can manage my calendar and accept meetings for me? thx',
    company: a,
    expected: ['ar-calendar-delegate-access'],
  },
  {
    text: 'Outlook crashes every time I open a PDF attachment, then next time it starts in safe mode. Annoying',
    company: a,
    expected: null,
  }, // hard negative
  {
    text: 'nobody can hear me on teams calls, I can hear them fine. using the headset plugged into the dock',
    company: c,
    expected: ['ar-teams-audio-video'],
  },
  {
    text: "Hi, the e-claims to Manulife aren't going through but the other insurance companies are fine? do we need to do anything. thx Jas",
    company: b,
    expected: ['ar-bfd-itrans-claims'],
  },
  {
    text: "teams just shows a blank purple-ish window since this morning, can't see any of my chats. restarted twice",
    company: a,
    expected: ['ar-teams-wont-load'],
  },
  {
    text: 'red x on my files in the cloud folder and the little icon at the bottom has an error',
    company: c,
    expected: ['ar-onedrive-sync-errors'],
  },
  {
    text: "My desktop files aren't on my new laptop?? I was told everything was backed up to the cloud. There's a yellow warning on the cloud icon",
    company: a,
    expected: ['ar-onedrive-sync-errors'],
  },
  {
    text: "op 4 the xray thing isn't being picked up by the computer, tried unplugging. Dr Farouk has a patient waiting",
    company: b,
    expected: ['ar-bfd-intraoral-sensor'],
  },
  {
    text: 'partner agency says they can\'t open the folder I shared, the error says their gmail address "can\'t be found in the directory"',
    company: d,
    expected: ['ar-external-sharing-guests'],
  },
  {
    text: 'Someone saved over the budget excel in sharepoint with an old version. can we go back to how it was yesterday??',
    company: d,
    expected: ['ar-restore-deleted-sharepoint-onedrive'],
  },
  {
    text: "new guy's word and excel are in read-only mode and keep telling him to buy office",
    company: c,
    expected: ['ar-office-licensing-unlicensed'],
  },
  {
    text: "got a new iphone and now i can't approve the sign in thing for email. old phone is traded in already",
    company: b,
    expected: ['ar-mfa-new-phone'],
  },
  {
    text: 'Upstairs copier is printing with a dark streak down the left side of every page',
    company: d,
    expected: null,
  }, // hard negative
  {
    text: "My account keeps getting locked every morning even though I haven't typed it wrong. 3rd day in a row. Kevin",
    company: a,
    expected: ['ar-password-reset-lockout'],
  },
  {
    text: "My new job title isn't showing at the bottom of my emails, still says Program Assistant. I was promoted in Sept!",
    company: d,
    expected: ['ar-email-signature-exclaimer'],
  },
  {
    text: "internet on my laptop keeps cutting out in the back office by the shipping dock, every few minutes. plugged in at my desk it's fine",
    company: c,
    expected: ['ar-staff-wifi'],
  },
  {
    text: "what's the internet code for patients in the waiting room, the one on the sign doesnt work",
    company: b,
    expected: ['ar-guest-wifi'],
  },
  {
    text: "the xrays we take in room 2 show up on the screen but then they're not in the patient's file afterwards, we have to hunt for them",
    company: b,
    expected: ['ar-bfd-intraoral-sensor'],
  },
  { text: 'NO INTERNET WHOLE BUILDING', company: c, expected: ['ar-internet-outage'] },
  {
    text: 'Internet down at the Pape location, Rogers says no outage on their end. We have a funder call at 2pm!!',
    company: d,
    expected: ['ar-internet-outage'],
  },
  { text: 'vpn error -7200 from home', company: c, expected: ['ar-forticlient-vpn-connect-errors'] },
  {
    text: 'the forti thing gets to 98% then disconnects',
    company: d,
    expected: ['ar-forticlient-vpn-connect-errors'],
  },
  {
    text: "working from home, forti says I'm connected but my S drive and the quotes folder have red X's",
    company: c,
    expected: ['ar-vpn-connected-no-resources'],
  },
  {
    text: 'The Ontario land registry site gives me a red page from the firewall saying category not allowed. I need it for a client file today',
    company: a,
    expected: ['ar-web-filter-blocked-site'],
  },
  {
    text: 'debit machine at reception says no connection, patient waiting to pay',
    company: b,
    expected: ['ar-bfd-moneris-terminal'],
  },
  {
    text: "Hans approved this - the new camera recorder needs to be viewable from his phone when he's away. can you open it up from the outside? vendor says port 8000",
    company: c,
    expected: ['ar-firewall-change-request'],
  },
  {
    text: 'my computer is SO bad today, takes 10 mins to open anything and the fan is going crazy',
    company: d,
    expected: ['ar-slow-computer'],
  },
  {
    text: 'computer at op 6 restarted overnight and is stuck at working on updates 30% for an hour, need it for patients at 8!!',
    company: b,
    expected: ['ar-windows-update-failures'],
  },
  {
    text: 'How do I make PDFs open in Adobe instead of Edge? every time I double click one it goes to the browser',
    company: d,
    expected: null,
  }, // hard negative
  {
    text: "Laptop came up with a blue screen asking for a key to unlock the drive, it shows a key ID 4A7F... I'm at a client's home visit",
    company: d,
    expected: ['ar-bitlocker-recovery'],
  },
  {
    text: 'L1 here - user at Kessler on the phone, laptop is asking for the 48 digit key after a BIOS flash. Where do I find it? not seeing it in Ninja',
    company: null,
    expected: ['ar-bitlocker-recovery'],
  },
  {
    text: 'nothing comes out of the upstairs printer from my laptop but others can print. it just says error - printing',
    company: d,
    expected: ['ar-printer-offline-queue'],
  },
  {
    text: 'scanning to email from the big canon stopped working, #801 on screen',
    company: b,
    expected: ['ar-canon-scan-to-email'],
  },
  {
    text: 'copier scans not arriving in anyones inbox since we switched internet providers last week',
    company: c,
    expected: ['ar-canon-scan-to-email'],
  },
  {
    text: "the copier won't put my scans in my folder on the server anymore since I changed my password?? just says error sending",
    company: a,
    expected: ['ar-canon-scan-to-folder'],
  },
  {
    text: "second screen won't come on when I plug the laptop into the stand thing on my desk, was fine Friday",
    company: c,
    expected: ['ar-dell-dock-monitors'],
  },
  {
    text: 'computer in op 1 turned on with a black screen that says no bootable device found',
    company: b,
    expected: null,
  }, // hard negative
  {
    text: "Just unboxed my replacement computer, it's been on the setting up for work screen for over an hour, apps says identifying",
    company: d,
    expected: ['ar-autopilot-new-pc'],
  },
  {
    text: 'new laptop gives error 80180014 when i sign in with my work email',
    company: a,
    expected: ['ar-autopilot-new-pc'],
  },
  {
    text: "My P drive disappeared after I restarted. I'm in the office, not home",
    company: c,
    expected: ['ar-mapped-drives-missing'],
  },
  {
    text: 'getting "you need permission to access this folder" on the 2023 files. I just moved from audit to tax, Bernard said it\'s fine',
    company: a,
    expected: ['ar-folder-access-permissions'],
  },
  {
    text: 'need Zoom put on the reception computer for a webinar tomorrow, it wants an admin password',
    company: b,
    expected: ['ar-software-install-request'],
  },
  {
    text: "adobe keeps asking me to sign in and now I can't edit pdfs anymore, only read them",
    company: d,
    expected: ['ar-adobe-acrobat-licence'],
  },
  {
    text: 'Partners want to look at moving from the phone app approvals to those USB security keys (YubiKey?). Can you send pricing and how it would work',
    company: a,
    expected: null,
  }, // hard negative
  {
    text: 'trying to get work email on my android, outlook app says i have to install some company portal thing? is that legit',
    company: c,
    expected: ['ar-mobile-email-intune-app-protection'],
  },
  {
    text: "Hello, got a new phone over the weekend. need to set up the approve-sign-in app again and also get my work email on it, the built in mail app won't take my password. Thanks! Priyanka (hygiene)",
    company: b,
    expected: ['ar-mfa-new-phone', 'ar-mobile-email-intune-app-protection'],
  },
  {
    text: 'I think I clicked a bad link in an email about a DocuSign and typed my password in. Sorry!! What now',
    company: d,
    expected: ['ar-phishing-report-clicked', 'ar-compromised-m365-account'],
  },
  {
    text: 'got a weird email from "CRA" about a refund with a link, didn\'t click. is it real? what do i do with it',
    company: a,
    expected: ['ar-phishing-report-clicked'],
  },
  {
    text: "the password manager doesn't fill in my login on the Sun Life provider site anymore, have to copy paste it every time",
    company: b,
    expected: null,
  }, // hard negative
  {
    text: 'customers telling me they got an email from me with an invoice link, I never sent that. also my sent folder is empty??',
    company: c,
    expected: ['ar-compromised-m365-account'],
  },
  {
    text: "approve sign-in requests keep popping on my phone at 3am and I'm not logging in. I keep hitting deny",
    company: b,
    expected: ['ar-compromised-m365-account'],
  },
  {
    text: 'ALL the files on the Q drive have .lockbit at the end and theres a text file in every folder!!! what do we do',
    company: c,
    expected: ['ar-ransomware-response'],
  },
  {
    text: 'S1 console showing 14 threats on BFD-SRV01 in 10 min, lots of file renames. What do I do first??',
    company: null,
    expected: ['ar-ransomware-response'],
  },
  {
    text: 'the antivirus deleted the new post processor file as soon as i downloaded it. need it back asap for a job going out today',
    company: c,
    expected: ['ar-sentinelone-detection'],
  },
  {
    text: "popup said threat mitigated and now the lab case software won't start",
    company: b,
    expected: ['ar-sentinelone-detection'],
  },
  {
    text: 'got my laptop replaced last week and all my Chrome bookmarks are gone. can you restore them from the old one?',
    company: c,
    expected: null,
  }, // hard negative
  {
    text: 'forgot my master password to the password vault thing, locked out',
    company: a,
    expected: ['ar-keeper-vault-access'],
  },
  {
    text: 'Gloria wants you to check this before AP touches it.\n\n---------- Forwarded message ---------\nFrom: Accounts Receivable <ar@northlandpaper-supply.com>\nSubject: Updated banking information\n\nPlease be advised we have changed financial institutions. Kindly update our EFT details before the next payment run. New void cheque attached.',
    company: a,
    expected: ['ar-payment-fraud-bec'],
  },
  {
    text: "The ED emailed me asking to buy 5 Apple gift cards for a client event and send her the codes, she's in meetings all day. Is that normal? I already bought 2",
    company: d,
    expected: ['ar-payment-fraud-bec'],
  },
  {
    text: 'Jake Moreau starts on the 14th as a CNC programmer, reports to Dieter. Needs email, laptop, and whatever the other programmers have',
    company: c,
    expected: ['ar-onboarding-new-hire'],
  },
  {
    text: "Today is Sandeep's last day, please shut everything off at 5pm and give his email to Wendy",
    company: a,
    expected: ['ar-offboarding-departure'],
  },
  {
    text: 'We had to let someone go this morning, effective immediately. She has a work laptop at home. Please call me. - Maria',
    company: d,
    expected: ['ar-offboarding-departure'],
  },
  {
    text: 'deleted a folder on the shop drive by mistake last thursday, all the quality docs. can you get it back',
    company: c,
    expected: ['ar-server-file-restore-datto'],
  },
  {
    text: 'The board wants emails from a former employee who left in 2023 - is that still possible?',
    company: d,
    expected: ['ar-mailbox-restore-saas-protection'],
  },
  {
    text: 'Datto alert KPM-BDR01: screenshot verification failed for KPM-SQL01, 3rd night in a row',
    company: null,
    expected: ['ar-datto-backup-alert'],
  },
  {
    text: 'Backup agent on HN-FS01 failing every hour since patching, VSS error in the portal. not sure where to start',
    company: null,
    expected: ['ar-datto-backup-alert'],
  },
  {
    text: 'phone in op 2 says no service, other phones ok',
    company: b,
    expected: ['ar-yealink-phone-no-service'],
  },
  {
    text: "how do I get my desk calls to ring my cell when I'm out on the floor",
    company: c,
    expected: ['ar-3cx-voicemail-forwarding'],
  },
  {
    text: "We're closed Dec 24 - Jan 2, can the phones play a message saying that when patients call?",
    company: b,
    expected: ['ar-3cx-voicemail-forwarding'],
  },
  {
    text: 'Im in Mexico for a trade show and cant get into email, says my sign in was successful but doesnt meet criteria',
    company: c,
    expected: ['ar-travel-sign-in-blocked'],
  },
  {
    text: 'budget.xlsx opens read only, says Kim has it open but Kim is away all week',
    company: d,
    expected: ['ar-file-locked-for-editing'],
  },
  {
    text: 'Can you create an email group for the board members so I can send to board@ and it goes to all 9 of them? some of them use gmail',
    company: d,
    expected: null,
  }, // hard negative
  {
    text: "Deepa and Kevin still only have last year's version of the T1 software, need the 2024 one before Monday please",
    company: a,
    expected: ['ar-hn-taxcycle-annual-install'],
  },
  {
    text: "Hey, the working paper file for Pemberton Holdings says it's in use by someone else but everyone says they don't have it. Frank is off sick this week, maybe him? Need to finalize the FS today, partner review at 3.",
    company: a,
    expected: ['ar-hn-caseware-smartsync'],
  },
  {
    text: "took the Lakeview engagement home on my laptop last wk to work offline, now it won't merge back in, some error about changes on both sides",
    company: a,
    expected: ['ar-hn-caseware-smartsync'],
  },
  {
    text: 'can we get faster internet? the Rogers rep says we can go to 1 gig for about the same price. who signs that',
    company: c,
    expected: null,
  }, // hard negative
  {
    text: "cant get into my office computer from home. the remote desktop thing says it can't connect to some server. worked yesterday",
    company: a,
    expected: ['ar-hn-rd-gateway-remote'],
  },
  {
    text: "Hi - working from the cottage this week. When I double click the work icon on my desktop it sits there and then says it can't find the remote computer. Maybe the cleaners turned my PC off?\nThanks, Bernard",
    company: a,
    expected: ['ar-hn-rd-gateway-remote'],
  },
  {
    text: 'VPN not working from home again, tried twice. Need to get into Taxcycle remotely to finish the Chen T1s. Wendy',
    company: a,
    expected: ['ar-hn-rd-gateway-remote'],
  },
  {
    text: 'how much space do i have left in onedrive and can i get more? want to keep all the xray exports there',
    company: b,
    expected: null,
  }, // hard negative
  {
    text: 'client says the link we sent her in january to upload her slips doesnt work anymore. can you fix it',
    company: a,
    expected: ['ar-hn-sharefile-portal'],
  },
  {
    text: "How do I get a client to send me their documents securely? they don't want to email anything with their SIN on it. First week here, sorry!",
    company: a,
    expected: ['ar-hn-sharefile-portal'],
  },
  {
    text: 'tap machine keeps saying host unavailable, the 2nd one is fine',
    company: b,
    expected: ['ar-bfd-moneris-terminal'],
  },
  {
    text: "ERP super slow all morning and now it says unable to connect to database. shipping can't print packing slips",
    company: c,
    expected: ['ar-kpm-jobboss-sql'],
  },
  {
    text: 'Solidworks crashes every time I open the big conveyor assembly, smaller parts are ok',
    company: c,
    expected: null,
  }, // hard negative
  {
    text: 'solidworks wont start - -15,10032 cannot connect to license server. restarted twice',
    company: c,
    expected: ['ar-kpm-solidworks-licence'],
  },
  {
    text: 'CAD says max number of users reached on eng pc 3 but only two of us are in today?',
    company: c,
    expected: ['ar-kpm-solidworks-licence'],
  },
  {
    text: 'Haas VF-2 in cell 3 not getting programs, port is red on the DNC screen. machine down',
    company: c,
    expected: ['ar-kpm-cimco-dnc'],
  },
  {
    text: 'okuma lathe wont pull the program from the server, operator says it worked fine on nights.\n-- 2nd shift lead',
    company: c,
    expected: ['ar-kpm-cimco-dnc'],
  },
  {
    text: 'ABELDent text reminders to patients stopped going out since Tuesday, we had 4 no-shows',
    company: b,
    expected: null,
  }, // hard negative
  {
    text: 'the little sticker printer keeps spitting out every other one blank, going through rolls fast',
    company: c,
    expected: ['ar-kpm-zebra-label'],
  },
  {
    text: 'UPS stuff is coming out on the big office copier as a full page instead of the little sticker printer',
    company: c,
    expected: ['ar-kpm-zebra-label'],
  },
  {
    text: "I'm locked out of Penelope after too many tries. can you reset pls",
    company: d,
    expected: ['ar-dcs-penelope-access'],
  },
  {
    text: 'New counsellor Amara Okafor starts Monday. She already has email but needs into the client file system so she can see her caseload.\n- Program Manager, Youth Services',
    company: d,
    expected: ['ar-dcs-penelope-access'],
  },
  {
    text: 'How do I pull a report out of Penelope of how many clients we served by program for the United Way report?',
    company: d,
    expected: null,
  }, // hard negative
  {
    text: 'We have 3 people from George Brown doing their practicum with us Jan 8 - April 18, what do I need to send you so they can log in? Keisha',
    company: d,
    expected: ['ar-dcs-volunteer-accounts'],
  },
  {
    text: "Ahmed from our Tuesday food bank crew can't log in anymore, says account disabled. He's staying on with us until June.",
    company: d,
    expected: ['ar-dcs-volunteer-accounts'],
  },
  {
    text: "signed out one of the program computers from the front desk and none of my files are on it, also it says my PIN isn't allowed??",
    company: d,
    expected: ['ar-dcs-outreach-laptops'],
  },
  {
    text: 'the little wifi box we take on home visits says connected but no internet',
    company: d,
    expected: ['ar-dcs-outreach-laptops'],
  },
  {
    text: 'I left one of the sign-out computers on the TTC this morning. What do I do? So sorry',
    company: d,
    expected: ['ar-dcs-outreach-laptops'],
  },
  {
    text: 'New senior accountant used ProFile at her old firm, can we convert her client files into TaxCycle?',
    company: a,
    expected: null,
  }, // hard negative
  {
    text: 'We got a new debit machine for the thrift store counter and it keeps saying host unavailable',
    company: d,
    expected: null,
  }, // hard negative
  {
    text: 'Can you set up encrypted email so we can send client info to the hospital social workers?',
    company: d,
    expected: null,
  }, // hard negative
  {
    text: 'Can you make a calendar for the consult room so people can book it in Outlook and it stops getting double booked',
    company: b,
    expected: null,
  }, // hard negative
  {
    text: "JobBOSS - how do I build a report showing scrap by machine for last quarter? Dana's away",
    company: c,
    expected: null,
  }, // hard negative
  { text: 'the toilet in the staff washroom keeps running, who do we call?', company: b, expected: null },
  {
    text: "my son's xbox won't connect to the wifi at home, can one of your guys have a look? I'll pay",
    company: c,
    expected: null,
  },
  {
    text: 'Can we get a quote for a projector for the community room? nothing fancy',
    company: d,
    expected: null,
  },
  { text: "my key fob doesn't open the front door of the building anymore", company: a, expected: null },
];
