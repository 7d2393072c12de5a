import { BENCH_ARTICLES, type BenchArticle } from './articles.ts';
import { SET_AA_ARTICLES } from './set-aa/articles.ts';
import { SET_AA_TICKETS } from './set-aa/tickets.ts';
import { SET_AB_ARTICLES } from './set-ab/articles.ts';
import { SET_AB_TICKETS } from './set-ab/tickets.ts';
import { SET_AC_ARTICLES } from './set-ac/articles.ts';
import { SET_AC_TICKETS } from './set-ac/tickets.ts';
import { SET_AD_ARTICLES } from './set-ad/articles.ts';
import { SET_AD_TICKETS } from './set-ad/tickets.ts';
import { SET_AE_ARTICLES } from './set-ae/articles.ts';
import { SET_AE_TICKETS } from './set-ae/tickets.ts';
import { SET_AF_ARTICLES } from './set-af/articles.ts';
import { SET_AF_TICKETS } from './set-af/tickets.ts';
import { SET_AG_ARTICLES } from './set-ag/articles.ts';
import { SET_AG_TICKETS } from './set-ag/tickets.ts';
import { SET_AH_ARTICLES } from './set-ah/articles.ts';
import { SET_AH_TICKETS } from './set-ah/tickets.ts';
import { SET_AI_ARTICLES } from './set-ai/articles.ts';
import { SET_AI_TICKETS } from './set-ai/tickets.ts';
import { SET_AJ_ARTICLES } from './set-aj/articles.ts';
import { SET_AJ_TICKETS } from './set-aj/tickets.ts';
import { SET_AK_ARTICLES } from './set-ak/articles.ts';
import { SET_AK_TICKETS } from './set-ak/tickets.ts';
import { SET_AL_ARTICLES } from './set-al/articles.ts';
import { SET_AL_TICKETS } from './set-al/tickets.ts';
import { SET_AM_ARTICLES } from './set-am/articles.ts';
import { SET_AM_TICKETS } from './set-am/tickets.ts';
import { SET_AN_ARTICLES } from './set-an/articles.ts';
import { SET_AN_TICKETS } from './set-an/tickets.ts';
import { SET_AO_ARTICLES } from './set-ao/articles.ts';
import { SET_AO_TICKETS } from './set-ao/tickets.ts';
import { SET_AP_ARTICLES } from './set-ap/articles.ts';
import { SET_AP_TICKETS } from './set-ap/tickets.ts';
import { SET_AQ_ARTICLES } from './set-aq/articles.ts';
import { SET_AQ_TICKETS } from './set-aq/tickets.ts';
import { SET_AR_ARTICLES } from './set-ar/articles.ts';
import { SET_AR_TICKETS } from './set-ar/tickets.ts';
import { SET_B_ARTICLES } from './set-b/articles.ts';
import { SET_B_TICKETS } from './set-b/tickets.ts';
import { SET_C_ARTICLES } from './set-c/articles.ts';
import { SET_C_TICKETS } from './set-c/tickets.ts';
import { SET_D_ARTICLES } from './set-d/articles.ts';
import { SET_D_TICKETS } from './set-d/tickets.ts';
import { SET_E_ARTICLES } from './set-e/articles.ts';
import { SET_E_TICKETS } from './set-e/tickets.ts';
import { SET_F_ARTICLES } from './set-f/articles.ts';
import { SET_F_TICKETS } from './set-f/tickets.ts';
import { SET_G_ARTICLES } from './set-g/articles.ts';
import { SET_G_TICKETS } from './set-g/tickets.ts';
import { SET_H_ARTICLES } from './set-h/articles.ts';
import { SET_H_TICKETS } from './set-h/tickets.ts';
import { SET_I_ARTICLES } from './set-i/articles.ts';
import { SET_I_TICKETS } from './set-i/tickets.ts';
import { SET_J_ARTICLES } from './set-j/articles.ts';
import { SET_J_TICKETS } from './set-j/tickets.ts';
import { SET_K_ARTICLES } from './set-k/articles.ts';
import { SET_K_TICKETS } from './set-k/tickets.ts';
import { SET_L_ARTICLES } from './set-l/articles.ts';
import { SET_L_TICKETS } from './set-l/tickets.ts';
import { SET_M_ARTICLES } from './set-m/articles.ts';
import { SET_M_TICKETS } from './set-m/tickets.ts';
import { SET_N_ARTICLES } from './set-n/articles.ts';
import { SET_N_TICKETS } from './set-n/tickets.ts';
import { SET_O_ARTICLES } from './set-o/articles.ts';
import { SET_O_TICKETS } from './set-o/tickets.ts';
import { SET_P_ARTICLES } from './set-p/articles.ts';
import { SET_P_TICKETS } from './set-p/tickets.ts';
import { SET_Q_ARTICLES } from './set-q/articles.ts';
import { SET_Q_TICKETS } from './set-q/tickets.ts';
import { SET_R_ARTICLES } from './set-r/articles.ts';
import { SET_R_TICKETS } from './set-r/tickets.ts';
import { SET_S_ARTICLES } from './set-s/articles.ts';
import { SET_S_TICKETS } from './set-s/tickets.ts';
import { SET_T_ARTICLES } from './set-t/articles.ts';
import { SET_T_TICKETS } from './set-t/tickets.ts';
import { SET_U_ARTICLES } from './set-u/articles.ts';
import { SET_U_TICKETS } from './set-u/tickets.ts';
import { SET_V_ARTICLES } from './set-v/articles.ts';
import { SET_V_TICKETS } from './set-v/tickets.ts';
import { SET_W_ARTICLES } from './set-w/articles.ts';
import { SET_W_TICKETS } from './set-w/tickets.ts';
import { SET_X_ARTICLES } from './set-x/articles.ts';
import { SET_X_TICKETS } from './set-x/tickets.ts';
import { SET_Y_ARTICLES } from './set-y/articles.ts';
import { SET_Y_TICKETS } from './set-y/tickets.ts';
import { SET_Z_ARTICLES } from './set-z/articles.ts';
import { SET_Z_TICKETS } from './set-z/tickets.ts';
import { LABELLED_TICKETS, type LabelledTicket } from './tickets.ts';

