-- Cash application posted: decisions, applications with their discounts and write-offs, cash left on
-- account, disputes, and what people's decisions taught the engine.
--
-- Every row that moves money carries a deterministic posting id with a unique index, so that
-- re-running a file or retrying after a crash inserts nothing new (INSERT ... ON CONFLICT DO
-- NOTHING). History is never edited: an unapply inserts reversal rows and reversing journal entries.

-- ---------------------------------------------------------------------------------------------
-- Decisions: what the engine or a person decided for a payment, append-only
-- ---------------------------------------------------------------------------------------------

create table cash_decision (
  id               bigint generated always as identity primary key,
  bank_payment_id  bigint not null references bank_payment (id),
  outcome          text not null check (outcome in ('APPLIED', 'EXCEPTION', 'MANUAL', 'UNAPPLIED')),
  customer_id      text references customer (id),
  rule             text,
  confidence       numeric(4, 3) check (confidence between 0 and 1),
  rule_set_version text,
  reason           text,
  evidence         jsonb not null default '[]'::jsonb check (jsonb_typeof(evidence) = 'array'),
  candidates       jsonb not null default '[]'::jsonb check (jsonb_typeof(candidates) = 'array'),
  decided_by       text not null,
  decided_at       timestamptz not null default now()
);
-- the latest decision of a payment is the one the exception queue shows
create index cash_decision_payment on cash_decision (bank_payment_id, id desc);

create trigger cash_decision_no_update before update or delete on cash_decision
  for each row execute function refuse_change('cash decisions are append-only');
create trigger cash_decision_no_truncate before truncate on cash_decision
  for each statement execute function refuse_change('cash decisions are append-only');

-- ---------------------------------------------------------------------------------------------
-- Applications: cash, discount and write-off per invoice
-- ---------------------------------------------------------------------------------------------

-- A bank charge may take all of an invoice's cash (write-off only), so cash may be zero as long
-- as the application settles something.
alter table payment_application
  drop constraint payment_application_amount_check,
  add constraint payment_application_amount_check check (amount >= 0),
  add column write_off_amount money_amount not null default 0 check (write_off_amount >= 0),
  add column posting_id text,
  add column rule_set_version text,
  add column decision_id bigint references cash_decision (id),
  add constraint payment_application_settles_something
    check (amount + discount_amount + write_off_amount > 0);
create unique index payment_application_posting on payment_application (posting_id);
create index payment_application_decision on payment_application (decision_id) where decision_id is not null;

-- A reversal mirrors its original's write-off too.
alter table payment_application
  drop constraint payment_application_reversal_mirrors_original,
  add constraint payment_application_mirror_target
    unique (id, bank_payment_id, invoice_id, amount, discount_amount, write_off_amount),
  add constraint payment_application_reversal_mirrors_original
    foreign key (reversal_of, bank_payment_id, invoice_id, amount, discount_amount, write_off_amount)
    references payment_application (id, bank_payment_id, invoice_id, amount, discount_amount, write_off_amount);
alter table payment_application drop constraint payment_application_id_bank_payment_id_invoice_id_amount_di_key;

-- ---------------------------------------------------------------------------------------------
-- Cash not applied to invoices: left on the customer's account, or a small remainder written off
-- ---------------------------------------------------------------------------------------------

