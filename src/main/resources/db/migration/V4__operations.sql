-- Operations of the portal (issue 7): what several instances on one database share.
-- Portable SQL: the same migration runs on H2 (default) and PostgreSQL.

-- A counter bumped in the same transaction as every write to articles. Each instance polls it
-- and empties its page cache when it moves, so a page published through one instance is served
-- fresh by the others within the poll interval.
create table content_version (
    id         integer   not null primary key,
    version    bigint    not null,
    changed_at timestamp not null
);

insert into content_version (id, version, changed_at) values (1, 0, current_timestamp);

-- Editors' HTTP sessions (Spring Session JDBC), so that a request landing on another instance
-- keeps its session. The tables Spring Session expects, with bytea, which H2 and PostgreSQL
-- both accept.
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval integer      not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);

create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);
