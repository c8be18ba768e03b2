import { Client } from 'pg';
import { startStack, Stack } from '../../support/stack';
import { assignStaff, ok, smallOrganisation } from '../../support/org-fixtures';

const ISSUE = `mutation($i: IssueServiceTicketInput!) { issueServiceTicket(input: $i) { id number } }`;

describe('service ticket numbers are stored and never shared (issue 14)', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ queue: 'postgres' });
  });
  afterAll(() => stack?.close());

  it('20 concurrent issues at one desk get 20 distinct consecutive numbers; another desk counts on its own', async () => {
    const org = await smallOrganisation(stack, 'Kota Uji Antrean');
    await assignStaff(stack, org.admin.token, org.servicePointA, org.people.staffA.id);
    const other = await ok(
      stack,
      `mutation($i: CreateServicePointInput!) { createServicePoint(input: $i) { id } }`,
      { i: { name: 'Loket Perizinan', unitId: org.units.kelB } },
      org.admin.token,
    );
    const deskB = other.createServicePoint.id as string;

    // Two callers (the ADMIN and the desk's officer) at once, plus a few at the other desk.
    const issued = await Promise.all([
      ...Array.from({ length: 20 }, (_, i) =>
        ok(stack, ISSUE, { i: { servicePointId: org.servicePointA } }, i % 2 ? org.tokens.staffA : org.admin.token),
      ),
      ...Array.from({ length: 5 }, () => ok(stack, ISSUE, { i: { servicePointId: deskB } }, org.admin.token)),
    ]);
    const numbers = (from: number, to: number) =>
      issued
        .slice(from, to)
        .map((d) => d.issueServiceTicket.number as number)
        .sort((a, b) => a - b);
    expect(numbers(0, 20)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(numbers(20, 25)).toEqual([1, 2, 3, 4, 5]);

    // Stored: the same numbers when read back, and the desk's open list is in number order.
    const db = new Client({ connectionString: stack.config.DATABASE_URL });
    await db.connect();
    try {
      const rows = (
        await db.query(`SELECT id, number FROM service_ticket WHERE service_point_id = $1 ORDER BY number`, [org.servicePointA])
      ).rows;
      expect(rows.map((r) => r.number)).toEqual(numbers(0, 20));
      const byId = new Map(issued.slice(0, 20).map((d) => [d.issueServiceTicket.id, d.issueServiceTicket.number]));
      for (const r of rows) expect(byId.get(r.id)).toBe(r.number);
    } finally {
      await db.end();
    }
    const list = async (after?: string) =>
      (
        await ok(
          stack,
          `query($s: ID!, $a: ID) { openServiceTickets(servicePointId: $s, first: 15, after: $a) { nodes { id number } pageInfo { hasNextPage endCursor } totalCount } }`,
          { s: org.servicePointA, a: after ?? null },
          org.tokens.staffA,
        )
      ).openServiceTickets;
    const page1 = await list();
    const page2 = await list(page1.pageInfo.endCursor);
    expect(page1.totalCount).toBe(20);
    expect([...page1.nodes, ...page2.nodes].map((n: { number: number }) => n.number)).toEqual(numbers(0, 20));

    // The next one after the burst continues the day's count.
    const next = await ok(stack, ISSUE, { i: { servicePointId: org.servicePointA } }, org.tokens.staffA);
    expect(next.issueServiceTicket.number).toBe(21);
  });
});
