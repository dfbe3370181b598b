-- arhub foundation schema (PostgreSQL 15+).
--
-- Money is numeric(19,4) with a currency code next to it, never a float. The rules that keep the
-- ledger honest live here rather than in Java, so that no code path, script or psql session can
-- break them: a journal entry balances per currency when its transaction commits, history tables
-- refuse UPDATE/DELETE/TRUNCATE, and cash can never be applied beyond what was received or owed.
-- Trigger errors use SQLSTATE class 23 (integrity constraint violation), which Spring translates
-- into DataIntegrityViolationException.

-- ---------------------------------------------------------------------------------------------
-- Shared types and helpers
-- ---------------------------------------------------------------------------------------------

create domain currency_code as char(3) check (value ~ '^[A-Z]{3}$');
create domain money_amount as numeric(19, 4);

-- Figures in error messages read like money (100.00) without hiding sub-cent digits (100.1234).
create function format_amount(value numeric) returns text
  language sql immutable strict
  as $$ select round(value, greatest(2, scale(trim_scale(value))))::text $$;

-- One function refuses changes to every history table; the trigger passes the reason.
create function refuse_change() returns trigger
  language plpgsql
  as $$
begin
  raise exception '% on % refused: %', tg_op, tg_table_name, tg_argv[0]
    using errcode = 'integrity_constraint_violation';
end
$$;

-- ---------------------------------------------------------------------------------------------
-- Partners, inbound files, operations
-- ---------------------------------------------------------------------------------------------

create table partner (
  id        text primary key,
  name      text not null,
  kind      text not null check (kind in ('BANK', 'CUSTOMER', 'ERP', 'GL')),
  config    jsonb not null check (jsonb_typeof(config) = 'object'),
  active    boolean not null default true,
  loaded_at timestamptz not null default now()
);

-- Content-addressed bytes: the same file arriving twice is stored once.
create table file_content (
  sha256 char(64) primary key check (sha256 ~ '^[0-9a-f]{64}$'),
  size   bigint not null check (size >= 0),
  bytes  bytea not null,
  check (size = octet_length(bytes)),
  -- lets inbound_file prove its recorded size is the size of the stored bytes
  unique (sha256, size)
);

-- The key is the hash of the bytes, so rewriting them would make the key a lie.
create trigger file_content_immutable before update on file_content
  for each row execute function refuse_change('stored file content is immutable');

create table inbound_file (
  id            bigint generated always as identity primary key,
  partner_id    text not null references partner (id),
  feed          text not null,
  original_name text not null,
  size          bigint not null check (size >= 0),
  sha256        char(64) not null references file_content (sha256),
  format        text,
  status        text not null check (status in ('RECEIVED', 'PARSED', 'APPLIED', 'DUPLICATE', 'QUARANTINED')),
  duplicate_of  bigint references inbound_file (id),
  reason        text,
  received_at   timestamptz not null default now(),
  processed_at  timestamptz,
  node          text,
  constraint inbound_file_duplicate_has_original check ((status = 'DUPLICATE') = (duplicate_of is not null)),
  constraint inbound_file_quarantine_has_reason check (status <> 'QUARANTINED' or reason is not null),
  check (duplicate_of <> id),
  unique (id, sha256),
  constraint inbound_file_size_matches_content
    foreign key (sha256, size) references file_content (sha256, size),
  -- a duplicate must be a copy of the same bytes as the file it points to
  constraint inbound_file_duplicate_same_content
    foreign key (duplicate_of, sha256) references inbound_file (id, sha256)
);
create unique index inbound_file_first_copy on inbound_file (sha256) where status <> 'DUPLICATE';   -- last fence: one live copy per content
create index inbound_file_partner_received on inbound_file (partner_id, received_at desc);
create index inbound_file_pending on inbound_file (received_at) where status in ('RECEIVED', 'PARSED');

-- Idempotent consumer store: a message is processed once per processor, across hub nodes.
create table file_claim (
  processor_name text not null,
  message_id     text not null,
  created_at     timestamptz not null default now(),
  primary key (processor_name, message_id)
);
create index file_claim_created on file_claim (created_at);

-- partner_id is deliberately not a foreign key: alerts report files from senders we do not know.
create table alert (
  id              bigint generated always as identity primary key,
  kind            text not null,
  partner_id      text,
  subject         text not null,
  detail          text,
  raised_at       timestamptz not null default now(),
  acknowledged_at timestamptz
);
create index alert_unacknowledged on alert (raised_at) where acknowledged_at is null;

