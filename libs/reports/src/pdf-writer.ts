/**
 * A thin layer over pdfkit for the reports: A4 portrait, headings, paragraphs, tables that break
 * across pages with their header repeated, and the charts of libs/charts drawn with rect/path, so
 * a chart on paper has the geometry it has on the staff page. Standard PDF fonts (Helvetica):
 * nothing to ship, and every Indonesian letter is in WinAnsi.
 */
import PDFDocument from 'pdfkit';
import { horizontalBarChart, HorizontalBarInput, lineChart, LinePointInput, ChartDomain } from '@k360/charts';
import { formatMoment } from './format';

export const COLOURS = {
  text: '#1a1a1a',
  muted: '#555555',
  rule: '#999999',
  bar: '#2f6f9f',
  highlight: '#c0392b',
  grid: '#dddddd',
  head: '#eef2f6',
};
const FONT = 'Helvetica';
const BOLD = 'Helvetica-Bold';
const MARGIN = 50;

export interface Column {
  header: string;
  /** Share of the content width (the shares of a table sum to 1). */
  share: number;
  align?: 'left' | 'right' | 'center';
}

export interface RenderedPdf {
  pdf: Buffer;
  pageCount: number;
}

export class PdfWriter {
  readonly doc: PDFKit.PDFDocument;
  private readonly chunks: Buffer[] = [];
  private readonly done: Promise<Buffer>;

  constructor(
    title: string,
    private readonly generatedAt: Date,
  ) {
    this.doc = new PDFDocument({
      size: 'A4',
      margins: { top: MARGIN, bottom: MARGIN + 10, left: MARGIN, right: MARGIN },
      bufferPages: true,
      info: { Title: title, Author: 'Kinerja360', Creator: 'Kinerja360', CreationDate: generatedAt },
      lang: 'id-ID',
    } as PDFKit.PDFDocumentOptions);
    this.doc.on('data', (c: Buffer) => this.chunks.push(c));
    this.done = new Promise((resolve, reject) => {
      this.doc.on('end', () => resolve(Buffer.concat(this.chunks)));
      this.doc.on('error', reject);
    });
    this.doc.font(FONT).fontSize(10).fillColor(COLOURS.text);
  }

  get width(): number {
    return this.doc.page.width - MARGIN * 2;
  }

