import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { useApi, type AddinList } from '../../api';
import { ErrorBar } from '../../ui/ErrorBar';
import { markAddinsDownloaded } from '../../lib/addinsDownloaded';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '720px' },
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow2,
  },
  url: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: 'anywhere', color: tokens.colorNeutralForeground2 },
  heading: { margin: 0 },
  code: { fontFamily: tokens.fontFamilyMonospace },
});

const HOW_TO: Record<string, string> = {
  outlook:
    'Sideload: in Outlook on the web open Get Add-ins → My add-ins → Add a custom add-in → Add from file, and pick this file.',
  excel:
    'Sideload: in Excel open Home → Add-ins → More add-ins → Upload My Add-in (or a shared-folder catalog on the desktop), and pick this file.',
};

/** Said on a plain-HTTP service: Office opens add-ins only over HTTPS, and the manifests would point nowhere. */
function NeedsHttps({ origin }: { origin: string }) {
  const styles = useStyles();
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Office needs HTTPS</MessageBarTitle>
        {`Steward is served over plain HTTP here (${origin}), and Outlook and Excel open add-ins only over HTTPS. Give Steward a certificate: set `}
        <code className={styles.code}>STEWARD_TLS_CERT</code> and <code className={styles.code}>STEWARD_TLS_KEY</code>
        {' (on one computer, '}
        <code className={styles.code}>npx office-addin-dev-certs install</code>
        {' makes a trusted one), or put a TLS reverse proxy in front; then set '}
        <code className={styles.code}>STEWARD_PUBLIC_URL</code>
        {
          ' to the https address and download the manifests again. The README’s “Sideloading the Outlook and Excel add-ins” has the steps.'
        }
      </MessageBarBody>
    </MessageBar>
  );
}

/** The Outlook and Excel manifests, with one line each on how to sideload them. */
export function AddinsPanel({ location = window.location }: { location?: Pick<Location, 'protocol' | 'origin'> }) {
  const styles = useStyles();
  const api = useApi();
  const [list, setList] = useState<AddinList | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    api.admin.addins().then(setList, setError);
  }, [api]);

  return (
    <div className={styles.root}>
      {location.protocol === 'http:' && <NeedsHttps origin={location.origin} />}
      <ErrorBar error={error} />
      {!list && !error && <Spinner label="Loading the add-ins…" />}
      {list && (
        <>
          <Text>{`Manifest version ${list.version}. For the whole firm, upload the same file in the Microsoft 365 admin center under Integrated apps.`}</Text>
          {list.addins.map((addin) => (
            <section key={addin.host} className={styles.card} aria-labelledby={`addin-${addin.host}`}>
              <h2 id={`addin-${addin.host}`} className={styles.heading}>
                <Text weight="semibold" size={400}>
                  {addin.name}
                </Text>
              </h2>
              <Text>{HOW_TO[addin.host] ?? 'Sideload this manifest in the Office app it is made for.'}</Text>
              <Text size={200} className={styles.url}>
                {addin.url}
              </Text>
              <div>
                <Button
                  as="a"
                  href={addin.url}
                  download={`steward-${addin.fileName}`}
                  icon={<ArrowDownloadRegular />}
                  onClick={markAddinsDownloaded}
                >
                  {`Download ${addin.fileName}`}
                </Button>
              </div>
            </section>
          ))}
        </>
      )}
    </div>
  );
}
