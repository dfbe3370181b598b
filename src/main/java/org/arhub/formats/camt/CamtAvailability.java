package org.arhub.formats.camt;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.arhub.formats.InvalidFileException;
import org.arhub.model.Money;

/**
 * When an entry's money can be used, in plain words: its Avlbty (funds available after n days or on
 * a date) and its status when it is not booked (Sts PDNG, INFO, FUTR: an intraday or notified entry
 * that is not, or not yet, on the account). The model has no status of its own, and "not booked" is
 * what a reader of availability needs to know.
 */
final class CamtAvailability {
  private final List<String> phrases = new ArrayList<>(1);

  /**
   * Ntry/Sts, as written up to .05 ({@code <Sts>BOOK</Sts>}) or from .06 on ({@code <Sts><Cd>}).
   */
  void status(XmlCursor x) throws InvalidFileException {
    String status = x.textOrChild("Cd");
    String phrase =
        switch (status) {
          case "BOOK", "" -> null;
          case "PDNG" -> "not booked (PDNG: pending)";
          case "INFO" -> "not booked (INFO: for information only)";
          case "FUTR" -> "not booked (FUTR: to be booked in the future)";
          default -> "entry status " + status;
        };
    if (phrase != null) {
      phrases.add(0, phrase);
    }
  }

  /** One Avlbty: Dt (NbOfDays or ActlDt) and Amt. */
  void availability(XmlCursor x) throws InvalidFileException {
    String when = null;
    Money amount = null;
    while (x.nextChild()) {
      switch (x.name()) {
        case "Dt" -> when = when(x);
        case "Amt" -> amount = CamtValues.amount(x);
        default -> x.skip();
      }
    }
    if (amount != null && when != null) {
      phrases.add(amount + " available " + when);
    }
  }

  Optional<String> text() {
    return phrases.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", phrases));
  }

  private static String when(XmlCursor x) throws InvalidFileException {
    String when = null;
    while (x.nextChild()) {
      switch (x.name()) {
        case "NbOfDays" -> {
          String days = x.text();
          when = "after " + days + ("1".equals(days) ? " day" : " days");
        }
        case "ActlDt" -> when = "on " + CamtValues.date(x);
        default -> x.skip();
      }
    }
    return when;
  }
}
