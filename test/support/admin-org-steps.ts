import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { Locator, Page } from 'playwright-core';
import { uniqueNip } from './org-fixtures';

/**
 * An ADMIN building the organisation through the pages (/app/admin), as steps a browser test
 * composes: open a section, build a kecamatan with its kelurahan, import employees from a CSV
 * (checked first), add a service point with an officer. Every step waits for the page's own
 * confirmation; the caller asserts against the database or the API. Pages are in Bahasa Indonesia.
 */

const ARTIFACTS = resolve(__dirname, '../artifacts');

/** A full-page screenshot at test/artifacts/<prefix>-<name>.png (no prefix: no screenshot). */
export async function snap(page: Page, prefix: string | undefined, name: string): Promise<void> {
  if (!prefix) return;
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: resolve(ARTIFACTS, `${prefix}-${name}.png`), fullPage: true });
}

/** Opens Administrasi, then one of its sections by its sub-menu label (e.g. 'Unit kerja'). */
export async function openAdminSection(page: Page, label: string, heading = label): Promise<void> {
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Administrasi', exact: true }).click();
  await page.getByRole('navigation', { name: 'Menu administrasi' }).getByRole('link', { name: label, exact: true }).click();
  await page.getByRole('heading', { name: heading, level: 2, exact: true }).waitFor();
}

/** Chooses `choice` (its visible name) in a search-select group (legend `label`) by searching `term`. */
export async function pick(scope: Page | Locator, label: string, term: string, choice: string): Promise<void> {
  const group = scope.getByRole('group', { name: label, exact: true });
  const change = group.getByRole('button', { name: 'Ganti', exact: true });
  if (await change.isVisible()) await change.click();
  await group.getByRole('searchbox').fill(term);
  await group.getByRole('button', { name: new RegExp(`^Pilih ${escapeRegExp(choice)}( \\(|$)`) }).click();
  await group.getByText(new RegExp(`^Terpilih: ${escapeRegExp(choice)}`)).waitFor();
}

/** Chooses a unit in the tree (opening `path`'s ancestors first: their names, root first, excluded). */
export async function chooseUnit(page: Page, name: string, ancestors: string[] = []): Promise<void> {
  const tree = page.getByRole('region', { name: 'Struktur unit' });
  for (const a of ancestors) {
    const open = tree.getByRole('button', { name: `Buka sub-unit ${a}`, exact: true });
    if (await open.isVisible()) await open.click();
  }
  await tree.getByRole('button', { name, exact: true }).click();
  await page.getByRole('heading', { name: `Unit terpilih: ${name}` }).waitFor();
}

/** Adds a unit under the unit chosen in the tree (the form's parent follows the choice). */
export async function addUnit(page: Page, parent: string, name: string, kind: string): Promise<void> {
  const form = page.getByRole('form', { name: 'Tambah unit' });
  await form.getByRole('group', { name: 'Unit induk' }).getByText(`Terpilih: ${parent}`, { exact: false }).waitFor();
  await form.getByLabel('Nama unit', { exact: true }).fill(name);
  await form.getByLabel('Jenis unit', { exact: true }).selectOption({ label: kind });
  await form.getByRole('button', { name: 'Tambah unit', exact: true }).click();
  await form.getByRole('status').getByText(`Unit ${name} ditambahkan.`).waitFor();
}

/**
 * On the unit tree: a kecamatan under the agency's root unit, then its kelurahan under it.
 * Screenshots: <shots>-units-empty, -units-kecamatan, -units-built.
 */
export async function buildKecamatan(
  page: Page,
  input: { agencyName: string; kecamatan: string; kelurahan: string[]; shots?: string },
): Promise<void> {
  await openAdminSection(page, 'Unit kerja');
  await page.getByRole('region', { name: 'Struktur unit' }).getByRole('button', { name: input.agencyName, exact: true }).waitFor();
  await snap(page, input.shots, 'units-empty');
  await chooseUnit(page, input.agencyName);
  await addUnit(page, input.agencyName, input.kecamatan, 'Kecamatan');
  await snap(page, input.shots, 'units-kecamatan');
  await chooseUnit(page, input.kecamatan);
  for (const kel of input.kelurahan) await addUnit(page, input.kecamatan, kel, 'Kelurahan');
  await page
    .getByRole('region', { name: 'Struktur unit' })
    .getByRole('button', { name: input.kelurahan[input.kelurahan.length - 1], exact: true })
    .waitFor();
  await snap(page, input.shots, 'units-built');
}

export interface CsvPerson {
  nip: string;
  name: string;
  position: string;
  unit: string;
  supervisorNip: string | null;
  roles: string;
}

/**
 * A kecamatan's staff as an HR office's CSV (semicolon separated, header first): the camat
 * (SUPERVISOR) leading each lurah (SUPERVISOR), a secretary and kecamatan staff under the camat,
 * the rest of the `total` spread over the kelurahan under their lurah.
 */
