/**
 * Set AB: a blind labelled KB set, written without reading the search code or any other set.
 * MSP: Ringsend Technology Partners, a small Dublin MSP that keeps its runbooks in Hudu for four Irish clients.
 */
import type { LabelledTicket } from '../tickets.ts';
import { SET_AB_CLIENTS } from './articles.ts';

const { obf, shannonside, copperhare, carrigmore } = SET_AB_CLIENTS;

export const SET_AB_TICKETS: readonly LabelledTicket[] = [
  {
    text: "Hi, the matters program (the blue one) just says it can't reach the database when I'm working from home. Do I need to do something first? Thanks, Aoife",
    company: obf,
    expected: ['ab-obf-keyhouse', 'ab-vpn-forticlient'],
  },
  {
    text: 'the button for putting emails onto the client file has disappeared off the top of outlook. been dragging them manually all morning',
    company: obf,
    expected: ['ab-obf-keyhouse'],
  },
  {
    text: 'Keyhouse - says doc is in use by Brian but Brian is on holidays in Lanzarote. need to amend the contract today',
    company: obf,
    expected: ['ab-obf-keyhouse'],
  },
  {
    text: 'my dictaphone thing isnt picking me up. light comes on but nothing records. its the philips one with the red button',
    company: obf,
    expected: ['ab-obf-dictation'],
  },
  {
    text: "Hello,\n\nThe pedal under my desk has stopped working so I can't play back Mr Fitzgerald's tapes. It's plugged in. I have a big pile to get through today.\n\nKind regards,\nSinéad Ní Bhriain\nLegal Secretary\nÓ Briain Fitzgerald Solicitors LLP\nThis email and any attachments are confidential and may be legally privileged.",
    company: obf,
    expected: ['ab-obf-dictation'],
  },
  {
    text: 'recorded 3 letters on my phone on the train and they never came through to Gráinne for typing',
    company: obf,
    expected: ['ab-obf-dictation'],
  },
  {
    text: 'sent 40 pages of a contract to print, tapped my card at the machine on 2nd floor and it says no jobs. tried twice',
    company: obf,
    expected: ['ab-obf-printing'],
  },
  {
    text: 'the copier keeps asking me to pick a client for everything i print, what do I choose for internal stuff like the staff rota',
    company: obf,
    expected: ['ab-obf-printing'],
  },
  {
    text: "New swipe card from reception doesn't work on the copiers - says unknown card",
    company: obf,
    expected: ['ab-obf-printing'],
  },
  {
    text: 'scanned a signed lease at the copier, pressed the my documents thing, never arrived anywhere',
    company: obf,
    expected: ['ab-obf-printing'],
  },
  {
    text: 'Hi team, new trainee starting Monday 3rd - Ciarán Ó Dúill, Litigation, supervising partner is Úna Fitzgerald. Needs everything the other trainees have incl. the dictation. No restricted matters. Thanks, Orla (Practice Manager)',
    company: obf,
    expected: ['ab-obf-new-starter', 'ab-new-starter'],
  },
  {
    text: 'Outlook on my laptop hasnt got any new mail since 10 but my phone has loads. bottom bar says something about trying',
    company: obf,
    expected: ['ab-outlook-disconnected'],
  },
  {
    text: "changed phone over the weekend (old one traded in at the shop) and now every time I log in it wants me to approve on the old phone. can't get into anything",
    company: obf,
    expected: ['ab-mfa-new-phone'],
  },
  {
    text: 'I clicked a link in an email that looked like a docusign from a client and typed in my password and then the page just went blank. Not sure if thats bad??',
    company: obf,
    expected: ['ab-phishing-clicked', 'ab-compromised-account'],
  },
  {
    text: "URGENT - purchaser's solicitor emailed this morning saying the balance of completion funds should go to a new account as their bank has changed. Email looks genuine, same thread as before. Before I send €280k can someone look at it please",
    company: obf,
    expected: ['ab-invoice-fraud'],
  },
  {
    text: 'Paddy wants Niamh (his secretary) to be able to see his diary and say yes/no to meetings for him',
    company: obf,
    expected: ['ab-calendar-sharing'],
  },
  {
    text: "Hi, Máire in Probate is out sick for 3 weeks from today. Can her emails go to Seán and can people get an away message saying she's out? Approved by me. Orla",
    company: obf,
    expected: ['ab-auto-reply-forwarding'],
  },
  {
    text: 'word freezes every single time i open one of the precedent docs and I have to end it in task manager. other docs fine-ish',
    company: obf,
    expected: ['ab-office-app-crash'],
  },
  {
    text: 'Left my work laptop on the Luas last night (red line). Reported it to lost property but nothing yet. Sorry!',
    company: obf,
    expected: ['ab-lost-stolen-device'],
  },
  {
    text: 'the conveyancing inbox that used to be on the left side of outlook under mine is gone',
    company: obf,
    expected: ['ab-shared-mailbox'],
  },
  {
    text: 'at home the big screen wont show anything when I plug the laptop into the hub thing, only the laptop screen works. power light on the hub is on',
    company: obf,
    expected: ['ab-dock-monitors'],
  },
  {
    text: 'PDFs keep opening in the internet now instead of adobe where I do my stamps, and when I open adobe it says my trial is up?? I never had a trial',
    company: obf,
    expected: ['ab-adobe-acrobat'],
  },
  {
    text: 'getting a message my mailbox is full and I cant send anything to the courts office. what do I delete',
    company: obf,
    expected: ['ab-mailbox-full'],
  },
  {
    text: "The S with the precedents isn't there this morning, just a red x on it when I click",
    company: obf,
    expected: ['ab-mapped-drive-missing'],
  },
  {
    text: 'Aisling (associate, Corporate) is leaving Friday. Please cut off at 5pm Friday, Paul needs her emails and files after. Orla',
    company: obf,
    expected: ['ab-leaver-offboarding'],
  },
  {
    text: "saved over a will draft by accident this morning with the wrong client's details, need yesterday's version back. it was in the Probate team files",
    company: obf,
    expected: ['ab-restore-files'],
  },
  {
    text: 'Nobody in the office can get online since about 9:40, wifi and the desk ones. phones are working',
    company: obf,
    expected: ['ab-internet-outage'],
  },
  {
    text: 'laptop wont go on the office wireless since I came back from 3 weeks holidays, says no internet, secured. works at home',
    company: obf,
    expected: ['ab-wifi'],
  },
  {
    text: "Hi, can you reset the Tailte Éireann / landdirect login for our new conveyancing solicitor? The previous one's account needs to be moved to her.",
    company: obf,
    expected: null,
  },
  {
    text: "The fob reader on the back door beside the bike shed is beeping red for everybody since this morning, we're all going round the front",
    company: obf,
    expected: null,
  },
  {
    text: 'Hi lads, random one - my daughter is starting in UCD in September, what laptop would you recommend for her? Budget about 800. Cheers, Declan',
    company: obf,
    expected: null,
  },
  {
    text: 'everything online is crawling in Ennis since lunch, ezy, emails, the lot. Limerick say theirs is grand',
    company: shannonside,
    expected: ['ab-svg-clinic-network'],
  },
  {
    text: "Nenagh clinic completely down - none of the computers can get on anything. we're using our own phones for now",
    company: shannonside,
    expected: ['ab-svg-clinic-network', 'ab-internet-outage'],
  },
  {
    text: "the bloods from the machine in the lab room aren't showing up on the animals records this morning. the analyser says done",
    company: shannonside,
    expected: ['ab-svg-ezyvet'],
  },
  {
    text: 'forgot my password for ezy vet, the clinic system not the email one',
    company: shannonside,
    expected: ['ab-svg-ezyvet'],
  },
  {
    text: 'Labels coming out blank from the dispensary printer since we put a new roll in. Got the rolls on amazon, much cheaper',
    company: shannonside,
    expected: ['ab-svg-label-printers'],
  },
  {
    text: 'medicine stickers printing half off the edge of the label and the dose is cut off',
    company: shannonside,
    expected: ['ab-svg-label-printers'],
  },
  {
    text: "xrays taken this morning in Limerick haven't come through for the vet to look at. the pc in the xray room has a red thing saying send failed",
    company: shannonside,
    expected: ['ab-svg-xray-imaging'],
  },
  {
    text: "Vet says the rads from Tuesday's dog are there on the imaging site but there's no link on the patient in the system",
    company: shannonside,
    expected: ['ab-svg-xray-imaging'],
  },
  {
    text: 'tablet keeps losing the wifi when I go down to the kennels at the back of Ennis',
    company: shannonside,
    expected: ['ab-svg-clinic-network', 'ab-wifi'],
  },
  {
    text: 'Hi, locum vet Dr Kowalski starting at Ennis Monday for 2 weeks. Needs email and a login for the practice system. Thanks, Bríd (Group Practice Manager)',
    company: shannonside,
    expected: ['ab-new-starter', 'ab-svg-ezyvet'],
  },
  {
    text: 'reception printer in Limerick - stuff just sits there saying pending, nothing comes out. its the normal printer not the label one',
    company: shannonside,
    expected: ['ab-printer-offline'],
  },
  {
    text: "receptionist opened an attachment called 'overdue invoice' - screen flashed and nothing happened. She's worried now. Its still on her screen",
    company: shannonside,
    expected: ['ab-phishing-clicked'],
  },
  {
    text: 'FW: Important - change of bank details\n\nAccounts got this from our drug wholesaler saying all payments from this month go to a new account in Lithuania. Is this real? Bríd\n\n---------- Forwarded message ----------\nDear valued customer, please note our banking details have changed effective immediately...',
    company: shannonside,
    expected: ['ab-invoice-fraud'],
  },
  {
    text: "on the road between clinics and the laptop says my password has expired, I can't change it",
    company: shannonside,
    expected: ['ab-password-reset'],
  },
  {
    text: 'Monday team call - nobody in Limerick can hear me but I can hear them fine. using the laptop with the headset',
    company: shannonside,
    expected: ['ab-teams-meeting-audio-video', 'ab-no-sound-headset'],
  },
  {
    text: "my bluetooth earpiece won't connect to the laptop anymore, it keeps flashing blue and red",
    company: shannonside,
    expected: ['ab-no-sound-headset'],
  },
  {
    text: 'windows keeps saying restart to update and when I do it says undoing changes. been like this 3 days',
    company: shannonside,
    expected: ['ab-windows-update'],
  },
  {
    text: "Nurse's laptop is asking for a long number key when it turns on, blue screen. She didn't do anything, there was an update last night",
    company: shannonside,
    expected: ['ab-bitlocker-recovery'],
  },
  {
    text: 'The whole Clinical Protocols folder is gone from the teams site!! someone deleted it, we need it back',
    company: shannonside,
    expected: ['ab-restore-files'],
  },
  {
    text: 'deleted an email from the pet insurer by accident last week and emptied the bin too',
    company: shannonside,
    expected: ['ab-restore-email'],
  },
  {
    text: "new laptop for Nenagh head nurse arrived in the box, what do I do, it's asking me to pick a country",
    company: shannonside,
    expected: ['ab-autopilot'],
  },
  {
    text: "when I send from accounts@ it comes back saying I don't have permission to send on behalf",
    company: shannonside,
    expected: ['ab-shared-mailbox'],
  },
  {
    text: "can I get teams on my own android phone? I'm on call weekends",
    company: shannonside,
    expected: ['ab-mobile-email-setup'],
  },
  {
    text: "desk phones in Nenagh say registration failed, can't get calls from clients. internet and ezyvet are fine, it's only the phones",
    company: shannonside,
    expected: null,
  },
  {
    text: 'Can you do us up a new email signature with the new logo for all three clinics? Marketing sent the design',
    company: shannonside,
    expected: null,
  },
  {
    text: "the ultrasound machine won't save the scans to the usb stick anymore, says device error",
    company: shannonside,
    expected: null,
  },
  {
    text: 'sage says cant connect to server again. im in the office',
    company: copperhare,
    expected: ['ab-chd-sage200'],
  },
  {
    text: "Sage crashed earlier and now says I'm already logged in and won't let me in",
    company: copperhare,
    expected: ['ab-chd-sage200'],
  },
  {
    text: 'The Revenue login thing is gone from the browser since the laptop had its update, need to file the excise by the 15th!!',
    company: copperhare,
    expected: ['ab-chd-ros-certificate'],
  },
  {
    text: 'I forgot the password for the revenue certificate thing',
    company: copperhare,
    expected: ['ab-chd-ros-certificate'],
  },
  {
    text: 'card machine in the shop wont connect to the ipad, tour bus of 40 just arrived HELP',
    company: copperhare,
    expected: ['ab-chd-visitor-tills'],
  },
  {
    text: "receipts not printing at the till and the money drawer won't pop open",
    company: copperhare,
    expected: ['ab-chd-visitor-tills'],
  },
  {
    text: 'the scanner guns keep losing connection down the back aisles of warehouse 2 during the stock count',
    company: copperhare,
    expected: ['ab-chd-warehouse-wifi'],
  },
  {
    text: 'one of the wireless boxes on the ceiling in the bottling hall has no light on it',
    company: copperhare,
    expected: ['ab-chd-warehouse-wifi'],
  },
  {
    text: 'New marketing assistant starting on the 1st - Laura Byrne. Needs a laptop, email and access to the Marketing files. Thanks Ger',
    company: copperhare,
    expected: ['ab-new-starter'],
  },
  {
    text: 'website we use for label proofs is blocked at work, says something about newly observed. works at home',
    company: copperhare,
    expected: ['ab-web-filter'],
  },
  {
    text: 'cant open revenue.ie on the office network, chrome says server ip address could not be found. works fine on my phone on 4g',
    company: copperhare,
    expected: ['ab-dns-sites-not-loading'],
  },
  {
    text: "Our head distiller's email sent a 'shared document' message to everyone in his contacts this morning. He didn't send it. Customers are ringing us",
    company: copperhare,
    expected: ['ab-compromised-account'],
  },
  {
    text: "excel has a red bar saying unlicensed product and I can't edit anything",
    company: copperhare,
    expected: ['ab-licence-unlicensed-product'],
  },
  {
    text: "Hi lads, two things - the finance drive letter is gone off my laptop since Monday, and also outlook won't find any older emails when I search. Thanks, Niamh, Finance",
    company: copperhare,
    expected: ['ab-mapped-drive-missing', 'ab-outlook-search'],
  },
  {
    text: 'emails to our new distributor in Hamburg keep coming back undeliverable, says recipient address rejected user unknown',
    company: copperhare,
    expected: ['ab-email-ndr'],
  },
  {
    text: 'We are not getting emails from the cooperage in Kentucky, they say they sent 3 yesterday with the cask invoices',
    company: copperhare,
    expected: ['ab-email-quarantine'],
  },
  {
    text: 'onedrive has red x on half my files and a message about the name being too long',
    company: copperhare,
    expected: ['ab-onedrive-sync'],
  },
  {
    text: 'the vpn thing gets stuck at 98 percent at home, worked last week',
    company: copperhare,
    expected: ['ab-vpn-forticlient'],
  },
  {
    text: 'laptop takes 10 minutes to get going in the morning, fan going mad, everything slow',
    company: copperhare,
    expected: ['ab-slow-pc'],
  },
  {
    text: 'excel closes by itself whenever I open the big stock spreadsheet',
    company: copperhare,
    expected: ['ab-office-app-crash'],
  },
  {
    text: 'Sales manager John Kearney finishing up end of the month. Keep his emails for 6 months, his phone is coming back to us. Ger',
    company: copperhare,
    expected: ['ab-leaver-offboarding'],
  },
  {
    text: 'lost my work phone at Whiskey Live in London, it has email and teams on it. Sorry',
    company: copperhare,
    expected: ['ab-lost-stolen-device'],
  },
  {
    text: "the dropbox folder from the label design agency isn't syncing to my laptop anymore, says paused",
    company: copperhare,
    expected: null,
  },
  {
    text: 'the touchscreen on the labeller on bottling line 1 is frozen, we restarted it twice, line is stopped',
    company: copperhare,
    expected: null,
  },
  {
    text: 'Xero bank feed for the AIB account stopped updating last Thursday, can you reconnect it',
    company: copperhare,
    expected: null,
  },
  {
    text: "the marketing mac won't back up to the time machine drive anymore, says the disk is not available",
    company: copperhare,
    expected: null,
  },
  {
    text: 'who do I talk to about my payslip, the tax credits look wrong this month',
    company: copperhare,
    expected: null,
  },
  {
    text: 'can you get quotes for catering for the open day on the 20th? about 60 people',
    company: copperhare,
    expected: null,
  },
  {
    text: 'procore on the site ipad says I have to log in with SSO, dont know what that means, I just want to do the daily log',
    company: carrigmore,
    expected: ['ab-ccl-procore'],
  },
  {
    text: 'drawings on the tablet on site are the old revision, office says rev C went up yesterday',
    company: carrigmore,
    expected: ['ab-ccl-procore'],
  },
  {
    text: 'no internet in the cabin at Ratoath site since this morning, the box lights are flashing',
    company: carrigmore,
    expected: ['ab-ccl-site-cabin-internet'],
  },
  {
    text: "Internet in the site office in Kilcock is crawling, can't even upload photos. Was grand last week before they moved the crane",
    company: carrigmore,
    expected: ['ab-ccl-site-cabin-internet'],
  },
  {
    text: 'autocad says no licence available when i open it this morning',
    company: carrigmore,
    expected: ['ab-ccl-autodesk'],
  },
  {
    text: "revit wants me to sign in, then says I don't have access to this product. Worked Friday",
    company: carrigmore,
    expected: ['ab-ccl-autodesk'],
  },
  {
    text: 'big printer in the drawings office printing the A1s tiny in the corner of the page',
    company: carrigmore,
    expected: ['ab-ccl-plotter'],
  },
  {
    text: "plotter says out of paper but there's a full roll in it",
    company: carrigmore,
    expected: ['ab-ccl-plotter'],
  },
  {
    text: 'The big HP in the drawings office shows offline on my pc, others can print to it',
    company: carrigmore,
    expected: ['ab-ccl-plotter', 'ab-printer-offline'],
  },
  {
    text: 'reception copier says send error when I scan to my email, worked until last week. We changed broadband provider on Thursday if that matters',
    company: carrigmore,
    expected: ['ab-scan-to-email'],
  },
  {
    text: 'site manager cant get his email on the new iphone, the apple mail app says cannot verify account',
    company: carrigmore,
    expected: ['ab-mobile-email-setup'],
  },
  {
    text: 'QS says her account is locked every single morning when she gets in, she changed her password last week',
    company: carrigmore,
    expected: ['ab-account-locked'],
  },
  {
    text: "I'll be working from Canada for 2 weeks next month (family thing), will I be able to log in to everything from there?",
    company: carrigmore,
    expected: ['ab-conditional-access-block'],
  },
  {
    text: "tried to get emails in Turkey visiting the stone supplier, got 'you cannot access this right now' 53003",
    company: carrigmore,
    expected: ['ab-conditional-access-block'],
  },
  {
    text: "company portal says my laptop isn't compliant and outlook won't open",
    company: carrigmore,
    expected: ['ab-intune-compliance'],
  },
  {
    text: 'Teams just shows a white window and spins, tried restarting it',
    company: carrigmore,
    expected: ['ab-teams-not-loading'],
  },
  {
    text: "our subbie can't open the tender folder we sent them, says they need permission or something",
    company: carrigmore,
    expected: ['ab-sharepoint-access'],
  },
  {
    text: 'Two new site engineers starting on the M7 job on the 14th, Tomás Walsh and Katie Doyle. laptops + phones + email. Copy what Eoin has. - Michelle, HR',
    company: carrigmore,
    expected: ['ab-new-starter'],
  },
  {
    text: 'laptop really slow and the C drive bar is red in my computer',
    company: carrigmore,
    expected: ['ab-slow-pc'],
  },
  {
    text: 'screens on the desk in the QS office keep going black for a second every few minutes when the laptop is plugged in',
    company: carrigmore,
    expected: ['ab-dock-monitors'],
  },
  {
    text: "the authenticator number thing doesn't pop up on my phone anymore when I log in, I have to open the app",
    company: carrigmore,
    expected: ['ab-mfa-new-phone'],
  },
  {
    text: 'camera in teams is black for me, the others see a crossed out thing. it worked on zoom yesterday',
    company: carrigmore,
    expected: ['ab-teams-meeting-audio-video'],
  },
  {
    text: "Frank (MD) wants Michelle to run his calendar, accept and move meetings for him while he's on site. can you sort",
    company: carrigmore,
    expected: ['ab-calendar-sharing'],
  },
  {
    text: "got an email from a 'Procore' address asking me to verify my account, didn't click it, what should I do with it",
    company: carrigmore,
    expected: ['ab-phishing-clicked'],
  },
  {
    text: "Sage 200 in accounts says unable to connect to the application server, all three of us, we're in the office",
    company: carrigmore,
    expected: null,
  },
  {
    text: 'need a teams phone number ported over from eir for the new site office landline',
    company: carrigmore,
    expected: null,
  },
  {
    text: 'iPad screen cracked on site at Naas, dropped off the scaffold. can we get it repaired? it still works',
    company: carrigmore,
    expected: null,
  },
  {
    text: 'site camera at Ashbourne not showing on the NVR app, internet in the cabin is working fine',
    company: carrigmore,
    expected: null,
  },
  {
    text: "the coffee machine in the canteen is showing descale and won't make anything",
    company: carrigmore,
    expected: null,
  },
  { text: 'can I get a parking space in the new yard for my van', company: carrigmore, expected: null },
  {
    text: 'L1 note: Datto alert overnight - screenshot verification failed for agent on FS01, client name cut off in the alert. Backup itself shows success?',
    company: null,
    expected: ['ab-backup-job-failed'],
  },
  {
    text: "Veeam job 'Nightly-Servers' failed 2nd night in a row, VSS error 0x80042306 on the SQL box. what do I do before escalating",
    company: null,
    expected: ['ab-backup-job-failed'],
  },
  {
    text: "caller didn't leave company name - laptop shows enter the recovery key after the dell bios update last night, has the key id on screen",
    company: null,
    expected: ['ab-bitlocker-recovery'],
  },
  {
    text: "L1: user's Outlook keeps showing need password at the bottom, clicks it and the box disappears, changed pw yesterday",
    company: null,
    expected: ['ab-outlook-disconnected'],
  },
  {
    text: 'New user created but Word says no licence for this account, checked billing and we have 0 available',
    company: null,
    expected: ['ab-licence-unlicensed-product'],
  },
  {
    text: "user gets bounce back on every email '550 5.1.8 Access denied, bad outbound sender' since this morning",
    company: null,
    expected: ['ab-compromised-account', 'ab-email-ndr'],
  },
  {
    text: "how long do we keep deleted emails before they're gone for good? customer asking for one from 2 months ago",
    company: null,
    expected: ['ab-restore-email'],
  },
  {
    text: "our wordpress website shows 'there has been a critical error on this website' after the plugin update last night",
    company: null,
    expected: null,
  },
  {
    text: 'Mailchimp report says 18% of our newsletter bounced, how do we clean the list',
    company: null,
    expected: null,
  },
  {
    text: 'is the christmas party on the 12th or the 13th? need to book a taxi',
    company: null,
    expected: null,
  },
];
