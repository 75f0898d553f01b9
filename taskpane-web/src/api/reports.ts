import type { ApiClient } from './client';
import type {
  DeliveryRun,
  OneDriveSaving,
  PortfolioReport,
  ReportSchedule,
  ReportScheduleRequest,
  ReportTemplate,
  SavedReport,
  TemplateKind,
} from './crmTypes';
import type { DownloadedFile } from './download';

/** A period of a portfolio report: ISO days, both included. */
export interface Period {
  from: string;
  to: string;
}

/** Report figures, downloads and, for admins, the firm's report templates. */
export function reportsApi(client: ApiClient) {
  const campaign = (id: string, extension: string) => `/api/reports/campaigns/${encodeURIComponent(id)}.${extension}`;
  const template = (kind: TemplateKind) => `/api/reports/templates/${encodeURIComponent(kind)}`;
  return {
    /** The figures of the portfolio workbook, as JSON, for a preview. */
    portfolio: (period: Period, signal?: AbortSignal) =>
      client.get<PortfolioReport>('/api/reports/portfolio', { query: { ...period }, signal }),
    campaignWorkbook: (id: string): Promise<DownloadedFile> =>
      client.file(campaign(id, 'xlsx'), 'Campaign report.xlsx'),
    campaignPdf: (id: string): Promise<DownloadedFile> => client.file(campaign(id, 'pdf'), 'Campaign report.pdf'),
    portfolioWorkbook: (period: Period): Promise<DownloadedFile> =>
      client.file('/api/reports/portfolio.xlsx', 'Portfolio report.xlsx', { query: { ...period } }),
    /** Whether "Save to OneDrive" works for the signed-in user, and why not. */
    oneDriveSaving: () => client.get<OneDriveSaving>('/api/reports/onedrive'),
    /** Saves the campaign workbook into the user's OneDrive (the service's default folder without one). */
    saveCampaignToOneDrive: (id: string, folder?: string) =>
      client.post<SavedReport>(`/api/reports/campaigns/${encodeURIComponent(id)}/onedrive`, { folder }),
    savePortfolioToOneDrive: (period: Period, folder?: string) =>
      client.post<SavedReport>('/api/reports/portfolio/onedrive', { folder }, { query: { ...period } }),
    /** Admin: the firm's scheduled report (the defaults, switched off, until one is saved). */
    schedule: () => client.get<ReportSchedule>('/api/reports/schedule'),
    saveSchedule: (request: ReportScheduleRequest) => client.put<ReportSchedule>('/api/reports/schedule', request),
    /** Admin: the latest scheduled runs, newest first. */
    scheduleRuns: () => client.get<DeliveryRun[]>('/api/reports/schedule/runs'),
    templates: () => client.get<ReportTemplate[]>('/api/reports/templates'),
    /** The template in use (the firm's own or the built-in one), to restyle in Excel. */
    templateFile: (kind: TemplateKind): Promise<DownloadedFile> =>
      client.file(`${template(kind)}.xlsx`, `${kind === 'campaign' ? 'Campaign' : 'Portfolio'} report template.xlsx`),
    /** Uploads the firm's own template; a 422 names what it lacks. */
    uploadTemplate: (kind: TemplateKind, file: File) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return client.put<void>(template(kind), form);
    },
    /** Goes back to the built-in template. */
    restoreTemplate: (kind: TemplateKind) => client.delete(template(kind)),
  };
}

export type ReportsApi = ReturnType<typeof reportsApi>;
