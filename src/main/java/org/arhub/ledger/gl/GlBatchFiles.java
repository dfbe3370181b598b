package org.arhub.ledger.gl;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import org.arhub.formats.ledger.Csv;

/**
 * The two files of an export batch, CSV and JSON, with the columns the mapping declares in its
 * order. Both are a function of the batch id and its lines (sorted by entry and line id), so a
 * batch rendered twice is byte for byte the same.
 */
public final class GlBatchFiles {
  private final GlMapping mapping;
  private final String company;

  public GlBatchFiles(GlMapping mapping, String company) {
    this.mapping = mapping;
    this.company = company;
  }

  public byte[] csv(String batchId, String period, List<ExportLine> lines) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
      Csv.writeRow(
          out, mapping.exportColumns().stream().map(GlMapping.Column::name).toArray(String[]::new));
      for (ExportLine line : sorted(lines)) {
        Csv.writeRow(
            out,
            mapping.exportColumns().stream()
                .map(c -> value(c.field(), batchId, period, line))
                .toArray(String[]::new));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** {@code {"batchId", "period", "company", "lineCount", "lines": [{column: value}]}}. */
  public byte[] json(String batchId, String period, List<ExportLine> lines) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonGenerator json = new JsonFactory().createGenerator(bytes, JsonEncoding.UTF8)) {
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeStringField("batchId", batchId);
      json.writeStringField("period", period);
      json.writeStringField("company", company);
      json.writeNumberField("lineCount", lines.size());
      json.writeArrayFieldStart("lines");
      for (ExportLine line : sorted(lines)) {
        json.writeStartObject();
        for (GlMapping.Column column : mapping.exportColumns()) {
          json.writeStringField(column.name(), value(column.field(), batchId, period, line));
        }
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static List<ExportLine> sorted(List<ExportLine> lines) {
    return lines.stream()
        .sorted(Comparator.comparingLong(ExportLine::entryId).thenComparingLong(ExportLine::lineId))
        .toList();
  }

  private String value(GlMapping.Field field, String batchId, String period, ExportLine line) {
    return switch (field) {
      case BATCH_ID -> batchId;
      case COMPANY -> company;
      case PERIOD -> period;
      case ENTRY_ID -> String.valueOf(line.entryId());
      case POSTING_ID -> line.postingId();
      case ENTRY_DATE -> line.entryDate().toString();
      case EVENT_DATE -> line.eventDate().toString();
      case DESCRIPTION -> line.description();
      case SOURCE -> line.source();
      case SOURCE_REF -> line.sourceRef().orElse("");
      case LINE_ID -> String.valueOf(line.lineId());
      case ACCOUNT -> line.account();
      case DEBIT -> line.debit().toPlainString();
      case CREDIT -> line.credit().toPlainString();
      case CURRENCY -> line.currency();
      case MEMO -> line.memo().orElse("");
    };
  }
}