create table payment_on_account (
  id              bigint generated always as identity primary key,
  bank_payment_id bigint not null,
  customer_id     text references customer (id),
  currency        currency_code not null,
  amount          money_amount not null check (amount > 0),
  kind            text not null default 'ON_ACCOUNT' check (kind in ('ON_ACCOUNT', 'WRITE_OFF')),
  posting_id      text not null,
  decision_id     bigint references cash_decision (id),
  reversal_of     bigint unique,                               -- reversed at most once
  created_by      text not null default 'system',
  created_at      timestamptz not null default now(),
  constraint payment_on_account_posting unique (posting_id),
  check (reversal_of <> id),
  -- cash on account belongs to someone; a written-off remainder may come from an unknown payer
  constraint payment_on_account_has_customer check (kind = 'WRITE_OFF' or customer_id is not null),
  constraint payment_on_account_payment_currency
    foreign key (bank_payment_id, currency) references bank_payment (id, currency),
  unique (id, bank_payment_id, amount, kind),
  constraint payment_on_account_reversal_mirrors_original
    foreign key (reversal_of, bank_payment_id, amount, kind)
    references payment_on_account (id, bank_payment_id, amount, kind)
);
create index payment_on_account_payment on payment_on_account (bank_payment_id);
create index payment_on_account_customer on payment_on_account (customer_id) where kind = 'ON_ACCOUNT';

create trigger payment_on_account_immutable before update or delete on payment_on_account
  for each row execute function refuse_change('cash on account is immutable; insert a reversal');
create trigger payment_on_account_no_truncate before truncate on payment_on_account
  for each statement execute function refuse_change('cash on account is immutable; insert a reversal');

create function payment_on_account_check_insert() returns trigger
  language plpgsql
  as $$
begin
  if (select direction from bank_payment where id = new.bank_payment_id) = 'DEBIT' then
    raise exception 'payment % is a DEBIT and cannot be put on account', new.bank_payment_id
      using errcode = 'check_violation';
  end if;
  if new.reversal_of is not null
     and (select reversal_of from payment_on_account where id = new.reversal_of) is not null then
    raise exception 'on-account row % is itself a reversal and cannot be reversed', new.reversal_of
      using errcode = 'check_violation';
  end if;
  return new;
end
$$;

create trigger payment_on_account_check_insert before insert on payment_on_account
  for each row execute function payment_on_account_check_insert();

-- ---------------------------------------------------------------------------------------------
-- Balances, derived from the immutable rows (reversals subtract)
-- ---------------------------------------------------------------------------------------------

-- Columns keep their names, types and order (the checks below declare row variables of these
-- views); new columns come last. A filter on the id reaches into the grouped subqueries.
create or replace view bank_payment_balance as
select p.id as bank_payment_id,
       p.currency,
       p.amount,
       coalesce(a.applied, 0) as applied,
       p.amount - coalesce(a.applied, 0) - coalesce(o.on_account, 0) - coalesce(o.written_off, 0) as unapplied,
       coalesce(o.on_account, 0) as on_account,
       coalesce(o.written_off, 0) as written_off
from bank_payment p
left join (select bank_payment_id,
                  sum(case when reversal_of is null then amount else -amount end) as applied
           from payment_application
           group by bank_payment_id) a on a.bank_payment_id = p.id
left join (select bank_payment_id,
                  sum(case when kind <> 'ON_ACCOUNT' then 0 when reversal_of is null then amount else -amount end) as on_account,
                  sum(case when kind <> 'WRITE_OFF' then 0 when reversal_of is null then amount else -amount end) as written_off
           from payment_on_account
           group by bank_payment_id) o on o.bank_payment_id = p.id;

create or replace view invoice_balance as
select i.id as invoice_id,
       i.number,
       i.customer_id,
       i.currency,
       i.amount,
       coalesce(sum(case when a.reversal_of is null then a.amount else -a.amount end), 0) as applied,
       coalesce(sum(case when a.reversal_of is null then a.discount_amount else -a.discount_amount end), 0) as discount,
       i.amount - coalesce(sum(case when a.reversal_of is null then a.amount + a.discount_amount + a.write_off_amount
                                    else -(a.amount + a.discount_amount + a.write_off_amount) end), 0) as open_amount,
       coalesce(sum(case when a.reversal_of is null then a.write_off_amount else -a.write_off_amount end), 0) as write_off
from invoice i
left join payment_application a on a.invoice_id = i.id
group by i.id;

-- ---------------------------------------------------------------------------------------------
-- Never more out of a payment than it brought, never more off an invoice than it owed
-- ---------------------------------------------------------------------------------------------

