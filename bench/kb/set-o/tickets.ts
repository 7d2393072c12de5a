/**
 * Set O: a blind labelled KB set, written without reading the search code or any other set.
 * Tickets as users and L1 techs write them for the Set O knowledge base, with hard negatives.
 */
import type { LabelledTicket } from '../tickets.ts';
import { SET_O_CLIENTS } from './articles.ts';

const { keogh, glenmore, lochan, cairnhill } = SET_O_CLIENTS;

export const SET_O_TICKETS: readonly LabelledTicket[] = [
  {
    text: 'outlook keeps shutting itself down about 5 secs after i open it. tried restarting twice. Ciara',
    company: null,
    expected: ['o-outlook-crash-addins'],
  },
  {
    text: "Hi, since the update this morning my email program just freezes on the loading box, says not responding and then closes. Can't get at any client emails. Thanks, Declan (Galway office)",
    company: keogh,
    expected: ['o-outlook-crash-addins'],
  },
  {
    text: 'Can Siobhan see my diary and put appointments in it for me pls',
    company: null,
    expected: ['o-calendar-sharing'],
  },
  {
    text: "New PA starting for Mr Ferguson on Monday, she'll need to manage his meetings and accept invites for him while he's on the road.",
    company: lochan,
    expected: ['o-calendar-sharing'],
  },
  {
    text: 'our suppliers are getting a bounce back when they email accounts@ , something about only accepts messages from people in its organisation',
    company: cairnhill,
    expected: ['o-distribution-lists'],
  },
  {
    text: "Gemma in Nairn isn't getting any of the all staff emails",
    company: glenmore,
    expected: ['o-distribution-lists'],
  },
  {
    text: 'pls add Ruairi to the partners group email thx',
    company: keogh,
    expected: ['o-distribution-lists'],
  },
  {
    text: 'not getting any pop ups when people message me on teams, i only see them when i open it',
    company: null,
    expected: ['o-teams-notifications'],
  },
  {
    text: 'my chats have a wee circle going round and round and never go. works fine on my phone',
    company: null,
    expected: ['o-teams-notifications'],
  },
  {
    text: 'I think I deleted the whole Planning folder out of the Teams files by accident yesterday!!! please help',
    company: cairnhill,
    expected: ['o-onedrive-restore'],
  },
  {
    text: "saved over the rota spreadsheet on our teams site with last month's one. any way to get back what it was this morning?",
    company: glenmore,
    expected: ['o-onedrive-restore'],
  },
  {
    text: 'all my files in onedrive have weird endings now .lockd and none of them open',
    company: null,
    expected: ['o-onedrive-restore', 'o-malware-alert'],
  },
  {
    text: 'client says the link I sent her for the year end docs says she needs permission. she has a gmail',
    company: keogh,
    expected: ['o-sharing-links'],
  },
  {
    text: 'trying to share a folder with the builder and the anyone option is greyed out',
    company: null,
    expected: ['o-sharing-links'],
  },
  {
    text: 'Can Fiona get into the reception inbox, and reply as reception not as herself? Thanks, Lorna',
    company: glenmore,
    expected: ['o-mailbox-delegation'],
  },
  {
    text: 'when i reply from the info@ mailbox it goes out with my own name on it, customers are confused',
    company: null,
    expected: ['o-mailbox-delegation'],
  },
  {
    text: 'locked out AGAIN!! third time this week',
    company: null,
    expected: ['o-password-reset'],
  },
  {
    text: 'Forgot my password after the holidays, can someone reset it. Mairead, Fitzwilliam Sq',
    company: keogh,
    expected: ['o-password-reset'],
  },
  {
    text: 'got a new iphone on sat, the approve thing doesnt pop up anymore',
    company: null,
    expected: ['o-mfa-new-phone'],
  },
  {
    text: 'phone was factory reset and now the authenticator is empty, cant get into email on the laptop',
    company: null,
    expected: ['o-mfa-new-phone'],
  },
  {
    text: "Hi there, my old Samsung died so I've a new one. What do I do about the number codes for the work login? Regards, Kenny (Still House)",
    company: lochan,
    expected: ['o-mfa-new-phone'],
  },
  {
    text: "got a mail saying someone signed into my account from Brazil?? I'm in Oban",
    company: lochan,
    expected: ['o-risky-signin'],
  },
  {
    text: 'SOC alert: atypical travel for jbrennan, Dublin then Amsterdam 40 min apart',
    company: keogh,
    expected: ['o-risky-signin'],
  },
  {
    text: "I'm at a conference in Madrid and it says my sign in was blocked because of suspicious activity. need access for my presentation at 2",
    company: null,
    expected: ['o-risky-signin'],
  },
  {
    text: 'setting up new laptop, after wifi it says something went wrong 8018001',
    company: null,
    expected: ['o-intune-enrolment'],
  },
  {
    text: 'trying to add my phone with the company app for work email, says couldnt add your device',
    company: null,
    expected: ['o-intune-enrolment'],
  },
  {
    text: "need adobe to sign pdfs, it's in the portal thing but just says pending for the last hour",
    company: null,
    expected: ['o-company-portal-apps'],
  },
  {
    text: "zoom isn't in the software centre app?",
    company: null,
    expected: ['o-company-portal-apps'],
  },
  {
    text: 'laptop did updates overnight then said undoing changes, now it wants to do it all again',
    company: null,
    expected: ['o-windows-update'],
  },
  {
    text: 'PC in the tasting room stuck on working on updates 0% for ages',
    company: lochan,
    expected: ['o-windows-update'],
  },
  {
    text: 'Hiya, the Dell in consult 2 came up blue asking for a key with loads of numbers after it did a bios thing. Vet waiting to use it! Lorna, Glenmore Inverness',
    company: glenmore,
    expected: ['o-bitlocker-recovery'],
  },
  {
    text: 'laptop wants the recovery key every boot since I got the new dock',
    company: null,
    expected: ['o-bitlocker-recovery'],
  },
  {
    text: 'print jobs just sitting there, printer shows offline on my pc but Paddy can print fine',
    company: keogh,
    expected: ['o-printer-driver'],
  },
  {
    text: 'printing pages of random symbols from the upstairs printer',
    company: null,
    expected: ['o-printer-driver'],
  },
  {
    text: 'The big copier at reception shows offline on the front desk PC again, the little label one is fine',
    company: glenmore,
    expected: ['o-glenmore-label-printers', 'o-printer-driver'],
  },
  {
    text: 'my memory stick says blocked by administrator, need the photos off it for the tenants newsletter',
    company: cairnhill,
    expected: ['o-usb-devices'],
  },
  {
    text: 'jabra headset stopped working when plugged into the dock, works in the laptop itself',
    company: null,
    expected: ['o-usb-devices'],
  },
  {
    text: 'everything looks fuzzy on the big screen but fine on the laptop',
    company: null,
    expected: ['o-display-scaling'],
  },
  {
    text: 'second monitor says no signal since friday. cable looks ok',
    company: null,
    expected: ['o-display-scaling'],
  },
  {
    text: 'when I undock my windows go tiny and then massive when I plug back in, driving me mad',
    company: null,
    expected: ['o-display-scaling'],
  },
  {
    text: "getting a red bar on my C and excel won't save, says not enough space",
    company: null,
    expected: ['o-disk-full'],
  },
  {
    text: 'RMM alert: disk C: below 10% on KB-LT-014',
    company: keogh,
    expected: ['o-disk-full'],
  },
  {
    text: 'logged in and all my desktop icons are gone and the background is the default one, message said temporary something',
    company: null,
    expected: ['o-temp-profile'],
  },
  {
    text: 'files I saved yesterday are all gone and my desktop looks brand new. Nurse station PC, Nairn',
    company: glenmore,
    expected: ['o-temp-profile'],
  },
  {
    text: 'wifi in the boardroom keeps cutting out every 5 mins, fine in the open plan',
    company: cairnhill,
    expected: ['o-wifi'],
  },
  {
    text: 'connected to the wifi but it says no internet, secured. everyone else is grand',
    company: null,
    expected: ['o-wifi'],
  },
  {
    text: 'vpn stuck at 98%',
    company: null,
    expected: ['o-vpn-forticlient'],
  },
  {
    text: 'working from home today, the forti thing says credential or config wrong -7200',
    company: null,
    expected: ['o-vpn-forticlient'],
  },
  {
    text: "hotel wifi won't let me on the remote access, error -14. at a CPD course in Perth till thursday",
    company: glenmore,
    expected: ['o-vpn-forticlient'],
  },
  {
    text: 'WFH, the vpn says authentication failed and I never get the push on my phone',
    company: keogh,
    expected: ['o-keogh-vpn'],
  },
  {
    text: "connected to the vpn ok, little icon is green, but TaxDesk says can't find server",
    company: keogh,
    expected: ['o-keogh-vpn', 'o-internal-dns'],
  },
  {
    text: '\\\\fs01 says windows cannot access but if I use the numbers it works??',
    company: null,
    expected: ['o-internal-dns'],
  },
  {
    text: "since the new router went in, the intranet page won't load for anyone, server not found. internet itself is fine",
    company: lochan,
    expected: ['o-internal-dns'],
  },
  {
    text: 'NOTHING working in the office, no email no internet no phones',
    company: null,
    expected: ['o-internet-outage'],
  },
  {
    text: 'Paisley hub has no internet, all 6 of us. router has a red light',
    company: cairnhill,
    expected: ['o-internet-outage'],
  },
  {
    text: "Morning all, hope you're well. Whole site is offline again after last night's storm, nothing on the office PCs and the visitor centre can't get on either. We've a coach party of forty due at half ten and the shop needs to take cards. Gordon wants to know if the dish thing on the roof has kicked in or if someone needs to go up to the plant room. Cheers, Morag (office manager)",
    company: lochan,
    expected: ['o-lochan-internet', 'o-internet-outage'],
  },
  {
    text: 'internet crawling all day and video calls choppy, is the BT line down again?',
    company: lochan,
    expected: ['o-lochan-internet', 'o-internet-outage'],
  },
  {
    text: 'someone deleted the 2023 folder off the S drive, need it back asap',
    company: null,
    expected: ['o-fileserver-restore'],
  },
  {
    text: "Hi, I overwrote a Word doc on the shared drive last Tuesday, could you get me the version from Monday? It's under Housing\\Allocations. Thanks, Gillian",
    company: cairnhill,
    expected: ['o-fileserver-restore'],
  },
  {
    text: 'my P drive has gone from this pc',
    company: null,
    expected: ['o-mapped-drives'],
  },
  {
    text: "can't open the finance folder on the shared drive, access denied. moved from the shop to the office last week",
    company: lochan,
    expected: ['o-mapped-drives'],
  },
  {
    text: "got an email from revenue saying I'm due a refund, looks dodgy? havent clicked anything",
    company: null,
    expected: ['o-phishing-reported'],
  },
  {
    text: 'I clicked a docusign link and typed my password in and then it went to a blank page. Sorry!',
    company: null,
    expected: ['o-phishing-reported', 'o-account-compromise'],
  },
  {
    text: "Hi lads, bit of a weird one. Since about lunchtime three or four people from my contacts have rung me asking about an invoice I apparently sent them with a link to open. I definitely did not send anything like that and I can't see it in my mailbox either. One of them is our biggest customer so a bit embarrassing. Can someone look urgently? Thanks, Brendan, sales",
    company: null,
    expected: ['o-account-compromise'],
  },
  {
    text: "my emails are disappearing from the inbox as soon as they arrive and there's stuff in sent I never wrote",
    company: null,
    expected: ['o-account-compromise'],
  },
  {
    text: "pop up on screen saying my computer is infected call microsoft on this number, it's beeping, what do I do",
    company: null,
    expected: ['o-malware-alert'],
  },
  {
    text: 'S1 threat detected on GVG-RECEP-02 - high sev',
    company: glenmore,
    expected: ['o-malware-alert'],
  },
  {
    text: 'left my work laptop on the train to Edinburgh last night',
    company: null,
    expected: ['o-lost-device'],
  },
  {
    text: 'phone nicked on a night out, it has my work email and the approve app on it',
    company: cairnhill,
    expected: ['o-lost-device', 'o-mfa-new-phone'],
  },
  {
    text: 'new girl starting in the shop monday 3rd, Eilidh Grant, needs email and a laptop',
    company: lochan,
    expected: ['o-onboarding'],
  },
  {
    text: "Hi team, just a heads up that we have 3 new trainees starting on Monday the 9th in Dublin, forms attached with names and start dates. They'll need the tax software and whatever they need to work from home on Fridays. Could they get laptops from the spare ones if there are enough? Let me know if anything is missing. Many thanks, Aoife",
    company: keogh,
    expected: ['o-keogh-onboarding', 'o-onboarding'],
  },
  {
    text: 'new housing officer starting next week, needs everything incl ipad - Donna (repairs manager)',
    company: cairnhill,
    expected: ['o-cairnhill-onboarding', 'o-onboarding'],
  },
  {
    text: 'Peter finishes on Friday. His manager wants his emails kept and an out of office put on',
    company: glenmore,
    expected: ['o-offboarding'],
  },
  {
    text: 'Stephen in repairs has left, HR form is in, please close off his accounts and get the ipad back',
    company: cairnhill,
    expected: ['o-cairnhill-onboarding', 'o-offboarding'],
  },
  {
    text: "we're letting someone go at 2pm today. need their access cut at 1:55 without them knowing. call me",
    company: null,
    expected: ['o-offboarding'],
  },
  {
    text: "customers can't hear me on the phone but I can hear them fine",
    company: null,
    expected: ['o-3cx-phones'],
  },
  {
    text: "app on my mobile doesn't ring when office calls come in, only get the missed call later",
    company: keogh,
    expected: ['o-3cx-phones'],
  },
  {
    text: "Out of hours calls still going to Dr Ross, the rota changed today. Can't see why",
    company: glenmore,
    expected: ['o-glenmore-phones'],
  },
  {
    text: 'reception phone in Nairn says unregistered on the screen',
    company: glenmore,
    expected: ['o-glenmore-phones'],
  },
  {
    text: "sage says can't connect to data service",
    company: null,
    expected: ['o-sage50'],
  },
  {
    text: "sage says I'm already logged in, I'm not, it crashed earlier",
    company: null,
    expected: ['o-sage50'],
  },
  {
    text: "won't let me into the Murphy client file, says locked by another user, nobody else is in it",
    company: keogh,
    expected: ['o-keogh-taxdesk'],
  },
  {
    text: 'certificate error when filing a form 11 from the practice system',
    company: keogh,
    expected: ['o-keogh-taxdesk'],
  },
  {
    text: 'bloods from the machine not coming through onto the patient in consult 1',
    company: glenmore,
    expected: ['o-glenmore-vetsuite'],
  },
  {
    text: "xrays from this morning not showing on Bella's file (spaniel, op at 11)",
    company: glenmore,
    expected: ['o-glenmore-vetsuite'],
  },
  {
    text: 'drug labels coming out on every second sticker and half off the edge',
    company: glenmore,
    expected: ['o-glenmore-label-printers'],
  },
  {
    text: 'till in the cafe frozen, queue of tourists!!',
    company: lochan,
    expected: ['o-lochan-epos'],
  },
  {
    text: 'card machine in the shop says not connected to till',
    company: lochan,
    expected: ['o-lochan-epos'],
  },
  {
    text: 'warehouse scanners all saying server unreachable, cask moves piling up',
    company: lochan,
    expected: ['o-lochan-bondtrack'],
  },
  {
    text: 'bond system on my pc says licence server not found',
    company: lochan,
    expected: ['o-lochan-bondtrack'],
  },
  {
    text: "repairs I logged on the ipad yesterday still aren't showing in the office system",
    company: cairnhill,
    expected: ['o-cairnhill-tenancyhub'],
  },
  {
    text: "new officer can't get into the housing system, error AADSTS50105",
    company: cairnhill,
    expected: ['o-cairnhill-tenancyhub'],
  },
  {
    text: 'tapped my badge on the printer in Paisley and it says unknown card',
    company: cairnhill,
    expected: ['o-cairnhill-papercut'],
  },
  {
    text: 'sent stuff to print but nothing shows up when I tap at the copier on the 2nd floor',
    company: cairnhill,
    expected: ['o-cairnhill-papercut'],
  },
  // No article answers these.
  {
    text: 'Excel keeps crashing when I open the big stock spreadsheet with the macros',
    company: null,
    expected: null,
  },
  {
    text: 'not getting zoom notifications when people join my waiting room',
    company: null,
    expected: null,
  },
  {
    text: 'printer upstairs making a grinding noise and jamming on every page',
    company: null,
    expected: null,
  },
  {
    text: 'can we get a price for 4 more of the desk phones for the new bottling hall office',
    company: lochan,
    expected: null,
  },
  {
    text: 'laptop screen has a crack and lines down the left side after it fell off the desk',
    company: null,
    expected: null,
  },
  {
    text: 'the WatchGuard vpn keeps saying authentication failed',
    company: glenmore,
    expected: null,
  },
  {
    text: 'tapped my card on the copier to get my printing and it says unknown card',
    company: lochan,
    expected: null,
  },
  {
    text: 'could you set up a new sharepoint site for the fundraising team with its own document library please',
    company: null,
    expected: null,
  },
  {
    text: 'Sage payroll year end - P60s showing the wrong figures for two staff',
    company: null,
    expected: null,
  },
  {
    text: 'my broadband at home is really slow in the evenings, Virgin router. can you look?',
    company: null,
    expected: null,
  },
  {
    text: "lost my door fob for the Glasgow office, can't get in the side door",
    company: cairnhill,
    expected: null,
  },
  {
    text: 'my personal onedrive is full, can the company pay for more storage?',
    company: null,
    expected: null,
  },
  {
    text: "few keys on my keyboard sticking and the space bar doesn't work half the time",
    company: null,
    expected: null,
  },
  {
    text: 'we need a Teams Premium licence for the tenants webinar in March, 300 people. Cost?',
    company: cairnhill,
    expected: null,
  },
  {
    text: 'who do I talk to about the invoice you sent us last month',
    company: glenmore,
    expected: null,
  },
  {
    text: 'fyi fire alarm test thursday 10am, no need to panic',
    company: null,
    expected: null,
  },
];
