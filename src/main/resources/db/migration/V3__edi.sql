-- X12: outbound control numbers per partner, interchanges received, and every file sent out.

-- ISA13 / GS06 numbers we send a partner: taken with an UPDATE of one row, in the transaction
-- that records the outgoing file, so two hub instances never use one number and a rollback
-- leaves no gap.
create table edi_control_number (
  partner_id text not null references partner (id),
  kind       text not null check (kind in ('ISA', 'GS')),
  last_value bigint not null default 0 check (last_value between 0 and 999999999),
  primary key (partner_id, kind)
);

-- Interchanges received: the same sender's control number twice is not processed again.
create table edi_interchange (
  id                 bigint generated always as identity primary key,
  inbound_file_id    bigint not null references inbound_file (id),
  partner_id         text not null references partner (id),
  sender_qualifier   text not null,
  sender_id          text not null,
  control_number     text not null,
  received_at        timestamptz not null default now(),
  constraint edi_interchange_once unique (sender_qualifier, sender_id, control_number)
);

-- What the hub sends out (acknowledgments, invoices), kept like what comes in.
create table outbound_file (
  id                   bigint generated always as identity primary key,
  partner_id           text not null references partner (id),
  kind                 text not null,                 -- '997', '999', 'TA1', '810', ...
  file_name            text not null,
  sha256               char(64) not null references file_content (sha256),
  size                 bigint not null check (size >= 0),
  status               text not null check (status in ('PENDING', 'SENT', 'FAILED')),
  reason               text,
  inbound_file_id      bigint references inbound_file (id),   -- what an acknowledgment answers
  interchange_control  bigint,
  created_at           timestamptz not null default now(),
  sent_at              timestamptz,
  check (status <> 'FAILED' or reason is not null),
  check ((status = 'SENT') = (sent_at is not null)),
  unique (partner_id, file_name)
);
create index outbound_file_pending on outbound_file (created_at) where status <> 'SENT';

-- What an 820 says beyond the invoice lines: how it pays, and where its figures do not add up.
alter table remittance_advice
  add column payer_name text,
  add column payer_id text,
  add column payment_method text,
  add column adjustments jsonb not null default '[]'::jsonb,
  add column discrepancy text;
alter table remittance_line
  add column reference_qualifier text,
  add column adjustments jsonb not null default '[]'::jsonb;

-- An 810 we sent, and what the customer's 997/999 said of it.
alter table outbound_file
  add column group_control bigint,
  add column invoice_number text,
  add column acknowledgment text check (acknowledgment in ('ACCEPTED', 'ACCEPTED_WITH_ERRORS', 'PARTIALLY_ACCEPTED', 'REJECTED')),
  add column acknowledgment_detail text,
  add column acknowledged_at timestamptz;
create index outbound_file_group on outbound_file (partner_id, group_control) where group_control is not null;
alter table invoice add column delivery_status text
  check (delivery_status in ('SENT', 'ACCEPTED', 'ACCEPTED_WITH_ERRORS', 'PARTIALLY_ACCEPTED', 'REJECTED'));
