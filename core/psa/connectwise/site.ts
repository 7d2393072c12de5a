/**
 * Where a ConnectWise site lives: the REST base and the web UI base, derived from the site URL a
 * person typed. ConnectWise serves the REST API at `https://{site}/{codebase}/apis/3.0` (e.g.
 * `https://na.myconnectwise.net/v4_6_release/apis/3.0`, ConnectWise developer guide "PSA API
 * Requests"); cloud sites also answer on `api-{region}.myconnectwise.net`, while the web UI stays on
 * `{region}.myconnectwise.net`. `v4_6_release` is the codebase alias every cloud site accepts.
 */

const DEFAULT_CODEBASE = 'v4_6_release';
const API_SUFFIX = '/apis/3.0';

export interface CwSite {
  /** REST base without a trailing slash, e.g. `https://na.myconnectwise.net/v4_6_release/apis/3.0`. */
  apiBase: string;
  /** Web UI base for deep links, e.g. `https://na.myconnectwise.net/v4_6_release`. */
  webBase: string;
  /** `scheme://host[:port]` without credentials, safe to show in messages. */
  origin: string;
  /** Host name for "Connected to …" messages. */
  host: string;
}

/**
 * Accepts `https://na.myconnectwise.net`, `…/v4_6_release`, or the full `…/v4_6_release/apis/3.0`
 * (with or without a trailing slash) and never doubles the API path.
 */
export function resolveSite(siteUrl: string): CwSite {
  let url: URL;
  try {
    url = new URL(siteUrl.trim());
  } catch {
    throw new Error('The ConnectWise site URL is not a valid URL');
  }
  const path = url.pathname.replace(/\/+$/, '');
  const codebasePath = path.endsWith(API_SUFFIX) ? path.slice(0, -API_SUFFIX.length) : path;
  const codebase = codebasePath === '' ? `/${DEFAULT_CODEBASE}` : codebasePath;
  const origin = url.origin;
  // The UI is not served on the `api-` host of cloud regions.
  const webHost = url.host.replace(/^api-(?=[a-z]+\.myconnectwise\.net$)/i, '');
  return {
    apiBase: `${origin}${codebase}${API_SUFFIX}`,
    webBase: `${url.protocol}//${webHost}${codebase}`,
    origin,
    host: url.host,
  };
}

/**
 * Link that opens a service ticket in the ConnectWise web UI. ConnectWise publishes no deep-link
 * reference; this is the route the UI itself uses for a ticket (`Service/fv_sr100_request.rails`
 * with `service_recid`), which integrations have linked to for years (e.g. ConnectWise Slack
 * notifiers and PowerShell tooling found on GitHub). `companyName` pre-fills the login company.
 */
export function ticketUrl(site: CwSite, companyId: string, ticketId: number): string {
  const query = `service_recid=${ticketId}&companyName=${encodeURIComponent(companyId)}`;
  return `${site.webBase}/services/system_io/Service/fv_sr100_request.rails?${query}`;
}
