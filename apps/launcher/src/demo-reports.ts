/**
 * Demo PDF reports (issue 15): the demo lurah asks for the SKM report of a service point of their
 * kelurahan for the newest period with survey answers, so the Laporan page (/app/reports) shows a
 * report the worker made. A lurah who already has reports is left alone, so restarts add nothing.
 */
type Gql = (query: string, variables?: Record<string, unknown>) => Promise<any>;

export async function seedDemoReports(lurah: Gql): Promise<number> {
  const mine = (await lurah(`{ myReports(page: { first: 1 }) { totalCount } }`)).myReports;
  if (mine.totalCount > 0) return 0;
  const { skmServicePoints: points, periods } = (await lurah(`{ skmServicePoints { id name } periods { id name startsOn } }`)) as {
    skmServicePoints: Array<{ id: string; name: string }>;
    periods: Array<{ id: string; name: string; startsOn: string }>;
  };
  for (const sp of points) {
    for (const p of [...periods].sort((a, b) => b.startsOn.localeCompare(a.startsOn))) {
      const d = await lurah(`query($s: ID!, $p: ID!) { satisfactionReport(servicePointId: $s, periodId: $p) { respondents } }`, {
        s: sp.id,
        p: p.id,
      });
      if (d.satisfactionReport.respondents > 0) {
        await lurah(`mutation($i: RequestReportInput!) { requestReport(input: $i) { id } }`, {
          i: { kind: 'SERVICE_POINT_SKM', servicePointId: sp.id, periodId: p.id },
        });
        return 1;
      }
    }
  }
  return 0;
}
