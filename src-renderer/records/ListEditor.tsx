import { Alert, Button, Form, Space, type FormItemProps, type FormListFieldData, type FormRule } from 'antd';
import { useRef, useState, type ClipboardEvent, type CSSProperties, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isTable, parseTsvRows } from '../../src-shared/text/tsv.js';
import './records.css';

type Path = (string | number)[];

/** What a cell's input gets: its accessible name (the column title, unless the cell shows a visible label). */
export interface CellProps {
  'aria-label'?: string;
}

export interface ListColumn<R> {
  /** The row field this cell edits (the form path is [...name, row, key]): engine errors on that path show here. */
  key: keyof R & string;
  title: string;
  /** The input: spread `props` on it (`<Input {...props} />`). */
  input: (props: CellProps, row: number) => ReactNode;
  rules?: FormRule[];
  /** 'checked' for a checkbox. */
  valuePropName?: string;
  /** More Form.Item props of the cell (e.g. a date's getValueProps/normalize). */
  itemProps?: Pick<FormItemProps, 'getValueProps' | 'normalize' | 'dependencies'>;
  /** The grid track of the column in the table layout ("150px", "1fr"). */
  width?: string;
  className?: string;
}

/** A cell that is not one field (e.g. two checkboxes side by side): it renders its own Form.Items for the row. */
export interface ListBlock {
  key: string;
  title: string;
  block: (row: number) => ReactNode;
  width?: string;
  className?: string;
}

/**
 * One editor for the lists of a record form (delegates, agenda, items, referrals, actions): one line per row,
 * add and remove, all by keyboard (adding a line moves the focus into its first cell; removing one moves it to
 * the line before, or to the add button), engine and schema errors beside the cell they are about (the form path
 * [...name, row, key] is the engine's path), and — with `paste` — a block of rows copied from Excel pasted into a
 * cell of its first pasted column (e.g. a delegate's name) becomes lines (the pasted-into line is filled when it is still empty).
 *
 * layout "table": a header row of column titles and a grid of cells named by those titles.
 * layout "cards": each line is a card whose cells carry their own visible labels (`rowClassName` sets the grid).
 */
