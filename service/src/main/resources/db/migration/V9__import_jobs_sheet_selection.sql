-- An import of a selection of a linked sheet reads only the selected rows: the rows outside it are not removed.
alter table import_jobs add column sheet_selection boolean not null default false;
