import { randomUUID } from 'node:crypto';

/**
 * Demo data of issue 15, written through the GraphQL API like the rest of the demo, at Kelurahan
 * Sukamiskin's "Loket Administrasi Kependudukan" (the demo lurah's point):
 * - citizens' comments: one marked handled with a note, one abusive comment (sent today through a
 *   rating link) hidden with a reason;
 * - a run of bad ratings today through one-time service tickets, so the worker alerts the lurah and
 *   the camat (SATISFACTION_LOW notification);
 * - a follow-up plan (rencana tindak lanjut) for the latest quarter that has ended, with published
 *   actions (they show on /transparansi/<agencyId>) and one draft.
 * Runs once per database: a point whose plan already has actions is left alone.
 */
type Gql = (query: string, variables?: Record<string, unknown>) => Promise<any>;

const LURAH_NIP = '197905102006041012';
const STAFF_NIP = '199203082015031003';
const UNIT = 'Kelurahan Sukamiskin';
const POINT = 'Loket Administrasi Kependudukan';

/** Bad ratings sent today (overall ≤ 2): enough for the alert rule of libs/scoring satisfaction-alert. */
const BAD_RUN: Array<{ answers: number[]; comment: string | null }> = [
  { answers: [2, 2, 1, 2, 2, 2, 2, 1, 2], comment: 'Sistem antrean mati, menunggu tiga jam.' },
  { answers: [2, 1, 1, 2, 2, 2, 2, 2, 2], comment: 'Blangko KTP-el habis lagi.' },
  { answers: [1, 2, 2, 2, 2, 2, 2, 1, 2], comment: null },
  { answers: [2, 2, 2, 2, 2, 1, 2, 2, 2], comment: 'Tidak ada informasi kapan bisa kembali.' },
  { answers: [2, 2, 1, 2, 2, 2, 2, 2, 1], comment: null },
];

