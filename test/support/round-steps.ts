import { Page } from 'playwright-core';

/**
 * A round done through the staff pages, step by step (Bahasa Indonesia texts of the pages):
 * the employee nominates peers, the supervisor decides, reviewers review, the supervisor closes.
 * Each step waits for the page's own confirmation.
 */
const menu = (page: Page) => page.getByRole('navigation', { name: 'Menu' });

/** The employee nominates a colleague as a peer reviewer ("Putaran & hasil saya"). */
export async function nominatePeer(page: Page, colleague: string): Promise<void> {
  await menu(page).getByRole('link', { name: 'Putaran & hasil saya' }).click();
  await page.getByRole('heading', { name: 'Rekan kerja penilai' }).first().waitFor();
  await page.getByLabel('Cari rekan kerja (nama)').fill(colleague);
  await page.getByRole('radio', { name: new RegExp(`^${colleague} ·`) }).check();
  await page.getByRole('button', { name: 'Usulkan', exact: true }).click();
  await page.getByRole('status').getByText(`${colleague} diusulkan. Menunggu persetujuan atasan.`).waitFor();
}

/** The supervisor approves a peer nomination ("Tim saya"). */
export async function approveNomination(page: Page, peer: string, employee: string): Promise<void> {
  await menu(page).getByRole('link', { name: 'Tim saya', exact: true }).click();
  await page.getByRole('button', { name: `Setujui ${peer} sebagai rekan penilai ${employee}` }).click();
  await page.getByRole('status').getByText(`Usulan ${peer} disetujui.`).waitFor();
}

/** A reviewer fills the BerAKHLAK form for `employee` ("Menunggu penilaian saya"): `scores` 1–5, one per value. */
export async function submitReview(page: Page, employee: string, scores: number[], strengths: string, improvements = ''): Promise<void> {
  await menu(page).getByRole('link', { name: 'Menunggu penilaian saya' }).click();
  await page.getByRole('button', { name: `Nilai ${employee}` }).click();
  const groups = page.locator('fieldset');
  await groups.first().waitFor();
  for (let i = 0; i < scores.length; i++) await groups.nth(i).getByRole('radio').nth(scores[i] - 1).check();
  await page.getByLabel(/Apresiasi/).fill(strengths);
  if (improvements) await page.getByLabel(/Saran perbaikan/).fill(improvements);
  await page.getByRole('button', { name: 'Kirim penilaian' }).click();
  await page.getByRole('status').getByText('Penilaian terkirim').waitFor();
}

/** The supervisor closes `employee`'s round with a hasil kerja rating chosen on the form ("Tim saya"). */
export async function closeRound(page: Page, employee: string, hasilKerja: string): Promise<void> {
  await menu(page).getByRole('link', { name: 'Tim saya', exact: true }).click();
  await page.getByRole('button', { name: `Tutup putaran ${employee}` }).click();
  await page.getByLabel('Hasil kerja:').selectOption(hasilKerja);
  await page.getByRole('button', { name: 'Tutup putaran', exact: true }).click();
}
