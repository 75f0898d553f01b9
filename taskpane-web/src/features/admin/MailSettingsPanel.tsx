import {
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Spinner,
} from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import { useApi, type MailSettings, type MailTransportStatus } from '../../api';
import { ErrorBar } from '../../ui/ErrorBar';
import { fieldMessage } from '../../ui/fieldMessage';
import { SettingsForm, useSettingsForm } from './useSettingsForm';

interface Values {
  transport: MailSettings['transport'];
  fromAddress: string;
  fromName: string;
  replyTo: string;
  graphMailbox: string;
  mailsPerMinute: string;
  maxMembersPerSend: string;
}

const valuesOf = (settings: MailSettings): Values => ({
  transport: settings.transport,
  fromAddress: settings.fromAddress ?? '',
  fromName: settings.fromName ?? '',
  replyTo: settings.replyTo ?? '',
  graphMailbox: settings.graphMailbox ?? '',
  mailsPerMinute: settings.mailsPerMinute?.toString() ?? '',
  maxMembersPerSend: settings.maxMembersPerSend?.toString() ?? '',
});

const text = (value: string) => value.trim() || null;
const whole = (value: string) => (value.trim() === '' ? null : Number(value.trim()));

/** Whether campaign mail can go out by the chosen transport now, and what stands in the way if not. */
function SendingStatus({ status, transport }: { status: MailTransportStatus; transport: MailSettings['transport'] }) {
  const problem = transport === 'graph' ? status.graphProblem : status.smtpProblem;
  return (
    <MessageBar intent={problem ? 'warning' : 'success'} layout="multiline" aria-label="Sending status">
      <MessageBarBody>
        <MessageBarTitle>
          {problem ? 'Campaign mail cannot go out this way yet' : 'Campaign mail can go out this way'}
        </MessageBarTitle>
        {problem ?? (transport === 'graph' ? 'Microsoft 365 is connected.' : 'An SMTP server is configured.')}
        {transport === 'smtp' && status.sentCopy && <div>{status.sentCopy}</div>}
      </MessageBarBody>
    </MessageBar>
  );
}

/** How the firm sends campaign mail (SMTP or a Microsoft 365 mailbox), from whom, how fast, and whether it can now. */
export function MailSettingsPanel() {
  const api = useApi();
  const [status, setStatus] = useState<MailTransportStatus | null>(null);
  const readStatus = useCallback(() => api.campaignMail.transportStatus().then(setStatus), [api]);
  const loadSettings = useCallback(
    () => Promise.all([api.campaignMail.settings(), readStatus()]).then(([result]) => result),
    [api, readStatus],
  );
  const form = useSettingsForm({
    load: loadSettings,
    valuesOf,
    save: async (values: Values, settings: MailSettings) => {
      const result = await api.campaignMail.saveSettings({
        transport: values.transport,
        fromAddress: text(values.fromAddress),
        fromName: text(values.fromName),
        replyTo: text(values.replyTo),
        graphMailbox: values.transport === 'graph' ? text(values.graphMailbox) : settings.graphMailbox,
        mailsPerMinute: whole(values.mailsPerMinute),
        maxMembersPerSend: whole(values.maxMembersPerSend),
        version: settings.version,
      });
      await readStatus();
      return result;
    },
  });
  const { values, setValues, fieldErrors: errors } = form;

  if (!values) return form.error ? <ErrorBar error={form.error} /> : <Spinner label="Loading mail settings…" />;
  const set = (patch: Partial<Values>) => setValues({ ...values, ...patch });
  return (
    <SettingsForm
      label="Mail settings"
      what="mail settings"
      saveLabel="Save mail settings"
      form={form}
      notice={status && <SendingStatus status={status} transport={values.transport} />}
    >
      <Field label="Send campaign mail through" validationMessage={fieldMessage('Transport', errors.transport)}>
        <RadioGroup value={values.transport} onChange={(_, d) => set({ transport: d.value as Values['transport'] })}>
          <Radio value="smtp" label={`The service's SMTP server${status?.smtpProblem ? ' (not configured)' : ''}`} />
          <Radio value="graph" label={`A Microsoft 365 mailbox${status?.graphProblem ? ' (not connected)' : ''}`} />
        </RadioGroup>
      </Field>
      {values.transport === 'graph' && (
        <Field
          label="Microsoft 365 mailbox"
          required
          hint="The mailbox campaign mail is sent from, such as campaigns@yourfirm.com. Steward needs the Mail.Send permission for it."
          validationMessage={fieldMessage('Mailbox', errors.graphMailbox)}
        >
          <Input type="email" value={values.graphMailbox} onChange={(_, d) => set({ graphMailbox: d.value })} />
        </Field>
      )}
      <Field
        label="From address"
        hint="Empty uses the service's address (or the Microsoft 365 mailbox)."
        validationMessage={fieldMessage('From address', errors.fromAddress)}
      >
        <Input type="email" value={values.fromAddress} onChange={(_, d) => set({ fromAddress: d.value })} />
      </Field>
      <Field label="From name" validationMessage={fieldMessage('From name', errors.fromName)}>
        <Input value={values.fromName} onChange={(_, d) => set({ fromName: d.value })} />
      </Field>
      <Field
        label="Reply-to address"
        hint="Where replies go; empty means the from address."
        validationMessage={fieldMessage('Reply-to address', errors.replyTo)}
      >
        <Input type="email" value={values.replyTo} onChange={(_, d) => set({ replyTo: d.value })} />
      </Field>
      <Field
        label="Mails per minute"
        hint="Empty uses the service's default rate."
        validationMessage={fieldMessage('Mails per minute', errors.mailsPerMinute)}
      >
        <Input
          type="number"
          min={1}
          value={values.mailsPerMinute}
          onChange={(_, d) => set({ mailsPerMinute: d.value })}
        />
      </Field>
      <Field
        label="Most members per send"
        hint="A send to more members than this is refused; empty means no cap."
        validationMessage={fieldMessage('Most members per send', errors.maxMembersPerSend)}
      >
        <Input
          type="number"
          min={1}
          value={values.maxMembersPerSend}
          onChange={(_, d) => set({ maxMembersPerSend: d.value })}
        />
      </Field>
    </SettingsForm>
  );
}
