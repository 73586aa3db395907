-- The dataset's own words (title, subtitle, view, labels, credit) from data/dataset.csv, one row per key.
create table dataset_texts (
    name        varchar(64) primary key,
    position    integer not null,
    text_value  varchar(10000) not null
);
