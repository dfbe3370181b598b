package org.arhub.formats.lockbox;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The record types of a BAI lockbox transmission and the fields the reader understands in each. A
 * layout ({@code mappings/lockbox/*.yaml}) says where a bank writes these fields; the names here
 * are the keys it uses. Required fields must be declared by every layout and filled in every
 * record.
 */
public enum LockboxRecordType {
  IMMEDIATE_ADDRESS_HEADER(
      "immediateAddressHeader",
      "1",
      "LockboxImmediateAddressHeader",
      true,
      text("destination", true),
      text("origin", true),
      new Field("transmissionDate", ValueKind.DATE, true),
      new Field("transmissionTime", ValueKind.TIME, false)),
  SERVICE_RECORD(
      "serviceRecord",
      "2",
      "LockboxServiceRecord",
      false,
      text("ultimateDestination", false),
      text("ultimateOrigin", false)),
  DETAIL_HEADER(
      "detailHeader",
      "5",
      "LockboxDetailHeader",
      true,
      text("batchNumber", true),
      text("lockboxNumber", true),
      new Field("depositDate", ValueKind.DATE, true),
      text("origin", false),
      text("depositAccount", false)),
  DETAIL(
      "detail",
      "6",
      "LockboxDetail",
      true,
      text("batchNumber", true),
      text("itemNumber", true),
      amount("amount", true),
      text("routingNumber", false),
      text("accountNumber", false),
      text("checkNumber", false),
      text("remitterName", false),
      text("lockboxNumber", false),
      new Field("depositDate", ValueKind.DATE, false)),
  OVERFLOW(
      "overflow",
      "4",
      "LockboxOverflow",
      false,
      text("batchNumber", false),
      text("itemNumber", false),
      text("overflowRecordType", false),
      count("sequenceNumber", false),
      text("lastOverflow", false),
      text("invoiceNumber", false),
      amount("invoiceAmount", false)),
  BATCH_TOTAL(
      "batchTotal",
      "7",
      "LockboxBatchTotal",
      true,
      text("batchNumber", true),
      text("lockboxNumber", false),
      new Field("depositDate", ValueKind.DATE, false),
      count("checkCount", false),
      amount("amount", true)),
  SERVICE_TOTAL(
      "serviceTotal",
      "8",
      "LockboxServiceTotal",
      true,
      count("batchCount", false),
      text("lockboxNumber", false),
      new Field("depositDate", ValueKind.DATE, false),
      count("checkCount", false),
      amount("amount", true)),
  DESTINATION_TRAILER(
      "destinationTrailer", "9", "LockboxDestinationTrailer", true, count("recordCount", true));

  /** How a field's text is read. */
  public enum ValueKind {
    /** Trimmed text; blank means absent. */
    TEXT,
    /** A whole number of records, checks or batches. */
    COUNT,
    /** Money: digits with implied decimals, or with a decimal point, as the layout says. */
    AMOUNT,
    /** A date in the layout's date format. */
    DATE,
    /** A time of day in the layout's time format. */
    TIME
  }

  /**
   * One field the reader understands: its key in a layout, how it is read, and whether it must be
   * there.
   */
  public record Field(String name, ValueKind kind, boolean required) {}

  private final String key;
  private final String standardCode;
  private final String recordName;
  private final boolean required;
  private final Map<String, Field> fields = new LinkedHashMap<>();

  LockboxRecordType(
      String key, String standardCode, String recordName, boolean required, Field... fields) {
    this.key = key;
    this.standardCode = standardCode;
    this.recordName = recordName;
    this.required = required;
    for (Field field : fields) {
      this.fields.put(field.name(), field);
    }
  }

  /** The record's key under {@code records:} in a layout, e.g. {@code detail}. */
  public String key() {
    return key;
  }

  /** The record type code the BAI standard gives it ("6" for a detail). */
  public String standardCode() {
    return standardCode;
  }

  /** The record's name after the spec, used in error messages ("LockboxDetail"). */
  public String recordName() {
    return recordName;
  }

  /**
   * Whether every layout must declare this record type (service and overflow records are optional).
   */
  public boolean required() {
    return required;
  }

  public Map<String, Field> fields() {
    return fields;
  }

  public static Optional<LockboxRecordType> byKey(String key) {
    return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
  }

  private static Field text(String name, boolean required) {
    return new Field(name, ValueKind.TEXT, required);
  }

  private static Field amount(String name, boolean required) {
    return new Field(name, ValueKind.AMOUNT, required);
  }

  private static Field count(String name, boolean required) {
    return new Field(name, ValueKind.COUNT, required);
  }
}
