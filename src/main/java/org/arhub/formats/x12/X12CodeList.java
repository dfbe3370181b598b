package org.arhub.formats.x12;

import java.util.Optional;
import java.util.function.Function;

/** Finds the value of an X12 code list (the codes of one data element) a segment states by code. */
final class X12CodeList {
  private X12CodeList() {}

  static <E> Optional<E> byCode(E[] values, Function<E, String> codeOf, String code) {
    for (E value : values) {
      if (codeOf.apply(value).equals(code)) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }
}
