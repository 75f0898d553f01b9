-- How a file was read, for the preview to say so and the user to change it: its encoding and whether every byte
-- decoded, whether the header row was found or chosen, and a workbook's sheets.
alter table import_jobs add column reading jsonb check (reading is null or jsonb_typeof(reading) = 'object');
-- What is wrong with a row without rejecting it (a phone kept as written), one "field: message" a line.
alter table import_staging add column warning text;
