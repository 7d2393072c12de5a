/**
 * Set R: a blind labelled KB set, written without reading the search code or any other set.
 * Tickets as users and L1 techs write them for the Set R knowledge base, with hard negatives.
 */
import type { LabelledTicket } from '../tickets.ts';
import { SET_R_CLIENTS } from './articles.ts';

const { ellerslie, kumeu, pohutukawa, gulfHarbour } = SET_R_CLIENTS;

export const SET_R_TICKETS: readonly LabelledTicket[] = [
  // ---------------------------------------------------------------- generic, no company
  {
    text: 'outlook just sits on the opening screen with the little logo and never gets past it. restarted twice. ta, Mere',
    company: null,
    expected: ['r-outlook-profile-rebuild'],
  },
  {
    text: "Hi there, I'm getting a warning that my inbox is nearly out of room and now nothing will send. Can you give me more space please? Thanks Lorraine",
    company: null,
    expected: ['r-email-stuff'],
  },
  {
    text: 'sent a quote to the wrong customer!! can i pull it back before they read it',
    company: null,
    expected: ['r-email-stuff'],
  },
  {
    text: 'Can Aroha get into the accounts@ inbox please, she is covering for Jess from Monday for 3 weeks',
    company: null,
    expected: ['r-shared-mailbox'],
  },
  {
    text: "getting an error saying I don't have permission to send on behalf of info@. you guys added me yesterday?",
    company: null,
    expected: ['r-shared-mailbox'],
  },
  {
    text: 'My EA needs to be able to run my diary and accept meetings for me. Also since someone fiddled with it I get every invite twice, can that stop',
    company: null,
    expected: ['r-calendar-sharing'],
  },
  {
    text: 'teams is just a white box with the purple thing going round and round. cant get to any chats',
    company: null,
    expected: ['r-teams-not-loading'],
  },
  {
    text: "Teams has me as away all day even though I'm sitting right here using it, and messages only turn up when I close it and open it again",
    company: null,
    expected: ['r-teams-not-loading'],
  },
  {
    text: 'heaps of little red crosses on files in my documents folder. are they saved or not?? a bit worried',
    company: null,
    expected: ['r-onedrive-sync'],
  },
  {
    text: 'Got my new laptop today but my desktop is empty, all my icons and folders gone. The budget spreadsheet was on there. Please help!!',
    company: null,
    expected: ['r-onedrive-sync', 'r-restore-files'],
  },
  {
    text: "clicked the link Dave sent me for the project folder and it says I have to ask someone for access. what's the go?",
    company: null,
    expected: ['r-sharepoint-permissions'],
  },
  {
    text: 'new starter opened word and there is a red bar saying unlicensed, everything is read only',
    company: null,
    expected: ['r-m365-licences'],
  },
  {
    text: 'got a new phone and the app that does the approve thing is gone. now i cant get into anything. HELP',
    company: null,
    expected: ['r-mfa-new-phone'],
  },
  {
    text: 'Hey, upgraded to a new Samsung, still have the old one. How do I move the sign in approvals over before I trade it in? chur',
    company: null,
    expected: ['r-mfa-new-phone'],
  },
  {
    text: 'forgot my pw after 3 weeks leave, cant log in',
    company: null,
    expected: ['r-password-reset-lockout'],
  },
  {
    text: "I keep getting locked out every morning around 9. I'm not typing it wrong! Changed it last Tuesday if that matters",
    company: null,
    expected: ['r-password-reset-lockout'],
  },
  {
    text: "trying to put my work email on my iphone in the normal mail app and it says you can't get there from here??",
    company: null,
    expected: ['r-intune-phone-enrolment'],
  },
  {
    text: 'Brand new laptop on the setup for work screen for over an hour, then failed. error 80180014',
    company: null,
    expected: ['r-autopilot-runbook'],
  },
  {
    text: "We've got Ben's laptop back now he's gone. How do we get it cleaned up and ready for the new girl starting on the 14th?",
    company: null,
    expected: ['r-autopilot-runbook', 'r-leaver'],
  },
  {
    text: "computer been saying working on updates 100% don't turn off since 7am. is it safe to turn off",
    company: null,
    expected: ['r-windows-updates-stuck'],
  },
  {
    text: 'Logged in this morning and everything is gone, plain blue background, no files. Little message about temporary something. Thanks, Graham',
    company: null,
    expected: ['r-temp-profile'],
  },
  {
    text: 'nothing will print, the little window says error next to my document. turned printer off and on already',
    company: null,
    expected: ['r-printing'],
  },
  {
    text: 'my default printer keeps switching itself to the one upstairs!!! driving me nuts',
    company: null,
    expected: ['r-printing'],
  },
  {
    text: 'photocopier wont email the scans anymore, just says send error on the screen. was fine last week',
    company: null,
    expected: ['r-mfd-scan-to-email'],
  },
  {
    text: 'Ricoh scanning to the shared folder stopped working after the server was patched on the weekend',
    company: null,
    expected: ['r-mfd-scan-to-email'],
  },
  {
    text: 'User at the airport, laptop on a blue screen wanting a long number to unlock the drive. ID on screen starts 4B2A91. Flight in 40 mins',
    company: null,
    expected: ['r-bitlocker-recovery'],
  },
  {
    text: 'pc super slow',
    company: null,
    expected: ['r-slow-pc-checklist'],
  },
  {
    text: 'my 2nd monitor stays black when I plug the laptop into the docking station thing. laptop screen is fine',
    company: null,
    expected: ['r-docks-monitors'],
  },
  {
    text: "Kia ora, two things - people can't hear me on calls but I can hear them fine, and also my big screen went black after lunch and won't come back. Chur",
    company: null,
    expected: ['r-audio-mic', 'r-docks-monitors'],
  },
  {
    text: 'my bluetooth headphones sound like a robot underwater whenever I join a meeting, music sounds fine',
    company: null,
    expected: ['r-audio-mic'],
  },
  {
    text: "laptop won't go on the work wifi anymore, it's asking for a password and I never had one",
    company: null,
    expected: ['r-wifi-office'],
  },
  {
    text: 'vpn error -14 again',
    company: null,
    expected: ['r-vpn-forticlient'],
  },
  {
    text: "working from home today, vpn says connected but my S drive isn't there",
    company: null,
    expected: ['r-vpn-forticlient'],
  },
  {
    text: 'L1: reception PC no internet, phone on the same wifi is fine. IP is 169.254.something',
    company: null,
    expected: ['r-no-internet-ip-dns'],
  },
  {
    text: 'whole office has no internet, the white box on the wall by the kitchen has a red light on it',
    company: null,
    expected: ['r-fibre-outage'],
  },
  {
    text: 'trying to get to our supplier website and get a page saying blocked by fortiguard. need it for ordering',
    company: null,
    expected: ['r-firewall-change-request'],
  },
  {
    text: 'The CCTV installer needs something opened on our internet so the camera app works on his phone. Is that ok?',
    company: null,
    expected: ['r-firewall-change-request'],
  },
  {
    text: 'xero keeps asking for the 6 digit code and I factory reset my phone last night. how do I get back in? payroll due tomorrow',
    company: null,
    expected: ['r-xero-access'],
  },
  {
    text: 'Hi, the reminder texts for client appointments have stopped going out since Monday. We use Timely. Cheers, Nicole',
    company: null,
    expected: ['r-timely-booking'],
  },
  {
    text: 'got an email saying my mailbox will be deleted today unless I click to keep it. is this real?',
    company: null,
    expected: ['r-phishing-report'],
  },
  {
    text: "oops I clicked a link in an email that looked like a docusign but I didn't type anything in. what do I do",
    company: null,
    expected: ['r-phishing-report'],
  },
  {
    text: 'Customers are ringing me saying they got an email from me with an invoice link. I never sent it!',
    company: null,
    expected: ['r-compromised-account'],
  },
  {
    text: 'L1: sign ins from Nigeria for jwilliams overnight plus an inbox rule moving everything to RSS Feeds. escalating?',
    company: null,
    expected: ['r-compromised-account'],
  },
  {
    text: 'a windows security thing popped up saying threats found. what do i do',
    company: null,
    expected: ['r-edr-malware-alert'],
  },
  {
    text: 'Defender alert high sev on RECEPTION-PC02, encoded powershell launched from outlook. user still on it',
    company: null,
    expected: ['r-edr-malware-alert'],
  },
  {
    text: 'My work laptop was nicked out of my car in Ponsonby last night. Have reported it to police, ref 250311/1234',
    company: null,
    expected: ['r-lost-stolen-device'],
  },
  {
    text: 'New starter Monday - Priya Sharma, office admin, reports to Tania. Needs a laptop, email and a phone extension please',
    company: null,
    expected: ['r-new-starter'],
  },
  {
    text: 'Karen finished up Friday. Please shut off her access and can her manager get her emails',
    company: null,
    expected: ['r-leaver'],
  },
  {
    text: 'accidentally deleted a whole folder on the S drive this morning - S:\\Finance\\2024. can it come back?',
    company: null,
    expected: ['r-restore-files'],
  },
  {
    text: 'cleared out my bin folder in outlook by mistake and there was an important email from the bank in it',
    company: null,
    expected: ['r-recover-deleted-email'],
  },
  {
    text: 'desk phone screen says no service',
    company: null,
    expected: ['r-voip-phones'],
  },
  {
    text: 'how do i get my office calls to ring my mobile when im out at a job',
    company: null,
    expected: ['r-voip-phones'],
  },
  {
    text: 'L1: customer is on her home Mac, I can see her screen on the session but clicking does nothing',
    company: null,
    expected: ['r-remote-support-session'],
  },
  {
    text: 'A man rang saying he was from Microsoft and my computer had a virus, he got me to install AnyDesk. I did it. Is that OK?? Now worried',
    company: null,
    expected: ['r-remote-support-session', 'r-phishing-report'],
  },
  {
    text: "a client says they sent me a quote yesterday but it's not in my inbox anywhere",
    company: null,
    expected: ['r-email-quarantine-junk'],
  },
  {
    text: 'got an email saying 3 messages are held for review?? what does that mean, is it spam',
    company: null,
    expected: ['r-email-quarantine-junk'],
  },
  {
    text: 'set up a rule so my work emails go to my gmail but they bounce back with 550 5.7.520',
    company: null,
    expected: ['r-external-forwarding-blocked'],
  },

  // ---------------------------------------------------------------- client tickets on generic topics
  {
    text: "Hi team, Brent's email keeps crashing as soon as he opens it since Friday. Web version works ok. Cheers, Sheryl",
    company: ellerslie,
    expected: ['r-outlook-profile-rebuild'],
  },
  {
    text: 'when I reply from the sales inbox it ends up in MY sent folder not the sales one, so the others cant see what I sent the customer',
    company: gulfHarbour,
    expected: ['r-shared-mailbox'],
  },
  {
    text: "Trying to book the Kōwhai room for the residents' AGM in 8 months and it keeps declining. Other bookings work fine.",
    company: pohutukawa,
    expected: ['r-calendar-sharing'],
  },
  {
    text: "Hi, what's the difference between the licence types? HR want to know which one the new activities coordinator needs - she'll have a laptop and needs proper Word and Excel",
    company: pohutukawa,
    expected: ['r-m365-licences'],
  },
  {
    text: 'changed my password on the website but the laptop still only takes the old one. working from home today',
    company: gulfHarbour,
    expected: ['r-password-reset-lockout'],
  },
  {
    text: "since the internet went down Tuesday and came back, the copier at the showroom can't email anyone scans",
    company: ellerslie,
    expected: ['r-mfd-scan-to-email'],
  },
  {
    text: 'forticlient stuck at 40 percent then drops out. tried twice',
    company: kumeu,
    expected: ['r-vpn-forticlient'],
  },
  {
    text: 'Ellerslie showroom - no internet, no phones since 10am. Penrose is fine. Customers waiting',
    company: ellerslie,
    expected: ['r-fibre-outage'],
  },
  {
    text: 'Can you add our new bookkeeper to Xero please, she starts Thursday. Cheers',
    company: kumeu,
    expected: ['r-xero-access'],
  },
  {
    text: "my phone keeps popping up asking me to approve a login in the middle of the night when I'm asleep. I keep saying no",
    company: pohutukawa,
    expected: ['r-compromised-account'],
  },
  {
    text: 'antivirus keeps stopping the DriveCentre update on the service PCs, says it blocked something',
    company: ellerslie,
    expected: ['r-edr-malware-alert'],
  },
  {
    text: 'Mike in the workshop has left us, his boss needs the stuff in his onedrive. sweet as',
    company: gulfHarbour,
    expected: ['r-leaver'],
  },

  // ---------------------------------------------------------------- Ellerslie Motor Group runbooks
  {
    text: 'drive centre frozen for everyone in service, not responding. 8am, workshop full',
    company: ellerslie,
    expected: ['r-emg-dms-access'],
  },
  {
    text: "the dealer system icon says my credentials didn't work. changed my windows password yesterday",
    company: ellerslie,
    expected: ['r-emg-dms-access'],
  },
  {
    text: 'Hey, job cards from the DMS are coming out on the sales printer upstairs instead of the workshop one',
    company: ellerslie,
    expected: ['r-emg-dms-access', 'r-emg-workshop-printers'],
  },
  {
    text: 'Sales manager wants to get into the dealer system from home tonight to finish the month end numbers, how does he do that',
    company: ellerslie,
    expected: ['r-emg-dms-access'],
  },
  {
    text: 'key tag printer at the service desk only printing half the tag, rest cut off',
    company: ellerslie,
    expected: ['r-emg-workshop-printers'],
  },
  {
    text: 'where do the warranty scans go from the workshop copier? Tama cant find them',
    company: ellerslie,
    expected: ['r-emg-workshop-printers'],
  },
  {
    text: 'New sales guy starting next week - Josh Tane. Needs the dealer system and the usual gear. Thanks',
    company: ellerslie,
    expected: ['r-emg-new-salesperson', 'r-new-starter'],
  },
  {
    text: 'we have a new apprentice tech starting, does he need a laptop and email?',
    company: ellerslie,
    expected: ['r-emg-new-salesperson'],
  },
  {
    text: "Penrose can get on the internet fine but the DMS won't open, says cant connect to the server",
    company: ellerslie,
    expected: ['r-emg-workshop-network', 'r-emg-dms-access'],
  },
  {
    text: 'the Toyota diag laptop needs to get online for a software flash, which wifi should it go on?',
    company: ellerslie,
    expected: ['r-emg-workshop-network'],
  },

  // ---------------------------------------------------------------- Kumeū Ridge Wines runbooks
  {
    text: 'tablet in the tank hall just shows a blank page, cant enter the readings',
    company: kumeu,
    expected: ['r-krw-vintrace'],
  },
  {
    text: 'new vintage casual needs a login for vintrace, starts Monday. Name is Lucas Martin',
    company: kumeu,
    expected: ['r-krw-vintrace'],
  },
  {
    text: 'eftpos at cellar door says pinpad offline!! got a bus tour in',
    company: kumeu,
    expected: ['r-krw-cellar-door-pos'],
  },
  {
    text: 'receipts stopped printing at the tasting room, the ipad says it cant find the printer',
    company: kumeu,
    expected: ['r-krw-cellar-door-pos'],
  },
  {
    text: 'label printer in the bottling shed is spitting out blank labels since we put the new roll in',
    company: kumeu,
    expected: ['r-krw-bottling-labels'],
  },
  {
    text: 'barcodes on the pallet labels are really light and the freight company scanner rejects them',
    company: kumeu,
    expected: ['r-krw-bottling-labels'],
  },
  {
    text: 'nothing working up at the shed this morning, weather station offline too. was blowing a gale last night',
    company: kumeu,
    expected: ['r-krw-site-network'],
  },
  {
    text: "power went off in the storm, it's back on now but still no internet after 5 mins. Is it us?",
    company: kumeu,
    expected: ['r-krw-site-network', 'r-fibre-outage'],
  },

  // ---------------------------------------------------------------- Pōhutukawa Gardens runbooks
  {
    text: 'RN on nights locked herself out of the care system, put her PIN in wrong. Middle of med round, urgent',
    company: pohutukawa,
    expected: ['r-pgv-care-system'],
  },
  {
    text: 'medication ipad in the hospital wing says working offline. can we just delete the app and put it back on?',
    company: pohutukawa,
    expected: ['r-pgv-care-system'],
  },
  {
    text: "Mrs Thompson in villa 14 can't get her new iPad on the internet, she's lost the bit of paper with the password",
    company: pohutukawa,
    expected: ['r-pgv-resident-wifi'],
  },
  {
    text: 'Resident in Kauri Lane asking if someone can come and set up his new printer in his villa',
    company: pohutukawa,
    expected: ['r-pgv-resident-wifi'],
  },
  {
    text: 'the computer at the rest home nurses station keeps kicking us out while we are writing notes',
    company: pohutukawa,
    expected: ['r-pgv-nurse-station-pcs'],
  },
  {
    text: "I saved the handover sheet on the desktop of the hospital computer yesterday and it's gone today",
    company: pohutukawa,
    expected: ['r-pgv-nurse-station-pcs'],
  },
  {
    text: "new caregiver starting Monday doesn't have a smart phone. how does she do the login code thing?",
    company: pohutukawa,
    expected: ['r-pgv-new-care-staff'],
  },
  {
    text: 'agency nurse on tonight needs to get into the care notes, can you set her up',
    company: pohutukawa,
    expected: ['r-pgv-new-care-staff', 'r-pgv-care-system'],
  },

  // ---------------------------------------------------------------- Gulf Harbour Marine runbooks
  {
    text: "VPN won't connect at the boat show, says could not download configuration. Show opens in an hour",
    company: gulfHarbour,
    expected: ['r-ghm-vpn'],
  },
  {
    text: 'not getting the push on my phone for the vpn, at westhaven today',
    company: gulfHarbour,
    expected: ['r-ghm-vpn'],
  },
  {
    text: 'vpn says connected but marinetrack still says it cant find the server',
    company: gulfHarbour,
    expected: ['r-ghm-vpn', 'r-ghm-marinetrack'],
  },
  {
    text: 'after the update this morning DriveCentre (or whatever our boat system is called) says version mismatch on the service desk pc',
    company: gulfHarbour,
    expected: ['r-ghm-marinetrack'],
  },
  {
    text: 'boats we sold last week are still showing on trade me and the website',
    company: gulfHarbour,
    expected: ['r-ghm-marinetrack'],
  },
  {
    text: 'techs tablets keep losing wifi out on the hardstand between the racks',
    company: gulfHarbour,
    expected: ['r-ghm-yard-network'],
  },
  {
    text: 'no wifi down on the sales pontoon since the storm on Sunday',
    company: gulfHarbour,
    expected: ['r-ghm-yard-network'],
  },
  {
    text: 'canon says authentication failed when I try to send a scan to the boat files. changed my password Monday',
    company: gulfHarbour,
    expected: ['r-ghm-scanning'],
  },
  {
    text: "I'm at Westhaven, how do I get the signed sale agreement into the boat file? there's no scanner here",
    company: gulfHarbour,
    expected: ['r-ghm-scanning'],
  },

  // ---------------------------------------------------------------- unanswerable: client hard negatives
  {
    text: 'Xero payroll is showing the wrong annual leave balance for two of the cellar staff after the last pay run',
    company: kumeu,
    expected: null,
  },
  {
    text: 'Zebra label printer at the parts counter printing blank labels',
    company: gulfHarbour,
    expected: null,
  },
  {
    text: "call bells in the hospital wing aren't coming through to the carers' pagers since this morning",
    company: pohutukawa,
    expected: null,
  },
  {
    text: 'yard cameras stopped recording Sunday night, the recorder screen just says no signal on all channels',
    company: gulfHarbour,
    expected: null,
  },
  {
    text: 'car photos wont upload to our motorcentral listings, just spins forever. tried chrome and edge',
    company: ellerslie,
    expected: null,
  },
  {
    text: 'online shop orders arent coming through to lightspeed anymore, wine club orders missing since Friday',
    company: kumeu,
    expected: null,
  },

  // ---------------------------------------------------------------- unanswerable: generic hard negatives and off-topic
  {
    text: 'time machine on my macbook says backup failed, disk not available',
    company: null,
    expected: null,
  },
  {
    text: 'how do I do a vlookup between two sheets, it keeps giving #N/A',
    company: null,
    expected: null,
  },
  {
    text: 'the power automate flow that saves invoice attachments stopped running, says the connection is invalid',
    company: null,
    expected: null,
  },
  {
    text: "our website is down, customers get 'this site can't be reached'. could the domain have run out?",
    company: null,
    expected: null,
  },
  {
    text: 'can we get a quote for 3 new laptops for the accounts team please',
    company: null,
    expected: null,
  },
  {
    text: 'how much would copilot cost us for 10 people?',
    company: null,
    expected: null,
  },
  {
    text: "paper jam in tray 2 on the big copier, can't get it out and the door won't close",
    company: null,
    expected: null,
  },
  {
    text: 'need to run a teams webinar with a registration form for about 200 people. how do I set that up?',
    company: null,
    expected: null,
  },
  {
    text: 'locked out of our bitwarden vault, master password not working. all the supplier logins are in there',
    company: null,
    expected: null,
  },
  {
    text: 'heat pump in the meeting room blowing cold air and the remote is dead',
    company: null,
    expected: null,
  },
  {
    text: 'fingerprint login stopped working on my laptop, have to type the pin every time now',
    company: null,
    expected: null,
  },
  {
    text: 'my personal iphone says storage full, can you help me move my photos somewhere',
    company: null,
    expected: null,
  },
  {
    text: 'adobe acrobat keeps telling me to sign in to use edit pdf, it used to just work',
    company: null,
    expected: null,
  },
];
