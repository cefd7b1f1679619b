-- The desk's duplicate check, before every new article, looks articles up by their original
-- address, by their title and by their original's date. None of those had an index of its own:
-- each lookup read the whole article table. A plain index on url or title is not the answer:
-- a title may run to 2,000 characters and an address to 1,000 (three bytes each in UTF-8 for
-- Chinese), past what PostgreSQL takes into one b-tree entry (about 2,700 bytes). So each gets a
-- short key, 64 bits of its SHA-256, kept by the entity at every write; the lookup reads the
-- rows of that key through the index and compares the full value in Java. The keys of the
-- articles stored before this column are filled in by the next migration, V82 (a Java migration
-- of the store package, since the key is worked out in Java).
-- Portable SQL: the same migration runs on H2 (default) and PostgreSQL.
alter table article add column title_key bigint;
alter table article add column url_key bigint;
create index article_title_key on article (title_key);
create index article_url_key on article (url_key);
-- article_listing starts with the status: a lookup by the original's date alone cannot use it
create index article_original_date on article (published_on);
