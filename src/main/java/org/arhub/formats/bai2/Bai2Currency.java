package org.arhub.formats.bai2;

import org.arhub.model.Money;

/**
 * BAI2 currency codes (02 and 03): ISO 4217; they fix the implied decimals of every amount below
 * them. Blank means "as the group" for an 03, and US dollars where nothing says otherwise.
 */
final class Bai2Currency {
  static final String DEFAULT = "USD";

  private Bai2Currency() {}

  /** Reads a currency code field; blank or not ISO 4217 (a problem) reads as "". */
  static String read(Bai2Fields fields) {
    String code = fields.text("currency code", false);
    if (code.isEmpty()) {
      return "";
    }
    try {
      Money.scale(code);
      return code;
    } catch (IllegalArgumentException e) {
      fields.problem(
          fields.field("currency code")
              + " "
              + fields.quotedValue()
              + " is not an ISO 4217 currency code");
      return "";
    }
  }

  /** The account's currency, else the group's, else US dollars. */
  static String effective(String account, Bai2GroupHeader group) {
    if (!account.isEmpty()) {
      return account;
    }
    return group != null && !group.currency().isEmpty() ? group.currency() : DEFAULT;
  }
}
