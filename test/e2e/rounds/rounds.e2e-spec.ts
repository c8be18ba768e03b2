import { Client } from 'pg';
import { errorCode, startStack, Stack } from '../../support/stack';
import { createEmployee, login, ok, smallOrganisation } from '../../support/org-fixtures';

const VALUES = ['BERORIENTASI_PELAYANAN', 'AKUNTABEL', 'KOMPETEN', 'HARMONIS', 'LOYAL', 'ADAPTIF', 'KOLABORATIF'];
const scores = (...s: number[]) => VALUES.map((value, i) => ({ value, score: s[i % s.length] }));

const SUBMIT = `mutation($i: SubmitReviewInput!) { submitReview(input: $i) { id relation revision scores { value score } } }`;
const CLOSE = `mutation($i: CloseRoundInput!) { closeRound(input: $i) { id status hasilKerjaRating } }`;
const ASSIGN = `mutation($i: AssignReviewerInput!) { assignReviewer(input: $i) { id state relation } }`;

describe('evaluation rounds and 360° reviews', () => {
  let stack: Stack;
  let org: Awaited<ReturnType<typeof smallOrganisation>>;
  let db: Client;
  let periodId: string;
  const peers: Array<{ id: string; nip: string; token: string }> = [];

  /** Facts of a round, to show a refused call changed nothing. */
  const facts = async (roundId: string) =>
    JSON.stringify(
      (
        await db.query(
          // The worker scores closed rounds on its own: CLOSED and SCORED are the same fact here.
          `SELECT (SELECT replace(status, 'SCORED', 'CLOSED') FROM evaluation_round WHERE id = $1) AS status,
                  (SELECT count(*) FROM review WHERE round_id = $1) AS reviews,
                  (SELECT count(*) FROM review_score s JOIN review v ON v.id = s.review_id WHERE v.round_id = $1) AS scores,
                  (SELECT count(*) FROM reviewer_assignment WHERE round_id = $1) AS assignments,
                  (SELECT count(*) FROM outbox WHERE payload->>'roundId' = $1::text) AS outbox`,
          [roundId],
        )
      ).rows,
    );
  const outboxRows = async (roundId: string) =>
    Number((await db.query(`SELECT count(*) FROM outbox WHERE payload->>'roundId' = $1`, [roundId])).rows[0].count);

  /** A fresh open round for a new employee of lurahA's team (so tests do not share state). */
  const freshRound = async (label: string) => {
    const e = await createEmployee(stack, org.admin.token, {
      name: `Pegawai ${label}`,
      position: 'Pengadministrasi Umum',
      unitId: org.units.kelA,
      supervisorId: org.people.lurahA.id,
      password: org.password,
    });
    const token = (await login(stack, e.nip, org.password)).token;
    const d = await ok(
      stack,
      `mutation($i: OpenRoundInput!) { openRound(input: $i) { id status } }`,
      { i: { employeeId: e.id, periodId } },
      org.tokens.lurahA,
    );
    return { roundId: d.openRound.id as string, employee: { ...e, token } };
  };

  beforeAll(async () => {
    stack = await startStack({ queue: 'redis' });
    org = await smallOrganisation(stack, 'Kota Uji Putaran');
    db = new Client({ connectionString: stack.config.DATABASE_URL });
    await db.connect();
    periodId = (
      await ok(
        stack,
        `mutation($i: CreatePeriodInput!) { createPeriod(input: $i) { id } }`,
        { i: { name: 'Triwulan IV 2026', kind: 'QUARTERLY', startsOn: '2026-10-01', endsOn: '2026-12-31' } },
        org.admin.token,
      )
    ).createPeriod.id;
    for (const n of [1, 2, 3, 4]) {
      const p = await createEmployee(stack, org.admin.token, {
        name: `Rekan ${n}`,
        position: 'Staf Pelayanan',
        unitId: org.units.kelA,
        supervisorId: org.people.lurahA.id,
        password: org.password,
      });
      peers.push({ id: p.id, nip: p.nip, token: (await login(stack, p.nip, org.password)).token });
    }
  });
  afterAll(async () => {
    await db?.end();
    await stack?.close();
  });

  it('drives a whole round: open, 3 peers, all submit, supervisor submits and closes → CLOSED with one outbox row', async () => {
    const opened = await ok(
      stack,
      `mutation($i: OpenRoundInput!) { openRound(input: $i) { id status positionAtOpen employee { id name } period { id name } instrument { version items { value name anchors } } reviewers { relation state } } }`,
      { i: { employeeId: org.people.staffA.id, periodId } },
      org.tokens.lurahA,
    );
    const round = opened.openRound;
    expect(round).toMatchObject({
      status: 'OPEN',
      positionAtOpen: 'Pengadministrasi Umum',
      employee: { id: org.people.staffA.id },
      period: { id: periodId },
    });
    expect(round.instrument.items.map((i: { value: string }) => i.value)).toEqual(VALUES);
    expect(round.instrument.items[0].anchors).toHaveLength(5);
    expect(round.reviewers).toEqual([{ relation: 'SUPERVISOR', state: 'APPROVED' }]);

    for (const p of peers.slice(0, 3)) {
      const a = await ok(stack, ASSIGN, { i: { roundId: round.id, reviewerId: p.id, relation: 'PEER' } }, org.tokens.lurahA);
      expect(a.assignReviewer).toMatchObject({ state: 'APPROVED', relation: 'PEER' });
    }
    const waiting = await ok(stack, `{ reviewsWaitingForMe { round { id employee { name } } relation } }`, {}, peers[0].token);
    expect(waiting.reviewsWaitingForMe).toEqual([{ round: { id: round.id, employee: { name: 'Staf Sukamiskin' } }, relation: 'PEER' }]);

    for (const [i, p] of peers.slice(0, 3).entries()) {
      const r = await ok(
        stack,
        SUBMIT,
        {
          i: {
            roundId: round.id,
            scores: scores(4, 3 + i),
            strengths: `Ramah melayani warga ${i}`,
            improvements: `Perlu lebih cepat ${i}`,
          },
        },
        p.token,
      );
      expect(r.submitReview).toMatchObject({ relation: 'PEER', revision: 1 });
    }
    await ok(
      stack,
      SUBMIT,
      {
        i: {
          roundId: round.id,
          scores: scores(4, 4, 5, 4, 4, 4, 4),
          strengths: 'Pelayanan adminduk tepat waktu dan ramah.',
          improvements: 'Dokumentasi arsip perlu dirapikan.',
        },
      },
      org.tokens.lurahA,
    );
    const progress = await ok(
      stack,
      `query($id: ID!) { round(id: $id) { progress { supervisorSubmitted peersApproved peersSubmitted } } }`,
      { id: round.id },
      org.tokens.lurahA,
    );
    expect(progress.round.progress).toEqual({ supervisorSubmitted: true, peersApproved: 3, peersSubmitted: 3 });

    const closed = await ok(stack, CLOSE, { i: { roundId: round.id, hasilKerjaRating: 'SESUAI_EKSPEKTASI' } }, org.tokens.lurahA);
    expect(closed.closeRound).toMatchObject({ status: 'CLOSED', hasilKerjaRating: 'SESUAI_EKSPEKTASI' });
    expect(await outboxRows(round.id)).toBe(1);
    const { rows } = await db.query(`SELECT topic, dedupe_key, published_at FROM outbox WHERE payload->>'roundId' = $1`, [round.id]);
    expect(rows[0]).toMatchObject({ topic: 'round.closed', dedupe_key: `round.closed:${round.id}:1` });

    // Closing again is a no-op: same answer, still one outbox row.
    const again = await ok(stack, CLOSE, { i: { roundId: round.id, hasilKerjaRating: 'DI_ATAS_EKSPEKTASI' } }, org.tokens.lurahA);
    expect(again.closeRound).toMatchObject({ status: expect.stringMatching(/^(CLOSED|SCORED)$/), hasilKerjaRating: 'SESUAI_EKSPEKTASI' });
    expect(await outboxRows(round.id)).toBe(1);
  });

  it('two concurrent submissions by one reviewer leave one current review; two concurrent closes leave one outbox row', async () => {
    const { roundId } = await freshRound('Serentak');
    await ok(stack, ASSIGN, { i: { roundId, reviewerId: peers[0].id, relation: 'PEER' } }, org.tokens.lurahA);
    const results = await Promise.all([
      stack.gql(SUBMIT, { i: { roundId, scores: scores(2) } }, peers[0].token),
      stack.gql(SUBMIT, { i: { roundId, scores: scores(5) } }, peers[0].token),
    ]);
    expect(results.map((r) => r.errors)).toEqual([undefined, undefined]);
    const { rows: revisions } = await db.query(`SELECT revision FROM review WHERE round_id = $1 ORDER BY revision`, [roundId]);
    expect(revisions.map((r) => r.revision)).toEqual([1, 2]);
    const { rows: current } = await db.query(`SELECT count(*)::int AS n FROM current_review WHERE round_id = $1`, [roundId]);
    expect(current[0].n).toBe(1);
    const mine = await ok(
      stack,
      `query($id: ID!) { round(id: $id) { myReview { revision scores { score } } } }`,
      { id: roundId },
      peers[0].token,
    );
    expect(mine.round.myReview.revision).toBe(2);

    await ok(
      stack,
      SUBMIT,
      { i: { roundId, scores: scores(4), strengths: 'Teliti dalam verifikasi berkas.', improvements: 'Tingkatkan komunikasi tim.' } },
      org.tokens.lurahA,
    );
    const closes = await Promise.all(
      [1, 2, 3].map(() => stack.gql(CLOSE, { i: { roundId, hasilKerjaRating: 'SESUAI_EKSPEKTASI' } }, org.tokens.lurahA)),
    );
    expect(closes.map((r) => r.errors)).toEqual([undefined, undefined, undefined]);
    expect(await outboxRows(roundId)).toBe(1);
  });

  describe('each rule is refused with a stable code and changes nothing', () => {
    let roundId: string;
    let employee: { id: string; token: string };
    beforeAll(async () => {
      ({ roundId, employee } = await freshRound('Aturan'));
      await ok(stack, ASSIGN, { i: { roundId, reviewerId: peers[1].id, relation: 'PEER' } }, org.tokens.lurahA);
    });

    const refused = async (code: string, call: () => Promise<{ errors?: unknown }>) => {
      const before = await facts(roundId);
      const res = await call();
      expect(errorCode(res as never)).toBe(code);
      expect(await facts(roundId)).toBe(before);
    };

    it.each([
      ['a score of 0', scores(4, 0)],
      ['a score of 6', scores(6, 4)],
      ['a missing value', scores(4).slice(0, 6)],
      ['a value twice', [...scores(4).slice(0, 6), { value: 'AKUNTABEL', score: 3 }]],
      ['a fractional score', scores(3.5, 4)],
    ])('BAD_USER_INPUT for %s', async (_, s) => {
      await refused('BAD_USER_INPUT', () => stack.gql(SUBMIT, { i: { roundId, scores: s } }, peers[1].token));
    });

    it('NOT_A_REVIEWER for someone not assigned, and for a nomination not yet approved', async () => {
      await refused('NOT_A_REVIEWER', () => stack.gql(SUBMIT, { i: { roundId, scores: scores(4) } }, peers[2].token));
      const nominated = await ok(stack, ASSIGN, { i: { roundId, reviewerId: peers[3].id, relation: 'PEER' } }, employee.token);
      expect(nominated.assignReviewer.state).toBe('NOMINATED');
      await refused('NOT_A_REVIEWER', () => stack.gql(SUBMIT, { i: { roundId, scores: scores(4) } }, peers[3].token));
      const pending = await ok(stack, `{ nominationsWaitingForMe { id reviewer { name } round { id } } }`, {}, org.tokens.lurahA);
      expect(pending.nominationsWaitingForMe).toEqual([
        { id: nominated.assignReviewer.id, reviewer: { name: 'Rekan 4' }, round: { id: roundId } },
      ]);
      await ok(
        stack,
        `mutation($i: DecideNominationInput!) { decideNomination(input: $i) { state } }`,
        { i: { assignmentId: nominated.assignReviewer.id, approve: true } },
        org.tokens.lurahA,
      );
      await ok(stack, SUBMIT, { i: { roundId, scores: scores(4) } }, peers[3].token);
    });

    it('SELF_REVIEW_AS_PEER when the employee is named as their own peer', async () => {
      await refused('SELF_REVIEW_AS_PEER', () =>
        stack.gql(ASSIGN, { i: { roundId, reviewerId: employee.id, relation: 'PEER' } }, org.tokens.lurahA),
      );
      await refused('SELF_REVIEW_AS_PEER', () =>
        stack.gql(ASSIGN, { i: { roundId, reviewerId: employee.id, relation: 'PEER' } }, employee.token),
      );
    });

    it('DUPLICATE_REVIEWER for a second assignment of one reviewer', async () => {
      await refused('DUPLICATE_REVIEWER', () =>
        stack.gql(ASSIGN, { i: { roundId, reviewerId: peers[1].id, relation: 'PEER' } }, org.tokens.lurahA),
      );
    });

    it('BAD_USER_INPUT when the supervisor leaves out appreciation or improvements', async () => {
      await refused('BAD_USER_INPUT', () =>
        stack.gql(SUBMIT, { i: { roundId, scores: scores(4), strengths: 'Bagus sekali kerjanya.' } }, org.tokens.lurahA),
      );
    });

    it('SUPERVISOR_REVIEW_REQUIRED when closing before the supervisor reviewed; HASIL_KERJA_REQUIRED without a rating', async () => {
      await refused('SUPERVISOR_REVIEW_REQUIRED', () =>
        stack.gql(CLOSE, { i: { roundId, hasilKerjaRating: 'SESUAI_EKSPEKTASI' } }, org.tokens.lurahA),
      );
      await ok(
        stack,
        SUBMIT,
        { i: { roundId, scores: scores(4), strengths: 'Selalu hadir tepat waktu.', improvements: 'Perlu belajar aplikasi baru.' } },
        org.tokens.lurahA,
      );
      await refused('HASIL_KERJA_REQUIRED', () => stack.gql(CLOSE, { i: { roundId } }, org.tokens.lurahA));
    });

    it('FORBIDDEN when someone other than the supervisor or ADMIN closes', async () => {
      await refused('FORBIDDEN', () => stack.gql(CLOSE, { i: { roundId, hasilKerjaRating: 'SESUAI_EKSPEKTASI' } }, org.tokens.lurahB));
      await refused('FORBIDDEN', () => stack.gql(CLOSE, { i: { roundId, hasilKerjaRating: 'SESUAI_EKSPEKTASI' } }, employee.token));
    });

    it('ROUND_NOT_OPEN for reviews and assignments after closing; ADMIN reopens with a reason', async () => {
      await ok(stack, CLOSE, { i: { roundId, hasilKerjaRating: 'DI_ATAS_EKSPEKTASI' } }, org.tokens.lurahA);
      await refused('ROUND_NOT_OPEN', () => stack.gql(SUBMIT, { i: { roundId, scores: scores(5) } }, peers[1].token));
      await refused('ROUND_NOT_OPEN', () =>
        stack.gql(ASSIGN, { i: { roundId, reviewerId: peers[2].id, relation: 'PEER' } }, org.tokens.lurahA),
      );
      await refused('FORBIDDEN', () =>
        stack.gql(
          `mutation($i: ReopenRoundInput!) { reopenRound(input: $i) { status } }`,
          { i: { roundId, reason: 'Salah input nilai.' } },
          org.tokens.lurahA,
        ),
      );
      const reopened = await ok(
        stack,
        `mutation($i: ReopenRoundInput!) { reopenRound(input: $i) { status } }`,
        { i: { roundId, reason: 'Salah input nilai.' } },
        org.admin.token,
      );
      expect(reopened.reopenRound.status).toBe('OPEN');
      await ok(stack, SUBMIT, { i: { roundId, scores: scores(5) } }, peers[1].token);
      await ok(stack, CLOSE, { i: { roundId, hasilKerjaRating: 'DI_ATAS_EKSPEKTASI' } }, org.tokens.lurahA);
      expect(await outboxRows(roundId)).toBe(2); // one per close, each with its own dedupe key
    });

    it('DUPLICATE_ROUND for a second round of one employee in one period; NO_SUPERVISOR without a supervisor', async () => {
      const dup = await stack.gql(
        `mutation($i: OpenRoundInput!) { openRound(input: $i) { id } }`,
        { i: { employeeId: employee.id, periodId } },
        org.tokens.lurahA,
      );
      expect(errorCode(dup)).toBe('DUPLICATE_ROUND');
      const top = await stack.gql(
        `mutation($i: OpenRoundInput!) { openRound(input: $i) { id } }`,
        { i: { employeeId: org.people.camat.id, periodId } },
        org.admin.token,
      );
      expect(errorCode(top)).toBe('NO_SUPERVISOR');
    });
  });

  it('anonymity: with 2 peer reviews the employee sees no peer comments; with 3 sees them, without names', async () => {
    const { roundId, employee } = await freshRound('Anonim');
    for (const p of peers.slice(0, 3)) await ok(stack, ASSIGN, { i: { roundId, reviewerId: p.id, relation: 'PEER' } }, org.tokens.lurahA);
    const view = `query($id: ID!) { round(id: $id) { reviewers { reviewerId } feedback { relation submitted commentsVisible comments { strengths improvements } } } }`;
    for (const [i, p] of peers.slice(0, 2).entries()) {
      await ok(
        stack,
        SUBMIT,
        { i: { roundId, scores: scores(4), strengths: `Komentar rekan ${i}`, improvements: `Saran rekan ${i}` } },
        p.token,
      );
    }
    const two = await ok(stack, view, { id: roundId }, employee.token);
    expect(two.round.reviewers).toBeNull();
    const peer2 = two.round.feedback.find((f: { relation: string }) => f.relation === 'PEER');
    // Below the minimum the employee does not even see how many peers submitted (it would tick per named peer).
    expect(peer2).toEqual({ relation: 'PEER', submitted: null, commentsVisible: false, comments: [] });
    expect(JSON.stringify(two)).not.toContain('Komentar rekan');

    await ok(
      stack,
      SUBMIT,
      { i: { roundId, scores: scores(4), strengths: 'Komentar rekan 2', improvements: 'Saran rekan 2' } },
      peers[2].token,
    );
    const three = await ok(stack, view, { id: roundId }, employee.token);
    const peer3 = three.round.feedback.find((f: { relation: string }) => f.relation === 'PEER');
    expect(peer3.submitted).toBe(3);
    expect(peer3.commentsVisible).toBe(true);
    expect(peer3.comments.map((c: { strengths: string }) => c.strengths).sort()).toEqual([
      'Komentar rekan 0',
      'Komentar rekan 1',
      'Komentar rekan 2',
    ]);
    const text = JSON.stringify(three);
    for (const p of peers) {
      expect(text).not.toContain(p.id);
      expect(text).not.toContain(p.nip);
    }
    expect(text).not.toMatch(/Rekan \d/);
    // Another peer sees neither the feedback nor the reviewer list.
    const asPeer = await ok(stack, view, { id: roundId }, peers[0].token);
    expect(asPeer.round).toEqual({ reviewers: null, feedback: null });
  });

  it('team view for the supervisor with progress; another team’s supervisor sees none of it', async () => {
    const team = await ok(
      stack,
      `query($p: ID!) { teamRounds(periodId: $p) { employee { name } status progress { peersApproved peersSubmitted supervisorSubmitted } } }`,
      { p: periodId },
      org.tokens.lurahA,
    );
    expect(team.teamRounds.length).toBeGreaterThanOrEqual(4);
    expect(team.teamRounds.find((r: { employee: { name: string } }) => r.employee.name === 'Staf Sukamiskin')).toMatchObject({
      status: expect.stringMatching(/^(CLOSED|SCORED)$/),
      progress: { peersApproved: 3, peersSubmitted: 3, supervisorSubmitted: true },
    });
    const other = await ok(stack, `query($p: ID!) { teamRounds(periodId: $p) { id } }`, { p: periodId }, org.tokens.lurahB);
    expect(other.teamRounds).toEqual([]);
    const employeeCannot = await stack.gql(`query($p: ID!) { teamRounds(periodId: $p) { id } }`, { p: periodId }, org.tokens.staffA);
    expect(errorCode(employeeCannot)).toBe('FORBIDDEN');
    const mine = await ok(stack, `{ myRounds { status period { name } } }`, {}, org.tokens.staffA);
    expect(mine.myRounds).toEqual([{ status: expect.stringMatching(/^(CLOSED|SCORED)$/), period: { name: 'Triwulan IV 2026' } }]);
  });

  it('ADMIN publishes a new instrument version: new rounds use it, the open round keeps version 1', async () => {
    const current = await ok(stack, `{ currentInstrument { version items { value name description anchors } } }`, {}, org.tokens.staffA);
    expect(current.currentInstrument.version).toBe(1);
    const items = current.currentInstrument.items.map((i: { value: string; name: string; description: string; anchors: string[] }) => ({
      ...i,
      anchors: i.anchors.map((a: string, k: number) => `${a} (v2 ${k + 1})`),
    }));
    const bad = await stack.gql(
      `mutation($i: PublishInstrumentInput!) { publishInstrument(input: $i) { version } }`,
      { i: { items: items.slice(0, 6) } },
      org.admin.token,
    );
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    const twice = [...items.slice(0, 6), items[0]];
    expect(
      errorCode(
        await stack.gql(
          `mutation($i: PublishInstrumentInput!) { publishInstrument(input: $i) { version } }`,
          { i: { items: twice } },
          org.admin.token,
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      errorCode(
        await stack.gql(
          `mutation($i: PublishInstrumentInput!) { publishInstrument(input: $i) { version } }`,
          { i: { items } },
          org.tokens.lurahA,
        ),
      ),
    ).toBe('FORBIDDEN');
    const { roundId: before } = await freshRound('Instrumen Lama');
    const published = await ok(
      stack,
      `mutation($i: PublishInstrumentInput!) { publishInstrument(input: $i) { version } }`,
      { i: { items } },
      org.admin.token,
    );
    expect(published.publishInstrument.version).toBe(2);
    const { roundId: after } = await freshRound('Instrumen Baru');
    const q = `query($id: ID!) { round(id: $id) { instrument { version items { anchors } } } }`;
    expect((await ok(stack, q, { id: before }, org.tokens.lurahA)).round.instrument.version).toBe(1);
    const fresh = (await ok(stack, q, { id: after }, org.tokens.lurahA)).round.instrument;
    expect(fresh.version).toBe(2);
    expect(fresh.items[0].anchors[0]).toContain('(v2 1)');
  });
});
