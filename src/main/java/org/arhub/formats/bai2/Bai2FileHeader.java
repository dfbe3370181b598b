package org.arhub.formats.bai2;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * BAI2 v2, 01 File Header record: sender, receiver, file creation date and time, file id number,
 * physical record length, block size, version number (2).
 */
record Bai2FileHeader(
    String sender,
    String receiver,
    LocalDate creationDate,
    String creationTime,
    String fileIdNumber) {

  static Bai2FileHeader read(Bai2Fields fields) {
    String sender = fields.text("sender identification", true);
    String receiver = fields.text("receiver identification", true);
    LocalDate date = fields.date("file creation date", true);
    String time = fields.time("file creation time", true);
    String fileId = fields.text("file identification number", true);
    fields.number("physical record length", false);
    fields.number("block size", false);
    String version = fields.text("version number", true);
    if (!version.isEmpty() && !version.equals("2")) {
      fields.problem(
          fields.field("version number")
              + " "
              + fields.quotedValue()
              + ": only BAI version 2 is read");
    }
    fields.expectEnd("01 file header");
    return new Bai2FileHeader(sender, receiver, date, time, fileId);
  }

  /**
   * "sender/receiver/yymmdd/hhmm/file id": the sender's identity of this file, for the duplicate
   * check.
   */
  String fileId() {
    String date =
        creationDate == null
            ? "?"
            : String.format(
                "%02d%02d%02d",
                creationDate.getYear() % 100,
                creationDate.getMonthValue(),
                creationDate.getDayOfMonth());
    return sender
        + "/"
        + receiver
        + "/"
        + date
        + "/"
        + (creationTime == null ? "?" : creationTime)
        + "/"
        + fileIdNumber;
  }

  Optional<LocalDateTime> created() {
    return creationDate == null || creationTime == null
        ? Optional.empty()
        : Optional.of(Bai2Time.at(creationDate, creationTime));
  }
}
