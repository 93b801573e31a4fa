-- Failed sign-ins, per (account as typed, client address) pair and per address alone (account '*').
-- Kept in the database so that the throttle holds across restarts and across servers. Rows expire:
-- a pair whose last failure is older than the window starts again from zero, and such rows are deleted.
create table login_throttle (
    account       varchar(64) not null,
    address       varchar(64) not null,
    failures      int         not null,
    last_failure  timestamptz not null,
    blocked_until timestamptz not null,
    primary key (account, address)
);
create index login_throttle_last_failure on login_throttle (last_failure);

-- Raised whenever an account is disabled, its role or unit changes or its password is set: open sessions
-- that signed in under an older value end at their next request.
alter table app_user add column session_epoch int not null default 0;
