import { useEffect, useMemo, useState } from 'react';
import { ApiError, gql, newKey } from '../shared/gql';
import { ANSWERS, IKM_QUESTIONS, RATING_CONTEXT, RatingContext, SUBMIT_RATING, tokenMessage } from '../shared/ikm';

type State = { step: 'loading' } | { step: 'invalid'; message: string } | { step: 'form'; ctx: RatingContext } | { step: 'done' };

const PROFILE: Array<{ key: string; label: string; options: Array<[string, string]> }> = [
  {
    key: 'ageBand',
    label: 'Usia',
    options: [
      ['UNDER_20', '< 20 tahun'],
      ['AGE_20_29', '20–29'],
      ['AGE_30_39', '30–39'],
      ['AGE_40_49', '40–49'],
      ['AGE_50_59', '50–59'],
      ['AGE_60_PLUS', '60 tahun ke atas'],
    ],
  },
  {
    key: 'sex',
    label: 'Jenis kelamin',
    options: [
      ['LAKI_LAKI', 'Laki-laki'],
      ['PEREMPUAN', 'Perempuan'],
    ],
  },
  {
    key: 'education',
    label: 'Pendidikan',
    options: [
      ['SD_KEBAWAH', 'SD ke bawah'],
      ['SMP', 'SMP'],
      ['SMA', 'SMA/SMK'],
      ['D1_D3', 'D1–D3'],
      ['D4_S1', 'D4/S1'],
      ['S2_KEATAS', 'S2 ke atas'],
    ],
  },
  {
    key: 'occupation',
    label: 'Pekerjaan',
    options: [
      ['PNS_TNI_POLRI', 'PNS/TNI/Polri'],
      ['PEGAWAI_SWASTA', 'Pegawai swasta'],
      ['WIRAUSAHA', 'Wirausaha'],
      ['PELAJAR_MAHASISWA', 'Pelajar/Mahasiswa'],
      ['IBU_RUMAH_TANGGA', 'Ibu rumah tangga'],
      ['LAINNYA', 'Lainnya'],
    ],
  },
];

/** The QR page (/r/<token>, /t/<token>): the nine IKM questions, a comment, an optional profile. */
export function RatePage({ token }: { token: string }) {
  const [state, setState] = useState<State>({ step: 'loading' });
  const [answers, setAnswers] = useState<Array<number | null>>(Array(9).fill(null));
  const [comment, setComment] = useState('');
  const [profile, setProfile] = useState<Record<string, string>>({});
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  // One key per filled-in form: pressing "Kirim" again after a network error never counts twice.
  const idempotencyKey = useMemo(() => newKey(), []);

  useEffect(() => {
    gql<{ publicRatingContext: RatingContext }>(RATING_CONTEXT, { t: token })
      .then((d) => setState({ step: 'form', ctx: d.publicRatingContext }))
      .catch((e: unknown) => setState({ step: 'invalid', message: tokenMessage(e instanceof ApiError ? e.code : 'INVALID_TOKEN') }));
  }, [token]);

  if (state.step === 'loading')
    return (
      <main aria-busy="true">
        <p>Memuat…</p>
      </main>
    );
  if (state.step === 'invalid')
    return (
      <main>
        <h1>Survei Kepuasan Layanan</h1>
        <p className="notice error" role="alert">
          {state.message}
        </p>
      </main>
    );
  if (state.step === 'done')
    return (
      <main>
        <h1>Terima kasih!</h1>
        <p className="notice ok" role="status">
          Penilaian Anda sudah kami terima dan membantu kami memperbaiki layanan.
        </p>
      </main>
    );

  const { ctx } = state;
  const missing = answers.findIndex((a) => a === null);
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (missing >= 0) {
      setProblem(`Mohon jawab pertanyaan ${missing + 1} (${IKM_QUESTIONS[missing].title}).`);
      document.getElementById(`q-${missing}`)?.focus();
      return;
    }
    setSending(true);
    setProblem(null);
    const respondent = Object.fromEntries(Object.entries(profile).filter(([, v]) => v));
    try {
      await gql(SUBMIT_RATING, {
        i: {
          token,
          idempotencyKey,
          kind: 'IKM',
          answers,
          comment: comment.trim() || undefined,
          respondent: Object.keys(respondent).length ? respondent : undefined,
        },
      });
      setState({ step: 'done' });
    } catch (e) {
      if (e instanceof ApiError && ['TOKEN_EXPIRED', 'TOKEN_REVOKED', 'TICKET_USED', 'INVALID_TOKEN', 'KIOSK_REVOKED'].includes(e.code)) {
        setState({ step: 'invalid', message: tokenMessage(e.code) });
      } else {
        setProblem(e instanceof ApiError ? tokenMessage(e.code) : 'Koneksi terputus. Periksa jaringan lalu tekan Kirim lagi.');
      }
    } finally {
      setSending(false);
    }
  };

  return (
    <main>
      <h1>Survei Kepuasan Layanan</h1>
      <p className="where">
        {ctx.servicePointName}, {ctx.unitName}
        {ctx.officer ? <> · Petugas: {ctx.officer.name}</> : null}
      </p>
      <form onSubmit={submit} noValidate>
        {IKM_QUESTIONS.map((q, i) => (
          <fieldset key={q.code} id={`q-${i}`} tabIndex={-1}>
            <legend>
              {i + 1}. {q.title}
            </legend>
            <div>{q.question}</div>
            <div className="choices">
              {ANSWERS.map((a) => (
                <label className="choice" key={a.value}>
                  <input
                    type="radio"
                    name={q.code}
                    value={a.value}
                    checked={answers[i] === a.value}
                    onChange={() => {
                      setProblem(null);
                      setAnswers((prev) => prev.map((p, j) => (j === i ? a.value : p)));
                    }}
                  />
                  <span>
                    <b aria-hidden="true">{a.face}</b>
                    {a.label}
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
        ))}
        <label className="block" htmlFor="comment">
          Saran atau komentar (tidak wajib)
        </label>
        <textarea id="comment" rows={3} maxLength={1000} value={comment} onChange={(e) => setComment(e.target.value)} />
        <details>
          <summary>Data responden (tidak wajib, tanpa nama)</summary>
          {PROFILE.map((p) => (
            <div key={p.key}>
              <label className="block" htmlFor={`p-${p.key}`}>
                {p.label}
              </label>
              <select id={`p-${p.key}`} value={profile[p.key] ?? ''} onChange={(e) => setProfile({ ...profile, [p.key]: e.target.value })}>
                <option value="">—</option>
                {p.options.map(([v, l]) => (
                  <option key={v} value={v}>
                    {l}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </details>
        {problem ? (
          <p className="err" role="alert">
            {problem}
          </p>
        ) : null}
        <p>
          <button type="submit" disabled={sending}>
            {sending ? 'Mengirim…' : 'Kirim penilaian'}
          </button>
        </p>
      </form>
    </main>
  );
}
