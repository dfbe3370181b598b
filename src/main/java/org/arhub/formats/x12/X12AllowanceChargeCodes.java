package org.arhub.formats.x12;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Allowance/charge reasons between the canonical invoice (UNTDID 5189/7161) and the 810 SAC02, from
 * mappings/x12/allowance-charge-codes.csv.
 */
final class X12AllowanceChargeCodes {
  static final String MUTUALLY_DEFINED = "ZZZZ";
  private static final X12AllowanceChargeCodes STANDARD = new X12AllowanceChargeCodes();
  private final Map<String, String> toX12 = new HashMap<>();
  private final Map<String, String> fromX12 = new HashMap<>();

  private X12AllowanceChargeCodes() {
    for (String[] row : X12CodeTable.read("allowance-charge-codes.csv", 4)) {
      toX12.put(row[0] + ":" + row[1], row[2]);
      fromX12.put(row[0] + ":" + row[2], row[1]);
    }
  }

  static X12AllowanceChargeCodes standard() {
    return STANDARD;
  }

  String x12(boolean allowance, Optional<String> code) {
    return code.map(c -> toX12.get(kind(allowance) + ":" + c)).orElse(MUTUALLY_DEFINED);
  }

  Optional<String> canonical(boolean allowance, String x12) {
    return Optional.ofNullable(fromX12.get(kind(allowance) + ":" + x12));
  }

  private static String kind(boolean allowance) {
    return allowance ? "allowance" : "charge";
  }
}
