/**
 * Set AA: a blind labelled KB set, written without reading the search code or any other set.
 * Tickets as North Star Lakes FCU, Cedar Ridge, Hennepin Neighbors and Lakewood Chiro staff (and our own
 * L1 techs) actually send them.
 */
import type { LabelledTicket } from '../tickets.ts';
import { SET_AA_CLIENTS } from './articles.ts';

const { cu, plant, foodshelf, chiro } = SET_AA_CLIENTS;

export const SET_AA_TICKETS: readonly LabelledTicket[] = [
  // ------------------------------------------------------------ North Star Lakes FCU
  {
    text: 'KeyStone wont open at Roseville drive up - cant connect to host. all 3 tellers same thing, members waiting in line!!',
    company: cu,
    expected: ['aa-nslcu-keystone'],
  },
  {
    text: 'teller 3 check scanner blinking yellow and wont take checks. tried turning it off and on',
    company: cu,
    expected: ['aa-nslcu-teller-scanner'],
  },
  {
    text: 'receipt printer at window 2 only prints the top half of the receipt then stops. paper is full',
    company: cu,
    expected: ['aa-nslcu-receipt-printer'],
  },
  {
    text: 'Hi I left my key thing (the usb one I tap to log in) at home. Can I get something for today so I can work?\n\nMarcus\nCoon Rapids branch',
    company: cu,
    expected: ['aa-nslcu-yubikey', 'aa-mfa-reset'],
  },
  {
    text: 'New hire starting Monday 6/9 in lending - Priya Shah, Member Loan Officer. Please set her up same as Tom Becker. Thanks! -HR',
    company: cu,
    expected: ['aa-new-user-onboarding'],
  },
  {
    text: "got an email from 'NCUA Compliance Dept' telling me to scan a QR code to keep my account active. didnt scan it. is this real?\nLisa Tran | Fridley",
    company: cu,
    expected: ['aa-phishing-triage'],
  },
  {
    text: 'Since i changed my password this morning outlook keeps popping up the sign in window. I put it in and it comes right back',
    company: cu,
    expected: ['aa-outlook-password-prompts'],
  },
  {
    text: 'my login keeps getting locked like every hour. changed my pw yesterday when it made me (the 90 day one). I have email on my phone too if that matters',
    company: cu,
    expected: ['aa-password-lockout'],
  },
  {
    text: "Sentinel one popped up on teller 1 in Fridley and quarantined some file 'kscan_update.exe'? Is it a virus? teller capture still works",
    company: cu,
    expected: ['aa-edr-alert-triage'],
  },
  {
    text: "the vpn thing wont connect from home. gets to 40% and then some error about server unreachable. I'm the CFO and have to approve wires tonight, please call 612-555-0188",
    company: cu,
    expected: ['aa-vpn-forticlient'],
  },
  {
    text: 'Roseville has no internet and phones are dead too. Xcel was doing work on the street earlier?',
    company: cu,
    expected: ['aa-isp-outage'],
  },
  {
    text: 'The big Ricoh in the back office shows offline on my PC but the others can print to it fine',
    company: cu,
    expected: ['aa-printer-troubleshooting'],
  },
  {
    text: "Our auditor says she sent the engagement letter twice yesterday, I don't have it. Not in junk either",
    company: cu,
    expected: ['aa-exo-quarantine-spam', 'aa-exo-ndr-bounces'],
  },
  {
    text: "Jenna Moore's last day is Friday. Please turn off her access at 5 and give Rob her email",
    company: cu,
    expected: ['aa-offboarding'],
  },
  {
    text: 'laptop came up to a blue screen asking for a recovery key after the dell update thing ran. shows a key ID starting with 4F2A',
    company: cu,
    expected: ['aa-bitlocker-recovery'],
  },
  {
    text: 'Emails to members keep bouncing today, something about access denied. Also my Sent folder has a bunch of emails I never sent??',
    company: cu,
    expected: ['aa-compromised-account', 'aa-exo-ndr-bounces'],
  },
  {
    text: 'Webcam shows black in teams meetings and my share screen button is grey',
    company: cu,
    expected: ['aa-teams-troubleshooting'],
  },
  {
    text: 'computer so slow it takes 10 min to boot and then everything freezes. the one at the member services desk',
    company: cu,
    expected: ['aa-slow-computer'],
  },
  {
    text: 'logged in this morning and all my desktop icons and files are gone. a msg said something about temporary??',
    company: cu,
    expected: ['aa-windows-profile'],
  },
  {
    text: 'the loans@ inbox disappeared from my outlook left side',
    company: cu,
    expected: ['aa-exo-shared-mailbox'],
  },
  {
    text: 'URGENT all the files on the S drive have .akira on the end and there is a txt file in every folder. I havent touched anything. Dave R 612-555-0143',
    company: cu,
    expected: ['aa-ransomware-response'],
  },
  {
    text: 'windows update failed again on HR pc. 0x800f09.. something',
    company: cu,
    expected: ['aa-windows-update'],
  },
  {
    text: 'Coon Rapids drive-thru check scanner says device not found in teller capture since the updates last night',
    company: cu,
    expected: ['aa-nslcu-teller-scanner'],
  },
  {
    text: "sent a payoff letter to the title company and got a bounce back saying the recipient doesn't exist. I checked the address 3 times",
    company: cu,
    expected: ['aa-exo-ndr-bounces'],
  },
  {
    text: "Laptops in the Fridley conf room wont get on the wifi - can't connect to this network. Phones fine. Started this week",
    company: cu,
    expected: ['aa-wifi-corporate'],
  },
  {
    text: 'I sent an email to the wrong member, it had his loan details in it. Can you pull it back out of their inbox?',
    company: cu,
    expected: null,
  },
  {
    text: 'how do I release a hold on a members share draft in keystone? need step by step for our new MSR',
    company: cu,
    expected: null,
  },
  {
    text: 'Examiner wants a list of everyone with admin rights and the date of their last password change, by Thursday',
    company: cu,
    expected: null,
  },
  {
    text: 'board asking what the plan + cost is to get all branches on windows 11 before windows 10 support ends. need numbers for the June meeting',
    company: cu,
    expected: null,
  },
  {
    text: "Marketing wants everyone's email signature updated with the new logo and NMLS #. can u push it out to all staff",
    company: cu,
    expected: null,
  },

  // ------------------------------------------------------------ Cedar Ridge Precision Machining
  {
    text: 'epicor says all licenses in use, cant log in. - 2nd shift supervisor',
    company: plant,
    expected: ['aa-crpm-epicor-client'],
  },
  {
    text: 'kiosk by cell 4 badge reader beeps but nothing happens on the screen',
    company: plant,
    expected: ['aa-crpm-mes-kiosks'],
  },
  {
    text: 'new guy Jose Ramirez on 2nd shift, timeclock says employee not found when he scans',
    company: plant,
    expected: ['aa-crpm-mes-kiosks'],
  },
  {
    text: 'shipping labels printing crooked, bottom of barcode cut off, UPS driver complained',
    company: plant,
    expected: ['aa-crpm-zebra'],
  },
  {
    text: 'cant get the program into mazak #2, screen says busy or something. running out of work on that machine\n- Lead, 1st shift',
    company: plant,
    expected: ['aa-crpm-cnc-dnc'],
  },
  {
    text: 'scan guns keep losing wifi back by heat treat, have to walk to the front to get signal',
    company: plant,
    expected: ['aa-crpm-floor-wifi'],
  },
  {
    text: 'hit print on packing slip in epicor and nothing, system monitor says active for like 20 min',
    company: plant,
    expected: ['aa-crpm-epicor-client'],
  },
  {
    text: 'search in outlook doesnt find anything older than a few months, I know the email is there - Andrea, office',
    company: plant,
    expected: ['aa-outlook-search-index'],
  },
  {
    text: 'PC in the quality lab has no internet, ip is 169.254.something. cable is plugged in and lights are on',
    company: plant,
    expected: ['aa-dhcp-dns', 'aa-switch-port-poe'],
  },
  {
    text: 'new phones in the shipping office dont have dial tone, screen says network unavailable. the one by dock door 3 works',
    company: plant,
    expected: ['aa-voip-yealink', 'aa-switch-port-poe'],
  },
  {
    text: 'my dell dock stopped doing both monitors, only the laptop screen works now',
    company: plant,
    expected: ['aa-docks-monitors'],
  },
  {
    text: "the laptop you sent for Karen is stuck on 'setting up your device for work', been over an hour",
    company: plant,
    expected: ['aa-autopilot-intune'],
  },
  {
    text: 'supervisor says his phone wont get work email anymore, says something about company portal app needs installed',
    company: plant,
    expected: ['aa-ipad-iphone-mdm'],
  },
  {
    text: "someone saved over the production schedule on the P drive this morning, need yesterday's version back ASAP",
    company: plant,
    expected: ['aa-backup-restore'],
  },
  {
    text: 'P drive gone from my computer after I worked from home yesterday',
    company: plant,
    expected: ['aa-mapped-drives'],
  },
  {
    text: "keep getting a warning my mailbox is almost full and now I can't send anything",
    company: plant,
    expected: ['aa-exo-mailbox-full'],
  },
  {
    text: "SentinelOne blocked the Epicor update and now purchasing can't open Epicor at all",
    company: plant,
    expected: ['aa-edr-alert-triage', 'aa-crpm-epicor-client'],
  },
  {
    text: 'got a new phone over the weekend, the authenticator app didnt come with it, cant get into email on my laptop either',
    company: plant,
    expected: ['aa-mfa-reset'],
  },
  {
    text: 'Purchasing got an email from our steel supplier saying they changed banks, new ACH form attached. Looks real but feels off?',
    company: plant,
    expected: ['aa-phishing-triage'],
  },
  {
    text: 'Dale H walked off the job today. Shut off everything of his right now please. - Plant Mgr',
    company: plant,
    expected: ['aa-offboarding'],
  },
  {
    text: 'front office printer printing pages and pages of weird symbols',
    company: plant,
    expected: ['aa-printer-troubleshooting'],
  },
  {
    text: 'copier wont email scans anymore, says SMTP error. started right after we switched to the new fiber internet',
    company: plant,
    expected: ['aa-scan-to-email'],
  },
  {
    text: 'kiosk in saw dept is sitting at a windows login asking for a password, nobody can clock in',
    company: plant,
    expected: ['aa-crpm-mes-kiosks'],
  },
  {
    text: "my laptop wont connect to the office wifi, says can't connect to this network. my phone is fine",
    company: plant,
    expected: ['aa-wifi-corporate'],
  },
  {
    text: 'on teams calls people say I sound like a robot. using the bluetooth headset',
    company: plant,
    expected: ['aa-teams-troubleshooting'],
  },
  {
    text: 'the jack by the inspection bench is dead. moved my desk over there today and nothing when i plug in',
    company: plant,
    expected: ['aa-switch-port-poe'],
  },
  {
    text: "Can you give Sarah access to the Quality folder on S:, Mike (her mgr) ok'd it",
    company: plant,
    expected: ['aa-mapped-drives'],
  },
  {
    text: 'TC52 #7 wont connect to wifi at all after battery change, also says wrong date',
    company: plant,
    expected: ['aa-crpm-floor-wifi'],
  },
  {
    text: 'Haas VF-2 threw alarm 108 spindle overheat. maintenance said call IT since its on the network now?',
    company: plant,
    expected: null,
  },
  {
    text: 'can you make an epicor report showing scrap by work center by week? plant mgr wants it for monday mtg',
    company: plant,
    expected: null,
  },
  {
    text: 'loading dock camera offline on the NVR, we had stuff go missing last night',
    company: plant,
    expected: null,
  },
  {
    text: 'electrical contractor here 2 weeks for the new press install, they want wifi for their laptops. can we set up something for them',
    company: plant,
    expected: null,
  },
  {
    text: 'want a sharepoint form for tooling requests that emails the tool crib when submitted. power automate?',
    company: plant,
    expected: null,
  },

  // ------------------------------------------------------------ Hennepin Neighbors Food Shelf
  {
    text: 'Bloomerang locked me out after too many tries and board meeting is in an hour, I need the donor report!! - Maria',
    company: foodshelf,
    expected: ['aa-hnfs-bloomerang'],
  },
  {
    text: 'we hired a new development associate, Keisha, she needs into the donor database. do we have a spot open?',
    company: foodshelf,
    expected: ['aa-hnfs-bloomerang', 'aa-new-user-onboarding'],
  },
  {
    text: 'intake ipad 2 is stuck in the check in page and we cant get to settings to connect to wifi',
    company: foodshelf,
    expected: ['aa-hnfs-intake-ipads'],
  },
  {
    text: 'I keep getting alerts on my phone that the freezer gateway is offline. is the freezer ok??? - Tasha',
    company: foodshelf,
    expected: ['aa-hnfs-cooler-sensors'],
  },
  {
    text: 'can Bob (our saturday volunteer lead) get a work email? Sam asked',
    company: foodshelf,
    expected: ['aa-hnfs-volunteers', 'aa-m365-licensing'],
  },
  {
    text: 'warehouse volunteer computer is at the login screen and nobody knows the password',
    company: foodshelf,
    expected: ['aa-hnfs-volunteers'],
  },
  {
    text: 'someone is texting staff pretending to be our ED asking them to buy target gift cards',
    company: foodshelf,
    expected: ['aa-phishing-triage'],
  },
  {
    text: "red bar across the top of word says unlicensed product, can't edit my grant report",
    company: foodshelf,
    expected: ['aa-office-activation'],
  },
  {
    text: 'we have 3 new AmeriCorps members starting, they need microsoft accounts. do we still have donated licenses left?',
    company: foodshelf,
    expected: ['aa-hnfs-volunteers', 'aa-m365-licensing'],
  },
  {
    text: 'onedrive has red xs on a bunch of the grant files and says it cant sync them',
    company: foodshelf,
    expected: ['aa-onedrive-sync'],
  },
  {
    text: 'Someone deleted the whole Grants folder in sharepoint!!! the county application is due tomorrow',
    company: foodshelf,
    expected: ['aa-backup-restore'],
  },
  {
    text: "shared the budget folder with our outside grant writer and she says the link doesn't work, it wants her to sign into a microsoft account she doesn't have",
    company: foodshelf,
    expected: ['aa-sharepoint-access'],
  },
  {
    text: 'internet down at the warehouse since 8. cooler sensor thing says offline too',
    company: foodshelf,
    expected: ['aa-isp-outage', 'aa-hnfs-cooler-sensors'],
  },
  {
    text: 'laptop super slow and fan going crazy all the time',
    company: foodshelf,
    expected: ['aa-slow-computer'],
  },
  {
    text: "getting like 10 'approve sign in' things on my phone tonight and I'm not logging into anything",
    company: foodshelf,
    expected: ['aa-compromised-account', 'aa-mfa-reset'],
  },
  {
    text: 'Every morning the intake tablets have kicked us out of link2feed and the volunteers dont know the password',
    company: foodshelf,
    expected: ['aa-hnfs-intake-ipads'],
  },
  {
    text: 'my macbook keeps asking for my keychain password for microsoft something, I type it and it comes back',
    company: foodshelf,
    expected: ['aa-mac-support'],
  },
  {
    text: 'got an email from Huntress about something on FRONTDESK-02, do we need to do anything? -ED',
    company: foodshelf,
    expected: ['aa-edr-alert-triage'],
  },
  {
    text: 'need an older version of the volunteer schedule spreadsheet in onedrive, someone overwrote it with the wrong month',
    company: foodshelf,
    expected: ['aa-onedrive-sync', 'aa-backup-restore'],
  },
  {
    text: 'Link2feed wont load on any of the ipads, just spinning. line of guests out the door',
    company: foodshelf,
    expected: ['aa-hnfs-intake-ipads'],
  },
  {
    text: 'our facebook page got hacked, someone changed the password and is posting scam giveaways',
    company: foodshelf,
    expected: null,
  },
  {
    text: 'how do I send year end giving statements to all donors from Bloomerang? last year Jim did it',
    company: foodshelf,
    expected: null,
  },
  {
    text: 'intake iPad #4 got dropped, screen is cracked across the corner. can it be fixed or do we buy new',
    company: foodshelf,
    expected: null,
  },
  {
    text: 'warehouse printer out of toner what kind do we order',
    company: foodshelf,
    expected: null,
  },

  // ------------------------------------------------------------ Lakewood Chiropractic Group
  {
    text: 'Signature pad at the Maple Grove front desk isnt picking up signatures, patients sign and nothing shows in chirotouch',
    company: chiro,
    expected: ['aa-lcg-chirotouch'],
  },
  {
    text: 'xrays from this morning didnt show up for Dr Nguyen to read. Edina',
    company: chiro,
    expected: ['aa-lcg-xray'],
  },
  {
    text: "Haven't gotten a single fax at Woodbury today, usually have 20 referrals by now",
    company: chiro,
    expected: ['aa-lcg-efax'],
  },
  {
    text: 'Edina phones all say no service',
    company: chiro,
    expected: ['aa-lcg-weave', 'aa-isp-outage'],
  },
  {
    text: 'patient texts arent showing up in weave on the front computer',
    company: chiro,
    expected: ['aa-lcg-weave'],
  },
  {
    text: 'front desk pc wont print superbills, everything stuck in the queue. Woodbury',
    company: chiro,
    expected: ['aa-printer-troubleshooting'],
  },
  {
    text: 'Dr. Patel wants clinic email on his personal iphone. the built in mail app wont take it',
    company: chiro,
    expected: ['aa-ipad-iphone-mdm'],
  },
  {
    text: 'Heading to Cancun for a seminar next week. Will my email work there? A friend at another clinic got blocked in Mexico last year.\n\nThanks,\nDr. Amy Lindgren, DC',
    company: chiro,
    expected: ['aa-conditional-access'],
  },
  {
    text: 'chirotouch crazy slow today at all 3 offices',
    company: chiro,
    expected: ['aa-lcg-chirotouch'],
  },
  {
    text: "new massage therapist starts at Edina 3/4, Hannah Olson, she'll need email and chirotouch",
    company: chiro,
    expected: ['aa-new-user-onboarding', 'aa-lcg-chirotouch'],
  },
  {
    text: 'got an email saying my microsoft password expires today, I clicked it and put my password in before I realized :(',
    company: chiro,
    expected: ['aa-compromised-account', 'aa-phishing-triage'],
  },
  {
    text: 'email stopped coming in on the front desk computer and it keeps asking me to log in over and over',
    company: chiro,
    expected: ['aa-outlook-password-prompts'],
  },
  {
    text: 'outgoing faxes to insurance companies keep failing this afternoon',
    company: chiro,
    expected: ['aa-lcg-efax'],
  },
  {
    text: 'the xray computer keeps nagging to install windows updates, is it ok to let it?',
    company: chiro,
    expected: ['aa-lcg-xray'],
  },
  {
    text: "Dr. Nguyen's laptop is asking for a BitLocker key, Maple Grove",
    company: chiro,
    expected: ['aa-bitlocker-recovery'],
  },
  {
    text: 'billing desk monitors at Woodbury keep flickering and going black for a second',
    company: chiro,
    expected: ['aa-docks-monitors'],
  },
  {
    text: 'wifi drops when I walk from exam room 3 to the front with my laptop - Maple Grove',
    company: chiro,
    expected: ['aa-wifi-corporate'],
  },
  {
    text: "new billing person can't see the billing@ mailbox",
    company: chiro,
    expected: ['aa-exo-shared-mailbox'],
  },
  {
    text: 'chirotouch asking for a verification code but I never get the text',
    company: chiro,
    expected: ['aa-lcg-chirotouch'],
  },
  {
    text: 'Woodbury internet down since 7am. Comcast says no outage on their end',
    company: chiro,
    expected: ['aa-isp-outage'],
  },
  {
    text: "front desk can't hear callers but callers can hear us. started after the firewall update last night",
    company: chiro,
    expected: ['aa-lcg-weave'],
  },
  {
    text: "New laptop for Dr Patel wont finish setup, 'something went wrong' 80180018",
    company: chiro,
    expected: ['aa-autopilot-intune'],
  },
  {
    text: 'BCBS claims getting rejected CO-16, can someone look',
    company: chiro,
    expected: null,
  },
  {
    text: "our website says 'your connection is not private' and the certificate expired??",
    company: chiro,
    expected: null,
  },
  {
    text: 'need zoom set up for telehealth visits, which plan is HIPAA?',
    company: chiro,
    expected: null,
  },
  {
    text: "Can you move Dr. Patel's contacts from his old gmail into outlook",
    company: chiro,
    expected: null,
  },

  // ------------------------------------------------------------ internal / unknown client
  {
    text: 'Tech Q: where do Teams meeting recordings save and how long until they auto-delete? client asking',
    company: null,
    expected: null,
  },
  {
    text: 'Anyone know how to set up a Microsoft Bookings page for a client?',
    company: null,
    expected: null,
  },
  {
    text: 'user has new phone, I need to give them a temp pass to set up authenticator - where is that in entra?',
    company: null,
    expected: ['aa-mfa-reset'],
  },
  {
    text: 'L1: client on phone says all their files got renamed with weird extension and theres a note. what do I do first',
    company: null,
    expected: ['aa-ransomware-response'],
  },
  {
    text: 'user says excel crashes every time they open a big macro workbook, safe mode works fine. ideas?',
    company: null,
    expected: null,
  },
  {
    text: 'Intune enrollment error 80180014 on a Dell we wiped and are reusing',
    company: null,
    expected: ['aa-autopilot-intune'],
  },
  {
    text: 'one way audio on the yealinks after firewall swap at a client',
    company: null,
    expected: ['aa-voip-yealink'],
  },
  {
    text: "how long do we keep a termed user's onedrive? manager wants files from someone who left 6 weeks ago",
    company: null,
    expected: ['aa-offboarding', 'aa-backup-restore'],
  },
  {
    text: 'what license do we give shop floor people who only need teams on a phone and no email',
    company: null,
    expected: ['aa-m365-licensing'],
  },
  {
    text: 'user getting AADSTS53000 on their home PC trying to open outlook desktop',
    company: null,
    expected: ['aa-conditional-access'],
  },
  {
    text: 'new mac user, need the filevault key from intune, where is it',
    company: null,
    expected: ['aa-mac-support'],
  },
  {
    text: 'client user opened a docusign email, clicked, got a microsoft login page and entered password. on the phone with her now',
    company: null,
    expected: ['aa-compromised-account', 'aa-phishing-triage'],
  },
];
