-- An invoice whose dispatch failed for a reason no channel explains (a bug, a database refusal) is
-- set aside as DISPATCH_FAILED with the reason, so it neither blocks the invoices after it nor is
-- tried again every round; an operator re-dispatches it (POST /api/v1/invoices/{number}/dispatch).
alter table invoice drop constraint invoice_delivery_state_known;
alter table invoice add constraint invoice_delivery_state_known
  check (delivery_state in ('NONE', 'PENDING', 'PLANNED', 'NO_CHANNEL', 'DISPATCH_FAILED'));
alter table invoice add column delivery_problem text;
