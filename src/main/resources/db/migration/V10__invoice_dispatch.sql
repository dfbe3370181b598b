-- The dispatch step takes an invoice from PENDING to PLANNED (its deliveries recorded, queued or
-- held) or NO_CHANNEL (the customer's master data names no way to send it: operations must act).
alter table invoice drop constraint invoice_delivery_state_known;
alter table invoice add constraint invoice_delivery_state_known
  check (delivery_state in ('NONE', 'PENDING', 'PLANNED', 'NO_CHANNEL'));
