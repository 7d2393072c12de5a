import type { LabelledTicket } from '../tickets.ts';
import { SET_AQ_CLIENTS } from './articles.ts';

const { a: x, b: y, c: z, d: w } = SET_AQ_CLIENTS;

export const SET_AQ_TICKETS: readonly LabelledTicket[] = [
  // ── Harbourside Physiotherapy ──
  {
    text: `my email keeps nagging me to log in again every few mins, I put it in and it goes away then comes straight back. I changed it yesterday like the reminder said. Sam (Cott)`,
    company: x,
    expected: ['aq-outlook-credential-prompt'],
  },
  {
    text: `Hi guys, Jade is taking over the bookings inbox from Kirsty from Monday as Kirsty is going part time, can she get into it please? Thanks, Leanne`,
    company: x,
    expected: ['aq-shared-mailbox-access'],
  },
  {
    text: `logged into my new laptop this morning and EVERYTHING on my desktop is gone!!! all my letter templates to GPs were there. please help asap`,
    company: x,
    expected: ['aq-onedrive-kfm-missing-desktop'],
  },
  {
    text: `I think I accidentally deleted the Cottesloe rosters folder out of the files bit in Teams about an hour ago. Can it come back?? Kirsty`,
    company: x,
    expected: ['aq-restore-deleted-sharepoint'],
  },
  {
    text: `Word has gone read only with a red bar across the top about the product not being activated?? can't write my reports. Aroha`,
    company: x,
    expected: ['aq-office-unlicensed'],
  },
  {
    text: `New laptop won't join the wifi at Cottesloe - "can't connect to this network". My phone is on it fine. Sam`,
    company: x,
    expected: ['aq-staff-wifi-connect'],
  },
  {
    text: `Internet is crawling at Fremantle since 8am, Cliniko barely loading. Jade had a look at the white box on the wall in the store room and one light is red`,
    company: x,
    expected: ['aq-isp-outage-failover'],
  },
  {
    text: `Desk phone in the back office at Cottesloe says network unavailable. The cleaners were vacuuming in there last night`,
    company: x,
    expected: ['aq-wall-port-dead', 'aq-yealink-not-registered'],
  },
  {
    text: `Reception printer at Cottesloe is saying offline and there are like 12 things stuck in the list, nothing coming out. Patients waiting for receipts`,
    company: x,
    expected: ['aq-printer-offline-spooler'],
  },
  {
    text: `Trying to send scans to my email from the big copier, it comes up "transmission failed" 016-76? something. Worked last week`,
    company: x,
    expected: ['aq-scan-to-email-apeos'],
  },
  {
    text: `after that bios update popup yesterday my laptop now wants a recovery code, a 48 digit one?? what is that. Tom B`,
    company: x,
    expected: ['aq-bitlocker-recovery'],
  },
  {
    text: `Got an email saying my Microsoft password expires today with a big blue "Keep same password" button. Looks a bit dodgy to me, didn't click it. what should I do`,
    company: x,
    expected: ['aq-phishing-report'],
  },
  {
    text: `Got a text from "Leanne" asking me to grab some Apple cards for a patient's thank you gift and send her the codes on the back. She's on leave so it's a bit weird? Jade`,
    company: x,
    expected: ['aq-gift-card-bec'],
  },
  {
    text: `Hi team! We've got a new grad starting at Cottesloe on the 10th, Mia Fraser. Physio. Can you set her up with everything she needs? Cheers Leanne`,
    company: x,
    expected: ['aq-hp-onboarding', 'aq-onboarding-new-starter'],
  },
  {
    text: `Hi there, we have a uni student on placement from Notre Dame for 6 weeks starting Monday. She'll need to log into the computers and the appointment system. Thanks`,
    company: x,
    expected: ['aq-hp-onboarding', 'aq-onboarding-new-starter'],
  },
  {
    text: `Hi, we're closing at 2pm Friday for the Christmas party - can the phones go to the after hours recording from then? Thanks! Leanne`,
    company: x,
    expected: ['aq-3cx-call-divert-hours'],
  },
  {
    text: `Tom got a new phone on the weekend and now the 6 digit code for the patient booking system doesn't work, he can't see his list for today. Help!`,
    company: x,
    expected: ['aq-hp-cliniko-access'],
  },
  {
    text: `Can our new receptionist (Bella) get a login for bookings/invoicing but NOT be able to read the clinical notes please`,
    company: x,
    expected: ['aq-hp-cliniko-access'],
  },
  {
    text: `HICAPS machine at front desk Fremantle keeps saying not paired when we hit claim on the invoice. Eftpos works fine`,
    company: x,
    expected: ['aq-hp-tyro-health-terminal'],
  },
  {
    text: `Sam's patients' health fund claims are all getting knocked back at Cottesloe today, something about provider. only his`,
    company: x,
    expected: ['aq-hp-tyro-health-terminal'],
  },
  {
    text: `Patient rang to say she never got her home exercises. Aroha sent them yesterday afternoon. Can you check?`,
    company: x,
    expected: ['aq-hp-physitrack'],
  },
  {
    text: `Since Sam left the exercise program thing isn't pulling any new patients across from Cliniko. Was it linked to his account or something?`,
    company: x,
    expected: ['aq-hp-physitrack'],
  },
  {
    text: `Hi, just wondering how do I get my work email on my Samsung? Tried adding it to the normal Samsung mail app and it just refuses`,
    company: x,
    expected: ['aq-mobile-app-protection'],
  },
  {
    text: `Hi, our patient reminder texts from Cliniko didn't go out yesterday, we had 4 no-shows. Can you check why the SMS aren't sending?`,
    company: x,
    expected: null,
  }, // hard negative
  {
    text: `Can we change the logo in everyone's email signature to the new Harbourside logo? The marketing girl sent it through`,
    company: x,
    expected: null,
  }, // hard negative
  {
    text: `patients keep asking for the wifi, can we change the guest wifi password and put our logo on the page that pops up?`,
    company: x,
    expected: null,
  }, // hard negative
  {
    text: `Tom does a lot of reports for insurers, can he get one of those dictation microphones with the buttons that send it off to be typed up? and how would it work`,
    company: x,
    expected: null,
  }, // hard negative
  {
    text: `Leanne here - I need a report of how many pages each physio printed last month so I can work out the costs. Is that possible?`,
    company: x,
    expected: null,
  }, // hard negative
  {
    text: `Can I use one of those usb key things instead of my phone to log in? My phone is always dead`,
    company: x,
    expected: null,
  }, // hard negative
  {
    text: `the aircon in treatment room 4 is dripping on the plinth again, who do I call?`,
    company: x,
    expected: null,
  }, // easy negative

  // ── Karri Ridge Constructions ──
  {
    text: `Outlook wont open at all, just sits there on the splash saying processing then goes not responding. webmail works fine. Jess (accounts)`,
    company: y,
    expected: ['aq-outlook-profile-rebuild'],
  },
  {
    text: `In the toolbox meeting this morning nobody could hear me on the call. My jabra works fine on phone calls tho`,
    company: y,
    expected: ['aq-teams-headset-audio'],
  },
  {
    text: `the little cloud down the bottom right has a red X and the changes I make to the variations spreadsheet aren't showing up for Priya`,
    company: y,
    expected: ['aq-onedrive-sync-errors'],
  },
  {
    text: `The structural engineer from Cossill & Webley can't open the link I sent him for the Byford plans, says he needs permission. We can all open it fine here`,
    company: y,
    expected: ['aq-sharepoint-guest-access'],
  },
  {
    text: `Bunnings Trade reckon they've sent our monthly statement 3 times and we never got it. Not in junk. accounts@`,
    company: y,
    expected: ['aq-mailguard-quarantine'],
  },
  {
    text: `Ben's in Hanoi for the supplier visit and he's locked out of everything, says "you cannot access this right now", error ends in 003. Can you fix today?`,
    company: y,
    expected: ['aq-ca-block-53003'],
  },
  {
    text: `my account keeps getting locked every morning since I changed the password Friday. Jess unlocks it and it's locked again by smoko. Darren`,
    company: y,
    expected: ['aq-account-lockout'],
  },
  {
    text: `message on the laptop "your device doesn't meet your organisation's requirements" and now outlook and teams wont open`,
    company: y,
    expected: ['aq-intune-noncompliant'],
  },
  {
    text: `trying to put the Cat SIS app on for the excavator manuals and windows wants an admin password`,
    company: y,
    expected: ['aq-software-install-request'],
  },
  {
    text: `Ellenbrook site shed - my laptop connects to the office then drops out every couple of minutes. We're on the starlink out here`,
    company: y,
    expected: ['aq-kr-site-office-vpn', 'aq-forticlient-vpn'],
  },
  {
    text: `Baldivis site: the forticlient gets to 40% and just sits there. no S drive so cant get the plans`,
    company: y,
    expected: ['aq-kr-site-office-vpn', 'aq-forticlient-vpn'],
  },
  {
    text: `cant open the link the architect emailed, comes up with a blocked page saying newly seen domain or some rubbish`,
    company: y,
    expected: ['aq-dnsfilter-block'],
  },
  {
    text: `moved desks into the estimating room, the plug in the wall for the computer doesn't do anything, tried 2 cables`,
    company: y,
    expected: ['aq-wall-port-dead'],
  },
  {
    text: `Projects letter drive is missing since I got back from leave, the others are still there`,
    company: y,
    expected: ['aq-mapped-drive-missing'],
  },
  {
    text: `laptop keeps crashing to the sad face screen, said something about DPC watchdog. 3rd time today`,
    company: y,
    expected: ['aq-bsod-triage'],
  },
  {
    text: `Darren's laptop out at Byford is stuck on a blue screen wanting a long number to start. key ID starts 4A3F. he's on 0412 ...`,
    company: y,
    expected: ['aq-bitlocker-recovery'],
  },
  {
    text: `Customers ringing me saying they got an email from me with a docusign to review. I DIDNT send it!!! Jess`,
    company: y,
    expected: ['aq-compromised-account'],
  },
  {
    text: `The new Databuild update won't install, the security thing keeps deleting the setup file as soon as I download it`,
    company: y,
    expected: ['aq-sentinelone-threat'],
  },
  {
    text: `URGENT all the files on the P drive have a weird extension and there's a text file in every folder saying how to get them back. Cant open anything`,
    company: y,
    expected: ['aq-ransomware-response'],
  },
  {
    text: `We've just let go one of the leading hands (Shane Porter), need his access to everything cut off now please, he still has the ipad`,
    company: y,
    expected: ['aq-offboarding-leaver'],
  },
  {
    text: `when i answer office calls on the mobile app I can't hear them but they can hear me. fine on the desk phone`,
    company: y,
    expected: ['aq-3cx-app-one-way-audio'],
  },
  {
    text: `I deleted a folder off the projects drive by accident - J1187 Bassendean. it was there Tuesday. can you get it back`,
    company: y,
    expected: ['aq-acronis-file-restore'],
  },
  {
    text: `forgot my master password for the password safe thing. can u reset it`,
    company: y,
    expected: ['aq-keeper-vault'],
  },
  {
    text: `site ipad still has rev C drawings for the Ellenbrook job, rev E was uploaded yesterday. the guys are building off old plans`,
    company: y,
    expected: ['aq-kr-procore'],
  },
  {
    text: `new PM Lachlan can't log into procore, it keeps bouncing him back to the microsoft sign in page`,
    company: y,
    expected: ['aq-kr-procore'],
  },
  {
    text: `Estimating program says no licences available but there's only 3 of us in today`,
    company: y,
    expected: ['aq-kr-databuild'],
  },
  {
    text: `Priya here - Databuild won't connect from my laptop, 'SQL server does not exist or access denied'. I'm in the office on the cable`,
    company: y,
    expected: ['aq-kr-databuild'],
  },
  {
    text: `Revu only opens in basics mode, I need the count tool for the slab takeoff`,
    company: y,
    expected: ['aq-kr-bluebeam'],
  },
  {
    text: `can't join the markup session the architect set up, the invite never came through. He gave me a number 482-...`,
    company: y,
    expected: ['aq-kr-bluebeam'],
  },
  {
    text: `Hi, can we get the toolbox meetings in Teams to record and transcribe automatically for our safety records? Every time someone forgets to hit record`,
    company: y,
    expected: null,
  }, // hard negative
  {
    text: `Hey, can you pull the recording of a call Jess had with a subbie last Tuesday around 10am? There's a dispute about what was agreed`,
    company: y,
    expected: null,
  }, // hard negative
  {
    text: `Our new draftsperson wants a MacBook Pro instead of a Dell. Can you set it up the same as the others with all our stuff?`,
    company: y,
    expected: null,
  }, // hard negative
  {
    text: `can we change the music people hear when they're put on hold? sick of the current one`,
    company: y,
    expected: null,
  }, // hard negative
  {
    text: `Procore isn't pushing the approved subcontractor invoices through to Xero anymore, accounts having to key them manually`,
    company: y,
    expected: null,
  }, // hard negative

  // ── Mercer Quay Lawyers ──
  {
    text: `Hi team, since I got my new phone Teams and my mail keep showing a yellow "sign in required" bar. I sign in, it's back an hour later. Hannah`,
    company: z,
    expected: ['aq-outlook-credential-prompt'],
  },
  {
    text: `Trying to find an email from Landgate from last March - search finds nothing but I know it's there, I can see it if I scroll back. Needed for a settlement tomorrow!`,
    company: z,
    expected: ['aq-outlook-search-index'],
  },
  {
    text: `Getting emails saying my inbox is nearly at its limit and clients are saying mail to me is bouncing. I can't delete anything, it's all correspondence. RM`,
    company: z,
    expected: ['aq-mailbox-quota-archive'],
  },
  {
    text: `tried sending the brief to counsel and it bounced, says message too big or size exceeds something`,
    company: z,
    expected: ['aq-ndr-bounce-codes'],
  },
  {
    text: `Hi, I upgraded to the iPhone 16 on the weekend, traded the old one in, and now I can't do the number matching thing when logging in. Lorraine`,
    company: z,
    expected: ['aq-mfa-new-phone'],
  },
  {
    text: `Working from home today - the remote access app says credential or config is wrong (-7200). Need to get into the old archive drive for a file`,
    company: z,
    expected: ['aq-forticlient-vpn'],
  },
  {
    text: `scan to email from the copier isn't arriving for me. Lorraine`,
    company: z,
    expected: ['aq-mq-scan-to-matter', 'aq-scan-to-email-apeos'],
  },
  {
    text: `scanned the signed contract of sale to go into the matter and it's not showing in my scan inbox in LEAP`,
    company: z,
    expected: ['aq-mq-scan-to-matter'],
  },
  {
    text: `swiped my new building pass at the copier and it says unknown card`,
    company: z,
    expected: ['aq-papercut-secure-release'],
  },
  {
    text: `computer restarted itself twice this morning with a blue screen and a QR code, only seems to happen when I'm plugged into the dock`,
    company: z,
    expected: ['aq-bsod-triage'],
  },
  {
    text: `my two monitors went black when I plugged the laptop into the little box thing. laptop screen works`,
    company: z,
    expected: ['aq-dock-monitors'],
  },
  {
    text: `my phone keeps buzzing asking me to approve a sign in but I'm not logging into anything. It's done it 6 times in 10 minutes`,
    company: z,
    expected: ['aq-compromised-account'],
  },
  {
    text: `My laptop bag was stolen from my car in Northbridge last night, work laptop was in it. Police report number 240611-... Hannah`,
    company: z,
    expected: ['aq-lost-stolen-device'],
  },
  {
    text: `Hannah's last day is Friday. Can her emails go to Richard after she leaves? And please arrange to collect her laptop. Georgina`,
    company: z,
    expected: ['aq-offboarding-leaver'],
  },
  {
    text: `how do I get my desk line to ring my mobile when I'm in court all day tomorrow`,
    company: z,
    expected: ['aq-3cx-call-divert-hours'],
  },
  {
    text: `Need an email from 2021 that I deleted, it's not in deleted items anymore. From the valuer re 14 Marine Pde`,
    company: z,
    expected: ['aq-dropsuite-mail-restore'],
  },
  {
    text: `Adobe says my trial has expired and I can't combine PDFs for the court book anymore, due Friday`,
    company: z,
    expected: ['aq-adobe-acrobat-licence'],
  },
  {
    text: `the buttons to file emails to matters have disappeared from my email this morning`,
    company: z,
    expected: ['aq-mq-leap-outlook-addin'],
  },
  {
    text: `Outlook popped up saying it detected a problem with an add-in and disabled it. Now I can't save to matters`,
    company: z,
    expected: ['aq-mq-leap-outlook-addin'],
  },
  {
    text: `LEAP just sits on the loading screen this morning, restarted twice. Richard M`,
    company: z,
    expected: ['aq-mq-leap-desktop'],
  },
  {
    text: `when I open documents from a matter Word opens but the page is blank`,
    company: z,
    expected: ['aq-mq-leap-desktop'],
  },
  {
    text: `Richard's dictaphone microphone buttons aren't doing anything, light is on though`,
    company: z,
    expected: ['aq-mq-speechlive-dictation'],
  },
  {
    text: `Morning! My foot pedal has stopped working for playing back Richard's tapes - have to click with the mouse which is slow. Lorraine`,
    company: z,
    expected: ['aq-mq-speechlive-dictation'],
  },
  {
    text: `New Latitude for Mercer Quay (the new associate) stuck on "setting up your device" > apps for 90 mins, error 0x800705b4. Re-tried once.`,
    company: z,
    expected: ['aq-autopilot-esp-failure'],
  },
  {
    text: `Can you set it so my secretary can see and change my calendar? At the moment she only sees "busy"`,
    company: z,
    expected: null,
  }, // hard negative
  {
    text: `Letters are printing on plain paper instead of the letterhead in tray 2, how do I make Word pick the right tray?`,
    company: z,
    expected: null,
  }, // hard negative
  {
    text: `Could we get a little label printer for archive box labels set up? The Zebra one in storage prints all offset`,
    company: z,
    expected: null,
  }, // hard negative
  {
    text: `How much storage do I have in my OneDrive and can you increase it? I keep all my old matters on there`,
    company: z,
    expected: null,
  }, // hard negative
  {
    text: `Excel file from the accountant has a red bar saying macros have been blocked because the source is untrusted, I need the macros`,
    company: z,
    expected: null,
  }, // hard negative
  {
    text: `LEAP critical dates aren't syncing into my Outlook calendar anymore, missed a reminder for a limitation date`,
    company: z,
    expected: null,
  }, // hard negative
  {
    text: `Can you renew our domain for the firm's website, it's expiring next month and the web developer has gone quiet`,
    company: z,
    expected: null,
  }, // easy negative

  // ── Pilbara Link Freight ──
  {
    text: `Dale gave me access to dispatch@ yesterday but it's still not in my outlook on the left`,
    company: w,
    expected: ['aq-shared-mailbox-access'],
  },
  {
    text: `teams just white screen when i open it. restarted twice. Kev dispatch`,
    company: w,
    expected: ['aq-new-teams-reset'],
  },
  {
    text: `someone saved over the freight rates spreadsheet in the Teams files with old numbers, can we get yesterday's back?`,
    company: w,
    expected: ['aq-restore-deleted-sharepoint'],
  },
  {
    text: `Emails to our contact at Roy Hill keep coming back with 550 5.1.1 something. address is right I think`,
    company: w,
    expected: ['aq-ndr-bounce-codes'],
  },
  {
    text: `forgot my pasword after holidays. Sharon (sent from my mobile)`,
    company: w,
    expected: ['aq-password-reset-sspr'],
  },
  {
    text: `the new laptop you sent up for the Hedland office says something went wrong 80180014 when Mick turned it on`,
    company: w,
    expected: ['aq-autopilot-esp-failure'],
  },
  {
    text: `can i get Google Earth Pro installed for planning the Newman runs pls`,
    company: w,
    expected: ['aq-software-install-request'],
  },
  {
    text: `can't get onto the work network from the motel in Karratha, fortinet just says the server may be unreachable`,
    company: w,
    expected: ['aq-forticlient-vpn'],
  },
  {
    text: `getting a blue page saying blocked by your organisation when I go to the Main Roads heavy vehicle permit website`,
    company: w,
    expected: ['aq-dnsfilter-block'],
  },
  {
    text: `Kewdale has no internet!! dock is stopped, all the scanners say offline. Dale`,
    company: w,
    expected: ['aq-pl-depot-internet-outage', 'aq-isp-outage-failover'],
  },
  {
    text: `Hedland's internet dropped out again, big storm here. anything you can do?`,
    company: w,
    expected: ['aq-pl-depot-internet-outage', 'aq-isp-outage-failover'],
  },
  {
    text: `scanning the PODs on the big Fuji to email, it says sent but they never turn up`,
    company: w,
    expected: ['aq-scan-to-email-apeos'],
  },
  {
    text: `black lines down every page from the fuji machine in the office. Also can I get a new mouse, mine's sticky`,
    company: w,
    expected: ['aq-copier-toner-service'],
  },
  {
    text: `computer takes forever to do anything, 10 min to open excel. fan going flat out`,
    company: w,
    expected: ['aq-slow-pc-triage'],
  },
  {
    text: `computer says undoing changes every time it restarts, been 3 times now and I can't work`,
    company: w,
    expected: ['aq-windows-update-failing'],
  },
  {
    text: `One of our carriers emailed saying they've changed banks, new BSB for this month's invoice. Email looks a bit off to me. Sharon`,
    company: w,
    expected: ['aq-gift-card-bec'],
  },
  {
    text: `driver lost his work phone somewhere between here and Newman`,
    company: w,
    expected: ['aq-lost-stolen-device'],
  },
  {
    text: `We've got a new dispatcher starting Monday, can you set her up please. Courtney Blake. Dale`,
    company: w,
    expected: ['aq-onboarding-new-starter'],
  },
  {
    text: `phone on my desk just shows the time, no name on it and can't ring out, just beeps fast`,
    company: w,
    expected: ['aq-yealink-not-registered'],
  },
  {
    text: `cant edit pdfs anymore, it wants me to buy it`,
    company: w,
    expected: ['aq-adobe-acrobat-licence'],
  },
  {
    text: `labels coming out half on one and half on the next since we put the new roll in ZT1`,
    company: w,
    expected: ['aq-pl-zebra-labels'],
  },
  {
    text: `cartoncloud says printed but no labels come out of ZT2`,
    company: w,
    expected: ['aq-pl-zebra-labels'],
  },
  {
    text: `scanners beep but nothing comes up in the picking screen`,
    company: w,
    expected: ['aq-pl-cartoncloud-app'],
  },
  {
    text: `handheld says 14 pending and offline down the back of the cold room, should I log out and back in?`,
    company: w,
    expected: ['aq-pl-cartoncloud-app'],
  },
  {
    text: `We're drawing up plans for the depot extension, need a Bluebeam licence for me to mark them up. can you sort?`,
    company: w,
    expected: null,
  }, // hard negative
  {
    text: `the @ and " keys are swapped on my keyboard all of a sudden, typing emails is a nightmare`,
    company: w,
    expected: null,
  }, // hard negative
  {
    text: `CartonCloud is charging the wrong storage rate on the invoices to one of our customers, can you check the rate card?`,
    company: w,
    expected: null,
  }, // hard negative
  { text: `the forklift charger in bay 2 is tripping the breaker again`, company: w, expected: null }, // easy negative

  // ── Bluewren staff ──
  {
    text: `KRC user jess@ getting 5.7.708 bounces on everything outbound since 9am`,
    company: null,
    expected: ['aq-ndr-bounce-codes', 'aq-compromised-account'],
  },
  {
    text: `Acronis alert: KRC-FS01 failed last 2 nights - "failed to take a volume snapshot"`,
    company: null,
    expected: ['aq-acronis-backup-failed'],
  },
  {
    text: `anyone know where the recovery key lives for a Latitude that isn't showing in Entra? user's at the counter`,
    company: null,
    expected: ['aq-bitlocker-recovery'],
  },
  {
    text: `does anyone have a spare HDMI to USB-C for the boardroom TV? lunch and learn at 12`,
    company: null,
    expected: null,
  }, // easy negative
];
