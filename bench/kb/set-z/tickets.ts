/**
 * Set Z: a blind labelled KB set, written without reading the search code or any other set.
 * Tickets as the Signal Hill IT helpdesk receives them from its four Cape Town clients (and a few
 * internal or unattributed ones); `expected` lists the right articles, best first, or null.
 */
import type { LabelledTicket } from '../tickets.ts';
import { SET_Z_CLIENTS } from './articles.ts';

const { estate, freight, school, optometry } = SET_Z_CLIENTS;

export const SET_Z_TICKETS: readonly LabelledTicket[] = [
  // ------------------------------------------------------------ Microsoft 365
  {
    text: `Hi there

Outlook keeps popping up a box wanting my password. I type it in, it goes away and 5 min later its back again. On my phone the mail is fine.

Thanks
Annelie Botha
Financial Manager | Steenbok Kloof Wine Estate`,
    company: estate,
    expected: ['z-outlook-cred-prompt'],
  },
  {
    text: 'Tokai front desk pc - emails are coming in on the phone but outlook on the pc is stuck on yesterday afternoon. it says all folders up to date which is a lie lol',
    company: optometry,
    expected: ['z-outlook-ost-rebuild'],
  },
  {
    text: "cant search my email, it just spins and then says something went wrong. need to find a parent's complaint from last term urgently please",
    company: school,
    expected: ['z-outlook-ost-rebuild'],
  },
  {
    text: `Please give Lerato Mokoena access to bookings@tafelbergfreight.co.za from today. She must be able to send emails as bookings, not from her own name.

Approved - Mark van der Merwe (Ops Manager)`,
    company: freight,
    expected: ['z-exo-shared-mailbox'],
  },
  {
    text: "when I answer mails in the claremont reception inbox it goes out with MY name on it and the copy sits in my own sent items so the other girls can't see I already replied",
    company: optometry,
    expected: ['z-exo-shared-mailbox'],
  },
  {
    text: `Good day,

A parent (forwarded below) says her emails to the bursar keep coming back undelivered with something like 550 5.7 in it. Can you check whats wrong on our side?

---------- Forwarded message ---------
Delivery has failed to these recipients or groups: bursar@...`,
    company: school,
    expected: ['z-exo-ndr'],
  },
  {
    text: 'Our importer in Hamburg says our mails land in his spam and some bounced. He mentioned SPF?? We also send the newsletter from mailchimp if that matters',
    company: estate,
    expected: ['z-exo-ndr'],
  },
  {
    text: "outlook keeps warning me im running out of space. I can't delete anything, it's all patient correspondence we have to keep for years",
    company: optometry,
    expected: ['z-mailbox-full'],
  },
  {
    text: 'nobody can hear me on teams calls. mic works fine in zoom with the customer so its not the headset??',
    company: freight,
    expected: ['z-teams-av'],
  },
  {
    text: 'teams video just shows my initials in a circle, the others say they cant see me. lenovo laptop',
    company: school,
    expected: ['z-teams-av'],
  },
  {
    text: 'little red crosses on all my files in documents and the blue cloud thing says pending since monday',
    company: optometry,
    expected: ['z-onedrive-sync'],
  },
  {
    text: 'why do i suddenly have 2 of every spreadsheet, the second one has LAPTOP-7F3K or something in the name. which one is the right one??',
    company: freight,
    expected: ['z-onedrive-sync'],
  },
  {
    text: 'Trying to open the Marketing stuff in Teams (files tab) and it tells me I need permission. I AM marketing. Can someone sort please - Jess',
    company: estate,
    expected: ['z-sharepoint-access'],
  },
  {
    text: 'our clearing agent in Durban (outside company) needs to drop POD copies into our Rate Sheets folder. how do i let them in without them seeing everything',
    company: freight,
    expected: ['z-sharepoint-access'],
  },
  {
    text: `Hi

We have a locum optometrist starting on the 3rd, she only needs email nothing else. Do we have a spare licence or do we have to buy one?

Regards
Zainab`,
    company: optometry,
    expected: ['z-m365-licensing', 'z-onboarding'],
  },
  {
    text: 'word wont let me type anything, red bar across the top saying unlicensed product. need to finish the newsletter today',
    company: school,
    expected: ['z-m365-licensing'],
  },

  // ------------------------------------------------------------ Identity
  {
    text: 'got a new samsung, the authenticator app is empty now and it keeps asking for a code to log in. old phone already traded in at vodacom',
    company: estate,
    expected: ['z-mfa-reset'],
  },
  {
    text: `Morning

My cellphone got stolen on Friday at the taxi rank. Now the computer wants me to approve on the phone to get into my email. How do I get in?

Sipho
Dispatch ext 214`,
    company: freight,
    expected: ['z-mfa-reset'],
  },
  {
    text: `Urgent please. Dr Patel is at a conference in Dubai and cannot get into her email on her laptop or phone. The screen says access blocked and some code AADSTS53003. She is there until Sunday and needs to see the branch reports.`,
    company: optometry,
    expected: ['z-ca-blocked'],
  },
  {
    text: "Principal trying to read her school email on her own iPad at home. It says she can't get there from here, and something about management policy. On her school laptop it works fine.",
    company: school,
    expected: ['z-ca-blocked', 'z-intune-compliance'],
  },
  {
    text: 'locked out of pc',
    company: null,
    expected: ['z-password-reset'],
  },
  {
    text: 'my account gets locked EVERY morning around 8. im not typing it wrong!! started round about when i got the new phone',
    company: estate,
    expected: ['z-password-reset'],
  },

  // ------------------------------------------------------------ Networking
  {
    text: 'forticlient gives -14 when i try connect from home. worked last week',
    company: optometry,
    expected: ['z-vpn-client'],
  },
  {
    text: "I'm connected to the VPN from home but my S: drive isn't there and when I click it it says network path not found",
    company: school,
    expected: ['z-vpn-client'],
  },
  {
    text: 'my laptop says connected, no internet on the office wifi but everyone else is working',
    company: optometry,
    expected: ['z-wifi', 'z-dns-dhcp'],
  },
  {
    text: `3 pc's in the office can't get internet this morning, the little globe icon and it says unidentified network. everyone else is ok. we had a whole lot of people here yesterday for the wine fair with their phones on the wifi, dont know if thats related`,
    company: estate,
    expected: ['z-dns-dhcp'],
  },
  {
    text: 'keep getting a popup on reception pc about an ip address conflict, then the internet goes',
    company: freight,
    expected: ['z-dns-dhcp'],
  },
  {
    text: "Hoya's ordering site comes up with a red 'web page blocked' screen, category unrated. We need to place orders today!",
    company: optometry,
    expected: ['z-firewall-changes'],
  },
  {
    text: 'The new CCTV company (SecureView) wants port 8000 opened to the NVR so they can view the cameras from their office. Is that ok? Mark approves',
    company: freight,
    expected: ['z-firewall-changes'],
  },
  {
    text: 'EskomSePush says stage 4 tonight 20:00-00:30 for us. Do we need to switch the server off or will it be ok?',
    company: estate,
    expected: ['z-loadshedding'],
  },
  {
    text: 'UPS in the server room beeping non stop since the power came back at 2. little screen says replace battery',
    company: freight,
    expected: ['z-loadshedding'],
  },
  {
    text: `After the power came back this morning nothing works - no internet, no printing, can't open anything on the server. The server's lights are on though. HELP it's report week`,
    company: school,
    expected: ['z-loadshedding', 'z-fibre-lte'],
  },
  {
    text: 'Claremont internet down since 9. the fibre box on the wall has a red light that says LOS',
    company: optometry,
    expected: ['z-fibre-lte'],
  },

  // ------------------------------------------------------------ Endpoints
  {
    text: 'library pc update fails every night 0x800f09.. something',
    company: school,
    expected: ['z-windows-update'],
  },
  {
    text: 'New laptop for Anele. When she logs in it goes through the setup screens then fails with error 80180014.',
    company: freight,
    expected: ['z-autopilot'],
  },
  {
    text: "the new lenovo has been sitting on 'setting up your device for work' apps 2 of 6 for over an hour. is it stuck?",
    company: estate,
    expected: ['z-autopilot'],
  },
  {
    text: 'teams on my phone now says my device doesnt meet requirements and tells me to open company portal?? what is company portal',
    company: school,
    expected: ['z-intune-compliance'],
  },
  {
    text: 'laptop showing a blue screen asking for a recovery key with 48 numbers. it was fine yesterday. i have a meeting at 10',
    company: freight,
    expected: ['z-bitlocker'],
  },
  {
    text: 'Since the Dell did its BIOS update it asks for the bitlocker key every single restart. We got the key from you last time but this is annoying',
    company: optometry,
    expected: ['z-bitlocker'],
  },
  {
    text: `Morning
1) outlook keeps asking for my password again
2) the printer in the office shows offline on my pc but Annelie can print to it fine
Thanks, Ruan`,
    company: estate,
    expected: ['z-outlook-cred-prompt', 'z-printers'],
  },
  {
    text: 'staffroom copier - 30 jobs sitting in the queue and nothing coming out. cant delete them either',
    company: school,
    expected: ['z-printers'],
  },
  {
    text: "the kyocera won't scan to email anymore, it shows send error on the screen. worked yesterday",
    company: optometry,
    expected: ['z-scan-to-email'],
  },
  {
    text: "Copier can't scan to the teachers shared folder since we came back from holidays",
    company: school,
    expected: ['z-scan-to-email'],
  },
  {
    text: 'only one of my 2 screens works when I plug into the dock. the other one says no signal',
    company: freight,
    expected: ['z-docks'],
  },
  {
    text: 'got a macbook air, only one of the big screens works on the dock. both work with the windows laptop',
    company: optometry,
    expected: ['z-docks', 'z-mac'],
  },
  {
    text: 'my pc is SO slow. takes like 10 min to start up and excel freezes every time I open the price list',
    company: estate,
    expected: ['z-slow-pc'],
  },
  {
    text: "logged in this morning and all my desktop icons are gone, wallpaper is the default one and there's a message about a temporary profile. are my files deleted??",
    company: optometry,
    expected: ['z-temp-profile'],
  },
  {
    text: 'Marketing got a new macbook (bought it at the istore in Canal Walk). how do we get it set up with our company stuff?',
    company: estate,
    expected: ['z-mac'],
  },
  {
    text: 'remote desktop to the server gives "no remote desktop license servers available"',
    company: optometry,
    expected: ['z-rdp'],
  },

  // ------------------------------------------------------------ Applications
  {
    text: 'pastel says company in use but nobody is in it. we need to do the debtors run',
    company: freight,
    expected: ['z-sage-pastel'],
  },
  {
    text: 'pastel error 3006 when i open it this morning',
    company: optometry,
    expected: ['z-sage-pastel'],
  },
  {
    text: 'HR here: VIP wont let us start the march payroll, something about tax tables / install latest update?',
    company: freight,
    expected: ['z-payroll'],
  },
  {
    text: 'e@syfile wont connect to SARS for the recon, deadline is friday!!',
    company: school,
    expected: ['z-payroll'],
  },

  // ------------------------------------------------------------ Security
  {
    text: `Hi

Got an email from SARS eFiling saying I have a refund waiting, clicked it and it wanted my microsoft login. I did NOT type anything and closed it. Should I worry?

Kind regards
Ruan`,
    company: estate,
    expected: ['z-phishing'],
  },
  {
    text: "We got an email from our frame supplier saying they changed banks and we must pay the next invoice to the new account. Looks legit but thought I'd check with you guys first",
    company: optometry,
    expected: ['z-phishing'],
  },
  {
    text: `customers are phoning me saying they got a docusign from me this morning. i never sent anything!!! also i had a couple of those approve sign in things on my phone last night that i ignored. what do i do`,
    company: freight,
    expected: ['z-compromised', 'z-phishing'],
  },
  {
    text: "Mrs Daniels cannot send any emails, they all bounce with 'Access denied bad outbound sender'. Also she says a few parents got a weird email from her yesterday",
    company: school,
    expected: ['z-compromised', 'z-exo-ndr'],
  },
  {
    text: 'ALL the files on the S drive have .akira at the end now and there is a readme file in every folder. what is happening',
    company: estate,
    expected: ['z-ransomware'],
  },
  {
    text: "sentinel one keeps deleting our rate calculator spreadsheet (the one with the macros Sean made). It's not a virus, we use it every day",
    company: freight,
    expected: ['z-edr-alerts'],
  },

  // ------------------------------------------------------------ HR processes
  {
    text: `New teacher starting 1 April: Ms Thandi Khumalo, Grade 5. Needs email, a laptop and access to the Grade 5 team.

Thanks
Principal's PA`,
    company: school,
    expected: ['z-onboarding'],
  },
  {
    text: 'Kyle in sales resigned, last day is Friday. His manager needs to get to his emails and his onedrive files afterwards.',
    company: freight,
    expected: ['z-offboarding'],
  },

  // ------------------------------------------------------------ Backup
  {
    text: 'I deleted a folder of patient referral letters from sharepoint last week by accident. Can it come back?',
    company: optometry,
    expected: ['z-backup-restore'],
  },
  {
    text: "I saved an old copy over the 2025 pricing spreadsheet on the S drive this morning. Need yesterday's version back please",
    company: estate,
    expected: ['z-backup-restore'],
  },
  {
    text: 'Veeam: TF-SRV02 job failed 3 nights in a row. VSS_E_WRITERERROR_TIMEOUT',
    company: freight,
    expected: ['z-backup-failures'],
  },
  {
    text: 'NinjaOne alert: backup copy job to cloud repo failed - not enough space on repository. pls check',
    company: null,
    expected: ['z-backup-failures'],
  },

  // ------------------------------------------------------------ Telephony
  {
    text: "phone at reception says registration failed, can't make calls",
    company: school,
    expected: ['z-voip'],
  },
  {
    text: 'when customers phone us they can hear us but we cant hear them. all the phones since yesterday',
    company: freight,
    expected: ['z-voip'],
  },

  // ------------------------------------------------------------ A few more general ones
  {
    text: 'My mailbox is full and I cant send anything, please help asap. Mrs Jacobs Gr 3',
    company: school,
    expected: ['z-mailbox-full'],
  },
  {
    text: 'wifi in the boardroom keeps dropping during meetings, at my desk its fine',
    company: estate,
    expected: ['z-wifi'],
  },
  {
    text: 'PC stuck on "undoing changes made to your computer" for an hour now, patients waiting',
    company: optometry,
    expected: ['z-windows-update'],
  },
  {
    text: 'User profile service failed the sign-in. user profile cannot be loaded',
    company: freight,
    expected: ['z-temp-profile'],
  },
  {
    text: 'popup says threat quarantined OneLaunch? what is that',
    company: optometry,
    expected: ['z-edr-alerts'],
  },

  // ------------------------------------------------------------ Steenbok Kloof runbooks
  {
    text: "tasting room ipad says offline and orders aren't coming out at the bar. saturday and full house!!! Chantelle",
    company: estate,
    expected: ['z-sk-tasting-pos'],
  },
  {
    text: 'yoco says no connection',
    company: estate,
    expected: ['z-sk-tasting-pos'],
  },
  {
    text: 'Weighbridge showing 0 on the computer, trucks waiting with grapes. The scale display outside shows the weight fine. PLEASE CALL Pieter',
    company: estate,
    expected: ['z-sk-weighbridge'],
  },
  {
    text: 'cellar office no internet or network since the big wind last night. manor house is fine',
    company: estate,
    expected: ['z-sk-farm-network'],
  },
  {
    text: `The bookkeeper at Fourie & Associates can't get on to pastel remotely since this morning. Our internet was off for a bit earlier, not sure if related. She says it just times out.`,
    company: estate,
    expected: ['z-sk-pastel', 'z-sk-farm-network'],
  },
  {
    text: 'Pastel says company in use, Annelie is on leave so nobody should be in it??',
    company: estate,
    expected: ['z-sk-pastel', 'z-sage-pastel'],
  },

  // ------------------------------------------------------------ Tafelberg runbooks
  {
    text: 'the vpn (the blue forti one? sophos? whatever) says authentication failed, my password is 100% correct I just logged into my pc with it',
    company: freight,
    expected: ['z-tf-vpn'],
  },
  {
    text: 'working from home today. vpn connects (green) but cant open any folders on the server. my home router is 192.168.1.1 if that helps',
    company: freight,
    expected: ['z-tf-vpn'],
  },
  {
    text: 'Durban depot cannot see anything on the Cape Town server this morning',
    company: freight,
    expected: ['z-tf-vpn'],
  },
  {
    text: 'cargowise says unable to connect, whole ops team affected. internet is working, youtube opens',
    company: freight,
    expected: ['z-tf-cargowise'],
  },
  {
    text: 'CW1 keeps crashing when I open a shipment, have restarted 3x',
    company: freight,
    expected: ['z-tf-cargowise'],
  },
  {
    text: 'scanner gun at the back bays wont connect to wifi',
    company: freight,
    expected: ['z-tf-handhelds'],
  },
  {
    text: 'labels coming out blank from the big zebra at dispatch',
    company: freight,
    expected: ['z-tf-handhelds'],
  },
  {
    text: 'driver tablet in truck 22 not sending the delivery signatures since yesterday. driver says it just says pending',
    company: freight,
    expected: ['z-tf-fleet'],
  },
  {
    text: 'one of the truck tablets got stolen in Epping last night. Driver is ok. what must we do',
    company: freight,
    expected: ['z-tf-fleet'],
  },

  // ------------------------------------------------------------ Constantia Hills runbooks
  {
    text: 'Bursar: fee statements not going out from Edupac, error says authentication unsuccessful',
    company: school,
    expected: ['z-ch-edupac'],
  },
  {
    text: "parents app is showing last year's classes for some kids, the gr5s still show as gr4",
    company: school,
    expected: ['z-ch-edupac'],
  },
  {
    text: 'board in room 12 - picture works but no sound from my laptop',
    company: school,
    expected: ['z-ch-classroom-av'],
  },
  {
    text: 'hall projector no signal, assembly in 20min',
    company: school,
    expected: ['z-ch-classroom-av'],
  },
  {
    text: "One of my gr6 boys forgot the password for his school account. I'm his class teacher, can I reset it myself or must I log it with you?",
    company: school,
    expected: ['z-ch-learner-accounts'],
  },
  {
    text: 'gr2 ipad stuck on the remote management screen after we reset it',
    company: school,
    expected: ['z-ch-learner-accounts'],
  },
  {
    text: "I want to show a youtube video in class but on the kids' ipads it says restricted. its a science video not anything bad",
    company: school,
    expected: ['z-ch-wifi-filter', 'z-firewall-changes'],
  },
  {
    text: 'We have a visiting speaker tomorrow who needs internet for her presentation, what do I give her?',
    company: school,
    expected: ['z-ch-wifi-filter'],
  },

  // ------------------------------------------------------------ Iris & Lens runbooks
  {
    text: 'Tokai cant open optomate, says cannot connect to database. Claremont is fine',
    company: optometry,
    expected: ['z-il-optomate'],
  },
  {
    text: 'patients not getting their recall smses since last week',
    company: optometry,
    expected: ['z-il-optomate'],
  },
  {
    text: "claims not going through from optomate - 'switch connection failed'",
    company: optometry,
    expected: ['z-il-claims'],
  },
  {
    text: "OCT computer in room 2 says export failed, can't reach imaging folder",
    company: optometry,
    expected: ['z-il-imaging'],
  },
  {
    text: 'Durbanville has been on the inverter for 4 hours, battery on 25%. what should we switch off first?',
    company: optometry,
    expected: ['z-il-branch-power'],
  },
  {
    text: 'the eye scanner pc in consulting room 1 keeps nagging to install windows updates, should we let it?',
    company: optometry,
    expected: ['z-il-imaging'],
  },

  // ------------------------------------------------------------ Not covered by the KB
  {
    text: 'how do I put an out of office on in outlook, going on leave from tomorrow till the 15th',
    company: estate,
    expected: null,
  },
  {
    text: 'need a quote for 2x 27 inch monitors for the accounts ladies please',
    company: freight,
    expected: null,
  },
  {
    text: 'where do the teams meeting recordings go? I missed the staff meeting and Mrs Fortuin said it was recorded',
    company: school,
    expected: null,
  },
  {
    text: 'pastel - I posted a journal in the wrong month, how do I reverse it?',
    company: estate,
    expected: null,
  },
  {
    text: 'VIP: how do we add a new deduction for staff loans on the payslip',
    company: freight,
    expected: null,
  },
  {
    text: 'Discovery rejected 6 claims this week with code 03, tariff not allowed. what does that mean and how do we fix it?',
    company: optometry,
    expected: null,
  },
  {
    text: "cartrack shows truck 14 parked at the depot for 2 days but it's been driving to PE and back. is the tracker broken?",
    company: freight,
    expected: null,
  },
  {
    text: 'can we change the report card layout in edupac to add coding & robotics as a subject',
    company: school,
    expected: null,
  },
  {
    text: "our website is down, shows 'error establishing a database connection'. the wine club orders come through there!",
    company: estate,
    expected: null,
  },
  {
    text: "We're moving our landline numbers to another provider, how long does porting take and will we lose calls?",
    company: optometry,
    expected: null,
  },
  {
    text: 'how do I put a password on a usb stick? need to send the auditors the trial balance',
    company: freight,
    expected: null,
  },
  {
    text: 'Microsoft says windows 10 support is ending, which of our PCs can go to windows 11 and which must be replaced?',
    company: school,
    expected: null,
  },
  {
    text: 'need windows on my macbook for the old label design program, can we get parallels or something',
    company: estate,
    expected: null,
  },
  {
    text: 'can optomate send the appointment reminders on whatsapp instead of sms? patients ignore sms',
    company: optometry,
    expected: null,
  },
  {
    text: `Insurer renewal questionnaire for the wine estate asks "Do you have immutable backups and MFA on all remote access?" - who fills this in and what do we answer?`,
    company: null,
    expected: null,
  },
  {
    text: 'can we have our logo on the microsoft login page when staff sign in',
    company: freight,
    expected: null,
  },
  {
    text: 'is it possible for staff to log into d6 with their microsoft school account instead of another password?',
    company: school,
    expected: null,
  },
  {
    text: 'vlookup in the stock sheet returns #N/A for everything even though the codes are there??',
    company: estate,
    expected: null,
  },
  {
    text: 'we want one calendar for the consulting rooms that all 3 branches can see and book into. how?',
    company: optometry,
    expected: null,
  },
  {
    text: 'need to add a new delivery route in the TF Scan app for the new Atlantis customer',
    company: freight,
    expected: null,
  },
  {
    text: 'how do i add a planner board as a tab in a teams channel',
    company: null,
    expected: null,
  },
];
