import { AddressInfo } from 'node:net';
import { Client } from 'pg';
import { SMTPServer } from 'smtp-server';
import { errorCode, startStack, Stack } from '../../support/stack';
import { createPeriod, ok, openRound, smallOrganisation, uniqueNip } from '../../support/org-fixtures';
import { until } from '../../support/scoring-fixtures';

/**
 * Email as a second channel (issue 14), through the real gateway and workers: a real SMTP server
 * (smtp-server) started here receives the reminder of a reviewer who has an email address, once,
 * however many runs and workers; a stack without SMTP_URL sends and claims nothing.
 */
interface Received {
  from: string;
  to: string[];
  raw: string;
}

/** The message's headers unfolded and its quoted-printable body decoded, as text. */
function readable(raw: string): { headers: string; body: string } {
  const at = raw.indexOf('\r\n\r\n');
  const headers = raw.slice(0, at).replace(/\r\n[ \t]+/g, ' ');
  let body = raw.slice(at + 4);
  if (/content-transfer-encoding:\s*quoted-printable/i.test(headers)) {
    body = Buffer.from(
      body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))),
      'latin1',
    ).toString('utf8');
  }
  return { headers, body };
}

const EMAIL_OF = `query($id: ID!) { employee(id: $id) { id email } }`;
const SET_EMAIL = `mutation($i: UpdateEmployeeInput!) { updateEmployee(input: $i) { id email } }`;

async function emailedAt(stack: Stack, employeeId: string): Promise<Array<Date | null>> {
  const c = new Client({ connectionString: stack.env.DATABASE_URL });
  await c.connect();
  try {
    const { rows } = await c.query(`SELECT emailed_at FROM notification WHERE employee_id = $1`, [employeeId]);
    return rows.map((r: { emailed_at: Date | null }) => r.emailed_at);
  } finally {
    await c.end();
  }
}

