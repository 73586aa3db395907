-- Ukrainian words the dataset may give: a strike's place (data/strikes.csv's optional place_uk).
alter table strikes add column place_uk varchar(500);
-- A range ring's label in Ukrainian (data/range-rings.csv's optional label_uk).
alter table range_rings add column label_uk varchar(500);
