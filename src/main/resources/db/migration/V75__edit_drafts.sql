-- An edit in progress, kept aside from the live article until its editor publishes or discards it:
-- one per article, written over by each autosave. It goes with its article when the trash is
-- emptied. Portable SQL: H2 and PostgreSQL.
create table edit_draft (
    article_id    bigint       not null primary key,
    markdown      text         not null,
    slug          varchar(200),
    status        varchar(16),
    base_version  bigint       not null,
    editor        varchar(100),
    saved_at      timestamp    not null,
    constraint edit_draft_article foreign key (article_id) references article (id) on delete cascade
);