create table audit_log (
  id        bigint generated always as identity primary key,
  at        timestamptz not null default now(),
  actor     text not null,
  action    text not null,
  entity    text not null,
  entity_id text,
  detail    jsonb
);
-- Rows arrive in time order and never change, the case BRIN indexes are made for.
create index audit_log_at on audit_log using brin (at);
create index audit_log_entity on audit_log (entity, entity_id);

create trigger audit_log_no_update before update or delete on audit_log
  for each row execute function refuse_change('audit_log is append-only');
create trigger audit_log_no_truncate before truncate on audit_log
  for each statement execute function refuse_change('audit_log is append-only');

-- ---------------------------------------------------------------------------------------------
-- Customers and invoices (mastered in the ERP)
-- ---------------------------------------------------------------------------------------------

create table customer (
  id             text primary key,                       -- the ERP customer id
  name           text not null,
  parent_id      text references customer (id),         -- head office paying for its branches
  erp_partner_id text references partner (id),
  currency       currency_code,                         -- default billing currency
  terms          text,
  active         boolean not null default true,
  created_at     timestamptz not null default now(),
  updated_at     timestamptz not null default now(),
  check (parent_id <> id)
);
create index customer_parent on customer (parent_id) where parent_id is not null;

-- Known payer accounts: a payment from one of them identifies the customer.
create table customer_bank_account (
  id                 bigint generated always as identity primary key,
  customer_id        text not null references customer (id),
  -- IBAN or local account number, normalised (upper case, no spaces) so that lookups are exact
  account_identifier text not null check (account_identifier ~ '^[A-Z0-9./-]+$'),
  bank_id            text,                               -- BIC or routing number; null when the IBAN says it all
  holder_name        text,
  active             boolean not null default true,
  created_at         timestamptz not null default now(),
  -- nulls not distinct: one IBAN without a bank id must not be registered twice either
  constraint customer_bank_account_unique unique nulls not distinct (account_identifier, bank_id)
);
create index customer_bank_account_customer on customer_bank_account (customer_id);

create table invoice (
  id             bigint generated always as identity primary key,
  number         text not null unique,
  customer_id    text not null references customer (id),
  currency       currency_code not null,
  issue_date     date not null,
  due_date       date not null check (due_date >= issue_date),
  amount         money_amount not null check (amount > 0),
  terms          text,                                   -- as printed, e.g. '2/10 NET 30'
  discount_rate  numeric(7, 4) check (discount_rate > 0 and discount_rate < 100),   -- early-payment discount, percent
  discount_until date,
  status         text not null default 'OPEN'
                 check (status in ('OPEN', 'PARTIALLY_PAID', 'PAID', 'CANCELLED', 'WRITTEN_OFF')),
  source_file_id bigint references inbound_file (id),
  created_at     timestamptz not null default now(),
  updated_at     timestamptz not null default now(),
  check ((discount_rate is null) = (discount_until is null)),
  unique (id, currency)                                   -- target of same-currency foreign keys
);
create index invoice_open_by_customer on invoice (customer_id, due_date) where status in ('OPEN', 'PARTIALLY_PAID');

create table invoice_line (
  id          bigint generated always as identity primary key,
  invoice_id  bigint not null references invoice (id) on delete cascade,
  line_no     integer not null check (line_no > 0),
  description text not null,
  quantity    numeric(19, 4) not null default 1,
  unit_price  money_amount,
  amount      money_amount not null,
  tax_amount  money_amount not null default 0,
  unique (invoice_id, line_no)
);

-- ---------------------------------------------------------------------------------------------
-- Bank statements and payments
-- ---------------------------------------------------------------------------------------------

create table bank_statement (
  id              bigint generated always as identity primary key,
  inbound_file_id bigint not null references inbound_file (id),
  partner_id      text not null references partner (id),     -- the bank
  account         text not null,                               -- our account (IBAN / number)
  currency        currency_code not null,
  statement_id    text not null,                               -- camt.053 Stmt/Id, MT940 :20:
  sequence_number bigint,                                      -- camt ElctrncSeqNb, MT940 :28C:; used to spot gaps
  from_date       date,
  to_date         date,
  opening_balance money_amount not null,
  closing_balance money_amount not null,
  created_at      timestamptz not null default now(),
  check (to_date >= from_date),
  unique (partner_id, account, statement_id),
  unique (id, partner_id, account, currency)                   -- lets bank_payment prove it belongs here
);
create index bank_statement_sequence on bank_statement (partner_id, account, sequence_number);

