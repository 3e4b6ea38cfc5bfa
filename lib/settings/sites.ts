/**
 * Which pages does a site pattern cover, and where should Face Facts run?
 *
 * A pattern is one of:
 * - a hostname (`example.com`, `localhost`, `127.0.0.1`): that host and its
 *   `www.` twin, on any scheme and port;
 * - `*.example.com`: `example.com` and every subdomain of it;
 * - an origin (`https://example.com:8443`): exactly that scheme, host and port.
 */
import type { Settings } from './schema';

const LABEL = /^(?!-)[a-z0-9_-]{1,63}(?<!-)$/;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
/** Characters that never belong in a bare hostname pattern. */
const NOT_IN_HOST = /[\s/\\?#@*%:[\]]/;
const WWW = 'www.';

function isDnsName(host: string): boolean {
  return host.length <= 253 && host.split('.').every((label) => LABEL.test(label));
}

function isIpHost(host: string): boolean {
  return IPV4.test(host) || host.startsWith('[');
}

/** The canonical form of a bare hostname, or null if it is not one. */
function normalizeHost(input: string): string | null {
  const raw = input.endsWith('.') ? input.slice(0, -1) : input;
  if (raw === '' || NOT_IN_HOST.test(raw)) return null;
  let host: string;
  try {
    host = new URL(`http://${raw}/`).hostname;
  } catch {
    return null;
  }
  // An ASCII name must come back unchanged: this rejects shorthand such as
  // `127.1` or `123`, which URL would silently rewrite to another address.
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(raw) && host !== raw) return null;
  if (IPV4.test(host)) return host;
  return isDnsName(host) ? host : null;
}

/** The canonical `scheme://host[:port]` of an http(s) origin, or null. */
function normalizeOrigin(input: string): string | null {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username !== '' || url.password !== '') return null;
  const host = url.hostname.endsWith('.') ? url.hostname.slice(0, -1) : url.hostname;
  if (!isIpHost(host) && !isDnsName(host)) return null;
  return `${url.protocol}//${host}${url.port === '' ? '' : `:${url.port}`}`;
}

/**
 * The canonical form of a site pattern (trimmed, lowercased, IDN as
 * punycode, an origin without its path), or null if it is not a valid one.
 * A bare hostname may carry a pasted path (`example.com/news`), which is dropped.
 */
export function normalizeSitePattern(input: string): string | null {
  const text = input.trim().toLowerCase();
  if (text.length === 0 || text.length > 300) return null;
  if (text.includes('://')) return normalizeOrigin(text);
  const host = text.split('/')[0] ?? '';
  if (host.startsWith('*.')) {
    const base = normalizeHost(host.slice(2));
    return base === null || isIpHost(base) ? null : `*.${base}`;
  }
  return normalizeHost(host);
}

/** Whether `input` is a pattern the site list accepts. */
export function isValidSitePattern(input: string): boolean {
  return normalizeSitePattern(input) !== null;
}

function toUrl(url: string | URL): URL | null {
  if (url instanceof URL) return url;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

function hostOf(url: URL): string {
  return url.hostname.endsWith('.') ? url.hostname.slice(0, -1) : url.hostname;
}

/** Whether the page at `url` is covered by `pattern` (an invalid pattern covers nothing). */
export function siteMatches(pattern: string, url: string | URL): boolean {
  const normal = normalizeSitePattern(pattern);
  const page = toUrl(url);
  if (normal === null || page === null) return false;
  const host = hostOf(page);
  if (host === '') return false;
  if (normal.includes('://')) return normalizeOrigin(page.origin) === normal;
  if (normal.startsWith('*.')) {
    const base = normal.slice(2);
    return host === base || host.endsWith(`.${base}`);
  }
  return host === normal || host === WWW + normal;
}

/** Whether the site list and its mode allow the page, ignoring the on/off switch. */
export function isSiteAllowed(settings: Settings, url: string | URL): boolean {
  const listed = settings.sites.some((pattern) => siteMatches(pattern, url));
  return settings.siteMode === 'except' ? !listed : listed;
}

/** Whether Face Facts should run on the page at `url`. */
export function isActiveOn(settings: Settings, url: string | URL): boolean {
  return settings.enabled && isSiteAllowed(settings, url);
}

/**
 * The pattern that stands for "this site" when pausing or resuming from a
 * page: its hostname without a leading `www.` (which still covers the `www.`
 * host). Null for pages without a hostname, such as `file:` URLs.
 */
export function sitePatternFor(url: string | URL): string | null {
  const page = toUrl(url);
  if (page === null) return null;
  const host = hostOf(page);
  if (host === '') return null;
  const bare = host.startsWith(WWW) && host.length > WWW.length ? host.slice(WWW.length) : host;
  return normalizeSitePattern(bare);
}

function withSite(settings: Settings, url: string | URL): Settings {
  const pattern = sitePatternFor(url);
  if (pattern === null || settings.sites.includes(pattern)) return settings;
  return { ...settings, sites: [...settings.sites, pattern] };
}

function withoutSite(settings: Settings, url: string | URL): Settings {
  const sites = settings.sites.filter((pattern) => !siteMatches(pattern, url));
  return sites.length === settings.sites.length ? settings : { ...settings, sites };
}

/**
 * Settings in which the site list no longer allows `url`. In "except" mode
 * this adds the page's hostname; in "only" mode it removes every entry that
 * covers the page. Returns the same object when nothing changes.
 */
export function pauseSite(settings: Settings, url: string | URL): Settings {
  if (!isSiteAllowed(settings, url)) return settings;
  return settings.siteMode === 'except' ? withSite(settings, url) : withoutSite(settings, url);
}

/**
 * Settings in which the site list allows `url` again: the reverse of
 * {@link pauseSite}. In "except" mode every entry covering the page is
 * removed (so a `*.example.com` entry goes too); in "only" mode the page's
 * hostname is added.
 */
export function resumeSite(settings: Settings, url: string | URL): Settings {
  if (isSiteAllowed(settings, url)) return settings;
  return settings.siteMode === 'except' ? withoutSite(settings, url) : withSite(settings, url);
}
