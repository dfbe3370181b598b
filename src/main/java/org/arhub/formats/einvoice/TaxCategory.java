package org.arhub.formats.einvoice;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The VAT category codes EN 16931 allows (UNCL5305 subset, BT-118/BT-151). Categories without tax
 * need a reason in their VAT breakdown (BR-E-10, BR-AE-10, BR-IC-10, BR-G-10, BR-O-10): the default
 * here is the VATEX code and text the category stands for.
 */
public enum TaxCategory {
  STANDARD("S", true, null, null),
  ZERO_RATED("Z", false, null, null),
  EXEMPT("E", false, null, "Exempt from VAT"),
  REVERSE_CHARGE("AE", false, "VATEX-EU-AE", "Reverse charge"),
  INTRA_COMMUNITY("K", false, "VATEX-EU-IC", "Intra-Community supply"),
  EXPORT("G", false, "VATEX-EU-G", "Export outside the EU"),
  NOT_SUBJECT("O", false, "VATEX-EU-O", "Not subject to VAT"),
  CANARY_ISLANDS("L", true, null, null),
  CEUTA_MELILLA("M", true, null, null);

  private final String code;
  private final boolean rated;
  private final String exemptionReasonCode;
  private final String exemptionReason;

  TaxCategory(String code, boolean rated, String exemptionReasonCode, String exemptionReason) {
    this.code = code;
    this.rated = rated;
    this.exemptionReasonCode = exemptionReasonCode;
    this.exemptionReason = exemptionReason;
  }

  public String code() {
    return code;
  }

  /** Whether the category carries a rate above zero (S, L, M); the others are at 0 %. */
  public boolean rated() {
    return rated;
  }

  /** "O" (outside the scope of VAT) states no rate at all (BR-O-05, BR-O-06, BR-O-14). */
  public boolean statesRate() {
    return this != NOT_SUBJECT;
  }

  public Optional<String> exemptionReasonCode() {
    return Optional.ofNullable(exemptionReasonCode);
  }

  public Optional<String> exemptionReason() {
    return Optional.ofNullable(exemptionReason);
  }

  public static Optional<TaxCategory> ofCode(String code) {
    return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
  }

  static String allCodes() {
    return Arrays.stream(values()).map(TaxCategory::code).collect(Collectors.joining(", "));
  }
}
