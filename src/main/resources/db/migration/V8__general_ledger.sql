-- The general ledger side of the AR sub-ledger: accounting periods and their close, journal export
-- batches sent to the GL exactly once, and the GL balance reports read back for reconciliation.
--
-- Period close is enforced here rather than in Java so that every posting path (one entry at a
-- time, the multi-row inserts of bulk posting, a psql session) obeys it: an entry dated in a
-- closed period is moved to the first day of the next open period and keeps the date of its event
-- in event_date. Moving rather than refusing is what the issue asks ("late events post to the
-- next open one") and what accountants expect: a bank statement that arrives after the close must
-- still be posted, the close must not make cash application fail.

-- ---------------------------------------------------------------------------------------------
-- Accounting periods: calendar months, open until closed, never reopened
-- ---------------------------------------------------------------------------------------------

create table accounting_period (
  period       text primary key check (period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  start_date   date not null,
  end_date     date not null,
  status       text not null default 'OPEN' check (status in ('OPEN', 'CLOSED')),
  closed_at    timestamptz,
  closed_by    text,
  close_reason text,
  check (start_date = to_date(period || '-01', 'YYYY-MM-DD')),
  check (end_date = (start_date + interval '1 month' - interval '1 day')::date),
  check ((status = 'CLOSED') = (closed_at is not null and closed_by is not null))
);
create index accounting_period_closed on accounting_period (start_date, end_date) where status = 'CLOSED';

-- A reopened period would let postings into a period the GL has already closed and reported.
create function accounting_period_check_update() returns trigger
  language plpgsql
  as $$
begin
  if old.status = 'CLOSED' then
    raise exception 'accounting period % is closed and cannot be changed', old.period
      using errcode = 'integrity_constraint_violation';
  end if;
  return new;
end
$$;

create trigger accounting_period_closed_is_final before update on accounting_period
  for each row execute function accounting_period_check_update();
create trigger accounting_period_no_delete before delete on accounting_period
  for each row execute function refuse_change('accounting periods are never deleted');

-- The first day on or after d that lies in no closed period.
create function accounting_open_date(d date) returns date
  language plpgsql stable
  as $$
declare
  closed_end date;
begin
  loop
    select end_date into closed_end
    from accounting_period
    where status = 'CLOSED' and d between start_date and end_date;
    if not found then
      return d;
    end if;
    d := closed_end + 1;
  end loop;
end
$$;

alter table journal_entry add column event_date date;

-- Row-level, so it runs for each row of a multi-row insert too (bulk posting).
create function journal_entry_into_open_period() returns trigger
  language plpgsql
  as $$
begin
  new.event_date := coalesce(new.event_date, new.entry_date);
  new.entry_date := accounting_open_date(new.entry_date);
  return new;
end
$$;

create trigger journal_entry_open_period before insert on journal_entry
  for each row execute function journal_entry_into_open_period();

-- Closing takes a SHARE lock on journal_entry: it waits for every transaction that is inserting
-- entries to finish, and transactions that insert after it wait for the close to commit, so that
-- their trigger sees the period closed. No entry slips into a period while it closes.
create function close_accounting_period(p text, actor text, why text) returns accounting_period
  language plpgsql
  as $$
declare
  closed accounting_period;
begin
  if p is null or p !~ '^[0-9]{4}-(0[1-9]|1[0-2])$' then
    raise exception 'accounting period ''%'' is not a month (YYYY-MM)', p
      using errcode = 'invalid_parameter_value';
  end if;
  lock table journal_entry in share mode;
  insert into accounting_period(period, start_date, end_date)
  values (p, to_date(p || '-01', 'YYYY-MM-DD'),
          (to_date(p || '-01', 'YYYY-MM-DD') + interval '1 month' - interval '1 day')::date)
  on conflict (period) do nothing;
  update accounting_period
  set status = 'CLOSED', closed_at = now(), closed_by = actor, close_reason = why
  where period = p and status = 'OPEN'
  returning * into closed;
  if not found then
    raise exception 'accounting period % is already closed', p
      using errcode = 'integrity_constraint_violation';
  end if;
  return closed;
end
$$;

-- ---------------------------------------------------------------------------------------------
-- Export to the GL: a journal line belongs to exactly one batch
-- ---------------------------------------------------------------------------------------------

-- The batch id is derived from the period and the ids of its lines (see GlBatchId), and the files
-- are stored when the batch is created: a batch sent again after a crash is the same id with the
-- same bytes, which the GL can refuse as a repeat.
create table gl_export_batch (
  id              text primary key check (id ~ '^AR-[0-9]{4}-[0-9]{2}-[0-9a-f]{16}$'),
  target          text not null,                               -- the GL partner id
  period          text not null check (period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  status          text not null default 'PENDING' check (status in ('PENDING', 'SENT', 'ACKNOWLEDGED', 'REJECTED')),
  entry_count     integer not null check (entry_count > 0),
  line_count      integer not null check (line_count > 0),
  csv_sha256      char(64) not null references file_content (sha256),
  json_sha256     char(64) not null references file_content (sha256),
  attempts        integer not null default 0,
  created_at      timestamptz not null default now(),
  sent_at         timestamptz,
  acknowledged_at timestamptz,
  gl_reference    text,                                        -- the GL's id of the posted journal, if it says
  reason          text,                                        -- why the GL rejected it, or the last send failure
  check (status not in ('ACKNOWLEDGED', 'REJECTED') or acknowledged_at is not null),
  check (status <> 'REJECTED' or reason is not null)
);
create index gl_export_batch_unacknowledged on gl_export_batch (created_at) where status in ('PENDING', 'SENT');
create index gl_export_batch_period on gl_export_batch (period);

create function gl_export_batch_check_update() returns trigger
  language plpgsql
  as $$
begin
  if old.status in ('ACKNOWLEDGED', 'REJECTED') and new.status <> old.status then
    raise exception 'GL export batch % is % and cannot become %', old.id, old.status, new.status
      using errcode = 'integrity_constraint_violation';
  end if;
  if new.status = 'PENDING' and old.status <> 'PENDING' then
    raise exception 'GL export batch % was sent and cannot become PENDING again', old.id
      using errcode = 'integrity_constraint_violation';
  end if;
  if (new.id, new.target, new.period, new.entry_count, new.line_count, new.csv_sha256, new.json_sha256)
     is distinct from (old.id, old.target, old.period, old.entry_count, old.line_count, old.csv_sha256, old.json_sha256) then
    raise exception 'GL export batch % is immutable: only its delivery state changes', old.id
      using errcode = 'integrity_constraint_violation';
  end if;
  return new;
end
$$;

create trigger gl_export_batch_state before update on gl_export_batch
  for each row execute function gl_export_batch_check_update();
create trigger gl_export_batch_no_delete before delete on gl_export_batch
  for each row execute function refuse_change('GL export batches are never deleted');

create table gl_export_line (
  journal_line_id bigint primary key references journal_line (id),   -- the line is sent once
  batch_id        text not null references gl_export_batch (id)
);
create index gl_export_line_batch on gl_export_line (batch_id);

create trigger gl_export_line_immutable before update or delete on gl_export_line
  for each row execute function refuse_change('a journal line stays in the batch it was exported in');

-- ---------------------------------------------------------------------------------------------
-- GL balance reports read back for reconciliation
-- ---------------------------------------------------------------------------------------------

create table gl_balance_report (
  id          bigint generated always as identity primary key,
  name        text not null,
  sha256      char(64) not null references file_content (sha256),
  received_by text not null,
  received_at timestamptz not null default now()
);
