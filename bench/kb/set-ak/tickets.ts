/**
 * Set AK: a blind labelled KB set, written without reading the search code or any other set.
 *
 * Tickets for Colne Valley IT Ltd, a 15-person MSP in Huddersfield that keeps its runbooks in IT
 * Glue and its queue in HaloPSA. They come from staff at its four runbook clients - Holroyd & Firth
 * Estate Agents Ltd (three branches on Reapit), Moorside Care Group Ltd (two care homes on Person
 * Centred Software, Atlas eMAR and NHSmail), Brierley Precision Engineering Ltd (an Elland machine
 * shop on Sage 200, SolidWorks and a DNC PC) and Spen Valley Learning Trust (three primary
 * academies on Arbor, Promethean panels and Jamf School iPads) - plus alerts and notes logged by the
 * MSP's own techs (company null). They are written the way the queue receives them: terse phone
 * notes, misspelt one-liners, long emails with signatures and disclaimers, forwarded alerts, several
 * problems in one message, and the usual share of things no runbook covers.
 */
import type { LabelledTicket } from '../tickets.ts';
import { SET_AK_CLIENTS } from './articles.ts';

const { holroyd, moorside, brierley, spenValley } = SET_AK_CLIENTS;

export const SET_AK_TICKETS: readonly LabelledTicket[] = [
  // ---------------------------------------------------------------- Outlook / Exchange
  {
    text: 'outlook keeps saying disconnected at the bottom and asking for my password over and over, ive typed it in about 10 times now. webmail works fine on my phone',
    company: holroyd,
    expected: ['ak-outlook-disconnected'],
  },
  {
    text: `Hi,

When I open Outlook this morning I get "Cannot start Microsoft Outlook. Cannot open the set of folders." and it just closes. I need to get the supplier payment run out today so this is quite urgent.

Thanks
Sandra Pickles
Purchase Ledger | Brierley Precision Engineering Ltd
Unit 4, Lowfields Business Park, Elland HX5 9DA
This email and any attachments are confidential and intended solely for the addressee. If you have received this email in error please notify the sender and delete it. Brierley Precision Engineering Ltd is registered in England & Wales No. 04417731.`,
    company: brierley,
    expected: ['ak-outlook-disconnected'],
  },
  {
    text: 'search in outlook is not finding anything older than about a fortnight, it says something about items still being indexed. I know the email from the CQC inspector is in there somewhere because I can see it on the web version',
    company: moorside,
    expected: ['ak-outlook-search'],
  },
  {
    text: "got my new work phone set up but the outlook app made me make a pin and now when i try to save a photo from an email it says your organization's data cant be saved here?? I need the photos of the kitchen for the listing",
    company: holroyd,
    expected: ['ak-outlook-mobile'],
  },
  {
    text: 'emails stopped coming through on my iphone since sunday, computer is fine. Im using the normal mail app not outlook if that matters',
    company: moorside,
    expected: ['ak-outlook-mobile'],
  },
  {
    text: 'Expecting a quote from Sandvik for tooling, they say they have sent it twice. Not in my inbox or junk. I did get an email from Microsoft saying something about messages in quarantine, is that where it is?',
    company: brierley,
    expected: ['ak-exo-quarantine'],
  },
  {
    text: 'can u release an email from HMRC its in the quarentine thing but when i click release it only lets me request release and nothing happens. we need it for the payroll',
    company: spenValley,
    expected: ['ak-exo-quarantine'],
  },
  {
    text: `Keep getting this back when I email Gemma at the Brighouse office:

Undeliverable: Viewing feedback 23 Rastrick Common
Your message to gemma.lister@holroydfirth.co.uk couldn't be delivered. gemma.lister wasn't found at holroydfirth.co.uk.
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

She's definitely still here, she's sat next to Paul!`,
    company: holroyd,
    expected: ['ak-exo-ndr'],
  },
  {
    text: 'Hi I set my work emails to forward to my personal gmail while im on maternity leave so i can keep an eye on things but people are telling me they get a bounce back, something about 5.7.520 access denied. Can you fix it so it forwards? Thanks Lauren (Year 2)',
    company: spenValley,
    expected: ['ak-exo-ndr'],
  },
  {
    text: 'Ive been given access to the accounts@ mailbox (Karen said she asked you last week) but its not showing in my outlook anywhere',
    company: brierley,
    expected: ['ak-shared-mailbox'],
  },
  {
    text: 'when I send from lettings@ the email goes in my own sent items not the lettings one so the others cant see what ive replied to tenants. also sometimes it says I dont have permission to send on behalf of the specified user',
    company: holroyd,
    expected: ['ak-shared-mailbox'],
  },
  {
    text: 'Can our new receptionist Amy see and put appointments in both the directors diaries (Richard Holroyd and Mark Firth)? She gets "you do not have permission to create an entry in this folder" when she tries to book a valuation in Mark\'s calendar',
    company: holroyd,
    expected: ['ak-calendar-permissions'],
  },
  // ---------------------------------------------------------------- Teams / OneDrive / SharePoint / licensing
  {
    text: "teams just shows a white screen then \"we're sorry we've run into an issue\". restarted twice. can't join the safeguarding meeting at 2",
    company: moorside,
    expected: ['ak-teams'],
  },
  {
    text: 'BPE - J Hirst, Teams desktop sign-in error CAA20002 after password change. Web Teams OK. Not yet cleared cache, passing to L2 queue',
    company: null,
    expected: ['ak-teams'],
  },
  {
    text: 'red crosses on all my files in onedrive and a message saying upload blocked. is my work being saved??',
    company: spenValley,
    expected: ['ak-onedrive-sync'],
  },
  {
    text: `Morning,
OneDrive has said "Processing 1,248 changes" since Thursday and my desktop files don't seem to be on the other laptop. Also one file says the file path is too long - it's in Quality > Customer Returns > 2024 > ... I didn't make the folders that deep, it was like that when I got here!
Cheers, Steve (QC)`,
    company: brierley,
    expected: ['ak-onedrive-sync'],
  },
  {
    text: "our auditors (Armitage & Co) can't open the sharepoint link I sent them for the year end stuff. one says link expired and the other gets a code AADSTS50020 user account does not exist in tenant. they need it by friday",
    company: holroyd,
    expected: ['ak-sharepoint-permissions'],
  },
  {
    text: 'New cook at Hollins House has email set up but when she goes to install office on the kitchen office pc it says there are no office apps available to install. also teams tells her shes missing out ask your admin to enable teams',
    company: moorside,
    expected: ['ak-m365-licensing'],
  },
  // ---------------------------------------------------------------- Identity
  {
    text: 'got a new phone over the weekend and the authenticator app is empty on it. cant get into anything now. old phone traded in',
    company: holroyd,
    expected: ['ak-mfa-reset'],
  },
  {
    text: 'L1 note: Mr Akhtar (Y6 teacher, Spenborough) phone stolen on Saturday. Needs MFA reset to get back into email/Arbor. Verified by callback to school office + head confirmed. Number on file is old, new no. 07700 900312',
    company: spenValley,
    expected: ['ak-mfa-reset'],
  },
  {
    text: 'my password expired so I changed it on the webmail and now my laptop wont accept the new one OR the old one at the login screen. working from home today',
    company: brierley,
    expected: ['ak-sspr'],
  },
  {
    text: 'Hi I\'m in Spain for my sister\'s wedding and need to check one email from a buyer urgently, on my phone it says "you cannot access this right now" and Access has been blocked by conditional access. Can you let me in just for today? Thanks Jo (Holmfirth)',
    company: holroyd,
    expected: ['ak-conditional-access'],
  },
  {
    text: 'trying to use outlook on my own laptop at home to do reports, get AADSTS53000 device is not in required device state: compliant. it worked in the browser though',
    company: spenValley,
    expected: ['ak-conditional-access', 'ak-intune-compliance'],
  },
  // ---------------------------------------------------------------- Intune / Autopilot
  {
    text: 'New Lenovo T14 for BPE (Sam in design) stuck on Securing your hardware (Failed: 0x800705b4) at the ESP, tried twice. Hash is in Autopilot with tag BPE',
    company: null,
    expected: ['ak-autopilot'],
  },
  {
    text: 'company portal says my laptop isnt compliant and now teams and outlook wont open, just says set up your device to get access. Nothing has changed on it',
    company: moorside,
    expected: ['ak-intune-compliance', 'ak-conditional-access'],
  },
  {
    text: 'tried to install Adobe Reader from the company portal app and it failed with 0x87D1041C. need to open drawings from a customer',
    company: brierley,
    expected: ['ak-intune-compliance'],
  },
  // ---------------------------------------------------------------- Windows 11
  {
    text: 'laptop says "we couldn\'t complete the updates undoing changes" every time I turn it on, it takes about 20 minutes before I can use it. 3rd day now',
    company: holroyd,
    expected: ['ak-windows-update'],
  },
  {
    text: 'NinjaOne patch report: KB5048667 failing with 0x800f0922 on SVLT-LT-031, SVLT-LT-044, SVLT-LT-052. Third cycle. All teacher laptops that go home',
    company: null,
    expected: ['ak-windows-update'],
  },
  {
    text: "logged in this morning and all my desktop has gone and its a blank background. a message said you've been signed in with a temporary profile. all my lesson plans were on the desktop!!!! please help",
    company: spenValley,
    expected: ['ak-windows-profile'],
  },
  {
    text: `FW: NinjaOne Alert - HF-LT-07

Condition triggered: Disk C: free space below 10%
Device: HF-LT-07 (Holroyd & Firth - Huddersfield)
Current value: 6.2 GB free of 237 GB
Triggered: 07:42`,
    company: null,
    expected: ['ak-disk-space'],
  },
  {
    text: 'my pc is soooo slow, takes 15 mins to start up in the morning and then excel freezes (not responding) every time I open the rota. its the one in the managers office at moorside lodge',
    company: moorside,
    expected: ['ak-slow-pc'],
  },
  {
    text: 'blue screen asking for a bitlocker recovery key after the update last night, what do I do?? I have viewings from 10',
    company: holroyd,
    expected: ['ak-bitlocker-recovery'],
  },
  {
    text: "L1: Greenside - Mr Clegg's laptop asking for a 48 digit code to start, he plugged it into the new panel dock thing first. Called back on school number, verified",
    company: spenValley,
    expected: ['ak-bitlocker-recovery'],
  },
  {
    text: 'touchpad stopped working after the updates yesterday, the mouse cursor doesnt move at all. usb mouse works',
    company: brierley,
    expected: ['ak-drivers'],
  },
  {
    text: 'the wifi option has disappeared off my laptop completely, it only shows flight mode in the corner. cant get online to do anything',
    company: moorside,
    expected: ['ak-drivers'],
  },
  {
    text: 'only one of my two screens is working on the docking station since I got back from holiday. the other one just says no signal. tried turning it off and on',
    company: holroyd,
    expected: ['ak-docks-monitors'],
  },
  {
    text: 'no one can hear me on teams calls, my headset works fine on my phone. parents evening calls tonight',
    company: spenValley,
    expected: ['ak-audio'],
  },
  // ---------------------------------------------------------------- Networking
  {
    text: `Hi guys,
At the MACH exhibition in Birmingham this week and the VPN won't connect from the hotel, the WatchGuard thing says "cannot connect to server". Need to get a drawing off the S drive for a customer meeting tomorrow morning. I'm on the hotel wifi, had to put my room number in to get on.
Regards
Phil Brierley
Sales Director`,
    company: brierley,
    expected: ['ak-watchguard-vpn'],
  },
  {
    text: 'wifi keeps dropping upstairs in the back office at the Huddersfield branch, every 10 mins or so. downstairs fine',
    company: holroyd,
    expected: ['ak-wifi'],
  },
  {
    text: 'the network point under my desk isnt working since we moved desks round, laptop says unidentified network. Tried 2 different cables',
    company: brierley,
    expected: ['ak-switch-port'],
  },
  {
    text: 'phone on reception has gone completely blank after the cleaners were in last night. no lights no nothing',
    company: holroyd,
    expected: ['ak-switch-port', 'ak-horizon-phones'],
  },
  {
    text: 'several pcs at Hollins House cant get on the internet this morning, one of the girls did ipconfig like you showed her and it says 169.254.something',
    company: moorside,
    expected: ['ak-dhcp-dns'],
  },
  {
    text: 'VPN users at BPE can reach \\\\10.20.1.15 but not \\\\BPE-FS01 by name since the Firebox firmware upgrade. DNS over the tunnel?',
    company: null,
    expected: ['ak-dhcp-dns', 'ak-watchguard-vpn'],
  },
  {
    text: 'NO INTERNET AT ALL IN THE OFFICE!!! phones are dead as well. machine shop cant print job cards. please ring me asap 07700 900845',
    company: brierley,
    expected: ['ak-internet-outage'],
  },
  {
    text: 'Internet down at Spenborough since 8am. The caretaker says the white box on the wall where the fibre comes in has a red light that says LOS. Nothing is working',
    company: spenValley,
    expected: ['ak-internet-outage'],
  },
  {
    text: 'trying to get onto a suppliers website (hydraulic fittings) and get a watchguard page saying request denied, category uncategorized denied by webblocker. Works on my phone',
    company: brierley,
    expected: ['ak-firewall-webblocker'],
  },
  // ---------------------------------------------------------------- Printing
  {
    text: 'Getting "Windows cannot connect to the printer. Operation failed with error 0x0000011b" trying to add the goods-in printer from the server',
    company: brierley,
    expected: ['ak-print-kyocera'],
  },
  {
    text: 'scan to email stopped working on the copier, it says send error 1102. It was fine on friday',
    company: moorside,
    expected: ['ak-scan-to-email'],
  },
  {
    text: 'copier in the staffroom is showing "call service C6000" and wont print anything. Year 4 need their sheets copied for tomorrow',
    company: spenValley,
    expected: ['ak-print-vendor'],
  },
  // ---------------------------------------------------------------- Security
  {
    text: 'got an email from "DocuSign" about a document to review, looks dodgy, I clicked it but didn\'t put anything in. Have I broken something?',
    company: moorside,
    expected: ['ak-phishing'],
  },
  {
    text: `Hi,
Several of us at Greenside have had an email this morning saying "Your Microsoft 365 password expires today - keep current password" with a button. I think it's fake? I haven't clicked it. Can you check everyone else hasn't?
Thanks
Mrs J. Booth
School Business Manager, Greenside Junior Academy
Part of Spen Valley Learning Trust`,
    company: spenValley,
    expected: ['ak-phishing'],
  },
  {
    text: `FW: SentinelOne - New threat detected

Site: Brierley Precision Engineering
Endpoint: BPE-WS-CAM02
Threat name: Unknown.exe (setup_nc_postproc_v3.exe)
Confidence level: Suspicious
Mitigation status: Not mitigated
Analyst verdict: Undefined`,
    company: null,
    expected: ['ak-sentinelone-alert'],
  },
  {
    text: 'a red box popped up saying SentinelOne has detected and blocked a threat, something from downloads. is my laptop ok? I was downloading the new hydraulic catalogue',
    company: brierley,
    expected: ['ak-sentinelone-alert'],
  },
  {
    text: `URGENT - my contacts are all getting emails from me with a PDF link to "view document" that I did NOT send!!! Two vendors and a solicitor have rung to ask. Also my inbox is full of undeliverable emails. Have I been hacked?

Paul Walsh MNAEA
Senior Sales Negotiator
Holroyd & Firth Estate Agents - Huddersfield | Holmfirth | Brighouse`,
    company: holroyd,
    expected: ['ak-compromised-account'],
  },
  {
    text: 'cant send any emails, they all bounce back saying 550 5.1.8 access denied bad outbound sender. the manager says someone at the council got a weird email from me yesterday',
    company: moorside,
    expected: ['ak-compromised-account'],
  },
  {
    text: `Morning,
We had an email from Calder Steel Stockholders saying they have changed banks and attaching a letter on headed paper with new account details for all future payments. It looks genuine and came from their accounts lady who we deal with all the time. We've got a £38k payment due to them Friday. Is it ok to update the details in Sage?
Karen Brierley
Finance Director`,
    company: brierley,
    expected: ['ak-invoice-fraud'],
  },
  {
    text: 'one of our tenants says she paid her £1,450 deposit and first months rent into the bank account on an email "from us" last week but it wasnt our account. the email was from holroyd-firth.co.uk not holroydfirth.co.uk. what do we do, is our email hacked?',
    company: holroyd,
    expected: ['ak-invoice-fraud', 'ak-compromised-account'],
  },
  // ---------------------------------------------------------------- Starters / leavers
  {
    text: 'New starter Monday 3rd - Jade Thompson, senior carer at Hollins House, days. Needs email and a login for the handsets please. Same as Becky Dyson',
    company: moorside,
    expected: ['ak-new-starter', 'ak-mcg-pcs-handsets'],
  },
  {
    text: 'We have a new TA starting in September at Spenborough (Mrs L Kaur), she will need a login, email and access to the Year 1 team. Thanks, Admin',
    company: spenValley,
    expected: ['ak-new-starter'],
  },
  {
    text: 'Karen Whitwam in accounts leaves on Friday, please can her emails go to Mark and lock her out of everything after 5pm. She has a laptop which she will hand in.',
    company: brierley,
    expected: ['ak-leaver'],
  },
  {
    text: 'Please disable all access for Ryan Lockwood (negotiator, Holmfirth) IMMEDIATELY - he has been dismissed this afternoon and has his work phone and laptop with him. Richard',
    company: holroyd,
    expected: ['ak-leaver'],
  },
  // ---------------------------------------------------------------- Backup / restore
  {
    text: 'I accidentally deleted a whole folder off the lettings teams files yesterday - "Lettings 2024 Renewals". Is there any way to get it back??? about 200 files',
    company: holroyd,
    expected: ['ak-restore-m365'],
  },
  {
    text: 'I deleted an email from a parent about 3 months ago and emptied the deleted items, now I need it for a complaint. is it possible to get it back',
    company: spenValley,
    expected: ['ak-restore-m365'],
  },
  {
    text: `FW: [Failed] Job BPE-Servers-Nightly (3 VMs) 1 failed, 0 warnings

BPE-SQL01   Failed   Error: VSSControl: Failed to prepare guest for hot backup. Error: VSS writer 'SqlServerWriter' is in failed state
BPE-APP01   Success
BPE-DC01    Success`,
    company: null,
    expected: ['ak-backup-failure'],
  },
  {
    text: 'Datto SaaS Protection weekly report for Moorside: 4 seats Unprotected, backup status Partial on Exchange. Looks like the new starters from last month',
    company: null,
    expected: ['ak-backup-failure'],
  },
  // ---------------------------------------------------------------- Telephony
  {
    text: 'we close 23rd Dec to 2nd Jan, can the phones go to the closed message over christmas and then back to normal? also I forgot my voicemail pin',
    company: holroyd,
    expected: ['ak-horizon-phones'],
  },
  {
    text: 'the horizon collaborate app on my laptop wont sign in, says unable to connect to server. Im using my normal email password',
    company: spenValley,
    expected: ['ak-horizon-phones'],
  },
  // ---------------------------------------------------------------- Remote access
  {
    text: 'remote desktop for sage from home says "we couldn\'t connect because there are currently no available resources try again later". tried 3 times over 20 mins',
    company: brierley,
    expected: ['ak-avd'],
  },
  {
    text: 'BPE AVD - user logs into a temp profile, event log shows FSLogix "profile is already in use". Old session from yesterday on host 2?',
    company: null,
    expected: ['ak-avd'],
  },
  // ---------------------------------------------------------------- Multi-issue
  {
    text: `Few things sorry:
1) my second screen keeps flickering and going black on the dock
2) outlook keeps asking for my password
3) can you unblock facebook marketplace for me, the webblocker page comes up - I use it to check valuations of furniture for inventories

Thanks, Emma (lettings, Huddersfield)`,
    company: holroyd,
    expected: ['ak-docks-monitors', 'ak-outlook-disconnected', 'ak-firewall-webblocker'],
  },
  {
    text: 'printer offline again and now the scanner wont send emails either (error 1101). we changed internet provider on tuesday if thats anything to do with it',
    company: moorside,
    expected: ['ak-scan-to-email', 'ak-print-kyocera'],
  },

  // ================================================================ Holroyd & Firth runbooks
  {
    text: 'reapit wont open, says application cannot be started contact the application vendor. Tried restarting',
    company: holroyd,
    expected: ['ak-hf-reapit'],
  },
  {
    text: '14 Albert Road is still showing on rightmove as available but its been sold stc in reapit since tuesday. vendor is not happy. zoopla is the same',
    company: holroyd,
    expected: ['ak-hf-portal-feeds'],
  },
  {
    text: 'Holmfirth window screen showing a windows login screen instead of the properties, looks awful from the street',
    company: holroyd,
    expected: ['ak-hf-window-displays'],
  },
  {
    text: 'window screens in Brighouse still showing houses we sold weeks ago, and the left one is just black since the power cut on saturday',
    company: holroyd,
    expected: ['ak-hf-window-displays'],
  },
  {
    text: 'my ipad keeps showing remote management holroyd & firth can automatically configure your ipad, and wont go past it. I reset it because it was running slow',
    company: holroyd,
    expected: ['ak-hf-valuer-ipads'],
  },
  {
    text: 'floorplan and photos from metropix not showing on the property in reapit from my ipad. did the valuation out at Meltham this morning, no signal there',
    company: holroyd,
    expected: ['ak-hf-valuer-ipads'],
  },

  // ================================================================ Moorside Care runbooks
  {
    text: 'handsets on the first floor at Moorside Lodge are not syncing the care notes, office pc shows nothing since 7am. the girls are worried theyll have to redo them',
    company: moorside,
    expected: ['ak-mcg-pcs-handsets'],
  },
  {
    text: 'emar ipad on trolley 2 says unable to sync check your connection. night staff cant see the antibiotics the pharmacy added today. nurse in charge is Sarah',
    company: moorside,
    expected: ['ak-mcg-emar'],
  },
  {
    text: 'cant get into the nhs.net email, it says password expired and then my account is locked. we are waiting on a hospital discharge letter',
    company: moorside,
    expected: ['ak-mcg-nhsmail'],
  },
  {
    text: 'how do I get the homes nhsmail into outlook on the office pc? when i add it it just adds my moorside email again',
    company: moorside,
    expected: ['ak-mcg-nhsmail'],
  },
  {
    text: 'aidcall program on the nurse station pc says no connection to controller / COM port not available. someone moved the pc to clean behind it',
    company: moorside,
    expected: ['ak-mcg-nurse-call'],
  },
  {
    text: 'a family member says the wifi voucher reception gave her isnt working, it says authorization failed',
    company: moorside,
    expected: ['ak-mcg-visitor-wifi'],
  },
  {
    text: 'Mrs Armitage in room 12 son bought her an alexa echo show so they can video call, it wont connect to the guest wifi. can you help',
    company: moorside,
    expected: ['ak-mcg-visitor-wifi'],
  },

  // ================================================================ Brierley runbooks
  {
    text: 'sage 200 says the version installed on this computer doesnt match the version on the server, please update. Dales did something to it last night',
    company: brierley,
    expected: ['ak-bpe-sage200'],
  },
  {
    text: 'clocking terminal in the machine shop (by the Haas) isnt reading the job cards. it beeps but nothing happens on the screen',
    company: brierley,
    expected: ['ak-bpe-shopfloor'],
  },
  {
    text: 'label printer in despatch printing every other label blank since we put the new roll in. also the barcodes look a bit faint',
    company: brierley,
    expected: ['ak-bpe-zebra'],
  },
  {
    text: 'bartender says could not obtain a license from the license server when we print box labels, goods in is backed up',
    company: brierley,
    expected: ['ak-bpe-zebra'],
  },
  {
    text: 'cant send programs to the mazak from the dnc pc, says port COM3 not available. second shift need it running by 2',
    company: brierley,
    expected: ['ak-bpe-cnc-dnc'],
  },
  {
    text: 'solidworks - Could not obtain a license for SOLIDWORKS Standard. Cannot connect to license server system (-15,10,10061). all 3 of us in design',
    company: brierley,
    expected: ['ak-bpe-solidworks'],
  },

  // ================================================================ Spen Valley Learning Trust runbooks
  {
    text: 'Arbor says we couldnt find an Arbor account for this email address when I log in with Microsoft. I got married in the summer and my email changed',
    company: spenValley,
    expected: ['ak-svlt-arbor'],
  },
  {
    text: 'registers wont save on arbor this morning, says unable to save you appear to be offline. Year 5 and 6 classrooms',
    company: spenValley,
    expected: ['ak-svlt-arbor', 'ak-wifi'],
  },
  {
    text: 'Year 3 board says no signal from my laptop. was fine yesterday',
    company: spenValley,
    expected: ['ak-svlt-panels'],
  },
  {
    text: 'the whiteboard shows my laptop screen but touching it does nothing, have to go back to the laptop to click anything',
    company: spenValley,
    expected: ['ak-svlt-panels'],
  },
  {
    text: 'class ipads not showing up in apple classroom on my ipad, cant lock them. Year 4 Greenside',
    company: spenValley,
    expected: ['ak-svlt-ipads'],
  },
  {
    text: 'youtube video I need for my science lesson says blocked by smoothwall - can you unblock it before 1pm please',
    company: spenValley,
    expected: ['ak-svlt-smoothwall'],
  },
  {
    text: 'Can you unblock coolmathgames for year 6 golden time please, the page says this web page has been blocked, category games',
    company: spenValley,
    expected: ['ak-svlt-smoothwall'],
  },

  // ================================================================ Extra repeats in other voices
  {
    text: 'L1 - Moorside Lodge deputy rang, says the shared "care office" mailbox vanished from Outlook this morning. Still has access in webmail',
    company: moorside,
    expected: ['ak-shared-mailbox'],
  },
  {
    text: 'onedrive keeps saying sign in to upload this file on the rota excel, and there is a red x on it',
    company: moorside,
    expected: ['ak-onedrive-sync'],
  },
  {
    text: 'forgot my password and the reset thing wants a code sent to a phone number I dont have anymore',
    company: holroyd,
    expected: ['ak-sspr', 'ak-mfa-reset'],
  },
  {
    text: 'L1: Spenborough head says the wifi in the new portakabin classroom is rubbish, keeps dropping off. Checked UniFi - AP in there shows disconnected',
    company: spenValley,
    expected: ['ak-wifi', 'ak-switch-port'],
  },
  {
    text: 'Clicked a link in an email pretending to be from Rightmove and put my password in before I realised. Now my phone keeps getting approve sign in requests that arent me',
    company: holroyd,
    expected: ['ak-compromised-account', 'ak-phishing'],
  },
  {
    text: 'Sage 200 on the remote desktop says unable to connect to the sage 200 application server. the office people are ok',
    company: brierley,
    expected: ['ak-bpe-sage200', 'ak-avd'],
  },

  // ================================================================ Not covered by the KB
  {
    text: 'can you have a look at my macbook at home, it wont update to the newest macOS, says not enough storage. Its my personal one but I do some work on it',
    company: holroyd,
    expected: null,
  },
  {
    text: "Could we get a quote for 4 more laptops for the new design engineers starting in the spring, same spec as Sam's please. Need them to run SolidWorks. Thanks Karen",
    company: brierley,
    expected: null,
  },
  {
    text: 'Please can you set up a new distribution list ks2-staff@ for Ravenswood with all the KS2 teachers and TAs in, for the head to send weekly updates to',
    company: spenValley,
    expected: null,
  },
  {
    text: 'our website is showing "There has been a critical error on this website" when you go on it. Rightmove traffic comes through it so quite urgent',
    company: holroyd,
    expected: null,
  },
  {
    text: 'The TV in the main lounge has lost all its channels after the storm, residents missing their programmes. Can someone come and retune it?',
    company: moorside,
    expected: null,
  },
  {
    text: 'SentinelOne renewal: Pax8 is billing 142 seats for BPE+SVLT but the console shows 137 agents. Reconcile and drop seats before month end',
    company: null,
    expected: null,
  },
  {
    text: "Sage 50 Payroll won't submit the FPS to HMRC, says the government gateway credentials are incorrect. Payroll is due Thursday",
    company: brierley,
    expected: null,
  },
  {
    text: 'the CCTV app (Hik-Connect) on the heads phone wont show the playground cameras remotely anymore, just says device offline. The cameras are recording fine in school',
    company: spenValley,
    expected: null,
  },
  {
    text: 'Keeper has locked me out after too many master password attempts and I cant remember it. All the portal logins are in there',
    company: holroyd,
    expected: null,
  },
  {
    text: 'New starter on Monday at Moorside Lodge needs a door fob for the front entrance and the drugs room. The Paxton software is on the managers PC',
    company: moorside,
    expected: null,
  },
  {
    text: `Automatic reply: RE: [CVIT-48213] Printer offline - Brighouse

Thank you for your email. I am on annual leave until Monday 14th and will have limited access to email. For urgent lettings enquiries please contact lettings@holroydfirth.co.uk or call the Brighouse branch.`,
    company: holroyd,
    expected: null,
  },
  {
    text: 'Thanks Dan, thats all working now, you can close it. Cheers',
    company: brierley,
    expected: null,
  },
  {
    text: "how do I get the attendance spreadsheet to go red for any child under 90%? I've tried conditional formatting but it colours the whole column",
    company: spenValley,
    expected: null,
  },
  {
    text: 'SolidWorks crashes every time I open the main gearbox assembly, "SOLIDWORKS has stopped working" and it closes. smaller parts are fine. the licence is fine',
    company: brierley,
    expected: null,
  },
  {
    text: `Hi there,

I noticed Colne Valley IT is growing fast - congratulations! Are you still manually checking backup jobs every morning? Our platform auto-verifies Veeam, Datto and Acronis backups and sends one daily report to your PSA.

Would you have 15 minutes next Tuesday for a quick demo?

Best,
Tyler
Account Executive`,
    company: null,
    expected: null,
  },
  {
    text: 'Do you guys fix phone screens? My iPhone 13 screen is cracked (personal phone)',
    company: holroyd,
    expected: null,
  },
  {
    text: 'the medication fridge in the clinic room at Hollins House keeps beeping with a temperature alarm, reads 9 degrees',
    company: moorside,
    expected: null,
  },
  {
    text: 'Two of the Year 5 chromebooks a parent donated say "this device belongs to another organisation" when we turn them on, can you get them working for the class?',
    company: spenValley,
    expected: null,
  },
  {
    text: 'We are finally cancelling the old BT line at Holmfirth - can you move (port?) the old 01484 lettings number over to the new phones so we dont lose it? What would it cost and how long?',
    company: holroyd,
    expected: null,
  },
  {
    text: 'the Zebra handheld scanner (the TC52 the forklift driver uses for stock) keeps rebooting itself every half hour. battery is new',
    company: brierley,
    expected: null,
  },
  {
    text: 'Reminder all: fire alarm test Wednesday 11am, Colne Valley office. Also the van is booked for the Brierley server room job on Friday',
    company: null,
    expected: null,
  },
  {
    text: 'hi can you tell me how many days annual leave I have left this year, the rota system isnt showing it',
    company: moorside,
    expected: null,
  },
];
