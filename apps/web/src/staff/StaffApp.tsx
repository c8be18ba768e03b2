import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../shared/gql';
import { PREDIKAT_LABEL, RATING_LABEL, session, staffGql, STATUS_LABEL } from './api';

interface Me {
  id: string;
  name: string;
  position: string;
  roles: string[];
}
type Tab = 'waiting' | 'team' | 'mine';

const fmt = (n: number | null | undefined) =>
  n === null || n === undefined ? '—' : (Math.round(n * 100 + Number.EPSILON * Math.sign(n)) / 100).toFixed(2);

function Login({ onIn }: { onIn: () => void }) {
  const [nip, setNip] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <main>
      <h1>Masuk ke Kinerja360</h1>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          setBusy(true);
          setError(null);
          try {
            const d = await staffGql<{ login: { accessToken: string } }>(
              `mutation($n: String!, $p: String!) { login(nip: $n, password: $p) { accessToken } }`,
              { n: nip.trim(), p: password },
            );
            session.set(d.login.accessToken);
            onIn();
          } catch (err) {
            setError(err instanceof ApiError ? err.message : 'Koneksi terputus.');
          } finally {
            setBusy(false);
          }
        }}
      >
        <label className="block" htmlFor="nip">
          NIP
        </label>
        <input
          id="nip"
          inputMode="numeric"
          autoComplete="username"
          value={nip}
          onChange={(e) => setNip(e.target.value)}
          className="field"
        />
        <label className="block" htmlFor="password">
          Kata sandi
        </label>
        <input
          id="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          className="field"
        />
        {error ? (
          <p className="err" role="alert">
            {error}
          </p>
        ) : null}
        <p>
          <button type="submit" disabled={busy}>
            {busy ? 'Memproses…' : 'Masuk'}
          </button>
        </p>
      </form>
    </main>
  );
}

interface Item {
  value: string;
  name: string;
  description: string;
  anchors: string[];
}

