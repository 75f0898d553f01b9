import { makeStyles, tokens } from '@fluentui/react-components';
import { paneCard } from '../../ui/paneCard';

/** The compact card look shared by known and unknown people. */
export const useCardStyles = makeStyles({
  card: paneCard,
  top: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalS },
  names: { display: 'flex', flexDirection: 'column', minWidth: 0, flexGrow: 1 },
  name: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere',
  },
  muted: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, alignItems: 'center' },
});
