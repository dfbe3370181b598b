-- Invoicing intake: customer master data and invoices from the ERP, numbered by the hub.
--
-- The hub's invoice numbers are gap-free per series: the next number is taken by updating the
-- series' counter row in the transaction that inserts the invoice. The row lock queues a second hub
-- instance until the first commits, and a rollback gives the number back. A SEQUENCE would not do:
-- sequences never roll back, so a refused or failed insert would leave a gap.

-- ---------------------------------------------------------------------------------------------
-- Customer master data (upserted by customer id from the ERP)
-- ---------------------------------------------------------------------------------------------

alter table customer
  add column vat_id           text check (vat_id <> ''),
  add column tax_id           text check (tax_id <> ''),
  -- Peppol participant id as scheme:value, e.g. '0088:4035811991014' (GLN) or '9930:DE123456789'
  add column peppol_id        text check (peppol_id ~ '^[0-9]{4}:[^\s]+$'),
  add column street           text,
  add column city             text,
  add column postal_code      text,
  add column country          char(2) check (country ~ '^[A-Z]{2}$'),
  add column language         text check (language ~ '^[a-z]{2}(-[A-Z]{2})?$'),
  -- how the customer wants its invoices, in order of preference
  add column invoice_channels text[] not null default '{}'
    constraint customer_invoice_channels_known
    check (invoice_channels <@ array['email', 'x12-810', 'ubl-sftp', 'peppol']::text[]),
  add column invoice_emails   text[] not null default '{}',
  add constraint customer_peppol_channel_has_id
    check (not ('peppol' = any (invoice_channels)) or peppol_id is not null),
  add constraint customer_email_channel_has_address
    check (not ('email' = any (invoice_channels)) or cardinality(invoice_emails) > 0);

-- ---------------------------------------------------------------------------------------------
-- Invoices from the ERP
-- ---------------------------------------------------------------------------------------------

-- A credit note is stored as an invoice row with document_type CREDIT_NOTE and a positive amount
-- (the sign comes from the type), so numbering, lines, canonical JSON and delivery are one place.
-- Cash application must not apply cash to it: it is a credit on the customer's account.
alter table invoice
  add column document_type   text not null default 'INVOICE'
    check (document_type in ('INVOICE', 'CREDIT_NOTE')),
  add column series          text,                           -- the counter the number came from, e.g. 'INV-2026-'
  add column series_no       bigint check (series_no > 0),
  add column erp_partner_id  text references partner (id),   -- null when posted over the API
  add column erp_document_id text check (erp_document_id <> ''),
  add column content_sha256  char(64) check (content_sha256 ~ '^[0-9a-f]{64}$'),   -- of what the ERP sent
  add column net_amount      money_amount,
  add column tax_amount      money_amount,
  add column buyer_reference text,
  add column canonical       jsonb check (canonical is null or jsonb_typeof(canonical) = 'object'),
  -- The delivery step (outbox) takes PENDING invoices; NONE: loaded as history, not to be sent.
  add column delivery_state  text not null default 'NONE'
    constraint invoice_delivery_state_known check (delivery_state in ('NONE', 'PENDING')),
  add constraint invoice_series_number unique (series, series_no),
  add constraint invoice_series_complete check ((series is null) = (series_no is null)),
  -- the ERP's document id is the idempotency key of intake, by file and over the API alike
  add constraint invoice_erp_document unique (erp_document_id),
  add constraint invoice_erp_document_has_hash check ((erp_document_id is null) = (content_sha256 is null));

create index invoice_delivery_pending on invoice (id) where delivery_state = 'PENDING';

alter table invoice_line
  add column unit         text,
  add column tax_category text,
  add column tax_rate     numeric(7, 4) check (tax_rate >= 0);

-- One counter per series (the number's rendered prefix, e.g. 'INV-2026-'): see the top.
create table invoice_number_counter (
  series     text primary key check (series <> ''),
  last_value bigint not null default 0 check (last_value >= 0)
);

-- An invoice (or customer record) the hub refused on the way in, with every problem found; the ERP
-- must correct and resend it. Kept for operations (GET /api/v1/invoices/rejected), never deleted.
create table invoice_rejection (
  id              bigint generated always as identity primary key,
  subject         text not null default 'INVOICE' check (subject in ('INVOICE', 'CUSTOMER')),
  inbound_file_id bigint references inbound_file (id),         -- null when posted over the API
  partner_id      text references partner (id),
  erp_document_id text,
  position        text not null,                              -- 'invoices.csv line 7', '/Export/Invoice[3]'
  problems        jsonb not null check (jsonb_typeof(problems) = 'array' and jsonb_array_length(problems) > 0),
  rejected_at     timestamptz not null default now()
);
create index invoice_rejection_at on invoice_rejection (rejected_at desc);
create index invoice_rejection_document on invoice_rejection (erp_document_id) where erp_document_id is not null;
