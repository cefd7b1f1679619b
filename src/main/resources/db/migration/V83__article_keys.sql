-- Keys of articles and revisions from sequences, as V80 did for sections, dated events and
-- quotations: Hibernate then takes 50 keys with one call and a bulk import sends a batch's
-- articles with one statement per table, instead of one round trip per row to learn an
-- identity key. INCREMENT BY must stay equal to the entities' allocationSize.
--
-- The identity columns stay: both H2 and PostgreSQL accept a key given explicitly. As in V80,
-- each sequence starts far past any key an identity column could have handed out (10^12),
-- because starting just past max(id) cannot be written in SQL that both databases accept; a
-- migration written in Java could, but it would be a bean that the test slices and any
-- migration run outside the application leave out, and their schema would lack the sequences.
-- Portable SQL: the same migration runs on H2 (default) and PostgreSQL.
create sequence article_seq start with 1000000000000 increment by 50;
create sequence revision_seq start with 1000000000000 increment by 50;
