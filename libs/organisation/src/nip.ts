/**
 * NIP (Nomor Induk Pegawai) of an ASN: 18 digits
 *   YYYYMMDD  birth date
 *   YYYYMM    TMT CPNS (start of service as candidate civil servant)
 *   S         sex, 1 (male) or 2 (female)
 *   NNN       serial number, 001–999
 * Returns null when the NIP is well-formed, else the reason in Bahasa Indonesia.
 */
export function nipProblem(nip: string, today: Date = new Date()): string | null {
  if (!/^\d{18}$/.test(nip)) return 'NIP harus 18 digit angka';
  const by = Number(nip.slice(0, 4));
  const bm = Number(nip.slice(4, 6));
  const bd = Number(nip.slice(6, 8));
  const ty = Number(nip.slice(8, 12));
  const tm = Number(nip.slice(12, 14));
  const sex = nip[14];
  const serial = Number(nip.slice(15, 18));
  if (!isRealDate(by, bm, bd)) return 'tanggal lahir pada NIP (digit 1–8) bukan tanggal yang valid';
  const birth = Date.UTC(by, bm - 1, bd);
  if (birth > today.getTime()) return 'tanggal lahir pada NIP ada di masa depan';
  if (by < 1930) return 'tahun lahir pada NIP tidak wajar (sebelum 1930)';
  if (tm < 1 || tm > 12) return 'bulan TMT CPNS pada NIP (digit 13–14) tidak valid';
  const tmt = Date.UTC(ty, tm - 1, 1);
  if (ty < by + 15) return 'TMT CPNS pada NIP terlalu dekat dengan tanggal lahir (kurang dari 15 tahun)';
  if (tmt > Date.UTC(today.getUTCFullYear() + 1, today.getUTCMonth(), 1)) return 'TMT CPNS pada NIP ada di masa depan';
  if (sex !== '1' && sex !== '2') return 'digit jenis kelamin pada NIP (digit 15) harus 1 atau 2';
  if (serial < 1) return 'nomor urut pada NIP (digit 16–18) tidak boleh 000';
  return null;
}

function isRealDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}
