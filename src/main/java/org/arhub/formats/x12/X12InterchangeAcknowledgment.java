package org.arhub.formats.x12;

/**
 * A partner's TA1 about an interchange we sent: its ISA13 (TA101), date and time (TA102/TA103),
 * accepted / accepted with errors / rejected (TA104) and why (TA105).
 */
public record X12InterchangeAcknowledgment(
    String controlNumber, String date, String time, X12AcknowledgmentCode code, String noteCode) {
  /** The TA105 note in words; unknown codes as sent. */
  public String note() {
    try {
      return X12InterchangeNote.ofCode(noteCode).description();
    } catch (IllegalArgumentException e) {
      return "note " + noteCode;
    }
  }
}
