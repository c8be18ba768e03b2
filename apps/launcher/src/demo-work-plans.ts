/**
 * Demo work plans (SKP) of the current year, written through the GraphQL API like the rest of the
 * demo: each employee drafts their own plan, the lurah agrees it, the employee reports the past
 * months of the MANUAL indicators and the lurah verifies or returns them. In Kelurahan Sukamiskin
 * (the demo lurah's team) Ujang's plan is agreed with verified, waiting and returned months, Dewi's
 * still waits for the lurah's agreement and Yayan has none yet; in Cisaranten Kulon Siti's plan is
 * agreed and reported. An employee who already has a plan of the year is left alone, so restarts
 * add nothing.
 */
type Gql = (query: string, variables?: Record<string, unknown>) => Promise<any>;

interface DemoIndicator {
  name: string;
  unit: string;
  target: number;
  weight: number;
  direction: 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER';
  aggregation: 'SUM' | 'AVERAGE' | 'LAST';
  source: 'MANUAL' | 'SERVICE_COMPLETION_TIME' | 'CITIZEN_SATISFACTION';
  method: string;
  /** MANUAL: the value reported for the n-th month (0-based) of the year. */
  monthly?: (n: number) => number;
}

interface DemoPlan {
  nip: string;
  supervisorNip: string;
  agreed: boolean;
  indicators: DemoIndicator[];
  /** The month (index into the reported months) and indicator (index into the MANUAL ones) returned with feedback. */
  returned?: { fromEnd: number; indicator: number; feedback: string };
}

const SATISFACTION: DemoIndicator = {
  name: 'Indeks kepuasan masyarakat',
  unit: 'indeks',
  target: 85,
  weight: 20,
  direction: 'HIGHER_IS_BETTER',
  aggregation: 'AVERAGE',
  source: 'CITIZEN_SATISFACTION',
  method: 'SURVEY',
};
const COMPLETION_TIME: DemoIndicator = {
  name: 'Waktu penyelesaian layanan',
  unit: 'menit',
  target: 30,
  weight: 20,
  direction: 'LOWER_IS_BETTER',
  aggregation: 'AVERAGE',
  source: 'SERVICE_COMPLETION_TIME',
  method: 'PLATFORM_DATA',
};
const manual = (
  name: string,
  unit: string,
  target: number,
  weight: number,
  method: string,
  base: number,
  spread: number,
): DemoIndicator => ({
  name,
  unit,
  target,
  weight,
  direction: 'HIGHER_IS_BETTER',
  aggregation: 'SUM',
  source: 'MANUAL',
  method,
  monthly: (n) => base + ((n * 7) % (spread + 1)),
});

const LURAH_SUKAMISKIN = '197905102006041012';
const LURAH_CISARANTEN_KULON = '198103172008012015';

/** Ujang, Dewi (Sukamiskin) and Siti (Cisaranten Kulon); Yayan (Sukamiskin) is left without a plan. */
export const DEMO_PLANS: DemoPlan[] = [
  {
    nip: '199203082015031003', // Ujang Saepudin
    supervisorNip: LURAH_SUKAMISKIN,
    agreed: true,
    indicators: [
      manual('Dokumen kependudukan yang diterbitkan', 'dokumen', 1800, 40, 'DATA_ANALYSIS', 140, 20),
      manual('Pengaduan warga yang ditindaklanjuti', 'pengaduan', 120, 20, 'EVALUATION', 8, 4),
      COMPLETION_TIME,
      SATISFACTION,
    ],
    returned: {
      fromEnd: 2,
      indicator: 1,
      feedback: 'Lampirkan rekap pengaduan dari buku register; angka ini belum cocok dengan catatan loket.',
    },
  },
  {
    nip: '199311192017082001', // Dewi Lestari: drafted, waiting for the lurah
    supervisorNip: LURAH_SUKAMISKIN,
    agreed: false,
    indicators: [manual('Data kependudukan yang dimutakhirkan', 'dokumen', 2400, 50, 'PLATFORM_DATA', 190, 30), SATISFACTION],
  },
  {
    nip: '198912142010012005', // Siti Nurjanah
    supervisorNip: LURAH_CISARANTEN_KULON,
    agreed: true,
    indicators: [
      manual('Dokumen kependudukan yang diterbitkan', 'dokumen', 1200, 60, 'DATA_ANALYSIS', 95, 15),
      COMPLETION_TIME,
      SATISFACTION,
    ],
  },
];

