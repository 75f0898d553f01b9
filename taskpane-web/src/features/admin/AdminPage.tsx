import { makeStyles, Tab, TabList, Text, tokens } from '@fluentui/react-components';
import { navigate } from '../../lib/router';
import { AddinsPanel } from './AddinsPanel';
import { AuditLogPanel } from './AuditLogPanel';
import { CustomFieldsPanel } from './CustomFieldsPanel';
import { FirmSettingsPanel } from './FirmSettingsPanel';
import { MailboxesPanel } from './MailboxesPanel';
import { MailSettingsPanel } from './MailSettingsPanel';
import { MicrosoftConnectionPanel } from './MicrosoftConnectionPanel';
import { UsersPanel } from './UsersPanel';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  title: { margin: 0 },
  tabs: { overflowX: 'auto' },
});

const TABS = {
  users: { label: 'Users', panel: UsersPanel },
  firm: { label: 'Firm settings', panel: FirmSettingsPanel },
  mail: { label: 'Campaign mail', panel: MailSettingsPanel },
  mailboxes: { label: 'Mailboxes', panel: MailboxesPanel },
  audit: { label: 'Audit log', panel: AuditLogPanel },
  fields: { label: 'Custom fields', panel: CustomFieldsPanel },
  addins: { label: 'Add-ins', panel: AddinsPanel },
  microsoft: { label: 'Connect Microsoft 365', panel: MicrosoftConnectionPanel },
} as const;

type TabKey = keyof typeof TABS;

function isTab(value: string): value is TabKey {
  return value in TABS;
}

/**
 * Administration, for admins: users and roles, firm settings, how campaign mail is sent, the mailboxes read for
 * replies, the audit log, custom fields, the add-ins, and the Microsoft 365 connection check.
 */
export function AdminPage({ tab }: { tab: string }) {
  const styles = useStyles();
  const current: TabKey = isTab(tab) ? tab : 'users';
  const Panel = TABS[current].panel;
  return (
    <div className={styles.root}>
      <h1 className={styles.title}>
        <Text size={600} weight="semibold">
          Admin
        </Text>
      </h1>
      <TabList
        className={styles.tabs}
        selectedValue={current}
        onTabSelect={(_, data) => navigate(`/admin/${String(data.value)}`)}
        aria-label="Admin sections"
      >
        {(Object.keys(TABS) as TabKey[]).map((key) => (
          <Tab key={key} value={key}>
            {TABS[key].label}
          </Tab>
        ))}
      </TabList>
      <div role="tabpanel" aria-label={TABS[current].label}>
        <Panel />
      </div>
    </div>
  );
}
