-- The characters of text a job has received, so that the bound on an import's text holds across the chunks of rows
-- the Excel pane posts one request at a time.
alter table import_jobs add column text_chars bigint not null default 0 check (text_chars >= 0);
