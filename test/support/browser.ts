import { Browser, chromium, Page } from 'playwright-core';

/** Debian's Chromium, driven by playwright-core (no browser download); `.ci/run` installs it. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 360, height: 740 };

/** A new browser context signed in to the staff pages (/app) in Bahasa Indonesia. */
export async function signInStaff(browser: Browser, baseUrl: string, nip: string, password: string, viewport = DESKTOP): Promise<Page> {
  const page = await (await browser.newContext({ viewport })).newPage();
  await page.goto(`${baseUrl}/app`);
  await page.getByLabel('NIP').fill(nip);
  await page.getByLabel('Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.getByRole('button', { name: 'Keluar' }).waitFor();
  return page;
}
