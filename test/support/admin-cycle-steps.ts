import type { Locator, Page } from 'playwright-core';

/**
 * An ADMIN running an evaluation cycle through the administration pages (/app/admin), as steps a
 * browser test composes (issue 14). Each step starts from any staff page of a signed-in ADMIN,
 * opens its section through the menus, acts in Bahasa Indonesia (the default language) and waits
 * until the page says it is done. Assertions against the API or database stay with the test.
 */

/** Opens an administration section by its sub-menu label (e.g. 'Periode', 'Putaran penilaian'). */
export async function openAdminSection(page: Page, label: string, heading: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Menu', exact: true }).getByRole('link', { name: 'Administrasi' }).click();
  await page.getByRole('navigation', { name: 'Menu administrasi' }).getByRole('link', { name: label, exact: true }).click();
  await page.getByRole('heading', { level: 2, name: heading }).waitFor();
}

export interface PeriodForm {
  name: string;
  kind?: 'Bulanan' | 'Triwulanan' | 'Tahunan';
  startsOn: string;
  endsOn: string;
  /** YYYY-MM-DD */
  reviewDeadline: string;
}

/** Fills the period form and submits it; returns the form (to read its answer: an alert or a status). */
async function submitPeriod(page: Page, period: PeriodForm): Promise<Locator> {
  await openAdminSection(page, 'Periode', 'Periode penilaian');
  const form = page.getByRole('form', { name: 'Buat periode' });
  await form.getByLabel('Nama periode').fill(period.name);
  await form.getByLabel('Jenis periode').selectOption({ label: period.kind ?? 'Triwulanan' });
  await form.getByLabel('Tanggal mulai').fill(period.startsOn);
  await form.getByLabel('Tanggal selesai').fill(period.endsOn);
  await form.getByLabel('Batas akhir penilaian (opsional)').fill(period.reviewDeadline);
  await form.getByRole('button', { name: 'Buat periode' }).click();
  return form;
}

/** Creates a period with a review deadline; waits until the list shows it. */
export async function createPeriodWithDeadline(page: Page, period: PeriodForm): Promise<void> {
  const form = await submitPeriod(page, period);
  await form.getByRole('status').getByText(`Periode ${period.name} dibuat.`).waitFor();
  await page.getByRole('region', { name: 'Daftar periode' }).getByRole('rowheader', { name: period.name }).waitFor();
}

/** Submits a period the server refuses; returns the error the page shows. */
export async function createPeriodRefused(page: Page, period: PeriodForm): Promise<string> {
  const form = await submitPeriod(page, period);
  return (await form.getByRole('alert').textContent()) ?? '';
}

/** Opens the rounds page on a period (by its name). */
export async function openRoundsPage(page: Page, periodName: string): Promise<void> {
  await openAdminSection(page, 'Putaran penilaian', 'Putaran penilaian');
  const select = page.getByLabel('Periode', { exact: true });
  const label = await select.locator('option', { hasText: periodName }).first().textContent();
  await select.selectOption({ label: label! });
}

/**
 * Opens the rounds of a unit and everything below it (`unitName`, e.g. a kecamatan) in one action
 * — or, without a unit, of the whole agency; returns the result line ("Dibuka: n putaran · …").
 */
export async function openRoundsForWholeUnit(page: Page, periodName: string, unitName?: string): Promise<string> {
  await openRoundsPage(page, periodName);
  const form = page.getByRole('form', { name: 'Buka putaran penilaian' });
  if (unitName) {
    const unit = form.getByLabel('Unit kerja');
    const label = await unit.locator('option', { hasText: unitName }).first().textContent();
    await unit.selectOption({ label: label! });
    await form.getByLabel('Termasuk semua sub-unit').check();
    await form.getByRole('button', { name: 'Buka putaran untuk unit ini' }).click();
  } else {
    await form.getByRole('button', { name: 'Buka putaran untuk seluruh instansi' }).click();
  }
  return (await form.getByRole('status').filter({ hasText: 'Dibuka:' }).textContent()) ?? '';
}

/** The progress panel of the rounds page as text (rounds per status, reviews submitted). */
export async function roundsProgress(page: Page, expectedRounds: number): Promise<string> {
  const panel = page.getByRole('region', { name: 'Kemajuan periode' });
  await panel.getByText(`Putaran: ${expectedRounds}`, { exact: true }).waitFor();
  return (await panel.textContent()) ?? '';
}

/** Shows the progress and rounds of one unit (and the units below it); returns the progress as text. */
export async function roundsProgressFor(page: Page, unitName: string, expectedRounds: number): Promise<string> {
  const scope = page.getByLabel('Tampilkan kemajuan dan putaran untuk');
  const label = await scope.locator('option', { hasText: unitName }).first().textContent();
  await scope.selectOption({ label: label! });
  return roundsProgress(page, expectedRounds);
}