/** A labelled evaluation set: its own articles (its own KB) and tickets against them. */
export interface LabelledSet {
  name:
    | 'A'
    | 'B'
    | 'C'
    | 'D'
    | 'E'
    | 'F'
    | 'G'
    | 'H'
    | 'I'
    | 'J'
    | 'K'
    | 'L'
    | 'M'
    | 'N'
    | 'O'
    | 'P'
    | 'Q'
    | 'R'
    | 'S'
    | 'T'
    | 'U'
    | 'V'
    | 'W'
    | 'X'
    | 'Y'
    | 'Z'
    | 'AA'
    | 'AB'
    | 'AC'
    | 'AD'
    | 'AE'
    | 'AF'
    | 'AG'
    | 'AH'
    | 'AI'
    | 'AJ'
    | 'AK'
    | 'AL'
    | 'AM'
    | 'AN'
    | 'AO'
    | 'AP'
    | 'AQ'
    | 'AR';
  description: string;
  articles: readonly BenchArticle[];
  tickets: readonly LabelledTicket[];
}

export const SET_A: LabelledSet = {
  name: 'A',
  description: 'bench/kb/tickets.ts + articles.ts',
  articles: BENCH_ARTICLES,
  tickets: LABELLED_TICKETS,
};

export const SET_B: LabelledSet = {
  name: 'B',
  description: 'bench/kb/set-b (written separately, users’ own words)',
  articles: SET_B_ARTICLES,
  tickets: SET_B_TICKETS,
};

export const SET_C: LabelledSet = {
  name: 'C',
  description: 'bench/kb/set-c (small, written before the last tuning, never tuned on)',
  articles: SET_C_ARTICLES,
  tickets: SET_C_TICKETS,
};

export const SET_D: LabelledSet = {
  name: 'D',
  description:
    'bench/kb/set-d (written independently, without reading the search code or the other sets’ tickets; a development set since its first run: misses read, never fitted)',
  articles: SET_D_ARTICLES,
  tickets: SET_D_TICKETS,
};

export const SET_E: LabelledSet = {
  name: 'E',
  description:
    'bench/kb/set-e (written independently as a final held-out set, without reading the search code, the other sets’ tickets or set D’s articles; never fitted on, its misses read in the product-lexicon round: a development set since)',
  articles: SET_E_ARTICLES,
  tickets: SET_E_TICKETS,
};

