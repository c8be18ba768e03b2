import { useT } from '../../shared/i18n';
import { Indicator, num, Plan } from './common';
import { METHODS, WP_MESSAGES, WpKey } from './workPlanMessages';

/** The plan's indicators; while DRAFT each row can be edited or removed. */
export function IndicatorTable({
  plan,
  editable,
  onEdit,
  onRemove,
}: {
  plan: Plan;
  editable: boolean;
  onEdit: (i: Indicator) => void;
  onRemove: (i: Indicator) => void;
}) {
  const { t, lang } = useT(WP_MESSAGES);
  if (!plan.indicators.length) return <p className="where">{t('noIndicators')}</p>;
  return (
    <div className="table-scroll" role="region" aria-label={t('indicatorsCaption')} tabIndex={0}>
      <table className="team">
        <caption className="sr">{t('indicatorsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('colName')}</th>
            <th scope="col">{t('colTarget')}</th>
            <th scope="col">{t('colWeight')}</th>
            <th scope="col">{t('colDirection')}</th>
            <th scope="col">{t('colAggregation')}</th>
            <th scope="col">{t('colSource')}</th>
            <th scope="col">{t('colMethod')}</th>
            {editable ? <th scope="col">{t('colActions')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {plan.indicators.map((i) => (
            <tr key={i.id}>
              <th scope="row">{i.name}</th>
              <td>
                {num(i.target, lang)} {i.unit}
              </td>
              <td>{num(i.weight, lang)}</td>
              <td>{t(`dir${i.direction}` as WpKey)}</td>
              <td>{t(`agg${i.aggregation}` as WpKey)}</td>
              <td>{t(`src${i.source}` as WpKey)}</td>
              <td>{(METHODS as readonly string[]).includes(i.method) ? t(`method${i.method}` as WpKey) : i.method}</td>
              {editable ? (
                <td>
                  <span className="row">
                    <button className="secondary" aria-label={t('editLabel', { name: i.name })} onClick={() => onEdit(i)}>
                      {t('edit')}
                    </button>
                    <button className="secondary" aria-label={t('removeLabel', { name: i.name })} onClick={() => onRemove(i)}>
                      {t('remove')}
                    </button>
                  </span>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
