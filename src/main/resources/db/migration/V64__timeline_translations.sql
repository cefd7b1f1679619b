-- With every language shown, the site timeline gives the events of one original once, from the
-- translation in the reader's language: each event it reads looks up the other translations of
-- its article by their shared key.
create index timeline_article_translation_key on timeline_article (translation_key);
