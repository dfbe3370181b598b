-- Invoices the journal refused (lines that do not add up to the total, an amount with more decimals
-- than its currency, an unreadable canonical JSON), each with the reason. The sync round leaves a
-- refused invoice out while it is as it was when refused (same fingerprint), so refusals never keep
-- the invoices behind them from being journalled; GET /api/v1/gl/refusals lists them.

-- What the journal of an invoice is made from: a change to any of it earns the invoice another try.
create function invoice_journal_fingerprint(invoice_id bigint) returns text
  language sql stable as $$
  select md5(concat_ws('|', i.number, i.customer_id, c.customer_group, i.currency, i.issue_date, i.amount,
                       i.document_type, i.canonical::text,
                       (select string_agg(concat_ws(':', l.line_no, l.amount, l.tax_amount, l.tax_category, l.tax_rate),
                                          ',' order by l.line_no)
                        from invoice_line l where l.invoice_id = i.id)))
  from invoice i join customer c on c.id = i.customer_id
  where i.id = invoice_journal_fingerprint.invoice_id
$$;

create table invoice_journal_refusal (
  invoice_id  bigint primary key references invoice (id),
  fingerprint text not null,
  reason      text not null,
  refused_at  timestamptz not null default now()
);
