package org.arhub.formats.camt;

import java.util.Locale;
import java.util.Optional;

/**
 * Decides whether a CdtrRefInf/Ref may be used as the payment's creditor reference. References of a
 * scheme with a check digit are checked: ISO 11649 "RF" references (mod 97) and Swiss QR/ISR
 * references (27 digits, mod 10 recursive). One that fails its check was mistyped somewhere between
 * invoice and payment and would match the wrong invoice, so it is not used as a reference; the
 * reader keeps it as text instead. References of other schemes are taken as written.
 */
final class CreditorReference {
  // ISO 11649: "RF", 2 check digits, 1 to 21 alphanumerics.
  private static final int RF_MAX_LENGTH = 25;
  private static final int QRR_LENGTH = 27;
  // Swiss QR-bill / ISR: modulo 10, recursive (Implementation Guidelines QR-bill, annex B).
  private static final int[] MOD10_RECURSIVE = {0, 9, 4, 6, 8, 2, 7, 1, 3, 5};

  private CreditorReference() {}

  /**
   * The reference to use as creditor reference, in its electronic form (no spaces, upper case) for
   * checked schemes; empty when it claims a checked scheme and fails its check digit.
   *
   * @param type the CdtrRefInf/Tp code or proprietary type ("SCOR", "QRR", "ISR Reference"), may be
   *     null
   */
  static Optional<String> accepted(String reference, String type) {
    String compact = reference.replace(" ", "").toUpperCase(Locale.ROOT);
    if (isRfClaim(compact)) {
      return isValidRf(compact) ? Optional.of(compact) : Optional.empty();
    }
    if ("QRR".equals(type) || isAllDigits(compact) && compact.length() == QRR_LENGTH) {
      return isValidQrr(compact) ? Optional.of(compact) : Optional.empty();
    }
    return reference.isBlank() ? Optional.empty() : Optional.of(reference.trim());
  }

  /** "RF" followed by two digits: what an ISO 11649 reference starts with. */
  private static boolean isRfClaim(String compact) {
    return compact.length() >= 4
        && compact.startsWith("RF")
        && Character.isDigit(compact.charAt(2))
        && Character.isDigit(compact.charAt(3));
  }

  /** ISO 11649 §5: move "RFcc" to the end, letters to 10..35; the number mod 97 is 1. */
  static boolean isValidRf(String compact) {
    if (compact.length() < 5 || compact.length() > RF_MAX_LENGTH) {
      return false;
    }
    int remainder = 0;
    for (int n = 0; n < compact.length(); n++) {
      char c = compact.charAt((n + 4) % compact.length());
      if (c >= '0' && c <= '9') {
        remainder = (remainder * 10 + (c - '0')) % 97;
      } else if (c >= 'A' && c <= 'Z') {
        remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
      } else {
        return false;
      }
    }
    return remainder == 1;
  }

  /** 27 digits whose last is the modulo 10 recursive check digit of the first 26. */
  static boolean isValidQrr(String compact) {
    if (compact.length() != QRR_LENGTH || !isAllDigits(compact)) {
      return false;
    }
    int carry = 0;
    for (int i = 0; i < QRR_LENGTH - 1; i++) {
      carry = MOD10_RECURSIVE[(carry + compact.charAt(i) - '0') % 10];
    }
    return (10 - carry) % 10 == compact.charAt(QRR_LENGTH - 1) - '0';
  }

  private static boolean isAllDigits(String value) {
    if (value.isEmpty()) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) < '0' || value.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
