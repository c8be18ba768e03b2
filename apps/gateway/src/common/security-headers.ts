import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet from 'helmet';
import { QUEUE_DASHBOARD_PATH } from '../system/queue-dashboard';

const SELF = "'self'";

/**
 * The pages' Content Security Policy. Everything is served from this origin: scripts and styles
 * from /assets (Vite bundles, no inline scripts), the kiosk's service worker (/kiosk-sw.js),
 * GraphQL calls (/graphql), QR images (/r/<token>/qr.svg), the Bull Board's own bundle.
 * `style-src 'unsafe-inline'` stays for style attributes (the pages' "Memuat…" placeholder, the
 * IKM bars, the Bull Board's loading screen); scripts get no such exception. No page may be framed
 * (frame-ancestors 'none'): a rating page inside another site's frame is a clickjacking target.
 * No upgrade-insecure-requests: kiosks on a kelurahan's LAN may reach the gateway over plain HTTP.
 */
export const CONTENT_SECURITY_POLICY: Record<string, string[] | null> = {
  'default-src': [SELF],
  'base-uri': [SELF],
  'object-src': ["'none'"],
  'frame-ancestors': ["'none'"],
  'form-action': [SELF],
  'script-src': [SELF],
  'script-src-attr': ["'none'"],
  'style-src': [SELF, "'unsafe-inline'"],
  'img-src': [SELF, 'data:', 'blob:'],
  'font-src': [SELF, 'data:'],
  'connect-src': [SELF],
  'worker-src': [SELF],
  'manifest-src': [SELF],
};

/** Outside production only: Apollo's sandbox page at GET /graphql loads from Apollo's CDN. */
const SANDBOX_CDN = [
  'https://embeddable-sandbox.cdn.apollographql.com',
  'https://apollo-server-landing-page.cdn.apollographql.com',
  'https://sandbox.embed.apollographql.com',
];
const SANDBOX_POLICY: Record<string, string[] | null> = {
  ...CONTENT_SECURITY_POLICY,
  'script-src': [SELF, "'unsafe-inline'", ...SANDBOX_CDN],
  'style-src': [SELF, "'unsafe-inline'", ...SANDBOX_CDN, 'https://fonts.googleapis.com'],
  'font-src': [SELF, 'data:', 'https://fonts.gstatic.com'],
  'img-src': [SELF, 'data:', 'blob:', ...SANDBOX_CDN],
  'frame-src': SANDBOX_CDN,
  'manifest-src': [SELF, ...SANDBOX_CDN],
  'connect-src': [SELF, ...SANDBOX_CDN],
};

/** The Bull Board (/admin/queues, operating agency's ADMINs only) links its fonts from Google Fonts. */
const DASHBOARD_POLICY: Record<string, string[] | null> = {
  ...CONTENT_SECURITY_POLICY,
  'style-src': [SELF, "'unsafe-inline'", 'https://fonts.googleapis.com'],
  'font-src': [SELF, 'data:', 'https://fonts.gstatic.com'],
};

type Middleware = (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => void;

const options = (directives: Record<string, string[] | null>) => ({
  contentSecurityPolicy: { useDefaults: false, directives },
  referrerPolicy: { policy: 'no-referrer' as const },
  xFrameOptions: { action: 'deny' as const },
  strictTransportSecurity: { maxAge: 365 * 24 * 3600, includeSubDomains: false },
});

/**
 * helmet's headers on every response, set on the HTTP server before anything answers (Express,
 * the static files, the Bull Board, and the citizens' submit fast path alike): CSP, nosniff,
 * `Referrer-Policy: no-referrer` (rating-link and ticket tokens are in page paths), X-Frame-Options
 * DENY, HSTS (ignored by browsers over plain HTTP), cross-origin isolation headers.
 */
export function createSecurityHeaders(production: boolean): Middleware {
  const pages = helmet(options(CONTENT_SECURITY_POLICY)) as unknown as Middleware;
  const sandbox = helmet(options(SANDBOX_POLICY)) as unknown as Middleware;
  const dashboard = helmet(options(DASHBOARD_POLICY)) as unknown as Middleware;
  return (req, res, next) => {
    const path = (req.url ?? '').split('?')[0];
    if (path === QUEUE_DASHBOARD_PATH || path.startsWith(`${QUEUE_DASHBOARD_PATH}/`)) return dashboard(req, res, next);
    if (!production && req.method === 'GET' && path === '/graphql') return sandbox(req, res, next);
    pages(req, res, next);
  };
}
