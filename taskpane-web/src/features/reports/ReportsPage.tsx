import { makeStyles, Tab, TabList, Text, tokens } from '@fluentui/react-components';
import type { ComponentType } from 'react';
import { useSession } from '../../lib/SessionContext';
import { roleAllows } from '../../lib/roles';
import { navigate } from '../../lib/router';
import { CampaignReportPanel } from './CampaignReportPanel';
import { PeriodReportPanel } from './PeriodReportPanel';
import { SchedulePanel } from './SchedulePanel';
import { TemplatesPanel } from './TemplatesPanel';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  title: { margin: 0 },
  tabs: { overflowX: 'auto' },
});

const TABS: Record<string, { label: string; panel: ComponentType; admin?: boolean }> = {
  campaign: { label: 'Campaign report', panel: CampaignReportPanel },
  period: { label: 'Period report', panel: PeriodReportPanel },
  schedule: { label: 'Schedule', panel: SchedulePanel, admin: true },
  templates: { label: 'Templates', panel: TemplatesPanel, admin: true },
};

/**
 * Reports: one campaign's, or a period's campaigns side by side, previewed, downloaded or saved to OneDrive; admins
 * set the scheduled report and manage templates.
 */
export function ReportsPage({ tab }: { tab: string }) {
  const styles = useStyles();
  const { me } = useSession();
  const isAdmin = roleAllows(me.user.role, 'admin');
  const keys = Object.keys(TABS).filter((key) => isAdmin || !TABS[key]?.admin);
  const current = keys.includes(tab) ? tab : 'campaign';
  const { label, panel: Panel } = TABS[current] ?? { label: 'Campaign report', panel: CampaignReportPanel };
  return (
    <div className={styles.root}>
      <h1 className={styles.title}>
        <Text size={600} weight="semibold">
          Reports
        </Text>
      </h1>
      <TabList
        className={styles.tabs}
        selectedValue={current}
        onTabSelect={(_, data) => navigate(`/reports/${String(data.value)}`)}
        aria-label="Kinds of report"
      >
        {keys.map((key) => (
          <Tab key={key} value={key}>
            {TABS[key]?.label}
          </Tab>
        ))}
      </TabList>
      <div role="tabpanel" aria-label={label}>
        <Panel />
      </div>
    </div>
  );
}