export const SET_F: LabelledSet = {
  name: 'F',
  description:
    'bench/kb/set-f (written blind like E, an ordinary M365/Windows-heavy MSP KB; the SELECTION set: a choice between a few ranking variants fitted elsewhere was made on its totals)',
  articles: SET_F_ARTICLES,
  tickets: SET_F_TICKETS,
};

export const SET_G: LabelledSet = {
  name: 'G',
  description:
    'bench/kb/set-g (written blind like E and F, a broad MSP KB: M365, Entra, endpoints, macOS, printers, networking, servers, LOB apps, security, web/DNS; scored once as a held-out set, then read: a development set since)',
  articles: SET_G_ARTICLES,
  tickets: SET_G_TICKETS,
};

export const SET_H: LabelledSet = {
  name: 'H',
  description:
    "bench/kb/set-h (written blind: a small MSP's uneven Hudu KB — short how-tos, long runbooks, checklists, FAQs, vague titles — with runbooks for 3 clients; tickets terse or rambling; the final held-out set of the round before, scored once, then read: a development set since)",
  articles: SET_H_ARTICLES,
  tickets: SET_H_TICKETS,
};

export const SET_I: LabelledSet = {
  name: 'I',
  description:
    'bench/kb/set-i (written blind: 48 articles, runbooks for a vet group, a law firm, a freight firm and a school; 130 tickets, 20 unanswerable; the SELECTION set of the product-lexicon round: totals only)',
  articles: SET_I_ARTICLES,
  tickets: SET_I_TICKETS,
};

export const SET_J: LabelledSet = {
  name: 'J',
  description:
    "bench/kb/set-j (written blind: a US MSP's IT Glue, 44 articles, runbooks for a dental chain, a builder, a food bank on Google Workspace and a credit union; 120 tickets, 18 unanswerable; the final held-out set of the product-lexicon round, scored once for it and again with the camel-case names that followed)",
  articles: SET_J_ARTICLES,
  tickets: SET_J_TICKETS,
};

export const SET_K: LabelledSet = {
  name: 'K',
  description:
    "bench/kb/set-k (written blind: an Australian MSP's Hudu, 40 articles, runbooks for an engineering consultancy, a radiology practice and a real-estate agency; 100 tickets, 15 unanswerable; written after J was scored and scored once, at the end of the round: the second final held-out set)",
  articles: SET_K_ARTICLES,
  tickets: SET_K_TICKETS,
};

export const SET_L: LabelledSet = {
  name: 'L',
  description:
    "bench/kb/set-l (written blind: a UK MSP's Hudu, 47 articles, runbooks for a solicitors' firm, a dental group, an engineering firm and a charity; 130 tickets, 20 unanswerable, 18 of them hard negatives; scored once as a held-out set at the start of the 2026-12-06 afternoon round, then read: a development set since)",
  articles: SET_L_ARTICLES,
  tickets: SET_L_TICKETS,
};

export const SET_M: LabelledSet = {
  name: 'M',
  description:
    "bench/kb/set-m (written blind, separately from L: a Midwest MSP's IT Glue, 48 articles, runbooks for an accounting firm, a vet hospital, a builder and a school district office; 120 tickets, 18 unanswerable, 17 of them hard negatives; scored once as L was, then read: a development set since)",
  articles: SET_M_ARTICLES,
  tickets: SET_M_TICKETS,
};

export const SET_N: LabelledSet = {
  name: 'N',
  description:
    "bench/kb/set-n (written blind, after L and M were scored: an Ontario MSP's KB, 56 articles, runbooks for a physiotherapy chain, a law office, a trucking firm and a municipal library; 120 tickets, 18 unanswerable, 16 of them hard negatives; the final held-out set of the 2026-12-06 afternoon round: scored once with the model of the round before and once at the round’s end; its misses read in the evening round, a development set since)",
  articles: SET_N_ARTICLES,
  tickets: SET_N_TICKETS,
};

