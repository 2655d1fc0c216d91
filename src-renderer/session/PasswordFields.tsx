import { Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { passwordProblems } from '../../src-shared/contract/index.js';
import { pick } from '../i18n/index.js';
import { Tr } from '../i18n/Tr.js';

/**
 * A new password and its confirmation, with the shared rule (`passwordProblems`) checked as the person
 * types — the same rule the engine enforces.
 */
export function NewPasswordFields({
  name,
  confirmName,
  label,
  confirmLabel,
  username = '',
  autoComplete = 'new-password',
}: {
  name: (string | number)[];
  confirmName: (string | number)[];
  label?: string;
  confirmLabel?: string;
  username?: string;
  autoComplete?: string;
}) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const value: string = Form.useWatch(name, form) ?? '';
  const problems = value ? passwordProblems(value, username) : [];
  const feedbackId = `${name.join('-')}-rules`;
  return (
    <>
      <Form.Item
        name={name}
        label={label ?? t('password.new')}
        extra={
          <div id={feedbackId} aria-live="polite" className="password-rules">
            {!value ? (
              <Typography.Text type="secondary">{t('password.hint')}</Typography.Text>
            ) : problems.length ? (
              problems.map((problem) => (
                <div key={problem.en}>
                  <Typography.Text type="danger">✗ {pick(problem)}</Typography.Text>
                </div>
              ))
            ) : (
              <Typography.Text type="success">✓ {t('password.ruleOk')}</Typography.Text>
            )}
          </div>
        }
        rules={[{ required: true, message: <Tr k="common.required" /> }]}
      >
        <Input.Password autoComplete={autoComplete} aria-describedby={feedbackId} />
      </Form.Item>
      <Form.Item
        name={confirmName}
        label={confirmLabel ?? t('password.confirm')}
        dependencies={[name]}
        rules={[
          { required: true, message: <Tr k="common.required" /> },
          ({ getFieldValue }) => ({
            // The rule's message (an element that follows a language switch) is shown whatever the rejection says.
            message: <Tr k="password.mismatch" />,
            validator: (_rule, confirm) => (!confirm || getFieldValue(name) === confirm ? Promise.resolve() : Promise.reject(new Error('mismatch'))),
          }),
        ]}
      >
        <Input.Password autoComplete={autoComplete} />
      </Form.Item>
    </>
  );
}
