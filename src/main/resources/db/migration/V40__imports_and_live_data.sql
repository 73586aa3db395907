-- Imports and live data (issue 19). A plain CSV's column mapping is saved with its map, under the file's columns
-- (the SHA-256 of its header), for the next import of the same file. A map may follow one published address (live
-- data): what to fetch, how often, whether a change is published at once, who set it up (the feed imports as that
-- person, with their rights), and how the last fetch went.
create table import_mappings (
    map_id       integer not null references maps (id),
    columns_key  varchar(64) not null,
    mapping      varchar(4000) not null,
    saved_at     timestamp with time zone not null,
    saved_by     varchar(200) not null,
    primary key (map_id, columns_key)
);

create table live_feeds (
    map_id             integer primary key references maps (id),
    url                varchar(2000) not null,
    format             varchar(16) not null,
    mapping            varchar(4000),
    every_minutes      integer not null,
    publish_directly   boolean not null,
    set_by_id          bigint not null,
    set_by_name        varchar(200) not null,
    last_fetch_at      timestamp with time zone,
    last_outcome       varchar(32),
    last_message       varchar(20000),
    last_content_hash  varchar(64)
);
