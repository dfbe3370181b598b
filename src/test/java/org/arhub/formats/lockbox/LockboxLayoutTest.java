package org.arhub.formats.lockbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Layouts are checked when loaded: each test breaks the shipped standard layout in one place and
 * expects the problem named by the file and the field's path in the YAML.
 */
class LockboxLayoutTest {
  private static final String SOURCE = "mappings/lockbox/test-bank.yaml";

  @ParameterizedTest
  @ValueSource(strings = {"bai-standard", "opentaps", "demo-bank-csv"})
  void shippedLayoutsLoad(String name) {
    LockboxLayout layout = LockboxLayout.named(name);

    assertThat(layout.name()).isEqualTo(name);
    assertThat(layout.isStandard()).isEqualTo(name.equals(LockboxLayout.STANDARD));
    for (LockboxRecordType type : LockboxRecordType.values()) {
      assertThat(layout.record(type)).as(type.key()).isPresent();
    }
  }

  @Test
  void standardIsTheBaiStandardLayout() {
    assertThat(LockboxLayout.standard().name()).isEqualTo("bai-standard");
    assertThat(LockboxReader.standard().layout()).isSameAs(LockboxLayout.standard());
  }

  @Test
  void missingField() {
    assertThat(problems(standard().replace("      amount:        { start: 8,  length: 10 }\n", "")))
        .containsExactly("records.detail.fields.amount: is required (LockboxDetail amount)");
  }

  @Test
  void overlappingColumns() {
    assertThat(
            problems(
                standard().replace("checkNumber:   { start: 37,", "checkNumber:   { start: 30,")))
        .containsExactly(
            "records.detail.fields.checkNumber: columns 30-39 overlap accountNumber (columns 27-36)");
  }

  @Test
  void fieldOverTheRecordTypeColumn() {
    assertThat(
            problems(
                standard()
                    .replace(
                        "      recordCount: { start: 2, length: 6 }",
                        "      recordCount: { start: 1, length: 6 }")))
        .containsExactly(
            "records.destinationTrailer.fields.recordCount: columns 1-6 overlap the record type (columns 1-1)");
  }

  @Test
  void fieldPastTheRecordEnd() {
    assertThat(
            problems(
                standard()
                    .replace(
                        "remitterName:  { start: 47, length: 30 }",
                        "remitterName:  { start: 47, length: 40 }")))
        .containsExactly(
            "records.detail.fields.remitterName: columns 47-86 run past the record length 80");
  }

  @Test
  void unknownRecordType() {
    assertThat(
            problems(
                standard().replace("records:\n", "records:\n  lockboxHeader:\n    code: \"3\"\n")))
        .containsExactly(
            "records.lockboxHeader: unknown record type 'lockboxHeader' (known: immediateAddressHeader, serviceRecord,"
                + " detailHeader, detail, overflow, batchTotal, serviceTotal, destinationTrailer)");
  }

  @Test
  void unknownField() {
    assertThat(
            problems(
                standard()
                    .replace(
                        "      remitterName:",
                        "      checkDate:     { start: 77, length: 4 }\n      remitterName:")))
        .containsExactly(
            "records.detail.fields.checkDate: unknown field 'checkDate' for detail (known: batchNumber, itemNumber, amount,"
                + " routingNumber, accountNumber, checkNumber, remitterName, lockboxNumber, depositDate)");
  }

  @Test
  void missingRecordType() {
    String yaml = standard();
    String batchTotal =
        yaml.substring(yaml.indexOf("  batchTotal:"), yaml.indexOf("  serviceTotal:"));
    assertThat(problems(yaml.replace(batchTotal, "")))
        .containsExactly("records.batchTotal: is required (record type 7, LockboxBatchTotal)");
  }

  @Test
  void codeUsedTwice() {
    assertThat(problems(standard().replace("    code: \"4\"", "    code: \"6\"")))
        .containsExactly("records.overflow.code: '6' is also the code of detail");
  }