/** The year and the months to report ('YYYY-MM'): January to last month in WIB, or January itself in January. */
export function demoPlanMonths(today = new Date(Date.now() + 7 * 3600_000)): { year: number; months: string[] } {
  const year = today.getUTCFullYear();
  const current = today.getUTCMonth() + 1;
  const last = Math.max(1, current - 1);
  const months = Array.from({ length: last }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
  return { year, months };
}

/** Seeds the plans of DEMO_PLANS that are not there yet; `as` logs an employee in. Returns how many plans it created. */
export async function seedDemoWorkPlans(as: (nip: string) => Promise<Gql>): Promise<number> {
  const { year, months } = demoPlanMonths();
  const supervisors = new Map<string, { gql: Gql; team: Map<string, { id: string; plan: { id: string } | null }> }>();
  for (const nip of new Set(DEMO_PLANS.map((p) => p.supervisorNip))) {
    const gql = await as(nip);
    const lines = (await gql(`query($y: Int!) { teamWorkPlans(year: $y) { employee { id nip } workPlan { id } } }`, { y: year }))
      .teamWorkPlans as Array<{ employee: { id: string; nip: string }; workPlan: { id: string } | null }>;
    supervisors.set(nip, { gql, team: new Map(lines.map((l) => [l.employee.nip, { id: l.employee.id, plan: l.workPlan }])) });
  }
  // The plans, and a plan's MANUAL indicators, are independent: seeded side by side to keep the demo's start short.
  const seeded = await Promise.all(
    DEMO_PLANS.map(async (demo) => {
      const supervisor = supervisors.get(demo.supervisorNip)!;
      const member = supervisor.team.get(demo.nip);
      if (!member || member.plan) return 0;
      const own = await as(demo.nip);
      const plan = (
        await own(`mutation($i: CreateWorkPlanInput!) { createWorkPlan(input: $i) { id } }`, { i: { employeeId: member.id, year } })
      ).createWorkPlan;
      const manualIds: Array<{ id: string; monthly: (n: number) => number; unit: string }> = [];
      for (const { monthly, ...fields } of demo.indicators) {
        const { addIndicator } = await own(`mutation($i: AddIndicatorInput!) { addIndicator(input: $i) { id } }`, {
          i: { workPlanId: plan.id, ...fields },
        });
        if (monthly) manualIds.push({ id: addIndicator.id, monthly, unit: fields.unit });
      }
      if (!demo.agreed) return 1;
      await supervisor.gql(`mutation($p: ID!) { agreeWorkPlan(workPlanId: $p) { status } }`, { p: plan.id });
      // Every month but the last is decided (verified, one returned with feedback); the last waits for verification.
      await Promise.all(
        manualIds.map(async ({ id, monthly, unit }, k) => {
          for (const [n, month] of months.entries()) {
            const fromEnd = months.length - n;
            const { reportRealisation } = await own(`mutation($i: ReportRealisationInput!) { reportRealisation(input: $i) { id } }`, {
              i: { indicatorId: id, month, value: monthly(n), note: `Rekap ${unit} bulan ${month}.` },
            });
            if (fromEnd === 1) continue;
            const returned = demo.returned && demo.returned.indicator === k && demo.returned.fromEnd === fromEnd;
            await supervisor.gql(`mutation($i: VerifyRealisationInput!) { verifyRealisation(input: $i) { status } }`, {
              i: returned
                ? { realisationId: reportRealisation.id, decision: 'RETURNED', feedback: demo.returned!.feedback }
                : { realisationId: reportRealisation.id, decision: 'VERIFIED' },
            });
          }
        }),
      );
      return 1;
    }),
  );
  const created = seeded.reduce<number>((a, b) => a + b, 0);
  return created;
}
