import { DatePicker } from 'antd';
import type { Dayjs } from 'dayjs';
import { useId } from 'react';

export type DateRange = [Dayjs | null, Dayjs | null];

interface Props {
  /** The group's visible caption ("Khoảng ngày"); omit when a Form.Item already shows it. */
  label?: string;
  fromLabel: string;
  toLabel: string;
  value?: DateRange | null;
  onChange?: (value: DateRange | null) => void;
  /** Set by Form.Item: its label points at the first field. */
  id?: string;
  className?: string;
  width?: number;
}

/**
 * A "from – to" date filter as two plain date fields, each with its own name. Unlike antd's RangePicker it
 * never holds Tab on an empty "from" field: Tab goes on to "to" and then out to the results, as everywhere.
 * Either end may be left empty; "to" cannot be set before "from".
 */
export function DateRangeFilter({ label, fromLabel, toLabel, value, onChange, id, className, width = 124 }: Props) {
  const captionId = useId();
  const [from, to] = value ?? [null, null];
  const set = (next: DateRange) => onChange?.(next[0] || next[1] ? next : null);
  return (
    <div
      role="group"
      aria-labelledby={label ? captionId : undefined}
      aria-label={label ? undefined : `${fromLabel} – ${toLabel}`}
      className={['date-range', className].filter(Boolean).join(' ')}
    >
      {label && <span id={captionId}>{label}</span>}
      <span className="date-range-fields">
        <DatePicker
          id={id}
          format="DD/MM/YYYY"
          value={from}
          placeholder={fromLabel}
          aria-label={fromLabel}
          onChange={(day) => set([day, to])}
          disabledDate={(day) => !!to && day.isAfter(to, 'day')}
          style={{ width }}
        />
        <span aria-hidden="true">–</span>
        <DatePicker
          format="DD/MM/YYYY"
          value={to}
          placeholder={toLabel}
          aria-label={toLabel}
          onChange={(day) => set([from, day])}
          disabledDate={(day) => !!from && day.isBefore(from, 'day')}
          style={{ width }}
        />
      </span>
    </div>
  );
}
