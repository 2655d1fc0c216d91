import type { CaseView } from '../../src-shared/contract/index.js';
import type { RecordKindUi } from '../records/texts.js';
import { caseFieldName } from './field-names.js';

/** Repatriation cases as a record kind of the shared record parts: channels 'repatriations.*', the case's own words. */
export const CASE_RECORD: RecordKindUi<CaseView> = {
  kind: 'repatriations',
  number: (view) => view.caseNumber,
  fieldName: caseFieldName,
  texts: {
    submitted: 'rep.review.submitted',
    returnTitle: 'rep.review.returnTitle',
    returnText: 'rep.review.returnText',
    returnOk: 'rep.review.returnOk',
    returned: 'rep.review.returned',
    returnedBanner: 'rep.review.returnedBanner',
    changedBanner: 'rep.review.changedBanner',
    approveTitle: 'rep.detail.approveTitle',
    approveText: 'rep.detail.approveText',
    approved: 'rep.detail.approved',
    deleteTitle: 'rep.detail.deleteTitle',
    deleteText: 'rep.detail.deleteText',
    deleteOk: 'rep.detail.delete',
    deleted: 'rep.detail.deleted',
    amendTitle: 'rep.amend.title',
    amendText: 'rep.amend.text',
    staleTitle: 'rep.conflict.title',
    staleSameFields: 'rep.conflict.sameFields',
    staleRedo: 'rep.detail.conflict',
    staleFile: 'rep.files.conflict',
  },
};
