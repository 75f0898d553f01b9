-- No query looks staged rows up by match key (matching hashes the whole job's rows), and keeping the index cost a
-- random-order btree insert per staged row: about a tenth of deciding a million-row import.
drop index import_staging_match;
