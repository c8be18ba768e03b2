import { nipProblem } from './nip';

const TODAY = new Date('2026-11-25T00:00:00Z');

describe('nipProblem', () => {
  it.each(['198001012006041001', '199512312020122999', '200002292024011001'])('accepts %s', (nip) => {
    expect(nipProblem(nip, TODAY)).toBeNull();
  });

  it.each([
    ['19800101200604100', '18 digit'],
    ['1980010120060410011', '18 digit'],
    ['19800101200604100a', '18 digit'],
    ['198002302006041001', 'tanggal lahir'], // 30 February
    ['199902292020011001', 'tanggal lahir'], // 1999 is not a leap year
    ['198013012006041001', 'tanggal lahir'], // month 13
    ['198001002006041001', 'tanggal lahir'], // day 0
    ['203001012050011001', 'masa depan'],
    ['198001012006131001', 'bulan TMT'],
    ['198001012006001001', 'bulan TMT'],
    ['198001011990011001', '15 tahun'],
    ['198001012006043001', 'jenis kelamin'],
    ['198001012006041000', '000'],
    ['198001012030011001', 'TMT CPNS pada NIP ada di masa depan'],
  ])('rejects %s (%s)', (nip, reason) => {
    expect(nipProblem(nip, TODAY)).toContain(reason);
  });
});
