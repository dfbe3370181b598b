package org.arhub.formats.bai2;

import java.time.LocalDate;

/**
 * BAI2 v2, 02 Group Header record: ultimate receiver, originator, group status (1 update, 2
 * deletion, 3 correction, 4 test only), as-of date and time, currency, as-of-date modifier (1-4).
 */
record Bai2GroupHeader(
    String ultimateReceiver,
    String originator,
    String groupStatus,
    LocalDate asOfDate,
    String asOfTime,
    String currency) {

  static Bai2GroupHeader read(Bai2Fields fields) {
    String receiver = fields.text("ultimate receiver identification", false);
    String originator = fields.text("originator identification", true);
    String status = fields.text("group status", true);
    if (!status.isEmpty()
        && (status.length() != 1 || status.charAt(0) < '1' || status.charAt(0) > '4')) {
      fields.problem(
          fields.field("group status")
              + " "
              + fields.quotedValue()
              + " is not 1 (update), 2 (deletion), 3 (correction) or 4 (test only)");
    }
    LocalDate asOfDate = fields.date("as-of date", true);
    String asOfTime = fields.time("as-of time", false);
    String currency = Bai2Currency.read(fields);
    String modifier = fields.text("as-of-date modifier", false);
    if (!modifier.isEmpty()
        && (modifier.length() != 1 || modifier.charAt(0) < '1' || modifier.charAt(0) > '4')) {
      fields.problem(
          fields.field("as-of-date modifier")
              + " "
              + fields.quotedValue()
              + " is not 1 (interim previous-day), 2 (final previous-day), 3 (interim same-day) or 4 (final same-day)");
    }
    fields.expectEnd("02 group header");
    return new Bai2GroupHeader(receiver, originator, status, asOfDate, asOfTime, currency);
  }
}