create table bank_payment (
  id              bigint generated always as identity primary key,
  statement_id    bigint references bank_statement (id),       -- null for feeds without statements (lockbox)
  inbound_file_id bigint references inbound_file (id),
  partner_id      text not null references partner (id),       -- the bank
  account         text not null,                               -- our account the money moved on
  payment_id      text not null,                               -- the bank's unique reference for the entry
  amount          money_amount not null check (amount > 0),
  currency        currency_code not null,
  direction       text not null check (direction in ('CREDIT', 'DEBIT')),
  booking_date    date not null,
  value_date      date,
  payer_name      text,
  payer_account   text,
  payer_bank_id   text,
  end_to_end_id   text,
  remittance_text text,
  customer_id     text references customer (id),               -- set once the payer is identified
  status          text not null default 'UNAPPLIED'
                  check (status in ('UNAPPLIED', 'PARTIALLY_APPLIED', 'APPLIED', 'ON_ACCOUNT', 'EXCEPTION', 'NOT_AR')),
  created_at      timestamptz not null default now(),
  constraint bank_payment_unique_reference unique (partner_id, account, payment_id),
  constraint bank_payment_matches_statement
    foreign key (statement_id, partner_id, account, currency)
    references bank_statement (id, partner_id, account, currency),
  unique (id, currency)
);
create index bank_payment_statement on bank_payment (statement_id);
create index bank_payment_open on bank_payment (booking_date) where status in ('UNAPPLIED', 'PARTIALLY_APPLIED', 'EXCEPTION');
create index bank_payment_customer on bank_payment (customer_id) where customer_id is not null;
create index bank_payment_end_to_end on bank_payment (end_to_end_id) where end_to_end_id is not null;

-- ---------------------------------------------------------------------------------------------
-- Remittance advice (what the customer says a payment is for)
-- ---------------------------------------------------------------------------------------------

create table remittance_advice (
  id                bigint generated always as identity primary key,
  inbound_file_id   bigint references inbound_file (id),       -- null when keyed in by hand
  partner_id        text references partner (id),              -- the sender
  customer_id       text references customer (id),
  advice_id         text not null,                             -- the sender's reference for the advice
  payment_reference text,                                      -- what the bank will show: end-to-end id, cheque no.
  bank_payment_id   bigint references bank_payment (id),       -- set once matched to the cash
  currency          currency_code not null,
  total_amount      money_amount not null,
  payment_date      date,
  received_at       timestamptz not null default now(),
  -- the same advice sent again (by mail and by EDI, say) is one advice
  constraint remittance_advice_unique unique nulls not distinct (partner_id, advice_id)
);
create index remittance_advice_payment_reference on remittance_advice (payment_reference) where payment_reference is not null;
create index remittance_advice_unmatched on remittance_advice (received_at) where bank_payment_id is null;

create table remittance_line (
  id                bigint generated always as identity primary key,
  advice_id         bigint not null references remittance_advice (id) on delete cascade,
  line_no           integer not null check (line_no > 0),
  invoice_ref       text not null,                             -- as the customer wrote it
  invoice_id        bigint references invoice (id),            -- resolved invoice, if any
  paid_amount       money_amount not null,                     -- negative for a credit note taken
  invoiced_amount   money_amount,
  discount_amount   money_amount not null default 0 check (discount_amount >= 0),
  adjustment_amount money_amount not null default 0,           -- short payment the customer claims
  adjustment_reason text,                                      -- reason code, e.g. X12 ADX02 or the partner's own
  check (adjustment_amount = 0 or adjustment_reason is not null),
  unique (advice_id, line_no)
);
create index remittance_line_invoice on remittance_line (invoice_id) where invoice_id is not null;

-- ---------------------------------------------------------------------------------------------
-- Cash application: which payment settles which invoice
-- ---------------------------------------------------------------------------------------------