export function ListEditor<R extends object>({
  name,
  columns,
  layout = 'table',
  rowLabel,
  addButtons,
  error,
  errorTestId,
  rowClassName,
  paste,
  testId,
}: {
  name: Path;
  columns: (ListColumn<R> | ListBlock)[];
  layout?: 'table' | 'cards';
  /** The accessible name of line n (1-based): "Thành viên đoàn 2". */
  rowLabel: (n: number) => string;
  /** The add buttons, each with the new line it adds (a line may start with fields still to choose). */
  addButtons: { label: string; row: () => Partial<R>; testId?: string }[];
  /** A message about the whole list ("at least one line"). */
  error?: string;
  errorTestId?: string;
  rowClassName?: string;
  /**
   * Paste from a spreadsheet: the columns the pasted cells fill, in order. A new line is the line pasted into with
   * those cells (so a delegate pasted into a Cambodian line is Cambodian), or `toRow`'s when given.
   */
  paste?: { columns: readonly (keyof R & string)[]; toRow?: (cells: Record<string, string>, pastedInto: R | undefined) => R };
  testId?: string;
}) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const box = useRef<HTMLDivElement>(null);
  const [note, setNote] = useState<{ added: number; tooWide: number[] } | null>(null);
  const tracks = columns.map((column) => column.width ?? '1fr').join(' ') + ' 40px';
  const gridStyle: CSSProperties | undefined = layout === 'table' ? { gridTemplateColumns: tracks } : undefined;

  /** After adding or removing a line, the focus goes into the new line (or the one before, or the add button). */
  const focusLater = (target: number | 'add') =>
    requestAnimationFrame(() => {
      const root = box.current;
      if (target === 'add') root?.querySelector<HTMLElement>('.list-editor-add button')?.focus();
      else root?.querySelectorAll<HTMLElement>(':scope > .list-editor-row')[target]?.querySelector<HTMLElement>('input:not([type="hidden"]), textarea, button')?.focus();
    });

  /** A line nothing was typed into yet: every cell a paste fills is empty. */
  const isEmpty = (row: Record<string, unknown> | undefined, keys: readonly string[]) =>
    !row || keys.every((key) => row[key] === '' || row[key] === null || row[key] === undefined);

  const onPaste = (event: ClipboardEvent, line: number, add: (row: R, index?: number) => void) => {
    if (!paste) return;
    const text = event.clipboardData.getData('text/plain');
    if (!isTable(text)) return;
    event.preventDefault();
    const { rows, tooWide } = parseTsvRows(text, paste.columns);
    const base = form.getFieldValue([...name, line]) as R | undefined;
    const lines = rows.map((cells) => (paste.toRow ? paste.toRow(cells, base) : ({ ...base, ...cells } as R)));
    // The line pasted into takes the first row while it is still empty; the rest go below it.
    if (lines.length && isEmpty(base as Record<string, unknown> | undefined, paste.columns)) form.setFieldValue([...name, line], lines.shift());
    lines.forEach((row, i) => add(row, line + 1 + i));
    setNote({ added: rows.length, tooWide });
  };

  const cellLabel = (title: string) => (layout === 'table' ? { 'aria-label': title } : {});

  const pasteNote = note && (
    <Alert
      type={note.tooWide.length ? 'warning' : 'success'}
      showIcon
      closable={{ onClose: () => setNote(null) }}
      className="list-editor-note"
      data-testid="paste-note"
      title={[
        note.added ? t('records.list.pasted', { count: note.added }) : '',
        note.tooWide.length ? t('records.list.tooWide', { lines: note.tooWide.join(', '), columns: paste?.columns.length ?? 0 }) : '',
      ]
        .filter(Boolean)
        .join(' ')}
    />
  );

  const line = (row: FormListFieldData, index: number, add: (row: R, index?: number) => void, remove: (index: number) => void) => (
    <div key={row.key} className={`list-editor-row ${rowClassName ?? ''}`} style={gridStyle} role="group" aria-label={rowLabel(index + 1)}>
      {columns.map((column) => (
        <div key={column.key} className={column.className} onPaste={paste && column.key === paste.columns[0] ? (event) => onPaste(event, row.name, add) : undefined}>
          {'block' in column ? (
            column.block(row.name)
          ) : (
            <Form.Item
              {...column.itemProps}
              name={[row.name, column.key]}
              rules={column.rules}
              valuePropName={column.valuePropName}
              label={layout === 'cards' && column.valuePropName !== 'checked' ? column.title : undefined}
            >
              {column.input(column.valuePropName === 'checked' ? {} : cellLabel(column.title), row.name)}
            </Form.Item>
          )}
        </div>
      ))}
      <Button
        className="list-editor-remove"
        aria-label={t('records.list.removeLine', { n: index + 1 })}
        onClick={() => {
          remove(row.name);
          focusLater(index > 0 ? index - 1 : 'add');
        }}
      >
        ✕
      </Button>
    </div>
  );

  return (
    <div className="list-editor" ref={box} data-testid={testId}>
      {error && <Alert type="error" showIcon title={error} className="list-editor-note" data-testid={errorTestId} />}
      {pasteNote}
      <Form.List name={name}>
        {(rows, { add, remove }) => (
          <>
            {layout === 'table' && rows.length > 0 && (
              <div className="list-editor-head" style={gridStyle} aria-hidden>
                {columns.map((column) => (
                  <span key={column.key}>{column.title}</span>
                ))}
              </div>
            )}
            {rows.map((row, index) => line(row, index, add, remove))}
            <Space className="list-editor-add">
              {addButtons.map((button) => (
                <Button
                  key={button.label}
                  size="small"
                  data-testid={button.testId}
                  onClick={() => {
                    add(button.row());
                    focusLater(rows.length);
                  }}
                >
                  {button.label}
                </Button>
              ))}
            </Space>
          </>
        )}
      </Form.List>
    </div>
  );
}