  @Test
  void settingsWithBadValues() {
    assertThat(problems(standard().replace("currency: USD", "currency: XYZ")))
        .containsExactly("currency: 'XYZ' is not an ISO 4217 currency code");
    assertThat(problems(standard().replace("amountDecimals: 2", "amountDecimals: 3")))
        .containsExactly("amountDecimals: 3 is out of range (0-2)");
    assertThat(problems(standard().replace("dateFormat: yyMMdd", "dateFormat: HHmm")))
        .singleElement()
        .asString()
        .startsWith("dateFormat: 'HHmm' is not a pattern for a date");
    assertThat(problems(standard().replace("syntax: fixed", "syntax: xml")))
        .containsExactly("syntax: 'xml' is not fixed or csv");
    assertThat(problems(standard().replace("recordLength: 80", "recordLenght: 80")))
        .contains(
            "recordLenght: unknown setting (known: amountDecimals, currency, dateFormat, delimiter, description, maxRecordLength,"
                + " recordLength, recordType, records, syntax, timeFormat)",
            "recordLength: is required for a fixed layout");
  }

  @Test
  void stripLeadingZerosOnlyForText() {
    assertThat(
            problems(
                standard()
                    .replace(
                        "amount:        { start: 8,  length: 10 }",
                        "amount:        { start: 8,  length: 10, stripLeadingZeros: true }")))
        .containsExactly(
            "records.detail.fields.amount.stripLeadingZeros: only applies to text fields; amount is read as a number");
  }

  @Test
  void csvColumnsMustDiffer() {
    String csv = read("mappings/lockbox/demo-bank-csv.yaml");
    assertThat(
            problems(csv.replace("checkNumber:   { column: 7 }", "checkNumber:   { column: 6 }")))
        .containsExactly(
            "records.detail.fields.checkNumber: column 6 overlap accountNumber (column 6)");
    assertThat(
            problems(
                csv.replace(
                    "checkNumber:   { column: 7 }", "checkNumber:   { start: 7, length: 3 }")))
        .containsExactly(
            "records.detail.fields.checkNumber: a csv layout places fields by column, not start/length",
            "records.detail.fields.checkNumber.column: is required");
  }

  @Test
  void everyProblemIsListedAtOnce() {
    String broken =
        standard()
            .replace("currency: USD", "currency: XYZ")
            .replace("      amount:        { start: 8,  length: 10 }\n", "")
            .replace("    code: \"4\"", "    code: \"6\"");

    assertThat(problems(broken))
        .containsExactly(
            "currency: 'XYZ' is not an ISO 4217 currency code",
            "records.detail.fields.amount: is required (LockboxDetail amount)",
            "records.overflow.code: '6' is also the code of detail");
  }

  @Test
  void notALayoutAtAll() {
    assertThat(problems("- just\n- a list\n"))
        .containsExactly("(file): must be a YAML mapping of settings");
    assertThat(problems("syntax: fixed\nsyntax: csv\n"))
        .singleElement()
        .asString()
        .startsWith("(file): not valid YAML:");
  }

  @Test
  void unknownLayoutName() {
    assertThatThrownBy(() -> LockboxLayout.named("no-such-bank"))
        .isInstanceOf(InvalidLockboxLayoutException.class)
        .hasMessage("mappings/lockbox/no-such-bank.yaml: no such layout on the classpath");
    assertThatThrownBy(() -> LockboxLayout.named("../../etc/passwd"))
        .hasMessage(
            "mappings/lockbox/../../etc/passwd.yaml: layout name must be lower-case letters, digits and dashes");
  }

  private static List<String> problems(String yaml) {
    InvalidLockboxLayoutException e =
        catchThrowableOfType(
            InvalidLockboxLayoutException.class,
            () ->
                LockboxLayout.parse(
                    "test-bank",
                    SOURCE,
                    new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))));
    assertThat(e).as("layout accepted").isNotNull();
    assertThat(e.source()).isEqualTo(SOURCE);
    assertThat(e.getMessage()).startsWith(SOURCE + ": ").contains(e.problems().get(0));
    return e.problems();
  }

  private static String standard() {
    return read("mappings/lockbox/bai-standard.yaml");
  }

  private static String read(String resource) {
    try (InputStream in = LockboxLayoutTest.class.getClassLoader().getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
