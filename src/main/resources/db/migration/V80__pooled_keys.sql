-- Keys from sequences for the tables publishing fills with many rows per article (sections,
-- dated events, quotations). With identity keys Hibernate inserts those rows one statement at
-- a time to learn each key; from a sequence it takes 50 keys with one call (its pooled
-- optimizer: the value read is the last key of a block of 50) and sends the rows in JDBC
-- batches. INCREMENT BY must stay equal to the entities' allocationSize.
--
-- The identity columns stay as they are: both H2 and PostgreSQL accept a key given
-- explicitly. Each sequence starts far past any key an identity column could have handed out
-- (10^12): starting just past max(id) cannot be written in SQL that both databases accept,
-- and the keys mean nothing outside their table. Keys stay increasing, so the site timeline,
-- which breaks ties between events by key, keeps older events first.
-- Portable SQL: the same migration runs on H2 (default) and PostgreSQL.
create sequence article_section_seq start with 1000000000000 increment by 50;
create sequence timeline_event_seq start with 1000000000000 increment by 50;
create sequence quote_seq start with 1000000000000 increment by 50;
