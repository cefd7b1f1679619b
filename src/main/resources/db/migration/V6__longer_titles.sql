-- Some outlets run their headline into the first sentence: titles up to 2,000 characters.
-- SET DATA TYPE is understood by both H2 and PostgreSQL.
alter table article alter column title set data type varchar(2000);
