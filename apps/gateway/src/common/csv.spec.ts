import { csvCell, toCsv } from './csv';

describe('csv', () => {
  it('quotes every cell, doubles quotes, keeps numbers as numbers', () => {
    expect(csvCell('Budi "B" Santoso')).toBe('"Budi ""B"" Santoso"');
    expect(csvCell(82.5)).toBe('"82.5"');
    expect(csvCell(null)).toBe('""');
    expect(csvCell(-3)).toBe('"-3"');
  });

  it('neutralises text a spreadsheet would run as a formula', () => {
    for (const bad of ['=HYPERLINK("x")', '+1+1', '-2+3', '@SUM(A1)', '\tx', '\rx']) expect(csvCell(bad).startsWith(`"'`)).toBe(true);
    expect(csvCell('Budi')).toBe('"Budi"');
  });

  it('starts with a BOM and ends lines with CRLF', () => {
    expect(toCsv(['a', 'b'], [[1, 'x']])).toBe('\uFEFF"a","b"\r\n"1","x"\r\n');
  });
});
