/**
 * Set Y: a blind labelled KB set, written without reading the search code or any other set.
 * Tickets as the four clients' staff and Copper State's own techs write them.
 */
import type { LabelledTicket } from '../tickets.ts';
import { SET_Y_CLIENTS } from './articles.ts';

const { saguaro, camelback, sonoran, estrella } = SET_Y_CLIENTS;

export const SET_Y_TICKETS: readonly LabelledTicket[] = [
  // ---------------------------------------------------------------- Saguaro Ridge Property Management
  {
    text: 'rent mgr wont let me in this morning says corp id or user name is wrong. i didnt change anything. - Maria (leasing, Tempe)',
    company: saguaro,
    expected: ['y-srpm-rentmanager-access'],
  },
  {
    text: 'Hi, First National called and said 6 of the owner distribution checks from last week had to be hand keyed because their machine couldnt read the numbers along the bottom. They want it fixed before the next run on the 10th. Thanks, Dana',
    company: saguaro,
    expected: ['y-srpm-micr-checks'],
  },
  {
    text: 'working from home, vpn gives error 809 every time',
    company: saguaro,
    expected: ['y-srpm-meraki-vpn'],
  },
  {
    text: 'Hello I got my new laptop and I am trying to connect from home so i can get to the shared drive. It says the L2TP connection attempt failed because the security layer encountered a processing error. thank you, Gloria',
    company: saguaro,
    expected: ['y-srpm-meraki-vpn', 'y-mapped-drives'],
  },
  {
    text: 'vpn username and password not recognized (691). I just reset my email password last week if that matters',
    company: saguaro,
    expected: ['y-srpm-meraki-vpn'],
  },
  {
    text: 'New leasing agent Kyle Brandt started today, he needs to be able to scan signed leases to his own folder from the copier in Scottsdale',
    company: saguaro,
    expected: ['y-srpm-scan-folder'],
  },
  {
    text: 'Ricoh upstairs is jammed AGAIN and now shows an SC code on the screen. Can someone come out?',
    company: saguaro,
    expected: ['y-srpm-scan-folder', 'y-printer-offline-spooler'],
  },
  {
    text: 'Nobody at Scottsdale can scan to folders since this morning, Tempe is the same. All of us. Did something get changed on the server?',
    company: saguaro,
    expected: ['y-srpm-scan-folder'],
  },
  {
    text: 'RM keeps saying I need to update and then asks for an administrator password which I dont have',
    company: saguaro,
    expected: ['y-srpm-rentmanager-access'],
  },
  {
    text: 'outlook keeps popping up the sign in box over and over since yesterday, i type password and it just comes back',
    company: saguaro,
    expected: ['y-outlook-password-prompts'],
  },
  {
    text: 'got a new iphone over the weekend and now the microsoft code thing doesnt work, cant get into email on my computer',
    company: saguaro,
    expected: ['y-mfa-reregister'],
  },
  {
    text: 'Hi team, Jessica Ortiz last day is this Friday 5pm. Please shut off her access and give her emails and files to Brian Keane. Thanks, Dana Whitfield, Accounting Manager',
    company: saguaro,
    expected: ['y-offboarding-checklist', 'y-shared-mailbox'],
  },
  {
    text: 'we have a new leasing agent starting Monday 6/3 Tyler Boone. needs email, laptop, the works, same as the other agents',
    company: saguaro,
    expected: ['y-onboarding-checklist', 'y-autopilot-provisioning'],
  },
  {
    text: 'Got an email from our landscaping company saying they switched banks and we need to update their ACH info before we pay this months invoice. It came from their real email address, looks legit? forwarding to you',
    company: saguaro,
    expected: ['y-phishing-triage'],
  },
  {
    text: 'i clicked on a docusign email and typed my password in and then it just went to a blank page. i think that was bad. what do i do',
    company: saguaro,
    expected: ['y-compromised-account', 'y-phishing-triage'],
  },
  {
    text: 'can i get access to the maintenance@ inbox? my manager Rick said its ok',
    company: saguaro,
    expected: ['y-shared-mailbox'],
  },
  {
    text: 'laptop wants a recovery key after the dell update last night, blue screen, 48 digits?? cant get past it',
    company: saguaro,
    expected: ['y-bitlocker-recovery'],
  },
  {
    text: 'My S drive disappeared. Im in the office today not at home',
    company: saguaro,
    expected: ['y-mapped-drives'],
  },
  {
    text: 'computer is so slow, takes like 10 min to start and RM freezes when I run reports. its pretty old',
    company: saguaro,
    expected: ['y-slow-computer'],
  },
  {
    text: 'Can you guys set up the Rent Manager resident portal so tenants can pay rent online with a credit card? We want to drop the old payment company',
    company: saguaro,
    expected: null,
  },
  {
    text: 'The Meraki camera at the Tempe pool gate shows offline in the dashboard since Tuesday',
    company: saguaro,
    expected: null,
  },
  {
    text: 'maintenance techs cant upload work order photos from the rent manager app on their phones, just spins',
    company: saguaro,
    expected: null,
  },
  {
    text: 'We just took over management of a 40 unit building in Gilbert. The onsite manager there has their own internet. Can you connect that office into our network permanently so they see the S drive like Tempe does?',
    company: saguaro,
    expected: null,
  },
  {
    text: 'scans from the scottsdale copier to email stopped coming through after Cox swapped our modem on Thursday',
    company: saguaro,
    expected: ['y-scan-to-email-relay', 'y-internet-outage'],
  },
  {
    text: 'front desk phone in tempe says No Service on the screen',
    company: saguaro,
    expected: ['y-voip-yealink-3cx'],
  },
  {
    text: 'need the Owner Statements folder back on the S drive, someone deleted it this morning around 10ish. please hurry month end',
    company: saguaro,
    expected: ['y-file-restore'],
  },
  {
    text: 'got a red popup from sentinel one when i opened the invoice attachment, said threat something. is my computer ok?',
    company: saguaro,
    expected: ['y-sentinelone-alerts', 'y-phishing-triage'],
  },

  // ---------------------------------------------------------------- Camelback Veterinary Partners
  {
    text: 'avimark wont open at chandler front desk #2, says cannot find V:\\avimark',
    company: camelback,
    expected: ['y-cvp-avimark-wont-open', 'y-mapped-drives'],
  },
  {
    text: 'AVIMARK IS DOWN FOR THE WHOLE HOSPITAL. Glendale. every computer says it cant connect to the server. we have a lobby full of patients please call 623-555-0148',
    company: camelback,
    expected: ['y-cvp-avimark-wont-open'],
  },
  {
    text: 'Morning - avimark popped up a message when we opened that last nights rebuild didnt complete. Think someone left a computer logged in. Ok to keep working?',
    company: camelback,
    expected: ['y-cvp-avimark-wont-open'],
  },
  {
    text: 'bloodwork from the catalyst isnt going into the patients chart anymore, techs are typing the values in by hand. Arcadia',
    company: camelback,
    expected: ['y-cvp-idexx-results'],
  },
  {
    text: 'the lab computer thing (idexx) has a red icon and says not connected to practice management',
    company: camelback,
    expected: ['y-cvp-idexx-results'],
  },
  {
    text: 'rx labels printing crooked, half on one label half on the next',
    company: camelback,
    expected: ['y-cvp-label-printers'],
  },
  {
    text: 'kennel card printer spitting out blank labels',
    company: camelback,
    expected: ['y-cvp-label-printers'],
  },
  {
    text: 'someone updated the dymo program on the pharmacy computer yesterday and now avimark wont print any medication labels. Glendale',
    company: camelback,
    expected: ['y-cvp-label-printers'],
  },
  {
    text: 'PHONES DOWN at arcadia, every handset says no service. cant take calls. internet seems ok',
    company: camelback,
    expected: ['y-cvp-weave-phones'],
  },
  {
    text: 'Hi, starting next month our after hours calls should go to the new 24hr ER on Bell Rd instead of the old one. Who changes that? -Karen, Regional Practice Manager',
    company: camelback,
    expected: ['y-cvp-weave-phones'],
  },
  {
    text: 'the weave app on my computer keeps kicking me out and asks for a password that isnt my email password',
    company: camelback,
    expected: ['y-cvp-weave-phones'],
  },
  {
    text: 'Can you help me set up the automatic text reminders in Weave for rabies and DHPP vaccines? want different wording for cats vs dogs',
    company: camelback,
    expected: null,
  },
  {
    text: 'xray in chandler not sending images to the viewing software, the Sound DR program shows an error when we acquire',
    company: camelback,
    expected: null,
  },
  {
    text: 'Treatment room printer shows offline, nothing prints. the one by the scale',
    company: camelback,
    expected: ['y-printer-offline-spooler'],
  },
  {
    text: 'New associate vet starting at Glendale on the 15th - Dr. Amy Chen. She will need email, a computer login, and whatever else the other doctors have.',
    company: camelback,
    expected: ['y-onboarding-checklist'],
  },
  {
    text: 'one of our techs email is sending out weird invoices to our clients, people have been calling all morning asking about it',
    company: camelback,
    expected: ['y-compromised-account'],
  },
  {
    text: 'got a text from "Dr. Morales" asking me to pick up some gift cards for staff appreciation and send pics of the codes, is this real lol',
    company: camelback,
    expected: ['y-phishing-triage'],
  },
  {
    text: 'URGENT glendale front desk computer has a note on the screen saying our files are encrypted and all the files on the desktop have weird endings now',
    company: camelback,
    expected: ['y-ransomware-response'],
  },
  {
    text: 'I keep getting locked out of my account every 20 minutes or so, have reset it twice. I have email on my old phone too if that matters',
    company: camelback,
    expected: ['y-password-reset-lockout'],
  },
  {
    text: 'Datto says screenshot verification failed on CVP-GLN-SRV two nights running, screenshot shows boot device not found',
    company: camelback,
    expected: ['y-backup-job-failures'],
  },
  {
    text: 'The owners want a price on moving our hospitals from AVImark to the cloud version (Covetrus Pulse). What would that involve on your side?',
    company: camelback,
    expected: null,
  },
  {
    text: 'search in outlook doesnt find anything older than a month or so',
    company: camelback,
    expected: ['y-outlook-search-index'],
  },
  {
    text: 'email to a client bounced 550 5.1.10',
    company: camelback,
    expected: ['y-mail-delivery-ndr'],
  },
  {
    text: 'A client is disputing what our receptionist told her on the phone Tuesday around 3. Can you pull the recording of that call?',
    company: camelback,
    expected: null,
  },
  {
    text: 'surgery room pc stuck on updates 30% for over an hour, dont turn off your computer. can i turn it off?? we need it for surgery at 1',
    company: camelback,
    expected: ['y-windows-update-failures'],
  },
  {
    text: 'AVImark wont start on 2 computers in chandler after the update last night. the other ones are fine. got a sentinel popup when it updated I think',
    company: camelback,
    expected: ['y-sentinelone-alerts', 'y-cvp-avimark-wont-open'],
  },
  {
    text: 'Dr. Ruiz is going to Cancun for a conference next week and needs to be able to check email there. Last time she was blocked. Approved by me - Karen',
    company: camelback,
    expected: ['y-conditional-access-denied'],
  },
  {
    text: 'trying to get on from home to look at avimark, forticlient sits at 98 percent then drops',
    company: camelback,
    expected: ['y-vpn-forticlient'],
  },
  {
    text: 'pet insurance claim website wont load at arcadia, page says blocked - newly observed domain. we need it to submit claims',
    company: camelback,
    expected: ['y-web-filter-firewall-requests'],
  },

  // ---------------------------------------------------------------- Sonoran Air Mechanical
  {
    text: 'tech says his ipad isnt showing todays jobs in ST, dispatch board shows 3 jobs assigned to him. Tech #27 Marco',
    company: sonoran,
    expected: ['y-sam-servicetitan-mobile'],
  },
  {
    text: 'tonys pictures from the job this morning are stuck uploading in the app, been like 2 hours',
    company: sonoran,
    expected: ['y-sam-servicetitan-mobile'],
  },
  {
    text: 'servicetitan on the ipads says update required but theres no update button and the app store wants an apple id',
    company: sonoran,
    expected: ['y-sam-servicetitan-mobile'],
  },
  {
    text: "quickbooks H202 on Linda's computer, everybody else can get in fine",
    company: sonoran,
    expected: ['y-sam-quickbooks-multiuser'],
  },
  {
    text: 'Nobody can open QB this morning. It says the company file is on another computer and quickbooks needs help connecting. Payroll is due today!!',
    company: sonoran,
    expected: ['y-sam-quickbooks-multiuser'],
  },
  {
    text: 'I installed the quickbooks update it asked for and now it wants to update the company file and Sharon says she cant open it on her computer anymore',
    company: sonoran,
    expected: ['y-sam-quickbooks-multiuser'],
  },
  {
    text: 'invoices from servicetitan havent shown up in quickbooks since friday',
    company: sonoran,
    expected: ['y-sam-quickbooks-multiuser'],
  },
  {
    text: 'netextender says login failed incorrect username/password but i can log into my laptop fine with the same password',
    company: sonoran,
    expected: ['y-sam-sonicwall-vpn'],
  },
  {
    text: 'Working from home today. I am connected to the VPN but QuickBooks is unusably slow, takes a minute to open each invoice. Is there a fix? - Sharon, AR',
    company: sonoran,
    expected: ['y-sam-sonicwall-vpn', 'y-sam-quickbooks-multiuser'],
  },
  {
    text: 'one of our guys left his ipad on the roof of the truck and drove off, its gone. tech 14',
    company: sonoran,
    expected: ['y-sam-lost-ipad'],
  },
  {
    text: 'Can you set up ServiceTitan to pull our Ferguson and Johnstone part prices automatically so the pricebook stays current?',
    company: sonoran,
    expected: null,
  },
  {
    text: 'dispatch wants the truck GPS from verizon connect to show on the servicetitan map, can you link them',
    company: sonoran,
    expected: null,
  },
  {
    text: 'wifi in the goodyear yard office is terrible, drops every few minutes',
    company: sonoran,
    expected: ['y-wifi-unifi'],
  },
  {
    text: 'internet down at tempe, everything offline, phones too',
    company: sonoran,
    expected: ['y-internet-outage'],
  },
  {
    text: 'phone calls keep cutting off at exactly 15 minutes, every single call. started after the internet guy was here',
    company: sonoran,
    expected: ['y-voip-yealink-3cx'],
  },
  {
    text: 'SonicWall sent us an email about a critical vulnerability in the SSLVPN and says to upgrade firmware. Is ours affected and can you patch it?',
    company: sonoran,
    expected: null,
  },
  {
    text: 'The zebra label printer in the warehouse is printing blank part labels',
    company: sonoran,
    expected: null,
  },
  {
    text: 'Can we start recording all calls on the main line and have them emailed to the office manager? for training',
    company: sonoran,
    expected: null,
  },
  {
    text: 'I cant open anything in the Estimates folder, theres little red x marks on all of it',
    company: sonoran,
    expected: ['y-onedrive-sync-errors'],
  },
  {
    text: 'need access to the Service Agreements site, it says i need permission and has a request button',
    company: sonoran,
    expected: ['y-sharepoint-access-sharing'],
  },
  {
    text: 'logged in and my desktop is empty, all my files are gone and it says something about a temporary profile',
    company: sonoran,
    expected: ['y-temp-profile'],
  },
  {
    text: 'Hi, Mike (owner) set up a rule to send his email to his gmail so he gets it on his personal phone. people say they get a bounce now and he isnt getting anything on gmail',
    company: sonoran,
    expected: ['y-external-forwarding-blocked', 'y-mobile-outlook-app-protection'],
  },
  {
    text: 'want my work email on my personal samsung, the gmail app wont let me sign in',
    company: sonoran,
    expected: ['y-mobile-outlook-app-protection'],
  },
  {
    text: 'the mac in marketing keeps asking for the keychain password',
    company: sonoran,
    expected: ['y-mac-support'],
  },
  {
    text: 'S1 alert on SAM-APP01 - qbupdate.exe flagged suspicious, quarantined',
    company: sonoran,
    expected: ['y-sentinelone-alerts'],
  },
  {
    text: 'mailbox full cant send',
    company: sonoran,
    expected: ['y-mailbox-archive-full'],
  },
  {
    text: "Hey it's Rob in dispatch. 2 things. my second monitor went black after I moved desks and also outlook keeps asking me for my password over and over. thx",
    company: sonoran,
    expected: ['y-dock-monitors', 'y-outlook-password-prompts'],
  },
  {
    text: "our office manager needs to be able to see and accept meetings on Mike's calendar for him",
    company: sonoran,
    expected: ['y-calendar-permissions'],
  },

  // ---------------------------------------------------------------- Estrella Vista Preparatory Academy
  {
    text: 'teacher cant log into powerschool, the microsoft button just takes her right back to the login page',
    company: estrella,
    expected: ['y-evpa-powerschool'],
  },
  {
    text: 'grades I entered in PowerTeacher arent showing for parents, it says sync failed',
    company: estrella,
    expected: ['y-evpa-powerschool'],
  },
  {
    text: 'Mrs. Johnsons 3rd period is missing 4 kids in her gradebook',
    company: estrella,
    expected: ['y-evpa-powerschool'],
  },
  {
    text: 'student chromebook says locked by the administrator, kid swears he didnt do anything. Avondale room 12',
    company: estrella,
    expected: ['y-evpa-chromebooks'],
  },
  {
    text: 'reset a chromebook and now it wont let the student log in, its asking to set it up like a new one',
    company: estrella,
    expected: ['y-evpa-chromebooks'],
  },
  {
    text: 'new student started today and cant sign into his chromebook',
    company: estrella,
    expected: ['y-evpa-chromebooks'],
  },
  {
    text: 'board in room 14 not showing my laptop, says no signal',
    company: estrella,
    expected: ['y-evpa-promethean'],
  },
  {
    text: 'the smartboard shows my screen but I cant touch or write on it anymore',
    company: estrella,
    expected: ['y-evpa-promethean'],
  },
  {
    text: 'my phone wont connect to the staff wifi, it asks me to pick a certificate??',
    company: estrella,
    expected: ['y-evpa-wifi-ssids'],
  },
  {
    text: 'AASA testing starts April 7 at both campuses. What do we need to do ahead of time with wifi and chromebooks? - Testing Coordinator',
    company: estrella,
    expected: ['y-evpa-wifi-ssids', 'y-evpa-chromebooks'],
  },
  {
    text: 'parent volunteers need internet for the book fair next week',
    company: estrella,
    expected: ['y-evpa-wifi-ssids'],
  },
  {
    text: 'We want the online enrollment forms parents fill out for next year to flow straight into PowerSchool instead of the office retyping them. can you set that up?',
    company: estrella,
    expected: null,
  },
  {
    text: '7th grade cant watch the youtube video for science, goguardian is blocking it. i need it for 2nd period',
    company: estrella,
    expected: ['y-evpa-chromebooks'],
  },
  {
    text: 'how do i make a flipchart with a countdown timer in ActivInspire for my board',
    company: estrella,
    expected: null,
  },
  {
    text: 'the front office copier wont scan to the shared folder anymore, says authentication failed',
    company: estrella,
    expected: null,
  },
  {
    text: 'teacher laptop has a bitlocker screen after the bios update, asks for key',
    company: estrella,
    expected: ['y-bitlocker-recovery'],
  },
  {
    text: "I keep getting approve sign in requests on my phone but I'm not logging into anything?? like 10 today",
    company: estrella,
    expected: ['y-compromised-account'],
  },
  {
    text: 'Help - the principal just "shared a document" with all staff and it asks for your microsoft password. she says she didnt send it. some teachers already clicked',
    company: estrella,
    expected: ['y-compromised-account', 'y-phishing-triage'],
  },
  {
    text: 'teams keeps freezing and my chats wont load, just the spinning circle',
    company: estrella,
    expected: ['y-teams-cache-reset'],
  },
  {
    text: 'how do I put the school logo as my background in teams for parent conferences',
    company: estrella,
    expected: null,
  },
  {
    text: 'word and excel keep saying account error sign in to fix and everything opens read only',
    company: estrella,
    expected: ['y-m365-licensing-activation'],
  },
  {
    text: 'new 2nd grade teacher starting aug 4 needs a laptop and accounts. Name is Ana Flores. -HR',
    company: estrella,
    expected: ['y-onboarding-checklist', 'y-autopilot-provisioning'],
  },
  {
    text: 'i saved over my lesson plan doc in onedrive yesterday by accident, can i get the old one back',
    company: estrella,
    expected: ['y-file-restore'],
  },
  {
    text: "can you share the 5th grade team sharepoint with the district's reading coach? she has an outside email",
    company: estrella,
    expected: ['y-sharepoint-access-sharing'],
  },
  {
    text: 'wifi in room 22 totally dead, the little light on the ceiling thing is off',
    company: estrella,
    expected: ['y-wifi-unifi', 'y-evpa-wifi-ssids'],
  },
  {
    text: 'student chromebook is missing like 5 keys, kid picked them off',
    company: estrella,
    expected: ['y-evpa-chromebooks'],
  },
  {
    text: 'end of year: can you send me a list of which 8th graders never turned their chromebooks back in?',
    company: estrella,
    expected: null,
  },
  {
    text: 'moved my desk to room 9 and the plug in the wall doesnt work, laptop says network cable unplugged',
    company: estrella,
    expected: ['y-switch-port-vlan'],
  },
  {
    text: 'forticlient says credential or sslvpn config is wrong -7200, trying to get to the shared drive from home',
    company: estrella,
    expected: ['y-vpn-forticlient'],
  },

  // ---------------------------------------------------------------- Internal / unknown client
  {
    text: 'how do i release an email from quarantine for a client user? she swears it is legit',
    company: null,
    expected: ['y-mail-delivery-ndr'],
  },
  {
    text: 'need to uninstall S1 agent on a machine for a reinstall, where is the passphrase',
    company: null,
    expected: ['y-sentinelone-alerts'],
  },
  {
    text: 'datto alert backup failed on a client server, vss writer error. procedure?',
    company: null,
    expected: ['y-backup-job-failures'],
  },
  {
    text: 'user PC shows 169.254 address no internet, others at the desk ok',
    company: null,
    expected: ['y-dhcp-dns-issues', 'y-switch-port-vlan'],
  },
  {
    text: 'hi this is Carla, im not sure who our IT is, my laptop cant find the printer anymore and my documents just sit in the queue',
    company: null,
    expected: ['y-printer-offline-spooler'],
  },
  {
    text: "client's domain name expires in 3 days at GoDaddy and their card on file bounced, what's our process to renew",
    company: null,
    expected: null,
  },
  {
    text: 'Signed a new client, 25 users on Google Workspace. How do we stand up their Microsoft 365 tenant and move their mail over?',
    company: null,
    expected: null,
  },
  {
    text: 'FortiGate is warning the SSL VPN portal certificate expires in 10 days for one of our clients, how do we renew it',
    company: null,
    expected: null,
  },
  {
    text: 'autopilot stuck on identifying for 45 min on a new dell, no progress',
    company: null,
    expected: ['y-autopilot-provisioning'],
  },
  {
    text: 'user traveling to Canada getting AADSTS53003 on sign in',
    company: null,
    expected: ['y-conditional-access-denied'],
  },
];