  private get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  /** A new page unless `height` still fits on this one. */
  ensureSpace(height: number): void {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  title(lines: string[]): void {
    this.doc.font(BOLD).fontSize(15);
    for (const l of lines) this.doc.text(l, MARGIN, this.doc.y, { width: this.width, align: 'center' });
    this.doc.moveDown(0.5).font(FONT).fontSize(10);
  }

  subtitle(text: string): void {
    this.doc.font(FONT).fontSize(10).fillColor(COLOURS.muted).text(text, MARGIN, this.doc.y, { width: this.width, align: 'center' });
    this.doc.fillColor(COLOURS.text);
  }

  heading(text: string): void {
    this.ensureSpace(60);
    this.doc.moveDown(0.8).font(BOLD).fontSize(12).text(text, MARGIN, this.doc.y, { width: this.width });
    this.doc.moveDown(0.3).font(FONT).fontSize(10);
  }

  subheading(text: string): void {
    this.ensureSpace(40);
    this.doc.moveDown(0.4).font(BOLD).fontSize(10).text(text, MARGIN, this.doc.y, { width: this.width });
    this.doc.moveDown(0.2).font(FONT);
  }

  paragraph(text: string, options: { muted?: boolean } = {}): void {
    this.doc
      .font(FONT)
      .fontSize(10)
      .fillColor(options.muted ? COLOURS.muted : COLOURS.text);
    this.ensureSpace(this.doc.heightOfString(text, { width: this.width }) + 4);
    this.doc.text(text, MARGIN, this.doc.y, { width: this.width, align: 'left' });
    this.doc.fillColor(COLOURS.text).moveDown(0.3);
  }

  /** "Label : value" lines, the labels in one column. */
  fields(rows: Array<[string, string]>): void {
    const labelWidth = this.width * 0.32;
    for (const [k, v] of rows) {
      const h = Math.max(this.doc.heightOfString(v, { width: this.width - labelWidth - 10 }), 12);
      this.ensureSpace(h + 2);
      const y = this.doc.y;
      this.doc.font(FONT).text(k, MARGIN, y, { width: labelWidth });
      this.doc.font(BOLD).text(`: ${v}`, MARGIN + labelWidth, y, { width: this.width - labelWidth });
      this.doc.font(FONT);
      this.doc.y = y + h + 2;
    }
    this.doc.x = MARGIN;
  }

  /** A ruled table; rows break across pages with the header repeated. `bold` rows (e.g. totals) in bold. */
  table(columns: Column[], rows: string[][], options: { bold?: number[] } = {}): void {
    const widths = columns.map((c) => c.share * this.width);
    const pad = 3;
    const rowHeight = (cells: string[], font: string) => {
      this.doc.font(font).fontSize(9);
      return Math.max(...cells.map((c, i) => this.doc.heightOfString(c, { width: widths[i] - pad * 2 }))) + pad * 2;
    };
    const drawRow = (cells: string[], font: string, fill?: string) => {
      const h = rowHeight(cells, font);
      const y = this.doc.y;
      let x = MARGIN;
      if (fill) this.doc.rect(MARGIN, y, this.width, h).fill(fill).fillColor(COLOURS.text);
      cells.forEach((c, i) => {
        this.doc
          .font(font)
          .fontSize(9)
          .fillColor(COLOURS.text)
          .text(c, x + pad, y + pad, { width: widths[i] - pad * 2, align: columns[i].align ?? 'left' });
        x += widths[i];
      });
      this.doc.lineWidth(0.5).strokeColor(COLOURS.rule).rect(MARGIN, y, this.width, h).stroke();
      x = MARGIN;
      for (const w of widths.slice(0, -1)) {
        x += w;
        this.doc
          .moveTo(x, y)
          .lineTo(x, y + h)
          .stroke();
      }
      this.doc.y = y + h;
    };
    const header = columns.map((c) => c.header);
    this.ensureSpace(rowHeight(header, BOLD) + rowHeight(rows[0] ?? [''], FONT));
    drawRow(header, BOLD, COLOURS.head);
    rows.forEach((r, i) => {
      const font = options.bold?.includes(i) ? BOLD : FONT;
      if (this.doc.y + rowHeight(r, font) > this.bottom) {
        this.doc.addPage();
        drawRow(header, BOLD, COLOURS.head);
      }
      drawRow(r, font);
    });
    this.doc.font(FONT).fontSize(10).moveDown(0.5);
    this.doc.x = MARGIN;
  }

  /** libs/charts' horizontal bars: the same layout as the staff page's SVG. */
  barChart(rows: HorizontalBarInput[], options: { domain: ChartDomain; ticks: number[]; format: (v: number) => string }): void {
    const layout = horizontalBarChart(rows, { width: this.width, domain: options.domain, ticks: options.ticks, rowHeight: 20 });
    this.ensureSpace(layout.height + 10);
    const ox = MARGIN;
    const oy = this.doc.y;
    this.doc.lineWidth(0.5).strokeColor(COLOURS.grid);
    for (const t of layout.ticks)
      this.doc
        .moveTo(ox + t.at, oy)
        .lineTo(ox + t.at, oy + layout.axisY)
        .stroke();
    this.doc.fontSize(8);
    for (const b of layout.bars) {
      this.doc
        .fillColor(COLOURS.text)
        .text(b.label, ox, oy + b.labelY - 4, { width: layout.plotX - 6, align: 'right', lineBreak: false, ellipsis: true });
      if (b.width > 0) this.doc.rect(ox + b.x, oy + b.y, b.width, b.height).fill(b.highlight ? COLOURS.highlight : COLOURS.bar);
      this.doc
        .fillColor(COLOURS.text)
        .text(b.value === null ? '—' : options.format(b.value), ox + b.valueX, oy + b.labelY - 4, { lineBreak: false });
    }
    this.doc
      .strokeColor(COLOURS.rule)
      .moveTo(ox + layout.plotX, oy + layout.axisY)
      .lineTo(ox + layout.plotX + layout.plotWidth, oy + layout.axisY)
      .stroke();
    for (const t of layout.ticks) {
      this.doc
        .fillColor(COLOURS.muted)
        .text(options.format(t.value), ox + t.at - 15, oy + layout.axisY + 4, { width: 30, align: 'center', lineBreak: false });
    }
    this.doc.fillColor(COLOURS.text).fontSize(10);
    this.doc.x = MARGIN;
    this.doc.y = oy + layout.height + 8;
  }

  /** libs/charts' trend line: its path data drawn with doc.path, as the page draws it with <path d>. */
  lineChart(
    points: LinePointInput[],
    options: { domain: ChartDomain; ticks: number[]; height: number; format: (v: number) => string },
  ): void {
    const layout = lineChart(points, {
      width: this.width,
      height: options.height,
      domain: options.domain,
      ticks: options.ticks,
      left: 36,
      bottom: 28,
    });
    this.ensureSpace(layout.height + 10);
    const ox = MARGIN;
    const oy = this.doc.y;
    this.doc.save().translate(ox, oy);
    this.doc.lineWidth(0.5).strokeColor(COLOURS.grid).fontSize(8);
    for (const t of layout.ticks) {
      this.doc
        .moveTo(layout.plot.x, t.at)
        .lineTo(layout.plot.x + layout.plot.width, t.at)
        .stroke();
      this.doc
        .fillColor(COLOURS.muted)
        .text(options.format(t.value), 0, t.at - 4, { width: layout.plot.x - 4, align: 'right', lineBreak: false });
    }
    if (layout.path) this.doc.path(layout.path).lineWidth(1.5).strokeColor(COLOURS.bar).stroke();
    for (const p of layout.points) {
      if (p.y !== null) this.doc.circle(p.x, p.y, 2.5).fill(COLOURS.bar);
      this.doc
        .fillColor(COLOURS.text)
        .text(p.label, p.x - 45, layout.plot.y + layout.plot.height + 6, { width: 90, align: 'center', lineBreak: false, ellipsis: true });
    }
    this.doc.restore();
    this.doc.fillColor(COLOURS.text).fontSize(10);
    this.doc.x = MARGIN;
    this.doc.y = oy + layout.height + 8;
  }

  /** Footers on every page ("Halaman x dari y"), then the finished file. */
  async finish(): Promise<RenderedPdf> {
    const range = this.doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      this.doc.switchToPage(i);
      const y = this.doc.page.height - MARGIN + 5;
      const saved = this.doc.page.margins.bottom;
      this.doc.page.margins.bottom = 0;
      this.doc
        .font(FONT)
        .fontSize(8)
        .fillColor(COLOURS.muted)
        .text(`Dibuat oleh Kinerja360, ${formatMoment(this.generatedAt)}`, MARGIN, y, { width: this.width / 2, lineBreak: false })
        .text(`Halaman ${i + 1} dari ${range.count}`, MARGIN + this.width / 2, y, {
          width: this.width / 2,
          align: 'right',
          lineBreak: false,
        });
      this.doc.page.margins.bottom = saved;
    }
    this.doc.end();
    return { pdf: await this.done, pageCount: range.count };
  }
}
