import { errorCode, startStack, Stack } from '../../support/stack';
import { ok, openRound, smallOrganisation } from '../../support/org-fixtures';
import { until } from '../../support/scoring-fixtures';

/**
 * Round deadlines and in-app reminders through the real gateway and worker (issue 14): a period
 * with a review deadline, the periodic `send-reminders` job (REMINDERS_MS small here) telling the
 * reviewer of an opened round that a review waits, the bell's count, marking read, and nobody
 * reading or marking another employee's notifications.
 */
describe('reminders: a reviewer is told a review waits, and only they can read or mark it', () => {
  let stack: Stack;
  let org: Awaited<ReturnType<typeof smallOrganisation>>;
  beforeAll(async () => {
    stack = await startStack({ queue: 'redis', env: { REMINDERS_MS: '1000' } });
    org = await smallOrganisation(stack, 'Kota Pengingat');
  });
  afterAll(async () => {
    await stack?.close();
  });

  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const LIST = `query($u: Boolean, $n: Int, $a: String) {
    myNotifications(unreadOnly: $u, first: $n, after: $a) { nodes { id kind message roundId periodId readAt createdAt } endCursor hasNextPage }
  }`;
  const COUNT = `{ unreadNotificationCount }`;
  const MARK = `mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`;
  type Node = { id: string; kind: string; message: string; roundId: string | null; periodId: string | null; readAt: string | null };
  const list = async (token: string, vars: Record<string, unknown> = {}) =>
    (await ok(stack, LIST, vars, token)).myNotifications as { nodes: Node[]; endCursor: string | null; hasNextPage: boolean };
  const count = async (token: string) => (await ok(stack, COUNT, {}, token)).unreadNotificationCount as number;

  it('a period keeps its review deadline; one outside the period’s reach is refused', async () => {
    const CREATE = `mutation($i: CreatePeriodInput!) { createPeriod(input: $i) { id reviewDeadline } }`;
    const bad = await stack.gql(
      CREATE,
      { i: { name: 'Tenggat Salah', kind: 'MONTHLY', startsOn: '2026-05-01', endsOn: '2026-05-31', reviewDeadline: '2026-04-30' } },
      org.admin.token,
    );
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    const tooLate = await stack.gql(
      CREATE,
      { i: { name: 'Tenggat Terlambat', kind: 'MONTHLY', startsOn: '2026-05-01', endsOn: '2026-05-31', reviewDeadline: '2026-12-31' } },
      org.admin.token,
    );
    expect(errorCode(tooLate)).toBe('BAD_USER_INPUT');
    const none = (
      await ok(
        stack,
        CREATE,
        { i: { name: 'Tanpa Tenggat', kind: 'MONTHLY', startsOn: '2026-05-01', endsOn: '2026-05-31' } },
        org.admin.token,
      )
    ).createPeriod;
    expect(none.reviewDeadline).toBeNull();
  });

  it('REVIEW_WAITING (and DEADLINE_SOON) reach the supervisor after the round opens; count, pages, mark read; others cannot', async () => {
    const period = (
      await ok(
        stack,
        `mutation($i: CreatePeriodInput!) { createPeriod(input: $i) { id reviewDeadline } }`,
        { i: { name: 'Bulan Pengingat', kind: 'MONTHLY', startsOn: day(-27), endsOn: day(0), reviewDeadline: day(1) } },
        org.admin.token,
      )
    ).createPeriod as { id: string; reviewDeadline: string };
    expect(period.reviewDeadline).toBe(day(1));
    const periods = (await ok(stack, `{ periods { id reviewDeadline } }`, {}, org.admin.token)).periods as Array<{
      id: string;
      reviewDeadline: string | null;
    }>;
    expect(periods.find((p) => p.id === period.id)?.reviewDeadline).toBe(day(1));

    const sup = org.tokens.lurahA;
    expect(await count(sup)).toBe(0);
    const roundId = await openRound(stack, sup, org.people.staffA.id, period.id);

    // The worker's periodic job creates the reminders.
    const mine = await until('the supervisor’s reminders', async () => {
      const page = await list(sup);
      const kinds = page.nodes.map((n) => n.kind).sort();
      return kinds.includes('REVIEW_WAITING') && kinds.includes('DEADLINE_SOON') ? page.nodes : null;
    });
    const waiting = mine.find((n) => n.kind === 'REVIEW_WAITING')!;
    expect(waiting).toMatchObject({ roundId, periodId: period.id, readAt: null, message: expect.stringContaining('penilaian') });
    const total = mine.length;
    expect(await count(sup)).toBe(total);

    // Several runs later, still one of each (the dedupe key).
    await new Promise((r) => setTimeout(r, 2500));
    const again = await list(sup);
    expect(again.nodes.filter((n) => n.kind === 'REVIEW_WAITING' && n.roundId === roundId)).toHaveLength(1);
    expect(again.nodes.filter((n) => n.kind === 'DEADLINE_SOON' && n.roundId === roundId)).toHaveLength(1);

    // Pages of one, newest first, follow each other.
    const first = await list(sup, { n: 1 });
    expect(first.nodes).toHaveLength(1);
    expect(first.hasNextPage).toBe(again.nodes.length > 1);
    const second = await list(sup, { n: 1, a: first.endCursor });
    expect(second.nodes.map((n) => n.id)).toEqual([again.nodes[1].id]);
    expect(errorCode(await stack.gql(LIST, { a: 'bukan-kursor' }, sup))).toBe('BAD_USER_INPUT');

    // Another employee neither sees nor marks them.
    const staff = org.tokens.staffB;
    expect((await list(staff)).nodes.map((n) => n.id)).not.toContain(waiting.id);
    expect((await ok(stack, MARK, { ids: [waiting.id] }, staff)).markNotificationsRead).toEqual([]);
    expect((await ok(stack, `mutation { markAllNotificationsRead }`, {}, staff)).markAllNotificationsRead).toBe(0);
    expect(await count(sup)).toBe(again.nodes.length);
    expect(errorCode(await stack.gql(COUNT, {}))).toBe('UNAUTHENTICATED');
    expect(errorCode(await stack.gql(MARK, { ids: [waiting.id] }))).toBe('UNAUTHENTICATED');

    // The recipient marks one, then all.
    expect((await ok(stack, MARK, { ids: [waiting.id] }, sup)).markNotificationsRead).toEqual([waiting.id]);
    expect(await count(sup)).toBe(again.nodes.length - 1);
    const unread = await list(sup, { u: true });
    expect(unread.nodes.map((n) => n.id)).not.toContain(waiting.id);
    expect((await list(sup)).nodes.find((n) => n.id === waiting.id)?.readAt).toEqual(expect.any(String));
    expect((await ok(stack, `mutation { markAllNotificationsRead }`, {}, sup)).markAllNotificationsRead).toBe(again.nodes.length - 1);
    expect(await count(sup)).toBe(0);
  });
});