export const SET_O: LabelledSet = {
  name: 'O',
  description:
    "bench/kb/set-o (written blind at the end of the 2026-12-06 afternoon round, after its last change: an Irish/Scottish MSP's IT Glue, 45 articles, runbooks for an accountancy, a vet clinic, a distillery and a housing association; 110 tickets, 16 unanswerable, 14 of them hard negatives; scored once, the round’s last word; read in the evening round, a development set since)",
  articles: SET_O_ARTICLES,
  tickets: SET_O_TICKETS,
};

export const SET_P: LabelledSet = {
  name: 'P',
  description:
    "bench/kb/set-p (written blind at the start of the 2026-12-06 evening round: a Des Moines MSP's Hudu, 55 articles, runbooks for a dental group, a law firm, a builder and a church; 125 tickets, 21 unanswerable, 18 of them hard negatives; scored once at the evening round’s end (7264153), then read: a development set since)",
  articles: SET_P_ARTICLES,
  tickets: SET_P_TICKETS,
};

export const SET_Q: LabelledSet = {
  name: 'Q',
  description:
    "bench/kb/set-q (written blind beside P, separately: a Brisbane MSP's IT Glue, 52 articles, runbooks for a school, a freight firm, an architecture practice and a GP clinic; 121 tickets, 20 unanswerable; scored once at the evening round’s end (7264153), then read: a development set since)",
  articles: SET_Q_ARTICLES,
  tickets: SET_Q_TICKETS,
};

export const SET_R: LabelledSet = {
  name: 'R',
  description:
    "bench/kb/set-r (written blind after P and Q were scored: an Auckland MSP's uneven Hudu — terse how-tos, checklists, FAQs, long runbooks — 55 articles, runbooks for a car dealer, a winery, a retirement village and a boat dealer; 123 tickets, 19 unanswerable; scored once at 74e9770 after the late round’s last change, then read: a development set since)",
  articles: SET_R_ARTICLES,
  tickets: SET_R_TICKETS,
};

export const SET_S: LabelledSet = {
  name: 'S',
  description:
    "bench/kb/set-s (written blind beside R, separately: a Houston MSP's IT Glue of long structured runbooks, 54 articles, runbooks for an oil-field services firm, a restaurant group, a charter school and a dermatology practice; 120 tickets, 20 unanswerable; scored once with R, then read: a development set since)",
  articles: SET_S_ARTICLES,
  tickets: SET_S_TICKETS,
};

export const SET_T: LabelledSet = {
  name: 'T',
  description:
    "bench/kb/set-t (written blind after R and S were scored: a Manchester MSP's IT Glue written by several techs, 54 articles, runbooks for a recruitment agency, a care home group, a craft brewery and a football club; 121 tickets, 19 unanswerable; a final held-out set, scored once after the last change)",
  articles: SET_T_ARTICLES,
  tickets: SET_T_TICKETS,
};

export const SET_U: LabelledSet = {
  name: 'U',
  description:
    "bench/kb/set-u (written blind beside T, separately: a Vancouver MSP's Hudu of FAQs, procedures and troubleshooting trees, some with vague titles, 54 articles, runbooks for a post-production studio, an immigration law firm, a ski and bike rental shop and a housing society; 122 tickets, 20 unanswerable; scored once with T)",
  articles: SET_U_ARTICLES,
  tickets: SET_U_TICKETS,
};

export const SET_V: LabelledSet = {
  name: 'V',
  description:
    "bench/kb/set-v (written blind after T and U were scored: a Denver MSP's Hudu, 54 articles, runbooks for a property manager, a surveying firm, a taproom chain and a physical-therapy clinic; 121 tickets, 19 unanswerable; held out, scored once with the same code as T and U)",
  articles: SET_V_ARTICLES,
  tickets: SET_V_TICKETS,
};

export const SET_W: LabelledSet = {
  name: 'W',
  description:
    "bench/kb/set-w (written blind beside V, separately: a Cork MSP's IT Glue, 54 articles, runbooks for a pharmacy group, a dairy co-op, a solicitors' practice and a hotel; 123 tickets, 21 unanswerable; scored once with V)",
  articles: SET_W_ARTICLES,
  tickets: SET_W_TICKETS,
};

