import { seedDemoRatings } from './demo-ratings';
import { seedDemoWorkPlans } from './demo-work-plans';
import { seedDemoFollowUp } from './demo-follow-up';
import { seedDemoRecognition } from './demo-recognition';
import { seedDemoReports } from './demo-reports';

/**
 * Demo data for `npm run demo`: Kecamatan Arcamanik (Kota Bandung), its four kelurahan, a camat,
 * lurah and staff with valid NIPs, and service points. Written through the public GraphQL API as
 * the bootstrap ADMIN, so the demo exercises the same rules as real use. Runs once per database.
 */
export const DEMO_PASSWORD = 'Demo12345';

interface Person {
  nip: string;
  name: string;
  position: string;
  unit: string;
  supervisorNip: string;
  roles: string;
}

const KECAMATAN = 'Kecamatan Arcamanik';
const KELURAHAN = ['Kelurahan Sukamiskin', 'Kelurahan Cisaranten Kulon', 'Kelurahan Cisaranten Bina Harapan', 'Kelurahan Cisaranten Endah'];

export const DEMO_CAMAT: Person = {
  nip: '197203151998031004',
  name: 'Drs. Asep Sudrajat, M.Si.',
  position: 'Camat Arcamanik',
  unit: KECAMATAN,
  supervisorNip: '',
  roles: 'SUPERVISOR EMPLOYEE',
};

const PEOPLE: Person[] = [
  DEMO_CAMAT,
  {
    nip: '197808222005012007',
    name: 'Hj. Euis Komalasari, S.Sos.',
    position: 'Sekretaris Kecamatan',
    unit: KECAMATAN,
    supervisorNip: DEMO_CAMAT.nip,
    roles: 'SUPERVISOR EMPLOYEE',
  },
  {
    nip: '197905102006041012',
    name: 'Dadang Kurniawan, S.IP.',
    position: 'Lurah Sukamiskin',
    unit: KELURAHAN[0],
    supervisorNip: DEMO_CAMAT.nip,
    roles: 'SUPERVISOR EMPLOYEE',
  },
  {
    nip: '198103172008012015',
    name: 'Tati Rohayati, S.E.',
    position: 'Lurah Cisaranten Kulon',
    unit: KELURAHAN[1],
    supervisorNip: DEMO_CAMAT.nip,
    roles: 'SUPERVISOR EMPLOYEE',
  },
  {
    nip: '197712012003121009',
    name: 'Iwan Ridwan, S.Sos.',
    position: 'Lurah Cisaranten Bina Harapan',
    unit: KELURAHAN[2],
    supervisorNip: DEMO_CAMAT.nip,
    roles: 'SUPERVISOR EMPLOYEE',
  },
  {
    nip: '198206252009022011',
    name: 'Neneng Hasanah, S.AP.',
    position: 'Lurah Cisaranten Endah',
    unit: KELURAHAN[3],
    supervisorNip: DEMO_CAMAT.nip,
    roles: 'SUPERVISOR EMPLOYEE',
  },
  {
    nip: '198804122011012018',
    name: 'Agus Setiawan',
    position: 'Pengelola Layanan Kependudukan',
    unit: KECAMATAN,
    supervisorNip: '197808222005012007',
    roles: 'EMPLOYEE',
  },
  {
    nip: '199001252014032006',
    name: 'Rina Marlina, A.Md.',
    position: 'Pengadministrasi Umum',
    unit: KECAMATAN,
    supervisorNip: '197808222005012007',
    roles: 'EMPLOYEE',
  },
  {
    nip: '199203082015031003',
    name: 'Ujang Saepudin',
    position: 'Petugas Pelayanan Adminduk',
    unit: KELURAHAN[0],
    supervisorNip: '197905102006041012',
    roles: 'EMPLOYEE',
  },
  {
    nip: '199311192017082001',
    name: 'Dewi Lestari, S.Kom.',
    position: 'Pengelola Data Kependudukan',
    unit: KELURAHAN[0],
    supervisorNip: '197905102006041012',
    roles: 'EMPLOYEE',
  },
  {
    nip: '199107302014061002',
    name: 'Yayan Sopyan',
    position: 'Pengadministrasi Umum',
    unit: KELURAHAN[0],
    supervisorNip: '197905102006041012',
    roles: 'EMPLOYEE',
  },
  {
    nip: '198912142010012005',
    name: 'Siti Nurjanah',
    position: 'Petugas Pelayanan Adminduk',
    unit: KELURAHAN[1],
    supervisorNip: '198103172008012015',
    roles: 'EMPLOYEE',
  },
  {
    nip: '199405062019031008',
    name: 'Rizki Ramdani, S.T.',
    position: 'Pengelola Sarana dan Prasarana',
    unit: KELURAHAN[1],
    supervisorNip: '198103172008012015',
    roles: 'EMPLOYEE',
  },
  {
    nip: '199008172015012004',
    name: 'Lilis Suryani',
    position: 'Pengadministrasi Umum',
    unit: KELURAHAN[1],
    supervisorNip: '198103172008012015',
    roles: 'EMPLOYEE',
  },
  {
    nip: '199502282020121007',
    name: 'Fajar Nugraha, S.H.',
    position: 'Petugas Pelayanan Adminduk',
    unit: KELURAHAN[2],
    supervisorNip: '197712012003121009',
    roles: 'EMPLOYEE',
  },
  {
    nip: '199206112016032009',
    name: 'Nina Herlina',
    position: 'Pengelola Layanan Umum',
    unit: KELURAHAN[2],
    supervisorNip: '197712012003121009',
    roles: 'EMPLOYEE',
  },
  {
    nip: '198709232012121001',
    name: 'Cecep Hidayat',
    position: 'Petugas Pelayanan Adminduk',
    unit: KELURAHAN[3],
    supervisorNip: '198206252009022011',
    roles: 'EMPLOYEE',
  },
  {
    nip: '199610042022032012',
    name: 'Putri Ayu Lestari, S.Psi.',
    position: 'Pengelola Pengaduan Masyarakat',
    unit: KELURAHAN[3],
    supervisorNip: '198206252009022011',
    roles: 'EMPLOYEE',
  },
];
export const DEMO_EMPLOYEE = PEOPLE[8];
export const DEMO_LURAH = PEOPLE[2];

