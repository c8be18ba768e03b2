/**
 * The SKM report as PermenPANRB 14/2017's guide lays it out: I Pendahuluan, II Pengumpulan data,
 * III Hasil pengolahan data (respondents and their profile, NRR and weighted NRR per element, IKM,
 * conversion, mutu, kinerja, the element chart), IV Analisis (weakest and strongest elements, the
 * trend, the follow-up plan), V Kesimpulan. Pure: the model in, the PDF out.
 */
import { RESPONDENT_FIELDS } from '@k360/scoring';
import { formatDate, formatNumber, REPORT_DECIMALS as D } from './format';
import { label, PROFILE_TITLE_ID } from './labels';
import { PdfWriter, RenderedPdf } from './pdf-writer';
import { SkmReportModel } from './skm-report';

export const NO_FOLLOW_UP_TEXT = 'Belum ada rencana tindak lanjut.';

const nrr = (n: number | null) => formatNumber(n, D.nrr);

export async function renderSkmReport(m: SkmReportModel, onProgress: (percent: number) => void = () => undefined): Promise<RenderedPdf> {
  const w = new PdfWriter(`Laporan SKM ${m.servicePoint.name} ${m.period.name}`, m.generatedAt);
  const period = `${m.period.name} (${formatDate(m.period.startsOn)} s.d. ${formatDate(m.period.endsOn)})`;
  w.title(['LAPORAN HASIL', 'SURVEI KEPUASAN MASYARAKAT (SKM)']);
  w.subtitle(`${m.servicePoint.name} · ${m.servicePoint.unitName} · ${m.agencyName}`);
  w.subtitle(`Periode ${period}`);
  w.doc.moveDown(1);
  w.fields([
    ['Titik layanan', m.servicePoint.name],
    ['Unit', m.servicePoint.unitName],
    ['Instansi', m.agencyName],
    ['Periode', period],
    ['Jumlah responden', String(m.respondents)],
  ]);

  w.heading('I. Pendahuluan');
  w.paragraph(
    'Survei Kepuasan Masyarakat (SKM) mengukur kepuasan masyarakat atas pelayanan publik sebagai dasar perbaikan layanan. ' +
      'Dasar hukum: Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik dan Peraturan Menteri PANRB Nomor 14 Tahun 2017 ' +
      'tentang Pedoman Penyusunan Survei Kepuasan Masyarakat Unit Penyelenggara Pelayanan Publik. Survei mengukur sembilan unsur pelayanan:',
  );
  w.paragraph(m.elements.map((e) => `${e.code} ${e.label}`).join('; ') + '.');

  w.heading('II. Pengumpulan Data');
  w.paragraph(
    `Data dikumpulkan dari masyarakat yang menerima layanan di ${m.servicePoint.name} selama periode ${period}, melalui kios penilaian, ` +
      `tautan/QR, dan tiket layanan. Setiap responden menjawab sembilan unsur dengan skala 1 (tidak baik) sampai 4 (sangat baik). ` +
      `Jumlah responden: ${m.respondents}.`,
  );
  w.paragraph(
    m.quickCount
      ? `Penilaian cepat di kios (satu sentuhan, tidak dihitung dalam IKM): ${m.quickCount} penilaian, rata-rata ${formatNumber(m.quickMean, D.quickMean)} dari 4.`
      : 'Penilaian cepat di kios (satu sentuhan, tidak dihitung dalam IKM): belum ada.',
  );
  onProgress(30);

  w.heading('III. Hasil Pengolahan Data');
  w.subheading('A. Profil responden');
  for (const field of RESPONDENT_FIELDS) {
    const rows = m.profile[field];
    w.table(
      [
        { header: label(PROFILE_TITLE_ID, field), share: 0.5 },
        { header: 'Jumlah', share: 0.25, align: 'right' },
        { header: 'Persentase', share: 0.25, align: 'right' },
      ],
      rows.map((r) => [r.label, String(r.count), `${formatNumber(r.percent, D.percent)}%`]),
    );
  }
  onProgress(50);

  w.subheading('B. Nilai per unsur pelayanan');
  const weighted = m.elements.reduce((t, e) => (e.weightedNrr === null ? t : t + e.weightedNrr), 0);
  w.table(
    [
      { header: 'Kode', share: 0.08 },
      { header: 'Unsur pelayanan', share: 0.44 },
      { header: 'Responden', share: 0.14, align: 'right' },
      { header: 'NRR', share: 0.14, align: 'right' },
      { header: 'NRR tertimbang (x 1/9)', share: 0.2, align: 'right' },
    ],
    [
      ...m.elements.map((e) => [e.code, e.label, String(e.respondents), nrr(e.nrr), formatNumber(e.weightedNrr, D.weightedNrr)]),
      ['', 'Jumlah NRR tertimbang (IKM)', '', '', m.ikm === null ? '—' : formatNumber(weighted, D.weightedNrr)],
    ],
    { bold: [m.elements.length] },
  );
  w.fields([
    ['Nilai IKM (1-4)', formatNumber(m.ikm, D.ikm)],
    ['IKM konversi (IKM x 25)', formatNumber(m.ikmConverted, D.converted)],
    ['Mutu pelayanan', m.mutu ?? '—'],
    ['Kinerja unit pelayanan', m.kinerja ?? '—'],
  ]);
  if (m.ikm === null)
    w.paragraph('Nilai IKM belum dapat dihitung: belum ada jawaban untuk kesembilan unsur pada periode ini.', { muted: true });

  w.subheading('C. Grafik NRR per unsur');
  w.barChart(
    m.elements.map((e) => ({ label: `${e.code} ${e.label}`, value: e.nrr, highlight: e.code === m.weakestElement })),
    { domain: { min: 1, max: 4 }, ticks: [1, 2, 3, 4], format: (v) => formatNumber(v, D.nrr) },
  );
  onProgress(70);

  w.heading('IV. Analisis');
  const rated = m.elements.filter((e) => e.nrr !== null);
  if (rated.length) {
    const weakest = m.elements.find((e) => e.code === m.weakestElement)!;
    const best = Math.max(...rated.map((e) => e.nrr as number));
    const strongest = rated.filter((e) => e.nrr === best);
    w.paragraph(
      `Unsur dengan nilai terendah: ${weakest.code} ${weakest.label} (NRR ${nrr(weakest.nrr)}); unsur ini menjadi prioritas perbaikan.`,
    );
    w.paragraph(`Unsur dengan nilai tertinggi: ${strongest.map((e) => `${e.code} ${e.label}`).join(', ')} (NRR ${nrr(best)}).`);
  } else {
    w.paragraph('Belum ada jawaban survei pada periode ini.');
  }
  w.subheading('Tren IKM (konversi) per periode');
  w.lineChart(
    m.trend.map((t) => ({ label: t.periodName, value: t.ikmConverted })),
    { domain: { min: 25, max: 100 }, ticks: [25, 50, 75, 100], height: 150, format: (v) => formatNumber(v, 0) },
  );
  w.table(
    [
      { header: 'Periode', share: 0.4 },
      { header: 'Responden', share: 0.2, align: 'right' },
      { header: 'IKM konversi', share: 0.2, align: 'right' },
      { header: 'Mutu', share: 0.2, align: 'center' },
    ],
    m.trend.map((t) => [t.periodName, String(t.respondents), formatNumber(t.ikmConverted, D.converted), t.mutu ?? '—']),
  );
  w.subheading('Rencana tindak lanjut');
  if (m.followUp.length) {
    w.table(
      [
        { header: 'Unsur', share: 0.18 },
        { header: 'Tindakan', share: 0.36 },
        { header: 'Penanggung jawab', share: 0.18 },
        { header: 'Waktu', share: 0.14 },
        { header: 'Status', share: 0.14 },
      ],
      m.followUp.map((f) => [f.element, f.action, f.owner, formatDate(f.dueOn), f.status]),
    );
  } else {
    w.paragraph(NO_FOLLOW_UP_TEXT);
  }
  onProgress(85);

  w.heading('V. Kesimpulan');
  w.paragraph(
    m.ikmConverted === null
      ? `Pada periode ${m.period.name}, nilai IKM ${m.servicePoint.name} belum dapat dihitung.`
      : `Nilai IKM ${m.servicePoint.name} pada periode ${m.period.name} adalah ${formatNumber(m.ikmConverted, D.converted)} ` +
          `(nilai persepsi ${formatNumber(m.ikm, D.ikm)}) dengan mutu pelayanan ${m.mutu} dan kinerja unit pelayanan "${m.kinerja}", ` +
          `dari ${m.respondents} responden.`,
  );
  return w.finish();
}