export const SET_X: LabelledSet = {
  name: 'X',
  description:
    "bench/kb/set-x (written blind while abstention was refitted on A–S: a Glasgow MSP's Hudu, 55 articles, runbooks for a housing association, a distillery, an architecture practice and a dental group; 124 tickets, 21 unanswerable; held out, then a selection set for the ticket-kind trial; misses never read)",
  articles: SET_X_ARTICLES,
  tickets: SET_X_TICKETS,
};

export const SET_Y: LabelledSet = {
  name: 'Y',
  description:
    "bench/kb/set-y (written blind beside X, separately: a Phoenix MSP's IT Glue, 56 articles, runbooks for a property manager, a veterinary group, an HVAC contractor and a charter school; 123 tickets, 21 unanswerable; held out, then a selection set for the ticket-kind trial; misses never read)",
  articles: SET_Y_ARTICLES,
  tickets: SET_Y_TICKETS,
};

export const SET_Z: LabelledSet = {
  name: 'Z',
  description:
    "bench/kb/set-z (written blind after X and Y were scored: a Cape Town MSP's Hudu, 56 articles, runbooks for a wine estate, a freight firm, a prep school and an optometry group; 122 tickets, 21 unanswerable; held out, then a selection set for the ticket-kind trial; misses never read)",
  articles: SET_Z_ARTICLES,
  tickets: SET_Z_TICKETS,
};

export const SET_AA: LabelledSet = {
  name: 'AA',
  description:
    "bench/kb/set-aa (written blind beside Z, separately: a Minneapolis MSP's IT Glue, 55 articles, runbooks for a credit union, a machining plant, a food shelf and a chiropractic group; 125 tickets, 21 unanswerable; held out, then a selection set for the ticket-kind trial; misses never read)",
  articles: SET_AA_ARTICLES,
  tickets: SET_AA_TICKETS,
};

export const SET_AB: LabelledSet = {
  name: 'AB',
  description:
    "bench/kb/set-ab (written blind after Z and AA were scored: a Dublin MSP's Hudu, 60 articles, four clients' runbooks; 125 tickets, 21 unanswerable; the final held-out set, scored once; misses never read)",
  articles: SET_AB_ARTICLES,
  tickets: SET_AB_TICKETS,
};

export const SET_AC: LabelledSet = {
  name: 'AC',
  description:
    "bench/kb/set-ac (written blind beside AB, separately: an Auckland MSP's IT Glue, 57 articles, four clients' runbooks; 125 tickets, 21 unanswerable; the final held-out set, scored once; misses never read)",
  articles: SET_AC_ARTICLES,
  tickets: SET_AC_TICKETS,
};

export const SET_AD: LabelledSet = {
  name: 'AD',
  description:
    "bench/kb/set-ad (written blind on 2026-12-07 after the other-client rule was chosen: a Portland MSP's Hudu, 60 articles, runbooks for a coffee roaster, a home-health agency, a water district and a structural engineering firm; 123 tickets, 21 unanswerable; the final held-out set; misses never read)",
  articles: SET_AD_ARTICLES,
  tickets: SET_AD_TICKETS,
};

export const SET_AE: LabelledSet = {
  name: 'AE',
  description:
    "bench/kb/set-ae (written blind beside AD, separately: a Leeds MSP's IT Glue, 59 articles, runbooks for a sixth-form college, a food manufacturer, an opticians' chain and a courier depot; 124 tickets, 21 unanswerable; the final held-out set; misses never read)",
  articles: SET_AE_ARTICLES,
  tickets: SET_AE_TICKETS,
};

export const SET_AF: LabelledSet = {
  name: 'AF',
  description:
    "bench/kb/set-af (written blind on 2026-12-07 after AD and AE were scored, with no search change since: a Halifax MSP's Hudu, 62 articles, runbooks for a seafood processor, a dental and physio clinic, a municipality and an architects' studio; 126 tickets, 22 unanswerable; held out, scored once; misses never read)",
  articles: SET_AF_ARTICLES,
  tickets: SET_AF_TICKETS,
};

export const SET_AG: LabelledSet = {
  name: 'AG',
  description:
    "bench/kb/set-ag (written blind beside AF, separately: an Adelaide MSP's IT Glue, 60 articles, runbooks for a winery, an aged-care home, a freight yard and an accounting practice; 125 tickets, 21 unanswerable; held out, scored once; misses never read)",
  articles: SET_AG_ARTICLES,
  tickets: SET_AG_TICKETS,
};