/** Reopens an employee's closed round (on the rounds page of its period) with a reason. */
export async function reopenRoundWithReason(page: Page, employeeName: string, reason: string): Promise<void> {
  const list = page.getByRole('region', { name: 'Daftar putaran', exact: true }).first();
  await page.getByLabel('Cari pegawai (nama atau NIP)').fill(employeeName);
  await page.getByRole('button', { name: `Buka kembali putaran ${employeeName}` }).click();
  const dialog = page.getByRole('dialog', { name: `Buka kembali putaran ${employeeName}?` });
  await dialog.getByLabel('Alasan membuka kembali (5–2000 karakter)').fill(reason);
  await dialog.getByRole('button', { name: 'Buka kembali', exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.getByRole('status').getByText(`Putaran ${employeeName} dibuka kembali.`).waitFor();
  await list
    .getByRole('row', { name: new RegExp(employeeName) })
    .getByText('Terbuka')
    .waitFor();
}

export interface PolicyChange {
  code: string;
  reason: string;
  /** Source label → weight, e.g. { Atasan: 50 }. */
  weights?: Record<string, number>;
}

/** Fills the new policy form and confirms; returns the section (to read its answer). */
async function submitPolicy(page: Page, change: PolicyChange): Promise<Locator> {
  await openAdminSection(page, 'Instrumen & kebijakan', 'Instrumen & kebijakan penilaian');
  const section = page.getByRole('region', { name: 'Kebijakan penilaian', exact: true });
  await section.getByLabel('Kode kebijakan (A–Z, 0–9, _)').fill(change.code);
  for (const [source, weight] of Object.entries(change.weights ?? {})) await section.getByLabel(`Bobot ${source}`).fill(String(weight));
  await section.getByLabel('Alasan perubahan (5–2000 karakter)').fill(change.reason);
  await section.getByRole('button', { name: 'Terbitkan kebijakan' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Terbitkan kebijakan' }).click();
  await dialog.waitFor({ state: 'detached' });
  return section;
}

/** Publishes the next scoring policy version; waits until the page confirms it. */
export async function publishScoringPolicy(page: Page, change: PolicyChange): Promise<void> {
  const section = await submitPolicy(page, change);
  await section
    .getByRole('status')
    .getByText(/^Kebijakan .+ terbit\.$/)
    .waitFor();
}

/** A policy the server refuses: the error the page shows. */
export async function publishScoringPolicyRefused(page: Page, change: PolicyChange): Promise<string> {
  const section = await submitPolicy(page, change);
  return (await section.getByRole('alert').textContent()) ?? '';
}

export interface AuditFilter {
  /** A person's name (searched, then chosen) whose changes to show. */
  person?: string;
  /** YYYY-MM-DD, inclusive (agency time zone). */
  from?: string;
  to?: string;
}

/**
 * The audit log filtered by kind of record (its label, e.g. 'Putaran penilaian') and optionally by
 * person and days: the actions listed on its first page, newest first.
 */
export async function auditActions(page: Page, entityLabel: string, filter: AuditFilter = {}): Promise<string[]> {
  await openAdminSection(page, 'Log audit', 'Log audit');
  await page.getByLabel('Jenis data').selectOption({ label: entityLabel });
  if (filter.person) {
    await page.getByLabel('Cari orang (nama atau NIP)').fill(filter.person);
    const actor = page.getByLabel('Dilakukan oleh');
    const option = actor.locator('option', { hasText: filter.person }).first();
    await option.waitFor({ state: 'attached' });
    await actor.selectOption({ label: (await option.textContent())! });
  }
  if (filter.from) await page.getByLabel('Dari tanggal').fill(filter.from);
  if (filter.to) await page.getByLabel('Sampai tanggal').fill(filter.to);
  await page.getByRole('button', { name: 'Terapkan filter' }).click();
  // Every row shown is of that kind (the previous filter's rows are gone).
  const rows = page.getByRole('region', { name: 'Catatan audit' }).locator('tbody tr');
  await rows.filter({ hasText: entityLabel }).first().waitFor();
  await rows.filter({ hasNotText: entityLabel }).first().waitFor({ state: 'detached' });
  return page.getByRole('region', { name: 'Catatan audit' }).getByRole('rowheader').allTextContents();
}

/** Runs a failed job again from the failed jobs page (the queue by label, e.g. 'Penghitungan skor'). */
export async function retryFailedJob(page: Page, queueLabel: string, jobId: string): Promise<void> {
  await openAdminSection(page, 'Pekerjaan gagal', 'Pekerjaan gagal');
  await page.getByLabel('Antrean').selectOption({ label: queueLabel });
  await page.getByRole('button', { name: `Jalankan ulang pekerjaan ${jobId}` }).click();
  await page.getByRole('status').getByText(`Pekerjaan ${jobId} dijalankan ulang.`).waitFor();
}

/** The audit log shows its empty state for these filters. */
export async function auditActionsNone(page: Page, entityLabel: string, filter: AuditFilter = {}): Promise<void> {
  await openAdminSection(page, 'Log audit', 'Log audit');
  await page.getByLabel('Jenis data').selectOption({ label: entityLabel });
  if (filter.from) await page.getByLabel('Dari tanggal').fill(filter.from);
  if (filter.to) await page.getByLabel('Sampai tanggal').fill(filter.to);
  await page.getByRole('button', { name: 'Terapkan filter' }).click();
  await page.getByRole('status').getByText('Tidak ada catatan audit yang cocok.').waitFor();
}
