import { csvField, neutraliseFormula, toCsv } from './team-dashboard.export';
import type { TeamDashboardRow } from './models/team-dashboard.models';

describe('team dashboard export (pure parts)', () => {
  it('prefixes text a spreadsheet would run as a formula, and nothing else', () => {
    for (const t of ['=1+2', '+62 812', '-5', '@SUM(A1)', '\tx', '\rx']) expect(neutraliseFormula(t)).toBe(`'${t}`);
    for (const t of ['Ani', '5-3', 'a=b', "'quoted", '']) expect(neutraliseFormula(t)).toBe(t);
  });

  it('quotes fields holding the separator, commas, quotes or line breaks; numbers get a decimal comma; null is empty', () => {
    expect(csvField('Ani')).toBe('Ani');
    expect(csvField('Ani; Budi')).toBe('"Ani; Budi"');
    expect(csvField('Dewi "Ani", S.Sos')).toBe('"Dewi ""Ani"", S.Sos"');
    expect(csvField('baris\nbaru')).toBe('"baris\nbaru"');
    expect(csvField('=A1;B1')).toBe(`"'=A1;B1"`);
    expect(csvField(82.14)).toBe('82,14');
    expect(csvField(100)).toBe('100');
    expect(csvField(null)).toBe('');
  });

  it('writes a BOM, a header and one CRLF-ended line per row, scores rounded half away from zero', () => {
    const row: TeamDashboardRow = {
      roundId: 'r',
      employeeId: 'e',
      employeeName: 'Ani Staf',
      employeeNip: '199001012015032001',
      position: 'Pengadministrasi Umum',
      unitId: 'u',
      unitName: 'Kelurahan Sukamiskin',
      status: 'SCORED',
      managed: true,
      reviewsExpected: 4,
      reviewsSubmitted: 4,
      perilakuScore: 80.925,
      perilakuRating: 'SESUAI_EKSPEKTASI',
      hasilKerjaScore: null,
      hasilKerjaRating: 'SESUAI_EKSPEKTASI',
      predikat: 'BAIK',
      sources: [],
      pendingReviewers: [],
    };
    const text = toCsv([
      row,
      { ...row, predikat: null, perilakuScore: null, perilakuRating: null, status: 'OPEN', reviewsSubmitted: null },
    ]).toString('utf8');
    expect(text.startsWith('\uFEFFNIP;Nama;Jabatan;Unit;Status;')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
    expect(lines[1]).toBe(
      '199001012015032001;Ani Staf;Pengadministrasi Umum;Kelurahan Sukamiskin;Selesai dinilai;4;4;80,93;Sesuai ekspektasi;;Sesuai ekspektasi;Baik',
    );
    expect(lines[2]).toBe(
      '199001012015032001;Ani Staf;Pengadministrasi Umum;Kelurahan Sukamiskin;Terbuka;;4;;;;Sesuai ekspektasi;Belum dinilai',
    );
  });
});
