/**
 * A knowledge article as the demo source stores it. Real connectors (IT Glue, Hudu, SharePoint)
 * index documents into passages; the demo keeps whole articles in memory with the structured
 * hints (`checks`, `fix`) that the diagnosis engines turn into task-lane items and fix cards.
 */
export interface DemoArticle {
  id: string;
  title: string;
  url: string;
  source: 'demo';
  /** null: global runbook for every client; otherwise only returned for that client's tickets. */
  companyId: string | null;
  /** Words engineers and users actually type for this problem, indexed with the body. */
  keywords: string[];
  body: string;
  checks: string[];
  fix: { title: string; steps: string[] };
}

/**
 * Clients the client-specific demo articles are filed under: the demo's clients (core/demo,
 * DEMO_CLIENTS), so a demo session's ticket for "Fabrikam Dental" gets Fabrikam's runbook.
 */
export const DEMO_COMPANIES = { fabrikam: 'Fabrikam Dental', northwind: 'Northwind Traders' } as const;

/** Where the demo articles claim to live; `.example` so nothing ever resolves. */
export const KB_BASE_URL = 'https://docs.contoso-msp.example/kb';