/** Service points per unit, with the staff (by NIP) who serve there. */
const SERVICE_POINTS: Array<{ unit: string; name: string; staff: string[] }> = [
  { unit: KECAMATAN, name: 'Loket PATEN Kecamatan Arcamanik', staff: ['198804122011012018', '199001252014032006'] },
  { unit: KELURAHAN[0], name: 'Loket Administrasi Kependudukan', staff: ['199203082015031003', '199311192017082001'] },
  { unit: KELURAHAN[0], name: 'Loket Pelayanan Umum', staff: ['199107302014061002'] },
  { unit: KELURAHAN[1], name: 'Loket Administrasi Kependudukan', staff: ['198912142010012005'] },
  { unit: KELURAHAN[1], name: 'Loket Pelayanan Umum', staff: ['199008172015012004'] },
  { unit: KELURAHAN[2], name: 'Loket Administrasi Kependudukan', staff: ['199502282020121007', '199206112016032009'] },
  { unit: KELURAHAN[3], name: 'Loket Administrasi Kependudukan', staff: ['198709232012121001'] },
  { unit: KELURAHAN[3], name: 'Meja Pengaduan Masyarakat', staff: ['199610042022032012'] },
];

type Gql = (query: string, variables?: Record<string, unknown>) => Promise<any>;

function client(base: string, token?: string): Gql {
  return async (query, variables = {}) => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: any; errors?: Array<{ message: string; extensions?: { details?: unknown } }> };
    if (body.errors?.length) {
      const text = body.errors.map((e) => e.message + (e.extensions?.details ? ` ${JSON.stringify(e.extensions.details)}` : '')).join('; ');
      throw new Error(`demo seed: ${text}`);
    }
    return body.data;
  };
}