export const SET_AH: LabelledSet = {
  name: 'AH',
  description:
    "bench/kb/set-ah (written blind on 2026-12-07 while the not-a-fault rule was written, by a helper who read no search code and no other set: a Galway MSP's Hudu, 63 articles, runbooks for a veterinary group, solicitors, an engineering firm and a hotel; 126 tickets, 22 unanswerable; held out, scored once; misses never read)",
  articles: SET_AH_ARTICLES,
  tickets: SET_AH_TICKETS,
};

export const SET_AI: LabelledSet = {
  name: 'AI',
  description:
    "bench/kb/set-ai (written blind on 2026-12-07 while the second round of not-a-fault kinds was written, by a helper who read no search code and no other set: a Regina MSP's IT Glue, 63 articles, runbooks for a dental centre, a trucking firm, a law firm and a grain co-op; 125 tickets, 22 unanswerable; held out, scored once; misses never read)",
  articles: SET_AI_ARTICLES,
  tickets: SET_AI_TICKETS,
};

export const SET_AJ: LabelledSet = {
  name: 'AJ',
  description:
    "bench/kb/set-aj (written blind beside AI, separately: a Salem, Oregon MSP's Hudu, 62 articles, runbooks for an orthodontist, an HVAC contractor, a CPA firm and a church school; 125 tickets, 22 unanswerable; held out, scored once; misses never read)",
  articles: SET_AJ_ARTICLES,
  tickets: SET_AJ_TICKETS,
};

export const SET_AK: LabelledSet = {
  name: 'AK',
  description:
    "bench/kb/set-ak (written blind on 2026-12-07 after AI and AJ were scored, while the abstention threshold was chosen again with the rules counted, by a helper who read no search code and no other set: a Huddersfield MSP's IT Glue, 61 articles, runbooks for an estate agent, a care group, an engineering firm and an academy trust; 125 tickets, 22 unanswerable; held out, scored once; misses never read)",
  articles: SET_AK_ARTICLES,
  tickets: SET_AK_TICKETS,
};

export const SET_AL: LabelledSet = {
  name: 'AL',
  description:
    "bench/kb/set-al (written blind on 2026-12-07 while the third round of not-a-fault kinds was written, by a helper who read no search code and no other set: a Perth MSP's Hudu, 55 articles, runbooks for a physio clinic, a civil contractor and a real-estate agency; 115 tickets, 23 unanswerable; held out, scored once; misses never read)",
  articles: SET_AL_ARTICLES,
  tickets: SET_AL_TICKETS,
};

export const SET_AM: LabelledSet = {
  name: 'AM',
  description:
    "bench/kb/set-am (written blind on 2026-12-07 after the search last changed, by a helper who read no search code and no other set: a Halifax MSP's IT Glue, 68 articles, runbooks for a veterinary hospital, a seafood exporter and an accounting firm; 125 tickets, 22 unanswerable, mostly faults the KB does not cover; held out, scored once; misses never read)",
  articles: SET_AM_ARTICLES,
  tickets: SET_AM_TICKETS,
};

export const SET_AN: LabelledSet = {
  name: 'AN',
  description:
    "bench/kb/set-an (written blind on 2026-12-07 while the symptom rule (core/kb/index/symptoms.ts) was written from A–AL, by a helper who read no search code and no other set: a Cape Town MSP's Hudu, 70 articles, runbooks for a law firm, a prep school, a steel fabricator and a dental practice; 130 tickets, 22 unanswerable, 16 of them hard; held out, committed before its first run, scored once; misses never read)",
  articles: SET_AN_ARTICLES,
  tickets: SET_AN_TICKETS,
};

export const SET_AO: LabelledSet = {
  name: 'AO',
  description:
    'bench/kb/set-ao (written blind on 2026-12-07 after the symptom rule was committed, by a helper who read no search code, no docs and no other set: 65 articles in IT Glue, runbooks for three clients; 125 tickets, 21 unanswerable, 17 of them hard; held out, committed before its first run, scored once; misses never read)',
  articles: SET_AO_ARTICLES,
  tickets: SET_AO_TICKETS,
};