export function kecamatanCsv(input: { kecamatan: string; kelurahan: string[]; total: number }): { csv: string; people: CsvPerson[] } {
  const camat: CsvPerson = {
    nip: uniqueNip(),
    name: `Camat ${input.kecamatan.replace(/^Kecamatan /, '')}`,
    position: 'Camat',
    unit: input.kecamatan,
    supervisorNip: null,
    roles: 'pegawai atasan',
  };
  const lurahs = input.kelurahan.map<CsvPerson>((kel) => ({
    nip: uniqueNip(),
    name: `Lurah ${kel.replace(/^Kelurahan /, '')}`,
    position: 'Lurah',
    unit: kel,
    supervisorNip: camat.nip,
    roles: 'pegawai atasan',
  }));
  const people = [camat, ...lurahs];
  for (let i = 1; people.length < input.total; i++) {
    const slot = i % (input.kelurahan.length + 1);
    const lurah = lurahs[slot - 1];
    people.push({
      nip: uniqueNip(),
      name: `Pegawai ${String(i).padStart(2, '0')} ${lurah ? lurah.unit.replace(/^Kelurahan /, '') : 'Kecamatan'}`,
      position: lurah ? 'Pengadministrasi Umum' : 'Analis Kebijakan',
      unit: lurah ? lurah.unit : input.kecamatan,
      supervisorNip: lurah ? lurah.nip : camat.nip,
      roles: 'pegawai',
    });
  }
  const csv = [
    'NIP;Nama;Jabatan;Unit;NIP Atasan;Peran',
    ...people.map((p) => [p.nip, p.name, p.position, p.unit, p.supervisorNip ?? '', p.roles].join(';')),
  ].join('\n');
  return { csv, people };
}

/** Pastes `csv` on the import page and checks it; answers the preview's problem rows (line, reason). */
export async function previewEmployeesCsv(
  page: Page,
  csv: string,
  shots?: string,
  shot = 'import-preview',
): Promise<Array<{ line: number; reason: string }>> {
  if (!(await page.getByRole('heading', { name: 'Impor pegawai (CSV)', level: 2 }).isVisible()))
    await openAdminSection(page, 'Impor pegawai (CSV)');
  await page.getByLabel('Isi CSV', { exact: true }).fill(csv);
  await page.getByRole('button', { name: 'Periksa semua baris' }).click();
  const result = page.getByRole('region', { name: 'Hasil pemeriksaan' });
  await result.getByText(/baris valid|baris bermasalah/).waitFor();
  await snap(page, shots, shot);
  const rows = await result.getByRole('row').all();
  const problems: Array<{ line: number; reason: string }> = [];
  for (const row of rows.slice(1)) {
    const cells = await row.getByRole('cell').allInnerTexts();
    problems.push({ line: Number(cells[0]), reason: cells[1] });
  }
  return problems;
}

/** Pastes, checks (every row must pass) and imports `csv`; answers how many the page says were imported. */
export async function importEmployeesCsv(
  page: Page,
  csv: string,
  options: { initialPassword?: string; shots?: string } = {},
): Promise<number> {
  const problems = await previewEmployeesCsv(page, csv, options.shots, 'import-checked');
  if (problems.length) throw new Error(`the CSV has problems: ${JSON.stringify(problems)}`);
  if (options.initialPassword) await page.getByLabel(/^Kata sandi awal/).fill(options.initialPassword);
  await page.getByRole('button', { name: /^Impor \d+ pegawai$/ }).click();
  const done = page.getByRole('status').getByText(/^\d+ pegawai diimpor\.$/);
  await done.waitFor();
  await snap(page, options.shots, 'import-done');
  return Number(/^(\d+)/.exec(await done.innerText())![1]);
}

/** On "Titik layanan": a service point for `unit`, then `officer` (an employee's name) as its staff. */
export async function addServicePointWithOfficer(
  page: Page,
  input: { name: string; unit: string; officer: string; shots?: string },
): Promise<void> {
  await openAdminSection(page, 'Titik layanan');
  const form = page.getByRole('form', { name: 'Titik layanan baru' });
  await form.getByLabel('Nama titik layanan', { exact: true }).fill(input.name);
  await pick(form, 'Unit pemilik', input.unit, input.unit);
  await form.getByRole('button', { name: 'Buat titik layanan' }).click();
  await form.getByRole('status').getByText(`Titik layanan ${input.name} dibuat.`).waitFor();
  const card = page.getByRole('region', { name: input.name, exact: true });
  await card.getByText('Belum ada petugas.').waitFor();
  await snap(page, input.shots, 'service-point-created');
  await pick(card, 'Petugas baru', input.officer, input.officer);
  await card.getByRole('button', { name: 'Tambahkan petugas' }).click();
  await card.getByRole('status').getByText(`${input.officer} ditambahkan sebagai petugas.`).waitFor();
  await card.getByRole('listitem').filter({ hasText: input.officer }).waitFor();
  await snap(page, input.shots, 'service-point-officer');
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
