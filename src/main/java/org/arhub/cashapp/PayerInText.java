package org.arhub.cashapp;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The payer's name where a bank writes it only in free text: BAI2 88 text of ACH credits ("ORIG CO
 * NAME:ACME RETAIL") and wires ("ORG=ACME RETAIL", "B/O ACME RETAIL", "BY ORDER OF ...").
 */
public final class PayerInText {
  private static final Pattern LABELLED =
      Pattern.compile(
          "\\b(?:ORIG(?:INATOR)?\\s+CO(?:MPANY)?\\s+NAME|ORIGINATOR(?:\\s+NAME)?|ORG|B/O|BY\\s+ORDER\\s+OF|SENDER(?:\\s+NAME)?)"
              + "(?:\\s*[:=]\\s*|\\s+)([^:=/]+?)\\s*(?=\\s(?:ORIG\\s+ID|CO\\s+ENTRY|ENTRY\\s+DESCR|SEC|IND\\s+ID|IND\\s+NAME|TRN|OBI|PMT\\s+INFO|BNF|REF)\\b|$)",
          Pattern.CASE_INSENSITIVE);

  private PayerInText() {}

  public static Optional<String> find(List<String> texts) {
    for (String text : texts) {
      Matcher matcher = LABELLED.matcher(text.trim());
      if (matcher.lookingAt() || matcher.find()) {
        String name = matcher.group(1).trim();
        if (!name.isEmpty()) {
          return Optional.of(name);
        }
      }
    }
    return Optional.empty();
  }
}
