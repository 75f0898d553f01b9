import { tokens, type GriffelStyle } from '@fluentui/react-components';

/** A list without bullets or indent. */
export const bareList: GriffelStyle = { listStyle: 'none', margin: 0, padding: 0 };

/** A bare list whose items stack `gap` apart. */
export const stackedList = (gap: string): GriffelStyle => ({
  ...bareList,
  display: 'flex',
  flexDirection: 'column',
  gap,
});

/** One row of a stacked list on a white ground: what it is, then its details and actions, wrapping when narrow. */
export const listRow: GriffelStyle = {
  display: 'flex',
  alignItems: 'center',
  gap: tokens.spacingHorizontalM,
  flexWrap: 'wrap',
  padding: tokens.spacingHorizontalS,
  backgroundColor: tokens.colorNeutralBackground1,
  borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
};

/** The growing first part of a list row, which breaks long addresses rather than widening the row. */
export const listRowMain: GriffelStyle = {
  display: 'flex',
  flexDirection: 'column',
  flexGrow: 1,
  minWidth: '12rem',
  overflowWrap: 'anywhere',
};
