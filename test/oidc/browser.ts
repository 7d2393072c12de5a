/**
 * A minimal browser for redirect dances across origins: one cookie jar per host (Path honoured,
 * Max-Age=0 deletes), following 3xx by hand so each hop can be inspected or tampered with.
 */
export class RedirectBrowser {
  private readonly jars = new Map<string, Map<string, { value: string; path: string }>>();

  private jar(host: string) {
    let jar = this.jars.get(host);
    if (!jar) {
      jar = new Map();
      this.jars.set(host, jar);
    }
    return jar;
  }

  cookie(origin: string, name: string): string | undefined {
    return this.jar(new URL(origin).host).get(name)?.value;
  }

  setCookie(origin: string, name: string, value: string, path = '/'): void {
    this.jar(new URL(origin).host).set(name, { value, path });
  }

  /** One request, no redirect following; stores cookies and returns the response. */
  async hop(url: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
    const target = new URL(url);
    const jar = this.jar(target.host);
    const cookie = [...jar]
      .filter(([, c]) => target.pathname.startsWith(c.path))
      .map(([n, c]) => `${n}=${c.value}`)
      .join('; ');
    const res = await fetch(target, {
      method: init.method ?? 'GET',
      redirect: 'manual',
      headers: { ...init.headers, ...(cookie ? { cookie } : {}) },
      ...(init.body !== undefined ? { body: init.body } : {}),
    });
    for (const line of res.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';').map((p) => p.trim());
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      const path = attributes.find((a) => a.toLowerCase().startsWith('path='))?.slice(5) ?? '/';
      const gone = attributes.some((a) => a.toLowerCase() === 'max-age=0') || value === '';
      if (gone) jar.delete(name);
      else jar.set(name, { value, path });
    }
    await res.arrayBuffer();
    const location = res.headers.get('location');
    return { status: res.status, location: location ? new URL(location, target).href : undefined };
  }

  /**
   * Follows redirects from `url` until one lands on `stopAt` (an origin + path prefix), which is
   * returned unvisited so the test can inspect or change it first.
   */
  async followUntil(url: string, stopAt: string, maxHops = 15): Promise<string> {
    let next = url;
    for (let i = 0; i < maxHops; i++) {
      if (next.startsWith(stopAt)) return next;
      const res = await this.hop(next);
      if (!res.location) throw new Error(`redirect chain stopped at ${next} with ${res.status}`);
      next = res.location;
    }
    throw new Error(`too many redirects from ${url}`);
  }
}
