package org.arhub.formats;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.arhub.model.BankEntry;
import org.arhub.model.BankTransaction;
import org.arhub.model.DocumentReference;
import org.arhub.model.FileHeader;
import org.arhub.model.Money;
import org.arhub.model.Party;
import org.arhub.model.Remittance;
import org.arhub.model.Statement;
import org.arhub.model.StatementEnd;

/**
 * Writes a file's stream as the canonical JSON of DESIGN.md ({@code parse} prints it; golden tests
 * compare it), entry by entry, so a large file never sits in memory. Amounts are strings at the
 * currency's scale; absent optional values are left out.
 */
public final class CanonicalJsonWriter implements BankFileSink {
  private final JsonGenerator json;
  private String currency = "XXX";
  private String openArray;

  public CanonicalJsonWriter(OutputStream out) {
    try {
      json = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void file(FileHeader header) {
    write(
        () -> {
          json.writeStartObject();
          json.writeStringField("format", header.format());
          json.writeStringField("fileId", header.fileId());
          optional("sender", header.sender());
          optional("receiver", header.receiver());
          optional("created", header.created().map(Object::toString));
        });
  }

  @Override
  public void statement(Statement s) {
    write(
        () -> {
          array("statements");
          currency = s.currency();
          json.writeStartObject();
          json.writeStringField("statementId", s.statementId());
          if (s.sequence().isPresent()) {
            json.writeNumberField("sequence", s.sequence().get());
          }
          json.writeStringField("account", s.account());
          optional("bankId", s.bankId());
          json.writeStringField("currency", s.currency());
          optional("date", s.date().map(Object::toString));
          amount("openingBalance", s.openingBalance());
          amount("closingBalance", s.closingBalance());
          amount("closingAvailable", s.closingAvailable());
          json.writeArrayFieldStart("entries");
        });
  }

  @Override
  public void entry(BankEntry e) {
    write(
        () -> {
          json.writeStartObject();
          amount("amount", Optional.of(e.amount()));
          json.writeStringField("direction", e.direction().name());
          optional("bookingDate", e.bookingDate().map(Object::toString));
          optional("valueDate", e.valueDate().map(Object::toString));
          optional("bankRef", e.bankRef());
          optional("typeCode", e.typeCode());
          if (e.reversal()) {
            json.writeBooleanField("reversal", true);
          }
          optional("availability", e.availability());
          json.writeArrayFieldStart("transactions");
          for (BankTransaction t : e.transactions()) {
            transaction(t);
          }
          json.writeEndArray();
          json.writeEndObject();
        });
  }

  private void transaction(BankTransaction t) throws IOException {
    json.writeStartObject();
    json.writeStringField("paymentId", t.paymentId());
    amount("amount", Optional.of(t.amount()));
    json.writeStringField("direction", t.direction().name());
    optional("endToEndId", t.endToEndId());
    party("payer", t.payer());
    optional("returnReason", t.returnReason());
    json.writeObjectFieldStart("remittance");
    json.writeArrayFieldStart("unstructured");
    for (String line : t.remittance().unstructured()) {
      json.writeString(line);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("references");
    for (DocumentReference ref : t.remittance().references()) {
      json.writeStartObject();
      json.writeStringField("invoice", ref.invoice());
      amount("amount", ref.amount());
      optional("type", ref.type());
      optional("date", ref.date().map(Object::toString));
      json.writeEndObject();
    }
    json.writeEndArray();
    optional("creditorReference", t.remittance().creditorReference());
    json.writeEndObject();
    json.writeEndObject();
  }

  private void party(String field, Party party) throws IOException {
    if (party.name().isEmpty() && party.account().isEmpty() && party.bankId().isEmpty()) {
      return;
    }
    json.writeObjectFieldStart(field);
    optional("name", party.name());
    optional("account", party.account());
    optional("bankId", party.bankId());
    json.writeEndObject();
  }

  @Override
  public void endStatement(StatementEnd end) {
    write(
        () -> {
          json.writeEndArray();
          json.writeNumberField("entryCount", end.entries());
          amount("credits", Optional.of(end.credits()));
          amount("debits", Optional.of(end.debits()));
          optional("continuityProblem", end.continuityProblem());
          json.writeEndObject();
        });
  }

  @Override
  public void remittance(Remittance r) {
    write(
        () -> {
          array("remittances");
          currency = r.currency();
          json.writeStartObject();
          json.writeStringField("trace", r.trace());
          optional("payer", r.payer());
          optional("payerId", r.payerId());
          optional("payee", r.payee());
          optional("payeeId", r.payeeId());
          amount("amount", Optional.of(r.amount()));
          json.writeStringField("currency", r.currency());
          optional("direction", r.direction().map(Enum::name));
          optional("paymentMethod", r.paymentMethod());
          optional("paymentDate", r.paymentDate().map(Object::toString));
          json.writeArrayFieldStart("lines");
          for (Remittance.Line line : r.lines()) {
            json.writeStartObject();
            json.writeStringField("invoice", line.invoice());
            optional("referenceQualifier", line.referenceQualifier());
            optional("date", line.date().map(Object::toString));
            amount("paid", Optional.of(line.paid()));
            amount("invoiced", line.invoiced());
            amount("discount", line.discount());
            adjustments(line.adjustments());
            if (!line.references().isEmpty()) {
              json.writeArrayFieldStart("references");
              for (Remittance.Reference ref : line.references()) {
                json.writeStartObject();
                json.writeStringField("qualifier", ref.qualifier());
                json.writeStringField("value", ref.value());
                json.writeEndObject();
              }
              json.writeEndArray();
            }
            json.writeEndObject();
          }
          json.writeEndArray();
          if (!r.adjustments().isEmpty()) {
            adjustments(r.adjustments());
          }
          optional("discrepancy", r.discrepancy());
          json.writeEndObject();
        });
  }

  private void adjustments(List<Remittance.Adjustment> adjustments) throws IOException {
    json.writeArrayFieldStart("adjustments");
    for (Remittance.Adjustment a : adjustments) {
      json.writeStartObject();
      amount("amount", Optional.of(a.amount()));
      json.writeStringField("reason", a.reason());
      json.writeStringField("category", a.category());
      optional("reference", a.reference());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  @Override
  public void endFile() {
    write(
        () -> {
          closeArray();
          json.writeEndObject();
          json.flush();
        });
  }

  /** Statements and remittances each form one array; the first part of a kind opens it. */
  private void array(String name) throws IOException {
    if (!name.equals(openArray)) {
      closeArray();
      json.writeArrayFieldStart(name);
      openArray = name;
    }
  }

  private void closeArray() throws IOException {
    if (openArray != null) {
      json.writeEndArray();
      openArray = null;
    }
  }

  private void amount(String field, Optional<BigDecimal> amount) throws IOException {
    if (amount.isPresent()) {
      json.writeStringField(field, Money.atScale(amount.get(), currency).toPlainString());
    }
  }

  private void optional(String field, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      json.writeStringField(field, value.get());
    }
  }

  private interface JsonWrite {
    void run() throws IOException;
  }

  private static void write(JsonWrite write) {
    try {
      write.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
