/**
 * Set AJ: a blind labelled KB set, written without reading the search code or any other set.
 *
 * Tickets for Cascade Ridge IT, a 12-person MSP in Salem, Oregon that documents in Hudu (NinjaOne,
 * SentinelOne, FortiGate/FortiClient, Aruba Instant On, Datto, RingCentral, Microsoft 365 Business
 * Premium). They come from four clients - Willamette Valley Orthodontics (Salem and Keizer offices,
 * Dolphin, iTero, a Carestream pano), Umpqua Comfort Heating & Cooling (ServiceTitan truck tablets,
 * QuickBooks Desktop, a plotter), Hollister & Brandt CPAs (UltraTax CS, ShareFile, ScanSnap, seasonal
 * preparers) and St. Brendan Lutheran Church & School (Chromebooks, Planning Center check-in, a Sunday
 * livestream) - written as staff and the MSP's L1 techs really write them, plus alerts forwarded by the
 * MSP's own techs (company null). About a sixth have no answer in the KB (expected null): look-alikes
 * about other products, requests and quotes, personal and non-IT asks, auto-replies and spam.
 */
import type { LabelledTicket } from '../tickets.ts';
import { SET_AJ_CLIENTS } from './articles.ts';

const { willamette: wvo, umpqua: uch, hollister: hb, stbrendan: sbl } = SET_AJ_CLIENTS;

