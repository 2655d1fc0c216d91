import { Alert, App as AntApp, Button, Checkbox, Form, Input, Modal, Table, Typography } from 'antd';
import { useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError, DocumentLabel } from '../../src-shared/contract/index.js';
import { ReviewFilter } from './ReviewFilter.js';
import { StatusTag } from '../app/StatusTag.js';
import { invoke } from '../bridge/engine.js';
import { needsNotice, showFieldErrors } from '../forms/engine-errors.js';
import { pick } from '../i18n/index.js';
import { Tr } from '../i18n/Tr.js';
import { useEngineData } from '../session/session-context.js';
import { SaveError } from './ConflictNotice.js';
import { fold } from './format.js';
import { ReviewTag } from './ReviewTag.js';
import './documents.css';

/** Administration tab: the Vietnamese–Khmer label translations printed on documents. */
export function LabelsTab() {
  const { t } = useTranslation();
  const { data, error, loading, reload, setData } = useEngineData(() => invoke('documents.labels', {}));
  const [text, setText] = useState('');
  const [reviewOnly, setReviewOnly] = useState(false);
  const [editing, setEditing] = useState<DocumentLabel | null>(null);

  const labels = useMemo(() => data ?? [], [data]);
  const needing = labels.filter((label) => label.needsReview).length;
  const shown = useMemo(() => {
    const wanted = fold(text.trim());
    return labels.filter((label) => (!reviewOnly || label.needsReview) && (!wanted || [label.key, label.vi, label.km, label.en].some((value) => fold(value).includes(wanted))));
  }, [labels, text, reviewOnly]);

  return (
    <div>
      <Typography.Paragraph className="docs-intro">{t('docs.labels.intro')}</Typography.Paragraph>
      <ReviewFilter
        text={text}
        onText={setText}
        reviewOnly={reviewOnly}
        onReviewOnly={setReviewOnly}
        reviewOnlyLabel={t('docs.filter.reviewOnly')}
        summary={
          data && (
            <span className="docs-summary" data-testid="labels-summary">
              {needing ? (
                <StatusTag tone="attention">{t('docs.labels.counts', { review: needing, total: labels.length })}</StatusTag>
              ) : (
                <StatusTag tone="ok">{t('docs.labels.allReviewed', { total: labels.length })}</StatusTag>
              )}
              <span className="cell-secondary" aria-live="polite">
                {t('docs.labels.shown', { count: shown.length })}
              </span>
            </span>
          )
        }
      />
      {error && needsNotice(error) && <Alert type="error" showIcon title={pick(error.message)} style={{ marginBottom: 12 }} />}
      <Table<DocumentLabel>
        size="small"
        rowKey="key"
        loading={loading}
        dataSource={shown}
        pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
        data-testid="labels-table"
        className="docs-table"
        columns={[
          { title: t('docs.labels.key'), dataIndex: 'key', width: 180, render: (key: string) => <span className="docs-key wrap">{key}</span> },
          { title: t('docs.labels.vi'), dataIndex: 'vi' },
          {
            title: t('docs.labels.km'),
            dataIndex: 'km',
            render: (km: string) => (
              <span className="khmer-text" lang="km">
                {km}
              </span>
            ),
          },
          { title: t('docs.labels.en'), dataIndex: 'en', render: (en: string) => <span className="cell-secondary">{en}</span> },
          { title: t('docs.labels.status'), dataIndex: 'needsReview', render: (needsReview: boolean) => <ReviewTag needsReview={needsReview} /> },
          {
            title: t('docs.labels.actions'),
            key: 'actions',
            render: (_: unknown, label) => (
              <Button size="small" onClick={() => setEditing(label)} aria-label={`${t('common.edit')} ${label.key}`}>
                {t('common.edit')}
              </Button>
            ),
          },
        ]}
      />
      {editing && (
        <EditLabel
          label={editing}
          onClose={() => setEditing(null)}
          onSaved={(saved) => setData((current) => current?.map((label) => (label.key === saved.key ? saved : label)) ?? current)}
          onConflict={() => void reload()}
        />
      )}
    </div>
  );
}

interface Values {
  vi: string;
  km: string;
  en: string;
  needsReview: boolean;
}

/** "{n} tuổi" → ["{n}"]: the template fills these in, so an edit must keep them. */
const placeholders = (text: string) => [...new Set(text.match(/\{[A-Za-z0-9_]+\}/g) ?? [])];

