/** What a person recognises a browser by on Active sessions: "Chrome 131 on Windows", a desktop. */
export interface DeviceLabel {
  browser: string;
  os: string;
  device: 'desktop' | 'mobile' | 'tablet' | 'unknown';
  /** One line for a table cell. */
  label: string;
}

// Order matters: Edge and Opera also say "Chrome", Chrome also says "Safari", so the more specific
// tokens are tried first. Headless Chromium reports itself as "HeadlessChrome".
const BROWSERS: ReadonlyArray<[RegExp, string]> = [
  [/Edg(?:e|A|iOS)?\/(\d+)/, 'Edge'],
  [/OPR\/(\d+)/, 'Opera'],
  [/SamsungBrowser\/(\d+)/, 'Samsung Internet'],
  [/Firefox\/(\d+)|FxiOS\/(\d+)/, 'Firefox'],
  [/HeadlessChrome\/(\d+)/, 'Headless Chrome'],
  [/Chrome\/(\d+)|CriOS\/(\d+)/, 'Chrome'],
  [/Version\/(\d+)[.\d]* (?:Mobile\/\S+ )?Safari\//, 'Safari'],
];

/** Not browsers: scripts and API clients signing in with a password (no device to speak of). */
const CLIENTS: ReadonlyArray<[RegExp, string]> = [
  [/curl\/[\d.]+/, 'curl'],
  [/^node$|node-fetch|undici/i, 'Node.js'],
  [/python-requests|aiohttp|httpx/i, 'Python'],
  [/PostmanRuntime/, 'Postman'],
];

const SYSTEMS: ReadonlyArray<[RegExp, string]> = [
  [/iPad/, 'iPadOS'],
  [/iPhone|iPod/, 'iOS'],
  [/Android/, 'Android'],
  [/Windows NT/, 'Windows'],
  [/CrOS/, 'ChromeOS'],
  [/Mac OS X|Macintosh/, 'macOS'],
  [/Linux/, 'Linux'],
];

/**
 * Turns a User-Agent header into a short label. Deliberately small (no UA database): it only has
 * to let someone tell their laptop from their phone, and an unknown agent says so plainly.
 */
export function describeUserAgent(userAgent: string | null | undefined): DeviceLabel {
  const ua = userAgent ?? '';
  const client = CLIENTS.find(([pattern]) => pattern.test(ua))?.[1];
  if (client) {
    return { browser: client, os: 'unknown system', device: 'unknown', label: `API client (${client})` };
  }
  let browser = 'Unknown browser';
  for (const [pattern, name] of BROWSERS) {
    const match = pattern.exec(ua);
    if (!match) continue;
    const version = match.slice(1).find((v) => v !== undefined);
    browser = version ? `${name} ${version}` : name;
    break;
  }
  const os = SYSTEMS.find(([pattern]) => pattern.test(ua))?.[1] ?? 'unknown system';
  const device = !ua
    ? 'unknown'
    : /iPad|Tablet/.test(ua) || (/Android/.test(ua) && !/Mobile/.test(ua))
      ? 'tablet'
      : /Mobi|iPhone|iPod/.test(ua)
        ? 'mobile'
        : 'desktop';
  return { browser, os, device, label: ua ? `${browser} on ${os}` : 'Unknown browser' };
}
