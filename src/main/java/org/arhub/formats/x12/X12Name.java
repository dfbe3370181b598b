package org.arhub.formats.x12;

import java.util.Optional;

/**
 * N1 Name: a party by role (N101: PR payer, PE payee, SE seller, BY buyer, BT bill-to, RI remit-to,
 * ...), its name (N102) and an identifier with its qualifier (N103/N104).
 */
record X12Name(
    String entity, Optional<String> name, Optional<String> idQualifier, Optional<String> id) {
  static X12Name read(X12Segment n1) {
    return new X12Name(n1.element(1), optional(n1, 2), optional(n1, 3), optional(n1, 4));
  }

  private static Optional<String> optional(X12Segment s, int n) {
    return s.has(n) ? Optional.of(s.element(n)) : Optional.empty();
  }
}
