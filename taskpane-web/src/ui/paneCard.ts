import { tokens, type GriffelStyle } from '@fluentui/react-components';

/** A task pane's white card on the pane's grey ground, as the Outlook and Excel panes draw them. */
export const paneCard: GriffelStyle = {
  display: 'flex',
  flexDirection: 'column',
  gap: tokens.spacingVerticalS,
  padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
  border: `1px solid ${tokens.colorNeutralStroke2}`,
  borderRadius: tokens.borderRadiusMedium,
  backgroundColor: tokens.colorNeutralBackground1,
  boxShadow: tokens.shadow2,
};
