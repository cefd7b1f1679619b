-- A translation is published at a time of its own, apart from its original's date (published_on),
-- which only resolves the text's relative dates. The home page, lists and feeds order by it, and
-- readers see the article from its day in the site's time zone.
--   published_at     when the translation was (or, scheduled, will be) published; null for a draft
--                    never published
--   publication_day  the day of published_at where the site is, to which visibility compares today
alter table article add column published_at timestamp;
alter table article add column publication_day date;

-- Existing articles: the first revision that made them public, that is their first revision, for
-- those written at the desk; a file of the content folder keeps its original's date, as it was
-- shown until now (its first revision is only the day the folder was imported).
update article set published_at = (select min(r.created_at) from revision r where r.article_id = article.id)
    where source_path is null and (status = 'PUBLISHED' or trashed_from = 'PUBLISHED');
update article set published_at = cast(published_on as timestamp)
    where published_at is null and (status = 'PUBLISHED' or trashed_from = 'PUBLISHED');
-- a scheduled article (dated in the future) stays scheduled for that day
update article set published_at = cast(published_on as timestamp)
    where status = 'PUBLISHED' and published_on > published_at;
update article set publication_day = cast(published_at as date) where published_at is not null;

create index article_publication on article (status, published_at desc, id desc);
create index article_lang_publication on article (lang, status, published_at desc, id desc);

-- the timeline and the quotation pages show an article from the same day as its own page
update timeline_article set visible_from = (select a.publication_day from article a
    where a.id = timeline_article.article_id and a.status = 'PUBLISHED') where visible_from is not null;
update quote_article set visible_from = (select a.publication_day from article a
    where a.id = quote_article.article_id and a.status = 'PUBLISHED') where visible_from is not null;
update timeline_event set visible_from = (select a.publication_day from article a
    where a.id = timeline_event.article_id and a.status = 'PUBLISHED') where visible_from is not null;