-- Immutable: an unapply is a new row with reversal_of set to the original and the same payment,
-- invoice and amounts; net applied = originals minus reversals (see the views below).
create table payment_application (
  id                 bigint generated always as identity primary key,
  bank_payment_id    bigint not null,
  invoice_id         bigint not null,
  currency           currency_code not null,
  amount             money_amount not null check (amount > 0),
  discount_amount    money_amount not null default 0 check (discount_amount >= 0),   -- early-payment discount granted
  rule               text not null,                            -- the matching rule, e.g. 'EXACT_REFERENCE', 'MANUAL'
  confidence         numeric(4, 3) not null check (confidence between 0 and 1),
  remittance_line_id bigint references remittance_line (id),
  reversal_of        bigint unique,                            -- an application is reversed at most once
  applied_by         text not null default 'system',
  applied_at         timestamptz not null default now(),
  check (reversal_of <> id),
  -- cash is applied in its own currency: no FX in the sub-ledger
  constraint payment_application_payment_currency
    foreign key (bank_payment_id, currency) references bank_payment (id, currency),
  constraint payment_application_invoice_currency
    foreign key (invoice_id, currency) references invoice (id, currency),
  unique (id, bank_payment_id, invoice_id, amount, discount_amount),
  -- a reversal undoes exactly its original
  constraint payment_application_reversal_mirrors_original
    foreign key (reversal_of, bank_payment_id, invoice_id, amount, discount_amount)
    references payment_application (id, bank_payment_id, invoice_id, amount, discount_amount)
);
create index payment_application_payment on payment_application (bank_payment_id);
create index payment_application_invoice on payment_application (invoice_id);

create trigger payment_application_immutable before update or delete on payment_application
  for each row execute function refuse_change('payment applications are immutable; insert a reversal');
create trigger payment_application_no_truncate before truncate on payment_application
  for each statement execute function refuse_change('payment applications are immutable; insert a reversal');

create view bank_payment_balance as
select p.id as bank_payment_id,
       p.currency,
       p.amount,
       coalesce(sum(case when a.reversal_of is null then a.amount else -a.amount end), 0) as applied,
       p.amount - coalesce(sum(case when a.reversal_of is null then a.amount else -a.amount end), 0) as unapplied
from bank_payment p
left join payment_application a on a.bank_payment_id = p.id
group by p.id;

create view invoice_balance as
select i.id as invoice_id,
       i.number,
       i.customer_id,
       i.currency,
       i.amount,
       coalesce(sum(case when a.reversal_of is null then a.amount else -a.amount end), 0) as applied,
       coalesce(sum(case when a.reversal_of is null then a.discount_amount else -a.discount_amount end), 0) as discount,
       i.amount - coalesce(sum(case when a.reversal_of is null then a.amount + a.discount_amount
                                    else -(a.amount + a.discount_amount) end), 0) as open_amount
from invoice i
left join payment_application a on a.invoice_id = i.id
group by i.id;

create function payment_application_check_insert() returns trigger
  language plpgsql
  as $$
begin
  if (select direction from bank_payment where id = new.bank_payment_id) = 'DEBIT' then
    raise exception 'payment % is a DEBIT and cannot be applied to invoice %', new.bank_payment_id, new.invoice_id
      using errcode = 'check_violation';
  end if;
  if new.reversal_of is not null
     and (select reversal_of from payment_application where id = new.reversal_of) is not null then
    raise exception 'payment application % is itself a reversal and cannot be reversed', new.reversal_of
      using errcode = 'check_violation';
  end if;
  return new;
end
$$;

create trigger payment_application_check_insert before insert on payment_application
  for each row execute function payment_application_check_insert();

-- Checked at commit so that several applications of one payment can be inserted in any order.
-- The row locks queue concurrent transactions on the same payment or invoice, and under READ
-- COMMITTED (the default) each check then sees what the transaction before it committed.
create function payment_application_assert_within_limits() returns trigger
  language plpgsql
  as $$
declare
  p bank_payment_balance;
  i invoice_balance;
begin
  perform 1 from bank_payment where id = new.bank_payment_id for no key update;
  select * into p from bank_payment_balance where bank_payment_id = new.bank_payment_id;
  if p.unapplied < 0 then
    raise exception 'payment % is over-applied: applied % > amount % (%)',
      p.bank_payment_id, format_amount(p.applied), format_amount(p.amount), p.currency
      using errcode = 'check_violation';
  end if;

  perform 1 from invoice where id = new.invoice_id for no key update;
  select * into i from invoice_balance where invoice_id = new.invoice_id;
  if i.open_amount < 0 then
    raise exception 'invoice % (%) is over-settled: applied % + discount % > amount % (%)',
      i.invoice_id, i.number, format_amount(i.applied), format_amount(i.discount), format_amount(i.amount), i.currency
      using errcode = 'check_violation';
  end if;
  return null;
end
$$;

create constraint trigger payment_application_within_limits
  after insert on payment_application
  deferrable initially deferred
  for each row execute function payment_application_assert_within_limits();

-- ---------------------------------------------------------------------------------------------
-- General ledger journal
-- ---------------------------------------------------------------------------------------------

