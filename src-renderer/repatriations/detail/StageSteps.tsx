import { Grid, Steps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseView, RepatriationStage } from '../../../src-shared/contract/index.js';
import { formatDateTime } from '../../i18n/index.js';
import { MAIN_STAGES } from '../model.js';

/** The workflow as steps: each reached step says who moved it there and when. */
export function StageSteps({ view }: { view: CaseView }) {
  const { t } = useTranslation();
  // In a narrow window (150 % zoom) the names go under their numbers, so six steps share the width evenly.
  const wide = Grid.useBreakpoint().lg ?? true;
  const cancelled = view.stage === 'cancelled';
  const stages: RepatriationStage[] = cancelled ? [...MAIN_STAGES.filter((s) => view.history.some((h) => h.to === s)), 'cancelled'] : [...MAIN_STAGES];
  const current = stages.indexOf(view.stage);
  return (
    <Steps
      size="small"
      titlePlacement={wide ? 'horizontal' : 'vertical'}
      className="rep-steps"
      current={current}
      status={cancelled ? 'error' : view.stage === 'closed' ? 'finish' : 'process'}
      items={stages.map((stage) => {
        const last = [...view.history].reverse().find((h) => h.to === stage);
        return {
          title: t(`rep.stage.${stage}`),
          content: last ? (
            <span className="rep-step-who">
              {formatDateTime(last.at).slice(0, 16)} · {last.by}
              {last.note && (
                <>
                  <br />
                  <em>{last.note}</em>
                </>
              )}
            </span>
          ) : undefined,
        };
      })}
    />
  );
}
