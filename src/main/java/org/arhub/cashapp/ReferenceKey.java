package org.arhub.cashapp;

import java.util.Set;

/**
 * The comparable form of a document reference and of an account number. Customers write invoice
 * numbers as they like ("INV-000123", "inv 123", "Invoice No. 123", "123"): the key drops case,
 * separators, a leading word that only says "invoice", and leading zeros of the number, so all of
 * these are "123". A prefix that names something else ("CN-5", a credit note) is kept.
 */
public final class ReferenceKey {
  private static final Set<String> INVOICE_WORDS =
      Set.of(
          "INV",
          "INVOICE",
          "INVNO",
          "INVOICENO",
          "INVNR",
          "IN",
          "NO",
          "NR",
          "RE",
          "RG",
          "RECHNUNG",
          "RECHNR",
          "FACTURE",
          "FACT",
          "FAC",
          "FACTURA",
          "BILL",
          "REF");

  private ReferenceKey() {}

  /** The key of a reference; empty when it holds no letter or digit. */
  public static String of(String reference) {
    String compact = lettersAndDigits(reference);
    int letters = 0;
    while (letters < compact.length() && Character.isLetter(compact.charAt(letters))) {
      letters++;
    }
    String prefix = compact.substring(0, letters);
    String rest = compact.substring(letters);
    if (rest.isEmpty()) {
      return prefix;
    }
    if (INVOICE_WORDS.contains(prefix)) {
      prefix = "";
    }
    int zeros = 0;
    while (zeros < rest.length() - 1 && rest.charAt(zeros) == '0') {
      zeros++;
    }
    return prefix + rest.substring(zeros);
  }

  /** An account (IBAN, account number) as compared: upper case, letters and digits only. */
  public static String account(String account) {
    return lettersAndDigits(account);
  }

  /** Upper case ASCII letters and digits only. */
  private static String lettersAndDigits(String text) {
    StringBuilder compact = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = Character.toUpperCase(text.charAt(i));
      if (c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
        compact.append(c);
      }
    }
    return compact.toString();
  }

  /**
   * Whether two keys differ by at most one edit: a substitution, an insertion, a deletion or two
   * neighbouring characters swapped (optimal string alignment distance &lt;= 1).
   */
  public static boolean withinOneEdit(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    int la = a.length();
    int lb = b.length();
    if (Math.abs(la - lb) > 1) {
      return false;
    }
    int prefix = 0;
    while (prefix < Math.min(la, lb) && a.charAt(prefix) == b.charAt(prefix)) {
      prefix++;
    }
    if (la == lb) {
      if (a.regionMatches(prefix + 1, b, prefix + 1, la - prefix - 1)) {
        return true;
      }
      return prefix + 1 < la
          && a.charAt(prefix) == b.charAt(prefix + 1)
          && a.charAt(prefix + 1) == b.charAt(prefix)
          && a.regionMatches(prefix + 2, b, prefix + 2, la - prefix - 2);
    }
    String longer = la > lb ? a : b;
    String shorter = la > lb ? b : a;
    return longer.regionMatches(prefix + 1, shorter, prefix, shorter.length() - prefix);
  }
}
