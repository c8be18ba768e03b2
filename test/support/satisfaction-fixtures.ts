import { Client } from 'pg';
import { Stack } from './stack';
import { createPeriod, ok, smallOrganisation } from './org-fixtures';
import { EARLIER_QUARTER, insertRatings, quarter, recomputeAndWait, WORKED_EXAMPLE } from './scoring-fixtures';

/** Comments and profile values stored with the scenario's ratings: never on a public page or answer. */
export const SECRET_COMMENTS = ['Petugas loket lambat sekali melayani', 'Ruang tunggu panas dan sempit', 'Terima kasih, pelayanan ramah'];
export const SECRET_PROFILE = { sex: 'PEREMPUAN', education: 'S2_KEATAS', occupation: 'WIRAUSAHA', ageBand: 'AGE_40_49' };

export const FOLLOW_UP = `mutation($i: CreateFollowUpActionInput!) { createFollowUpAction(input: $i) { id elementCode status published } }`;

/**
 * Issue 15's scenario: the small organisation (names of staff in it), two service points with the
 * DOMAIN.md worked example in Triwulan III and an earlier quarter, comments and profiles on every
 * rating, and a follow-up plan with one published and one unpublished action (owner: staffA).
 */
export async function satisfactionScenario(stack: Stack, db: Client, label = 'Kota Uji Transparansi') {
  const org = await smallOrganisation(stack, label);
  const [{ agency_id: agencyId }] = (await db.query(`SELECT agency_id FROM service_point WHERE id = $1`, [org.servicePointA])).rows;
  const spB = (
    await ok(
      stack,
      `mutation($i: CreateServicePointInput!) { createServicePoint(input: $i) { id } }`,
      { i: { name: 'Loket Perizinan', unitId: org.units.kelB } },
      org.admin.token,
    )
  ).createServicePoint.id as string;
  const q2 = await createPeriod(stack, org.admin.token, quarter(2026, 2));
  const q3 = await createPeriod(stack, org.admin.token, quarter(2026, 3));
  const extra = (i: number) => ({
    employeeId: org.people.staffA.id,
    comment: SECRET_COMMENTS[i % SECRET_COMMENTS.length],
    respondent: SECRET_PROFILE,
  });
  for (const [i, row] of WORKED_EXAMPLE.entries())
    await insertRatings(db, { agencyId, servicePointId: org.servicePointA, submittedAt: '2026-08-15T03:00:00Z' }, [row], extra(i));
  for (const [i, row] of EARLIER_QUARTER.entries())
    await insertRatings(db, { agencyId, servicePointId: org.servicePointA, submittedAt: '2026-05-10T03:00:00Z' }, [row], extra(i + 1));
  await insertRatings(
    db,
    { agencyId, servicePointId: spB, submittedAt: '2026-08-20T03:00:00Z' },
    [
      [3, 3, 3, 3, 3, 3, 3, 2, 3],
      [2, 3, 2, 3, 3, 3, 3, 2, 3],
    ],
    extra(2),
  );
  await recomputeAndWait(stack, db, org.admin.token, [q2, q3], org.servicePointA);
  await recomputeAndWait(stack, db, org.admin.token, [q3], spB);
  const published = await ok(
    stack,
    FOLLOW_UP,
    {
      i: {
        servicePointId: org.servicePointA,
        periodId: q3,
        elementCode: 'U8',
        action: 'Sediakan kanal pengaduan daring yang dibalas dalam 2 hari kerja',
        ownerId: org.people.staffA.id,
        dueOn: '2026-11-30',
        status: 'IN_PROGRESS',
        published: true,
      },
    },
    org.tokens.lurahA,
  );
  const unpublished = await ok(
    stack,
    FOLLOW_UP,
    {
      i: {
        servicePointId: org.servicePointA,
        periodId: q3,
        elementCode: 'U3',
        action: 'Rapat internal tentang waktu penyelesaian (draf)',
        ownerId: org.people.staffA.id,
        dueOn: '2026-12-15',
      },
    },
    org.tokens.lurahA,
  );
  const staffNames = ['Camat Arcamanik', 'Lurah Sukamiskin', 'Lurah Cisaranten Kulon', 'Staf Sukamiskin', 'Staf Cisaranten Kulon'];
  return {
    org,
    agencyId: agencyId as string,
    spB,
    q2,
    q3,
    publishedActionId: published.createFollowUpAction.id as string,
    unpublishedActionId: unpublished.createFollowUpAction.id as string,
    /** Nothing of these may appear on a public page or answer. */
    secrets: [
      ...staffNames,
      org.people.staffA.nip,
      org.people.camat.nip,
      ...SECRET_COMMENTS,
      ...Object.values(SECRET_PROFILE),
      'Rapat internal',
    ],
  };
}
