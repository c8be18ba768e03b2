import { defineMessages } from '../../shared/i18n';

/** The team page's reviewer panel (issue 14: the supervisor adds subordinate and self reviewers). */
export const TEAM_MESSAGES = defineMessages({
  id: {
    manage: 'Atur penilai',
    manageLabel: 'Atur penilai {name}',
    heading: 'Penilai {name}',
    close: 'Tutup daftar penilai',
    none: 'Belum ada',
    subordinateLabel: 'Bawahan {name} sebagai penilai',
    subordinateHelp: 'Hanya bawahan langsung {name} yang dapat dipilih.',
    noSubordinates: 'Tidak ada bawahan langsung yang dapat ditambahkan.',
    addSubordinate: 'Tambahkan penilai bawahan',
    addSelf: 'Minta penilaian diri {name}',
    selfAsked: 'Penilaian diri sudah diminta.',
    adding: 'Menambahkan…',
    added: '{reviewer} ditambahkan sebagai penilai ({relation}).',
    pickFirst: 'Pilih bawahan terlebih dahulu.',
  },
  en: {
    manage: 'Reviewers',
    manageLabel: 'Manage the reviewers of {name}',
    heading: 'Reviewers of {name}',
    close: 'Close the reviewer list',
    none: 'None yet',
    subordinateLabel: 'A subordinate of {name} as reviewer',
    subordinateHelp: 'Only direct subordinates of {name} can be chosen.',
    noSubordinates: 'No direct subordinate left to add.',
    addSubordinate: 'Add subordinate reviewer',
    addSelf: 'Ask {name} for a self-review',
    selfAsked: 'The self-review has been asked for.',
    adding: 'Adding…',
    added: '{reviewer} added as a reviewer ({relation}).',
    pickFirst: 'Choose a subordinate first.',
  },
});
