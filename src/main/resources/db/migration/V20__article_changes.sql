-- Each instance's search index follows the writes of the others: when the content version moves,
-- it reads the articles written since it last looked. This index keeps that a short range scan
-- at 100,000 articles.
create index article_changes on article (updated_at);
