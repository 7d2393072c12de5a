/**
 * Set AH: a blind labelled KB set, written without reading the search code or any other set.
 * Corrib Technology Services, a Galway MSP that keeps its global and per-client runbooks in Hudu.
 * Tickets as the clients' staff and Corrib's own L1 techs write them: terse, misspelt, in lay words,
 * sometimes with the wrong product name or half an error code. `expected` lists the articles that
 * really answer the ticket (best first), or null when nothing in the KB does; client runbooks only
 * ever answer their own client's tickets.
 */
import type { LabelledTicket } from '../tickets.ts';
import { SET_AH_CLIENTS } from './articles.ts';

const { clewbay, kilbride, shannonside, derg } = SET_AH_CLIENTS;

export const SET_AH_TICKETS: readonly LabelledTicket[] = [
  // ================================================================ answerable: global runbooks
  // Outlook & Exchange
  {
    text: 'searching my email for the letters from Revenue about the Doyle file and it says no results. they ARE there, I can see them if I scroll down far enough',
    company: kilbride,
    expected: ['ah-outlook-search'],
  },
  {
    text: "Hi, I was told I have the accounts inbox now but its not on the left of my outlook. Also tried sending one as accounts@ and got an error back saying I don't have permission to send on behalf of",
    company: derg,
    expected: ['ah-shared-mailbox'],
  },
  {
    text: 'Mary my secretary needs to be able to put appointments in my diary and get my meeting invites. at the moment she can only see "busy"',
    company: kilbride,
    expected: ['ah-calendar-sharing'],
  },
  {
    text: 'outlook keeps telling me my mailbox is almost full. we are NOT allowed delete client correspondance so what am i supposed to do',
    company: kilbride,
    expected: ['ah-mailbox-full'],
  },
  {
    text: 'waiting on an invoice from the fish supplier in castletownbere, they swear they sent it 3 times. not in junk or anywhere',
    company: derg,
    expected: ['ah-mail-quarantine'],
  },
  {
    text: 'I keep getting emails from microsoft saying messages are being held for me. one of them looks like its from the lab in Dublin with results. is it safe to press release?',
    company: clewbay,
    expected: ['ah-mail-quarantine'],
  },
  {
    text: 'email to a client keeps bouncing back, 550 5.1.1 address not found. I have emailed him loads of times before from the same address!',
    company: kilbride,
    expected: ['ah-mail-ndr'],
  },
  {
    text: 'one of our customers says when they send POs to orders@ it comes back rejected, something about not authorised to send to this group. started after we set up the new orders address',
    company: shannonside,
    expected: ['ah-mail-ndr'],
  },
  {
    text: 'outlook stuck on loading profile since I came in. restarted twice',
    company: derg,
    expected: ['ah-outlook-wont-open'],
  },
  {
    text: 'my email looks totally different since this morning, new layout, and the LEAP buttons and the accounts mailbox are gone from it. did ye change something??',
    company: kilbride,
    expected: ['ah-outlook-wont-open'],
  },
  // Teams
  {
    text: 'nobody can hear me on teams calls. the headset works grand for youtube so its not the headset',
    company: clewbay,
    expected: ['ah-teams-audio'],
  },
  {
    text: 'skype/teams just opens a white window and sits there',
    company: shannonside,
    expected: ['ah-teams-cache'],
  },
  // OneDrive & SharePoint
  {
    text: 'red crosses on a load of my files in the onedrive folder and Siobhan says shes not seeing any of my changes to the rota',
    company: clewbay,
    expected: ['ah-onedrive-sync'],
  },
  {
    text: 'moving the old closed files into sharepoint and for loads of them it says the file name or path is too long, skipping',
    company: kilbride,
    expected: ['ah-onedrive-sync'],
  },
  {
    text: 'Aoife sent me a link to the HR folder and it says I need access. theres a request access button, should I press it or will that go somewhere weird',
    company: derg,
    expected: ['ah-sharepoint-access'],
  },
  {
    text: 'sent the auditors a link to the stock count folder, they say it asks for a verification code but the code never arrives to them',
    company: shannonside,
    expected: ['ah-sharepoint-access'],
  },
  {
    text: 'URGENT I deleted a folder in teams by mistake this morning, all the probate docs for the Brennan estate. please please help',
    company: kilbride,
    expected: ['ah-deleted-files', 'ah-veeam-m365-restore'],
  },
  // Licensing
  {
    text: 'word has a red bar across the top saying unlicenced product and it wont let me type anything',
    company: clewbay,
    expected: ['ah-office-activation'],
  },
  // Identity
  {
    text: 'got a new phone and the microsoft thing where you type the number in doesnt pop up any more. old phone already traded in at the shop',
    company: shannonside,
    expected: ['ah-mfa-reregister'],
  },
  {
    text: "Factory reset my phone last night and lost the authenticator. Can someone issue me a TAP? I'm in the Galway office today, Darragh can vouch",
    company: null,
    expected: ['ah-mfa-reregister'],
  },
  {
    text: 'back from maternity leave today and cant remember my password at all',
    company: kilbride,
    expected: ['ah-sspr-reset'],
  },
  {
    text: 'reset my password with the link on my phone but the laptop still only takes the old one. working from home today',
    company: shannonside,
    expected: ['ah-sspr-reset'],
  },
  {
    text: 'my login keeps getting locked every morning. ye unlocked it yesterday and its locked again today. I changed my password last week if that matters',
    company: derg,
    expected: ['ah-account-lockout'],
  },
  {
    text: 'User in Lisbon for a family wedding, trying to check one email and gets "you cant get there from here". Needs to reply on a closing today, manager Fergal OKd it by phone',
    company: kilbride,
    expected: ['ah-ca-blocked'],
  },
  // Intune & Autopilot
  {
    text: 'setting up the new dell for castlebar, went past the wifi bit and its been on device setup apps 2 of 6 for over an hour',
    company: clewbay,
    expected: ['ah-autopilot'],
  },
  {
    text: 'need visio on my laptop to draw up the new layout for the function room',
    company: derg,
    expected: ['ah-company-portal-apps'],
  },
  {
    text: 'zoom keeps failing in the software centre app thing, error 0x87D1...',
    company: kilbride,
    expected: ['ah-company-portal-apps'],
  },
  {
    text: 'outlook on my phone says my organization is now protecting its data and wants me to make a pin?? is this a scam',
    company: clewbay,
    expected: ['ah-mobile-app-protection'],
  },
  {
    text: 'work email stopped coming into the normal mail app on my iphone',
    company: shannonside,
    expected: ['ah-mobile-app-protection', 'ah-ca-blocked'],
  },
  // Windows endpoints
  {
    text: 'pc unbelievably slow. 10 minutes to start up and excel keeps freezing on me',
    company: kilbride,
    expected: ['ah-slow-pc'],
  },
  {
    text: 'the C drive bar is red on this pc and it keeps popping up about low disk space',
    company: shannonside,
    expected: ['ah-low-disk-space'],
  },
  {
    text: "updates won't install on the back office pc, says theres not enough space",
    company: derg,
    expected: ['ah-low-disk-space', 'ah-windows-update'],
  },
  {
    text: 'computer on "working on updates 100% dont turn off" for nearly an hour, can I turn it off?? have a client at 3',
    company: kilbride,
    expected: ['ah-windows-update'],
  },
  {
    text: 'did the dell update it asked me to do and now theres a blue screen wanting a recovery key. key id starts 4F2A',
    company: shannonside,
    expected: ['ah-bitlocker-recovery'],
  },
  {
    text: 'printer says offline on my laptop but everyone else is printing grand',
    company: kilbride,
    expected: ['ah-printer-queue'],
  },
  {
    text: 'got the new laptop for the castlebar office, the big printer upstairs isnt in the list when I go to print',
    company: clewbay,
    expected: ['ah-printer-queue'],
  },
  {
    text: 'photocopier wont send scans to email anymore, just says send error. was fine last week',
    company: clewbay,
    expected: ['ah-scan-to-email'],
  },
  {
    text: 'scanning to my folder on the kyocera (Dublin office) says cannot connect to destination',
    company: kilbride,
    expected: ['ah-scan-to-email'],
  },
  {
    text: 'S drive missing on my laptop, im working from home',
    company: shannonside,
    expected: ['ah-mapped-drives'],
  },
  {
    text: 'second screen stays black when I plug the laptop into the dock thing',
    company: kilbride,
    expected: ['ah-docking-monitors'],
  },
  // Networking
  {
    text: 'laptop wont connect to the wifi in westport since monday, says cant connect to this network. my phone is fine on it',
    company: clewbay,
    expected: ['ah-wifi'],
  },
  {
    text: 'the cisco vpn thing says authentication failed. password is definitly right, I can get into email with it',
    company: kilbride,
    expected: ['ah-vpn'],
  },
  {
    text: 'vpn connects fine at home but then nothing on the server opens. sage, drives, nothing',
    company: shannonside,
    expected: ['ah-vpn'],
  },
  {
    text: 'one pc in the back office has no internet, little globe at the bottom. everyone else is ok',
    company: derg,
    expected: ['ah-no-internet'],
  },
  {
    text: 'Ballina has no internet at all, the phones are dead too',
    company: clewbay,
    expected: ['ah-no-internet'],
  },
  {
    text: 'trying to get on the dept of agriculture site to do the pet passports and sophos is blocking it',
    company: clewbay,
    expected: ['ah-web-filter'],
  },
  {
    text: 'getting "your connection isnt private" on a few websites but only when im in the office, at home they are fine',
    company: kilbride,
    expected: ['ah-web-filter'],
  },
  // Phones
  {
    text: 'desk phone in goods in says unregistered. no dial tone',
    company: shannonside,
    expected: ['ah-3cx-deskphone'],
  },
  {
    text: 'the phone app on my mobile doesnt ring when people call my extension, I only see a voicemail after',
    company: kilbride,
    expected: ['ah-3cx-app'],
  },
  {
    text: "how do I get my calls to come through to my mobile when I'm out in the yard",
    company: shannonside,
    expected: ['ah-3cx-forwarding'],
  },
  {
    text: 'forgot my voicemail pin',
    company: derg,
    expected: ['ah-3cx-forwarding'],
  },
  // Backup & restore
  {
    text: 'someone deleted the Quality folder off the S drive!! need it back from yesterday, we have an ISO audit on thursday',
    company: shannonside,
    expected: ['ah-veeam-file-restore'],
  },
  {
    text: 'looking for an email from january last year that I deleted. its not in deleted items',
    company: derg,
    expected: ['ah-veeam-m365-restore'],
  },
  {
    text: 'Niamh left last summer and we now need emails she had with a supplier about a warranty claim, is there any way to get them',
    company: shannonside,
    expected: ['ah-veeam-m365-restore'],
  },
  {
    text: 'Veeam alert overnight: SPE-FS01 daily job Failed. "VSS writer failed" in the session log',
    company: shannonside,
    expected: ['ah-backup-failed'],
  },
  {
    text: 'our own offsite copy to wasabi has failed 3 nights running, failed to connect to object storage',
    company: null,
    expected: ['ah-backup-failed'],
  },
  // Security
  {
    text: 'got an email saying my mailbox will be deleted unless I verify. I clicked it but didnt put anything in. is that ok?',
    company: clewbay,
    expected: ['ah-phishing'],
  },
  {
    text: 'got an email from the GM asking me to buy One4All cards for the staff and send him the codes. seems odd, he never emails me',
    company: derg,
    expected: ['ah-phishing'],
  },
  {
    text: 'supplier emailed to say their bank has changed, new IBAN attached. can we just update it in sage?',
    company: shannonside,
    expected: ['ah-phishing'],
  },
  {
    text: 'clients are ringing me saying they got a weird docusign email from me. I never sent it',
    company: kilbride,
    expected: ['ah-compromised-account'],
  },
  {
    text: 'keep getting approve sign in requests on my phone when im not doing anything. 6 of them since lunch',
    company: shannonside,
    expected: ['ah-compromised-account'],
  },
  {
    text: 'I put my password into a microsoft page from a link in an email yesterday. now emails are disappearing out of my inbox',
    company: derg,
    expected: ['ah-compromised-account', 'ah-phishing'],
  },
  {
    text: 'sophos popped up saying it found PUA and cleaned it. what do I do',
    company: clewbay,
    expected: ['ah-malware-alert'],
  },
  {
    text: 'a big warning came up saying my computer was infected and to ring microsoft. I rang them and a man connected to my pc, he is still on it now',
    company: kilbride,
    expected: ['ah-malware-alert'],
  },
  {
    text: 'files on the shared drive all have weird names ending .locked and theres a readme txt file in every folder',
    company: shannonside,
    expected: ['ah-malware-alert'],
  },
  {
    text: 'left my work laptop on the train to heuston',
    company: kilbride,
    expected: ['ah-lost-device'],
  },
  // People
  {
    text: 'new vet nurse starting in castlebar on the 3rd, what do you need from us',
    company: clewbay,
    expected: ['ah-new-starter'],
  },
  {
    text: 'Ciara from sales finishes up Friday. her manager needs her emails and files after',
    company: derg,
    expected: ['ah-leaver'],
  },
  // Line-of-business apps
  {
    text: "sage wont open on my pc, says unable to access data. Gemma's is working",
    company: derg,
    expected: ['ah-sage50-data'],
  },
  {
    text: 'getting a new computer tomorrow, need my revenue login moved over to it',
    company: clewbay,
    expected: ['ah-ros-cert'],
  },
  {
    text: 'ROS says no certificate found. I cleared my history yesterday',
    company: derg,
    expected: ['ah-ros-cert'],
  },
  {
    text: 'cant edit pdfs anymore, adobe says my trial has ended?? I never had a trial',
    company: kilbride,
    expected: ['ah-adobe-acrobat'],
  },
  // Several problems at once
  {
    text: 'outlook keeps crashing on me and the reception printer says its offline',
    company: clewbay,
    expected: ['ah-outlook-wont-open', 'ah-printer-queue'],
  },
  {
    text: 'my laptop is slow as anything today and teams is only showing a blank window',
    company: null,
    expected: ['ah-slow-pc', 'ah-teams-cache'],
  },

  // ================================================================ answerable: client runbooks
  // Clew Bay Veterinary Group
  {
    text: 'labels for meds printing tiny in the corner, consult 2 westport',
    company: clewbay,
    expected: ['ah-clewbay-ezyvet-printing'],
  },
  {
    text: 'we got cheaper label rolls online and now the label printer just flashes and says label not recognised',
    company: clewbay,
    expected: ['ah-clewbay-ezyvet-printing'],
  },
  {
    text: 'took rads of a lab in castlebar an hour ago and theyre still not on his file in ezy',
    company: clewbay,
    expected: ['ah-clewbay-xray'],
  },
  {
    text: 'xray plate says not ready, orange light flashing. have a dog sedated on the table!!',
    company: clewbay,
    expected: ['ah-clewbay-xray'],
  },
  {
    text: 'bloods from the catalyst arent coming through onto the consult, ran them 40 mins ago',
    company: clewbay,
    expected: ['ah-clewbay-idexx'],
  },
  {
    text: 'phones were still ringing in westport at half 7 last night after we closed, nobody got put through to the emergency vets',
    company: clewbay,
    expected: ['ah-clewbay-oohs-divert'],
  },
  {
    text: 'this morning callers are being sent to the after hours vets instead of us??',
    company: clewbay,
    expected: ['ah-clewbay-oohs-divert'],
  },
  {
    text: 'invoices coming out on the little label printer in reception instead of the big one. also the reception pc is slow as a wet week',
    company: clewbay,
    expected: ['ah-clewbay-ezyvet-printing', 'ah-slow-pc'],
  },
  // Kilbride Mulcahy Solicitors
  {
    text: 'the leap tab is gone from word, cant do any letters from the precedents',
    company: kilbride,
    expected: ['ah-kilbride-leap'],
  },
  {
    text: 'save to matter button greyed out in outlook',
    company: kilbride,
    expected: ['ah-kilbride-leap'],
  },
  {
    text: 'my foot pedal isnt doing anything when im typing back the tapes',
    company: kilbride,
    expected: ['ah-kilbride-dictation'],
  },
  {
    text: "Dictations I finished this morning haven't shown up for Siobhan to type",
    company: kilbride,
    expected: ['ah-kilbride-dictation'],
  },
  {
    text: 'client says she cant open the secure email with the contract. it asks her for a code and the code never comes',
    company: kilbride,
    expected: ['ah-kilbride-encrypted-email'],
  },
  {
    text: 'Naas office - no S drive for anyone and cant scan to folder. internet and email are fine',
    company: kilbride,
    expected: ['ah-kilbride-naas-red'],
  },
  {
    text: 'put [secure] in the subject like we were told but the client got it as a normal email',
    company: kilbride,
    expected: ['ah-kilbride-encrypted-email'],
  },
  // Shannonside Precision Engineering
  {
    text: 'solidworks says license server has no more licenses available (-4). need to get a drawing out today',
    company: shannonside,
    expected: ['ah-shannonside-solidworks-licence'],
  },
  {
    text: 'working from home next week, will solidworks work on the laptop at home?',
    company: shannonside,
    expected: ['ah-shannonside-solidworks-licence'],
  },
  {
    text: "Sage won't open since the upgrade at the weekend, says client doesnt match the server",
    company: shannonside,
    expected: ['ah-shannonside-sage200'],
  },
  {
    text: 'Haas 2 not getting the program, says waiting for data',
    company: shannonside,
    expected: ['ah-shannonside-dnc'],
  },
  {
    text: 'the mazaks arent getting files from the dnc pc. the little grey box beside them has no lights on',
    company: shannonside,
    expected: ['ah-shannonside-dnc'],
  },
  {
    text: 'canteen clocking machine has a red cloud on the screen and the lads clock ins from this morning arent showing for HR',
    company: shannonside,
    expected: ['ah-shannonside-clocking'],
  },
  {
    text: 'new fella started monday and the clock machine says user not found',
    company: shannonside,
    expected: ['ah-shannonside-clocking'],
  },
  // Derg Lakeside Hotel & Spa
  {
    text: 'cant log into rezlynx, says account locked',
    company: derg,
    expected: ['ah-derg-guestline'],
  },
  {
    text: 'clicking print on an invoice in guestline does nothing at front desk',
    company: derg,
    expected: ['ah-derg-guestline'],
  },
  {
    text: 'KEY MACHINE NOT WORKING at reception, queue of guests checking in',
    company: derg,
    expected: ['ah-derg-keycards'],
  },
  {
    text: 'guest in 214 came back down, new key still gives a red light on the door',
    company: derg,
    expected: ['ah-derg-keycards'],
  },
  {
    text: 'guest says the wifi login page never comes up on his iphone',
    company: derg,
    expected: ['ah-derg-guest-wifi'],
  },
  {
    text: 'wedding tomorrow, the couple want wifi codes for about 80 guests in the function room',
    company: derg,
    expected: ['ah-derg-guest-wifi'],
  },
  {
    text: 'orders arent printing in the kitchen, till says KP1 not responding',
    company: derg,
    expected: ['ah-derg-kitchen-printer'],
  },
  {
    text: 'bar docket printer printing blank tickets',
    company: derg,
    expected: ['ah-derg-kitchen-printer'],
  },

  // ================================================================ unanswerable: hard negatives
  {
    text: 'how do I do a mail merge from an excel list to send a letter to all our clients through outlook',
    company: kilbride,
    expected: null,
  },
  {
    text: 'solidworks crashes every time I open the big pump assembly, says something about graphics. other files open fine',
    company: shannonside,
    expected: null,
  },
  {
    text: 'card machine at the bar keeps saying no connection. its the 4G one from the bank, everything else is working',
    company: derg,
    expected: null,
  },
  {
    text: 'the key fob for the naas office front door isnt working for me',
    company: kilbride,
    expected: null,
  },
  {
    text: 'clients in the waiting room cant get onto the free wifi, the login page doesnt load for them',
    company: clewbay,
    expected: null,
  },
  {
    text: "teams meeting recording from yesterday's customer call, where does it save to? cant find it anywhere",
    company: shannonside,
    expected: null,
  },
  {
    text: "I'd rather not have work stuff on my personal phone. can I get one of those usb key things for signing in instead of the app",
    company: kilbride,
    expected: null,
  },
  {
    text: 'payroll program says the employer file is in use on another computer but nobody else has it open',
    company: clewbay,
    expected: null,
  },
  {
    text: 'can you encrypt a usb stick for me so I can bring the payroll files to the accountant',
    company: derg,
    expected: null,
  },
  {
    text: 'onedrive says my storage is full, 1TB used. can I get more space',
    company: shannonside,
    expected: null,
  },
  {
    text: 'want to be able to ring clients from teams on my laptop instead of the desk phone, can we get a phone number in teams',
    company: kilbride,
    expected: null,
  },
  {
    text: 'vlookup in excel giving #N/A even though the microchip number is definitely in the other sheet',
    company: clewbay,
    expected: null,
  },
  {
    text: 'can the 2 macs in the design office be set up in intune like the windows laptops',
    company: shannonside,
    expected: null,
  },
  {
    text: 'the hold music on our phones is awful and way too loud, can we change it to a new recording',
    company: shannonside,
    expected: null,
  },
  {
    text: 'signed in to the back office pc and it says "we signed you in with a temporary profile". all my desktop stuff is gone',
    company: derg,
    expected: null,
  },
  {
    text: 'trying to message the vets in the referral hospital on teams and it says they cant be reached',
    company: clewbay,
    expected: null,
  },

  // ================================================================ unanswerable: other no-answer tickets
  {
    text: 'Automatic reply: I am on annual leave until Monday 14th with no access to email. For anything urgent please contact reception.',
    company: derg,
    expected: null,
  },
  {
    text: 'can we get a price for 3 new laptops for the new consult rooms in ballina, same as the last ones',
    company: clewbay,
    expected: null,
  },
  {
    text: 'all sorted now, it came back after lunch by itself. you can close this thanks',
    company: kilbride,
    expected: null,
  },
  {
    text: "who's on the on-call rota this bank holiday weekend? the roster in teams is blank",
    company: null,
    expected: null,
  },
  {
    text: 'aircon unit in the server room is leaking water onto the floor near the rack',
    company: shannonside,
    expected: null,
  },
  {
    text: 'can you resend last months invoice to accounts@, they cant find it',
    company: derg,
    expected: null,
  },
];
