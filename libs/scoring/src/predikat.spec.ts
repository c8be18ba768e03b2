import { PREDIKAT_MATRIX, predikatKinerja, predikatKinerjaOrNull } from './predikat';
import { RatingValue } from './rating';

describe('predikatKinerja (PermenPANRB 6/2022)', () => {
  it.each<[RatingValue, RatingValue, string]>([
    ['DI_ATAS_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI', 'KURANG'],
    ['DI_ATAS_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'BAIK'],
    ['DI_ATAS_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI', 'SANGAT_BAIK'],
    ['SESUAI_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI', 'KURANG'],
    ['SESUAI_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'BAIK'],
    ['SESUAI_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI', 'BAIK'],
    ['DI_BAWAH_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI', 'SANGAT_KURANG'],
    ['DI_BAWAH_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'BUTUH_PERBAIKAN'],
    ['DI_BAWAH_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI', 'BUTUH_PERBAIKAN'],
  ])('hasil kerja %s × perilaku %s → %s', (hasilKerja, perilaku, expected) => {
    expect(predikatKinerja(hasilKerja, perilaku)).toBe(expected);
    expect(predikatKinerjaOrNull(hasilKerja, perilaku)).toBe(expected);
  });

  it('is null when either rating is missing', () => {
    expect(predikatKinerjaOrNull(null, 'SESUAI_EKSPEKTASI')).toBeNull();
    expect(predikatKinerjaOrNull('DI_ATAS_EKSPEKTASI', null)).toBeNull();
    expect(predikatKinerjaOrNull(null, null)).toBeNull();
  });

  it('rejects unknown ratings', () => {
    expect(() => predikatKinerja('BAIK' as RatingValue, 'SESUAI_EKSPEKTASI')).toThrow(RangeError);
    expect(() => predikatKinerja('SESUAI_EKSPEKTASI', 'toString' as RatingValue)).toThrow(RangeError);
  });

  it('cannot be altered at run time', () => {
    expect(Object.isFrozen(PREDIKAT_MATRIX)).toBe(true);
    expect(Object.isFrozen(PREDIKAT_MATRIX.SESUAI_EKSPEKTASI)).toBe(true);
  });
});
