package org.arhub.formats.x12;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Units of measure between the canonical invoice (UN/ECE Rec. 20) and X12 (data element 355), from
 * mappings/x12/unit-codes.csv.
 */
final class X12UnitCodes {
  private static final X12UnitCodes STANDARD = new X12UnitCodes();
  private final Map<String, String> toX12 = new HashMap<>();

  private X12UnitCodes() {
    for (String[] row : X12CodeTable.read("unit-codes.csv", 3)) {
      toX12.put(row[0], row[1]);
    }
  }

  static X12UnitCodes standard() {
    return STANDARD;
  }

  /** The X12 code of a unit; a two-letter code not in the table is passed as it is. */
  Optional<String> x12(String unit) {
    String code = toX12.get(unit);
    if (code != null) {
      return Optional.of(code);
    }
    return unit.length() == 2 && unit.chars().allMatch(Character::isLetterOrDigit)
        ? Optional.of(unit)
        : Optional.empty();
  }
}
