-- OpenDocument spreadsheets (.ods, LibreOffice) are imported through the same jobs as xlsx files.
alter table import_jobs drop constraint import_jobs_file_kind_check;
alter table import_jobs add constraint import_jobs_file_kind_check
  check (file_kind in ('csv', 'xlsx', 'xls', 'rows', 'vcf', 'ods'));
