import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { CheckmarkCircleFilled, CircleRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { useApi, type DashboardReport } from '../../api';
import { formatCount } from '../../ui/format';
import { useLinkStyles } from '../../ui/linkStyles';
import { useSession } from '../../lib/SessionContext';
import { addinsDownloaded } from '../../lib/addinsDownloaded';
import { roleAllows } from '../../lib/roles';
import { Link } from '../../lib/router';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow2,
  },
  heading: { margin: 0 },
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  step: { display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: tokens.spacingHorizontalS, alignItems: 'start' },
  done: { color: tokens.colorPaletteGreenForeground1, fontSize: '20px' },
  todo: { color: tokens.colorNeutralForeground3, fontSize: '20px' },
  status: { gridColumn: 2, color: tokens.colorNeutralForeground2 },
});

interface Step {
  key: string;
  title: string;
  to: string;
  done: boolean;
  /** What the step says: how it is done, or that it is. */
  status: string;
}

const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

/** The firm's first steps, each saying when it is done; what a role cannot do is left out. */
export function firstSteps(
  report: DashboardReport,
  role: 'viewer' | 'user' | 'admin',
  users: number | null,
  addinsDownloaded: boolean,
): Step[] {
  const contacts = sum(report.contactsByType);
  const haveContacts = contacts > 0;
  const steps: Step[] = [];
  if (roleAllows(role, 'user')) {
    steps.push(
      {
        key: 'import',
        title: 'Import your spreadsheet',
        to: '/imports',
        done: haveContacts,
        status: haveContacts
          ? `Done: ${formatCount(contacts)} contacts are in Steward.`
          : 'Bring in your clients from Excel, CSV or vCard.',
      },
      {
        key: 'contact',
        title: 'Add a contact',
        to: '/contacts',
        done: haveContacts,
        status: haveContacts ? 'Done.' : 'Or start with one person, business or estate.',
      },
    );
  }
  if (role === 'admin') {
    steps.push(
      {
        key: 'addins',
        title: 'Install the Outlook and Excel add-ins',
        to: '/admin/addins',
        done: addinsDownloaded,
        status: addinsDownloaded
          ? 'Done: the manifests were downloaded on this computer.'
          : 'Download the two manifests and add them to Office.',
      },
      {
        key: 'team',
        title: 'Invite your team',
        to: '/admin/users',
        done: (users ?? 0) > 1,
        status: (users ?? 0) > 1 ? `Done: ${users} people use Steward.` : 'Register the people who work with you.',
      },
    );
  }
  return steps;
}

/** "Get started": shown on the dashboard until every step the user can take is done. */
export function FirstSteps({ report }: { report: DashboardReport }) {
  const styles = useStyles();
  const links = useLinkStyles();
  const api = useApi();
  const { me } = useSession();
  const [users, setUsers] = useState<number | null>(null);
  useEffect(() => {
    if (me.user.role !== 'admin') return;
    api.admin.users().then(
      (list) => setUsers(list.length),
      () => setUsers(null),
    );
  }, [api, me.user.role]);
  const steps = firstSteps(report, me.user.role, users, addinsDownloaded());
  if (steps.length === 0 || steps.every((step) => step.done)) return null;
  return (
    <section className={styles.root} aria-labelledby="first-steps">
      <h2 id="first-steps" className={styles.heading}>
        <Text size={500} weight="semibold">
          Get started
        </Text>
      </h2>
      <ol className={styles.list}>
        {steps.map((step) => (
          <li key={step.key} className={styles.step}>
            {step.done ? (
              <CheckmarkCircleFilled className={styles.done} aria-label="Done" />
            ) : (
              <CircleRegular className={styles.todo} aria-label="To do" />
            )}
            <Link to={step.to} className={links.link}>
              {step.title}
            </Link>
            <Text size={200} className={styles.status}>
              {step.status}
            </Text>
          </li>
        ))}
      </ol>
    </section>
  );
}
