package org.arhub.store;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.arhub.formats.BankFileSink;
import org.arhub.model.BankEntry;
import org.arhub.model.BankTransaction;
import org.arhub.model.DocumentReference;
import org.arhub.model.FileHeader;
import org.arhub.model.Remittance;
import org.arhub.model.Statement;
import org.arhub.model.StatementEnd;
import org.arhub.store.InboundFileStore.InboundFile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Stores what a reader streams out of one bank file: statements and their payments, in batches. The
 * caller runs it in one transaction with the read, so a file rejected half-way leaves nothing.
 * Duplicates are fenced at each layer: the sender's file id, the statement id and sequence number,
 * and the payment's bank reference on the account (a payment already known is skipped, not stored
 * twice).
 */
@Repository
public class BankFileStore {
  static final int BATCH = 1000;
  private final JdbcTemplate jdbc;
  private final PaymentCopy copy;

  public BankFileStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.copy = new PaymentCopy(jdbc.getDataSource());
  }

  /** What was stored of one file, for the log and the audit trail. */
  public record Stored(
      String format,
      String senderFileId,
      int statements,
      int payments,
      int remittances,
      int alreadyKnown) {}

  public Writer writerFor(InboundFile file) {
    return new Writer(file);
  }

  /** The sink for one inbound file. */
  public final class Writer implements BankFileSink {
    private final InboundFile file;
    private final List<Object[]> pending = new ArrayList<>(BATCH);
    private FileHeader header;
    private String kind;
    private Statement statement;
    private long statementRow;
    private int entryNo;
    private int statements;
    private int payments;
    private int alreadyKnown;
    private int remittances;

    private Writer(InboundFile file) {
      this.file = file;
    }

    public Stored stored() {
      return new Stored(
          header == null ? null : header.format(),
          header == null ? null : header.fileId(),
          statements,
          payments,
          remittances,
          alreadyKnown);
    }

    @Override
    public void file(FileHeader header) {
      this.header = header;
      this.kind = kind(header.format());
      List<Map<String, Object>> earlier =
          jdbc.queryForList(
              "select id, original_name from inbound_file where partner_id = ? and format = ? and sender_file_id = ?"
                  + " and status in ('PARSED', 'APPLIED') and id <> ?",
              file.partnerId(),
              kind,
              header.fileId(),
              file.id());
      if (!earlier.isEmpty()) {
        throw new AlreadyReceivedException(
            file.originalName()
                + ": duplicate: "
                + kind
                + " file id "
                + header.fileId()
                + " was already read from inbound file "
                + earlier.get(0).get("id")
                + " ("
                + earlier.get(0).get("original_name")
                + "); not applied again");
      }
      jdbc.update(
          "update inbound_file set format = ?, sender_file_id = ? where id = ?",
          kind,
          header.fileId(),
          file.id());
    }

    @Override
    public void statement(Statement s) {
      statement = s;
      entryNo = 0;
      List<Long> earlier =
          jdbc.queryForList(
              "select inbound_file_id from bank_statement where partner_id = ? and account = ? and kind = ? and statement_id = ?"
                  + " and coalesce(sequence_number, -1) = ?",
              Long.class,
              file.partnerId(),
              s.account(),
              kind,
              s.statementId(),
              s.sequence().orElse(-1L));
      if (!earlier.isEmpty()) {
        throw new AlreadyReceivedException(
            file.originalName()
                + ": duplicate: statement "
                + s.statementId()
                + s.sequence().map(n -> " sequence " + n).orElse("")
                + " of account "
                + s.account()
                + " was already received in inbound file "
                + earlier.get(0)
                + "; not applied again");
      }
      statementRow =
          jdbc.queryForObject(
              """
          insert into bank_statement(inbound_file_id, partner_id, account, currency, statement_id, sequence_number, kind,
                                     statement_date, bank_id, opening_balance, closing_balance, closing_available)
          values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""",
              Long.class,
              file.id(),
              file.partnerId(),
              s.account(),
              s.currency(),
              s.statementId(),
              s.sequence().orElse(null),
              kind,
              s.date().map(Date::valueOf).orElse(null),
              s.bankId().orElse(null),
              s.openingBalance().orElse(null),
              s.closingBalance().orElse(null),
              s.closingAvailable().orElse(null));
      statements++;
    }

    @Override
    public void entry(BankEntry e) {
      entryNo++;
      LocalDate booked =
          e.bookingDate()
              .or(e::valueDate)
              .or(statement::date)
              .or(() -> header.created().map(c -> c.toLocalDate()))
              .orElse(LocalDate.now());
      for (BankTransaction t : e.transactions()) {
        pending.add(
            new Object[] {
              statementRow,
              file.id(),
              file.partnerId(),
              statement.account(),
              t.paymentId(),
              t.amount(),
              statement.currency(),
              t.direction().name(),
              booked,
              e.valueDate().orElse(null),
              t.payer().name().orElse(null),
              t.payer().account().orElse(null),
              t.payer().bankId().orElse(null),
              t.endToEndId().orElse(null),
              text(t.remittance().unstructured()),
              entryNo,
              e.amount(),
              e.bankRef().orElse(null),
              e.typeCode().orElse(null),
              e.reversal(),
              t.returnReason().orElse(null),
              e.availability().orElse(null),
              t.remittance().creditorReference().orElse(null),
              references(t.remittance().references()),
              kind.equals("camt.052")
            });
        if (pending.size() >= BATCH) {
          flush();
        }
      }
    }

    @Override
    public void endStatement(StatementEnd end) {
      flush();
      jdbc.update(
          "update bank_statement set entry_count = ?, credits = ?, debits = ?, continuity_problem = ? where id = ?",
          end.entries(),
          end.credits(),
          end.debits(),
          end.continuityProblem().orElse(null),
          statementRow);
      if (kind.equals("camt.053") && statement.date().isPresent()) {
        jdbc.update(
            "update bank_statement set superseded_by = ? where partner_id = ? and account = ? and kind = 'camt.052'"
                + " and statement_date = ? and superseded_by is null",
            statementRow,
            file.partnerId(),
            statement.account(),
            Date.valueOf(statement.date().get()));
      }
    }

    /**
     * An 820 remittance advice; the same trace from the same sender again is skipped and counted.
     */
    @Override
    public void remittance(Remittance r) {
      String currency = r.currency();
      List<Long> advice =
          jdbc.queryForList(
              """
          insert into remittance_advice(inbound_file_id, partner_id, advice_id, payment_reference, currency, total_amount,
                                        payment_date, payer_name, payer_id, payment_method, adjustments, discrepancy)
          values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?)
          on conflict on constraint remittance_advice_unique do nothing returning id""",
              Long.class,
              file.id(),
              file.partnerId(),
              r.trace(),
              r.trace(),
              currency,
              r.amount(),
              r.paymentDate().map(Date::valueOf).orElse(null),
              r.payer().orElse(null),
              r.payerId().orElse(null),
              r.paymentMethod().orElse(null),
              adjustments(r.adjustments()),
              r.discrepancy().orElse(null));
      if (advice.isEmpty()) {
        alreadyKnown++;
        return;
      }
      List<Object[]> lines = new ArrayList<>();
      int lineNo = 0;
      for (Remittance.Line line : r.lines()) {
        BigDecimal adjusted =
            line.adjustments().stream()
                .map(Remittance.Adjustment::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        String reasons =
            line.adjustments().isEmpty()
                ? null
                : String.join(
                    ",",
                    line.adjustments().stream().map(a -> a.reason() + ":" + a.category()).toList());
        lines.add(
            new Object[] {
              advice.get(0),
              ++lineNo,
              line.invoice(),
              line.paid(),
              line.invoiced().orElse(null),
              line.discount().orElse(BigDecimal.ZERO),
              adjusted,
              reasons,
              line.referenceQualifier().orElse(null),
              adjustments(line.adjustments())
            });
      }
      jdbc.batchUpdate(
          """
          insert into remittance_line(advice_id, line_no, invoice_ref, paid_amount, invoiced_amount, discount_amount,
                                      adjustment_amount, adjustment_reason, reference_qualifier, adjustments)
          values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)""",
          lines);
      remittances++;
    }

    @Override
    public void endFile() {
      flush();
    }

    private void flush() {
      if (pending.isEmpty()) {
        return;
      }
      int inserted = copy.insert(pending);
      payments += inserted;
      alreadyKnown += pending.size() - inserted;
      pending.clear();
    }
  }

  /** The statement kind of a reader's exact format ("camt.053.001.08" is a camt.053). */
  static String kind(String format) {
    if (format.startsWith("camt.05")) {
      return format.substring(0, 8);
    }
    if (format.startsWith("BAI2")) {
      return "BAI2";
    }
    if (format.startsWith("lockbox")) {
      return "lockbox";
    }
    if (format.startsWith("X12 820")) {
      return "x12-820";
    }
    throw new IllegalArgumentException("not a bank statement format: " + format);
  }

  private static String adjustments(List<Remittance.Adjustment> adjustments) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Remittance.Adjustment a : adjustments) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("amount", a.amount().toPlainString());
      m.put("reason", a.reason());
      m.put("category", a.category());
      a.reference().ifPresent(ref -> m.put("reference", ref));
      out.add(m);
    }
    return AuditLog.json(out);
  }

  private static String text(List<String> lines) {
    return lines.isEmpty() ? null : String.join("\n", lines);
  }

  private static String references(List<DocumentReference> refs) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (DocumentReference ref : refs) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("invoice", ref.invoice());
      ref.amount().map(BigDecimal::toPlainString).ifPresent(a -> m.put("amount", a));
      ref.type().ifPresent(t -> m.put("type", t));
      ref.date().map(Object::toString).ifPresent(d -> m.put("date", d));
      out.add(m);
    }
    return AuditLog.json(out);
  }
}
