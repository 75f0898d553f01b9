import { Field, Input, Radio, RadioGroup, Spinner, Switch } from '@fluentui/react-components';
import { useCallback } from 'react';
import { useApi, type EntraRoles, type FirmSettings } from '../../api';
import { ErrorBar } from '../../ui/ErrorBar';
import { fieldMessage } from '../../ui/fieldMessage';
import { SettingsForm, useSettingsForm } from './useSettingsForm';

interface Values {
  name: string;
  subdomain: string;
  azureTenantId: string;
  mfaRequired: boolean;
  entraRoles: EntraRoles;
  phoneRegion: string;
}

const valuesOf = (firm: FirmSettings): Values => ({
  name: firm.name,
  subdomain: firm.subdomain ?? '',
  azureTenantId: firm.azureTenantId ?? '',
  mfaRequired: firm.mfaRequired,
  entraRoles: firm.entraRoles,
  phoneRegion: firm.phoneRegion ?? '',
});

/** The firm's name, subdomain, Microsoft 365 tenant and whether everyone must use two-step sign-in. */
export function FirmSettingsPanel() {
  const api = useApi();
  const loadFirm = useCallback(() => api.admin.firm(), [api]);
  const form = useSettingsForm({
    load: loadFirm,
    valuesOf,
    save: (values: Values, firm: FirmSettings) =>
      api.admin.updateFirm(
        {
          name: values.name.trim(),
          subdomain: values.subdomain.trim() || null,
          azureTenantId: values.azureTenantId.trim() || null,
          mfaRequired: values.mfaRequired,
          entraRoles: values.entraRoles,
          phoneRegion: values.phoneRegion.trim().toUpperCase(),
        },
        firm.version,
      ),
  });
  const { values, setValues, fieldErrors: errors } = form;

  if (!values) return form.error ? <ErrorBar error={form.error} /> : <Spinner label="Loading firm settings…" />;
  return (
    <SettingsForm label="Firm settings" what="firm settings" saveLabel="Save settings" form={form}>
      <Field label="Firm name" required validationMessage={fieldMessage('Firm name', errors.name)}>
        <Input value={values.name} onChange={(_, d) => setValues({ ...values, name: d.value })} />
      </Field>
      <Field
        label="Subdomain"
        hint="Lowercase letters, digits and hyphens, such as harbour-wealth."
        validationMessage={fieldMessage('Subdomain', errors.subdomain)}
      >
        <Input value={values.subdomain} onChange={(_, d) => setValues({ ...values, subdomain: d.value })} />
      </Field>
      <Field
        label="Microsoft 365 tenant id"
        hint="The directory (tenant) id from Microsoft Entra, to allow Microsoft sign-in."
        validationMessage={fieldMessage('Tenant id', errors.azureTenantId)}
      >
        <Input
          value={values.azureTenantId}
          placeholder="00000000-0000-0000-0000-000000000000"
          onChange={(_, d) => setValues({ ...values, azureTenantId: d.value })}
        />
      </Field>
      <Field
        label="Country for phone numbers"
        hint="Imports read numbers written without a country code (such as 0113 496 0000) as numbers of this country, unless a row names its own country. A two-letter code such as GB, DE or US; empty uses the installation's default."
        validationMessage={fieldMessage('Country', errors.phoneRegion)}
      >
        <Input
          value={values.phoneRegion}
          maxLength={2}
          placeholder="GB"
          onChange={(_, d) => setValues({ ...values, phoneRegion: d.value })}
        />
      </Field>
      <Field
        label="Roles of people who sign in with Microsoft"
        hint="With Entra app roles, each sign-in takes the role Entra assigns (Steward.Admin, Steward.User or Steward.Viewer; none means the default role), so someone removed from Steward.Admin is an admin no longer. The firm's last admin is never demoted by a sign-in."
      >
        <RadioGroup
          value={values.entraRoles}
          onChange={(_, d) => setValues({ ...values, entraRoles: d.value as EntraRoles })}
        >
          <Radio value="auto" label="Set in Steward, until a sign-in carries an Entra app role (then follow Entra)" />
          <Radio value="entra" label="Follow Entra app roles" />
          <Radio value="steward" label="Set in Steward (ignore Entra app roles)" />
        </RadioGroup>
      </Field>
      <Switch
        label="Require two-step sign-in for everyone"
        checked={values.mfaRequired}
        onChange={(_, d) => setValues({ ...values, mfaRequired: d.checked })}
      />
    </SettingsForm>
  );
}
