/**
 * Whether an address belongs to a blocked (typically disposable) mail domain. A listed domain
 * also covers its subdomains: listing `mailinator.com` blocks `x.mailinator.com`. The list is the
 * operator's configuration (empty by default), so nothing is refused unless someone chose to.
 */
export function isBlockedEmailDomain(email: string, blocked: ReadonlySet<string>): boolean {
  if (blocked.size === 0) return false;
  const domain = email.slice(email.lastIndexOf('@') + 1).toLowerCase();
  const labels = domain.split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    if (blocked.has(labels.slice(i).join('.'))) return true;
  }
  return false;
}

/** Parses a list (comma, whitespace or newline separated; `#` starts a comment) into domains. */
export function parseDomainList(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/#.*/, ''))
    .flatMap((line) => line.split(/[\s,]+/))
    .map((d) => d.trim().toLowerCase().replace(/^@/, ''))
    .filter((d) => /^[a-z0-9.-]+\.[a-z0-9-]+$/.test(d));
}
