-- A report's address and stored text (issue 17): a report added in the editor has no seed file, so its text, which
-- quotes are checked against, is kept with it; its seed file name becomes optional (a report has a seed file, stored
-- text, both or neither; with neither its quotes are never found and need "checked by hand"). TEXT is H2's name for a
-- CLOB too, so one migration serves both databases; the text's cap is the loader's and the editor's (ingest.Limits).
alter table sources add column url varchar(2000);
alter table sources add column stored_text text;
alter table sources alter column file_name drop not null;