-- The row lock queues concurrent transactions on the same payment; under READ COMMITTED the next
-- statement then sees what the transaction before it committed.
create function bank_payment_assert_within_amount(payment bigint) returns void
  language plpgsql
  as $$
declare
  p bank_payment_balance;
  parts text := '';
begin
  perform 1 from bank_payment where id = payment for no key update;
  select * into p from bank_payment_balance where bank_payment_id = payment;
  if p.unapplied < 0 then
    if p.on_account <> 0 or p.written_off <> 0 then
      parts := format(', of which %s on account and %s written off',
                      format_amount(p.on_account), format_amount(p.written_off));
    end if;
    raise exception 'payment % is over-applied: applied % > amount % (%)%',
      p.bank_payment_id, format_amount(p.applied + p.on_account + p.written_off), format_amount(p.amount),
      p.currency, parts
      using errcode = 'check_violation';
  end if;
end
$$;

create function invoice_assert_within_amount(settled_invoice bigint) returns void
  language plpgsql
  as $$
declare
  i invoice_balance;
begin
  perform 1 from invoice where id = settled_invoice for no key update;
  select * into i from invoice_balance where invoice_id = settled_invoice;
  if i.open_amount < 0 then
    raise exception 'invoice % (%) is over-settled: applied % + discount % + write-off % > amount % (%)',
      i.invoice_id, i.number, format_amount(i.applied), format_amount(i.discount), format_amount(i.write_off),
      format_amount(i.amount), i.currency
      using errcode = 'check_violation';
  end if;
end
$$;

create or replace function payment_application_assert_within_limits() returns trigger
  language plpgsql
  as $$
begin
  perform bank_payment_assert_within_amount(new.bank_payment_id);
  perform invoice_assert_within_amount(new.invoice_id);
  return null;
end
$$;

create function payment_on_account_assert_within_limits() returns trigger
  language plpgsql
  as $$
begin
  perform bank_payment_assert_within_amount(new.bank_payment_id);
  return null;
end
$$;

create constraint trigger payment_on_account_within_limits
  after insert on payment_on_account
  deferrable initially deferred
  for each row execute function payment_on_account_assert_within_limits();

-- ---------------------------------------------------------------------------------------------
-- Disputes opened by a posting, once
-- ---------------------------------------------------------------------------------------------

alter table dispute
  add column posting_id text,
  add column category text,                                   -- the reason's category: pricing, damage, ...
  add constraint dispute_posting unique (posting_id);

-- ---------------------------------------------------------------------------------------------
-- What people's decisions teach the engine
-- ---------------------------------------------------------------------------------------------

alter table customer_bank_account
  add column source text not null default 'MASTER' check (source in ('MASTER', 'LEARNED')),
  add column learned_from bigint references bank_payment (id),
  add constraint customer_bank_account_learned_from check (source = 'LEARNED' or learned_from is null);

-- A reference a payer uses for an invoice (a PO number, an old number), by its ReferenceKey.
create table cashapp_reference_alias (
  reference_key  text primary key check (reference_key ~ '^[A-Z0-9]+$'),
  invoice_number text not null references invoice (number),
  learned_from   bigint references bank_payment (id),
  learned_by     text not null,
  learned_at     timestamptz not null default now()
);

-- A payer name a person said is a customer's, by its CompanyName key.
create table cashapp_payer_name (
  name_key     text primary key check (name_key <> ''),
  name         text not null,
  customer_id  text not null references customer (id),
  learned_from bigint references bank_payment (id),
  learned_by   text not null,
  learned_at   timestamptz not null default now()
);

-- ---------------------------------------------------------------------------------------------
-- Work queues
-- ---------------------------------------------------------------------------------------------

create index bank_payment_exception_queue on bank_payment (booking_date) where status = 'EXCEPTION';
create index bank_payment_pending on bank_payment (booking_date, id)
  where status = 'UNAPPLIED' and direction = 'CREDIT' and not provisional and not reversal;
