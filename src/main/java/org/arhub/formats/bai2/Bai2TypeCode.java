package org.arhub.formats.bai2;

import java.util.Locale;
import java.util.Optional;
import org.arhub.model.Direction;

/**
 * One BAI2 type code (BAI2 v2 Appendix A): whether money moved in or out, where the code may be
 * used and what it means.
 */
public record Bai2TypeCode(String code, Transaction transaction, Level level, String description) {

  /** The spec's CR / DB / NA column. */
  public enum Transaction {
    CREDIT,
    DEBIT,
    NONE;

    static Transaction parse(String word) {
      return valueOf(word.trim().toUpperCase(Locale.ROOT));
    }
  }

  /**
   * Status codes report balances in an 03; summary codes total activity in an 03; detail codes name
   * a 16.
   */
  public enum Level {
    STATUS,
    SUMMARY,
    DETAIL,
    BOTH;

    static Level parse(String word) {
      return valueOf(word.trim().toUpperCase(Locale.ROOT));
    }
  }

  public Bai2TypeCode {
    if (code == null
        || code.length() != 3
        || !Character.isDigit(code.charAt(0))
        || !Character.isDigit(code.charAt(1))
        || !Character.isDigit(code.charAt(2))) {
      throw new IllegalArgumentException("a BAI2 type code has three digits, not '" + code + "'");
    }
  }

  /** The direction a 16 with this code books, if the code moves money. */
  public Optional<Direction> direction() {
    return switch (transaction) {
      case CREDIT -> Optional.of(Direction.CREDIT);
      case DEBIT -> Optional.of(Direction.DEBIT);
      case NONE -> Optional.empty();
    };
  }

  /** 890 and bank codes like it: a 16 that carries information, not money. */
  public boolean nonMonetaryDetail() {
    return transaction == Transaction.NONE && level == Level.DETAIL;
  }
}
