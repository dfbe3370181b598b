package org.arhub.partner;

/** Who a partner is to the hub; decides which routes it gets. */
public enum PartnerKind {
  BANK,
  CUSTOMER,
  ERP,
  GL
}
