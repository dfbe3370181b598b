-- Bulk posting: the same rules as V1 and V4, checked once per statement or once per transaction
-- instead of once per row, so that a transaction posting a thousand payments runs a handful of set
-- queries rather than tens of thousands of trigger calls.
--
-- PostgreSQL defers only row-level constraint triggers. The checks that must wait for COMMIT (a
-- journal entry balances and has lines; no payment over-applied, no invoice over-settled) therefore
-- hang on one row per transaction in posting_check: every statement that inserts journal entries
-- or applications adds its transaction's row (once), and that row's deferred trigger checks, at
-- commit, everything the transaction inserted. What it inserted is found by created_xact, which
-- journal_entry has had since V1 and payment_application gets here. Checks that never needed to
-- wait (debits are not applied, a reversal is not reversed, a posted entry gains no lines) become
-- statement-level triggers reading the statement's new rows.

create index journal_entry_created_xact on journal_entry (created_xact);

alter table payment_application add column created_xact xid8 not null default pg_current_xact_id();
create index payment_application_created_xact on payment_application (created_xact);

-- One row per open transaction that posted something; deleted by its own check before it commits.
create table posting_check (
  xact xid8 primary key default pg_current_xact_id()
);

create function posting_check_due() returns trigger
  language plpgsql
  as $$
begin
  insert into posting_check default values on conflict do nothing;
  return null;
end
$$;

-- Runs at COMMIT, once. Locks the payments, then the invoices, each in id order (as the posting
-- code does), so that a concurrent transaction queues behind it; under READ COMMITTED the queries
-- after the locks see what the transaction before committed. The first violation found raises
-- the error the per-row checks of V1/V4 raised, through the same functions. (OFFSET 0 keeps each
-- lateral subquery from being merged into the join, so that its filter on the id reaches into the
-- balance view's grouping instead of the view being computed for every payment or invoice.)
create function posting_check_run() returns trigger
  language plpgsql
  as $$
declare
  r record;
begin
  for r in
    select e.id, e.posting_id
    from journal_entry e
    where e.created_xact = new.xact
      and not exists (select 1 from journal_line l where l.entry_id = e.id)
    order by e.id
    limit 1
  loop
    raise exception 'journal entry % (posting %) has no lines', r.id, r.posting_id
      using errcode = 'check_violation';
  end loop;
  for r in
    select l.entry_id, l.currency, sum(l.debit) as debits, sum(l.credit) as credits
    from journal_entry e
    join journal_line l on l.entry_id = e.id
    where e.created_xact = new.xact
    group by l.entry_id, l.currency
    having sum(l.debit) <> sum(l.credit)
    order by l.entry_id, l.currency
    limit 1
  loop
    raise exception 'journal entry % does not balance: debits % != credits % (%)',
      r.entry_id, format_amount(r.debits), format_amount(r.credits), r.currency
      using errcode = 'check_violation';
  end loop;

  perform 1 from bank_payment
  where id in (select bank_payment_id from payment_application where created_xact = new.xact)
  order by id
  for no key update;
  perform 1 from invoice
  where id in (select invoice_id from payment_application where created_xact = new.xact)
  order by id
  for no key update;
  for r in
    select t.id
    from (select distinct bank_payment_id as id from payment_application where created_xact = new.xact) t
    cross join lateral (select unapplied from bank_payment_balance b where b.bank_payment_id = t.id offset 0) b
    where b.unapplied < 0
    order by t.id
    limit 1
  loop
    perform bank_payment_assert_within_amount(r.id);
  end loop;
  for r in
    select t.id
    from (select distinct invoice_id as id from payment_application where created_xact = new.xact) t
    cross join lateral (select open_amount from invoice_balance b where b.invoice_id = t.id offset 0) b
    where b.open_amount < 0
    order by t.id
    limit 1
  loop
    perform invoice_assert_within_amount(r.id);
  end loop;

  delete from posting_check where xact = new.xact;
  return null;
end
$$;

create constraint trigger posting_check_at_commit
  after insert on posting_check
  deferrable initially deferred
  for each row execute function posting_check_run();

-- ---------------------------------------------------------------------------------------------
-- Journal: balanced with lines at commit; lines only in the transaction that created the entry
-- ---------------------------------------------------------------------------------------------

drop trigger journal_line_balanced on journal_line;
drop trigger journal_entry_has_lines on journal_entry;
drop trigger journal_line_entry_open on journal_line;

create trigger journal_entry_posting_check
  after insert on journal_entry
  for each statement execute function posting_check_due();

-- The entries this transaction created come from the created_xact index; a line whose entry is not
-- among them belongs to an entry posted before.
create function journal_lines_entry_open() returns trigger
  language plpgsql
  as $$
declare
  current_xact xid8 := pg_current_xact_id();
  r record;
begin
  for r in
    select n.entry_id
    from (select distinct entry_id from new_lines) n
    where n.entry_id not in (select id from journal_entry where created_xact = current_xact)
    order by n.entry_id
    limit 1
  loop
    raise exception 'journal entry % is already posted: lines can only be added in the transaction that created it',
      r.entry_id
      using errcode = 'integrity_constraint_violation';
  end loop;
  return null;
end
$$;

create trigger journal_line_entry_open
  after insert on journal_line
  referencing new table as new_lines
  for each statement execute function journal_lines_entry_open();

-- ---------------------------------------------------------------------------------------------
-- Applications: credits only, a reversal is not reversed, within limits at commit
-- ---------------------------------------------------------------------------------------------

drop trigger payment_application_within_limits on payment_application;
drop trigger payment_application_check_insert on payment_application;

create trigger payment_application_posting_check
  after insert on payment_application
  for each statement execute function posting_check_due();

create function payment_applications_check_insert() returns trigger
  language plpgsql
  as $$
declare
  r record;
begin
  for r in
    select n.bank_payment_id, n.invoice_id
    from new_applications n
    join bank_payment p on p.id = n.bank_payment_id
    where p.direction = 'DEBIT'
    order by n.id
    limit 1
  loop
    raise exception 'payment % is a DEBIT and cannot be applied to invoice %', r.bank_payment_id, r.invoice_id
      using errcode = 'check_violation';
  end loop;
  for r in
    select n.reversal_of
    from new_applications n
    join payment_application o on o.id = n.reversal_of
    where o.reversal_of is not null
    order by n.id
    limit 1
  loop
    raise exception 'payment application % is itself a reversal and cannot be reversed', r.reversal_of
      using errcode = 'check_violation';
  end loop;
  return null;
end
$$;

create trigger payment_application_check_insert
  after insert on payment_application
  referencing new table as new_applications
  for each statement execute function payment_applications_check_insert();

-- The row-level functions the dropped triggers called are no longer used.
drop function journal_entry_assert_balanced();
drop function journal_entry_assert_has_lines();
drop function journal_line_entry_open();
drop function payment_application_assert_within_limits();
drop function payment_application_check_insert();