/** The BerAKHLAK form: descriptions and anchors visible, 1–5 per value, appreciation and improvements. */
function ReviewForm({ roundId, relation, onDone }: { roundId: string; relation: string; onDone: () => void }) {
  const [round, setRound] = useState<{ employee: { name: string }; positionAtOpen: string; instrument: { items: Item[] } } | null>(null);
  const [scores, setScores] = useState<Record<string, number>>({});
  const [strengths, setStrengths] = useState('');
  const [improvements, setImprovements] = useState('');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    staffGql<{ round: typeof round }>(
      `query($id: ID!) { round(id: $id) { employee { name } positionAtOpen instrument { items { value name description anchors } } } }`,
      { id: roundId },
    ).then((d) => setRound(d.round));
  }, [roundId]);
  if (!round) return <p aria-busy="true">Memuat formulir…</p>;
  const supervisor = relation === 'SUPERVISOR';
  return (
    <form
      onSubmit={async (e) => {
        e.preventDefault();
        const missing = round.instrument.items.find((i) => !scores[i.value]);
        if (missing) return setError(`Nilai untuk ${missing.name} belum diisi.`);
        try {
          await staffGql(`mutation($i: SubmitReviewInput!) { submitReview(input: $i) { id } }`, {
            i: {
              roundId,
              scores: round.instrument.items.map((i) => ({ value: i.value, score: scores[i.value] })),
              strengths: strengths || undefined,
              improvements: improvements || undefined,
            },
          });
          onDone();
        } catch (err) {
          setError(err instanceof ApiError ? err.message : 'Koneksi terputus.');
        }
      }}
    >
      <h2>
        Penilaian untuk {round.employee.name} <small>({round.positionAtOpen})</small>
      </h2>
      {round.instrument.items.map((item) => (
        <fieldset key={item.value}>
          <legend>{item.name}</legend>
          <p className="where">{item.description}</p>
          <div className="choices five">
            {item.anchors.map((anchor, i) => (
              <label className="choice" key={i} title={anchor}>
                <input
                  type="radio"
                  name={item.value}
                  value={i + 1}
                  checked={scores[item.value] === i + 1}
                  onChange={() => setScores({ ...scores, [item.value]: i + 1 })}
                  aria-describedby={`${item.value}-${i}`}
                />
                <span>
                  <b>{i + 1}</b>
                  <small id={`${item.value}-${i}`}>{anchor}</small>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <label className="block" htmlFor="strengths">
        Apresiasi: apa yang sudah baik{supervisor ? ' (wajib)' : ''}
      </label>
      <textarea id="strengths" rows={3} value={strengths} onChange={(e) => setStrengths(e.target.value)} />
      <label className="block" htmlFor="improvements">
        Saran perbaikan{supervisor ? ' (wajib)' : ''}
      </label>
      <textarea id="improvements" rows={3} value={improvements} onChange={(e) => setImprovements(e.target.value)} />
      {error ? (
        <p className="err" role="alert">
          {error}
        </p>
      ) : null}
      <p>
        <button type="submit">Kirim penilaian</button>
      </p>
    </form>
  );
}

function Waiting() {
  const [items, setItems] = useState<Array<{ id: string; relation: string; round: { id: string; employee: { name: string } } }> | null>(
    null,
  );
  const [open, setOpen] = useState<{ roundId: string; relation: string } | null>(null);
  const [done, setDone] = useState(false);
  const load = useCallback(
    () =>
      staffGql<{ reviewsWaitingForMe: NonNullable<typeof items> }>(
        `{ reviewsWaitingForMe { id relation round { id employee { name } } } }`,
      ).then((d) => setItems(d.reviewsWaitingForMe)),
    [],
  );
  useEffect(() => void load(), [load]);
  if (open)
    return (
      <ReviewForm
        {...open}
        onDone={() => {
          setOpen(null);
          setDone(true);
          void load();
        }}
      />
    );
  if (!items) return <p aria-busy="true">Memuat…</p>;
  return (
    <section>
      {done ? (
        <p className="notice ok" role="status">
          Penilaian terkirim. Terima kasih!
        </p>
      ) : null}
      {items.length === 0 ? <p>Tidak ada penilaian yang menunggu Anda.</p> : null}
      <ul className="cards">
        {items.map((a) => (
          <li key={a.id}>
            <span>
              {a.round.employee.name}{' '}
              <small>
                (
                {a.relation === 'SUPERVISOR'
                  ? 'sebagai atasan'
                  : a.relation === 'PEER'
                    ? 'sebagai rekan kerja'
                    : a.relation === 'SELF'
                      ? 'penilaian diri'
                      : 'sebagai bawahan'}
                )
              </small>
            </span>
            <button onClick={() => setOpen({ roundId: a.round.id, relation: a.relation })}>Nilai {a.round.employee.name}</button>
          </li>
        ))}
      </ul>
    </section>
  );
}

interface TeamRound {
  id: string;
  status: string;
  employee: { name: string };
  progress: { supervisorSubmitted: boolean; peersApproved: number; peersSubmitted: number; nominationsPending: number };
  reviewers: Array<{ id: string; relation: string; state: string }> | null;
  result: { predikat: string | null; perilakuScore: number | null } | null;
}

function Team() {
  const [periods, setPeriods] = useState<Array<{ id: string; name: string }>>([]);
  const [periodId, setPeriodId] = useState('');
  const [rounds, setRounds] = useState<TeamRound[] | null>(null);
  const [closing, setClosing] = useState<string | null>(null);
  const [rating, setRating] = useState('SESUAI_EKSPEKTASI');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    staffGql<{ periods: typeof periods }>(`{ periods { id name } }`).then((d) => {
      setPeriods(d.periods);
      setPeriodId(d.periods[0]?.id ?? '');
    });
  }, []);
  const load = useCallback(() => {
    if (!periodId) return;
    void staffGql<{ teamRounds: TeamRound[] }>(
      `query($p: ID!) { teamRounds(periodId: $p) { id status employee { name } progress { supervisorSubmitted peersApproved peersSubmitted nominationsPending } reviewers { id relation state } result { predikat perilakuScore } } }`,
      { p: periodId },
    ).then((d) => setRounds(d.teamRounds));
  }, [periodId]);
  useEffect(() => {
    load();
    const t = setInterval(load, 3000);
    return () => clearInterval(t);
  }, [load]);
  return (
    <section>
      <label htmlFor="period">Periode: </label>
      <select id="period" value={periodId} onChange={(e) => setPeriodId(e.target.value)}>
        {periods.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
      {error ? (
        <p className="err" role="alert">
          {error}
        </p>
      ) : null}
      {!rounds ? <p aria-busy="true">Memuat…</p> : rounds.length === 0 ? <p>Belum ada putaran penilaian tim pada periode ini.</p> : null}
      <table className="team">
        <caption className="sr">Putaran penilaian tim</caption>
        <thead>
          <tr>
            <th scope="col">Pegawai</th>
            <th scope="col">Status</th>
            <th scope="col">Atasan</th>
            <th scope="col">Rekan (kirim/setuju)</th>
            <th scope="col">Usulan</th>
            <th scope="col">Hasil</th>
            <th scope="col">Tindakan</th>
          </tr>
        </thead>
        <tbody>
          {(rounds ?? []).map((r) => (
            <tr key={r.id}>
              <th scope="row">{r.employee.name}</th>
              <td>{STATUS_LABEL[r.status] ?? r.status}</td>
              <td>{r.progress.supervisorSubmitted ? 'Sudah' : 'Belum'}</td>
              <td>
                {r.progress.peersSubmitted}/{r.progress.peersApproved}
              </td>
              <td>
                {r.reviewers
                  ?.filter((a) => a.state === 'NOMINATED')
                  .map((a) => (
                    <button
                      key={a.id}
                      className="secondary"
                      onClick={async () => {
                        await staffGql(`mutation($i: DecideNominationInput!) { decideNomination(input: $i) { id } }`, {
                          i: { assignmentId: a.id, approve: true },
                        });
                        load();
                      }}
                    >
                      Setujui usulan
                    </button>
                  )) ?? null}
              </td>
              <td>
                {r.result ? (
                  <>
                    Predikat: <strong>{PREDIKAT_LABEL[r.result.predikat ?? ''] ?? '—'}</strong> (perilaku {fmt(r.result.perilakuScore)})
                  </>
                ) : (
                  '—'
                )}
              </td>
              <td>
                {r.status === 'OPEN' && r.reviewers ? (
                  closing === r.id ? (
                    <form
                      onSubmit={async (e) => {
                        e.preventDefault();
                        setError(null);
                        try {
                          await staffGql(`mutation($i: CloseRoundInput!) { closeRound(input: $i) { status } }`, {
                            i: { roundId: r.id, hasilKerjaRating: rating },
                          });
                          setClosing(null);
                          load();
                        } catch (err) {
                          setError(err instanceof ApiError ? err.message : 'Koneksi terputus.');
                        }
                      }}
                    >
                      <label htmlFor={`hk-${r.id}`}>Hasil kerja: </label>
                      <select id={`hk-${r.id}`} value={rating} onChange={(e) => setRating(e.target.value)}>
                        {Object.entries(RATING_LABEL).map(([v, l]) => (
                          <option key={v} value={v}>
                            {l}
                          </option>
                        ))}
                      </select>{' '}
                      <button type="submit">Tutup putaran</button>
                    </form>
                  ) : (
                    <button className="secondary" onClick={() => setClosing(r.id)}>
                      Tutup putaran {r.employee.name}
                    </button>
                  )
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Mine() {
  const [rounds, setRounds] = useState<Array<{
    id: string;
    status: string;
    period: { name: string };
    result: { predikat: string | null; perilakuScore: number | null; perilakuRating: string | null; hasilKerjaRating: string } | null;
    feedback: Array<{
      relation: string;
      submitted: number;
      commentsVisible: boolean;
      comments: Array<{ strengths: string | null; improvements: string | null }>;
    }> | null;
  }> | null>(null);
  useEffect(() => {
    staffGql<{ myRounds: NonNullable<typeof rounds> }>(
      `{ myRounds { id status period { name } result { predikat perilakuScore perilakuRating hasilKerjaRating } feedback { relation submitted commentsVisible comments { strengths improvements } } } }`,
    ).then((d) => setRounds(d.myRounds));
  }, []);
  if (!rounds) return <p aria-busy="true">Memuat…</p>;
  if (!rounds.length) return <p>Anda belum memiliki putaran penilaian.</p>;
  return (
    <section>
      {rounds.map((r) => (
        <article key={r.id} className="notice">
          <h2>
            {r.period.name} · {STATUS_LABEL[r.status]}
          </h2>
          {r.result ? (
            <p>
              Predikat: <strong>{PREDIKAT_LABEL[r.result.predikat ?? ''] ?? '—'}</strong> · perilaku {fmt(r.result.perilakuScore)} (
              {RATING_LABEL[r.result.perilakuRating ?? ''] ?? '—'}) · hasil kerja {RATING_LABEL[r.result.hasilKerjaRating]}
            </p>
          ) : (
            <p>Hasil muncul setelah atasan menutup putaran dan skor dihitung.</p>
          )}
          {r.feedback?.map((f) => (
            <div key={f.relation}>
              <h3>
                {
                  ({ SUPERVISOR: 'Atasan', PEER: 'Rekan kerja', SUBORDINATE: 'Bawahan', SELF: 'Diri sendiri' } as Record<string, string>)[
                    f.relation
                  ]
                }{' '}
                ({f.submitted})
              </h3>
              {!f.commentsVisible ? (
                <p className="where">Komentar ditampilkan setelah minimal 3 penilai mengirim (menjaga kerahasiaan).</p>
              ) : null}
              <ul>
                {f.comments.map((c, i) => (
                  <li key={i}>
                    {c.strengths ? <>👍 {c.strengths} </> : null}
                    {c.improvements ? <>💡 {c.improvements}</> : null}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </article>
      ))}
    </section>
  );
}

/** Staff pages (/app): login, reviews waiting for me, my team's rounds, my results. */
export function StaffApp() {
  const [me, setMe] = useState<Me | null>(null);
  const [signedIn, setSignedIn] = useState(Boolean(session.get()));
  const [tab, setTab] = useState<Tab>('waiting');
  useEffect(() => {
    if (!signedIn) return;
    staffGql<{ me: Me }>(`{ me { id name position roles } }`)
      .then((d) => setMe(d.me))
      .catch(() => setSignedIn(false));
  }, [signedIn]);
  if (!signedIn) return <Login onIn={() => setSignedIn(true)} />;
  if (!me)
    return (
      <main aria-busy="true">
        <p>Memuat…</p>
      </main>
    );
  const leads = me.roles.includes('SUPERVISOR') || me.roles.includes('ADMIN');
  const tabs: Array<[Tab, string]> = [
    ['waiting', 'Menunggu penilaian saya'],
    ...(leads ? ([['team', 'Tim saya']] as Array<[Tab, string]>) : []),
    ['mine', 'Hasil saya'],
  ];
  return (
    <main className="wide">
      <header className="row">
        <h1>Kinerja360</h1>
        <span>
          {me.name} · {me.position}
        </span>
        <button
          className="secondary"
          onClick={async () => {
            await staffGql(`mutation { logout }`).catch(() => undefined);
            session.clear();
            setSignedIn(false);
            setMe(null);
          }}
        >
          Keluar
        </button>
      </header>
      <nav className="row" aria-label="Menu">
        {tabs.map(([t, label]) => (
          <button key={t} className={t === tab ? '' : 'secondary'} aria-current={t === tab ? 'page' : undefined} onClick={() => setTab(t)}>
            {label}
          </button>
        ))}
      </nav>
      {tab === 'waiting' ? <Waiting /> : tab === 'team' ? <Team /> : <Mine />}
    </main>
  );
}