/** Seeds the demo agency unless it is already there; returns the lines to print. */
export async function seedDemo(
  base: string,
  databaseUrl: string,
  adminNip: string,
  adminPassword: string,
  log: (line: string) => void,
): Promise<string[]> {
  const anon = client(base);
  const { login } = await anon(`mutation($n: String!, $p: String!) { login(nip: $n, password: $p) { accessToken } }`, {
    n: adminNip,
    p: adminPassword,
  }).catch((err: Error) => {
    throw new Error(
      `${err.message}\nThis database already has an ADMIN other than the demo one. Set BOOTSTRAP_ADMIN_NIP and BOOTSTRAP_ADMIN_PASSWORD ` +
        `to that ADMIN's login, or run the demo on a fresh database (e.g. DATABASE_URL=postgres://postgres@127.0.0.1:5432/kinerja360_demo or EMBEDDED=true).`,
    );
  });
  const gql = client(base, login.accessToken);
  const [root] = (await gql(`{ units { id name children { id name } } }`)).units;
  if (!root.children.some((c: { name: string }) => c.name === KECAMATAN)) {
    log('Seeding demo data: Kecamatan Arcamanik');
    await gql(`mutation($i: UpdateUnitInput!) { updateUnit(input: $i) { id } }`, { i: { id: root.id, name: 'Pemerintah Kota Bandung' } });
    const unitIds = new Map<string, string>();
    const create = async (name: string, kind: string, parentId: string) => {
      const d = await gql(`mutation($i: CreateUnitInput!) { createUnit(input: $i) { id } }`, { i: { name, kind, parentId } });
      unitIds.set(name, d.createUnit.id);
    };
    await create(KECAMATAN, 'KECAMATAN', root.id);
    for (const k of KELURAHAN) await create(k, 'KELURAHAN', unitIds.get(KECAMATAN)!);
    const csv = [
      'NIP;Nama;Jabatan;Unit;NIP Atasan;Peran',
      ...PEOPLE.map((p) => [p.nip, p.name, p.position, p.unit, p.supervisorNip, p.roles].join(';')),
    ].join('\n');
    await gql(`mutation($i: ImportEmployeesInput!) { importEmployees(input: $i) { created } }`, {
      i: { csv, initialPassword: DEMO_PASSWORD },
    });
    const staff = (await gql(`{ employees(page: { first: 200 }) { nodes { id nip } } }`)).employees.nodes as Array<{
      id: string;
      nip: string;
    }>;
    const idOf = new Map(staff.map((s) => [s.nip, s.id]));
    for (const sp of SERVICE_POINTS) {
      const d = await gql(`mutation($i: CreateServicePointInput!) { createServicePoint(input: $i) { id } }`, {
        i: { name: sp.name, unitId: unitIds.get(sp.unit) },
      });
      for (const nip of sp.staff) {
        await gql(`mutation($i: ServicePointStaffInput!) { assignServicePointStaff(input: $i) { id } }`, {
          i: { servicePointId: d.createServicePoint.id, employeeId: idOf.get(nip) },
        });
      }
    }
  }
  await seedRounds(base, gql);
  const plans = await seedDemoWorkPlans(async (nip) => client(base, await loginAs(base, nip)));
  if (plans) log(`Seeded ${plans} work plans (SKP) of this year with their monthly realisations`);
  const links = await seedCitizenChannels(base, gql, databaseUrl, adminNip, log);
  links.push(...(await seedDemoFollowUp(base, gql, async (nip) => client(base, await loginAs(base, nip)), anon, log)));
  if (await seedDemoRecognition(gql)) log('Seeded the demo training catalogue');
  if (await seedDemoReports(client(base, await loginAs(base, DEMO_LURAH.nip)))) log('Requested an SKM report (PDF) for the demo lurah: see /app/reports');
  return [
    ...links,
    '',
    'Demo logins (password for camat and staff: ' + DEMO_PASSWORD + '):',
    `  ADMIN       NIP ${adminNip}   password ${adminPassword}`,
    `  SUPERVISOR  NIP ${DEMO_LURAH.nip}   password ${DEMO_PASSWORD}   (${DEMO_LURAH.name}, ${DEMO_LURAH.position}: Ujang's round is ready to close; Dewi's SKP waits for agreement, Ujang's realisations for verification)`,
    `  SUPERVISOR  NIP ${DEMO_CAMAT.nip}   password ${DEMO_PASSWORD}   (${DEMO_CAMAT.name}, ${DEMO_CAMAT.position}: sees the whole kecamatan)`,
    `  EMPLOYEE    NIP ${DEMO_EMPLOYEE.nip}   password ${DEMO_PASSWORD}   (${DEMO_EMPLOYEE.name}, ${DEMO_EMPLOYEE.position})`,
  ];
}

