package org.arhub.formats.bai2;

import java.util.ArrayList;
import java.util.List;

/**
 * BAI2 v2, 03 Account Identifier and Summary/Status record: customer account number, currency code,
 * then any number of status (balances) and summary (activity totals) entries, often continued over
 * 88 records.
 */
record Bai2AccountIdentifier(
    String accountNumber, String currency, List<Bai2AccountSummary> summaries) {

  static Bai2AccountIdentifier read(Bai2Fields fields, Bai2TypeCodes codes) {
    String account = fields.text("customer account number", true);
    String currency = Bai2Currency.read(fields);
    List<Bai2AccountSummary> summaries = new ArrayList<>();
    while (fields.hasMore()) {
      Bai2AccountSummary summary = Bai2AccountSummary.read(fields, codes);
      if (summary != null) {
        summaries.add(summary);
      }
    }
    return new Bai2AccountIdentifier(account, currency, List.copyOf(summaries));
  }

  /** The amount of the first entry with this type code, if the 03 states one. */
  Long amountOf(String typeCode) {
    for (Bai2AccountSummary summary : summaries) {
      if (summary.typeCode() != null && summary.typeCode().code().equals(typeCode)) {
        return summary.amount();
      }
    }
    return null;
  }
}