create table journal_entry (
  id                bigint generated always as identity primary key,
  posting_id        text not null unique,                      -- idempotency key: a posting is journalled once
  entry_date        date not null,
  description       text not null,
  source            text not null check (source <> ''),        -- e.g. 'CASH_APPLICATION', 'BANK_STATEMENT'
  source_ref        text,                                      -- id of the source row
  reverses_entry_id bigint unique references journal_entry (id),
  created_at        timestamptz not null default now(),
  -- lines may only be added by the transaction that created the entry (see journal_line_entry_open)
  created_xact      xid8 not null default pg_current_xact_id()
);
create index journal_entry_source on journal_entry (source, source_ref);

create table journal_line (
  id       bigint generated always as identity primary key,
  entry_id bigint not null references journal_entry (id),
  account  text not null check (account <> ''),
  debit    money_amount not null default 0 check (debit >= 0),
  credit   money_amount not null default 0 check (credit >= 0),
  currency currency_code not null,
  memo     text,
  constraint journal_line_one_side check ((debit > 0) <> (credit > 0))
);
create index journal_line_entry on journal_line (entry_id);
create index journal_line_account on journal_line (account, currency);

create trigger journal_entry_immutable before update or delete on journal_entry
  for each row execute function refuse_change('journal entries are immutable; post a reversing entry');
create trigger journal_entry_no_truncate before truncate on journal_entry
  for each statement execute function refuse_change('journal entries are immutable; post a reversing entry');
create trigger journal_line_immutable before update or delete on journal_line
  for each row execute function refuse_change('journal entries are immutable; post a reversing entry');
create trigger journal_line_no_truncate before truncate on journal_line
  for each statement execute function refuse_change('journal entries are immutable; post a reversing entry');

-- A line added to an entry committed earlier would change posted history.
create function journal_line_entry_open() returns trigger
  language plpgsql
  as $$
declare
  created xid8;
begin
  select created_xact into created from journal_entry where id = new.entry_id;
  if found and created <> pg_current_xact_id() then
    raise exception 'journal entry % is already posted: lines can only be added in the transaction that created it',
      new.entry_id
      using errcode = 'integrity_constraint_violation';
  end if;
  return new;
end
$$;

create trigger journal_line_entry_open before insert on journal_line
  for each row execute function journal_line_entry_open();

-- Deferred to commit so that lines can be inserted one by one; the first currency found out of
-- balance fails the COMMIT. OLD/NEW cover both entries should an update ever move a line.
create function journal_entry_assert_balanced() returns trigger
  language plpgsql
  as $$
declare
  r record;
begin
  for r in
    select entry_id, currency, sum(debit) as debits, sum(credit) as credits
    from journal_line
    where entry_id in (old.entry_id, new.entry_id)
    group by entry_id, currency
    having sum(debit) <> sum(credit)
    order by entry_id, currency
  loop
    raise exception 'journal entry % does not balance: debits % != credits % (%)',
      r.entry_id, format_amount(r.debits), format_amount(r.credits), r.currency
      using errcode = 'check_violation';
  end loop;
  return null;
end
$$;

create constraint trigger journal_line_balanced
  after insert or update or delete on journal_line
  deferrable initially deferred
  for each row execute function journal_entry_assert_balanced();

create function journal_entry_assert_has_lines() returns trigger
  language plpgsql
  as $$
begin
  if not exists (select 1 from journal_line where entry_id = new.id) then
    raise exception 'journal entry % (posting %) has no lines', new.id, new.posting_id
      using errcode = 'check_violation';
  end if;
  return null;
end
$$;

create constraint trigger journal_entry_has_lines
  after insert on journal_entry
  deferrable initially deferred
  for each row execute function journal_entry_assert_has_lines();

-- ---------------------------------------------------------------------------------------------
-- Disputes (short payments and deductions the customer claims)
-- ---------------------------------------------------------------------------------------------

create table dispute (
  id                 bigint generated always as identity primary key,
  invoice_id         bigint not null,
  currency           currency_code not null,
  bank_payment_id    bigint references bank_payment (id),
  remittance_line_id bigint references remittance_line (id),
  amount             money_amount not null check (amount > 0),
  reason_code        text not null,
  status             text not null default 'OPEN' check (status in ('OPEN', 'RESOLVED', 'WRITTEN_OFF', 'REJECTED')),
  note               text,
  opened_at          timestamptz not null default now(),
  resolved_at        timestamptz,
  check ((status = 'OPEN') = (resolved_at is null)),
  constraint dispute_invoice_currency foreign key (invoice_id, currency) references invoice (id, currency)
);
create index dispute_open_by_invoice on dispute (invoice_id) where status = 'OPEN';