/** An access token of a demo employee (password DEMO_PASSWORD). */
async function loginAs(base: string, nip: string): Promise<string> {
  const { login } = await client(base)(`mutation($n: String!, $p: String!) { login(nip: $n, password: $p) { accessToken } }`, {
    n: nip,
    p: DEMO_PASSWORD,
  });
  return login.accessToken as string;
}

/** The quarter containing today in WIB (the demo agency's time zone), e.g. "Triwulan IV 2026" from 2026-10-01 to 2026-12-31. */
export function currentQuarter(today = new Date(Date.now() + 7 * 3600_000)) {
  const y = today.getUTCFullYear();
  const q = Math.floor(today.getUTCMonth() / 3);
  const pad = (n: number) => String(n).padStart(2, '0');
  const end = new Date(Date.UTC(y, q * 3 + 3, 0));
  return {
    name: `Triwulan ${['I', 'II', 'III', 'IV'][q]} ${y}`,
    kind: 'QUARTERLY',
    startsOn: `${y}-${pad(q * 3 + 1)}-01`,
    endsOn: `${y}-${pad(end.getUTCMonth() + 1)}-${pad(end.getUTCDate())}`,
  };
}

/** The current period's review deadline is this many days ahead, so the worker's DEADLINE_SOON reminders show. */
const DEMO_DEADLINE_DAYS = 2;

