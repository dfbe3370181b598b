package org.arhub.cashapp.bench;

/**
 * The bank file a labelled payment arrives in, and the currency of the account it is credited to:
 * the hub's euro account reports in camt.053, its dollar account in BAI2 and through a lockbox.
 */
enum PaymentFormat {
  CAMT053("camt.053", "EUR"),
  BAI2("BAI2", "USD"),
  LOCKBOX("lockbox", "USD");

  private final String label;
  private final String currency;

  PaymentFormat(String label, String currency) {
    this.label = label;
    this.currency = currency;
  }

  /** The name in truth.csv; a payment whose remittance comes in an 820 is "BAI2+820". */
  String label(boolean withRemittanceAdvice) {
    return withRemittanceAdvice ? label + "+820" : label;
  }

  String currency() {
    return currency;
  }
}
