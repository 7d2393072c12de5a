/**
 * `Retry-After` as delay-seconds or an HTTP date (RFC 9110 §10.2.3) → milliseconds to wait, or
 * undefined when absent or unreadable. Every outside service we call sends it on 429/503
 * (ConnectWise, IT Glue, Hudu, Graph, the Bot Connector), and each client honours it the same way.
 */
export function parseRetryAfter(header: string | null | undefined, now = Date.now()): number | undefined {
  if (header === null || header === undefined || header.trim() === '') return undefined;
  const value = header.trim();
  if (/^\d+(\.\d+)?$/.test(value)) return Math.round(Number(value) * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
