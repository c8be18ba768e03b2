import { request } from 'node:http';
import { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { startStack, Stack } from '../support/stack';
import { createRatingLink, smallOrganisation } from '../support/org-fixtures';

/**
 * Issue 11, finding 3 (HTTP part) and 6 (security headers): anonymous bodies are refused by size
 * before they are parsed, and every page and route carries helmet's headers with a CSP the pages
 * work under.
 */
describe('HTTP hardening', () => {
  let stack: Stack;
  let org: Awaited<ReturnType<typeof smallOrganisation>>;
  let link: { id: string; token: string };
  beforeAll(async () => {
    // A single agency: its ADMIN operates the deployment and may open the queue dashboard.
    stack = await startStack({ queue: 'redis', ownDatabase: true });
    org = await smallOrganisation(stack, 'Kota Uji HTTP');
    link = await createRatingLink(stack, org.admin.token, { servicePointId: org.servicePointA });
  });
  afterAll(() => stack?.close());

  /** The 7.8 MB anonymous rating of the report: millions of answers. */
  const hugeRating = () =>
    JSON.stringify({
      query: `mutation($i: SubmitPublicRatingInput!) { submitPublicRating(input: $i) { accepted } }`,
      variables: { i: { token: link.token, idempotencyKey: 'besar-sekali-1', kind: 'IKM', answers: new Array(3_900_000).fill(3) } },
    });

  const postRaw = async (body: string, headers: Record<string, string> = {}) => {
    const res = await fetch(`${stack.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    const text = await res.text();
    return { status: res.status, text, code: /"code":"([A-Z_]+)"/.exec(text)?.[1] };
  };

  it('an anonymous 7.8 MB body is refused with 413 PAYLOAD_TOO_LARGE before it is parsed', async () => {
    const body = hugeRating();
    expect(body.length).toBeGreaterThan(7_000_000);
    const res = await postRaw(body);
    expect([res.status, res.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
  });

  it('an anonymous 100 KB body is refused too, and one of 60 KB is not', async () => {
    const padded = (bytes: number) => JSON.stringify({ query: `{ __typename ${' '.repeat(bytes)}}` });
    expect((await postRaw(padded(100_000))).status).toBe(413);
    const small = await postRaw(padded(60_000));
    expect(small.status).toBe(200);
  });

  it('a streamed anonymous body (no Content-Length) is cut at the limit: 413', async () => {
    const { port } = new URL(stack.url);
    const status = await new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          path: '/graphql',
          method: 'POST',
          headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
        },
        (res) => {
          let text = '';
          res.on('data', (d) => (text += d));
          res.on('end', () => resolve({ status: res.statusCode!, text }));
        },
      );
      req.on('error', (err) => (/EPIPE|ECONNRESET/.test(String(err)) ? undefined : reject(err)));
      req.write('{"query":"{ __typename }","variables":{"a":[');
      const chunk = `${'1,'.repeat(8_000)}`;
      let sent = 0;
      const pump = () => {
        while (sent < 200 && req.write(chunk)) sent++;
        if (sent < 200) req.once('drain', pump);
        else req.end('1]}}');
      };
      pump();
    });
    expect(status.status).toBe(413);
    expect(status.text).toContain('PAYLOAD_TOO_LARGE');
  });

  it('a signed-in request keeps the large limit (CSV imports); a forged bearer token does not', async () => {
    const padded = JSON.stringify({ query: `{ __typename ${' '.repeat(1_000_000)}}` });
    expect((await postRaw(padded, { authorization: `Bearer ${org.admin.token}` })).status).toBe(200);
    const forged = `${org.admin.token.slice(0, -4)}AAAA`;
    expect((await postRaw(padded, { authorization: `Bearer ${forged}` })).status).toBe(413);
  });

  it('/health keeps answering while three 7.8 MB anonymous bodies arrive at once', async () => {
    const body = hugeRating();
    const floods = Promise.all([postRaw(body), postRaw(body), postRaw(body)]);
    const started = Date.now();
    const health = await fetch(`${stack.url}/health`);
    const healthMs = Date.now() - started;
    const answers = await floods;
    expect(health.status).toBe(200);
    expect(answers.map((a) => a.status)).toEqual([413, 413, 413]);
    // Generous: before the limit, /health took 11.8 s here.
    expect(healthMs).toBeLessThan(3_000);
  });

  const PATHS = () => [
    '/app',
    '/kiosk',
    `/r/${link.token}`,
    `/ikm/${org.servicePointA}`,
    '/transparansi/00000000-0000-4000-8000-000000000000',
    `/r/${link.token}/qr.svg`,
    '/kiosk-sw.js',
    '/graphql',
    '/health',
    '/admin/queues',
    '/nowhere',
  ];

  it('every page and route carries CSP (frame-ancestors none), nosniff, a referrer policy and no X-Powered-By', async () => {
    const seen: Record<string, Record<string, string | null>> = {};
    for (const path of PATHS()) {
      const res = await fetch(`${stack.url}${path}`, { headers: { accept: 'text/html' } });
      await res.arrayBuffer();
      seen[path] = {
        csp: /frame-ancestors 'none'/.test(res.headers.get('content-security-policy') ?? '')
          ? 'frame-ancestors none'
          : res.headers.get('content-security-policy'),
        nosniff: res.headers.get('x-content-type-options'),
        referrer: res.headers.get('referrer-policy'),
        poweredBy: res.headers.get('x-powered-by'),
      };
    }
    const expected = Object.fromEntries(
      PATHS().map((p) => [p, { csp: 'frame-ancestors none', nosniff: 'nosniff', referrer: 'no-referrer', poweredBy: null }]),
    );
    expect(seen).toEqual(expected);
    // The citizens' fast path (submitPublicRating answered before Express) and the rating route too.
    const rating = await fetch(`${stack.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `mutation($i: SubmitPublicRatingInput!) { submitPublicRating(input: $i) { accepted } }`,
        variables: { i: { token: link.token, idempotencyKey: 'kepala-http-1', kind: 'QUICK', score: 4 } },
      }),
    });
    expect(await rating.json()).toEqual({ data: { submitPublicRating: { accepted: true } } });
    expect(rating.headers.get('x-content-type-options')).toBe('nosniff');
    expect(rating.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    const routed = await fetch(`${stack.url}/api/public-ratings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token: link.token, idempotencyKey: 'kepala-http-2', kind: 'QUICK', score: 4 }),
    });
    expect(await routed.json()).toEqual({ accepted: true, duplicate: false });
    expect(routed.headers.get('x-content-type-options')).toBe('nosniff');
    expect(routed.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
  });

  describe('in Chromium, under that policy', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchChromium();
    });
    afterAll(() => browser?.close());

    /** A page that records every CSP violation (the event and the console message). */
    async function watched(viewport = { width: 1024, height: 768 }): Promise<{ page: Page; violations: string[] }> {
      const context = await browser.newContext({ viewport });
      const violations: string[] = [];
      await context.exposeFunction('__k360Violation', (v: string) => void violations.push(v));
      await context.addInitScript({
        content: `document.addEventListener('securitypolicyviolation', (e) => window.__k360Violation(e.violatedDirective + ' ' + e.blockedURI));`,
      });
      const page = await context.newPage();
      page.on('console', (m) => {
        if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
      });
      return { page, violations };
    }

    it('the QR page, the public IKM page, the kiosk (service worker, IndexedDB) and the staff app with the queue dashboard load with no violation', async () => {
      const { page, violations } = await watched();
      await page.goto(`${stack.url}/r/${link.token}`);
      await page.getByRole('heading').first().waitFor();
      await page.goto(`${stack.url}/r/${link.token}/qr.svg`);
      await page.goto(`${stack.url}/ikm/${org.servicePointA}`);
      await page.getByRole('heading').first().waitFor();
      await page.goto(`${stack.url}/kiosk`);
      await page.getByLabel('Kode pemasangan').waitFor();
      // The kiosk's service worker and its IndexedDB outbox work under the policy.
      const kioskState = await page.evaluate(`(async () => {
        const sw = await navigator.serviceWorker.ready.then(() => 'ready');
        const idb = await new Promise((res) => {
          const r = indexedDB.open('k360-csp-probe', 1);
          r.onsuccess = () => res('open');
          r.onerror = () => res('error');
        });
        return { sw, idb };
      })()`);
      expect(kioskState).toEqual({ sw: 'ready', idb: 'open' });

      await page.goto(`${stack.url}/app`);
      await page.getByLabel('NIP').fill(org.admin.nip);
      await page.getByLabel('Kata sandi').fill(org.admin.password);
      await page.getByRole('button', { name: 'Masuk' }).click();
      await page.getByRole('button', { name: 'Keluar' }).waitFor();
      // The queue dashboard: its session cookie, then Bull Board's own page.
      const token = await page.evaluate(async (t) => {
        const res = await fetch('/admin/queues/session', { method: 'POST', headers: { authorization: `Bearer ${t}` } });
        return res.status;
      }, org.admin.token);
      expect(token).toBe(204);
      await page.goto(`${stack.url}/admin/queues`);
      await page
        .getByText(/scoring/i)
        .first()
        .waitFor({ timeout: 20_000 });
      expect(violations).toEqual([]);
    });
  });
});