/** Enter saves (labels are one line); the textarea only wraps long texts for reading. */
const submitOnEnter = (submit: () => void) => (event: KeyboardEvent<HTMLTextAreaElement>) => {
  if (event.shiftKey || event.nativeEvent.isComposing) return;
  event.preventDefault();
  submit();
};

function EditLabel({ label, onClose, onSaved, onConflict }: { label: DocumentLabel; onClose: () => void; onSaved: (label: DocumentLabel) => void; onConflict: () => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const [version, setVersion] = useState(label.version);
  const [error, setError] = useState<AppError | null>(null);
  const [theirs, setTheirs] = useState<DocumentLabel | null>(null);
  const [busy, setBusy] = useState(false);
  const required = placeholders(label.vi);

  const keepsPlaceholders = (_: unknown, value: string | undefined) => {
    const missing = required.filter((name) => !(value ?? '').includes(name));
    return missing.length ? Promise.reject(new Error(`${t('docs.labels.placeholderHint')} (${missing.join(', ')})`)) : Promise.resolve();
  };

  const save = async (values: Values) => {
    setBusy(true);
    const result = await invoke('documents.saveLabel', { key: label.key, version, vi: values.vi ?? '', km: values.km ?? '', en: values.en ?? '', needsReview: values.needsReview });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      showFieldErrors(form, result.error.fields);
      if (result.error.code === 'conflict') {
        // The engine's conflict answer for labels carries no copy of the newer version: read it.
        const latest = await invoke('documents.labels', {});
        setTheirs(latest.ok ? (latest.value.find((item) => item.key === label.key) ?? null) : null);
        onConflict();
      }
      return;
    }
    void message.success(t('docs.labels.saved', { key: label.key }));
    onSaved(result.value);
    onClose();
  };
  const submit = () => form.submit();

  return (
    <Modal open title={t('docs.labels.editTitle', { key: label.key })} footer={null} onCancel={onClose} width={760} maskClosable={false}>
      <Form
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ vi: label.vi, km: label.km, en: label.en, needsReview: label.needsReview }}
        onFinish={(values) => void save(values)}
      >
        {error && needsNotice(error) && (
          <SaveError
            error={error}
            theirs={
              theirs && (
                <>
                  {theirs.vi} ·{' '}
                  <span className="khmer-text" lang="km">
                    {theirs.km}
                  </span>{' '}
                  · {theirs.en}
                </>
              )
            }
            onKeepMine={
              theirs
                ? () => {
                    setVersion(theirs.version);
                    setError(null);
                  }
                : undefined
            }
            onTakeTheirs={
              theirs
                ? () => {
                    setVersion(theirs.version);
                    form.setFieldsValue({ vi: theirs.vi, km: theirs.km, en: theirs.en, needsReview: theirs.needsReview });
                    setError(null);
                  }
                : undefined
            }
          />
        )}
        {required.length > 0 && <Alert type="info" showIcon title={t('docs.labels.placeholderHint')} style={{ marginBottom: 12 }} />}
        <Form.Item name="vi" label={t('docs.labels.vi')} rules={[{ required: true, whitespace: true, message: <Tr k="common.required" /> }, { validator: keepsPlaceholders }]}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} onPressEnter={submitOnEnter(submit)} />
        </Form.Item>
        <Form.Item name="km" label={t('docs.labels.km')} rules={[{ required: true, whitespace: true, message: <Tr k="common.required" /> }, { validator: keepsPlaceholders }]}>
          <Input.TextArea autoFocus className="khmer-input" lang="km" autoSize={{ minRows: 1, maxRows: 5 }} maxLength={2000} onPressEnter={submitOnEnter(submit)} />
        </Form.Item>
        <Form.Item name="en" label={`${t('docs.labels.en')} ${t('common.optional')}`}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} onPressEnter={submitOnEnter(submit)} />
        </Form.Item>
        <Form.Item name="needsReview" valuePropName="checked" extra={t('docs.review.flagHint')}>
          <Checkbox>{t('docs.review.flag')}</Checkbox>
        </Form.Item>
        <div className="form-buttons">
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={busy}>
            {t('common.save')}
          </Button>
        </div>
      </Form>
    </Modal>
  );
}
