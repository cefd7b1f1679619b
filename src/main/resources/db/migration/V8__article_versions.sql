-- At start-up the search index compares the version it holds of each published article with the
-- database (id and time of the last change). Read from the article rows, with their Markdown and
-- HTML, that took 6 s at 100,000 articles; this index holds all the query needs (0.3 s).
create index article_versions on article (status, id, updated_at);
