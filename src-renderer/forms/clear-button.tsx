import { CloseCircleFilled } from '@ant-design/icons';

/** `allowClear` for a text field whose clear button is named in words ("Xóa nội dung"), not by its icon ("close-circle"). */
export const clearNamed = (label: string) => ({ clearIcon: <CloseCircleFilled aria-label={label} /> });
