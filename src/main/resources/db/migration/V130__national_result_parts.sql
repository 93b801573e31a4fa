-- The parts of the province's national results: PAR INDEX's 8 component indices (%), PAPI's dimensions
-- (6 until 2017, 8 since 2018, 10 points each), SIPAS's 5 elements (%), the 766 service index's 5 groups
-- (18/20/22/22/18 points). A part belongs to the total of its index and year.
create table rk_national_part (
    province_id   bigint        not null,
    kind          varchar(16)   not null,
    year          int           not null,
    code          varchar(8)    not null,
    value         numeric(8, 2) not null,
    max_value     numeric(8, 2) not null check (max_value > 0),
    national_rank int,
    primary key (province_id, kind, year, code),
    constraint rk_national_part_total foreign key (province_id, kind, year)
        references rk_national (province_id, kind, year) on delete cascade,
    constraint rk_national_part_range check (value >= 0 and value <= max_value),
    constraint rk_national_part_rank check (national_rank is null or national_rank >= 1)
);
