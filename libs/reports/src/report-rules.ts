/** The kinds and states of a stored report, and why one failed (one home for the gateway, the worker and the page). */
export const REPORT_KINDS = ['EMPLOYEE_ROUND', 'SERVICE_POINT_SKM'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];
export const REPORT_STATUSES = ['QUEUED', 'RUNNING', 'READY', 'FAILED'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** Why the worker gave a report up, with the words the page shows (Bahasa Indonesia / English). */
export const REPORT_FAILURES = {
  SUBJECT_NOT_FOUND: 'Data laporan tidak ditemukan lagi (dihapus atau diarsipkan). / The report’s subject no longer exists.',
  ROUND_NOT_SCORED: 'Putaran belum dinilai ulang setelah dibuka kembali. / The round is not scored (it was reopened).',
  RENDER_FAILED: 'PDF gagal dibuat setelah beberapa percobaan. / The PDF could not be made after several attempts.',
  QUEUE_UNAVAILABLE: 'Antrean tidak dapat dihubungi saat laporan diminta. / The queue was unavailable when the report was requested.',
} as const;
export type ReportFailure = keyof typeof REPORT_FAILURES;

/** How many reports one page of "my reports" holds at most. */
export const REPORT_PAGE_MAX = 50;
