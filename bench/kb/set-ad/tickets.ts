import type { LabelledTicket } from '../tickets.ts';
import { SET_AD_CLIENTS } from './articles.ts';

const { roaster, homeHealth, water, engineers } = SET_AD_CLIENTS;

export const SET_AD_TICKETS: readonly LabelledTicket[] = [
  // ── Outlook / Exchange ──
  {
    text: 'outlook keeps popping up the microsoft login box every 5 min, i type my pw and it goes away then comes back. changed my password monday',
    company: homeHealth,
    expected: ['ad-outlook-password-prompts'],
  },
  {
    text: "Getting a message I can't send because my box is full?? I delete stuff every week. -Karen, billing",
    company: water,
    expected: ['ad-mailbox-full'],
  },
  {
    text: 'wholesale customer says their order email to orders@ came back "recipient mailbox is full"',
    company: roaster,
    expected: ['ad-mailbox-full', 'ad-ndr-codes'],
  },
  {
    text: 'Trying to send the structural calcs to the city plans examiner and it bounces with 550 5.1.1 something. address is right, copied it off their site',
    company: engineers,
    expected: ['ad-ndr-codes'],
  },
  {
    text: 'Need Tasha added to the intake@ inbox, she is taking over referrals from Monday',
    company: homeHealth,
    expected: ['ad-shared-mailbox'],
  },
  {
    text: "can you let Priya see and edit Dan's calendar, she's booking his site visits now",
    company: engineers,
    expected: ['ad-calendar-permissions'],
  },
  // ── Teams ──
  {
    text: 'teams just white screen since the update, restarted twice',
    company: homeHealth,
    expected: ['ad-teams-wont-start'],
  },
  {
    text: "the purple outlook chat thing keeps saying we've run into an issue, restart, then makes me sign in again. loops forever",
    company: engineers,
    expected: ['ad-teams-wont-start'],
  },
  {
    text: 'nobody can hear me on the call with our green coffee importer. my headset works fine for youtube',
    company: roaster,
    expected: ['ad-teams-av'],
  },
  // ── OneDrive / SharePoint ──
  {
    text: 'little red circles with an x on a bunch of files in my documents, and the cloud by the clock has said processing changes for 2 days',
    company: engineers,
    expected: ['ad-onedrive-sync'],
  },
  {
    text: "Client's architect says the link I sent her for the drawings wants her to request permission. She's outside the company obviously",
    company: engineers,
    expected: ['ad-sharepoint-access'],
  },
  // ── Licensing ──
  {
    text: "Word has a red banner across the top, unlicensed product, won't let me type in anything",
    company: water,
    expected: ['ad-office-activation'],
  },
  // ── Passwords / lockouts / MFA / CA ──
  {
    text: "forgot my password. i'm out on visits today and can't get into my email",
    company: homeHealth,
    expected: ['ad-sspr'],
  },
  {
    text: 'L1: jmorales locked out 4x today, unlocked each time in ADUC, relocks within 20 min. she changed pw friday. phone?',
    company: water,
    expected: ['ad-account-lockout'],
  },
  {
    text: 'phone went in the clarifier 😬 cant approve sign ins. using my wifes phone to send this',
    company: water,
    expected: ['ad-mfa-new-phone'],
  },
  {
    text: 'it keeps asking me to approve on my phone but im not logging into anything. 3 times last night around 2am',
    company: engineers,
    expected: ['ad-mfa-unexpected-prompts', 'ad-compromised-account'],
  },
  {
    text: 'Getting notifications on my phone with a number to type in, I never asked for them. I hit deny. is that ok?',
    company: homeHealth,
    expected: ['ad-mfa-unexpected-prompts'],
  },
  {
    text: 'Trying to check email on my home computer and it says AADSTS53003 access has been blocked',
    company: engineers,
    expected: ['ad-ca-blocked'],
  },
  {
    text: 'on vacation in Cabo and outlook on the web just says I cannot access this right now. need to approve a PO',
    company: water,
    expected: ['ad-ca-blocked'],
  },
  {
    text: "front counter pc won't let anyone log in, something about the trust relationship with the domain",
    company: water,
    expected: ['ad-trust-relationship'],
  },
  // ── Network ──
  {
    text: 'wifi in the roastery office says connected no internet on my laptop but my phone is fine on it',
    company: roaster,
    expected: ['ad-wifi'],
  },
  { text: "what's the guest wifi password, board meeting tonight", company: water, expected: ['ad-wifi'] },
  {
    text: 'working from home and netextender says server is not reachable. my internet works',
    company: homeHealth,
    expected: ['ad-vpn-client'],
  },
  {
    text: "can't get to the shared drive from home, the connect thingy just spins and spins",
    company: roaster,
    expected: ['ad-vpn-client', 'ad-mapped-drives'],
  },
  {
    text: 'on call tonight and the laptop vpn says gateway does not respond. need to get to the plant alarms',
    company: water,
    expected: ['ad-clearcreek-globalprotect'],
  },
  {
    text: 'globalprotect says valid client certificate is required. this is the loaner laptop',
    company: water,
    expected: ['ad-clearcreek-globalprotect'],
  },
  {
    text: 'The VPN will not take my password, authentication failed. Changed my password yesterday',
    company: water,
    expected: ['ad-clearcreek-globalprotect'],
  },
  {
    text: 'forti vpn error -7200 credential or something wrong',
    company: engineers,
    expected: ['ad-halvorsen-forticlient'],
  },
  {
    text: 'VPN gets to 98 percent and then drops. tried 5 times. working from home today',
    company: engineers,
    expected: ['ad-halvorsen-forticlient'],
  },
  {
    text: "at a hotel in Boise for the site visit, can't connect remote. says server may be unreachable (-14)",
    company: engineers,
    expected: ['ad-halvorsen-forticlient'],
  },
  {
    text: "some websites load, some don't. chrome says DNS_PROBE_FINISHED_NXDOMAIN. only on the office pc",
    company: roaster,
    expected: ['ad-dns'],
  },
  {
    text: 'three laptops in the conference room say no internet, the ip starts with 169',
    company: homeHealth,
    expected: ['ad-dhcp-169'],
  },
  {
    text: "can't get to the state medicaid portal from the office, our filter thing blocks it. urgent - billing deadline today",
    company: homeHealth,
    expected: ['ad-web-filter'],
  },
  {
    text: 'INTERNET DOWN AT SELLWOOD CAFE. EVERYTHING. registers too',
    company: roaster,
    expected: ['ad-isp-outage', 'ad-ridgeline-toast-pos'],
  },
  {
    text: 'entire admin office no internet or phones since 8am. ziply truck was out on the street yesterday',
    company: water,
    expected: ['ad-isp-outage'],
  },
  { text: 'the P drive is gone from this computer', company: engineers, expected: ['ad-mapped-drives'] },
  {
    text: 'the letter drive is gone. the one with all the forms on it',
    company: homeHealth,
    expected: ['ad-mapped-drives'],
  },
  {
    text: 'the VPN to get on my work computer from home says an internal error has occurred',
    company: homeHealth,
    expected: ['ad-rdp'],
  },
  {
    text: "can't remote into my office pc from home, says can't connect to the remote computer. power went out at the roastery last night if that matters",
    company: roaster,
    expected: ['ad-rdp'],
  },

  // ── Windows / hardware ──
  {
    text: 'updates failed again 0x800f0922 and it keeps nagging me to restart',
    company: water,
    expected: ['ad-windows-update'],
  },
  {
    text: 'sad face screen with a QR code, DRIVER_POWER_STATE_FAILURE, happens when I pull the laptop off the dock',
    company: engineers,
    expected: ['ad-bsod', 'ad-docks'],
  },
  {
    text: 'blue screen wants a long number to start. what number??',
    company: homeHealth,
    expected: ['ad-bitlocker-recovery'],
  },
  {
    text: 'after the dell bios update last night it asks for a recovery key. key id starts 4F2A',
    company: engineers,
    expected: ['ad-bitlocker-recovery'],
  },
  {
    text: 'computer super slow, takes 10 min to boot and the fan is really loud',
    company: roaster,
    expected: ['ad-slow-pc'],
  },
  {
    text: "printer says offline but it's on and other people can print to it",
    company: homeHealth,
    expected: ['ad-printing'],
  },
  {
    text: "L1: print queue stuck with 40 jobs for the kyocera, cancelled from the ui, they won't delete",
    company: engineers,
    expected: ['ad-printing'],
  },
  {
    text: 'label printer spitting out a blank label then one printed one then blank. wasting a ton',
    company: roaster,
    expected: ['ad-ridgeline-zebra-labels'],
  },
  {
    text: 'shipstation labels coming out tiny in the corner of the 4x6',
    company: roaster,
    expected: ['ad-ridgeline-zebra-labels'],
  },
  {
    text: 'the zebra has a red light flashing and says paused. web orders need to go out by 3',
    company: roaster,
    expected: ['ad-ridgeline-zebra-labels'],
  },
  {
    text: 'copier stopped emailing my scans last week, the screen says SMTP authentication failed',
    company: roaster,
    expected: ['ad-scan-mfp'],
  },
  {
    text: 'scanner in the billing office will not send to email anymore, error 535 something something basic',
    company: water,
    expected: ['ad-scan-mfp'],
  },
  {
    text: 'Ricoh says transmission failed when I scan the intake packet to my folder',
    company: homeHealth,
    expected: ['ad-riverbend-ricoh-scan'],
  },
  {
    text: 'scanning to the folder quit on the copier for everyone, started after IT changed passwords last week',
    company: homeHealth,
    expected: ['ad-riverbend-ricoh-scan'],
  },
  {
    text: "new medical records girl isn't on the copier list to scan to, can you add her? Jess Lee",
    company: homeHealth,
    expected: ['ad-riverbend-ricoh-scan'],
  },
  {
    text: "big plotter won't send the as-built scans to the network, says cannot connect. printing from it is fine",
    company: engineers,
    expected: ['ad-halvorsen-designjet-scan'],
  },
  {
    text: 'large sheet scans have a grey streak right down the middle of every page',
    company: engineers,
    expected: ['ad-halvorsen-designjet-scan'],
  },
  {
    text: 'only one of my two screens works at my desk, the other one says no signal',
    company: homeHealth,
    expected: ['ad-docks'],
  },
  {
    text: 'L1: new Dell from the vendor fails at OOBE with 0x80180014. serial shows in the hash list?',
    company: engineers,
    expected: ['ad-autopilot'],
  },
  {
    text: 'mac keeps asking for my keychain password every time outlook opens',
    company: engineers,
    expected: ['ad-mac'],
  },
  {
    text: "can't paste from email into the notes app on my phone, says your organization's data cannot be pasted here",
    company: homeHealth,
    expected: ['ad-mobile-email'],
  },
  // ── LOB basics ──
  {
    text: 'quickbooks H202 when I try to switch to multi user',
    company: roaster,
    expected: ['ad-quickbooks'],
  },
  {
    text: "Adobe keeps asking me to sign in and then says I don't have pro, can't combine PDFs for the submittal anymore",
    company: engineers,
    expected: ['ad-acrobat'],
  },
  {
    text: "chrome says your connection isn't private on every single website. NET::ERR_CERT_DATE_INVALID",
    company: homeHealth,
    expected: ['ad-browser'],
  },
  // ── Security ──
  {
    text: "got an email from 'DocuSign' about a water bill adjustment, clicked it and typed my password before I realized. oops",
    company: water,
    expected: ['ad-phishing', 'ad-compromised-account'],
  },
  {
    text: 'weird email from our own CEO asking me to buy gift cards for the staff. forwarding it to you, didnt click anything',
    company: engineers,
    expected: ['ad-phishing'],
  },
  {
    text: "wholesale customers say they got strange emails from me with a pdf link. I didn't send those",
    company: roaster,
    expected: ['ad-compromised-account'],
  },
  {
    text: 'L1: user cannot send any email at all, bounce says 550 5.1.8 access denied bad outbound sender',
    company: homeHealth,
    expected: ['ad-compromised-account', 'ad-ndr-codes'],
  },
  {
    text: 'all the files on the P drive have a weird extension now and theres a README text file in every folder',
    company: engineers,
    expected: ['ad-ransomware'],
  },
  {
    text: "can't open anything on the shared drive, the icons went blank, and there's a note on my desktop saying files are encrypted pay in bitcoin",
    company: water,
    expected: ['ad-ransomware'],
  },
  {
    text: "keep getting popups in the corner saying my PC is infected with 5 viruses from mcafee. we don't even have mcafee?",
    company: homeHealth,
    expected: ['ad-malware-popups'],
  },
  {
    text: "screen froze with a microsoft warning and a phone number to call and it's beeping. I did NOT call",
    company: roaster,
    expected: ['ad-malware-popups'],
  },
  {
    text: 'One of our RNs had her work iPad stolen out of her car last night in Gresham. police report filed. what do we do',
    company: homeHealth,
    expected: ['ad-lost-device'],
  },
  {
    text: 'left my laptop on the MAX this morning. lost and found has nothing',
    company: engineers,
    expected: ['ad-lost-device'],
  },

  // ── Lifecycle ──
  {
    text: 'new utility billing clerk starting 6/3, Megan Ortiz, same access as Karen please',
    company: water,
    expected: ['ad-onboarding'],
  },
  {
    text: 'we hired a new shift lead for the alberta cafe, she needs email and a laptop for the back office',
    company: roaster,
    expected: ['ad-onboarding'],
  },
  {
    text: "Tom's last day is Friday, please shut his stuff off and have his email go to Sarah",
    company: engineers,
    expected: ['ad-offboarding'],
  },
  {
    text: 'we let an LPN go this morning effective immediately. need her locked out of everything incl. the ipad',
    company: homeHealth,
    expected: ['ad-offboarding'],
  },

  // ── Backup / restore ──
  {
    text: 'I accidentally deleted the 2023 rate study folder off the S drive, like 10 min ago',
    company: water,
    expected: ['ad-restore-files'],
  },
  {
    text: "saved over the green inventory spreadsheet with the wrong version. can we get yesterday's back?",
    company: roaster,
    expected: ['ad-restore-files'],
  },
  {
    text: 'Datto alert: CCWD-FS01 backup failed 3 consecutive, protected machine not responding',
    company: water,
    expected: ['ad-backup-alert'],
  },

  // ── Internal ──
  {
    text: "new tech q: is one person who can't print a P3 or P4? and what's the response time on that",
    company: null,
    expected: ['ad-priority-matrix'],
  },
  {
    text: "who's on call this weekend and how do I page them if a client calls the main line at 9pm",
    company: null,
    expected: ['ad-after-hours'],
  },

  // ── Ridgeline: Toast ──
  {
    text: 'register at alberta shows the red cloud offline thing, still lets us ring but will cards go through?',
    company: roaster,
    expected: ['ad-ridgeline-toast-pos'],
  },
  {
    text: "the handheld order taker won't connect to wifi, servers are using pen and paper. brunch rush",
    company: roaster,
    expected: ['ad-ridgeline-toast-pos'],
  },
  {
    text: 'card reader on the counter terminal says disconnected. already rebooted it',
    company: roaster,
    expected: ['ad-ridgeline-toast-pos'],
  },

  // ── Ridgeline: Cropster ──
  {
    text: 'roasting laptop not showing temps, the curve is just flat. the diedrich is heating fine',
    company: roaster,
    expected: ['ad-ridgeline-cropster'],
  },
  {
    text: 'cropster says no machine connected this morning. I think windows updated over the weekend',
    company: roaster,
    expected: ['ad-ridgeline-cropster'],
  },
  {
    text: "roast logs from tuesday aren't showing up online for our QC guy to cup against",
    company: roaster,
    expected: ['ad-ridgeline-cropster'],
  },

  // ── Riverbend: Axxess / EVV ──
  {
    text: 'my visit from this morning still says pending sync on the ipad, been 3 hrs',
    company: homeHealth,
    expected: ['ad-riverbend-axxess-evv'],
  },
  {
    text: "app won't let me clock in at the patient's house, says can't verify location. I'm literally in their living room",
    company: homeHealth,
    expected: ['ad-riverbend-axxess-evv'],
  },
  {
    text: "EVV kicked me out and now won't log in. I have 2 notes not sent yet. should I delete it and reinstall?",
    company: homeHealth,
    expected: ['ad-riverbend-axxess-evv'],
  },

  // ── Riverbend: fax ──
  {
    text: "Dr. Patel's office says they faxed the signed orders 3 times, we don't have them anywhere",
    company: homeHealth,
    expected: ['ad-riverbend-ringcentral-fax'],
  },
  {
    text: 'sending the plan of care to a physician keeps failing, no answer / no fax tone',
    company: homeHealth,
    expected: ['ad-riverbend-ringcentral-fax'],
  },

  // ── Clear Creek: SCADA / Caselle ──
  {
    text: "can't get to the SCADA screens from the office anymore, the jump computer says duo timed out",
    company: water,
    expected: ['ad-clearcreek-scada-jumpbox'],
  },
  {
    text: "thin client shows server not available for the plant. operators at the plant say it's fine on their end",
    company: water,
    expected: ['ad-clearcreek-scada-jumpbox'],
  },
  {
    text: 'need our new operator Chris able to see the HMI remotely when he starts on-call rotation',
    company: water,
    expected: ['ad-clearcreek-scada-jumpbox'],
  },
  {
    text: 'caselle wont open, unable to connect to server. billing run is TODAY',
    company: water,
    expected: ['ad-clearcreek-caselle'],
  },
  {
    text: 'meter read file from the badger software wont import into utility billing, invalid file format. I did fix the columns in excel first',
    company: water,
    expected: ['ad-clearcreek-caselle'],
  },

  // ── Halvorsen: Autodesk ──
  {
    text: 'Revit says no license available this morning, autocad opens fine',
    company: engineers,
    expected: ['ad-halvorsen-autodesk'],
  },
  {
    text: 'AutoCAD: License Manager is not functioning or is improperly installed. Then it closes',
    company: engineers,
    expected: ['ad-halvorsen-autodesk'],
  },
  {
    text: 'new engineer starting Monday (Luis) needs revit, can you give him a seat',
    company: engineers,
    expected: ['ad-halvorsen-autodesk', 'ad-onboarding'],
  },

  // ── Multi-problem ──
  {
    text: 'Hi, two things - outlook keeps asking for my password all day, and my left monitor went black after I moved desks. thx, Rachel (front desk)',
    company: water,
    expected: ['ad-outlook-password-prompts', 'ad-docks'],
  },

  // ── Unanswerable (null) ──
  {
    text: "front desk toast terminal won't take cards, keeps saying offline",
    company: homeHealth,
    expected: null,
  },
  {
    text: 'autocad civil 3d says no license available. our engineer needs it for the main line replacement drawings',
    company: water,
    expected: null,
  },
  {
    text: "the axxess app on my phone won't clock me in for the meter route",
    company: water,
    expected: null,
  },
  {
    text: 'can we get a quote for two more 32 inch monitors and docks for the new hires',
    company: engineers,
    expected: null,
  },
  {
    text: 'Need pricing on a second firewall for the treatment plant + whatever licensing goes with it',
    company: water,
    expected: null,
  },
  {
    text: "door fob at the roastery back door isn't beeping us in, had to go around front",
    company: roaster,
    expected: null,
  },
  {
    text: 'espresso machine at sellwood keeps tripping the breaker and the group head is leaking',
    company: roaster,
    expected: null,
  },
  {
    text: "my personal iphone says icloud storage full and my photos won't back up, can you help",
    company: homeHealth,
    expected: null,
  },
  {
    text: "my kid's laptop at home has a virus I think, can I bring it in to you guys",
    company: water,
    expected: null,
  },
  {
    text: 'bluebeam says the seat limit has been reached, cant open revu',
    company: engineers,
    expected: null,
  },
  {
    text: 'dropbox stuck syncing 1,204 files in the product photo shoot folder',
    company: roaster,
    expected: null,
  },
  {
    text: "Gusto won't accept the 2 step code it texts me, payroll is due",
    company: homeHealth,
    expected: null,
  },
  {
    text: 'WIN-911 is still calling the old on-call number for plant alarms, needs to be Mike now',
    company: water,
    expected: null,
  },
  {
    text: 'shopify checkout showing the wrong shipping rates since we added the 5lb bags',
    company: roaster,
    expected: null,
  },
  {
    text: 'my desk phone says registration failed and theres no dial tone',
    company: homeHealth,
    expected: null,
  },
  {
    text: 'can IT make a new email signature with the district logo for everyone',
    company: water,
    expected: null,
  },
  {
    text: 'revit renders take forever, can we get a better graphics card in my workstation? what would it cost',
    company: engineers,
    expected: null,
  },
  {
    text: 'need a quote for a teams room kit for the board room so remote board members can join',
    company: water,
    expected: null,
  },
  {
    text: "what's the mileage reimbursement rate for driving to client sites?",
    company: null,
    expected: null,
  },
  { text: 'thanks for the help yesterday!! you guys rock', company: roaster, expected: null },
  { text: 'test ticket please ignore', company: null, expected: null },
];