describe('notification email: a reviewer with an email address receives one message per reminder', () => {
  const received: Received[] = [];
  let smtp: SMTPServer;
  let port: number;
  let stack: Stack;

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            raw: Buffer.concat(chunks).toString('utf8'),
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', () => resolve()));
    port = (smtp.server.address() as AddressInfo).port;
    // Two workers: the reminder job runs once per interval, and each row is claimed once anyway.
    stack = await startStack({
      queue: 'redis',
      workers: 2,
      env: { REMINDERS_MS: '1000', SMTP_URL: `smtp://127.0.0.1:${port}?ignoreTLS=true`, PUBLIC_URL: 'https://kinerja.example.go.id' },
    });
  });
  afterAll(async () => {
    await stack?.close();
    await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
  });

  it('an ADMIN sets the address (lower-cased; a bad one is refused); only ADMIN and the employee see it', async () => {
    const org = await smallOrganisation(stack, 'Kota Surel');
    const id = org.people.lurahA.id;
    for (const email of ['bukan surel', '"dua kata"@example.go.id', `${'a'.repeat(250)}@x.id`]) {
      expect(errorCode(await stack.gql(SET_EMAIL, { i: { id, email } }, org.admin.token))).toBe('BAD_USER_INPUT');
    }
    const created = await stack.gql(
      `mutation($i: CreateEmployeeInput!) { createEmployee(input: $i) { id email } }`,
      { i: { nip: uniqueNip(), name: 'Pegawai Bersurel', position: 'Staf', unitId: org.units.kelA, email: 'Pegawai@Example.go.id' } },
      org.admin.token,
    );
    expect(created.data?.createEmployee.email).toBe('pegawai@example.go.id');
    expect(
      (await ok(stack, SET_EMAIL, { i: { id: created.data?.createEmployee.id, clearEmail: true } }, org.admin.token)).updateEmployee.email,
    ).toBeNull();
    expect((await ok(stack, SET_EMAIL, { i: { id, email: 'Lurah.Sukamiskin@Example.GO.ID' } }, org.admin.token)).updateEmployee.email).toBe(
      'lurah.sukamiskin@example.go.id',
    );
    expect((await ok(stack, EMAIL_OF, { id }, org.tokens.lurahA)).employee.email).toBe('lurah.sukamiskin@example.go.id');
    // Their supervisor reads the employee but not the address.
    expect((await ok(stack, EMAIL_OF, { id }, org.tokens.camat)).employee).toEqual({ id, email: null });
  });

  it('opening a round emails the reviewer once, in Bahasa Indonesia with a link to the staff app; later runs send nothing more', async () => {
    const org = await smallOrganisation(stack, 'Kota Surel Dua');
    const lurah = org.people.lurahA;
    await ok(stack, SET_EMAIL, { i: { id: lurah.id, email: 'lurah.dua@example.go.id' } }, org.admin.token);
    const periodId = await createPeriod(stack, org.admin.token, {
      name: 'Bulan Surel',
      kind: 'MONTHLY',
      startsOn: '2026-05-01',
      endsOn: '2026-05-31',
    });
    await openRound(stack, org.tokens.lurahA, org.people.staffA.id, periodId);

    const mine = () => received.filter((r) => r.to.includes('lurah.dua@example.go.id'));
    await until('the reviewer’s email', async () => mine().length > 0);
    const rows = await until('emailed_at stamped', async () => {
      const at = await emailedAt(stack, lurah.id);
      return at.length > 0 && at.every((a) => a !== null) ? at : null;
    });
    expect(rows).toHaveLength(1); // REVIEW_WAITING only: the period has no deadline.

    // Several runs (and two workers) later, still the one message.
    await new Promise((r) => setTimeout(r, 3500));
    expect(mine()).toHaveLength(1);
    const [msg] = mine();
    expect(msg.to).toEqual(['lurah.dua@example.go.id']);
    expect(msg.from).toBe('no-reply@localhost');
    const { headers, body } = readable(msg.raw);
    expect(headers).toMatch(/^Subject: Kinerja360: Ada penilaian 360 yang menunggu Anda isi\.$/im);
    expect(headers).toMatch(/^To: lurah\.dua@example\.go\.id$/im);
    expect(body).toContain('Yth. Lurah Sukamiskin,');
    expect(body).toContain('Ada penilaian 360 yang menunggu Anda isi.');
    expect(body).toContain('https://kinerja.example.go.id/app');
    // Employees without an address got no email, and their notifications stay unclaimed.
    expect(received.every((r) => r.to.every((t) => t.endsWith('@example.go.id')))).toBe(true);
    const c = new Client({ connectionString: stack.env.DATABASE_URL });
    await c.connect();
    try {
      const { rows: agency } = await c.query(
        `SELECT n.employee_id, n.emailed_at IS NOT NULL AS emailed FROM notification n
           JOIN employee e ON e.id = n.employee_id
          WHERE e.agency_id = (SELECT agency_id FROM employee WHERE id = $1)`,
        [lurah.id],
      );
      expect(agency.filter((r: { emailed: boolean }) => r.emailed).map((r: { employee_id: string }) => r.employee_id)).toEqual([lurah.id]);
    } finally {
      await c.end();
    }
  });
});

describe('notification email: without SMTP_URL nothing is sent or claimed', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ queue: 'redis', ownDatabase: true, env: { REMINDERS_MS: '1000' } });
  });
  afterAll(async () => {
    await stack?.close();
  });

  it('the reminder is in the app, its emailed_at stays null', async () => {
    const org = await smallOrganisation(stack, 'Kota Tanpa Surel');
    const lurah = org.people.lurahA;
    await ok(stack, SET_EMAIL, { i: { id: lurah.id, email: 'lurah.tanpa@example.go.id' } }, org.admin.token);
    const periodId = await createPeriod(stack, org.admin.token, {
      name: 'Bulan Tanpa Surel',
      kind: 'MONTHLY',
      startsOn: '2026-05-01',
      endsOn: '2026-05-31',
    });
    await openRound(stack, org.tokens.lurahA, org.people.staffA.id, periodId);
    await until('the in-app reminder', async () => (await emailedAt(stack, lurah.id)).length > 0);
    await new Promise((r) => setTimeout(r, 2500));
    expect(await emailedAt(stack, lurah.id)).toEqual([null]);
  });
});