export const SET_AP: LabelledSet = {
  name: 'AP',
  description:
    "bench/kb/set-ap (written blind on 2026-12-07 after the search last changed, by a helper who read no search code, no docs and no other set: an Austin MSP's Hudu, 64 articles, runbooks for 4 clients; 127 tickets, 23 unanswerable, 20 of them hard; committed before its first run (b51c0a6) and scored once, then its misses read: a development set since)",
  articles: SET_AP_ARTICLES,
  tickets: SET_AP_TICKETS,
};

export const SET_AQ: LabelledSet = {
  name: 'AQ',
  description:
    "bench/kb/set-aq (written blind on 2026-12-07 after the title share was built, by a helper who read no search code, no docs and no other set: a Perth MSP's Hudu, 68 articles, runbooks for a physiotherapy clinic, a builder, a law firm and a freight company; 127 tickets, 24 unanswerable, 20 of them hard; held out, committed before its first run, scored once; misses never read)",
  articles: SET_AQ_ARTICLES,
  tickets: SET_AQ_TICKETS,
};

export const SET_AR: LabelledSet = {
  name: 'AR',
  description:
    "bench/kb/set-ar (written blind on 2026-12-08 in the ninth session, after the top-3 cutoff moved to 20%, by a helper who read no search code, no docs and no other set: a Toronto MSP's IT Glue, 66 articles, runbooks for an accounting firm, a dental clinic, a machine shop and a non-profit; 126 tickets, 24 unanswerable, 20 of them hard; held out, committed before its first run, scored once before the ticket-word associations and once after; misses never read)",
  articles: SET_AR_ARTICLES,
  tickets: SET_AR_TICKETS,
};

export const ALL_SETS: readonly LabelledSet[] = [
  SET_A,
  SET_B,
  SET_C,
  SET_D,
  SET_E,
  SET_F,
  SET_G,
  SET_H,
  SET_I,
  SET_J,
  SET_K,
  SET_L,
  SET_M,
  SET_N,
  SET_O,
  SET_P,
  SET_Q,
  SET_R,
  SET_S,
  SET_T,
  SET_U,
  SET_V,
  SET_W,
  SET_X,
  SET_Y,
  SET_Z,
  SET_AA,
  SET_AB,
  SET_AC,
  SET_AD,
  SET_AE,
  SET_AF,
  SET_AG,
  SET_AH,
  SET_AI,
  SET_AJ,
  SET_AK,
  SET_AL,
  SET_AM,
  SET_AN,
  SET_AO,
  SET_AP,
  SET_AQ,
  SET_AR,
];

/**
 * The sets the abstention model is fitted on (bench/kb/fit-abstention.ts, leave-one-set-out):
 * the sets whose misses had been read when it was refitted, A–S. Until 2026-12-06 the model was
 * fitted on B alone; on the sets written after that fit it abstained on 3–15% of the answerable
 * tickets (docs/knowledge-base.md), so it now learns from nineteen corpora and is judged on the one
 * it did not see. T–W, scored under the B-only fit, were held out from this fit; their misses were
 * read afterwards for synonym families only (DEVELOPMENT_SETS). X and Y were written blind during
 * the refit; Z and AA after X and Y were scored. X–AA then chose against a ticket-kind feature
 * (docs/knowledge-base.md, not kept); AB and AC, written blind after Z and AA were scored, were
 * scored once with the code that stayed. AD and AE were written blind on 2026-12-07, after the
 * other-client rule was chosen, and committed before their first run: the final held-out sets.
 * AF and AG were written blind after AD and AE were scored, with the search unchanged since, and
 * committed before their first run: a second look at the same code on MSPs it has never seen.
 * AH was written blind while the not-a-fault rule (request-kind.ts) was written from the
 * unanswerable tickets of A–AG, and scored once after it: that rule's held-out set. The second
 * round of not-a-fault kinds read A–AH's; AI and AJ were written blind meanwhile, committed before
 * their first run and scored once: that round's held-out sets. AK was written blind after them
 * while the threshold was chosen again with the rules counted, and scored once after it. AL was
 * written blind during the third round of kinds (from general knowledge of MSP queues; the topics
 * of AI's and AJ's unanswerable tickets had been seen in their writers' reports) and scored once.
 * AM was written blind after the search last changed (fifth session) and scored once: a fresh look
 * at the code as it stands. AN was written blind while the symptom rule was written from A–AL's
 * unanswerable tickets (sixth session), committed before its first run and scored once: that
 * rule's held-out set, with AM (which the rule's writing never read either). AO was written blind
 * after the rule was committed and scored once: a second look at it.
 * AP was written blind in the seventh session with the search unchanged, committed before its first run
 * and scored once (the hardest set yet for plain BM25 too); its misses were read after that score.
 * AQ was written blind in the eighth session after the title share (search.ts) was built,
 * committed before its first run and scored once: that change's held-out set. AR was written
 * blind in the ninth session after the top-3 cutoff moved to 20% and a threshold of 0.07 was tried
 * and reverted, committed before its first run and scored once: a fresh look at the code as it
 * stood; then once more after the ticket-word associations (search.ts ASSOCIATION_WEIGHT), their
 * held-out set with AM–AO and AQ.
 *
 * History of the roles (docs/knowledge-base.md has the tables): D–S were each written blind, most
 * were first scored once as a round's held-out set and then read for the next round's synonym
 * families and features; F's and I's totals chose between a few variants (SELECTION_SETS).
 */
