-- Credit notes in the balances. V7 stores a credit note as an invoice row with document_type
-- CREDIT_NOTE and a positive amount; the journal posts it Cr receivables. Its open amount is
-- therefore negative: a credit the customer has with us, which lowers the customer's balance by
-- the note's amount, as it lowers the AR control account. A customer's invoices − applications −
-- discounts and write-offs − credit notes = the sum of its open amounts = the receivables the
-- journal holds for its documents.
--
-- Cash is never applied to a credit note (it is not a receivable). The deferred check of V5 used
-- "open amount < 0" to find an over-settled invoice; a credit note's open amount is always
-- negative, so the check now asks a credit note whether anything was applied to it instead, and
-- says so in words an accountant understands.

-- ---------------------------------------------------------------------------------------------
-- Balances: a credit note's open amount is minus its amount
-- ---------------------------------------------------------------------------------------------

-- Columns keep their names, types and order (row variables of this view are declared below and
-- in V4); document_type comes last. amount stays the document's (positive) amount.
create or replace view invoice_balance as
select i.id as invoice_id,
       i.number,
       i.customer_id,
       i.currency,
       i.amount,
       coalesce(sum(case when a.reversal_of is null then a.amount else -a.amount end), 0) as applied,
       coalesce(sum(case when a.reversal_of is null then a.discount_amount else -a.discount_amount end), 0) as discount,
       case when i.document_type = 'CREDIT_NOTE' then -i.amount else i.amount end
         - coalesce(sum(case when a.reversal_of is null then a.amount + a.discount_amount + a.write_off_amount
                             else -(a.amount + a.discount_amount + a.write_off_amount) end), 0) as open_amount,
       coalesce(sum(case when a.reversal_of is null then a.write_off_amount else -a.write_off_amount end), 0) as write_off,
       i.document_type
from invoice i
left join payment_application a on a.invoice_id = i.id
group by i.id;

-- ---------------------------------------------------------------------------------------------
-- Never cash on a credit note, never more off an invoice than it owed
-- ---------------------------------------------------------------------------------------------

-- A reversal of an application made to a credit note before this migration brings what is applied
-- back to zero and passes; anything that leaves cash, discount or write-off on a credit note fails.
create or replace function invoice_assert_within_amount(settled_invoice bigint) returns void
  language plpgsql
  as $$
declare
  i invoice_balance;
begin
  perform 1 from invoice where id = settled_invoice for no key update;
  select * into i from invoice_balance where invoice_id = settled_invoice;
  if i.document_type = 'CREDIT_NOTE' then
    if i.applied <> 0 or i.discount <> 0 or i.write_off <> 0 then
      raise exception 'invoice % (%) is a credit note: cash cannot be applied to it (applied %, discount %, write-off %)',
        i.invoice_id, i.number, format_amount(i.applied), format_amount(i.discount), format_amount(i.write_off)
        using errcode = 'check_violation';
    end if;
  elsif i.open_amount < 0 then
    raise exception 'invoice % (%) is over-settled: applied % + discount % + write-off % > amount % (%)',
      i.invoice_id, i.number, format_amount(i.applied), format_amount(i.discount), format_amount(i.write_off),
      format_amount(i.amount), i.currency
      using errcode = 'check_violation';
  end if;
end
$$;

-- V5's commit-time check, unchanged but for the invoice filter: "open amount < 0" alone would
-- pick every credit note touched (and, with LIMIT 1, let an over-settled invoice after it pass).
create or replace function posting_check_run() returns trigger
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
    cross join lateral (select open_amount, applied, discount, write_off, document_type
                        from invoice_balance b where b.invoice_id = t.id offset 0) b
    where case when b.document_type = 'CREDIT_NOTE' then b.applied <> 0 or b.discount <> 0 or b.write_off <> 0
               else b.open_amount < 0 end
    order by t.id
    limit 1
  loop
    perform invoice_assert_within_amount(r.id);
  end loop;

  delete from posting_check where xact = new.xact;
  return null;
end
$$;
