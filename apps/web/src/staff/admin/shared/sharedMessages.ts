import { defineMessages } from '../../../shared/i18n';

/** Words the organisation pages share (pickers, confirmations, lists, unit kinds). */
export const SHARED_MESSAGES = defineMessages({
  id: {
    cancel: 'Batal',
    loading: 'Memuat…',
    searchIn: 'Cari {what}',
    searchHint: 'Ketik minimal 2 huruf nama (atau awal NIP).',
    unitSearchHint: 'Ketik minimal 2 huruf nama unit (atau unit induknya).',
    noMatch: 'Tidak ada yang cocok.',
    chosen: 'Terpilih: {name}',
    none: 'Belum dipilih',
    choose: 'Pilih {name}',
    change: 'Ganti',
    clear: 'Kosongkan',
    kindAGENCY: 'Instansi',
    kindDINAS: 'Dinas',
    kindBIDANG: 'Bidang',
    kindKECAMATAN: 'Kecamatan',
    kindKELURAHAN: 'Kelurahan',
    kindOTHER: 'Lainnya',
    kind: 'Jenis unit',
    from: 'Sejak',
    until: 'Sampai',
    now: 'sekarang',
    saving: 'Menyimpan…',
    saved: 'Tersimpan.',
  },
  en: {
    cancel: 'Cancel',
    loading: 'Loading…',
    searchIn: 'Search {what}',
    searchHint: 'Type at least 2 letters of the name (or the start of the NIP).',
    unitSearchHint: "Type at least 2 letters of the unit's name (or its parent's).",
    noMatch: 'Nothing matches.',
    chosen: 'Chosen: {name}',
    none: 'None chosen',
    choose: 'Choose {name}',
    change: 'Change',
    clear: 'Clear',
    kindAGENCY: 'Agency',
    kindDINAS: 'Office (dinas)',
    kindBIDANG: 'Division (bidang)',
    kindKECAMATAN: 'District (kecamatan)',
    kindKELURAHAN: 'Village (kelurahan)',
    kindOTHER: 'Other',
    kind: 'Unit kind',
    from: 'From',
    until: 'Until',
    now: 'now',
    saving: 'Saving…',
    saved: 'Saved.',
  },
});
export type SharedKey = keyof (typeof SHARED_MESSAGES)['id'];

export const UNIT_KINDS = ['DINAS', 'BIDANG', 'KECAMATAN', 'KELURAHAN', 'OTHER'] as const;
export const kindKey = (kind: string) => `kind${kind}` as SharedKey;
