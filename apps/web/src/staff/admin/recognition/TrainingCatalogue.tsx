import { useState, type FormEvent } from 'react';
import { useT } from '../../../shared/i18n';
import type { CoreValue } from '../../gql/graphql';
import { graphql, useGqlMutation, useGqlQuery } from '../../graphql';
import { ErrorLine, QueryState } from '../common/QueryState';
import { hoursText } from './AwardsPage';
import { RECOGNITION_MESSAGES, VALUE_NAME } from './recognitionMessages';

export const TRAINING_COURSES = graphql(`
  query AdminTrainingCourses {
    trainingCourses {
      id
      title
      provider
      coreValue
      indicator
      hours
      active
    }
  }
`);

const CREATE = graphql(`
  mutation AdminCreateTrainingCourse($input: CreateTrainingCourseInput!) {
    createTrainingCourse(input: $input) {
      id
      title
    }
  }
`);

const UPDATE = graphql(`
  mutation AdminUpdateTrainingCourse($input: UpdateTrainingCourseInput!) {
    updateTrainingCourse(input: $input) {
      id
      title
    }
  }
`);

const VALUES = Object.keys(VALUE_NAME) as CoreValue[];
interface Form {
  id: string | null;
  title: string;
  provider: string;
  coreValue: CoreValue;
  indicator: string;
  hours: string;
  active: boolean;
}
const EMPTY: Form = { id: null, title: '', provider: '', coreValue: 'BERORIENTASI_PELAYANAN', indicator: '', hours: '', active: true };

/** The training catalogue: the list, and one form to add a course or edit the chosen one. */
export function TrainingCatalogue() {
  const { t, lang } = useT(RECOGNITION_MESSAGES);
  const list = useGqlQuery(TRAINING_COURSES, {});
  const create = useGqlMutation(CREATE, ['AdminTrainingCourses', 'AdminTrainingSuggestions']);
  const update = useGqlMutation(UPDATE, ['AdminTrainingCourses', 'AdminTrainingSuggestions']);
  const [form, setForm] = useState<Form>(EMPTY);
  const [missing, setMissing] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const courses = list.data?.trainingCourses ?? [];
  const set = (key: keyof Form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: e.target.value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(null);
    create.reset();
    update.reset();
    const hours = Number(form.hours.replace(',', '.'));
    const incomplete = !form.title.trim() || !form.provider.trim() || !form.hours || !Number.isFinite(hours);
    setMissing(incomplete);
    if (incomplete) return;
    const fields = {
      title: form.title.trim(),
      provider: form.provider.trim(),
      coreValue: form.coreValue,
      indicator: form.indicator.trim() || null,
      hours,
      active: form.active,
    };
    const done = (title: string) => {
      setSaved(title);
      setForm(EMPTY);
    };
    if (form.id) update.mutate({ input: { id: form.id, ...fields } }, { onSuccess: (d) => done(d.updateTrainingCourse.title) });
    else create.mutate({ input: fields }, { onSuccess: (d) => done(d.createTrainingCourse.title) });
  };
  const error = create.error ?? update.error;
  const busy = create.isPending || update.isPending;
  return (
    <div className="admin-section">
      <h3 id="catalogue-heading">{t('catalogueHeading')}</h3>
      <QueryState
        loading={list.isPending}
        error={list.error}
        empty={!courses.length}
        emptyText={t('catalogueEmpty')}
        onRetry={() => void list.refetch()}
      >
        <div className="table-scroll" role="region" aria-labelledby="catalogue-heading" tabIndex={0}>
          <table className="team">
            <thead>
              <tr>
                <th scope="col">{t('colTitle')}</th>
                <th scope="col">{t('colProvider')}</th>
                <th scope="col">{t('colValue')}</th>
                <th scope="col">{t('colIndicator')}</th>
                <th scope="col">{t('colHours')}</th>
                <th scope="col">{t('colActive')}</th>
                <td />
              </tr>
            </thead>
            <tbody>
              {courses.map((c) => (
                <tr key={c.id}>
                  <th scope="row">{c.title}</th>
                  <td>{c.provider}</td>
                  <td>{VALUE_NAME[c.coreValue]}</td>
                  <td>{c.indicator ?? '—'}</td>
                  <td>{hoursText(c.hours, lang)}</td>
                  <td>{c.active ? t('active') : t('inactive')}</td>
                  <td>
                    <button
                      type="button"
                      className="secondary"
                      aria-label={t('edit', { title: c.title })}
                      onClick={() => {
                        setSaved(null);
                        create.reset();
                        update.reset();
                        setForm({ ...c, indicator: c.indicator ?? '', hours: String(c.hours) });
                      }}
                    >
                      ✎
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </QueryState>
      <form className="admin-form" onSubmit={submit} aria-labelledby="course-form-heading" noValidate>
        <h4 id="course-form-heading">{form.id ? t('editHeading') : t('createHeading')}</h4>
        <label className="block" htmlFor="course-title">
          {t('title')}
        </label>
        <input id="course-title" className="field" value={form.title} onChange={set('title')} required maxLength={200} />
        <label className="block" htmlFor="course-provider">
          {t('provider')}
        </label>
        <input id="course-provider" className="field" value={form.provider} onChange={set('provider')} required maxLength={200} />
        <label className="block" htmlFor="course-value">
          {t('coreValue')}
        </label>
        <select id="course-value" className="field" value={form.coreValue} onChange={set('coreValue')}>
          {VALUES.map((v) => (
            <option key={v} value={v}>
              {VALUE_NAME[v]}
            </option>
          ))}
        </select>
        <label className="block" htmlFor="course-indicator">
          {t('indicator')}
        </label>
        <input
          id="course-indicator"
          className="field"
          value={form.indicator}
          onChange={set('indicator')}
          maxLength={200}
          aria-describedby="course-indicator-hint"
        />
        <p id="course-indicator-hint" className="hint">
          {t('indicatorHint')}
        </p>
        <label className="block" htmlFor="course-hours">
          {t('hours')}
        </label>
        <input id="course-hours" className="field" inputMode="decimal" value={form.hours} onChange={set('hours')} required />
        <p>
          <label>
            <input type="checkbox" checked={form.active} onChange={(e) => setForm((f) => ({ ...f, active: e.target.checked }))} />{' '}
            {t('isActive')}
          </label>
        </p>
        {missing ? (
          <p className="err" role="alert">
            {t('missing')}
          </p>
        ) : null}
        <ErrorLine error={error} />
        <p className="row">
          <button type="submit" disabled={busy}>
            {form.id ? t('save') : t('add')}
          </button>
          {form.id ? (
            <button type="button" className="secondary" onClick={() => setForm(EMPTY)}>
              {t('cancel')}
            </button>
          ) : null}
        </p>
        {saved ? (
          <p className="notice ok" role="status">
            {t('saved', { title: saved })}
          </p>
        ) : null}
      </form>
    </div>
  );
}
