/**
 * Set M: a blind labelled KB set, written without reading the search code or any other set.
 * Tickets as end users and L1 techs write them against the set M articles, with hard negatives.
 */
import type { LabelledTicket } from '../tickets.ts';
import { SET_M_CLIENTS } from './articles.ts';

const { hartwell, prairie, ridgeline, cedar } = SET_M_CLIENTS;

export const SET_M_TICKETS: readonly LabelledTicket[] = [
  // Outlook credentials
  {
    text: 'outlook keeps popping up the microsoft login box over and over, I type my password and it just comes right back. changed my password yesterday if that matters',
    company: null,
    expected: ['kb-outlook-password-prompts'],
  },
  {
    text: 'Hi, Outlook on the front desk PC says Need Password down at the bottom and we havent gotten any new emails since this morning. Thanks, Kayla',
    company: prairie,
    expected: ['kb-outlook-password-prompts'],
  },
  {
    text: 'Morning! Two things: my email program keeps asking me to log in again and again all day, and my headset mic stopped working, nobody on the other end can hear me. Thanks, Deb (billing)',
    company: null,
    expected: ['kb-outlook-password-prompts', 'kb-audio-devices'],
  },

  // Shared mailbox
  {
    text: "I was told I'd have the transportation@ inbox starting today but I don't see it anywhere on the left side of my email. - Brenda, Business Office",
    company: cedar,
    expected: ['kb-shared-mailbox'],
  },
  {
    text: 'when I answer emails from the billing box they go out as me instead of billing, and the copy ends up in MY sent folder not billings',
    company: null,
    expected: ['kb-shared-mailbox'],
  },

  // Calendar
  {
    text: 'my assistant cant put appointments on my calender, says she dont have permission to create an entry in this folder',
    company: null,
    expected: ['kb-calendar-permissions'],
  },
  {
    text: 'Dr. Patel would like his office manager to get his meeting invites and be able to accept them for him. How do we set that up?',
    company: null,
    expected: ['kb-calendar-permissions'],
  },

  // Teams
  {
    text: 'New guy started Monday, he has no keypad in Teams to dial out. Everyone else has one',
    company: null,
    expected: ['kb-teams-meetings-phone'],
  },
  {
    text: 'when clients call my direct number it never rings on my computer, goes right to voicemail. its the skype/teams thing. thx',
    company: hartwell,
    expected: ['kb-teams-meetings-phone'],
  },
  {
    text: "can't get into the 10am meeting, the teams window just spins and says connecting... tried twice. yesterday's meetings were fine",
    company: null,
    expected: ['kb-teams-meetings-phone'],
  },

  // OneDrive
  {
    text: 'little red xs all over my documents folder and the cloud thing by the clock says there are problems',
    company: null,
    expected: ['kb-onedrive-sync'],
  },
  {
    text: 'saved the Hwy 6 bid spreadsheet on my desktop at the office and its not on my laptop at home. I thought stuff was supposed to follow me now?? - Gary',
    company: ridgeline,
    expected: ['kb-onedrive-sync'],
  },

  // SharePoint
  {
    text: "The architect on the Elkhorn job says the link I sent him to the drawings folder tells him he needs access. I sent it from the Projects site in Teams. He's at a different company if that matters. Can you fix it today, he's waiting on the revised elevations",
    company: ridgeline,
    expected: ['kb-sharepoint-access'],
  },
  {
    text: 'new hire getting "you need access" on the files tab of the HR team',
    company: null,
    expected: ['kb-sharepoint-access'],
  },

  // MFA
  {
    text: "got a new iphone over the weekend and now I can't get into anything for work because the approve thing goes to my old phone which I traded in at verizon",
    company: null,
    expected: ['kb-mfa-new-phone'],
  },
  {
    text: 'Dr. Lindqvist dropped her phone in the kennel wash, the authenticator app is gone with it. She needs into email asap',
    company: null,
    expected: ['kb-mfa-new-phone'],
  },

  // Password / lockout
  {
    text: 'locked out. tried to many times',
    company: null,
    expected: ['kb-password-reset-lockout'],
  },
  {
    text: "Hey guys, Mike in estimating here. Changed my password from home last night on the website and now my office laptop still wants the old one, and when I use the old one it says the other one is wrong?? I'm on the road till Thursday so I can't come in. Mike Dolan, Ridgeline Builders, cell 402-555-0187",
    company: ridgeline,
    expected: ['kb-password-reset-lockout'],
  },
  {
    text: 'I keep getting locked out every hour or so even after you reset it this morning. Is it my ipad? I have the mail on there too',
    company: null,
    expected: ['kb-password-reset-lockout'],
  },

  // Cedar password runbook
  {
    text: "Forgot my password over spring break, can someone reset it? My employee ID is 40213. I'm at the front counter of central office",
    company: cedar,
    expected: ['rb-cedar-password', 'kb-password-reset-lockout'],
  },
  {
    text: "changed my password this morning and now my laptop won't get on the staff wireless, my phone won't either",
    company: cedar,
    expected: ['rb-cedar-password'],
  },

  // Conditional access
  {
    text: 'in Cancun this week and email says you cannot access this right now. I need to answer a client!!',
    company: null,
    expected: ['kb-conditional-access-block'],
  },
  {
    text: 'trying to get on email from my own laptop at home and it says my device has to be managed or compliant or something? works fine on my work one',
    company: null,
    expected: ['kb-conditional-access-block'],
  },

  // Autopilot
  {
    text: "new dell right out of the box stuck on 'setting up your device for work' for 2 hrs, on the apps part",
    company: null,
    expected: ['kb-autopilot-enrollment'],
  },
  {
    text: 'wiped the old laptop for the new super and now it says something went wrong 80180014 when he signs in with his work email',
    company: null,
    expected: ['kb-autopilot-enrollment'],
  },

  // Windows Update
  {
    text: "Every morning it says 'undoing changes made to your computer' and takes 20 min before I can even log in",
    company: null,
    expected: ['kb-windows-update-fail'],
  },
  {
    text: "the computer in exam 2 has said restart to update for a week, I restart and it's still there. error something 0x800f09..",
    company: prairie,
    expected: ['kb-windows-update-fail'],
  },

  // BitLocker
  {
    text: 'the screen that wants the recovery number came up when I turned my laptop on. blue, long number, key id',
    company: null,
    expected: ['kb-bitlocker-recovery'],
  },
  {
    text: "Hi, my computer is asking for some kind of key after I plugged it into the new dock in the board room. I don't have any key?? Sue",
    company: cedar,
    expected: ['kb-bitlocker-recovery'],
  },

  // Slow PC
  {
    text: 'my computer is sooo slow, takes like 10 min to start and excel freezes all day long',
    company: null,
    expected: ['kb-slow-pc'],
  },
  {
    text: 'reception computer super laggy when I have avimark open plus email plus chrome, and the fan sounds like a jet engine',
    company: prairie,
    expected: ['kb-slow-pc'],
  },

  // Profile
  {
    text: 'logged in and all my desktop icons are gone, a message said something about a temporary profile. where are my files???',
    company: null,
    expected: ['kb-temp-profile'],
  },
  {
    text: 'User Profile Service failed the sign-in on the payroll PC in the business office',
    company: null,
    expected: ['kb-temp-profile'],
  },

  // Printers
  {
    text: "printer says offline but it's on and I can print to it from the other computer",
    company: null,
    expected: ['kb-printer-queue'],
  },
  {
    text: 'The upstairs printer is spitting out pages of weird symbols and random letters, like 40 pages so far',
    company: null,
    expected: ['kb-printer-queue'],
  },

  // Cedar PaperCut
  {
    text: "sent my job to print and when I badge in at the copier by the superintendent's office there's nothing there",
    company: cedar,
    expected: ['rb-cedar-papercut'],
  },
  {
    text: "can you add the Konica in the boardroom straight onto my laptop so I don't have to walk over and release stuff",
    company: cedar,
    expected: ['rb-cedar-papercut'],
  },

  // Prairie label / receipt printers
  {
    text: 'rx labels printing half on one label half on the next, everything shifted down',
    company: prairie,
    expected: ['rb-prairie-printers'],
  },
  {
    text: 'receipt printer at checkout isnt printing anything. paper is in. -Jess',
    company: prairie,
    expected: ['rb-prairie-printers'],
  },

  // Scan to folder
  {
    text: 'copier says send error when I scan to my folder, scanning to email works fine',
    company: null,
    expected: ['kb-scan-to-folder'],
  },
  {
    text: 'Scanner on the Sharp in the main office quit sending to the shared folder after your guys did the server work this weekend',
    company: ridgeline,
    expected: ['kb-scan-to-folder'],
  },

  // Hartwell scan runbook
  {
    text: 'The Ricoh on 2 says authentication has failed when I try to scan to my folder.',
    company: hartwell,
    expected: ['rb-hartwell-scan', 'kb-scan-to-folder'],
  },
  {
    text: 'New staff accountant Priya Nair starts Monday - she will need her own button on the copiers like everyone else has. Thanks! Dana',
    company: hartwell,
    expected: ['rb-hartwell-scan'],
  },

  // Dock / monitors
  {
    text: 'only one of my 2 screens works when I plug into the dock thingy. the other one says no signal',
    company: null,
    expected: ['kb-dock-monitors'],
  },
  {
    text: "laptop isn't charging when it's sitting on the docking station, and the keyboard plugged into it quit too",
    company: cedar,
    expected: ['kb-dock-monitors'],
  },

  // Audio
  {
    text: 'my bluetooth headset connects but people say I sound like a robot in a tin can and music sounds awful while on a call',
    company: null,
    expected: ['kb-audio-devices'],
  },
  {
    text: 'nobody can hear me on teams calls, my jabra mic used to work fine. thx, Arnie',
    company: hartwell,
    expected: ['kb-audio-devices', 'kb-teams-meetings-phone'],
  },

  // FortiClient VPN
  {
    text: 'vpn stuck at 40 percent then kicks me out',
    company: null,
    expected: ['kb-vpn-forticlient'],
  },
  {
    text: "I'm at the hotel in Kearney and the VPN won't connect, says unable to establish the VPN connection -14. Worked fine at home last night.",
    company: ridgeline,
    expected: ['kb-vpn-forticlient'],
  },
  {
    text: "connected to the fortinet thing from home but my S drive isn't there",
    company: cedar,
    expected: ['kb-vpn-forticlient', 'kb-file-share-access'],
  },

  // Hartwell VPN runbook
  {
    text: 'working from home today, the watchguard thing says could not connect to server',
    company: hartwell,
    expected: ['rb-hartwell-vpn'],
  },
  {
    text: 'the push for the vpn never shows up on my phone, the AuthPoint app. I approved it fine yesterday',
    company: hartwell,
    expected: ['rb-hartwell-vpn'],
  },
  {
    text: "Hi team, hope your week is going well. I'm up at the lake house through Friday and got connected to the vpn this morning (slow internet up here but it does work) but I don't have my T drive for the tax files, only websites work. Outlook and Teams are fine. I have three extensions to file before Friday so this is kind of urgent. Could someone give me a call on my cell? Thanks so much, Ruth Hartwell, Partner",
    company: hartwell,
    expected: ['rb-hartwell-vpn'],
  },

  // Wi-Fi
  {
    text: 'wifi keeps kicking me off every 20 min or so, its just my laptop',
    company: null,
    expected: ['kb-wifi-drops'],
  },
  {
    text: "can't see the office wireless on my new laptop. I can see the neighbors' but not ours. at the Omaha office",
    company: ridgeline,
    expected: ['kb-wifi-drops'],
  },

  // Ridgeline jobsite
  {
    text: 'no internet in the trailer at the Bellevue school job since this morning. the little box has an orange light',
    company: ridgeline,
    expected: ['rb-ridgeline-jobsite'],
  },
  {
    text: 'internet out at the job is crazy slow the last week of every month, first week its fine again. whats up with that',
    company: ridgeline,
    expected: ['rb-ridgeline-jobsite'],
  },

  // DNS
  {
    text: 'some websites work and some give DNS_PROBE_FINISHED_NXDOMAIN, google still works tho',
    company: null,
    expected: ['kb-dns-resolution'],
  },
  {
    text: 'I can get to the file server if Ross types in the numbers (10.0.1.5) but not the name. weird right',
    company: null,
    expected: ['kb-dns-resolution'],
  },

  // Web filter
  {
    text: "getting a web page blocked screen going to our lumber supplier's site, says category newly registered domain",
    company: null,
    expected: ['kb-web-filter-block'],
  },
  {
    text: 'certificate error on some websites but only when at the office, like the IRS one',
    company: null,
    expected: ['kb-web-filter-block'],
  },

  // ISP outage
  {
    text: 'internet AND phones are down for the whole clinic!!! call me 515-555-0142',
    company: prairie,
    expected: ['kb-isp-outage'],
  },
  {
    text: 'whole office has no internet since 8:15, the modem thing has a red light',
    company: null,
    expected: ['kb-isp-outage'],
  },

  // File shares
  {
    text: 'my S drive disappeared',
    company: null,
    expected: ['kb-file-share-access'],
  },
  {
    text: 'need into the Estimating folder on the server, getting you need permission. Bob approved',
    company: null,
    expected: ['kb-file-share-access'],
  },

  // Restore
  {
    text: 'I accidentally deleted the whole 2023 folder on the shared drive, please tell me you can get it back',
    company: null,
    expected: ['kb-restore-deleted-file'],
  },
  {
    text: 'someone saved over the Miller engagement workbook with a blank one, can we get back the version from Tuesday?',
    company: hartwell,
    expected: ['kb-restore-deleted-file'],
  },

  // QuickBooks database server
  {
    text: 'quickbooks says company file is on another computer and needs help connecting, H202. only one of us can get in at a time',
    company: ridgeline,
    expected: ['kb-qb-database-server'],
  },
  {
    text: "can't switch QB to multi user after the 2024 upgrade",
    company: null,
    expected: ['kb-qb-database-server'],
  },

  // Hartwell QuickBooks runbook
  {
    text: 'Trying to open the Fenwick Farms QuickBooks file in multi-user and getting H505. Can you check the server?',
    company: hartwell,
    expected: ['rb-hartwell-qb'],
  },
  {
    text: "new bookkeeper needs to get into the hosted quickbooks where we do the client books, what's the process",
    company: hartwell,
    expected: ['rb-hartwell-qb'],
  },

  // Phishing
  {
    text: 'I think I did something dumb, clicked a docusign email and put my password in, then it went to a blank page',
    company: null,
    expected: ['kb-phishing-clicked', 'kb-compromised-mailbox'],
  },
  {
    text: 'got an email saying my mailbox is full click here to upgrade. looks fake? I didnt click',
    company: null,
    expected: ['kb-phishing-clicked'],
  },

  // Compromised mailbox
  {
    text: "several customers called saying they got weird emails from me with a onedrive link to 'view document'. I didn't send those",
    company: null,
    expected: ['kb-compromised-mailbox'],
  },
  {
    text: 'Replies from clients keep vanishing, I found them in a folder called RSS Feeds?? Never set that up',
    company: null,
    expected: ['kb-compromised-mailbox'],
  },

  // BEC
  {
    text: "Good morning, we got an email from our concrete supplier saying they switched banks and need us to update their ACH before Friday's payment run. Form attached, looks like their usual letterhead and the guy who signed it is our normal rep, but the phone number on it is different from the one in our system. Just checking with you guys before Linda makes the change. Thanks, Tom Becker, Controller",
    company: null,
    expected: ['kb-bec-payment-fraud'],
  },
  {
    text: "Superintendent emailed asking me to buy 5 Apple gift cards for staff appreciation and send the codes, but it's from a gmail. legit?",
    company: cedar,
    expected: ['kb-bec-payment-fraud'],
  },

  // EDR
  {
    text: 'Sentinel thing popped up saying threat detected and now my program wont open',
    company: null,
    expected: ['kb-edr-alert'],
  },
  {
    text: 'after the update last night the IDEXX lab machine software is gone, icon is still there but says file not found',
    company: prairie,
    expected: ['kb-edr-alert'],
  },

  // Onboarding
  {
    text: 'new project manager starting 6/3, Carlos Mendez, needs a laptop, email, procore. same as Dave',
    company: null,
    expected: ['kb-onboarding'],
  },
  {
    text: 'we have a new receptionist starting next week what do you need from me to get her going',
    company: null,
    expected: ['kb-onboarding'],
  },

  // Offboarding
  {
    text: "Today is Amber's last day and she is not leaving on good terms. Please shut off everything at exactly 5pm, and her emails should go to Dr. Hale from now on. She has the clinic laptop too. Please keep this quiet until then. Thank you, Renee (practice manager)",
    company: prairie,
    expected: ['kb-offboarding'],
  },
  {
    text: 'termed employee - need mailbox converted and laptop wiped',
    company: null,
    expected: ['kb-offboarding'],
  },

  // Acrobat
  {
    text: "adobe says my trial expired and wants me to buy it, I've had it for years",
    company: null,
    expected: ['kb-adobe-acrobat'],
  },
  {
    text: 'I can\'t change the text in PDFs anymore, only highlight. the "edit pdf" button wants me to sign in',
    company: null,
    expected: ['kb-adobe-acrobat'],
  },

  // AutoCAD
  {
    text: 'autocad makes me sign in every time I open it and then says license not valid',
    company: null,
    expected: ['kb-autocad-license'],
  },
  {
    text: 'Autocad crashes whenever I zoom in on the big site plan. graphics card?',
    company: ridgeline,
    expected: ['kb-autocad-license'],
  },

  // Ridgeline AutoCAD network license
  {
    text: 'AutoCAD says no network license available this morning. Tried it on two computers',
    company: ridgeline,
    expected: ['rb-ridgeline-autocad'],
  },
  {
    text: 'working from the Lincoln trailer today, the cad program says failed to get a license. VPN is on I think?',
    company: ridgeline,
    expected: ['rb-ridgeline-autocad'],
  },

  // eCW
  {
    text: "ecw won't load, just a white screen after I log in. front desk at the clinic",
    company: null,
    expected: ['kb-ehr-ecw'],
  },
  {
    text: 'eClinical locked me out, can you reset my password?',
    company: null,
    expected: ['kb-ehr-ecw'],
  },

  // Hartwell CCH
  {
    text: 'Axcess tax wont open, something about workstation setup required. Deadline is tomorrow!!',
    company: hartwell,
    expected: ['rb-hartwell-cch'],
  },
  {
    text: "Engagement says the Carlson binder is checked out to Steve but Steve's on vacation in Florida until the 20th",
    company: hartwell,
    expected: ['rb-hartwell-cch'],
  },

  // Prairie AVImark
  {
    text: "V drive gone and avimark says it can't find the data on the computer in exam 3",
    company: prairie,
    expected: ['rb-prairie-avimark', 'kb-file-share-access'],
  },
  {
    text: 'avi mark says another user is in the system when I try to run end of day',
    company: prairie,
    expected: ['rb-prairie-avimark'],
  },
  {
    text: 'an update notice for AVImark popped up on my computer, do I click it?',
    company: prairie,
    expected: ['rb-prairie-avimark'],
  },

  // Prairie X-ray
  {
    text: "xray pics from this morning aren't showing up in the patient record",
    company: prairie,
    expected: ['rb-prairie-xray'],
  },
  {
    text: 'Your patching tool wants to restart the radiology computer tonight, is that ok? we have a dental at 7am',
    company: prairie,
    expected: ['rb-prairie-xray'],
  },

  // Ridgeline Sage
  {
    text: "timberline says status code 161 and won't let me into job cost",
    company: ridgeline,
    expected: ['rb-ridgeline-sage'],
  },
  {
    text: 'Sage says it could not open the data folder. Payroll has to go out today. - Linda, accounting',
    company: ridgeline,
    expected: ['rb-ridgeline-sage'],
  },

  // Cedar PowerSchool
  {
    text: 'PowerSchool login keeps looping me back to the microsoft sign in page over and over',
    company: cedar,
    expected: ['rb-cedar-powerschool'],
  },
  {
    text: "I can't see the enrollment screen in PowerSchool anymore, I could last week",
    company: cedar,
    expected: ['rb-cedar-powerschool'],
  },

  // No answer in the KB (hard negatives first)
  {
    text: 'the gmail app on my android keeps asking me to sign into my google account again, every day',
    company: null,
    expected: null,
  },
  {
    text: 'Zoom keeps kicking us out of client calls after 40 minutes, says the meeting time limit was reached. Can you fix our zoom?',
    company: hartwell,
    expected: null,
  },
  {
    text: "Webex app says my phone line isn't registered so I can't make or take calls",
    company: null,
    expected: null,
  },
  {
    text: "my kid's powerschool parent login doesn't work, can you guys help? sorry I know it's not work stuff",
    company: ridgeline,
    expected: null,
  },
  {
    text: 'our new zebra label printer for mailing envelopes prints a blank label every other label',
    company: hartwell,
    expected: null,
  },
  {
    text: 'Dr. Hale wants to get into the clinic computers from home. Can we use that WatchGuard VPN app like his accountant uses?',
    company: prairie,
    expected: null,
  },
  {
    text: 'can you send a quote for 3 docking stations and 6 monitors for the new hires',
    company: null,
    expected: null,
  },
  {
    text: 'how do I add a new channel in our Teams and put the lunch schedule spreadsheet as a tab at the top?',
    company: cedar,
    expected: null,
  },
  {
    text: 'Dropbox on my computer says syncing paused, not enough space',
    company: null,
    expected: null,
  },
  {
    text: 'Foxit PDF editor crashes every time I open the big drawing sets from the architect',
    company: ridgeline,
    expected: null,
  },
  {
    text: 'Bluebeam says my subscription has ended and wants me to sign in to studio',
    company: ridgeline,
    expected: null,
  },
  {
    text: "the chromebooks from the 3rd grade cart won't connect to the wifi, they just say no internet",
    company: cedar,
    expected: null,
  },
  {
    text: 'QuickBooks Online bank feed for one of our clients stopped updating, says to reconnect the account with the bank',
    company: hartwell,
    expected: null,
  },
  {
    text: 'the RingCentral desk phone at reception says no service, the other phones are fine',
    company: prairie,
    expected: null,
  },
  {
    text: 'Is my computer too old for windows 11? got a popup saying windows 10 support is ending',
    company: null,
    expected: null,
  },
  {
    text: 'one of our clients sent us a Sage 300 CRE backup, can you install Timberline so we can look at their job cost data for the audit?',
    company: hartwell,
    expected: null,
  },
  {
    text: 'copier is out of yellow toner, who do we call',
    company: null,
    expected: null,
  },
  {
    text: 'the coffee maker in the break room shows error E4, does your service cover that?',
    company: null,
    expected: null,
  },
];
