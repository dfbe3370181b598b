-- Delivery of invoices to customers, tracked per invoice and channel (transactional outbox).
-- A delivery is recorded in the transaction that issues the invoice; a poller sends what is due
-- (SKIP LOCKED, so with several hub instances each delivery is attempted by one of them) and
-- records the outcome. SFTP documents go through outbound_file (the partner outbox, which also
-- receives the 997/999 of an 810); mail and the Peppol folder are sent from here.

create table invoice_delivery (
  id               bigint generated always as identity primary key,
  invoice_id       bigint not null references invoice (id),
  channel          text not null check (channel in ('EMAIL', 'SFTP', 'PEPPOL_FOLDER')),
  target           text not null check (target <> ''),  -- mail addresses, partner id, or folder
  status           text not null default 'QUEUED'
                   check (status in ('HELD', 'QUEUED', 'SENT', 'ACKNOWLEDGED', 'REJECTED', 'FAILED')),
  reason           text,                                 -- why held / failed / last transient error
  attempts         integer not null default 0 check (attempts >= 0),
  next_attempt_at  timestamptz not null default now(),
  subject          text,
  body             text,
  created_at       timestamptz not null default now(),
  sent_at          timestamptz,
  acknowledged_at  timestamptz,
  -- one delivery per invoice and channel: issuing an invoice twice cannot send it twice
  constraint invoice_delivery_once unique (invoice_id, channel),
  check (status not in ('HELD', 'FAILED', 'REJECTED') or reason is not null),
  check (status not in ('SENT', 'ACKNOWLEDGED') or sent_at is not null),
  check (channel <> 'EMAIL' or subject is not null)
);
create index invoice_delivery_due on invoice_delivery (next_attempt_at)
  where status = 'QUEUED' and channel <> 'SFTP';

-- The documents of a delivery (the PDF, the UBL, ...), kept as sent.
create table invoice_delivery_document (
  delivery_id  bigint not null references invoice_delivery (id),
  position     integer not null check (position > 0),
  file_name    text not null check (file_name !~ '[/\\]' and file_name <> ''),
  media_type   text not null,
  format       text not null check (format in ('pdf', 'ubl', 'cii', 'facturx', 'x12-810')),
  sha256       char(64) not null references file_content (sha256),
  primary key (delivery_id, position)
);

-- An SFTP document is a file in the partner outbox; its delivery follows that file.
alter table outbound_file add column invoice_delivery_id bigint references invoice_delivery (id);
create index outbound_file_invoice_delivery on outbound_file (invoice_delivery_id)
  where invoice_delivery_id is not null;
