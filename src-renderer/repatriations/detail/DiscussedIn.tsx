import { useTranslation } from 'react-i18next';
import type { MeetingListRow, Result } from '../../../src-shared/contract/index.js';
import { invoke } from '../../bridge/engine.js';
import { pick } from '../../i18n/index.js';
import { canCall } from '../../records/kind.js';
import { useEngineData, useSession } from '../../session/session-context.js';
import { formatDateTimeShort } from '../model.js';
import { AGENCY, useReferenceData } from '../reference-data.js';

const NOTHING: Result<MeetingListRow[]> = { ok: true, value: [] };

/**
 * The meetings with the Cambodian side that discussed this case (it is among a meeting's links), newest first:
 * each a link to the meeting, with its date and counterpart office. Shown only to those who may read meetings
 * (the engine refuses the others; nothing is asked for them).
 */
export function DiscussedIn({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const { session } = useSession();
  const ref = useReferenceData();
  const allowed = canCall('meetings.linkedTo', session.roles);
  const { data, error } = useEngineData(() => (allowed ? invoke('meetings.linkedTo', { kind: 'repatriation', id: caseId }) : Promise.resolve(NOTHING)), [caseId, allowed]);
  if (!allowed) return null;
  return (
    <section aria-labelledby="rep-discussed-title" className="rep-discussed">
      <h3 id="rep-discussed-title">{t('rep.discussed.title')}</h3>
      {error ? (
        <div className="rep-error-text" role="alert">
          {pick(error.message)}
        </div>
      ) : data && data.length === 0 ? (
        <p className="rep-muted">{t('rep.discussed.none')}</p>
      ) : (
        <ul className="rep-discussed-list" data-testid="case-meetings">
          {data?.map((meeting) => (
            <li key={meeting.id}>
              <a href={`#/meetings/${meeting.id}`} className="tabular">
                {meeting.meetingNumber}
              </a>
              <span className="tabular">{formatDateTimeShort(meeting.startAt)}</span>
              <span>{ref.label(AGENCY, meeting.counterpartCode)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
