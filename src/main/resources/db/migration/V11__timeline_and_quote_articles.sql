-- The site timeline and the quotations by speaker read the article module's tables (article,
-- article_tag, tag) with SQL of their own. The timeline and quote modules now keep what their
-- pages show of an article, handed over by the article module when it stores the events and
-- quotations and kept in step on every trash and restore, as visible_from on the events already
-- was (V7). Refers to the article by id only, without a foreign key, like the events.
--   visible_from     the day from which readers see the article (its date), null while it is a
--                    draft or in the trash; scheduled articles have a date still to come
create table timeline_article (
    article_id      bigint primary key,
    slug            varchar(120)  not null,
    title           varchar(2000) not null,
    lang            varchar(8)    not null,
    published_on    date          not null,
    visible_from    date,
    translation_key varchar(200)
);

-- tags of each article, for the timeline's tag filter (looked up by article, then by slug)
create table timeline_article_tag (
    article_id bigint      not null,
    position   integer     not null,
    slug       varchar(80) not null,
    name       varchar(60) not null,
    primary key (article_id, position)
);

create index timeline_article_tag_slug on timeline_article_tag (article_id, slug);

create table quote_article (
    article_id      bigint primary key,
    slug            varchar(120)  not null,
    title           varchar(2000) not null,
    lang            varchar(8)    not null,
    published_on    date          not null,
    visible_from    date,
    translation_key varchar(200)
);

-- the quotation pages count the quotations of visible articles
create index quote_article_visible on quote_article (visible_from, article_id);

insert into timeline_article (article_id, slug, title, lang, published_on, visible_from, translation_key)
select a.id, a.slug, a.title, a.lang, a.published_on,
       case when a.status = 'PUBLISHED' then a.published_on end, a.translation_key
from article a;

insert into timeline_article_tag (article_id, position, slug, name)
select at.article_id, at.position, t.slug, t.name
from article_tag at join tag t on t.id = at.tag_id;

insert into quote_article (article_id, slug, title, lang, published_on, visible_from, translation_key)
select a.id, a.slug, a.title, a.lang, a.published_on,
       case when a.status = 'PUBLISHED' then a.published_on end, a.translation_key
from article a;
