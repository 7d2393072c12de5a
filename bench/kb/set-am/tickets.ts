/**
 * Set AM tickets: labelled tickets for the Harbourlight Managed IT knowledge base in ./articles.ts,
 * written as clients and L1 techs write them. `expected` lists the articles that answer the ticket
 * (best first), or null when nothing in the set answers it.
 */
import type { LabelledTicket } from '../tickets.ts';
import { SET_AM_CLIENTS } from './articles.ts';

const V = SET_AM_CLIENTS.vet;
const S = SET_AM_CLIENTS.seafood;
const C = SET_AM_CLIENTS.cpa;

export const SET_AM_TICKETS: readonly LabelledTicket[] = [
  {
    text: 'cornerstone wont open on front desk 2, says it cant find the database server. the other front pc is fine',
    company: V,
    expected: ['am-vet-cornerstone-database'],
  },
  {
    text: 'hi, my 2 big screens are black this morning, laptop screen works. plugged into the dock thing like always',
    company: C,
    expected: ['am-dock-external-monitors'],
  },
  {
    text: 'case labels on line 2 coming out blank every other one, we changed the roll at 10',
    company: S,
    expected: ['am-sea-zebra-case-labels'],
  },
  {
    text: 'FW: [Acronis Cyber Protect] Backup failed - BBVH-SRV01 - plan "Nightly server" - Failed to create volume snapshot 0x8004230f',
    company: null,
    expected: ['am-acronis-backup-failed'],
  },
  {
    text: 'outlook search is broken, cant find an email i got this morning even typing the exact subject. little msg says results may be incomplete because items are still being indexed',
    company: C,
    expected: null,
  },
  {
    text: 'got a new phone on the weekend, the microsoft app thing has nothing in it now and i cant log in at work',
    company: V,
    expected: ['am-mfa-new-phone'],
  },
  {
    text: 'when i send from orders@ i get a bounce back saying i cant send on behalf of this user?? worked last week',
    company: S,
    expected: ['am-shared-mailbox-access'],
  },
  {
    text: 'TaxCycle opened in demo mode this morning?? watermark on every return',
    company: C,
    expected: ['am-cpa-taxcycle'],
  },
  {
    text: 'how do we send a fax now? the specialist referral place only takes fax and the old machine went out with the old phones',
    company: V,
    expected: null,
  },
  {
    text: 'S1 alert MC-LT-014: Malicious / Not mitigated. powershell.exe spawned by WINWORD.EXE, encoded command, outbound to unknown IP. storyline attached',
    company: null,
    expected: ['am-sentinelone-threat-alert'],
  },
  {
    text: 'plant has no email or teams since 6am. innova is still going fine. bell again?',
    company: S,
    expected: ['am-sea-plant-internet-failover'],
  },
  {
    text: 'bloodwork from the chemistry machine didnt go into bellas chart, had to type it all in by hand',
    company: V,
    expected: ['am-vet-vetlab-results'],
  },
  {
    text: 'we recorded our teams call with the buyer in korea yesterday (i hit the record button, everyone got the banner). today i cant find the recording anywhere, not in the chat, not in my onedrive that i can see. boss wants to hear the part about pricing again',
    company: S,
    expected: null,
  },
  {
    text: 'client never got the docusign for her T183, sent it tuesday. she checked spam',
    company: C,
    expected: ['am-cpa-docusign'],
  },
  {
    text: 'debit machine at the front says host unavailable. tried 2x, client waiting with her dog',
    company: V,
    expected: ['am-vet-moneris-terminals'],
  },
  {
    text: 'time clock at the plant door isnt taking fingers this morning, line of guys waiting to punch in',
    company: S,
    expected: ['am-sea-uattend-time-clocks'],
  },
  {
    text: 'I think I got phished. Clicked a "new voicemail" email and put my password in before I realized. Sorry!!',
    company: C,
    expected: ['am-phishing-clicked-link'],
  },
  {
    text: 'printer says offline on my computer but everyone else can print to it',
    company: V,
    expected: ['am-printer-offline-queue'],
  },
  {
    text: 'fwd from alerts@: "Risky sign-in detected. User: kmacneil@fundytide.ca Location: Lagos, NG Risk level: High" - she is in the office today',
    company: null,
    expected: ['am-risky-signin-alert'],
  },
  {
    text: 'caller (truro) says none of them can get into files on the halifax server this morning, internet is fine',
    company: C,
    expected: ['am-cpa-truro-office'],
  },
  {
    text: 'freezer scanner gun wont get on wifi. restarted it twice',
    company: S,
    expected: ['am-sea-handheld-scanners'],
  },
  {
    text: 'ppl are saying the logo in my email signature shows up as a little box with an x in it, can u fix',
    company: V,
    expected: null,
  },
  {
    text: 'caseware says the Jansen Holdings file is in use by Amy but shes on vacation til the 20th',
    company: C,
    expected: ['am-cpa-caseware-file-locked'],
  },
  {
    text: 'excel - red bar at top says unlicensed product, cant edit anything',
    company: S,
    expected: ['am-office-activation-licence'],
  },
  {
    text: 'xrays arent showing up in the viewer, tech took them half an hour ago',
    company: V,
    expected: ['am-vet-digital-xray'],
  },
  {
    text: 'need internet access for the 2 auditors from the bank coming thurs and fri, what do i give them',
    company: C,
    expected: ['am-wifi-unifi'],
  },
  {
    text: 'at a hotel in moncton, the watchguard thing just says could not connect. tried 3 times',
    company: S,
    expected: ['am-vpn-watchguard-ssl'],
  },
  {
    text: 'internal: QBR w/ Fundy Tide moved to thurs 10am, need someone to pull licence counts and prep the deck',
    company: null,
    expected: null,
  },
  {
    text: 'Dr. Hartlen is on call this wknd not Dr. Ross, please change the phones. Ross is in Cuba',
    company: V,
    expected: ['am-vet-after-hours-on-call'],
  },
  {
    text: 'my P and S drives have red xs and wont open',
    company: C,
    expected: ['am-mapped-drives'],
  },
  {
    text: 'one of our suppliers emailed saying their bank changed and to send the next payment to a new account. looks like their normal emails but idk',
    company: S,
    expected: ['am-payment-fraud-verification'],
  },
  {
    text: 'teams keeps showing me as away even when im actively typing in it, partner asked why im always away lol',
    company: C,
    expected: null,
  },
  {
    text: 'teams just a white screen and spinny circle since the update this am',
    company: V,
    expected: ['am-teams-wont-load'],
  },
  {
    text: 'URGENT innova screen at grading says offline, weights not saving. line stopped',
    company: S,
    expected: ['am-sea-innova-production'],
  },
  {
    text: 'scanner on my desk does nothing when I press the button, the software says not connected',
    company: C,
    expected: ['am-cpa-scansnap-scanners'],
  },
  {
    text: 'new vet tech starting the 15th - Jordan Comeau. needs email, cornerstone and a phone',
    company: V,
    expected: ['am-onboarding-new-user'],
  },
  {
    text: 'docusign says we have hit our envelope limit, cant send the boston contract. can you add more?',
    company: S,
    expected: null,
  },
  {
    text: 'NinjaOne: Site "BBVH - Bedford" 14 devices offline since 07:42',
    company: null,
    expected: ['am-site-internet-outage'],
  },
  {
    text: 'sent an email to a client and it came back, 550 5.1.10 something. address is right i copied it from his signature',
    company: C,
    expected: ['am-email-bounce-ndr'],
  },
  {
    text: 'labels for meds printing blank on the little printer in pharmacy',
    company: V,
    expected: ['am-vet-rx-label-printer'],
  },
  {
    text: 'cant get into my cfia to do certs for tomorrows truck, says account locked',
    company: S,
    expected: ['am-sea-cfia-export-certificates'],
  },
  {
    text: 'onedrive cloud has a red x and a bunch of my files have red circles on them',
    company: C,
    expected: ['am-onedrive-sync-problems'],
  },
  {
    text: 'blue screen asking for a recovery key after the laptop updated last night. cant get in at all',
    company: S,
    expected: ['am-bitlocker-recovery'],
  },
  {
    text: 'the little dymo label maker we use for file folder tabs only spits out blank stickers now',
    company: C,
    expected: null,
  },
  {
    text: 'dartmouth clinic here. cornerstone has been super slow all morning and kicked us out twice, we lost a half written SOAP on a cat. bedford says theirs is totally fine. phones work, internet on the front pc seems ok too. we have a full book this afternoon, please call asap 902-555-0193',
    company: V,
    expected: ['am-vet-dartmouth-clinic'],
  },
  {
    text: 'sage wont let me in from the plant, the remote thing says your credentials did not work. i changed my pw last week',
    company: S,
    expected: ['am-sea-sage300-remote-desktop'],
  },
  {
    text: 'setting up reimaged lat 5440 for new hire at fundy, OOBE throws 80180014',
    company: null,
    expected: ['am-autopilot-enrolment'],
  },
  {
    text: 'punch clock by the staff room isnt sending punches thru, payroll is short hours for 3 people this period',
    company: V,
    expected: null,
  },
  {
    text: "Hi all, lobster season opens the last monday of Nov. We have 35 seasonal workers starting at the plant and they all need logins so they can see their pay stubs and the schedule on the lunchroom computers. Darlene's spreadsheet attached with names and employee numbers. Some of them dont have cell phones. Thanks, Gord",
    company: S,
    expected: ['am-sea-seasonal-plant-staff'],
  },
  {
    text: 'trying to get into represent a client and it just loops back to the sign in page over and over',
    company: C,
    expected: ['am-cpa-cra-represent-a-client'],
  },
  {
    text: 'forgot my keeper master password',
    company: V,
    expected: ['am-keeper-password-manager'],
  },
  {
    text: 'vpn says connected but the s drive isnt there and i cant open any of the shared folders',
    company: S,
    expected: ['am-mapped-drives', 'am-vpn-watchguard-ssl'],
  },
  {
    text: 'fingerprint login on my laptop stopped working after last weeks update, have to type my pin every time',
    company: C,
    expected: null,
  },
  {
    text: 'Defender alert: Suspicious inbox forwarding rule. User dlandry@bbvh.ca, rule "..", forwards to an outside gmail address. created 02:14',
    company: null,
    expected: ['am-risky-signin-alert', 'am-phishing-clicked-link'],
  },
  {
    text: 'computer is sooo slow, takes forever to start and the fan is loud',
    company: V,
    expected: ['am-slow-computer'],
  },
  {
    text: 'text from dr mackay asking me to grab gift cards for the staff and send her the codes, she is in surgery. is this real',
    company: V,
    expected: ['am-payment-fraud-verification'],
  },
  {
    text: 'client says the link to our portal says expired, she never got the first invite email',
    company: C,
    expected: ['am-cpa-smartvault-portal'],
  },
  {
    text: 'keeper isnt filling in my password on the bank website anymore, have to copy paste it every time',
    company: S,
    expected: null,
  },
  {
    text: 'exam 3 pc wont let me log in with my own login, says the sign in method isnt allowed',
    company: V,
    expected: ['am-vet-exam-room-shared-pcs'],
  },
  {
    text: 'trying to install zoom for a client meeting in 10 min and its asking for an admin password',
    company: C,
    expected: ['am-software-install-request'],
  },
  {
    text: 'copier wont send scans to email anymore, gives #801',
    company: S,
    expected: ['am-canon-scan-to-email'],
  },
  {
    text: 'lab results not going from the idexx machines into the chart AND the requests dont show up on the lab computer either',
    company: V,
    expected: ['am-vet-vetlab-results'],
  },
  {
    text: "Tom's last day is Friday. Please shut off his stuff after and have his email come to me",
    company: C,
    expected: ['am-offboarding-user'],
  },
  {
    text: 'customer in boston says the barcodes on our cases wont scan at their dock. sent pics, print looks faded with white lines',
    company: S,
    expected: ['am-sea-zebra-case-labels'],
  },
  {
    text: 'need a recording of a phone call from tuesday around 2pm, client is disputing what the tech told her about the estimate',
    company: V,
    expected: null,
  },
  {
    text: 'desk phone says no service',
    company: C,
    expected: ['am-yealink-desk-phone'],
  },
  {
    text: 'the tap machine at portland st keeps saying comm error. wifi?',
    company: V,
    expected: ['am-vet-moneris-terminals'],
  },
  {
    text: 'EFILE keeps failing for the T1s tonight, says connection refused',
    company: C,
    expected: ['am-cpa-taxcycle'],
  },
  {
    text: 'boardroom got double booked again for thursday, two partners both have it confirmed. doesnt outlook stop that??',
    company: C,
    expected: null,
  },
  {
    text: 'every email i send today bounces back, says access denied bad outbound sender?? i didnt do anything',
    company: V,
    expected: ['am-email-bounce-ndr', 'am-phishing-clicked-link'],
  },
  {
    text: 'accidentally deleted the Client letters 2023 folder on sharepoint, is it gone??',
    company: C,
    expected: ['am-restore-files-m365'],
  },
  {
    text: 'deleted a bunch of emails and emptied the trash, need one from march about a payment plan',
    company: V,
    expected: ['am-restore-deleted-email'],
  },
  {
    text: 'my little fujitsu scanner on the desk, the blue button does nothing. light is on',
    company: S,
    expected: null,
  },
  {
    text: 'I got married! can my email change to my new last name? Sarah Pike -> Sarah Doucet',
    company: C,
    expected: ['am-name-change'],
  },
  {
    text: 'user at plant getting AADSTS53000 signing into teams on a lunchroom pc',
    company: null,
    expected: ['am-conditional-access-blocked', 'am-intune-noncompliant'],
  },
  {
    text: 'going to seafood expo in barcelona apr 20-28 with 3 laptops, anything we need to do before so we can get email there',
    company: S,
    expected: ['am-conditional-access-blocked'],
  },
  {
    text: 'client sent over their excel workbook for the year end (the one with the buttons that build the lead sheets). it opens but theres a red bar saying microsoft has blocked macros from running because the source of this file is untrusted. we need to run their template before friday, can you unblock it for me',
    company: C,
    expected: null,
  },
  {
    text: 'cant print the medication labels, says printer not found, it was fine yesterday. we moved the usb plug to the other side',
    company: V,
    expected: ['am-vet-rx-label-printer'],
  },
  {
    text: 'Sage 300 says company is in use by another user but nobody is in it. Karens session froze yesterday',
    company: S,
    expected: ['am-sea-sage300-remote-desktop'],
  },
  {
    text: 'caller says outlook bottom bar says disconnected since this morning, webmail works fine on her phone',
    company: C,
    expected: ['am-outlook-disconnected-profile'],
  },
  {
    text: 'the phone app on my cell doesnt ring when someone calls my ext, goes right to vm',
    company: V,
    expected: ['am-3cx-mobile-app'],
  },
  {
    text: 'thanks that fixed it, you can close this one',
    company: S,
    expected: null,
  },
  {
    text: 'expecting a document from a client by email, she says she sent it twice. not in junk. we do get those quarantine emails sometimes',
    company: C,
    expected: ['am-quarantine-missing-email'],
  },
  {
    text: 'x-ray machine says association rejected when it tries to send. the vendor guy was in yesterday doing an update',
    company: V,
    expected: ['am-vet-digital-xray'],
  },
  {
    text: 'need to get emails back from a guy who left 2 years ago, our lawyer is asking for anything about the Yarmouth contract',
    company: S,
    expected: ['am-restore-deleted-email'],
  },
  {
    text: 'nobody can hear me on teams calls. my jabra works fine for youtube tho',
    company: C,
    expected: ['am-teams-audio-devices'],
  },
  {
    text: 'were taking over the unit next door in the fall for more exam rooms, can someone come see what we would need',
    company: V,
    expected: null,
  },
  {
    text: 'punches from sat shift not showing in uattend, payroll is due tuesday',
    company: S,
    expected: ['am-sea-uattend-time-clocks'],
  },
  {
    text: 'client cant upload her T4s to the portal, keeps saying upload failed',
    company: C,
    expected: ['am-cpa-smartvault-portal'],
  },
  {
    text: 'cornerstone got flagged by sentinel one after the idexx update last night, it quarantined the exe and now it wont launch on 3 pcs',
    company: V,
    expected: ['am-sentinelone-threat-alert'],
  },
  {
    text: 'Outlook keeps telling me my mailbox is almost full. I do NOT want to delete anything, need all my client emails going back years',
    company: C,
    expected: ['am-mailbox-quota-archive'],
  },
  {
    text: 'can we get a sharepoint site made for the management team w its own documents, separate from the staff one',
    company: V,
    expected: null,
  },
  {
    text: 'trying to share a folder with our customs broker and it says our organizations policies dont allow sharing with them',
    company: S,
    expected: ['am-sharepoint-access-sharing'],
  },
  {
    text: 'NinjaOne patch report: 3 FTS devices failing the cumulative update with 0x800f0922 for 2 weeks now',
    company: null,
    expected: ['am-windows-update-failures'],
  },
  {
    text: 'cpa ns course site wont load at the office, get some red page saying denied category. works on my phone',
    company: C,
    expected: ['am-webblocker-unblock'],
  },
  {
    text: 'copier out of black toner, who orders that',
    company: S,
    expected: ['am-copier-service-toner'],
  },
  {
    text: 'can you resend the invoice for may? our AP person cant find it',
    company: C,
    expected: null,
  },
  {
    text: 'laptop battery is bulging, trackpad is pushing up',
    company: V,
    expected: ['am-laptop-repair-warranty'],
  },
  {
    text: 'trying to get work email on my new android and it keeps telling me to install company portal?? i dont want work controlling my phone',
    company: S,
    expected: ['am-mobile-work-email'],
  },
  {
    text: 'scans off my scansnap arent searchable anymore and they save to my desktop instead of the client folder',
    company: C,
    expected: ['am-cpa-scansnap-scanners'],
  },
  {
    text: 'were closing at noon christmas eve, can the phone say that when people call',
    company: V,
    expected: ['am-3cx-office-hours-greeting'],
  },
  {
    text: 'innova on the plant office pc wont open, licence error something',
    company: S,
    expected: ['am-sea-innova-production'],
  },
  {
    text: 'caseware crashed on me and now the file opens read only for everyone',
    company: C,
    expected: ['am-cpa-caseware-file-locked'],
  },
  {
    text: 'owner bought himself a macbook air, wants it set up like the other work computers w email and files',
    company: S,
    expected: null,
  },
  {
    text: 'printer at truro not printing, the brother one',
    company: C,
    expected: ['am-cpa-truro-office'],
  },
  {
    text: 'all of us just got booted out of cornerstone at the same time and it wont reopen, clients at the counter',
    company: V,
    expected: ['am-vet-cornerstone-database'],
  },
  {
    text: 'card machine at our front desk says host unavailable, client is trying to pay her bill',
    company: C,
    expected: null,
  },
  {
    text: 'Autopilot ESP stuck on identifying apps ~1hr then 0x800705b4. new dell for bbvh reception',
    company: null,
    expected: ['am-autopilot-enrolment'],
  },
  {
    text: 'are you guys doing any training on copilot for the partners? a few of them are curious',
    company: C,
    expected: null,
  },
  {
    text: 'print jobs stuck, nothing coming out of the big copier. ALSO outlook keeps asking for my password every 5 min',
    company: C,
    expected: ['am-printer-offline-queue', 'am-outlook-disconnected-profile'],
  },
  {
    text: 'clients are calling saying they got a weird email from me with a onedrive link. i never sent it',
    company: S,
    expected: ['am-phishing-clicked-link'],
  },
  {
    text: 'sarah can see dr kims calendar but gets "you do not have permission to create an entry" when she books',
    company: V,
    expected: ['am-calendar-delegate-access'],
  },
  {
    text: 'export cert printed on plain paper not the special paper, wasted 2 sheets already',
    company: S,
    expected: ['am-sea-cfia-export-certificates'],
  },
  {
    text: 'new phone and CRA wont send me the passcode anymore so i cant get into rep a client',
    company: C,
    expected: ['am-cpa-cra-represent-a-client'],
  },
  {
    text: 'season wraps friday, pls turn off the seasonal plant accounts. list from darlene attached',
    company: S,
    expected: ['am-sea-seasonal-plant-staff'],
  },
  {
    text: 'changed my password on the website but my laptop still only takes the old one',
    company: C,
    expected: ['am-password-locked-reset'],
  },
  {
    text: 'portland st cant get into anything on the server, internet is ok',
    company: V,
    expected: ['am-vet-dartmouth-clinic'],
  },
  {
    text: 'caller lost her phone on the ferry, cant approve sign ins. verified w office mgr Lisa. pls reset',
    company: S,
    expected: ['am-mfa-new-phone'],
  },
  {
    text: 'company portal says my computer is not compliant and now i cant open sharepoint files',
    company: C,
    expected: ['am-intune-noncompliant', 'am-conditional-access-blocked'],
  },
  {
    text: 'treatment room pc locked and asking for a password on the shared login, nobody knows it',
    company: V,
    expected: ['am-vet-exam-room-shared-pcs'],
  },
  {
    text: 'external auditor keeps getting a code emailed and then an error that her account doesnt exist in our directory, cant get to the folder we shared',
    company: C,
    expected: ['am-sharepoint-access-sharing'],
  },
  {
    text: 'caller: Jen at BBVH reception. says the after hours calls went to voicemail last night, on call doc (Dr. Hartlen) never got any of them, one client ended up driving to the emergency clinic. she wants it checked before tonight',
    company: V,
    expected: ['am-vet-after-hours-on-call'],
  },
  {
    text: 'zebra gun got reset by accident and now its asking to set up a google account',
    company: S,
    expected: ['am-sea-handheld-scanners'],
  },
  {
    text: 'engagement letter on docusign, client says the text code keeps failing',
    company: C,
    expected: ['am-cpa-docusign'],
  },
  {
    text: 'S drive gone from my computer since i logged in this morning. also the canon at reception says #752 when i scan to email',
    company: S,
    expected: ['am-mapped-drives', 'am-canon-scan-to-email'],
  },
];
