import { parseEmployeeCsv } from './employee-csv';

const TODAY = new Date('2026-11-25T00:00:00Z');
const HEADER = 'NIP,nama,jabatan,unit,NIP atasan';

describe('parseEmployeeCsv', () => {
  it('reads a valid file with comma or semicolon separators and a BOM', () => {
    const csv = `\uFEFF${HEADER}\n198001012006041001,Dedi Supriadi,Camat,Kecamatan Arcamanik,\n199001012015032001,Siti Aminah,Lurah,Kelurahan Sukamiskin,198001012006041001\n`;
    const { rows, errors } = parseEmployeeCsv(csv, TODAY);
    expect(errors).toEqual([]);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toEqual({
      line: 3,
      nip: '199001012015032001',
      name: 'Siti Aminah',
      position: 'Lurah',
      unit: 'Kelurahan Sukamiskin',
      supervisorNip: '198001012006041001',
      roles: ['EMPLOYEE'],
    });
    const semi = parseEmployeeCsv(
      `NIP;Nama;Jabatan;Unit;NIP Atasan;Peran\n198001012006041001;Dedi;Camat;Kecamatan Arcamanik;;atasan\n`,
      TODAY,
    );
    expect(semi.errors).toEqual([]);
    expect(semi.rows[0].roles).toEqual(['SUPERVISOR']);
  });

  it('keeps commas inside names of a semicolon file, and quoted commas in a comma file', () => {
    const semi = parseEmployeeCsv(
      `NIP;Nama;Jabatan;Unit;NIP Atasan\n197203151998031004;Drs. Asep Sudrajat, M.Si.;Camat;Kecamatan Arcamanik;\n`,
      TODAY,
    );
    expect(semi.errors).toEqual([]);
    expect(semi.rows[0].name).toBe('Drs. Asep Sudrajat, M.Si.');
    const comma = parseEmployeeCsv(`${HEADER}\n197203151998031004,"Drs. Asep Sudrajat, M.Si.",Camat,Kecamatan Arcamanik,\n`, TODAY);
    expect(comma.errors).toEqual([]);
    expect(comma.rows[0].name).toBe('Drs. Asep Sudrajat, M.Si.');
  });

  it('reports every bad row with its line number and reason', () => {
    const csv = [
      HEADER,
      '198001012006041001,Dedi Supriadi,Camat,Kecamatan Arcamanik,', // 2 ok
      '19800101200604100,Tanpa Digit,Staf,Kelurahan Sukamiskin,', // 3 short NIP
      '198002302006041002,Tanggal Salah,Staf,Kelurahan Sukamiskin,', // 4 30 Feb
      '198001012006041001,Ganda,Staf,Kelurahan Sukamiskin,', // 5 duplicate of line 2
      '199001012015031003,,Staf,,', // 6 no name, no unit
      '199001012015031004,Atasan Salah,Staf,Kelurahan Sukamiskin,123', // 7 bad supervisor NIP
    ].join('\n');
    const { rows, errors } = parseEmployeeCsv(csv, TODAY);
    expect(rows.map((r) => r.line)).toEqual([2]);
    expect(errors.map((e) => e.line)).toEqual([3, 4, 5, 6, 7]);
    expect(errors[0].reason).toContain('18 digit');
    expect(errors[1].reason).toContain('tanggal lahir');
    expect(errors[2].reason).toContain('baris 2');
    expect(errors[3].reason).toMatch(/nama wajib.*unit wajib/);
    expect(errors[4].reason).toContain('NIP atasan');
  });

  it('finds supervisor cycles inside the file', () => {
    const csv = [
      HEADER,
      '198001012006041001,Ani,Staf,Unit A,199001012015031002',
      '199001012015031002,Budi,Staf,Unit A,199101012016031003',
      '199101012016031003,Cici,Staf,Unit A,198001012006041001',
      '199201012017031004,Dodi,Staf,Unit A,198001012006041001', // points into the cycle, is not in it
    ].join('\n');
    const { errors } = parseEmployeeCsv(csv, TODAY);
    expect(errors.map((e) => e.line)).toEqual([2, 3, 4]);
    expect(errors[0].reason).toContain('siklus');
  });

  it('refuses a file without the required columns', () => {
    const { errors } = parseEmployeeCsv('NIP,nama\n198001012006041001,Dedi', TODAY);
    expect(errors).toEqual([{ line: 1, reason: expect.stringContaining('jabatan, unit') }]);
  });

  it('refuses an empty file', () => {
    expect(parseEmployeeCsv('', TODAY).errors[0].line).toBe(1);
    expect(parseEmployeeCsv(HEADER + '\n', TODAY).errors[0].reason).toContain('tidak ada baris');
  });
});
