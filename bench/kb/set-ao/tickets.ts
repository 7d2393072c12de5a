import type { LabelledTicket } from '../tickets.ts';
import { SET_AO_CLIENTS } from './articles.ts';

export const SET_AO_TICKETS: readonly LabelledTicket[] = [
  {
    text: 'cornerstone wont open on exam 3 pc, says unable to connect to database. other rooms are fine',
    company: SET_AO_CLIENTS.a,
    expected: ['ao-fvh-cornerstone-connection'],
  },
  {
    text: 'outlook keeps popping up asking for my password every 5 min, i type it and it comes right back. started after i changed my pw yesterday',
    company: SET_AO_CLIENTS.c,
    expected: ['ao-outlook-password-prompts'],
  },
  {
    text: 'Timberline giving status 161 cant get in, need to run payroll TODAY',
    company: SET_AO_CLIENTS.b,
    expected: ['ao-srb-sage300-cre'],
  },
  {
    text: 'FW: [Failed] Job FVH-SRV01-Nightly (1 VMs) 1 failed\nError: Failed to create VM snapshot. Failed to call RPC function Vss.PrepareSnapshot\nsecond night in a row, pls advise',
    company: null,
    expected: ['ao-veeam-job-failed-alert'],
  },
  {
    text: 'the signature pad at front desk for surgery consent forms says tablet not found. pen lights up but nothing on the screen',
    company: SET_AO_CLIENTS.a,
    expected: null,
  },
  {
    text: 'New teller starting 6/3 - Maria Lopez. needs computer, email, phone ext. Sym access we will do on our end',
    company: SET_AO_CLIENTS.c,
    expected: ['ao-onboarding-new-hire'],
  },
  {
    text: 'my ipad says ipad unavailable try again in 15 min. i think my kid was messing with it. im the super on the Pueblo job',
    company: SET_AO_CLIENTS.b,
    expected: ['ao-srb-field-ipads'],
  },
  {
    text: 'lab results from the in house machines arent showing up in the patient chart. they are on the idexx computer tho',
    company: SET_AO_CLIENTS.a,
    expected: ['ao-fvh-vetlab-results'],
  },
  {
    text: 'got a new iphone over the weekend and the authenticator thing isnt giving me codes anymore. now i cant log in to anything',
    company: SET_AO_CLIENTS.c,
    expected: ['ao-mfa-new-phone'],
  },
  {
    text: 'bluebeam opened in view mode this morning, says no seats available?? cant do markups',
    company: SET_AO_CLIENTS.b,
    expected: ['ao-srb-bluebeam'],
  },
  {
    text: 'NinjaOne Alert - Condition triggered\nDevice: FVH-FD02\nCondition: Disk Space - C: below 10% free (3.1 GB remaining)\nSeverity: Moderate',
    company: null,
    expected: null,
  },
  {
    text: 'xray computer says detector not ready, cant take rads, have a dog on the table',
    company: SET_AO_CLIENTS.a,
    expected: ['ao-fvh-digital-xray'],
  },
  {
    text: 'member says she cant open the secure email we sent her, it keeps wanting her to sign in and she doesnt have a microsoft account',
    company: SET_AO_CLIENTS.c,
    expected: ['ao-pmfcu-secure-email'],
  },
  {
    text: 'P drive is gone on my laptop. working from home, vpn says connected',
    company: SET_AO_CLIENTS.b,
    expected: ['ao-vpn-connected-no-access', 'ao-mapped-drives-missing'],
  },
  {
    text: 'check scanner at teller 2 not working, screen says scanner not found',
    company: SET_AO_CLIENTS.c,
    expected: ['ao-pmfcu-teller-scanner'],
  },
  {
    text: 'got an email from microsoft saying my mailbox is almost full and now i cant send anything',
    company: SET_AO_CLIENTS.a,
    expected: ['ao-mailbox-full-archive'],
  },
  {
    text: 'sage estimating (the estimating one not accounting) wont open on Kevins pc - cannot connect to the database server. rebooted already',
    company: SET_AO_CLIENTS.b,
    expected: null,
  },
  {
    text: 'receipts at teller 1 and 3 printing weird symbols and gibberish since this morning, Loveland branch',
    company: SET_AO_CLIENTS.c,
    expected: ['ao-pmfcu-receipt-printers'],
  },
  {
    text: 'SRB user got the bitlocker recovery screen after the dell bios update went out last night. need key, Key ID starts 4F2A91C0',
    company: null,
    expected: ['ao-bitlocker-recovery'],
  },
  {
    text: 'copier screen says call service representative E000007-0000',
    company: SET_AO_CLIENTS.a,
    expected: ['ao-copier-service-supplies'],
  },
  {
    text: 'need a new job folder on P for 24-0418 Fountain Valley Medical Office + modify access for Tom and Raj',
    company: SET_AO_CLIENTS.b,
    expected: ['ao-srb-project-drive'],
  },
  {
    text: 'i keep getting approve sign in popups on my phone and i didnt do anything?? i hit deny. is that bad',
    company: SET_AO_CLIENTS.c,
    expected: ['ao-phishing-clicked'],
  },
  {
    text: 'outlook search only finds stuff from the last couple weeks. need an email from march from our idexx rep and it just says no results',
    company: SET_AO_CLIENTS.a,
    expected: null,
  },
  {
    text: 'whole office internet is down, phones too. comcast box has blinking orange light',
    company: SET_AO_CLIENTS.b,
    expected: ['ao-internet-outage-failover'],
  },
  {
    text: 'loan officer working from home, meridian link says access denied from this ip',
    company: SET_AO_CLIENTS.c,
    expected: ['ao-pmfcu-meridianlink'],
  },
  {
    text: 'petdesk says last sync 4 days ago and clients are getting texts for rabies shots they already got',
    company: SET_AO_CLIENTS.a,
    expected: ['ao-fvh-petdesk-sync'],
  },
  {
    text: 'teams just shows a white screen when i open it. restarted twice',
    company: SET_AO_CLIENTS.b,
    expected: ['ao-teams-signin-cache'],
  },
  {
    text: 'atm at the harmony branch says temporarily out of service, members complaining. can someone look at it',
    company: SET_AO_CLIENTS.c,
    expected: null,
  },
  {
    text: 'card reader at checkout says unable to communicate with payment device. had to send a client home without paying',
    company: SET_AO_CLIENTS.a,
    expected: ['ao-fvh-payment-pinpad'],
  },
  {
    text: 'S1 alert: New threat Cornerstone_Update_9_5_2.exe on FVH-SRV01, Confidence: Suspicious, Status: Mitigated. clinic says their cornerstone update failed halfway. FP?',
    company: null,
    expected: ['ao-sentinelone-detection'],
  },
  {
    text: 'trailer at the Briargate site has no internet, router shows no bars',
    company: SET_AO_CLIENTS.b,
    expected: ['ao-srb-trailer-internet'],
  },
  {
    text: 'forticlient: Credential or SSLVPN configuration is wrong (-7200)',
    company: SET_AO_CLIENTS.c,
    expected: ['ao-forticlient-vpn-errors'],
  },
  {
    text: 'front desk line went to the after hours recording at 10am today?? clients calling us on cell',
    company: SET_AO_CLIENTS.a,
    expected: ['ao-fvh-phones-after-hours', 'ao-ringcentral-call-routing'],
  },
  {
    text: 'commitments from procore are not syncing over to timberline, the ERP sync page shows errors on 6 of them',
    company: SET_AO_CLIENTS.b,
    expected: null,
  },
  {
    text: 'got an email from our CEO asking me to buy gift cards for a member appreciation thing and send him the codes. seems off?',
    company: SET_AO_CLIENTS.c,
    expected: ['ao-phishing-clicked'],
  },
  {
    text: 'need to restore the inventory spreadsheet on the shared drive, i saved over it this morning. it was fine yesterday',
    company: SET_AO_CLIENTS.a,
    expected: ['ao-restore-file-server'],
  },
  {
    text: 'laptop on the dock, 2nd monitor says no signal. first one fine',
    company: SET_AO_CLIENTS.b,
    expected: ['ao-dock-monitors'],
  },
  {
    text: 'sig pad at new accounts desk - the pen lights up but the signature doesnt show up on the screen',
    company: SET_AO_CLIENTS.c,
    expected: ['ao-pmfcu-signature-pads'],
  },
  {
    text: 'procyte keeps saying flow cell clog, ran the cleaning cycle twice and still failing. cant run CBCs',
    company: SET_AO_CLIENTS.a,
    expected: null,
  },
  {
    text: 'PMFCU (Linda, HR) called: Jason Reed terminated effective immediately, please disable everything now',
    company: null,
    expected: ['ao-offboarding-leaver'],
  },
  {
    text: 'plotter prints 24x36 sheets tiny in the corner of the page, scale is all wrong',
    company: SET_AO_CLIENTS.b,
    expected: ['ao-srb-plotter'],
  },
  {
    text: 'i accidentally deleted a bunch of emails out of deleted items, need them back. they were about a member dispute',
    company: SET_AO_CLIENTS.c,
    expected: ['ao-restore-m365-items'],
  },
  {
    text: 'wifi on my work laptop says cant connect to this network. my phone is on the guest wifi fine',
    company: SET_AO_CLIENTS.a,
    expected: ['ao-wifi-staff-guest'],
  },
  {
    text: 'can we get phone numbers in teams so the guys dont need the ringcentral app anymore',
    company: SET_AO_CLIENTS.b,
    expected: null,
  },
  {
    text: 'everyone at loveland branch - sym is down, cant connect to host. internet works',
    company: SET_AO_CLIENTS.c,
    expected: ['ao-pmfcu-episys-connection'],
  },
  {
    text: 'new relief dr starting monday for 3 weeks, needs email and cornerstone login',
    company: SET_AO_CLIENTS.a,
    expected: ['ao-fvh-staff-onboarding', 'ao-onboarding-new-hire'],
  },
  {
    text: 'scans from the copier arent coming to my email anymore. screen says #801',
    company: SET_AO_CLIENTS.b,
    expected: ['ao-canon-scan-to-email'],
  },
  {
    text: 'my pc keeps saying restart to install updates, did it and now stuck at working on updates 35% for an hour. also my second monitor keeps flickering',
    company: SET_AO_CLIENTS.c,
    expected: ['ao-windows-updates-ninjaone', 'ao-dock-monitors'],
  },
  {
    text: 'the book online button on our website isnt working, clients say it just spins. its the vetstoria thing',
    company: SET_AO_CLIENTS.a,
    expected: null,
  },
  {
    text: 'procore keeps sending me back to the microsoft login page over and over',
    company: SET_AO_CLIENTS.b,
    expected: ['ao-srb-procore'],
  },
  {
    text: 'Web Page Blocked! The page you have requested has been blocked because the URL category is not allowed - trying to get to the NCUA site for a form',
    company: SET_AO_CLIENTS.c,
    expected: ['ao-web-filter-blocked'],
  },
  {
    text: 'vendor says they emailed invoices to ap@ three times this week and we got nothing, and they got no bounce back either',
    company: SET_AO_CLIENTS.b,
    expected: ['ao-proofpoint-quarantine'],
  },
  {
    text: 'teams meeting nobody can hear me. mic works in other stuff',
    company: SET_AO_CLIENTS.a,
    expected: ['ao-teams-meeting-audio-video'],
  },
  {
    text: 'the earthcam at the Academy job stopped uploading pics yesterday. trailer internet is fine, everything else works',
    company: SET_AO_CLIENTS.b,
    expected: null,
  },
  {
    text: 'loans@ shared mailbox disapeared from my outlook',
    company: SET_AO_CLIENTS.c,
    expected: ['ao-shared-mailbox'],
  },
  {
    text: 'zebra printer printing the rx labels all blank',
    company: SET_AO_CLIENTS.a,
    expected: ['ao-fvh-label-printers'],
  },
  {
    text: 'user gets "you cannot access this right now" trying to use outlook on her new personal laptop',
    company: SET_AO_CLIENTS.b,
    expected: ['ao-conditional-access-blocked'],
  },
  {
    text: 'drive up lane speaker is crackling and members cant hear the teller, started after the storm',
    company: SET_AO_CLIENTS.c,
    expected: null,
  },
  {
    text: 'deleted a whole folder of pics out of onedrive by accident, thought it was my personal one',
    company: SET_AO_CLIENTS.a,
    expected: ['ao-restore-m365-items'],
  },
  {
    text: 'FortiGate PMFCU-HARMONY-FGT: Link Monitor: wan1 status changed to dead at 02:14. still on wan2?',
    company: null,
    expected: ['ao-internet-outage-failover'],
  },
  {
    text: 'outlook stuck on loading profile. also my P drive is showing a red x',
    company: SET_AO_CLIENTS.b,
    expected: ['ao-outlook-profile-rebuild', 'ao-mapped-drives-missing'],
  },
  {
    text: 'word and excel say unlicensed product across the top',
    company: SET_AO_CLIENTS.c,
    expected: ['ao-office-activation'],
  },
  {
    text: 'x ray images not showing on the exam room computers, just says no studies',
    company: SET_AO_CLIENTS.a,
    expected: ['ao-fvh-digital-xray'],
  },
  {
    text: 'every markup i put in bluebeam shows the author as SRB-ADMIN instead of my name',
    company: SET_AO_CLIENTS.b,
    expected: null,
  },
  {
    text: 'how do i send encrypted email to a member with their loan docs',
    company: SET_AO_CLIENTS.c,
    expected: ['ao-pmfcu-secure-email'],
  },
  {
    text: 'locked out AGAIN. 3rd time this week, every morning',
    company: SET_AO_CLIENTS.a,
    expected: ['ao-ad-account-lockout'],
  },
  {
    text: '[Warning] Repository SRB-REPO01 is getting low on free space (8% left)',
    company: null,
    expected: ['ao-veeam-job-failed-alert'],
  },
  {
    text: 'cradlepoint in the gateway park trailer shows offline in netcloud since yesterday',
    company: SET_AO_CLIENTS.b,
    expected: ['ao-srb-trailer-internet'],
  },
  {
    text: 'recycler at teller 1 says device not responding, cant dispense',
    company: SET_AO_CLIENTS.c,
    expected: ['ao-pmfcu-cash-recycler'],
  },
  {
    text: 'the temp sensor in the vaccine fridge keeps sending offline alerts to my phone',
    company: SET_AO_CLIENTS.a,
    expected: null,
  },
  {
    text: 'i think i clicked a bad link in a docusign email and put my password in',
    company: SET_AO_CLIENTS.b,
    expected: ['ao-phishing-clicked', 'ao-compromised-mailbox'],
  },
  {
    text: 'printer in the back office says offline and jobs are stuck',
    company: SET_AO_CLIENTS.c,
    expected: ['ao-printer-offline-jobs-stuck'],
  },
  {
    text: 'main number rings and rings then goes to voicemail, the front desk phones all say no service',
    company: SET_AO_CLIENTS.a,
    expected: ['ao-ringcentral-desk-phone', 'ao-internet-outage-failover'],
  },
  {
    text: 'trying to sync the estimating team files to my computer, says youre already syncing this item?',
    company: SET_AO_CLIENTS.b,
    expected: ['ao-onedrive-sync-errors'],
  },
  {
    text: 'members cant log in to online banking this morning, says invalid credentials, we are getting a ton of calls',
    company: SET_AO_CLIENTS.c,
    expected: null,
  },
  {
    text: 'need the guest wifi password, drug rep visiting at 2',
    company: SET_AO_CLIENTS.a,
    expected: ['ao-wifi-staff-guest'],
  },
  {
    text: 'PMFCU user traveling to Cancun next week for a wedding, wants email on her phone while she is there',
    company: null,
    expected: ['ao-conditional-access-blocked'],
  },
  {
    text: 'license expired message when opening timberline',
    company: SET_AO_CLIENTS.b,
    expected: ['ao-srb-sage300-cre'],
  },
  {
    text: 'can you add Sara to the member services call queue, shes not getting the calls',
    company: SET_AO_CLIENTS.c,
    expected: ['ao-ringcentral-call-routing'],
  },
  {
    text: 'the vetscan isnt sending results to cornerstone. its the new zoetis one we got last month',
    company: SET_AO_CLIENTS.a,
    expected: null,
  },
  {
    text: 'need an email from a sub from like 8 months ago that someone deleted, its for a lawsuit',
    company: SET_AO_CLIENTS.b,
    expected: ['ao-restore-m365-items'],
  },
  {
    text: 'new laptop, my documents and desktop are empty!!! where did my files go',
    company: SET_AO_CLIENTS.c,
    expected: ['ao-onedrive-sync-errors'],
  },
  {
    text: 'copier scan to folder failing, says check destination. started after the office mgr changed some password',
    company: SET_AO_CLIENTS.a,
    expected: ['ao-canon-scan-to-folder'],
  },
  {
    text: 'autocad says license expiring in 5 days and wants me to sign in with autodesk id',
    company: SET_AO_CLIENTS.b,
    expected: null,
  },
  {
    text: 'epson at teller 3 wont feed the validation slip',
    company: SET_AO_CLIENTS.c,
    expected: ['ao-pmfcu-receipt-printers'],
  },
  {
    text: 'email to a client bounced back 550 5.1.1 but the address is right',
    company: SET_AO_CLIENTS.a,
    expected: ['ao-email-ndr-bounces'],
  },
  {
    text: 'super at pueblo - vpn says connected from the trailer but P drive and timberline wont open',
    company: SET_AO_CLIENTS.b,
    expected: ['ao-vpn-connected-no-access', 'ao-mapped-drives-missing'],
  },
  {
    text: 'someone at my branch got a sentinel one threat detected message and now her pc has no network',
    company: SET_AO_CLIENTS.c,
    expected: ['ao-sentinelone-detection'],
  },
  {
    text: 'pinpad screen just says welcome and the payment times out in cornerstone',
    company: SET_AO_CLIENTS.a,
    expected: ['ao-fvh-payment-pinpad'],
  },
  {
    text: 'revu crashes every time i open the briargate plan set, its like 200 pages',
    company: SET_AO_CLIENTS.b,
    expected: ['ao-srb-bluebeam'],
  },
  {
    text: 'my personal gmail on my phone stopped syncing, is that from the work stuff you guys put on it?',
    company: SET_AO_CLIENTS.c,
    expected: null,
  },
  {
    text: 'cornerstone really slow then froze, now it says already running when i try to open it',
    company: SET_AO_CLIENTS.a,
    expected: ['ao-fvh-cornerstone-connection'],
  },
  {
    text: 'marketing mac getting a registration required popup and teams says device not compliant',
    company: SET_AO_CLIENTS.b,
    expected: ['ao-macos-company-portal', 'ao-conditional-access-blocked'],
  },
  {
    text: 'lost my work phone at the rockies game last night. has outlook and teams on it',
    company: SET_AO_CLIENTS.c,
    expected: ['ao-lost-stolen-device'],
  },
  {
    text: 'Dr Patel needs zoom on her laptop, it asks for an admin password',
    company: SET_AO_CLIENTS.a,
    expected: ['ao-software-install-admin'],
  },
  {
    text: 'SRB contacts getting spam from the estimators mailbox, and he is getting NDR 550 5.1.8 Access denied, bad outbound sender',
    company: null,
    expected: ['ao-compromised-mailbox', 'ao-email-ndr-bounces'],
  },
  {
    text: 'how do i get the Sales shared mailbox on my iphone outlook',
    company: SET_AO_CLIENTS.b,
    expected: ['ao-shared-mailbox'],
  },
  {
    text: 'hp laserjet in the loan office says non-hp cartridge detected / supply memory error after we put in the new toner from amazon',
    company: SET_AO_CLIENTS.c,
    expected: null,
  },
  {
    text: 'phones need to go to the emergency hospital early today, closing at 3 for staff training',
    company: SET_AO_CLIENTS.a,
    expected: ['ao-fvh-phones-after-hours', 'ao-ringcentral-call-routing'],
  },
  {
    text: 'excel file on P says locked for editing by another user but that guy is on vacation',
    company: SET_AO_CLIENTS.b,
    expected: ['ao-srb-project-drive'],
  },
  {
    text: 'error AADSTS53003 when logging into outlook web from home',
    company: SET_AO_CLIENTS.c,
    expected: ['ao-conditional-access-blocked'],
  },
  {
    text: 'outlook on my phone says your organization now protects its data in this app, restart the app. then i cant paste an address into google maps',
    company: SET_AO_CLIENTS.a,
    expected: ['ao-mobile-outlook-app-protection'],
  },
  {
    text: 'forticlient stuck at 98% connecting',
    company: SET_AO_CLIENTS.b,
    expected: ['ao-forticlient-vpn-errors'],
  },
  {
    text: 'windows hello fingerprint stopped working on my laptop, have to type the pin every time',
    company: SET_AO_CLIENTS.c,
    expected: null,
  },
  {
    text: 'onboarding for FVH next week - what do we need from the practice before we provision?',
    company: null,
    expected: ['ao-onboarding-new-hire'],
  },
  {
    text: 'procore app on my ipad has 47 pending uploads for photos, been like 3 days',
    company: SET_AO_CLIENTS.b,
    expected: ['ao-srb-procore'],
  },
  {
    text: 'faxes from the title company stopped coming in through ringcentral since friday',
    company: SET_AO_CLIENTS.c,
    expected: null,
  },
  {
    text: 'password expired and im at home, it wont let me change it on the login screen',
    company: SET_AO_CLIENTS.a,
    expected: ['ao-password-reset-sspr'],
  },
  {
    text: 'yealink phone in estimating says registration failed',
    company: SET_AO_CLIENTS.b,
    expected: ['ao-ringcentral-desk-phone'],
  },
  {
    text: 'ringcentral app on my laptop doesnt ring when my desk phone rings, wfh today',
    company: SET_AO_CLIENTS.c,
    expected: ['ao-ringcentral-app'],
  },
  {
    text: 'pharmacy supplier website blocked, says blocked by your network administrator with a dnsfilter logo. need it to order',
    company: SET_AO_CLIENTS.a,
    expected: ['ao-web-filter-blocked'],
  },
  {
    text: 'copier at PMFCU main office: scan to email failing since the ISP change, NDR says 550 5.7.64 TenantAttribution; Relay Access Denied',
    company: null,
    expected: ['ao-canon-scan-to-email'],
  },
  {
    text: 'mac mini in estimating wants filevault on logout, what is this? company portal also says not compliant',
    company: SET_AO_CLIENTS.b,
    expected: ['ao-macos-company-portal'],
  },
  {
    text: 'teams meeting - my screen share is black for everyone else. im on a macbook',
    company: SET_AO_CLIENTS.c,
    expected: ['ao-teams-meeting-audio-video'],
  },
  {
    text: 'label printer skipping every other label and printing half on two labels',
    company: SET_AO_CLIENTS.a,
    expected: ['ao-fvh-label-printers'],
  },
  {
    text: 'super leaving friday, last day. need his ipad and laptop back and his email to go to Mike',
    company: SET_AO_CLIENTS.b,
    expected: ['ao-offboarding-leaver', 'ao-srb-field-ipads'],
  },
  {
    text: 'teller 4 signature pad - SigWeb service not running',
    company: SET_AO_CLIENTS.c,
    expected: ['ao-pmfcu-signature-pads'],
  },
  {
    text: 'onedrive has red x on a bunch of files, says file name not valid',
    company: SET_AO_CLIENTS.a,
    expected: ['ao-onedrive-sync-errors'],
  },
  {
    text: 'SentinelOne: PMFCU-TLR03 disconnected from network by agent, threat classified Malicious (Trojan), status Not mitigated. next steps?',
    company: null,
    expected: ['ao-sentinelone-detection'],
  },
  {
    text: 'sent the architect a link to the submittals folder in sharepoint, he says it asks for a code that never shows up',
    company: SET_AO_CLIENTS.b,
    expected: ['ao-sharepoint-permissions-sharing'],
  },
  {
    text: 'need marias pw reset, shes new and forgot it',
    company: SET_AO_CLIENTS.c,
    expected: ['ao-password-reset-sspr'],
  },
  {
    text: 'vetconnect plus wont let me log in, says account locked',
    company: SET_AO_CLIENTS.a,
    expected: ['ao-fvh-vetlab-results'],
  },
  {
    text: 'PMFCU asked for a quote on a sharepoint intranet homepage with branch news and a holiday calendar',
    company: null,
    expected: null,
  },
  {
    text: 'email to a member bounced 554 5.2.2 mailbox full',
    company: SET_AO_CLIENTS.c,
    expected: ['ao-email-ndr-bounces'],
  },
  {
    text: 'sym password expired and now it says user locked contact administrator',
    company: SET_AO_CLIENTS.c,
    expected: ['ao-pmfcu-episys-connection'],
  },
];
