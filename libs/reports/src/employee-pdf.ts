/** An employee's round report as a PDF (Bahasa Indonesia). Pure: the model in, the PDF out. */
import { formatDate, formatNumber, REPORT_DECIMALS as D } from './format';
import { HASIL_KERJA_SOURCE_ID, label, PREDIKAT_ID, RATING_ID, SOURCE_ID } from './labels';
import { PdfWriter, RenderedPdf } from './pdf-writer';
import { EmployeeRoundReportModel } from './employee-report';

export async function renderEmployeeReport(
  m: EmployeeRoundReportModel,
  onProgress: (percent: number) => void = () => undefined,
): Promise<RenderedPdf> {
  const w = new PdfWriter(`Laporan Penilaian Kinerja ${m.employee.name} ${m.period.name}`, m.generatedAt);
  w.title(['LAPORAN HASIL PENILAIAN KINERJA 360°', 'PEGAWAI ASN']);
  w.subtitle(`${m.agencyName} · Periode ${m.period.name}`);
  w.doc.moveDown(1);
  w.fields([
    ['Nama', m.employee.name],
    ['NIP', m.employee.nip],
    ['Jabatan', m.employee.position],
    ['Unit', m.unitName],
    ['Periode', `${m.period.name} (${formatDate(m.period.startsOn)} s.d. ${formatDate(m.period.endsOn)})`],
  ]);

  w.heading('A. Hasil penilaian');
  w.fields([
    ['Predikat kinerja', m.result.predikat ? label(PREDIKAT_ID, m.result.predikat) : 'Tidak ditampilkan'],
    ['Nilai perilaku (0-100)', formatNumber(m.result.perilakuScore, D.score)],
    ['Rating perilaku', label(RATING_ID, m.result.perilakuRating)],
    ['Nilai hasil kerja (0-100)', formatNumber(m.result.hasilKerjaScore, D.score)],
    ['Rating hasil kerja', `${label(RATING_ID, m.result.hasilKerjaRating)} (${label(HASIL_KERJA_SOURCE_ID, m.result.hasilKerjaSource)})`],
  ]);
  if (m.result.predikat === null && m.result.perilakuScore === null) {
    w.paragraph('Nilai perilaku dan predikat tidak ditampilkan karena dihitung dari sumber yang belum memenuhi jumlah minimal penilai.', {
      muted: true,
    });
  }
  onProgress(40);

  w.heading('B. Nilai per sumber penilai');
  w.table(
    [
      { header: 'Sumber', share: 0.2 },
      { header: 'n', share: 0.08, align: 'right' },
      { header: 'Rata-rata', share: 0.12, align: 'right' },
      { header: 'Nilai (0-100)', share: 0.14, align: 'right' },
      { header: 'Bobot', share: 0.1, align: 'right' },
      { header: 'Keterangan', share: 0.36 },
    ],
    m.sources.map((s) => [
      label(SOURCE_ID, s.source),
      String(s.count),
      formatNumber(s.mean, D.mean),
      formatNumber(s.score, D.score),
      s.counted ? formatNumber(s.weight * 100, 0) + '%' : '—',
      s.note ?? 'Dihitung',
    ]),
  );
  onProgress(60);

  w.heading('C. Nilai per nilai dasar BerAKHLAK (1-5)');
  if (m.valueRelations.length) {
    const share = 0.6 / m.valueRelations.length;
    w.table(
      [
        { header: 'Nilai dasar', share: 0.4 },
        ...m.valueRelations.map((r) => ({ header: label(SOURCE_ID, r.relation), share, align: 'right' as const })),
      ],
      m.values.map((v) => [v.label, ...v.means.map((x) => formatNumber(x, D.mean))]),
    );
    for (const r of m.valueRelations.filter((x) => x.note)) w.paragraph(`${label(SOURCE_ID, r.relation)}: ${r.note}.`, { muted: true });
  } else {
    w.paragraph('Belum ada penilaian.');
  }
  onProgress(75);

  w.heading('D. Apresiasi dan saran (tanpa nama penilai)');
  for (const f of m.feedback) {
    w.subheading(`${label(SOURCE_ID, f.relation)}${f.submitted === null ? '' : ` (${f.submitted})`}`);
    if (!f.commentsVisible) {
      w.paragraph('Komentar ditampilkan setelah jumlah minimal penilai mengirim (menjaga kerahasiaan penilai).', { muted: true });
      continue;
    }
    if (!f.comments.length) {
      w.paragraph('Tidak ada komentar.', { muted: true });
      continue;
    }
    for (const c of f.comments) {
      if (c.strengths) w.paragraph(`Apresiasi: ${c.strengths}`);
      if (c.improvements) w.paragraph(`Saran perbaikan: ${c.improvements}`);
    }
  }
  return w.finish();
}
