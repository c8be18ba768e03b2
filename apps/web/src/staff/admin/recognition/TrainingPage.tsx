import { useState } from 'react';
import { useT } from '../../../shared/i18n';
import { graphql, useGqlQuery } from '../../graphql';
import { PeriodSelect } from '../common/PeriodSelect';
import { QueryState } from '../common/QueryState';
import { UnitSelect } from '../rounds/UnitSelect';
import { hoursText, num } from './AwardsPage';
import { CsvDownload } from './CsvDownload';
import { RECOGNITION_MESSAGES, VALUE_NAME } from './recognitionMessages';
import { TrainingCatalogue } from './TrainingCatalogue';

const TRAINING_SUGGESTIONS = graphql(`
  query AdminTrainingSuggestions($periodId: ID!, $unitId: ID) {
    trainingSuggestions(periodId: $periodId, unitId: $unitId) {
      threshold
      maxValues
      roundsConsidered
      employees {
        roundId
        employeeName
        employeeNip
        position
        unitName
        weakValues {
          value
          score
        }
        courses {
          value
          indicatorMatched
          course {
            id
            title
            provider
            hours
          }
        }
      }
    }
  }
`);

/** Pelatihan (/app/admin/training): the catalogue the ADMIN maintains, and a period's suggestions from the weakest values; CSV. */
export function TrainingPage() {
  const { t } = useT(RECOGNITION_MESSAGES);
  const [periodId, setPeriodId] = useState('');
  const [unitId, setUnitId] = useState('');
  return (
    <section aria-labelledby="training-heading">
      <h2 id="training-heading">{t('trainingHeading')}</h2>
      <TrainingCatalogue />
      <div className="admin-section" style={{ marginTop: '1rem' }}>
        <h3 id="suggestions-heading">{t('suggestionsHeading')}</h3>
        <PeriodSelect id="training-period" value={periodId} onChange={setPeriodId} />
        {periodId ? (
          <>
            <UnitSelect id="training-unit" label={t('scope')} value={unitId} onChange={setUnitId} anyLabel={t('wholeAgency')} />
            <Suggestions periodId={periodId} unitId={unitId} />
          </>
        ) : null}
      </div>
    </section>
  );
}

function Suggestions({ periodId, unitId }: { periodId: string; unitId: string }) {
  const { t, lang } = useT(RECOGNITION_MESSAGES);
  const q = useGqlQuery(TRAINING_SUGGESTIONS, { periodId, unitId: unitId || null });
  const data = q.data?.trainingSuggestions;
  return (
    <QueryState loading={q.isPending} error={q.error} empty={false} emptyText="" onRetry={() => void q.refetch()}>
      {data ? (
        <>
          <p className="hint">{t('suggestionsIntro', { threshold: data.threshold, maxValues: data.maxValues })}</p>
          <CsvDownload path="/api/training-suggestions.csv" params={{ periodId, unitId }} fileName="saran-pelatihan.csv" />
          {data.employees.length ? (
            <ul className="plain">
              {data.employees.map((e) => (
                <li key={e.roundId} className="notice">
                  <h4>
                    {e.employeeName}{' '}
                    <span className="where">
                      · {e.employeeNip} · {e.position} · {e.unitName}
                    </span>
                  </h4>
                  <p>
                    {t('colWeak')}: {e.weakValues.map((w) => `${VALUE_NAME[w.value]} ${num(w.score, lang)}`).join(', ')}
                  </p>
                  {e.weakValues.map((w) => {
                    const courses = e.courses.filter((c) => c.value === w.value);
                    return (
                      <div key={w.value}>
                        <h5>{VALUE_NAME[w.value]}</h5>
                        {courses.length ? (
                          <ul>
                            {courses.map((c) => (
                              <li key={c.course.id}>
                                {c.course.title} — {c.course.provider}, {hoursText(c.course.hours, lang)} {t('colHours').toLowerCase()}
                                {c.indicatorMatched ? ` (${t('matched', { indicator: c.indicatorMatched })})` : ''}
                              </li>
                            ))}
                          </ul>
                        ) : (
                          <p className="where">{t('noCourse')}</p>
                        )}
                      </div>
                    );
                  })}
                </li>
              ))}
            </ul>
          ) : (
            <p className="empty">{t('noSuggestions')}</p>
          )}
        </>
      ) : null}
    </QueryState>
  );
}
