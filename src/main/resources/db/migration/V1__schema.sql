-- StrikeMap's dataset, rewritten as a whole by the ingest module; portable SQL for H2 2.x and PostgreSQL.
-- No CHECK constraints on the enumerated columns: the loader validates them, and H2 2.4.240 fails
-- "CHECK (x IN (...))" in any session other than the one that created it (h2database issues #4302, #4308).

create table dataset_load (
    id            integer primary key,
    content_hash  varchar(64),
    loaded_at     timestamp with time zone,
    source_count  integer,
    strike_count  integer,
    claim_count   integer
);
-- A single row: loaders lock it (select ... for update) so concurrent instances never load twice.
insert into dataset_load (id) values (1);

create table sources (
    id             varchar(32) primary key,
    position       integer not null,
    file_name      varchar(255) not null,
    outlet         varchar(500) not null,
    headline       varchar(1000),
    date_as_given  varchar(500) not null,
    note           varchar(10000)
);

create table regions (
    code         varchar(8) primary key,
    position     integer not null,
    name         varchar(200) not null,
    name_uk      varchar(200) not null,
    source_name  varchar(200),
    geojson      varchar not null
);

-- Outlines drawn for context: neighbouring countries (kind 'country') and launch areas (kind 'launch-area').
create table areas (
    kind      varchar(16) not null,
    id        varchar(32) not null,
    position  integer not null,
    name      varchar(200) not null,
    name_uk   varchar(200),
    iso       varchar(8),
    geojson   varchar not null,
    primary key (kind, id)
);

create table places (
    name         varchar(200) primary key,
    position     integer not null,
    name_uk      varchar(200) not null,
    lat          double precision not null,
    lon          double precision not null,
    kind         varchar(16) not null,
    country      varchar(2) not null,
    source_text  varchar(1000) not null
);

create table launch_sites (
    id          varchar(64) primary key,
    position    integer not null,
    name        varchar(200) not null,
    lat         double precision not null,
    lon         double precision not null,
    area        varchar(32),
    claimed_by  varchar(500) not null,
    source_id   varchar(32) not null references sources (id),
    quote       varchar(10000) not null
);

create table range_rings (
    launch_site  varchar(64) not null references launch_sites (id),
    radius_km    double precision not null,
    position     integer not null,
    label        varchar(500) not null,
    claimed_by   varchar(500) not null,
    source_id    varchar(32) not null references sources (id),
    quote        varchar(10000) not null,
    primary key (launch_site, radius_km)
);

create table strikes (
    id                       varchar(64) primary key,
    position                 integer not null,
    place                    varchar(500) not null,
    region_code              varchar(8) not null references regions (code),
    lat                      double precision not null,
    lon                      double precision not null,
    location_precision       varchar(16) not null,
    date_from                date not null,
    date_to                  date,
    date_precision           varchar(16) not null,
    status                   varchar(32) not null,
    distance_from_launch_km  double precision not null,
    source_id                varchar(32) not null references sources (id),
    quote                    varchar(10000) not null,
    note                     varchar(10000)
);

create table claims (
    id          varchar(128) primary key,
    position    integer not null,
    subject     varchar(64) not null,
    kind        varchar(32) not null,
    value_text  varchar(1000),
    min_value   integer,
    max_value   integer,
    claim_text  varchar(1000) not null,
    claimed_by  varchar(500) not null,
    source_id   varchar(32) not null references sources (id),
    quote       varchar(10000) not null
);
create index claims_subject on claims (subject);
