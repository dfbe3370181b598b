package org.arhub.formats.einvoice;

/** What a file to validate turned out to be, from its first bytes and its root element. */
public enum DocumentKind {
  UBL_INVOICE("UBL 2.1 Invoice"),
  UBL_CREDIT_NOTE("UBL 2.1 CreditNote"),
  CII("UN/CEFACT CII D16B CrossIndustryInvoice"),
  /** ZUGFeRD 1.0 (CII D14 "CrossIndustryDocument"): before EN 16931, no official rules apply. */
  ZUGFERD_1("ZUGFeRD 1.0 CrossIndustryDocument"),
  PDF("PDF (Factur-X / ZUGFeRD)"),
  UNKNOWN("not an e-invoice");

  private final String description;

  DocumentKind(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
