import type { ApiClient } from './client';
import type { PortfolioReport, ReportTemplate, TemplateKind } from './crmTypes';
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
    campaignWorkbook: (id: string): Promise<DownloadedFile> => client.file(campaign(id, 'xlsx'), 'Campaign report.xlsx'),
    campaignPdf: (id: string): Promise<DownloadedFile> => client.file(campaign(id, 'pdf'), 'Campaign report.pdf'),
    portfolioWorkbook: (period: Period): Promise<DownloadedFile> =>
      client.file('/api/reports/portfolio.xlsx', 'Portfolio report.xlsx', { query: { ...period } }),
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
