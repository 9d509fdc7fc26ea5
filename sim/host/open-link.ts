/**
 * Whether Gmail opens a link an add-on asks for: its URL must match one of the manifest's
 * `addOns.common.openLinkUrlPrefixes`, by the rules of apps-script/manifest/allowlist-url:
 * "Path matching is case sensitive", a prefix matches "If the URL is identical to the prefix" or "the URL is the
 * same as or a child of the prefix" (https://example.com/foo matches /foo, /foo/, /foo/bar, /foo?bar, /foo#bar),
 * "https://*.example.com/foo" matches any subdomain ("at least one subdomain must be present"), and "a single *
 * wildcard" matches every link. apps-script/reference/card-service/open-link: "The URL must match a prefix
 * whitelisted in the manifest". The page says the list is "Required for Google Workspace add-ons that open or
 * display URLs that are external to Google" and is silent on mailto:/tel: and on Google's own URLs: the host takes
 * the stricter reading and opens only what a prefix allows.
 */

/** The scheme and host of an absolute URL, lower-cased, and the rest as written; null when it is not one. */
function split(url: string): { origin: string; host: string; rest: string } | null {
  const m = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)(.*)$/i.exec(url);
  if (!m) return null;
  return { origin: `${m[1].toLowerCase()}://${m[2].toLowerCase()}`, host: m[2].toLowerCase(), rest: m[3] };
}

/** "Child of the prefix": the URL goes on after the prefix with a path, query or fragment boundary. */
function pathMatches(prefixRest: string, urlRest: string): boolean {
  if (!urlRest.startsWith(prefixRest)) return false;
  if (urlRest.length === prefixRest.length || prefixRest.endsWith('/')) return true;
  return '/?#'.includes(urlRest[prefixRest.length]);
}

export function openLinkAllowed(url: string, prefixes: readonly string[]): boolean {
  if (prefixes.includes('*')) return true;
  const u = split(url);
  if (!u || !u.origin.startsWith('https://')) return false;
  return prefixes.some((prefix) => {
    const p = split(prefix);
    if (!p || !p.origin.startsWith('https://')) return false;
    if (p.host.startsWith('*.')) {
      const domain = p.host.slice(1); // ".example.com"
      if (!u.host.endsWith(domain) || u.host.length === domain.length) return false;
    } else if (p.host !== u.host) return false;
    return pathMatches(p.rest, u.rest);
  });
}
