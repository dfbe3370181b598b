package org.arhub.cashapp;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Who paid, as far as the payment tells.
 *
 * @param how what identified the customer: PAYER_ACCOUNT, PAYER_ID, NAME, NAME_SIMILAR, NONE
 * @param confidence how sure: 1 for a known account, less for a name
 * @param evidence the words an accountant reads: "payer account DE89... is ACME's"
 */
public record CustomerMatch(
    Optional<String> customerId, String how, BigDecimal confidence, String evidence) {
  public static final String NONE = "NONE";

  public static CustomerMatch unknown(String why) {
    return new CustomerMatch(Optional.empty(), NONE, BigDecimal.ZERO, why);
  }

  public static CustomerMatch of(
      String customerId, String how, String confidence, String evidence) {
    return new CustomerMatch(Optional.of(customerId), how, new BigDecimal(confidence), evidence);
  }

  public boolean isKnown() {
    return customerId.isPresent();
  }

  /** Identified by something the payer cannot get wrong by a typo: account or own id. */
  public boolean isStrong() {
    return "PAYER_ACCOUNT".equals(how) || "PAYER_ID".equals(how);
  }
}
