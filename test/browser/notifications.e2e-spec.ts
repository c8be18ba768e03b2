import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { Browser, Page } from 'playwright-core';
import { expectNoSeriousViolations, formatViolations } from '../support/a11y';
import { launchChromium } from '../support/browser';
import { startStack, Stack } from '../support/stack';
import { ok, openRound, smallOrganisation } from '../support/org-fixtures';
import { until } from '../support/scoring-fixtures';

const ARTIFACTS = resolve(__dirname, '../artifacts');

/**
 * Issue 14: the notification bell in the staff header. A supervisor with a waiting review (the
 * worker's send-reminders, every second here) sees the unread count, opens the list, reads the
 * REVIEW_WAITING reminder, marks the DEADLINE_SOON one read, then everything and the count drops to 0; keyboard: focus moves
 * into the list on opening, Escape closes it and gives focus back to the bell.
 */
describe('notification bell in Chromium', () => {
  let stack: Stack;
  let browser: Browser;
  let org: Awaited<ReturnType<typeof smallOrganisation>>;
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    stack = await startStack({ queue: 'redis', env: { REMINDERS_MS: '1000' } });
    browser = await launchChromium();
    org = await smallOrganisation(stack, 'Kota Uji Lonceng');
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('shows the unread count, lists the review reminder, marks all read', async () => {
    const period = (
      await ok(
        stack,
        `mutation($i: CreatePeriodInput!) { createPeriod(input: $i) { id } }`,
        { i: { name: 'Bulan Lonceng', kind: 'MONTHLY', startsOn: day(-27), endsOn: day(0), reviewDeadline: day(1) } },
        org.admin.token,
      )
    ).createPeriod as { id: string };
    const sup = org.tokens.lurahA;
    await openRound(stack, sup, org.people.staffA.id, period.id);
    const reminders = await until('the supervisor’s review reminder', async () => {
      const d = await ok(stack, `{ myNotifications { nodes { id kind message } } }`, {}, sup);
      const nodes = d.myNotifications.nodes as Array<{ id: string; kind: string; message: string }>;
      const kinds = nodes.map((n) => n.kind);
      return kinds.includes('REVIEW_WAITING') && kinds.includes('DEADLINE_SOON') ? nodes : null;
    });
    const waiting = reminders.find((n) => n.kind === 'REVIEW_WAITING')!;
    const deadline = reminders.find((n) => n.kind === 'DEADLINE_SOON')!;

    const page: Page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await page.goto(`${stack.url}/app`);
    await page.getByLabel('NIP').fill(org.people.lurahA.nip);
    await page.getByLabel('Kata sandi').fill(org.password);
    await page.getByRole('button', { name: 'Masuk' }).click();

    const bell = page.getByRole('button', { name: /^Pemberitahuan, \d+ belum dibaca$/ });
    await page.getByRole('button', { name: `Pemberitahuan, ${reminders.length} belum dibaca` }).waitFor();
    expect(reminders.length).toBeGreaterThanOrEqual(2);
    expect(await bell.getAttribute('aria-expanded')).toBe('false');

    await bell.click();
    expect(await bell.getAttribute('aria-expanded')).toBe('true');
    const region = page.getByRole('region', { name: 'Pemberitahuan' });
    await region.getByText(waiting.message).waitFor();
    // Focus moved into the list (its heading).
    expect(await page.evaluate('document.activeElement && document.activeElement.id')).toBe('notification-heading');
    const item = region.getByRole('listitem').filter({ hasText: waiting.message });
    expect(await item.textContent()).toContain('Belum dibaca');
    expect(await item.textContent()).toContain('Penilaian menunggu');

    const all = await expectNoSeriousViolations(page, 'the open notification list');
    if (all.length) console.warn(`Minor accessibility findings on the notification list:\n${formatViolations(all)}`);
    await page.screenshot({ path: resolve(ARTIFACTS, 'notifications-bell.png'), fullPage: true });

    // Marking one read: the count drops by one, the item is no longer marked unread.
    const soon = region.getByRole('listitem').filter({ hasText: deadline.message });
    await soon.getByRole('button', { name: `Tandai dibaca: ${deadline.message}` }).click();
    await page.getByRole('button', { name: `Pemberitahuan, ${reminders.length - 1} belum dibaca` }).waitFor();
    expect(await soon.textContent()).not.toContain('Belum dibaca');

    await region.getByRole('button', { name: 'Tandai semua dibaca' }).click();
    await page.getByRole('button', { name: 'Pemberitahuan, 0 belum dibaca' }).waitFor();
    expect(await item.textContent()).not.toContain('Belum dibaca');
    expect((await ok(stack, `{ unreadNotificationCount }`, {}, sup)).unreadNotificationCount).toBe(0);

    // Escape closes the list and gives focus back to the bell.
    await page.keyboard.press('Escape');
    await region.waitFor({ state: 'detached' });
    expect(await bell.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate('document.activeElement && document.activeElement.getAttribute("aria-controls")')).toBe('notification-list');
    await page.context().close();
  });
});
