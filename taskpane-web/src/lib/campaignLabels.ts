import { tokens } from '@fluentui/react-components';
import type { CampaignStatus, Channel, ResponseStatus } from '../api';

export const CHANNEL_LABELS: Record<Channel, string> = { email: 'Email', phone: 'Phone', mail: 'Mail' };

export const CAMPAIGN_STATUS_LABELS: Record<CampaignStatus, string> = {
  draft: 'Draft',
  sent: 'Sent',
  completed: 'Completed',
};

export const STATUS_COLORS: Record<ResponseStatus, string> = {
  pending: tokens.colorPaletteMarigoldBorderActive,
  responded: tokens.colorBrandBackground,
  converted: tokens.colorPaletteGreenBackground3,
  not_interested: tokens.colorNeutralForeground3,
};

export const CAMPAIGN_BADGE: Record<CampaignStatus, 'informative' | 'brand' | 'success'> = {
  draft: 'informative',
  sent: 'brand',
  completed: 'success',
};
