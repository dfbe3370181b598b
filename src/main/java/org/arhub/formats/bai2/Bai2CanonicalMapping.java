package org.arhub.formats.bai2;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.arhub.model.BankEntry;
import org.arhub.model.BankTransaction;
import org.arhub.model.Direction;
import org.arhub.model.FileHeader;
import org.arhub.model.Party;
import org.arhub.model.RemittanceInfo;
import org.arhub.model.Statement;

/**
 * BAI2 records as the canonical model: the 01 as the file's identity, each 03 as a statement (its
 * 010/015/045 as opening, closing and closing-available balance), each 16 as one booked entry with
 * one transaction. See package-info for the rules.
 */
final class Bai2CanonicalMapping {
  private Bai2CanonicalMapping() {}

  static FileHeader fileHeader(Bai2FileHeader header) {
    return new FileHeader(
        "BAI2",
        header.fileId(),
        nonBlank(header.sender()),
        nonBlank(header.receiver()),
        header.created());
  }

  /**
   * {@code seen} counts the as-of date and account pairs read so far in the file: an account that
   * comes again (in another group, or twice in one) gets "/2", "/3"... so that its statement and
   * the payment ids derived from it stay unique within the file.
   */
  static Statement statement(
      Bai2GroupHeader group,
      Bai2AccountIdentifier account,
      String currency,
      int scale,
      Map<String, Integer> seen) {
    LocalDate asOf = group == null ? null : group.asOfDate();
    String base = (asOf == null ? "?" : asOf.toString()) + "/" + account.accountNumber();
    int occurrence = seen.merge(base, 1, Integer::sum);
    String statementId = occurrence == 1 ? base : base + "/" + occurrence;
    return new Statement(
        statementId,
        Optional.empty(),
        account.accountNumber(),
        group == null ? Optional.empty() : nonBlank(group.originator()),
        currency,
        Optional.ofNullable(asOf),
        balance(account.amountOf("010"), scale),
        balance(account.amountOf("015"), scale),
        balance(account.amountOf("045"), scale));
  }

  /**
   * The entry of a 16, or empty for a non-monetary one (890). {@code ordinal} is the 16's place in
   * its account, 1 first, which names the payment when the bank gave it no reference.
   */
  static Optional<BankEntry> entry(
      Bai2TransactionDetail detail,
      String statementId,
      int ordinal,
      Optional<LocalDate> bookingDate,
      int scale) {
    Bai2TypeCode code = detail.typeCode();
    if (code == null || detail.amount() == null || code.direction().isEmpty()) {
      return Optional.empty();
    }
    Direction direction = code.direction().get();
    BigDecimal amount = BigDecimal.valueOf(detail.amount(), scale);
    Optional<String> bankRef = nonBlank(detail.bankReference());
    Optional<String> customerRef = nonBlank(detail.customerReference());
    String paymentId = bankRef.or(() -> customerRef).orElseGet(() -> statementId + "#" + ordinal);
    BankTransaction transaction =
        new BankTransaction(
            paymentId,
            amount,
            direction,
            customerRef,
            Party.unknown(),
            detail.text().isEmpty()
                ? RemittanceInfo.none()
                : new RemittanceInfo(detail.text(), List.of(), Optional.empty()),
            Optional.empty());
    return Optional.of(
        new BankEntry(
            amount,
            direction,
            bookingDate,
            detail.fundsType().valueDateIfAny(),
            bankRef,
            Optional.of(code.code()),
            false,
            detail.fundsType().words(scale),
            List.of(transaction)));
  }

  private static Optional<BigDecimal> balance(Long units, int scale) {
    return units == null ? Optional.empty() : Optional.of(BigDecimal.valueOf(units, scale));
  }

  private static Optional<String> nonBlank(String value) {
    return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
  }
}
