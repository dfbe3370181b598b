package org.arhub.formats.bai2;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems of one file in the order found, capped so that a file of garbage cannot flood
 * memory.
 */
final class Bai2Problems {
  static final int LIMIT = 100;

  private final List<Bai2Problem> found = new ArrayList<>();

  void add(String position, String reason) {
    if (found.size() < LIMIT) {
      found.add(new Bai2Problem(position, reason));
    }
  }

  boolean any() {
    return !found.isEmpty();
  }

  /** The reader stops once this many problems are known: the file is rejected either way. */
  boolean full() {
    return found.size() >= LIMIT;
  }

  List<Bai2Problem> list() {
    if (!full()) {
      return List.copyOf(found);
    }
    List<Bai2Problem> all = new ArrayList<>(found);
    all.add(new Bai2Problem("end of list", LIMIT + " problems found; reading stopped there"));
    return List.copyOf(all);
  }

  /** Quotes a field value for a message: at most 40 characters, control characters escaped. */
  static String quote(CharSequence value) {
    StringBuilder quoted = new StringBuilder("'");
    int shown = Math.min(value.length(), 40);
    for (int i = 0; i < shown; i++) {
      char c = value.charAt(i);
      if (c < ' ' || c == 0x7f || (c >= 0x80 && c < 0xa0)) {
        quoted.append(String.format("\\x%02X", (int) c));
      } else {
        quoted.append(c);
      }
    }
    if (value.length() > shown) {
      quoted.append("...");
    }
    return quoted.append('\'').toString();
  }
}
