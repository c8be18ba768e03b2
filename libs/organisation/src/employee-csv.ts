import { parse } from 'csv-parse/sync';
import { nipProblem } from './nip';

export type CsvRole = 'ADMIN' | 'SUPERVISOR' | 'EMPLOYEE';

export interface EmployeeCsvRow {
  line: number;
  nip: string;
  name: string;
  position: string;
  unit: string;
  supervisorNip: string | null;
  roles: CsvRole[];
}

export interface CsvRowError {
  line: number;
  reason: string;
}

export const MAX_IMPORT_ROWS = 20_000;

/** Header spellings an HR office's export may use, normalised to our fields. */
const HEADERS: Record<string, keyof Omit<EmployeeCsvRow, 'line'>> = {
  nip: 'nip',
  nama: 'name',
  name: 'name',
  'nama pegawai': 'name',
  jabatan: 'position',
  position: 'position',
  unit: 'unit',
  'unit kerja': 'unit',
  'nip atasan': 'supervisorNip',
  nip_atasan: 'supervisorNip',
  'nip atasan langsung': 'supervisorNip',
  supervisor_nip: 'supervisorNip',
  peran: 'roles',
  roles: 'roles',
};
const REQUIRED: Array<keyof Omit<EmployeeCsvRow, 'line'>> = ['nip', 'name', 'position', 'unit'];
const ROLE_WORDS: Record<string, CsvRole> = {
  admin: 'ADMIN',
  supervisor: 'SUPERVISOR',
  atasan: 'SUPERVISOR',
  employee: 'EMPLOYEE',
  pegawai: 'EMPLOYEE',
};

/**
 * Parses and checks an employee CSV on its own (shape, NIP rules, duplicates and supervisor
 * cycles inside the file). Comma or semicolon separated, header row first, UTF-8 with or without
 * BOM. Line numbers are the file's own (the header is line 1). References to the database
 * (units, existing NIPs, supervisors outside the file) are checked by the import service.
 */
export function parseEmployeeCsv(
  text: string,
  today: Date = new Date(),
): { rows: EmployeeCsvRow[]; errors: CsvRowError[]; /** Non-blank lines after the header (0 when the file is unreadable). */ lineCount: number } {
  let records: string[][];
  // The header decides the separator: Indonesian spreadsheet exports use ';', others ','.
  // Both at once would split names such as "Drs. Asep Sudrajat, M.Si." in a ';' file.
  const headerLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const delimiter = headerLine.includes(';') ? ';' : ',';
  try {
    records = parse(text, { bom: true, delimiter, relax_column_count: true, skip_empty_lines: false, trim: true }) as string[][];
  } catch (err) {
    const line = (err as { lines?: number }).lines ?? 1;
    return { rows: [], errors: [{ line, reason: `CSV tidak dapat dibaca: ${(err as Error).message}` }], lineCount: 0 };
  }
  if (records.length === 0)
    return {
      rows: [],
      errors: [{ line: 1, reason: 'berkas kosong: baris judul (NIP, nama, jabatan, unit, NIP atasan) tidak ada' }],
      lineCount: 0,
    };

  const header = records[0].map((h) => HEADERS[h.toLowerCase().replace(/\s+/g, ' ').trim()]);
  const missing = REQUIRED.filter((f) => !header.includes(f));
  if (missing.length) {
    return {
      rows: [],
      errors: [
        { line: 1, reason: `kolom wajib tidak ada: ${missing.join(', ')} (baris judul harus memuat NIP, nama, jabatan, unit, NIP atasan)` },
      ],
      lineCount: 0,
    };
  }
  if (records.length - 1 > MAX_IMPORT_ROWS) {
    return {
      rows: [],
      errors: [{ line: 1, reason: `terlalu banyak baris: paling banyak ${MAX_IMPORT_ROWS} pegawai per impor` }],
      lineCount: 0,
    };
  }

  const rows: EmployeeCsvRow[] = [];
  const errors: CsvRowError[] = [];
  const firstLineOfNip = new Map<string, number>();
  let lineCount = 0;
  records.slice(1).forEach((cells, i) => {
    const line = i + 2;
    if (cells.every((c) => c === '')) return;
    lineCount++;
    const get = (f: keyof Omit<EmployeeCsvRow, 'line'>) => {
      const idx = header.indexOf(f);
      return idx >= 0 ? (cells[idx] ?? '').trim() : '';
    };
    const problems: string[] = [];
    const nip = get('nip').replace(/\s+/g, '');
    const nipIssue = nipProblem(nip, today);
    if (nipIssue) problems.push(nipIssue);
    const name = get('name');
    if (name.length < 2 || name.length > 200) problems.push('nama wajib diisi (2–200 karakter)');
    const position = get('position');
    if (position.length < 2 || position.length > 200) problems.push('jabatan wajib diisi (2–200 karakter)');
    const unit = get('unit');
    if (!unit) problems.push('unit wajib diisi');
    const supervisorRaw = get('supervisorNip').replace(/\s+/g, '');
    const supervisorNip = supervisorRaw || null;
    if (supervisorNip && !/^\d{18}$/.test(supervisorNip)) problems.push('NIP atasan harus 18 digit angka');
    if (supervisorNip && supervisorNip === nip) problems.push('pegawai tidak boleh menjadi atasan dirinya sendiri');
    const roles: CsvRole[] = [];
    for (const word of get('roles')
      .split(/[,;|/ ]+/)
      .filter(Boolean)) {
      const role = ROLE_WORDS[word.toLowerCase()];
      if (!role) problems.push(`peran tidak dikenal: ${word} (ADMIN, SUPERVISOR, EMPLOYEE)`);
      else if (!roles.includes(role)) roles.push(role);
    }
    if (roles.length === 0) roles.push('EMPLOYEE');
    if (!nipIssue) {
      const first = firstLineOfNip.get(nip);
      if (first) problems.push(`NIP ganda: sudah ada di baris ${first}`);
      else firstLineOfNip.set(nip, line);
    }
    if (problems.length) errors.push({ line, reason: problems.join('; ') });
    else rows.push({ line, nip, name, position, unit, supervisorNip, roles });
  });
  if (rows.length === 0 && errors.length === 0) errors.push({ line: 2, reason: 'tidak ada baris pegawai' });
  errors.push(...supervisorCycles(rows));
  return { rows, errors: errors.sort((a, b) => a.line - b.line), lineCount };
}

/** Rows whose chain of supervisors inside the file comes back to themselves. */
export function supervisorCycles(rows: EmployeeCsvRow[]): CsvRowError[] {
  const byNip = new Map(rows.map((r) => [r.nip, r]));
  const state = new Map<string, 'visiting' | 'done'>();
  const inCycle = new Set<string>();
  for (const start of rows) {
    const path: string[] = [];
    let current: EmployeeCsvRow | undefined = start;
    while (current && !state.has(current.nip)) {
      state.set(current.nip, 'visiting');
      path.push(current.nip);
      current = current.supervisorNip ? byNip.get(current.supervisorNip) : undefined;
    }
    if (current && state.get(current.nip) === 'visiting') {
      for (const nip of path.slice(path.indexOf(current.nip))) inCycle.add(nip);
    }
    for (const nip of path) state.set(nip, 'done');
  }
  return rows
    .filter((r) => inCycle.has(r.nip))
    .map((r) => ({ line: r.line, reason: `rantai atasan berputar (siklus): ${r.nip} → ${r.supervisorNip} → … → ${r.nip}` }));
}
