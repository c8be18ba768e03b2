/** A signed public token (rating link, kiosk, ticket: `<kind>.<id>.<mac>`) anywhere in a path. */
const PUBLIC_TOKEN = /[lkt](?:\.|%2e)[A-Za-z0-9_-]{8,}(?:\.|%2e)[A-Za-z0-9_-]{8,}/gi;

/**
 * A request path as logged: no query string, and no rating-link or ticket token (/r/<token>,
 * /t/<token>, their QR codes) nor any other public token in it; a token copied from a log is a
 * working credential.
 */
export function loggedPath(url: string): string {
  return String(url)
    .split('?')[0]
    .replace(/^\/+(r|t)\/[^/]+/i, '/$1/[token]')
    .replace(PUBLIC_TOKEN, '[token]');
}