/** The date `days` after today in WIB (the demo agency's time zone), YYYY-MM-DD. */
export function daysAheadWib(days: number, now = Date.now()): string {
  return new Date(now + 7 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

/** How many tickets the demo's service desk (Loket tab) shows open today. */
const DEMO_OPEN_TICKETS = 3;

/**
 * Today's open queue tickets at the demo service point, issued by its first officer (so the Loket tab
 * shows some); tops up to DEMO_OPEN_TICKETS, so running the demo again adds none. Returns how many were issued.
 */
async function seedOpenTickets(base: string, servicePointId: string): Promise<number> {
  const officerNip = SERVICE_POINTS.find((p) => p.unit === KELURAHAN[0] && p.name === 'Loket Administrasi Kependudukan')!.staff[0];
  const officer = client(base, await loginAs(base, officerNip));
  const { me } = await officer(`{ me { id } }`);
  const open = (
    await officer(`query($s: ID!) { openServiceTickets(servicePointId: $s, first: 20) { nodes { id } } }`, { s: servicePointId })
  ).openServiceTickets.nodes as unknown[];
  let issued = 0;
  for (let i = open.length; i < DEMO_OPEN_TICKETS; i++) {
    await officer(`mutation($i: IssueServiceTicketInput!) { issueServiceTicket(input: $i) { id } }`, {
      i: { servicePointId, employeeId: me.id },
    });
    issued++;
  }
  return issued;
}

const VALUES = ['BERORIENTASI_PELAYANAN', 'AKUNTABEL', 'KOMPETEN', 'HARMONIS', 'LOYAL', 'ADAPTIF', 'KOLABORATIF'];

/**
 * A current period with open rounds for everyone in Kecamatan Arcamanik. In Kelurahan Sukamiskin
 * the staff review each other: some reviews are in, some still wait, so every step can be tried.
 */
async function seedRounds(base: string, gql: Gql): Promise<void> {
  const period = currentQuarter();
  const existing = (await gql(`{ periods { id name } }`)).periods as Array<{ id: string; name: string }>;
  if (existing.some((p) => p.name === period.name)) return;
  const { createPeriod } = await gql(`mutation($i: CreatePeriodInput!) { createPeriod(input: $i) { id } }`, {
    i: { ...period, reviewDeadline: daysAheadWib(DEMO_DEADLINE_DAYS) },
  });
  const [root] = (await gql(`{ units { children { id name } } }`)).units;
  const kecamatan = root.children.find((c: { name: string }) => c.name === KECAMATAN);
  await gql(`mutation($i: OpenRoundsForUnitInput!) { openRoundsForUnit(input: $i) { opened } }`, {
    i: { unitId: kecamatan.id, periodId: createPeriod.id, includeSubunits: true },
  });
  const rounds = (await gql(`query($p: ID!) { teamRounds(periodId: $p) { id employee { nip } } }`, { p: createPeriod.id }))
    .teamRounds as Array<{
    id: string;
    employee: { nip: string };
  }>;
  const roundOf = (nip: string) => rounds.find((r) => r.employee.nip === nip)!.id;
  const tokenOf = (nip: string) => loginAs(base, nip);

  const sukamiskin = ['199203082015031003', '199311192017082001', '199107302014061002'];
  const lurah = DEMO_LURAH.nip;
  const lurahGql = client(base, await tokenOf(lurah));
  for (const reviewed of sukamiskin) {
    for (const peer of sukamiskin.filter((p) => p !== reviewed)) {
      const peerId = (await gql(`query($s: String) { employees(filter: { search: $s }) { nodes { id } } }`, { s: peer })).employees.nodes[0]
        .id;
      await lurahGql(`mutation($i: AssignReviewerInput!) { assignReviewer(input: $i) { id } }`, {
        i: { roundId: roundOf(reviewed), reviewerId: peerId, relation: 'PEER' },
      });
    }
  }
  // Ujang's round: both peers and the lurah have reviewed, ready to close. Dewi's: one peer so far.
  const scores = (base: number) => VALUES.map((value, i) => ({ value, score: Math.min(5, Math.max(1, base + (i % 3 === 0 ? 1 : 0))) }));
  const submit = async (nip: string, roundId: string, s: number, strengths: string, improvements: string) =>
    client(base, await tokenOf(nip))(`mutation($i: SubmitReviewInput!) { submitReview(input: $i) { id } }`, {
      i: { roundId, scores: scores(s), strengths, improvements },
    });
  await submit(
    '199311192017082001',
    roundOf('199203082015031003'),
    4,
    'Sigap membantu warga mengurus KTP-el.',
    'Catatan antrean perlu lebih rapi.',
  );
  await submit(
    '199107302014061002',
    roundOf('199203082015031003'),
    3,
    'Ramah kepada pemohon lansia.',
    'Perlu menguasai aplikasi SIAK terbaru.',
  );
  await submit(
    lurah,
    roundOf('199203082015031003'),
    4,
    'Target layanan adminduk tercapai tepat waktu.',
    'Tingkatkan dokumentasi pengaduan warga.',
  );
  await submit(
    '199203082015031003',
    roundOf('199311192017082001'),
    4,
    'Data kependudukan selalu mutakhir.',
    'Bagikan ilmu pengolahan data ke rekan.',
  );
  // Yayan's round is complete and closed, so the worker's scored result is there to look at.
  const yayan = roundOf('199107302014061002');
  await submit('199203082015031003', yayan, 4, 'Rapi mengelola surat masuk.', 'Percepat balasan surat warga.');
  await submit('199311192017082001', yayan, 3, 'Selalu siap membantu rekan.', 'Perlu lebih teliti memeriksa berkas.');
  await submit(lurah, yayan, 4, 'Administrasi umum berjalan tertib.', 'Tingkatkan penguasaan aplikasi persuratan.');
  await lurahGql(`mutation($i: CloseRoundInput!) { closeRound(input: $i) { status } }`, {
    i: { roundId: yayan, hasilKerjaRating: 'SESUAI_EKSPEKTASI' },
  });
}

/**
 * A kiosk per service point, a printed rating link and a queue ticket, a few hundred ratings over
 * the last months (aggregated by the worker for this quarter and the last), and one round closed
 * so that a scored result is there to look at.
 */
async function seedCitizenChannels(
  base: string,
  gql: Gql,
  databaseUrl: string,
  adminNip: string,
  log: (line: string) => void,
): Promise<string[]> {
  const points = (await gql(`{ servicePoints(includeSubunits: true) { id name unit { name } } }`)).servicePoints as Array<{
    id: string;
    name: string;
    unit: { name: string };
  }>;
  const existing = (await gql(`{ kiosks { id name } }`)).kiosks as Array<{ id: string }>;
  if (!existing.length) {
    for (const sp of points) {
      await gql(`mutation($i: RegisterKioskInput!) { registerKiosk(input: $i) { deviceToken } }`, {
        i: { servicePointId: sp.id, name: `Kios ${sp.unit.name.replace(/^Kelurahan |^Kecamatan /, '')} – ${sp.name}` },
      });
    }
  }
  const seeded = await seedDemoRatings(databaseUrl, adminNip);
  if (seeded) log(`Seeded ${seeded} citizen ratings over the last months`);
  const now = currentQuarter();
  const prevDate = new Date(Date.UTC(Number(now.startsOn.slice(0, 4)), Number(now.startsOn.slice(5, 7)) - 2, 15));
  const previous = currentQuarter(prevDate);
  const periods = (await gql(`{ periods { id name } }`)).periods as Array<{ id: string; name: string }>;
  if (!periods.some((p) => p.name === previous.name))
    await gql(`mutation($i: CreatePeriodInput!) { createPeriod(input: $i) { id } }`, { i: previous });
  for (const p of (await gql(`{ periods { id } }`)).periods as Array<{ id: string }>)
    await gql(`mutation($p: ID!) { recomputeSatisfaction(periodId: $p) }`, { p: p.id });

  const sp = points.find((p) => p.unit.name === KELURAHAN[0] && p.name === 'Loket Administrasi Kependudukan') ?? points[0];
  const link = (
    await gql(`mutation($i: CreateRatingLinkInput!) { createRatingLink(input: $i) { url qrPngUrl } }`, { i: { servicePointId: sp.id } })
  ).createRatingLink;
  const lines = [`Citizen rating (QR link, ${sp.name}, ${sp.unit.name}):`, `  ${link.url}`, `  QR code: ${link.qrPngUrl}`];
  const tickets = await seedOpenTickets(base, sp.id);
  if (tickets) log(`Issued ${tickets} open service tickets for today at ${sp.name}, ${sp.unit.name}`);
  const firstKiosk = ((await gql(`{ kiosks { id name } }`)).kiosks as Array<{ id: string; name: string }>)[0];
  if (firstKiosk) {
    const { createKioskPairingCode } = await gql(`mutation($k: ID!) { createKioskPairingCode(kioskId: $k) { code } }`, {
      k: firstKiosk.id,
    });
    lines.push(`Kiosk page: ${base}/kiosk   pairing code for "${firstKiosk.name}": ${createKioskPairingCode.code} (valid 10 minutes)`);
  }
  lines.push(`Staff pages (login, reviews, team rounds, results): ${base}/app`);
  return lines;
}