export const FITTED_SETS: readonly LabelledSet[] = setsNamed('ABCDEFGHIJKLMNOPQRS');
/**
 * The sets `names` lists, in bench order: single-letter names run together ("TUVW") or any names
 * separated by commas ("Z,AA"), or one two-letter name alone ("AH").
 */
export function setsNamed(names: string): LabelledSet[] {
  const one = ALL_SETS.some((set) => set.name === names.trim());
  const wanted = names.includes(',') || one ? names.split(',').map((n) => n.trim()) : [...names];
  return ALL_SETS.filter((set) => wanted.includes(set.name));
}
/** Sets whose misses have been read while working on the search (the ranking), fitted on only by abstention. */
export const DEVELOPMENT_SETS: readonly LabelledSet[] = [
  ...setsNamed('DEGHJLMNOPQRSTUVW'),
  ...setsNamed('AP'),
];
/**
 * Sets whose unanswerable tickets were read when the not-a-fault kinds (request-kind.ts, from A–AH,
 * then A–AL) and the symptom rule (symptoms.ts, from A–AL) were written, their ranking misses never:
 * no longer held out for "no answer".
 */
export const RULES_READ_SETS: readonly LabelledSet[] = setsNamed('X,Y,Z,AA,AB,AC,AD,AE,AF,AG,AH,AI,AJ,AK,AL');
/**
 * The sets the ticket-word associations are learned from (bench/kb/fit-associations.ts): T–AL and
 * AP, whose tickets had all been read for something. Not A–S, so the abstention model, fitted on
 * A–S's rankings, sees the associations as they work on tickets they were not learned from, and
 * A–S's ranking shows what they do out of sample.
 */
export const ASSOCIATION_SETS: readonly LabelledSet[] = [
  ...setsNamed('TUVW'),
  ...RULES_READ_SETS,
  ...setsNamed('AP'),
];
/**
 * Sets on whose totals (never their misses) one choice among a handful of variants was made: F
 * picked the synonym weight and the small-KB idf prior (bm25.ts); I decided whether abstention's
 * `productMissed` stays; X, Y, Z and AA that `outsideRunbooks` does not; T–AC's totals (and the few
 * tickets it declined) were seen while the other-client rule (search.ts) got its second condition;
 * and the title share (search.ts TITLE_SHARE_WEIGHT) was picked among a few document features with
 * X–AL's and AP's totals in view (its weight on A–S alone). So were the ticket-word associations
 * (search.ts ASSOCIATION_WEIGHT): their way of counting and weight were chosen in a scratch
 * analysis that learned them from 18 of A–S and scored the 19th, with T–AL's and AP's totals
 * printed beside each variant; the table the product uses is learned from T–AL and AP.
 */
export const SELECTION_SETS: readonly LabelledSet[] = [
  SET_F,
  SET_I,
  SET_X,
  SET_Y,
  SET_Z,
  SET_AA,
  SET_AB,
  SET_AC,
];
/** The set the quality floors in core/kb/index/search.test.ts hold on: held out from every fit. */
export const UNSEEN_SET = SET_X;
