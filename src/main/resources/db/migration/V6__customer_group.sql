-- The customer group whose cash-application settlement policy applies (mappings/cashapp/rules.yaml,
-- settlement.groups): key accounts may get a larger tolerance, some customers none at all.
alter table customer add column customer_group text check (customer_group <> '');
