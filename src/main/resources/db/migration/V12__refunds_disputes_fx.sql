-- Refunds of a customer's on-account balance, and the checks that keep that balance from going
-- negative. (Disputes and realised FX differences need no new table: the dispute row keeps its
-- posting id, whose journal entry reclassifies the deducted part to disputed receivables, and FX
-- differences are journal entries keyed to their application.)
--
-- A customer's on-account balance in a currency is the cash left on its account (payment_on_account,
-- kind ON_ACCOUNT, reversals subtract) minus what was refunded from it. Refunding more than that, or
-- unapplying a payment whose on-account cash was already refunded, is refused here as well as in
-- Java, also between concurrent transactions: the check runs at commit under the customer's row lock.

create table refund (
  id              bigint generated always as identity primary key,
  customer_id     text not null references customer (id),
  currency        currency_code not null,
  amount          money_amount not null check (amount > 0),
  reason          text not null check (reason <> ''),
  idempotency_key text not null check (idempotency_key <> ''),   -- the client's key: a retry refunds once
  posting_id      text not null,
  refund_date     date not null,
  created_by      text not null,
  created_at      timestamptz not null default now(),
  constraint refund_posting unique (posting_id),
  constraint refund_idempotency unique (customer_id, idempotency_key)
);
create index refund_customer on refund (customer_id, currency);

create trigger refund_immutable before update or delete on refund
  for each row execute function refuse_change('refunds are immutable');
create trigger refund_no_truncate before truncate on refund
  for each statement execute function refuse_change('refunds are immutable');

create view customer_on_account_balance as
select customer_id, currency, sum(amount) as balance
from (select customer_id, currency, case when reversal_of is null then amount else -amount end as amount
      from payment_on_account
      where kind = 'ON_ACCOUNT'
      union all
      select customer_id, currency, -amount from refund) t
group by customer_id, currency;

-- The customer's row lock queues concurrent refunds (and unapplies) of one customer; under READ
-- COMMITTED the balance query after it sees what the transaction before committed.
create function customer_assert_on_account_covered(payer text, cur text) returns void
  language plpgsql
  as $$
declare
  b numeric;
  refunded numeric;
begin
  perform 1 from customer where id = payer for no key update;
  select coalesce(sum(balance), 0) into b
  from customer_on_account_balance where customer_id = payer and currency = cur;
  if b < 0 then
    select coalesce(sum(amount), 0) into refunded from refund where customer_id = payer and currency = cur;
    raise exception 'customer % has % % on account but % % was refunded: the refund exceeds the on-account balance',
      payer, format_amount(b + refunded), cur, format_amount(refunded), cur
      using errcode = 'check_violation';
  end if;
end
$$;

create function refund_assert_covered() returns trigger
  language plpgsql
  as $$
begin
  perform customer_assert_on_account_covered(new.customer_id, new.currency);
  return null;
end
$$;

create constraint trigger refund_covered
  after insert on refund
  deferrable initially deferred
  for each row execute function refund_assert_covered();

-- An unapply reverses cash on account; once refunded, that cash is no longer there to reverse.
create function payment_on_account_assert_covered() returns trigger
  language plpgsql
  as $$
begin
  if new.kind = 'ON_ACCOUNT' and new.reversal_of is not null then
    perform customer_assert_on_account_covered(new.customer_id, new.currency);
  end if;
  return null;
end
$$;

create constraint trigger payment_on_account_covered
  after insert on payment_on_account
  deferrable initially deferred
  for each row execute function payment_on_account_assert_covered();
