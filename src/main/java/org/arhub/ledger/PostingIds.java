package org.arhub.ledger;

/**
 * The deterministic posting ids of cash application. The same event always gets the same id, so a
 * re-run or a retry after a crash finds it already posted and posts nothing (the ids are unique in
 * the database). Automatic postings are keyed by the bank payment and its round (how often it was
 * unapplied before: a payment unapplied and decided again posts anew), a person's by their
 * decision.
 */
public final class PostingIds {
  private PostingIds() {}

  /** The payment's cash arriving in the bank. */
  public static String cashReceived(long bankPaymentId) {
    return "cash:" + bankPaymentId;
  }

  public static String application(long bankPaymentId, String invoiceNumber, int round) {
    return "app:" + bankPaymentId + ":" + invoiceNumber + suffix(round);
  }

  public static String dispute(long bankPaymentId, String invoiceNumber, int round) {
    return "dispute:" + bankPaymentId + ":" + invoiceNumber + suffix(round);
  }

  public static String onAccount(long bankPaymentId, int round) {
    return "onaccount:" + bankPaymentId + suffix(round);
  }

  /** Nothing for a payment's first decision, "#n" after its n-th unapply. */
  private static String suffix(int round) {
    return round == 0 ? "" : "#" + round;
  }

  public static String manualApplication(long decisionId, String invoiceNumber) {
    return "manual:" + decisionId + ":" + invoiceNumber;
  }

  public static String manualDispute(long decisionId, String invoiceNumber) {
    return "manual-dispute:" + decisionId + ":" + invoiceNumber;
  }

  public static String manualOnAccount(long decisionId) {
    return "manual-onaccount:" + decisionId;
  }

  /** A person writing off a payment's unapplied remainder. */
  public static String writeOff(long decisionId) {
    return "writeoff:" + decisionId;
  }

  /** An entry or row reversing the one posted as {@code original}. */
  public static String reversal(String original) {
    return "reverse:" + original;
  }
}
