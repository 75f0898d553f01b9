import {
  ArrowUploadRegular,
  DataPieRegular,
  DocumentDataRegular,
  MegaphoneRegular,
  ShieldPersonRegular,
} from '@fluentui/react-icons';
import { lazy } from 'react';
import type { AppRoute } from '../lib/appRoute';
import { Loading } from '../ui/Loading';

// Loaded on first visit, so that the first screen after sign-in stays small.
const DashboardPage = lazy(() => import('./dashboard/DashboardPage').then((m) => ({ default: m.DashboardPage })));
const CampaignsPage = lazy(() => import('./campaigns/CampaignsPage').then((m) => ({ default: m.CampaignsPage })));
const CampaignTrashPage = lazy(() =>
  import('./campaigns/CampaignTrashPage').then((m) => ({ default: m.CampaignTrashPage })),
);
const CampaignDetailPage = lazy(() =>
  import('./campaigns/CampaignDetailPage').then((m) => ({ default: m.CampaignDetailPage })),
);
const ReportsPage = lazy(() => import('./reports/ReportsPage').then((m) => ({ default: m.ReportsPage })));
const ImportsPage = lazy(() => import('./imports/ImportsPage').then((m) => ({ default: m.ImportsPage })));
const AdminPage = lazy(() => import('./admin/AdminPage').then((m) => ({ default: m.AdminPage })));

/** The dashboard, the landing page for every role. */
export const dashboardRoutes: AppRoute[] = [
  {
    path: '/dashboard',
    section: 'dashboard',
    minRole: 'viewer',
    nav: { label: 'Dashboard', icon: DataPieRegular },
    render: () => (
      <Loading>
        <DashboardPage />
      </Loading>
    ),
  },
];

/** Campaigns and reports (viewers read them), imports (users and admins), then administration (admins only). */
export const crmRoutes: AppRoute[] = [
  {
    path: '/campaigns',
    section: 'campaigns',
    minRole: 'viewer',
    nav: { label: 'Campaigns', icon: MegaphoneRegular },
    render: () => (
      <Loading>
        <CampaignsPage />
      </Loading>
    ),
  },
  {
    path: '/campaigns/trash',
    section: 'campaigns',
    minRole: 'viewer',
    render: () => (
      <Loading>
        <CampaignTrashPage />
      </Loading>
    ),
  },
  {
    path: '/campaigns/:id',
    section: 'campaigns',
    minRole: 'viewer',
    render: (params) => (
      <Loading>
        <CampaignDetailPage campaignId={params.id ?? ''} />
      </Loading>
    ),
  },
  {
    path: '/reports',
    section: 'reports',
    minRole: 'viewer',
    nav: { label: 'Reports', icon: DocumentDataRegular },
    render: () => (
      <Loading>
        <ReportsPage tab="campaign" />
      </Loading>
    ),
  },
  {
    path: '/reports/:tab',
    section: 'reports',
    minRole: 'viewer',
    render: (params) => (
      <Loading>
        <ReportsPage tab={params.tab ?? 'campaign'} />
      </Loading>
    ),
  },
  {
    path: '/imports',
    section: 'imports',
    minRole: 'user',
    nav: { label: 'Import', icon: ArrowUploadRegular },
    render: () => (
      <Loading>
        <ImportsPage />
      </Loading>
    ),
  },
  {
    path: '/imports/:id',
    section: 'imports',
    minRole: 'user',
    render: (params) => (
      <Loading>
        <ImportsPage importId={params.id} />
      </Loading>
    ),
  },
  {
    path: '/admin',
    section: 'admin',
    minRole: 'admin',
    nav: { label: 'Admin', icon: ShieldPersonRegular },
    render: () => (
      <Loading>
        <AdminPage tab="users" />
      </Loading>
    ),
  },
  {
    path: '/admin/:tab',
    section: 'admin',
    minRole: 'admin',
    render: (params) => (
      <Loading>
        <AdminPage tab={params.tab ?? 'users'} />
      </Loading>
    ),
  },
];
