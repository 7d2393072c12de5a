/**
 * Set X: a blind labelled KB set, written without reading the search code or any other set.
 * Tickets as the Glasgow MSP's clients and L1 techs write them, labelled against SET_X_ARTICLES.
 */
import type { LabelledTicket } from '../tickets.ts';
import { SET_X_CLIENTS } from './articles.ts';

const { clydeside, glenkelvin, merchantcity, kelvinside } = SET_X_CLIENTS;

export const SET_X_TICKETS: readonly LabelledTicket[] = [
  // ---------------------------------------------------------------- Clydeside Homes
  {
    text: 'hi, the housing system wont open from home today, says something about the gateway server being temporarily unavailable?? was fine yesterday. Karen, Income Team',
    company: clydeside,
    expected: ['x-chha-civica-cx'],
  },
  {
    text: 'CX is frozen on me, cant click anything, says not responding at the top and its been like that 20 mins. I closed it and opened it again and its the same',
    company: clydeside,
    expected: ['x-chha-civica-cx'],
  },
  {
    text: 'Whole rents team getting an ORA error when logging in, ORA-12541 something no listener. urgent, rent day',
    company: clydeside,
    expected: ['x-chha-civica-cx'],
  },
  {
    text: 'Hi there, can you build us a new report in CX that shows all tenants with arrears over £500 broken down by patch? Need it for the board on Thursday. Thanks, Derek',
    company: clydeside,
    expected: null,
  },
  {
    text: 'none of the boys tablets getting there jobs since first thing, at least 6 of them. repairs desk',
    company: clydeside,
    expected: ['x-chha-totalmobile-tablets'],
  },
  {
    text: 'Gary (van 12) has left his tablet on the 4 bus. Can it be blocked please before somebody gets into it',
    company: clydeside,
    expected: ['x-chha-totalmobile-tablets'],
  },
  {
    text: 'total mobile keeps kicking me out and now wants my pin, I dont know my pin',
    company: clydeside,
    expected: ['x-chha-totalmobile-tablets'],
  },
  {
    text: 'working from home today and when I click connect on the vpn the microsoft login window is just blank white. cant get my S drive',
    company: clydeside,
    expected: ['x-chha-vpn', 'x-vpn-forticlient'],
  },
  {
    text: "Our new housing officer Aisha (started 2 weeks ago) can't get onto the VPN from home - she gets the Microsoft sign in OK but then something about her administrator blocking users. Manager approved. Lisa, Housing Services",
    company: clydeside,
    expected: ['x-chha-vpn', 'x-vpn-forticlient'],
  },
  {
    text: 'got my new ID badge from reception and when I tap it on the copier it says card not registered',
    company: clydeside,
    expected: ['x-chha-papercut'],
  },
  {
    text: 'I sent 3 things to print, went to the printer on the 2nd floor and nothing there, tried the one on the ground floor too. where have they gone',
    company: clydeside,
    expected: ['x-chha-papercut', 'x-print-queue'],
  },
  {
    text: 'ALL copiers at Dalmarnock saying unable to connect to server when you tap your card. nobody can print anything',
    company: clydeside,
    expected: ['x-chha-papercut'],
  },
  {
    text: 'hello got a new phone at the weekend and now i cant get the code thing to log in to my email. Margaret Doyle, Asset Management, 0141 xxx',
    company: clydeside,
    expected: ['x-mfa-reset'],
  },
  {
    text: 'outlook keeps popping up asking for my password over and over. I type it in and it goes away and then its back 5 mins later. Driving me mad',
    company: clydeside,
    expected: ['x-outlook-password-prompts'],
  },
  {
    text: 'New starter Monday 3rd - Craig Donnelly, Asset Management Officer. Same access as Lisa Reid please, needs a laptop and a desk phone. Thanks HR',
    company: clydeside,
    expected: ['x-new-starter'],
  },
  {
    text: 'Tom Brannigan finishes up on Friday. please take his access off and can his manager Sandra get his emails',
    company: clydeside,
    expected: ['x-leaver'],
  },
  {
    text: 'the S drive has gone off my computer it just has a red cross on it now',
    company: clydeside,
    expected: ['x-mapped-drives'],
  },
  {
    text: 'laptop did a dell update last night and this morning its a blue screen wanting a key, long number',
    company: clydeside,
    expected: ['x-bitlocker-recovery'],
  },
  {
    text: 'Staff have got an email from "Clydeside Homes Payroll" saying to update their bank details for the new payroll system. One of the finance assistants clicked the link but says she didn\'t type anything in. I think about 30 people got it.',
    company: clydeside,
    expected: ['x-phishing-reported'],
  },
  {
    text: 'I think my email has been hacked, people are phoning me saying I sent them a document to sign and I didnt, and Im getting loads of bounce backs',
    company: clydeside,
    expected: ['x-compromised-account'],
  },
  {
    text: 'We have a new repairs contractor (MacLeod Building Services) who need to see CX from their own office permanently. Can you set up a site to site vpn between us and them?',
    company: clydeside,
    expected: null,
  },
  {
    text: 'Hi, finance here, Sage wont open on my pc this morning it says unable to connect to the application server. Is the server down?',
    company: clydeside,
    expected: null,
  },
  {
    text: 'teams not loading just a white screen',
    company: clydeside,
    expected: ['x-teams-cache'],
  },
  {
    text: 'On teams calls i cant hear anybody through my headset but they can hear me fine. it worked last week. using the jabra one',
    company: clydeside,
    expected: ['x-teams-av'],
  },
  {
    text: 'wifi in the big meeting room at Govan keeps dropping peoples laptops during meetings, been all week. phones seem fine',
    company: clydeside,
    expected: ['x-wifi-corporate'],
  },
  {
    text: 'Reception PC every morning says we couldnt complete the updates undoing changes and takes half an hour to start. Can someone look',
    company: clydeside,
    expected: ['x-windows-update'],
  },
  {
    text: 'I was off on annual leave and now my password has expired and I cant get into anything. I am working from home on my laptop. Please phone me on my mobile',
    company: clydeside,
    expected: ['x-password-reset'],
  },
  {
    text: 'deleted a whole folder on the S drive by mistake yesterday afternoon - "Rent Arrears 2024". Is there any way of getting it back?? Jim',
    company: clydeside,
    expected: ['x-restore-files'],
  },

  // ---------------------------------------------------------------- Glen Kelvin Distillers
  {
    text: "sage saying user already logged in but I'm not?? Jen is on holiday and I think she was the last one in it on Friday. Anne, Finance",
    company: glenkelvin,
    expected: ['x-gkd-sage200'],
  },
  {
    text: 'Sage 200 - unable to connect to application server on all the finance PCs since the power cut this morning',
    company: glenkelvin,
    expected: ['x-gkd-sage200'],
  },
  {
    text: 'Hi, trying to submit our VAT return through Sage and it says the connection to HMRC failed, something about MTD authorisation. Quarter deadline is Friday. How do I fix it?',
    company: glenkelvin,
    expected: null,
  },
  {
    text: 'scanner guns in warehouse 4 all saying no connection cant log the cask moves',
    company: glenkelvin,
    expected: ['x-gkd-warehouse-scanners'],
  },
  {
    text: 'Handheld wont read the barcodes on the casks. Screen works fine, just nothing happens when I press the trigger. Dougie - warehouse',
    company: glenkelvin,
    expected: ['x-gkd-warehouse-scanners'],
  },
  {
    text: 'can someone come and move the wifi box in warehouse 4 further down towards row 22 the signal is rubbish down there',
    company: glenkelvin,
    expected: ['x-gkd-warehouse-scanners'],
  },
  {
    text: 'case labels coming out half on half off the sticker and every second one is blank. just put a new roll in. line 2',
    company: glenkelvin,
    expected: ['x-gkd-label-printers'],
  },
  {
    text: 'BARTENDER SAYS LICENSE SERVER NOT FOUND CANT PRINT PALLET LABELS LINE IS STOPPED',
    company: glenkelvin,
    expected: ['x-gkd-label-printers'],
  },
  {
    text: 'Shop till says offline and the card machine wont connect, we have a tour bus of 40 arriving in 20 mins!! please phone the shop',
    company: glenkelvin,
    expected: ['x-gkd-visitor-centre-tills'],
  },
  {
    text: 'receipts not printing in the gift shop, till works',
    company: glenkelvin,
    expected: ['x-gkd-visitor-centre-tills'],
  },
  {
    text: 'The tours booking page on the website is showing no availability for August but we have loads of spaces. People are emailing to say they cant book. Can you fix? Thanks, Rhona (Visitor Experience)',
    company: glenkelvin,
    expected: null,
  },
  {
    text: 'the PC in the stillhouse that runs the stills is nagging to do a windows update, is it ok to let it go ahead or will it mess up the control software?',
    company: glenkelvin,
    expected: null,
  },
  {
    text: 'Outlook keeps crashing as soon as I open it, cant get to any of my emails. I have restarted the laptop twice',
    company: glenkelvin,
    expected: ['x-outlook-profile-rebuild'],
  },
  {
    text: 'Emails from our glass supplier arent coming through to purchasing@, their IT say our server bounced it with 550 5.7.1. Can you check?',
    company: glenkelvin,
    expected: ['x-exo-mailflow'],
  },
  {
    text: 'need access to the orders mailbox pls, Morag has approved. cheers',
    company: glenkelvin,
    expected: ['x-shared-mailbox'],
  },
  {
    text: 'when I reply from the orders inbox I get a message back saying I dont have permission to send on behalf of that user. Colleague can do it fine',
    company: glenkelvin,
    expected: ['x-shared-mailbox'],
  },
  {
    text: 'Got a popup from SentinelOne saying it blocked something when Sage was trying to update itself. Is that a virus?',
    company: glenkelvin,
    expected: ['x-edr-alert'],
  },
  {
    text: 'got my new laptop today but all the stuff that was on my desktop has disappeared, the brand guidelines folder etc. Kirsty, Marketing',
    company: glenkelvin,
    expected: ['x-onedrive-sync'],
  },
  {
    text: 'little red crosses on loads of files in the brand folder and my colleague says she cant see my changes',
    company: glenkelvin,
    expected: ['x-onedrive-sync'],
  },
  {
    text: 'Trying to open the files in the 2025 Release project team and it says I need access. Can you add me?',
    company: glenkelvin,
    expected: ['x-sharepoint-access'],
  },
  {
    text: 'desk phone in the still house office says no service on the screen',
    company: glenkelvin,
    expected: ['x-voip-3cx'],
  },
  {
    text: 'Please can the shop phone go through to my mobile this sunday, no one will be in. Thanks Rhona',
    company: glenkelvin,
    expected: ['x-voip-3cx'],
  },
  {
    text: 'We want to bring our old BT number for the visitor centre across onto the new phone system so we can keep using it on the leaflets. What do we need to do?',
    company: glenkelvin,
    expected: null,
  },
  {
    text: 'Can you add the whisky festival organisers (events@spiritoffestival.co.uk) to our Events email group so they get the same emails as us',
    company: glenkelvin,
    expected: null,
  },
  {
    text: 'laptop is really slow, takes about 10 mins to start and the fan is going mental all day',
    company: glenkelvin,
    expected: ['x-slow-pc'],
  },
  {
    text: 'second screen on my desk not working since I moved desks, I plug in the dell dock thing and only the laptop screen works',
    company: glenkelvin,
    expected: ['x-dock-monitors'],
  },
  {
    text: 'Everyone in the main office has no internet. My IP is 169.254.something. Warehouse guys say theirs is fine',
    company: glenkelvin,
    expected: ['x-dhcp-no-ip'],
  },
  {
    text: 'HR want to stop confidential stuff sitting in the printer tray. Can we set it up so you tap your fob on the printer to release your print jobs?',
    company: glenkelvin,
    expected: null,
  },

  // ---------------------------------------------------------------- Merchant City Architects
  {
    text: 'Revit says no license available this morning, autocad too',
    company: merchantcity,
    expected: ['x-mca-autodesk'],
  },
  {
    text: 'revit opened in some kind of viewer mode?? it wont let me save anything. deadline today',
    company: merchantcity,
    expected: ['x-mca-autodesk'],
  },
  {
    text: "Revit crashes every time I load the curtain wall family from our library, just that one family, every other family is fine. Tried on Euan's machine, same thing.",
    company: merchantcity,
    expected: null,
  },
  {
    text: 'plotter printing my A1 drawings tiny in the corner of the A0 sheet, wasting loads of paper',
    company: merchantcity,
    expected: ['x-mca-plotter'],
  },
  {
    text: 'big printer says printhead error nothing printing. competition submission due at 5!!!!',
    company: merchantcity,
    expected: ['x-mca-plotter'],
  },
  {
    text: 'the colour renders are all coming out with faint stripes across them on the designjet',
    company: merchantcity,
    expected: ['x-mca-plotter'],
  },
  {
    text: 'Working from home today. Connected the netextender thing ok but then remote desktop says it cant find my computer. Fiona',
    company: merchantcity,
    expected: ['x-mca-remote-access'],
  },
  {
    text: 'vpn says login failed unauthorised. I changed my password on friday if that matters',
    company: merchantcity,
    expected: ['x-mca-remote-access'],
  },
  {
    text: 'remote desktop is really laggy from home - can I not just open the central file over the vpn on my laptop instead? would be way quicker',
    company: merchantcity,
    expected: ['x-mca-remote-access'],
  },
  {
    text: 'P drive gone on my workstation',
    company: merchantcity,
    expected: ['x-mca-nas-projects', 'x-mapped-drives'],
  },
  {
    text: "Can't synchronise with central on the Hillhead School model, says its locked by another user but everyone says they're not in it. Been like this since lunch",
    company: merchantcity,
    expected: ['x-mca-nas-projects'],
  },
  {
    text: 'the server thing in the comms cupboard is beeping really loudly and wont stop',
    company: merchantcity,
    expected: ['x-mca-nas-projects'],
  },
  {
    text: 'accidentally saved over the Ingram St elevations PDF on the project drive around 11, is there any way to get the version from 10am back?',
    company: merchantcity,
    expected: ['x-mca-nas-projects', 'x-restore-files'],
  },
  {
    text: 'NAS is getting full. Could we move all the projects older than 2015 off it onto some sort of cheaper archive storage or cloud cold storage? What would it cost?',
    company: merchantcity,
    expected: null,
  },
  {
    text: 'Hi, we have a Part 1 student (Ewan Gillies) starting on Monday for a year. He will need a login, email, a workstation and Revit. Same as Callum. Thanks, Claire (Practice Manager)',
    company: merchantcity,
    expected: ['x-new-starter', 'x-mca-autodesk'],
  },
  {
    text: 'Twinmotion wont launch, epic games launcher gives an error and just closes',
    company: merchantcity,
    expected: null,
  },
  {
    text: 'the canon copier scan to email stopped working today, says SMTP authentication error on the screen',
    company: merchantcity,
    expected: ['x-scan-to-email'],
  },
  {
    text: 'whats the wifi password for guests? client meeting at 2',
    company: merchantcity,
    expected: null,
  },
  {
    text: 'Bit weird - at 2am last night I got a text with a code I hadnt asked for, then a popup on my phone asking me to approve a sign in. I pressed deny. Then another one. Should I be worried?',
    company: merchantcity,
    expected: ['x-compromised-account'],
  },
  {
    text: 'teams error caa7000a wont let me sign in',
    company: merchantcity,
    expected: ['x-teams-cache'],
  },
  {
    text: 'word and excel showing a red bar saying unlicensed product on my new workstation, cant edit anything',
    company: merchantcity,
    expected: ['x-office-activation', 'x-m365-licensing'],
  },
  {
    text: 'We need 2 more of the Microsoft licences (Business Premium I think?) for the new starters in September. Claire',
    company: merchantcity,
    expected: ['x-m365-licensing'],
  },
  {
    text: 'Im in Spain on holiday and cant get my work email on my phone, it says you cannot access this right now. need to check something for a client',
    company: merchantcity,
    expected: ['x-ca-blocked'],
  },
  {
    text: 'my monitor keeps flickering and the laptop says slow charger when its plugged into the dock',
    company: merchantcity,
    expected: ['x-dock-monitors'],
  },
  {
    text: 'Our website doesnt load on any of the office computers since the web designer moved it to a new host last week. Works fine on my phone on 4G though',
    company: merchantcity,
    expected: ['x-dns-resolution'],
  },
  {
    text: 'network socket at the window desk not working, the little lights on the back of the pc dont come on at all. tried a different cable',
    company: merchantcity,
    expected: ['x-switch-port'],
  },
  {
    text: 'logged in this morning and got a message about a temporary profile, my desktop is empty and revit is asking me to set everything up again',
    company: merchantcity,
    expected: ['x-temp-profile'],
  },
  {
    text: 'S1 threat on MCA-WS-009 - suspicious, mitigated, looks like a rhino plugin installer. user says they were installing a grasshopper add-on',
    company: merchantcity,
    expected: ['x-edr-alert'],
  },

  // ---------------------------------------------------------------- Kelvinside Dental Group
  {
    text: 'EXACT wont open on reception, says cant find server. Byres Rd. patients waiting!!',
    company: kelvinside,
    expected: ['x-kdg-exact'],
  },
  {
    text: 'appointment book at Shawlands is so slow today, takes ages to flick between days and open charts',
    company: kelvinside,
    expected: ['x-kdg-exact'],
  },
  {
    text: 'Can you change the hygienist column on the appointment screen to purple so it stands out from the dentists? Thanks, Gillian PM',
    company: kelvinside,
    expected: null,
  },
  {
    text: 'xray thing not picking up in surgery 2, the icon is grey',
    company: kelvinside,
    expected: ['x-kdg-xray'],
  },
  {
    text: 'when I click the xray button from the patients record it opens a totally different patient!! Dr Rahman, Hyndland',
    company: kelvinside,
    expected: ['x-kdg-xray'],
  },
  {
    text: 'Pans taken at Byres Road this morning arent showing up when we look at the patient at Hyndland',
    company: kelvinside,
    expected: ['x-kdg-xray'],
  },
  {
    text: 'the CBCT scanner software is saying the licence expires in 3 days, who do we contact',
    company: kelvinside,
    expected: null,
  },
  {
    text: 'phones are playing the closed message and its 10 in the morning!!! patients cant get through. Shawlands',
    company: kelvinside,
    expected: ['x-kdg-phones'],
  },
  {
    text: 'We are closed on Glasgow Fair Monday, can the phones say we are closed that day please',
    company: kelvinside,
    expected: ['x-kdg-phones'],
  },
  {
    text: 'reception phone 3 doesnt ring when patients call in, the other two do',
    company: kelvinside,
    expected: ['x-kdg-phones'],
  },
  {
    text: 'Hi, new associate dentist Dr Priya Nair starting on the 1st at Hyndland. She will need everything setting up. Many thanks, Gillian (Practice Manager)',
    company: kelvinside,
    expected: ['x-kdg-new-starter', 'x-new-starter'],
  },
  {
    text: 'Locum starting tomorrow at Shawlands for 2 weeks only, Dr James Kerr. Can he be set up',
    company: kelvinside,
    expected: ['x-kdg-new-starter', 'x-new-starter'],
  },
  {
    text: 'can you make an nhs.scot email for our new nurse',
    company: kelvinside,
    expected: ['x-kdg-new-starter'],
  },
  {
    text: 'Need to send a patients xrays to the orthodontist on a memory stick, how do i put a password on the memory stick so its encrypted?',
    company: kelvinside,
    expected: null,
  },
  {
    text: 'pc in surgery 4 taking forever to do anything, nurse says its been getting worse for weeks',
    company: kelvinside,
    expected: ['x-slow-pc'],
  },
  {
    text: 'My laptop is asking for a bitlocker key? Practice manager laptop. I am at home',
    company: kelvinside,
    expected: ['x-bitlocker-recovery'],
  },
  {
    text: 'the scanner on the copier is not emailing since yesterday, just says send failed. Hyndland reception',
    company: kelvinside,
    expected: ['x-scan-to-email'],
  },
  {
    text: 'all the printers at Hyndland say offline',
    company: kelvinside,
    expected: ['x-print-queue'],
  },
  {
    text: 'We got an email from the dental lab saying they have changed banks and to pay this months invoice to new details. It came from their normal email address but it feels a bit odd. Should we pay it?',
    company: kelvinside,
    expected: ['x-phishing-reported'],
  },
  {
    text: 'URGENT the files on the shared drive have all been renamed to .akira and theres a readme file in every folder. what do we do',
    company: kelvinside,
    expected: ['x-ransomware-response'],
  },
  {
    text: 'a nurse has been dismissed this afternoon and left on bad terms, we need her off everything right now please',
    company: kelvinside,
    expected: ['x-leaver'],
  },
  {
    text: 'shawlands reception login keeps getting locked, we have reset it twice this morning already and it locks again within 10 mins',
    company: kelvinside,
    expected: ['x-ad-lockout'],
  },
  {
    text: 'Carestream support need remote access to the imaging server on port 8443 from their office IP to fix something, can you open that up. Gillian has OKd',
    company: kelvinside,
    expected: ['x-firewall-change'],
  },
  {
    text: 'cant get on the BDA website at work, says web page blocked and a category. works at home',
    company: kelvinside,
    expected: ['x-firewall-change', 'x-dns-resolution'],
  },
  {
    text: 'got an email from Veeam saying failed last night for the EXACT server backup',
    company: kelvinside,
    expected: ['x-backup-failed'],
  },
  {
    text: 'new Dell laptop for the practice manager has been stuck on setting up your device for over an hour, 2 of 9 apps',
    company: kelvinside,
    expected: ['x-autopilot-enrolment'],
  },
  {
    text: 'We recorded the staff meeting on Teams yesterday, where has the recording gone and can the Shawlands staff who werent there watch it?',
    company: kelvinside,
    expected: null,
  },
  {
    text: 'company portal says my phone is not compliant and outlook on my phone has stopped getting emails',
    company: kelvinside,
    expected: ['x-intune-compliance'],
  },
  {
    text: 'Working from home tonight to do the rota, forticlient says unable to establish the vpn connection (-14). Internet is working fine',
    company: kelvinside,
    expected: ['x-vpn-forticlient'],
  },

  // ---------------------------------------------------------------- No client / internal
  {
    text: 'caller didnt leave a company name - "my outlook asks for my password all the time". callback number 07700 900123',
    company: null,
    expected: ['x-outlook-password-prompts'],
  },
  {
    text: 'Veeam job FS01-Daily failed: Error: Insufficient free space on repository. 2nd night in a row',
    company: null,
    expected: ['x-backup-failed'],
  },
  {
    text: 'S1 alert - Malicious, NOT mitigated, powershell.exe spawned by winword.exe on LAPTOP-7H2K. Endpoint not in Hudu yet, not sure which client',
    company: null,
    expected: ['x-edr-alert'],
  },
  {
    text: 'walk-in question: how do I get my colour categories in Outlook calendar to show the same on my iPhone?',
    company: null,
    expected: null,
  },
  {
    text: 'user on phone asking why her VLOOKUP returns #N/A when the value is definitely in the other sheet',
    company: null,
    expected: null,
  },
  {
    text: 'can someone remind me how we get extra Business Premium seats - do I just add them in the admin centre? client has approved 5',
    company: null,
    expected: ['x-m365-licensing'],
  },
  {
    text: 'unknown caller, forticlient sits at 98 percent then drops',
    company: null,
    expected: ['x-vpn-forticlient'],
  },
  {
    text: 'Thinking of running a phishing simulation campaign across all clients in Q3 - which tool do we use and is there a process?',
    company: null,
    expected: null,
  },
  {
    text: 'yealink phone has no power after user moved desks, screen completely blank',
    company: null,
    expected: ['x-voip-3cx'],
  },
  {
    text: 'Optiplex 7040 says it doesnt meet the requirements for Windows 11 - can we upgrade it anyway or does it need replacing?',
    company: null,
    expected: null,
  },
  {
    text: 'user lost their phone and needs authenticator set up on a new one. do I need to verify them first or just reset?',
    company: null,
    expected: ['x-mfa-reset'],
  },
];
