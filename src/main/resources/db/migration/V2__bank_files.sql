-- Bank files read into statements and payments (BAI2, lockbox, camt.052/053/054), with a
-- duplicate fence at every layer: the file's own identity, the statement, the payment reference.

-- The sender's identity of a file (BAI2 sender/receiver/creation/file id, camt MsgId): a file
-- with bytes never seen but an identity already read is not read again.
alter table inbound_file add column sender_file_id text;
create unique index inbound_file_sender_identity on inbound_file (partner_id, format, sender_file_id)
  where status in ('PARSED', 'APPLIED') and sender_file_id is not null;

-- A lockbox has no balances; a statement records what its entries added up to and whether the
-- bank's own balances are continuous (flagged, not refused: the bank's figures are kept as sent).
alter table bank_statement
  alter column opening_balance drop not null,
  alter column closing_balance drop not null,
  add column kind text not null default 'camt.053'
    check (kind in ('BAI2', 'lockbox', 'camt.052', 'camt.053', 'camt.054')),
  add column statement_date date,
  add column bank_id text,
  add column closing_available money_amount,
  add column entry_count integer not null default 0 check (entry_count >= 0),
  add column credits money_amount not null default 0 check (credits >= 0),
  add column debits money_amount not null default 0 check (debits >= 0),
  add column continuity_problem text,
  -- an intraday camt.052 is superseded by the day's camt.053 for the account
  add column superseded_by bigint references bank_statement (id);
alter table bank_statement alter column kind drop default;
alter table bank_statement drop constraint bank_statement_partner_id_account_statement_id_key;
-- The same statement (id and electronic sequence number) twice is refused.
create unique index bank_statement_once
  on bank_statement (partner_id, account, kind, statement_id, coalesce(sequence_number, -1));
create index bank_statement_intraday on bank_statement (partner_id, account, statement_date)
  where kind = 'camt.052' and superseded_by is null;

-- One row per transaction; the entry it was booked in is described on the row (entry_no groups
-- the transactions of one booked entry, entry_amount is what the bank booked for it).
alter table bank_payment
  drop constraint bank_payment_amount_check,
  add constraint bank_payment_amount_check check (amount >= 0),
  add column entry_no integer,
  add column entry_amount money_amount,
  add column entry_ref text,
  add column type_code text,
  add column reversal boolean not null default false,
  add column return_reason text,
  add column availability text,
  add column creditor_reference text,
  add column invoice_references jsonb not null default '[]'::jsonb,
  -- payments of an intraday report are provisional: shown, never applied
  add column provisional boolean not null default false;
alter table bank_payment drop constraint bank_payment_unique_reference;
-- The same bank reference on the same account is one payment, however many files report it.
create unique index bank_payment_unique_reference on bank_payment (partner_id, account, payment_id) where not provisional;

-- Every payment comes from a statement of a file; one composite foreign key proves the payment's
-- file, bank, account and currency are its statement's (one check per row instead of four, which
-- more than halves the cost of loading a large file).
alter table bank_statement add constraint bank_statement_identity unique (id, inbound_file_id, partner_id, account, currency);
alter table bank_payment
  alter column statement_id set not null,
  alter column inbound_file_id set not null,
  drop constraint bank_payment_matches_statement,
  drop constraint bank_payment_statement_id_fkey,
  drop constraint bank_payment_partner_id_fkey,
  drop constraint bank_payment_inbound_file_id_fkey,
  add constraint bank_payment_matches_statement
    foreign key (statement_id, inbound_file_id, partner_id, account, currency)
    references bank_statement (id, inbound_file_id, partner_id, account, currency);
