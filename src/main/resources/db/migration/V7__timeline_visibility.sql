-- The site timeline read every event joined with its article to keep what readers may see: at
-- 100,000 articles (1.4 million events) a page took over a minute. Each event now carries what
-- that choice needs, kept in step by the article module on every publish, trash and restore:
--   visible_from  the day from which readers see it (its article's date), null while the article
--                 is a draft or in the trash; scheduled articles have a date still to come
--   lang          its article's language, for the language filter
-- The chronological order is read from one index, newest or oldest first, with its tie-break; the
-- index also holds every column a page filters on, so that rows it skips are never read.
alter table timeline_event add column visible_from date;
alter table timeline_event add column lang varchar(8);

update timeline_event set
    visible_from = (select a.published_on from article a where a.id = timeline_event.article_id and a.status = 'PUBLISHED'),
    lang = (select a.lang from article a where a.id = timeline_event.article_id);

drop index timeline_event_sort_rank_idx;
create index timeline_event_chronology_idx on timeline_event (sort_rank, id, visible_from, lang, start_date, article_id);