export const SET_AJ_TICKETS: readonly LabelledTicket[] = [
  // ---------------------------------------------------------------- Willamette Valley Orthodontics
  {
    text: 'dolphin wont open at front desk, says unable to connect to database server. both check in computers. we have patients waiting!!!',
    company: wvo,
    expected: ['aj-wvo-dolphin-db'],
  },
  {
    text: `Phone call 7:41 AM - Tami (office mgr) says nobody in Salem can get into Dolphin, error something like "SQL Server does not exist or access denied". Keizer same. Patching ran on the server last night I think. Marked P1, told her we're on it.`,
    company: wvo,
    expected: ['aj-wvo-dolphin-db'],
  },
  {
    text: `Hi, this is Kaylee at the Keizer office. We can't get into Dolphin this morning and our S drive is gone too. I called Salem and theirs is working fine. Internet is fine, we can email and the phones work.
Thanks,
Kaylee Brandvold | Front Desk, Keizer
Willamette Valley Orthodontics`,
    company: wvo,
    expected: ['aj-wvo-keizer', 'aj-wvo-dolphin-db'],
  },
  {
    text: 'keizer again - xrays in dolphin are taking like 2-3 MINUTES per patient to come up today. salem opens them right away. is this normal?? we are running so far behind',
    company: wvo,
    expected: ['aj-wvo-keizer'],
  },
  {
    text: 'the camera pics wont go into dolphin imaging from the sd card. it says cant find the images folder?? Op 2 computer. -Jess',
    company: wvo,
    expected: ['aj-wvo-dolphin-imaging', 'aj-mapped-drives'],
  },
  {
    text: 'Since the Dolphin update on Tuesday all the NEW patient photos show as grey squares in the thumbnails. Old ones look fine. Can still open them if you click? Chairside 1 and 3 at least.',
    company: wvo,
    expected: ['aj-wvo-dolphin-imaging', 'aj-sentinelone'],
  },
  {
    text: 'The Itero has 4 scans stuck in the outbox and it says not connected to internet. We did not change anything. Dr L needs the invisalign case sent TODAY please call Op 3',
    company: wvo,
    expected: ['aj-wvo-itero'],
  },
  {
    text: 'pano machine not showing up on the xray computer, says no device detected. we restarted the computer twice already. first patient at 8:15 needs a ceph',
    company: wvo,
    expected: ['aj-wvo-pano'],
  },
  {
    text: `Subject: xrays missing

Good afternoon,

We took a ceph and a pano on Mateo R. this morning and they are on the x-ray computer but they never showed up in his chart in Dolphin. Same thing with 2 other patients from yesterday. Dr. Lindqvist needs them for the consult at 3. Can someone look at this asap?

Thank you,
Tami Reyes
Office Manager | Willamette Valley Orthodontics, P.C.
Salem | Keizer  (503) 555-0142

CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain protected health information (PHI) that is privileged and confidential under HIPAA. If you are not the intended recipient, you are hereby notified that any review, dissemination or copying is strictly prohibited. Please notify the sender and destroy all copies.`,
    company: wvo,
    expected: ['aj-wvo-pano'],
  },
  {
    text: 'a SentinelOne box popped up on the xray pc saying it quarantined something and now the carestream program wont start at all. we have patients booked for pans all afternoon',
    company: wvo,
    expected: ['aj-sentinelone', 'aj-wvo-pano'],
  },
  {
    text: `L1 note: Brianna (front desk) got an email that looked like it was from our Dolphin rep, "view your updated contract", she clicked and typed her Microsoft email + password into the page. Now she's getting random texts/approve requests on her phone she didn't ask for. Told her not to approve anything. Calling Ravi.`,
    company: wvo,
    expected: ['aj-compromised-account', 'aj-phishing'],
  },
  {
    text: 'Dr. Lindqvist left her work iPhone on the plane in Denver last night. United says they will look but no luck so far. It has her email and Teams on it. What do we do?',
    company: wvo,
    expected: ['aj-lost-device'],
  },
  {
    text: `New assistant starting Monday 6/9 - Jasmine Ortiz, clinical assistant, Salem. She'll need email, a Dolphin login and to be able to use the chairside computers. Same as Jess has. Thanks! Tami`,
    company: wvo,
    expected: ['aj-onboarding'],
  },
  {
    text: `Fwd: Payment Information Update Required

Tami got this, it says it's from Delta Dental provider services and wants us to fill out a form with our new bank account for claims payments starting next month. The email is deltadentalins-provider.com which seems off? We did NOT fill it out yet.`,
    company: wvo,
    expected: ['aj-wire-fraud', 'aj-phishing'],
  },
  {
    text: 'Kaylees last day is this Friday (she is moving to Bend, not a problem). Please forward her email to me and shut off her dolphin and stuff after she leaves at 5. - Tami',
    company: wvo,
    expected: ['aj-offboarding'],
  },
  {
    text: `Hi - we haven't gotten anything from Pacific Ortho Lab since Monday. They say they've emailed us case updates every day and nothing is bouncing back to them. We need these for appliance deliveries. Their email is cases@pacorthlab.com`,
    company: wvo,
    expected: ['aj-exo-missing-inbound'],
  },
  {
    text: `when I send from the frontdesk email it comes back saying "You can't send a message on behalf of this user unless you have permission to do so". it worked last week. - Brianna`,
    company: wvo,
    expected: ['aj-shared-mailbox'],
  },
  {
    text: `outlook search is broken, just says "we're having trouble fetching results from the server" and nothing comes up. I need an email from the insurance co from like 2023`,
    company: wvo,
    expected: ['aj-outlook-search'],
  },
  {
    text: 'Front desk phone #2 is dead - screen is black, no lights. The other phones work. We moved the desks around over the weekend for the new carpet if that matters.',
    company: wvo,
    expected: ['aj-switch-port', 'aj-rc-phone'],
  },
  {
    text: 'Dr L laptop at home is on a blue screen asking for some long recovery key, she says it did a Dell update last night. Key ID on screen starts 4F1C09A2. She is on her cell 503-555-0177',
    company: wvo,
    expected: ['aj-bitlocker'],
  },
  {
    text: 'my files on the desktop all have little red x circles on them and the cloud thing says upload blocked. is my stuff going to be lost?',
    company: wvo,
    expected: ['aj-onedrive-sync'],
  },
  {
    text: 'computer at Ops 4 has been on "working on updates 30%" since 8 this morning. dont want to turn it off and break it',
    company: wvo,
    expected: ['aj-win-update'],
  },
  {
    text: 'S drive is gone on the checkout computer. everything else seems ok',
    company: wvo,
    expected: ['aj-mapped-drives'],
  },
  {
    text: `Tami says calls keep dropping after about 30 sec and sometimes the patient can't hear us at all but we can hear them. Started after you guys swapped our firewall last week. All phones, Salem only.`,
    company: wvo,
    expected: ['aj-rc-phone'],
  },
  {
    text: 'emailed a patient parent their records and got back undeliverable 550 5.1.1 recipient not found. I double checked the address and its what she wrote on the form',
    company: wvo,
    expected: ['aj-exo-ndr'],
  },
  {
    text: 'We got 2 new laptops from you for the Keizer front desk, they connect to the network but no internet and the old computers are fine. The new ones say "no internet, secured"',
    company: wvo,
    expected: ['aj-dhcp-dns'],
  },
  {
    text: 'I deleted an email from the lab with the case photos by accident and emptied my deleted items. It was sometime last month. Is there any way to get it back? - Maria',
    company: wvo,
    expected: ['aj-file-restore'],
  },
  {
    text: `Patients are telling us they aren't getting their appointment reminder texts anymore, since about Tuesday. We use Weave for reminders. Can you look into it? Tami`,
    company: wvo,
    expected: null,
  },
  {
    text: 'Re: [Ticket #48213] Dolphin wont open at front desk\n\nThanks Megan!! all good now, everyone is back in. You guys are the best',
    company: wvo,
    expected: null,
  },
  {
    text: 'the AC in the Salem office is blowing hot air again and its 84 in the ops. landlord isnt answering. do you guys know who we should call?',
    company: wvo,
    expected: null,
  },

  // ---------------------------------------------------------------- Umpqua Comfort Heating & Cooling
  {
    text: 'Tylers tablet isnt showing any of his jobs for today, marcus has them assigned to him on the board. he is sitting in the truck',
    company: uch,
    expected: ['aj-uch-st-mobile'],
  },
  {
    text: `Ruben's tablet has 12 photos that say pending upload in ServiceTitan from two days ago (the Hendricks install). Customer is disputing the job so we need those pics. He's scared to log out and lose them. What should he do?`,
    company: uch,
    expected: ['aj-uch-st-mobile'],
  },
  {
    text: 'tablet in truck 7 got dropped, screen is shattered and wont respond. Cody needs one for tomorrow 7am, can you set up one of the spares',
    company: uch,
    expected: ['aj-uch-tablets'],
  },
  {
    text: `QuickBooks on Shelley's computer says "This company file is on another computer, and QuickBooks needs some help connecting" (H202). Marcus can get in fine from his?? Month end is Friday.`,
    company: uch,
    expected: ['aj-uch-quickbooks'],
  },
  {
    text: `Hi,
None of our ServiceTitan invoices have gone over to QuickBooks since QuickBooks did an update on Friday. The web connector thing has a red error on it. I have about 60 invoices waiting.

Shelley Vance
Office Manager
Umpqua Comfort Heating & Cooling, Inc. | CCB #184422
"Your comfort is our business!"`,
    company: uch,
    expected: ['aj-uch-quickbooks'],
  },
  {
    text: 'the plotter keeps cutting off the right side of the duct plans for the Roseburg school job. and when I do fit it comes out on little paper',
    company: uch,
    expected: ['aj-uch-designjet'],
  },
  {
    text: `Marcus's laptop keeps losing wifi when he walks over to the warehouse side. Fine in the office. Been like this a couple weeks`,
    company: uch,
    expected: ['aj-wifi'],
  },
  {
    text: `We hired a new service tech, Luis Hernandez, starts 3/3. He needs a tablet, email and ServiceTitan like the other guys. He'll be in truck 11 (Cody's old one). - Shelley`,
    company: uch,
    expected: ['aj-onboarding', 'aj-uch-tablets'],
  },
  {
    text: `Had to let Cody go today. Please take away all his access now. He still has tablet 7 and we're not sure we'll get it back. -Dale`,
    company: uch,
    expected: ['aj-offboarding', 'aj-uch-tablets'],
  },
  {
    text: `Shelley got an email from our rep at Carrier Enterprise with an invoice saying their remit-to bank changed and to pay the new account. It was in the same email chain we always use with him. She almost paid it ($18,400) but it seemed weird. Nothing sent yet. What do we do?`,
    company: uch,
    expected: ['aj-wire-fraud'],
  },
  {
    text: 'brother printer in dispatch says offline AGAIN. third time this month. its on and has paper',
    company: uch,
    expected: ['aj-printer-offline'],
  },
  {
    text: `Dale's outlook says his mailbox is full and he can't send. he never deletes anything lol. can you make it bigger`,
    company: uch,
    expected: ['aj-mailbox-full'],
  },
  {
    text: `Every email I send to the county building dept permit office bounces back with "550 5.4.1 Recipient address rejected: Access denied". other emails go out fine. I need to get these permit apps in - Marcus`,
    company: uch,
    expected: ['aj-exo-ndr'],
  },
  {
    text: 'our phones are playing the "we are closed" message and its 8:15 in the morning on a weekday. customers are calling my cell. fix please',
    company: uch,
    expected: ['aj-rc-callhandling'],
  },
  {
    text: 'internet is down for the whole office and the phones too. called from my cell. lights on the comcast box are blinking orange',
    company: uch,
    expected: ['aj-isp-outage'],
  },
  {
    text: `plugged my laptop into the docking station after vacation and my 2 big monitors just say no signal. also teams can't find my microphone for the 10am call. laptop screen works. Shelley`,
    company: uch,
    expected: ['aj-dock-monitors', 'aj-teams-av'],
  },
  {
    text: 'Phone call - Marcus locked out of his computer, too many tries after coming back from PTO. Verified via callback to his desk ext.',
    company: uch,
    expected: ['aj-password-reset'],
  },
  {
    text: `the outlook app on my phone now makes me put in a pin and when I try to copy a customers address out of the email into google maps it says "your organization's data cannot be pasted here". how am I supposed to get to the job?`,
    company: uch,
    expected: ['aj-mobile-enroll'],
  },
  {
    text: 'no sound on my computer since the update last night. the speaker has a red x and says no audio device installed. -Shelley',
    company: uch,
    expected: ['aj-drivers'],
  },
  {
    text: 'got an email saying my mailbox will be deleted in 24 hours unless I verify my account, from "Microsoft 365 Admin". is this real?? didnt click anything',
    company: uch,
    expected: ['aj-phishing'],
  },
  {
    text: `Word and Excel both have a yellow bar "Account Notice: We couldn't verify your subscription" on the front office computer. Can still type but it says features will be disabled`,
    company: uch,
    expected: ['aj-office-activation'],
  },
  {
    text: `Trying to open the Install Checklists folder in our Teams and it says "You need permission to access this item". Marcus can open it. I'm the owner's wife and I do the books, I should have access - Linda Prewitt`,
    company: uch,
    expected: ['aj-sharepoint-access'],
  },
  {
    text: 'L1 note: UCH-WH01 (warehouse PC) has no network. ipconfig shows 169.254.11.40. the PC next to it is fine. swapped cable, same.',
    company: uch,
    expected: ['aj-dhcp-dns', 'aj-switch-port'],
  },
  {
    text: `Dale wants the weekly Verizon Connect GPS idle-time report emailed to him and Marcus every Monday, not just Shelley. Can you set that up for the trucks?`,
    company: uch,
    expected: null,
  },
  {
    text: 'customers cant book online thru our website anymore, the "Schedule Service" button just spins. the guy who built the site went out of business',
    company: uch,
    expected: null,
  },
  {
    text: 'We are low on toner for the brother in dispatch, can you order us 2 of the TN-920XL? Thanks',
    company: uch,
    expected: null,
  },

  // ---------------------------------------------------------------- Hollister & Brandt CPAs
  {
    text: 'Ultratax says the data location W:\\WinCSI\\UT24\\Data is not available. working from home today. Ken',
    company: hb,
    expected: ['aj-hb-ultratax-network', 'aj-mapped-drives', 'aj-fortigate-vpn'],
  },
  {
    text: `After the update this morning UltraTax tells me my workstation is older than the network version and to run workstation setup. It then wants an admin password which I don't have. Neither does Priya. We are dead in the water, it's March 10.`,
    company: hb,
    expected: ['aj-hb-ultratax-network'],
  },
  {
    text: `Cant efile anything. CS Connect says unable to connect to Thomson Reuters error 12029. 40 returns ready to transmit and extension deadline is tuesday!!!`,
    company: hb,
    expected: ['aj-hb-ultratax-efile'],
  },
  {
    text: `The IRS rejected the Martinez 1040 with IND-031-04, prior year AGI doesn't match. We've tried twice. Can IT look at the e-file?`,
    company: hb,
    expected: ['aj-hb-ultratax-efile'],
  },
  {
    text: `One of our clients says the upload link we sent for her W-2s and 1099s says the link has expired. She's not very techy. Can you send her a new one or tell me how? - Priya`,
    company: hb,
    expected: ['aj-hb-sharefile'],
  },
  {
    text: `The ShareFile buttons are gone from my Outlook since I got the new laptop. I use "request files" 20 times a day in tax season`,
    company: hb,
    expected: ['aj-hb-sharefile'],
  },
  {
    text: 'scansnap says scansnap is not connected. its plugged in to the dock like always. unplugging doesnt help',
    company: hb,
    expected: ['aj-hb-scansnap'],
  },
  {
    text: `Hi team,

We have our seasonal preparers starting Monday January 6: Jordan Wells (returning from last year), Alicia Tran and Ben Kowalski (both new), plus Sharon Mills returning as seasonal receptionist. They'll need the usual - computers, email, UltraTax. Jordan and Sharon had laptops last year.

Please confirm when ready.

Dana Okafor
Office Manager / E-file Coordinator
Hollister & Brandt CPAs, LLP
1147 Olive St, Eugene, OR 97401 | (541) 555-0190

Circular 230 Disclosure: Any tax advice contained in this communication is not intended or written to be used, and cannot be used, for the purpose of avoiding penalties under the Internal Revenue Code.
CONFIDENTIALITY NOTICE: This message may contain confidential and privileged information. If you received this in error please delete it and notify the sender.`,
    company: hb,
    expected: ['aj-hb-seasonal', 'aj-onboarding'],
  },
  {
    text: 'Jordan W. cant log in today, says account has expired or disabled. Mark asked him to stay through the end of May to help with the backlog',
    company: hb,
    expected: ['aj-hb-seasonal'],
  },
  {
    text: `Susan got an email from a client (the Nguyens) asking us to change the direct deposit on their return to a new account because they "switched banks". The reply-to is a gmail address but the from looks like their normal email. The return hasn't been filed. Is this legit or not?`,
    company: hb,
    expected: ['aj-wire-fraud'],
  },
  {
    text: `search in outlook doesnt find anything older than about a year. I need an email from the IRS from 2022 for an audit client and I know its in there, I never delete anything`,
    company: hb,
    expected: ['aj-outlook-search'],
  },
  {
    text: `Dana needs to be able to put appointments on Mark's calendar like she could before he got his new computer. She gets "you don't have permission to create an entry in this folder".`,
    company: hb,
    expected: ['aj-calendar-sharing'],
  },
  {
    text: `A client says she emailed her 1099s to me three times last week and I never got any of them. Not in junk either. Her email is a comcast.net address. - Ken`,
    company: hb,
    expected: ['aj-exo-missing-inbound'],
  },
  {
    text: 'VPN gets to 98% and then disconnects. tried 4 times. home internet works fine. -Priya',
    company: hb,
    expected: ['aj-fortigate-vpn'],
  },
  {
    text: `changed my password this morning when it asked me to, now forticlient says "Credential or SSLVPN configuration is wrong (-7200)" from home`,
    company: hb,
    expected: ['aj-fortigate-vpn', 'aj-password-reset'],
  },
  {
    text: `Ken's work laptop was stolen out of his car at Valley River Center last night (window smashed). Police report filed, # 25-018834. It had client tax files on it. What do we need to do? - Susan Brandt`,
    company: hb,
    expected: ['aj-lost-device'],
  },
  {
    text: `Fwd: SentinelOne - Threat Detected - Mitigated
Endpoint: HB-APP01
File: W:\\WinCSI\\UT24\\Update\\ut24upd.exe
Classification: Malware (AI confidence: Suspicious)

this was right when we ran the ultratax update tonight. now half the workstations say version mismatch. pls advise - Ravi`,
    company: hb,
    expected: ['aj-sentinelone', 'aj-hb-ultratax-network'],
  },
  {
    text: `I shared a folder from our Teams with an outside client (their attorney) and they say they get "that account doesn't exist" and can't open it. Mark approved sharing with them.`,
    company: hb,
    expected: ['aj-sharepoint-access'],
  },
  {
    text: `my computer is so slow it takes 5 minutes to open a return and excel freezes constantly. I can't work like this during tax season.

Ken Matsuda, CPA
Senior Accountant | Hollister & Brandt CPAs, LLP

CONFIDENTIALITY NOTICE: This message may contain confidential and privileged information. If you received this in error please delete it and notify the sender.`,
    company: hb,
    expected: ['aj-slow-pc'],
  },
  {
    text: `Fwd from Datto portal:
Backup Failed - HB-APP01 (SIRIS S5-2 serial 3CEC...)
Last successful backup: 2 days ago
Error: Failed to take snapshot - VSS_E_UNEXPECTED_PROVIDER_ERROR
-- Megan: 3rd alert this week for this one, please look`,
    company: hb,
    expected: ['aj-datto-alert'],
  },
  {
    text: `got a new iphone over the weekend and the authenticator app doesnt have my work account on it anymore. cant get into email on the computer now either. - Priya`,
    company: hb,
    expected: ['aj-mfa-reset'],
  },
  {
    text: `logged in this morning and all my desktop icons are gone and it says "you've been signed in with a temporary profile". my files!! - Susan`,
    company: hb,
    expected: ['aj-temp-profile'],
  },
  {
    text: `trying to add the new printer in the back room and it says "Operation failed with error 0x0000011b". Dana`,
    company: hb,
    expected: ['aj-printer-offline'],
  },
  {
    text: `I accidentally deleted the "2024 Payroll" folder off the S drive. Like yesterday afternoon I think. Please tell me there's a backup`,
    company: hb,
    expected: ['aj-file-restore'],
  },
  {
    text: `Teams on my computer isnt showing new messages. I can see them on my phone but on the computer the chats are hours behind. Restarted already.`,
    company: hb,
    expected: ['aj-teams-client'],
  },
  {
    text: `The info@ mailbox disappeared from my Outlook after the new laptop. I still get the emails on my phone.`,
    company: hb,
    expected: ['aj-shared-mailbox'],
  },
  {
    text: 'laptop asking for the bitlocker thing after the dell bios update ran at lunch. blue screen, wants 48 digit key. this is susan',
    company: hb,
    expected: ['aj-bitlocker'],
  },
  {
    text: `Mark is asking what it would cost to move UltraTax and the rest of CS Professional Suite to Thomson Reuters' hosted Virtual Office CS instead of our own server. Can someone put together numbers before the partner meeting on the 20th?`,
    company: hb,
    expected: null,
  },
  {
    text: `One of our bookkeeping clients' QuickBooks Online bank feed won't connect to Umpqua Bank, it says error 103. Can one of you look at it? We're logged in as accountant.`,
    company: hb,
    expected: null,
  },
  {
    text: `Automatic reply: RE: [Ticket #48877] ShareFile buttons missing

I am out of the office through April 18 with limited access to email. For urgent matters please contact Dana Okafor at (541) 555-0190.`,
    company: hb,
    expected: null,
  },
  {
    text: 'why does my vlookup say #N/A when the account number is clearly in the other sheet?? excel is driving me nuts',
    company: hb,
    expected: null,
  },
  {
    text: `Our invoice this month shows 19 SentinelOne licenses but we only have 14 people plus the loaner laptops. Can you check what we're being billed for? - Dana`,
    company: hb,
    expected: null,
  },
  {
    text: `Got a notice that hbcpas.com expires in 10 days and auto-renew failed because the card on file expired. Is the domain through you or do we handle that?`,
    company: hb,
    expected: null,
  },
  {
    text: "Please install Adobe Acrobat Pro on Priya's laptop, we bought her a license (she has the email from Adobe)",
    company: hb,
    expected: null,
  },
  {
    text: `Ken is going to work from home 2 days a week starting next month. Can we get him a monitor and a docking station for his house, same as his desk setup? Mark approved.`,
    company: hb,
    expected: null,
  },

  // ---------------------------------------------------------------- St. Brendan Lutheran Church & School
  {
    text: `One of the 4th grade chromebooks says "This device is locked by the admin" - its #4-17. Student found it in the library, it went missing before Christmas. - Mr. Alvarez`,
    company: sbl,
    expected: ['aj-sbl-chromebooks'],
  },
  {
    text: `some 6th graders figured out how to reset 5 chromebooks (powerwash?) and now they let you log in with any gmail and youtube is wide open. cart B. Laura Whitfield, Principal`,
    company: sbl,
    expected: ['aj-sbl-chromebooks'],
  },
  {
    text: 'Sunday 9:05am - check in labels are not printing at the welcome desk. the ipad says printer not found. kids are lining up. - Deb',
    company: sbl,
    expected: ['aj-sbl-checkin', 'aj-sbl-wifi'],
  },
  {
    text: `The livestream cut out 3 times during the 10:45 service. YouTube said stream health poor and people watching at home complained. Josh said OBS had red numbers at the bottom.`,
    company: sbl,
    expected: ['aj-sbl-livestream'],
  },
  {
    text: `Wedding in the sanctuary Saturday with reception in the gym. Bride's family says last time the guest wifi didn't bring up the login page for anyone and then it shut off at 10. Can we fix before Saturday? - Deb Hanley, Church Administrator`,
    company: sbl,
    expected: ['aj-sbl-wifi'],
  },
  {
    text: `Pastor Tom's Outlook keeps asking him for his password over and over. He types it and it comes right back. Webmail works on his phone. He changed it last week I think.`,
    company: sbl,
    expected: ['aj-outlook-connect'],
  },
  {
    text: 'school office copier scan to email stopped working, says send failed. copying and printing work fine. started this week',
    company: sbl,
    expected: ['aj-scan-to-email'],
  },
  {
    text: `The Fellowship Hall calendar keeps declining our weekly staff meeting that goes through June. It says "your request was declined". We booked it the same way as always.`,
    company: sbl,
    expected: ['aj-calendar-sharing'],
  },
  {
    text: 'teams is just a white screen on my laptop, been like that since yesterday. I need it for the council call tonight. Pastor Tom',
    company: sbl,
    expected: ['aj-teams-client'],
  },
  {
    text: `Hi, Deb here. My voicemails aren't coming to my email anymore. I used to get the little audio file. Now I have to call in to hear them. When did that change?`,
    company: sbl,
    expected: ['aj-rc-callhandling'],
  },
  {
    text: `I'm in Germany for the Lutheran World Federation meeting and I can't get my email on my laptop or phone, it says "You cannot access this right now". Please help, I'm 9 hours ahead. -Tom Eriksen`,
    company: sbl,
    expected: ['aj-ca-blocked'],
  },
  {
    text: 'my computer is SO slow. takes 10 min to start up and then the mouse freezes. its the old one in the school office by the window',
    company: sbl,
    expected: ['aj-slow-pc'],
  },
  {
    text: `Several parents have called asking about an email from me with a DocuSign link for "enrollment contract". I never sent that! And my sent folder has hundreds of emails I didn't send. - Deb`,
    company: sbl,
    expected: ['aj-compromised-account'],
  },
  {
    text: `everything I send is bouncing back now, even to people in the building. the bounce says 550 5.7.708 access denied traffic not accepted from this ip`,
    company: sbl,
    expected: ['aj-compromised-account', 'aj-exo-ndr'],
  },
  {
    text: `nobody can hear me on teams meetings. my headset works for youtube. teacher in-service is at 3:30. Mrs. Whitfield`,
    company: sbl,
    expected: ['aj-teams-av'],
  },
  {
    text: 'Word on the school office computer has a red bar UNLICENSED PRODUCT and wont let me edit the newsletter',
    company: sbl,
    expected: ['aj-office-activation'],
  },
  {
    text: 'the access point in the gym has been offline since the basketball tournament, kids hit it with a ball maybe? no wifi in the gym or the kitchen',
    company: sbl,
    expected: ['aj-wifi', 'aj-switch-port'],
  },
  {
    text: `Could you set up a Planning Center Giving kiosk in the narthex so people can give by card after service? We have an old iPad we could use.`,
    company: sbl,
    expected: null,
  },
  {
    text: 'the sanctuary projector has a purple tint on everything since Sunday. ProPresenter looks normal on the booth monitor. - Josh (media team)',
    company: sbl,
    expected: null,
  },
  {
    text: `Pastor Tom's personal gmail got hacked and is sending spam to all his contacts. Can you help him get it back? He's not in the office today`,
    company: sbl,
    expected: null,
  },
  {
    text: `Not urgent - my Ring doorbell at home won't connect to wifi since Comcast gave me a new router. Would one of you guys know how? -Deb`,
    company: sbl,
    expected: null,
  },
  {
    text: `Mrs. Whitfield wants parents to be able to sign up for parent-teacher conference time slots online this year. Can we do that with Microsoft Bookings or something? Conferences are Oct 14-15.`,
    company: sbl,
    expected: null,
  },
  {
    text: 'zoom keeps crashing when I share my screen for the synod call, it just closes. other people can share fine',
    company: sbl,
    expected: null,
  },

  // ---------------------------------------------------------------- MSP techs / alerts (company null)
  {
    text: `[NinjaOne] Condition triggered: Disk Space - C: free space below 10%
Organization: Willamette Valley Orthodontics / Salem
Device: WVO-FD02
Free: 11.2 GB of 237 GB (4.7%)
Triggered: 2025-02-11 06:14 PST`,
    company: null,
    expected: ['aj-disk-full'],
  },
  {
    text: `Ninja patch report from last night - 7 devices across UCH and SBL failed KB5048667 with 0x800f0922, two of them retrying every night since December. Need someone to go through them.`,
    company: null,
    expected: ['aj-win-update'],
  },
  {
    text: `Fwd: [Datto] Screenshot verification failed - UCH-SRV01
Agent: UCH-SRV01 (Windows Server 2019)
Backups are completing. Screenshot shows "Preparing Windows" spinner.
-- Kyle: been like this for 4 days, is it safe to ignore?`,
    company: null,
    expected: ['aj-datto-alert'],
  },
  {
    text: 'new Dell Latitude for HB (Alicia, seasonal) stuck on the setup screen at Apps (Identifying) for 50 min. first one from the new order. Megan',
    company: null,
    expected: ['aj-autopilot'],
  },
  {
    text: `Re-using Kaylee's old laptop (WVO-LT05) for Jasmine. Did a reset from Settings, now at the work or school screen it fails with "Something went wrong" 80180014. Tried twice. -Kyle`,
    company: null,
    expected: ['aj-autopilot'],
  },
  {
    text: `HB-PC07 has shown offline in Ninja since Thursday but Priya is using it right now, I'm on the phone with her. Can't remote in or run scripts. S1 shows it checked in 2 min ago.`,
    company: null,
    expected: ['aj-ninja-agent'],
  },
  {
    text: `SentinelOne alert: Threat detected - NOT mitigated
Site: St. Brendan Lutheran Church & School
Endpoint: SBL-OFFICE02 (user: dhanley)
Path: C:\\Users\\dhanley\\Downloads\\Invoice_0412.pdf.js
Confidence: Malicious
Kyle - haven't touched it yet, what do I do first?`,
    company: null,
    expected: ['aj-sentinelone'],
  },
  {
    text: `FortiCloud: FortiGate WVO-SALEM-60F is offline. Ninja also shows all 23 Salem devices offline as of 10:52. Keizer is up. Nobody answering the office line.`,
    company: null,
    expected: ['aj-isp-outage'],
  },
  {
    text: `Defender alert: "User restricted from sending email" - shelley@umpquacomfort.com. Severity High. Also an "Unusual volume of external file sharing" one an hour earlier.`,
    company: null,
    expected: ['aj-compromised-account'],
  },
  {
    text: `Boost your Google ranking to page 1! Our SEO experts will grow your MSP's traffic 300% in 90 days. Reply YES for a free audit. To unsubscribe reply STOP.`,
    company: null,
    expected: null,
  },
  {
    text: `[NinjaOne] Patch Tuesday summary - St. Brendan Lutheran Church & School: 31 devices patched successfully, 0 failed, 2 pending reboot. No action required.`,
    company: null,
    expected: null,
  },
];
