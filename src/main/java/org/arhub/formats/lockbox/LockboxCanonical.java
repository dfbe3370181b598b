package org.arhub.formats.lockbox;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.arhub.model.BankEntry;
import org.arhub.model.BankTransaction;
import org.arhub.model.Direction;
import org.arhub.model.DocumentReference;
import org.arhub.model.FileHeader;
import org.arhub.model.Party;
import org.arhub.model.RemittanceInfo;
import org.arhub.model.Statement;

/**
 * How a lockbox transmission maps to the canonical model (DESIGN.md): one statement per lockbox,
 * one credit entry per check with one transaction whose id is {@code <lockbox>-<batch>-<item>} and
 * whose remittance lists the invoices of the check's overflow records.
 */
final class LockboxCanonical {
  static final String TYPE_CODE = "lockbox";
  private static final DateTimeFormatter FILE_ID_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

  private LockboxCanonical() {}

  /**
   * Identity of the file: destination, origin, transmission date and time of record 1 (created is
   * left out when the file gives no time, rather than made up); sender and receiver prefer record
   * 2's ultimate parties.
   */
  static FileHeader fileHeader(
      LockboxLayout layout,
      LockboxImmediateAddressHeader header,
      Optional<LockboxServiceRecord> service) {
    Optional<LocalDateTime> created =
        header.transmissionTime().map(header.transmissionDate()::atTime);
    String fileId =
        header.destination()
            + "-"
            + header.origin()
            + "-"
            + created
                .map(FILE_ID_TIME::format)
                .orElseGet(
                    () -> header.transmissionDate().format(DateTimeFormatter.BASIC_ISO_DATE));
    String format = layout.isStandard() ? "lockbox" : "lockbox " + layout.name();
    Optional<String> sender =
        service
            .flatMap(LockboxServiceRecord::ultimateOrigin)
            .or(() -> Optional.of(header.origin()));
    Optional<String> receiver =
        service
            .flatMap(LockboxServiceRecord::ultimateDestination)
            .or(() -> Optional.of(header.destination()));
    return new FileHeader(format, fileId, sender, receiver, created);
  }

  /**
   * A lockbox's deposit: its id is "<lockbox>/<deposit date>", its account the deposit account when
   * the file gives one, else the lockbox.
   */
  static Statement statement(
      LockboxLayout layout, LockboxDetailHeader first, LockboxImmediateAddressHeader header) {
    return new Statement(
        first.lockboxNumber() + "/" + first.depositDate(),
        Optional.empty(),
        first.depositAccount().orElse(first.lockboxNumber()),
        first.origin().or(() -> Optional.of(header.origin())),
        layout.currency(),
        Optional.of(first.depositDate()),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  static String paymentId(LockboxDetailHeader batch, LockboxDetail check) {
    return batch.lockboxNumber() + "-" + batch.batchNumber() + "-" + check.itemNumber();
  }

  /**
   * One check: a credit booked on the deposit date, paid by the MICR account, for the invoices of
   * its overflow records.
   */
  static BankEntry entry(
      LockboxDetailHeader batch, LockboxDetail check, List<LockboxOverflow> overflows) {
    String paymentId = paymentId(batch, check);
    List<DocumentReference> references =
        overflows.stream()
            .filter(o -> o.invoiceNumber().isPresent())
            .map(
                o ->
                    new DocumentReference(
                        o.invoiceNumber().get(),
                        o.invoiceAmount(),
                        Optional.empty(),
                        Optional.empty()))
            .toList();
    List<String> text =
        check.checkNumber().map(number -> List.of("check " + number)).orElse(List.of());
    BankTransaction transaction =
        new BankTransaction(
            paymentId,
            check.amount(),
            Direction.CREDIT,
            Optional.empty(),
            new Party(check.remitterName(), check.accountNumber(), check.routingNumber()),
            new RemittanceInfo(text, references, Optional.empty()),
            Optional.empty());
    return new BankEntry(
        check.amount(),
        Direction.CREDIT,
        Optional.of(batch.depositDate()),
        Optional.empty(),
        Optional.of(paymentId),
        Optional.of(TYPE_CODE),
        false,
        Optional.empty(),
        List.of(transaction));
  }
}
