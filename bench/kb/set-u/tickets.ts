/**
 * Set U: a blind labelled KB set, written without reading the search code or any other set.
 * Tickets as users and L1 techs write them for the Set U knowledge base, with hard negatives.
 */
import type { LabelledTicket } from '../tickets.ts';
import { SET_U_CLIENTS } from './articles.ts';

const { reelhouse, dhaliwal, powderline, cedar } = SET_U_CLIENTS;

export const SET_U_TICKETS: readonly LabelledTicket[] = [
  {
    text: 'outlook keeps poping up the sign in box every few min, I put my pw in and it just comes back. driving me nuts',
    company: null,
    expected: ['u-email-outlook-misc'],
  },
  {
    text: 'Hi, when I look for an email in Outlook nothing shows up. I KNOW Barb sent it last week, I can see it on my phone. Thanks, Lorraine',
    company: null,
    expected: ['u-email-outlook-misc'],
  },
  {
    text: 'when i type Sam in the To box it fills in his old gmail not his work one, keeps going to the wrong place',
    company: null,
    expected: ['u-email-outlook-misc'],
  },
  {
    text: 'Please give Tom Bradley access to the info@ box so he can answer customers as info. Approved by me. - Carol',
    company: null,
    expected: ['u-shared-mailboxes'],
  },
  {
    text: 'boardroom calendar let 2 people book the same slot again, 3rd time this week',
    company: null,
    expected: ['u-calendars-rooms-delegates'],
  },
  {
    text: 'My EA needs to be able to accept and decline meetings for me and put things in my calendar. How do we set that up?',
    company: null,
    expected: ['u-calendars-rooms-delegates'],
  },
  {
    text: 'since I got back from Toronto all my appointments show an hour early in outlook. laptop clock is right tho',
    company: null,
    expected: ['u-calendars-rooms-delegates'],
  },
  {
    text: "A customer says emails to orders@ get kicked back with a '550 5.7.1' something. They're outside the company obviously",
    company: null,
    expected: ['u-mail-not-arriving'],
  },
  {
    text: 'getting a pop up that my mailbox is almost full and now i cant send anything',
    company: null,
    expected: ['u-mail-not-arriving'],
  },
  {
    text: 'my cam is just black in teams meetings, works fine in the windows camera app',
    company: null,
    expected: ['u-teams-misc'],
  },
  {
    text: 'Teams is just the spinning circle since the update this morning. restarted twice already',
    company: null,
    expected: ['u-teams-misc'],
  },
  {
    text: "lots of little red x's on my files in the cloud folder, are they saved??",
    company: null,
    expected: ['u-onedrive-sync'],
  },
  {
    text: 'got my new laptop today and my desktop is empty. where did all my stuff go',
    company: null,
    expected: ['u-onedrive-sync', 'u-autopilot-new-device'],
  },
  {
    text: 'accidentally deleted the Q3 budget sheet off the team site, can we get it back? It was in Finance > Budgets',
    company: null,
    expected: ['u-sharepoint-access-restore'],
  },
  {
    text: "getting 'you need permission' when i click the HR folder link Sarah sent me",
    company: null,
    expected: ['u-sharepoint-access-restore'],
  },
  {
    text: "Excel has a red bar across the top saying unlicensed product, can't edit anything. Office 360 was fine yesterday",
    company: null,
    expected: ['u-m365-licensing'],
  },
  {
    text: "Switched from Samsung to iPhone and traded the old one in at the store. Now it wants the code from the app and I don't have the app anymore. Help!",
    company: null,
    expected: ['u-mfa-phone-change'],
  },
  {
    text: 'forgot my password after the holidays, sorry! - Denise, front desk',
    company: null,
    expected: ['u-passwords-sspr'],
  },
  {
    text: "my account keeps getting locked every morning around 8 and I haven't typed it wrong",
    company: null,
    expected: ['u-passwords-sspr'],
  },
  {
    text: "getting 53003 when I try to log into email, I'm in Mexico for a client conference till Thursday",
    company: null,
    expected: ['u-signin-blocked-ca'],
  },
  {
    text: 'trying to open outlook on my home computer and it says my device has to be managed or something',
    company: null,
    expected: ['u-signin-blocked-ca', 'u-intune-compliance-company-portal'],
  },
  {
    text: "Unboxed the new Dell for Maria and it's asking if it's for personal use and wants a hotmail account? Not sure whether to keep going",
    company: null,
    expected: ['u-autopilot-new-device'],
  },
  {
    text: "company portal says my laptop doesnt meet requirements and now email won't open",
    company: null,
    expected: ['u-intune-compliance-company-portal'],
  },
  {
    text: 'I need to install a plugin for Zoom and it keeps asking for an administrator password',
    company: null,
    expected: ['u-intune-compliance-company-portal'],
  },
  {
    text: "work email stopped in the iphone mail app, says my organization doesn't allow it",
    company: null,
    expected: ['u-byod-phone-email'],
  },
  { text: 'updates failing again 0x800f0922', company: null, expected: ['u-windows-updates'] },
  {
    text: 'computer is sooo slow, takes 5 min to open excel. i never turn it off, just close the lid at night',
    company: null,
    expected: ['u-slow-pc'],
  },
  {
    text: "printer says offline on my laptop but it's on and everyone else is printing",
    company: null,
    expected: ['u-printers-misc'],
  },
  {
    text: 'my print jobs just sit there in the queue and nothing comes out. also outlook keeps asking me for my password since this morning',
    company: null,
    expected: ['u-printers-misc', 'u-email-outlook-misc'],
  },
  {
    text: "copier can't save scans to the shared folder since the weekend, says cannot connect to server",
    company: null,
    expected: ['u-mfd-scanning'],
  },
  {
    text: 'Laptop boots to a blue screen asking for a recovery key. Dell did a bios update last night. Key ID starts 4F2A',
    company: null,
    expected: ['u-bitlocker-recovery'],
  },
  {
    text: "macbook keeps asking for my 'login' password in a popup every time I open it, ever since I changed my password",
    company: null,
    expected: ['u-mac-faq'],
  },
  {
    text: "second screen doesn't work on the dock, the first one's fine. macbook air",
    company: null,
    expected: ['u-docks-monitors'],
  },
  {
    text: 'my airpods sound like a robot on calls but music sounds fine',
    company: null,
    expected: ['u-audio-headsets'],
  },
  {
    text: "nobody can hear me on teams calls, the mic isn't working",
    company: null,
    expected: ['u-audio-headsets'],
  },
  { text: "office wifi works on my phone but my laptop won't connect", company: null, expected: ['u-wifi'] },
  {
    text: 'whats the visitor wifi pw this month? have clients coming at 10',
    company: null,
    expected: ['u-wifi'],
  },
  { text: 'VPN hangs at 98% then fails. tried 4 times', company: null, expected: ['u-vpn-forticlient'] },
  {
    text: 'no internet in the whole office, the box on the wall has an orange blinking light',
    company: null,
    expected: ['u-isp-outage'],
  },
  {
    text: "getting a page saying site blocked by your organization. It's our supplier's ordering portal, need it today to get an order in",
    company: null,
    expected: ['u-dns-web-filtering'],
  },
  {
    text: "quickbooks bank feed hasn't pulled anything in since last week",
    company: null,
    expected: ['u-quickbooks-online'],
  },
  {
    text: "QBO sends the login code to Darren's phone and he left in March. how do we change that",
    company: null,
    expected: ['u-quickbooks-online'],
  },
  {
    text: 'opened the brochure file from the designer and it says fonts missing',
    company: null,
    expected: ['u-adobe-cc'],
  },
  {
    text: 'premiere playback super choppy when editing off the server, was ok last month',
    company: null,
    expected: ['u-premiere-nas'],
  },
  { text: 'clio docs wont open in word when I click edit', company: null, expected: ['u-clio'] },
  {
    text: 'cash drawer doesnt pop open anymore but receipts print fine',
    company: null,
    expected: ['u-pos-lightspeed'],
  },
  {
    text: "I clicked a link in an email from 'DocuSign' but didn't type anything in, is that bad?",
    company: null,
    expected: ['u-phishing-clicked'],
  },
  {
    text: 'got a login approval on my phone at 2am and hit approve half asleep... probably nothing?',
    company: null,
    expected: ['u-phishing-clicked', 'u-compromised-account'],
  },
  {
    text: 'Customers are telling me they got emails from me with a OneDrive link. I never sent those. A few of them bounced back too.',
    company: null,
    expected: ['u-compromised-account'],
  },
  {
    text: 'popup said a threat was quarantined and now my macro spreadsheet is gone',
    company: null,
    expected: ['u-edr-sentinelone'],
  },
  { text: 'left my work laptop on the skytrain last night :(', company: null, expected: ['u-lost-device'] },
  {
    text: 'I got married! Need my email changed to my new last name, Chen. Thank you!',
    company: null,
    expected: ['u-onboarding'],
  },
  {
    text: 'new hire starting tomorrow, can you set up her account and a laptop? sorry for the short notice',
    company: null,
    expected: ['u-onboarding'],
  },
  {
    text: "Kevin's last day is Friday, I need his emails to come to me after that",
    company: null,
    expected: ['u-offboarding'],
  },
  {
    text: 'hard drive died on my laptop, can you restore my documents folder from the backup?',
    company: null,
    expected: ['u-backups-restores', 'u-onedrive-sync'],
  },
  {
    text: "need an email I deleted like 8 months ago, it's not in deleted items anymore",
    company: null,
    expected: ['u-backups-restores'],
  },
  {
    text: 'how do i send my teams calls to my cell while im out on site',
    company: null,
    expected: ['u-teams-phone'],
  },
  {
    text: 'the phone on my desk just shows a code and says go to some microsoft website',
    company: null,
    expected: ['u-teams-phone'],
  },
  { text: 'all the desk phones say no service this morning', company: null, expected: ['u-hosted-pbx-3cx'] },
  {
    text: "need to change the 3 cx greeting for Family Day monday, we're closed",
    company: null,
    expected: ['u-hosted-pbx-3cx'],
  },
  {
    text: "Logged in this morning and my desktop is totally blank, wallpaper gone, and there's a message saying I'm signed in with a temporary profile and changes won't be saved",
    company: null,
    expected: null,
  },
  {
    text: 'Can you open port 3389 on the firewall so I can remote into my office PC from home? IT at my last job did it for me',
    company: null,
    expected: null,
  },
  {
    text: 'locked myself out of Keeper, forgot the master password. all my logins are in there',
    company: null,
    expected: null,
  },
  {
    text: "QuickBooks Desktop won't open the company file on the server, error H202. the other girl in accounting has the same thing",
    company: null,
    expected: null,
  },
  {
    text: 'Please quote us 5 Lenovo ThinkPads for the new hires in Feb, something decent for Excel',
    company: null,
    expected: null,
  },
  {
    text: 'Clients on Gmail say my meeting invites come through as a winmail.dat attachment instead of an invite',
    company: null,
    expected: null,
  },
  {
    text: 'Our website is down and GoDaddy says the hosting account is suspended for non-payment, the card on file expired. can you sort it',
    company: null,
    expected: null,
  },
  {
    text: 'The microwave on 2 keeps tripping the breaker, can someone have a look',
    company: null,
    expected: null,
  },
  {
    text: 'my personal iphone keeps saying iCloud storage is full, can you clear it for me',
    company: null,
    expected: null,
  },
  {
    text: 'Fingerprint login on my laptop stopped working after the update, have to type my PIN every time',
    company: null,
    expected: null,
  },
  {
    text: "hey, all my clips in resolve went red and say media offline. was fine friday. I'm in suite 3 -Kenji",
    company: reelhouse,
    expected: ['u-reelhouse-storage', 'u-premiere-nas'],
  },
  {
    text: "The PROJECTS drive says we're out of space on the lulu spot and I can't render. need more room asap, deliverable tonight",
    company: reelhouse,
    expected: ['u-reelhouse-storage'],
  },
  {
    text: 'Deleted the VFX_pulls folder in the Arcteryx winter project by mistake this morning. can it come back?',
    company: reelhouse,
    expected: ['u-reelhouse-storage', 'u-backups-restores'],
  },
  {
    text: "Working from Tofino this week, parsec just says the computer is offline. can't get into my suite. Cheers, Ben",
    company: reelhouse,
    expected: ['u-reelhouse-remote-editors'],
  },
  {
    text: 'lucid drive mounts but every folder is empty??',
    company: reelhouse,
    expected: ['u-reelhouse-remote-editors'],
  },
  {
    text: 'Hi team, we have a new assistant editor, Noor Haddad, starting Monday for 6 weeks on the Telus doc. NDA attached. Can you get her going? - Priyanka',
    company: reelhouse,
    expected: ['u-reelhouse-freelancers', 'u-onboarding'],
  },
  {
    text: "my login stopped working this morning, it says my account is disabled? I'm on the show til the end of the month",
    company: reelhouse,
    expected: ['u-reelhouse-freelancers'],
  },
  {
    text: 'CLIENT SCREENING AT 2 and the projector shows nothing from the apple tv. help!!',
    company: reelhouse,
    expected: ['u-reelhouse-screening-network'],
  },
  {
    text: "what's the wifi password for the agency folks coming in for the review today?",
    company: reelhouse,
    expected: ['u-reelhouse-screening-network', 'u-wifi'],
  },
  {
    text: 'Photoshop keeps telling me my free trial is over?? we pay for this eh',
    company: reelhouse,
    expected: ['u-adobe-cc'],
  },
  {
    text: "Media Composer on suite 2 says the licence isn't activated after I updated it. Can someone sort that? Session at 11",
    company: reelhouse,
    expected: null,
  },
  {
    text: "the grading monitor in the colour suite looks way warmer than the client's reference. can someone recalibrate it before Thursday?",
    company: reelhouse,
    expected: null,
  },
  {
    text: "IRCC portal won't take my client's bank statements, says the file is too large. it's a 9 page pdf",
    company: dhaliwal,
    expected: ['u-dhaliwal-clio-ircc'],
  },
  {
    text: 'Locked out of GCKey!! study permit deadline is tomorrow, please help urgently',
    company: dhaliwal,
    expected: ['u-dhaliwal-clio-ircc'],
  },
  {
    text: "WFH today and the DOIL thing isn't showing in the windows app, just blank",
    company: dhaliwal,
    expected: ['u-dhaliwal-avd-remote'],
  },
  {
    text: "Tried to log in remotely Sunday around 11pm to finish a file and it just wouldn't connect. Working now but what happened?",
    company: dhaliwal,
    expected: ['u-dhaliwal-avd-remote'],
  },
  {
    text: "how do I print from the remote desktop to my printer at home? I'm on a Mac",
    company: dhaliwal,
    expected: ['u-dhaliwal-avd-remote'],
  },
  {
    text: "Surrey copier is asking for a department number, I'm new, what is it?",
    company: dhaliwal,
    expected: ['u-dhaliwal-canon-scanning'],
  },
  {
    text: "Need to scan a client's passport to send to IRCC. What settings do I use on the Canon so it doesn't get rejected?",
    company: dhaliwal,
    expected: ['u-dhaliwal-canon-scanning', 'u-dhaliwal-clio-ircc'],
  },
  {
    text: 'New RCIC starting on the 14th, Gurpreet Sandhu, downtown office. Same setup as Anita please. Thanks, Harpreet',
    company: dhaliwal,
    expected: ['u-dhaliwal-new-staff', 'u-onboarding'],
  },
  { text: 'clio button disappeared from outlook', company: dhaliwal, expected: ['u-clio'] },
  {
    text: "vpn won't connect from home, the fortinet thing gives -7200",
    company: dhaliwal,
    expected: ['u-dhaliwal-avd-remote', 'u-vpn-forticlient'],
  },
  {
    text: "I got an email from IRCC saying a client's file needed a payment, clicked it and put in my office password and then the page went blank. Now I'm worried. - Anita",
    company: dhaliwal,
    expected: ['u-phishing-clicked', 'u-compromised-account'],
  },
  {
    text: "Heading to Manila for my cousin's wedding Dec 10-28, will I be able to get into my email while I'm there?",
    company: dhaliwal,
    expected: ['u-signin-blocked-ca'],
  },
  {
    text: "Dragon isn't understanding me anymore, types total gibberish when I dictate memos. Was fine before Christmas",
    company: dhaliwal,
    expected: null,
  },
  {
    text: 'A videographer we hired for our marketing video shared a LucidLink filespace with me. Can you set it up on my laptop so I can grab the files?',
    company: dhaliwal,
    expected: null,
  },
  {
    text: 'waiver ipad stuck on the home screen, some kid pressed buttons. lineup out the door!',
    company: powderline,
    expected: ['u-powderline-rental-counter'],
  },
  {
    text: 'moneris machine says not paired when we try to charge a rental',
    company: powderline,
    expected: ['u-powderline-rental-counter'],
  },
  {
    text: "Squamish till receipt printer isn't printing for gear sales, the light's blinking",
    company: powderline,
    expected: ['u-pos-lightspeed'],
  },
  {
    text: "internet down at the village shop and the starlink doesn't seem to be kicking in either",
    company: powderline,
    expected: ['u-powderline-sites-network', 'u-isp-outage'],
  },
  {
    text: "Squamish internet out since 10am, can't run cards. Tons of bikes going out today",
    company: powderline,
    expected: ['u-powderline-sites-network', 'u-isp-outage'],
  },
  {
    text: 'creekside tent internet is crawling, like dial-up',
    company: powderline,
    expected: ['u-powderline-sites-network'],
  },
  {
    text: 'Hey! Attached is the winter crew list, 14 people starting Nov 25 between the Village and Creekside. Cheers, Jess',
    company: powderline,
    expected: ['u-powderline-seasonal-staff', 'u-onboarding'],
  },
  {
    text: 'Liam B is back for another winter in the tune shop - can he get his old email back?',
    company: powderline,
    expected: ['u-powderline-seasonal-staff'],
  },
  {
    text: 'ski tag printer printing half a label then spitting out blanks',
    company: powderline,
    expected: ['u-powderline-rental-counter'],
  },
  {
    text: "new guy can't open Word on the counter computer, it says he doesn't have office??",
    company: powderline,
    expected: ['u-powderline-seasonal-staff', 'u-m365-licensing'],
  },
  {
    text: "Lightspeed isn't syncing stock counts to our online store, the website says we have helmets we sold out of last week",
    company: powderline,
    expected: null,
  },
  {
    text: 'Our bookkeeper wants to work from home a couple days. Could we get her one of those Azure virtual desktops like the law firm upstairs has?',
    company: powderline,
    expected: null,
  },
  {
    text: "the boot dryer in the rental room stopped heating, who's the guy to call",
    company: powderline,
    expected: null,
  },
  {
    text: 'Need access to tenant files for our new intake coordinator Ruby Tan, ED approval forwarded below',
    company: cedar,
    expected: ['u-cedar-tenant-files'],
  },
  {
    text: 'locked out of breeze, the code isnt coming to my phone',
    company: cedar,
    expected: ['u-cedar-tenant-files'],
  },
  {
    text: "Caretaker at the Kingsway building says the laptop won't get on wifi, and the buzzer at the front door is dead too",
    company: cedar,
    expected: ['u-cedar-buildings', 'u-wifi'],
  },
  {
    text: 'A tenant in 304 is asking for the building wifi password, can we just give it to her?',
    company: cedar,
    expected: ['u-cedar-buildings'],
  },
  {
    text: 'A law firm donated 3 laptops to us! Can we give them to the outreach workers this week?',
    company: cedar,
    expected: ['u-cedar-licensing-volunteers'],
  },
  {
    text: 'Our board chair wants to see the board docs online, she only uses her gmail',
    company: cedar,
    expected: ['u-cedar-licensing-volunteers'],
  },
  {
    text: 'how do I get the accounts@ inbox to show in my outlook? i was given access yesterday',
    company: cedar,
    expected: ['u-shared-mailboxes'],
  },
  {
    text: "Someone emailed pretending to be Mariana (our ED) asking me to buy Apple gift cards for the volunteers. Looks real-ish? Didn't reply",
    company: cedar,
    expected: ['u-phishing-clicked'],
  },
  {
    text: "The Ricoh won't scan to email since this morning, for everyone in the office",
    company: cedar,
    expected: ['u-mfd-scanning'],
  },
  {
    text: "The camera recorder at the Hastings building keeps beeping and the caretaker says it's not recording",
    company: cedar,
    expected: ['u-cedar-buildings'],
  },
  {
    text: 'Can you set up Breeze so tenants can pay their rent online through a portal?',
    company: cedar,
    expected: null,
  },
  {
    text: 'Could someone run a training for the board on hosting the AGM as a Zoom webinar?',
    company: cedar,
    expected: null,
  },
  {
    text: 'How much would it cost to put wifi in the common room at the Nanaimo St building for the tenants to use?',
    company: cedar,
    expected: null,
  },
];
