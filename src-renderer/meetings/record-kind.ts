import type { MeetingView } from '../../src-shared/contract/index.js';
import type { RecordKindUi } from '../records/texts.js';
import { meetingFieldName } from './field-names.js';

/** Meetings as a record kind of the shared record parts: channels 'meetings.*', the meeting's own words. */
export const MEETING_RECORD: RecordKindUi<MeetingView> = {
  kind: 'meetings',
  number: (view) => view.meetingNumber,
  fieldName: meetingFieldName,
  texts: {
    submitted: 'meet.detail.submitted',
    returnTitle: 'meet.detail.returnTitle',
    returnText: 'meet.detail.returnText',
    returnOk: 'meet.detail.returnOk',
    returned: 'meet.detail.returnedDone',
    returnedBanner: 'meet.detail.returnedBanner',
    changedBanner: 'meet.detail.changedSinceApproval',
    approveTitle: 'meet.detail.approveTitle',
    approveText: 'meet.detail.approveText',
    approved: 'meet.detail.approved',
    deleteTitle: 'meet.detail.deleteTitle',
    deleteText: 'meet.detail.deleteText',
    deleteOk: 'meet.detail.deleteOk',
    deleted: 'meet.detail.deleted',
    amendTitle: 'meet.detail.amendTitle',
    amendText: 'meet.detail.amendText',
    staleTitle: 'meet.detail.staleTitle',
    staleSameFields: 'meet.detail.staleSameFields',
    staleRedo: 'meet.detail.staleRedo',
    staleFile: 'meet.detail.staleFile',
  },
};
