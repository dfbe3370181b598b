package org.arhub.formats.camt;

import java.time.LocalDate;
import java.util.Optional;
import org.arhub.formats.InvalidFileException;
import org.arhub.model.Direction;
import org.arhub.model.Money;

/**
 * Bal (CashBalance): a balance of the reported account, signed by its CdtDbtInd. The type code is
 * Tp/CdOrPrtry/Cd (OPBD, PRCD, CLBD, CLAV, ITBD, ...); a Tp/SubTp or proprietary type does not
 * count.
 */
record CamtBalance(Optional<String> type, Money amount, Optional<LocalDate> date) {

  static CamtBalance read(XmlCursor x) throws InvalidFileException {
    String type = null;
    Money amount = null;
    Direction direction = null;
    LocalDate date = null;
    while (x.nextChild()) {
      switch (x.name()) {
        case "Tp" -> type = typeCode(x);
        case "Amt" -> amount = CamtValues.amount(x);
        case "CdtDbtInd" -> direction = CamtValues.direction(x);
        case "Dt" -> date = CamtValues.dateChoice(x);
        default -> x.skip();
      }
    }
    if (amount == null) {
      throw x.errorInLeft("the balance has no Amt (required)");
    }
    if (direction == null) {
      throw x.errorInLeft("the balance has no CdtDbtInd (required)");
    }
    Money signed =
        direction == Direction.DEBIT
            ? new Money(amount.amount().negate(), amount.currency())
            : amount;
    return new CamtBalance(Optional.ofNullable(type), signed, Optional.ofNullable(date));
  }

  boolean is(String code) {
    return type.isPresent() && type.get().equals(code);
  }

  /** Tp/CdOrPrtry/Cd, or Tp/Cd as some producers write it. */
  private static String typeCode(XmlCursor x) throws InvalidFileException {
    String code = null;
    while (x.nextChild()) {
      switch (x.name()) {
        case "CdOrPrtry" -> {
          while (x.nextChild()) {
            if (x.name().equals("Cd")) {
              code = x.text();
            } else {
              x.skip();
            }
          }
        }
        case "Cd" -> code = x.text();
        default -> x.skip();
      }
    }
    return code;
  }
}