/** Seeds once; answers the line to print: the agency's public transparency page. */
export async function seedDemoFollowUp(
  base: string,
  admin: Gql,
  asEmployee: (nip: string) => Promise<Gql>,
  anon: Gql,
  log: (line: string) => void,
): Promise<string[]> {
  const lurah = await asEmployee(LURAH_NIP);
  const points = (await lurah(`{ managedServicePoints { id name unitName } }`)).managedServicePoints as Array<{
    id: string;
    name: string;
    unitName: string;
  }>;
  const point = points.find((p) => p.name === POINT && p.unitName === UNIT);
  if (!point) return [];
  const periods = (await admin(`{ periods { id name kind startsOn endsOn } }`)).periods as Array<{
    id: string;
    name: string;
    kind: string;
    startsOn: string;
    endsOn: string;
  }>;
  const today = new Date().toISOString().slice(0, 10);
  const ended = periods.filter((p) => p.kind === 'QUARTERLY' && p.endsOn < today).sort((a, b) => (a.startsOn < b.startsOn ? 1 : -1));
  const period = ended[0] ?? periods[0];
  if (!period) return [];
  const plan = (
    await lurah(
      `query($s: ID!, $p: ID!) { followUpPlan(servicePointId: $s, periodId: $p) { agencyId actions { id } suggested { code } } }`,
      {
        s: point.id,
        p: period.id,
      },
    )
  ).followUpPlan;
  const lines = [`Public transparency page (IKM per unit, published follow-up plan): ${base}/transparansi/${plan.agencyId}`];
  if (plan.actions.length) return lines;

  // Comments: the newest open one handled, an abusive one (sent now) hidden.
  const link = (
    await admin(`mutation($i: CreateRatingLinkInput!) { createRatingLink(input: $i) { token } }`, { i: { servicePointId: point.id } })
  ).createRatingLink;
  await anon(`mutation($i: SubmitPublicRatingInput!) { submitPublicRating(input: $i) { accepted } }`, {
    i: {
      token: link.token,
      idempotencyKey: randomUUID(),
      kind: 'QUICK',
      score: 1,
      comment: 'Petugasnya lelet dan tidak becus, dasar pemalas!!!',
    },
  });
  const comments = async (search: string | null) =>
    (
      await lurah(
        `query($s: ID, $q: String) { citizenComments(servicePointId: $s, search: $q, status: OPEN, page: { first: 5 }) { nodes { id comment } } }`,
        { s: point.id, q: search },
      )
    ).citizenComments.nodes as Array<{ id: string; comment: string }>;
  const [rude] = await comments('tidak becus');
  if (rude)
    await lurah(`mutation($id: ID!, $r: String!) { hideComment(id: $id, reason: $r) { id } }`, {
      id: rude.id,
      r: 'Kata-kata kasar terhadap petugas',
    });
  const [open] = await comments('Persyaratan');
  if (open)
    await lurah(`mutation($id: ID!, $n: String) { markCommentHandled(id: $id, note: $n) { id } }`, {
      id: open.id,
      n: 'Papan persyaratan di loket diperbarui dan dipasang di ruang tunggu.',
    });

  // The follow-up plan of the last ended quarter.
  const staff = (await admin(`query($s: String) { employees(filter: { search: $s }) { nodes { id nip } } }`, { s: STAFF_NIP })).employees
    .nodes as Array<{ id: string; nip: string }>;
  const lurahId = (await lurah(`{ me { id } }`)).me.id as string;
  const ownerStaff = staff.find((e) => e.nip === STAFF_NIP)?.id ?? lurahId;
  const due = (days: number) => new Date(Date.parse(`${period.endsOn}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  const actions = [
    {
      elementCode: 'U8',
      action: 'Sediakan kanal pengaduan WhatsApp resmi yang dijawab paling lambat 2 hari kerja, dengan rekap bulanan.',
      ownerId: lurahId,
      dueOn: due(30),
      status: 'IN_PROGRESS',
      published: true,
    },
    {
      elementCode: 'U3',
      action: 'Tambah satu petugas loket pada jam sibuk (08.00–11.00) dan umumkan estimasi waktu layanan.',
      ownerId: ownerStaff,
      dueOn: due(45),
      status: 'PLANNED',
      published: true,
    },
    {
      elementCode: 'U1',
      action: 'Pasang papan persyaratan layanan kependudukan yang diperbarui di ruang tunggu.',
      ownerId: ownerStaff,
      dueOn: due(14),
      status: 'DONE',
      published: true,
    },
    {
      elementCode: 'U9',
      action: 'Usulkan perbaikan pendingin ruang tunggu dalam anggaran perubahan (draf).',
      ownerId: lurahId,
      dueOn: due(90),
      status: 'PLANNED',
      published: false,
    },
  ];
  for (const a of actions)
    await lurah(`mutation($i: CreateFollowUpActionInput!) { createFollowUpAction(input: $i) { id } }`, {
      i: { servicePointId: point.id, periodId: period.id, ...a },
    });

  // A run of bad ratings today: the worker alerts the heads (SATISFACTION_LOW).
  for (const r of BAD_RUN) {
    const ticket = (
      await admin(`mutation($i: IssueServiceTicketInput!) { issueServiceTicket(input: $i) { id token } }`, {
        i: { servicePointId: point.id },
      })
    ).issueServiceTicket;
    await anon(`mutation($i: SubmitPublicRatingInput!) { submitPublicRating(input: $i) { accepted } }`, {
      i: { token: ticket.token, idempotencyKey: randomUUID(), kind: 'IKM', answers: r.answers, comment: r.comment },
    });
    // Served and rated: the desk's open queue keeps only the demo's three waiting tickets.
    await admin(`mutation($t: ID!) { completeServiceTicket(ticketId: $t) { id } }`, { t: ticket.id });
  }
  log(
    `Seeded the follow-up plan of ${period.name} at ${POINT}, ${UNIT} (3 published actions), a handled and a hidden citizen comment, and a run of bad ratings today (the lurah and camat get a SATISFACTION_LOW alert)`,
  );
  return lines;
}
