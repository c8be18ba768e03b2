import { Ref, useState } from 'react';
import { useT } from '../../shared/i18n';
import { useGqlMutation } from '../graphql';
import { Feedback, Indicator, Note, Plan, when } from './common';
import { IndicatorForm } from './IndicatorForm';
import { IndicatorTable } from './IndicatorTable';
import { WP_MESSAGES } from './workPlanMessages';
import { PLAN_QUERIES, REMOVE_INDICATOR } from './workPlanOperations';

export function PlanBody({
  plan,
  heading,
  onDone,
  headingRef,
}: {
  plan: Plan;
  heading: string;
  onDone: (n: Note) => void;
  headingRef?: Ref<HTMLHeadingElement>;
}) {
  const { t, lang } = useT(WP_MESSAGES);
  const [editing, setEditing] = useState<Indicator | null>(null);
  const [error, setError] = useState<unknown>(null);
  const remove = useGqlMutation(REMOVE_INDICATOR, PLAN_QUERIES);
  const draft = plan.status === 'DRAFT';
  return (
    <>
      <h2 ref={headingRef} tabIndex={-1}>
        {heading}
      </h2>
      <p className="row">
        <span className={draft ? 'badge' : 'badge ok'}>{t(`status${plan.status}`)}</span>
        <span>{t('versionLine', { version: plan.version })}</span>
        {plan.agreedAt ? <span>{t('agreedLine', { date: when(plan.agreedAt, lang) })}</span> : null}
      </p>
      <IndicatorTable
        plan={plan}
        editable={draft}
        onEdit={setEditing}
        onRemove={async (i) => {
          setError(null);
          try {
            await remove.mutateAsync({ indicatorId: i.id });
            if (editing?.id === i.id) setEditing(null);
            onDone({ key: 'indicatorRemoved', params: { name: i.name } });
          } catch (err) {
            setError(err);
          }
        }}
      />
      <Feedback notice={null} error={error} />
      {draft ? (
        <IndicatorForm
          plan={plan}
          editing={editing}
          onCancel={() => setEditing(null)}
          onDone={(n) => {
            setEditing(null);
            onDone(n);
          }}
        />
      ) : null}
    </>
  );
}
