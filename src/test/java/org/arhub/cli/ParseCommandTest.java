package org.arhub.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCommandTest {
  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Commands.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aFileNoReaderRecognisesExitsOneWithOneLineNamingFileAndPosition() throws Exception {
    Path file = Files.writeString(dir.resolve("notes.txt"), "hello, I am not a bank file\n");
    assertThat(run("parse", file.toString())).isEqualTo(1);
    assertThat(err().lines())
        .singleElement()
        .asString()
        .startsWith(file + ": start of file: not a recognised bank or remittance file");
    assertThat(out.size()).isZero();
  }

  @Test
  void anEmptyFileIsInvalid() throws Exception {
    Path file = Files.createFile(dir.resolve("empty.bai"));
    assertThat(run("parse", file.toString())).isEqualTo(1);
    assertThat(err()).startsWith(file + ": start of file:");
  }

  @Test
  void aFormatThatContradictsTheContentIsRefused() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("x.xml"),
            "<Document xmlns='urn:iso:std:iso:20022:tech:xsd:camt.053.001.08'/>");
    assertThat(run("parse", "--format", "bai2", file.toString())).isEqualTo(1);
    assertThat(err().trim()).isEqualTo(file + ": declared as bai2 but the content is camt.053");
  }

  @Test
  void usageErrorsExitTwo() {
    assertThat(run("parse")).isEqualTo(2);
    assertThat(run("parse", "--format", "mt940", "x")).isEqualTo(2);
    assertThat(err()).contains("unknown format 'mt940'");
    assertThat(run("parse", dir.resolve("missing.bai").toString())).isEqualTo(2);
    assertThat(run("frobnicate")).isEqualTo(2);
    assertThat(err()).contains("unknown command 'frobnicate'");
  }

  @Test
  void renderWritesAValid810ThatReadsBackAsTheInvoice() throws Exception {
    Path json = dir.resolve("invoice.json");
    try (var in = getClass().getResourceAsStream("/formats/x12/invoices/standard.json")) {
      Files.copy(in, json);
    }
    Path edi = dir.resolve("invoice.810");
    assertThat(
            run(
                "render",
                "--format",
                "x12-810",
                "--in",
                json.toString(),
                "--out",
                edi.toString(),
                "--control",
                "42"))
        .as(err())
        .isZero();
    assertThat(Files.readString(edi))
        .startsWith("ISA*00*          *00*          *ZZ*ARHUB          *")
        .contains("*000000042*");
    var back =
        new org.arhub.formats.x12.X12InvoiceReader().read("invoice.810", Files.newInputStream(edi));
    assertThat(back)
        .singleElement()
        .satisfies(
            i ->
                assertThat(i.number())
                    .isEqualTo(
                        org.arhub.model.InvoiceJson.read(Files.newInputStream(json)).number()));
    assertThat(run("render", "--format", "odt", "--in", json.toString(), "--out", edi.toString()))
        .isEqualTo(2);
  }

  @Test
  void springOptionsStartTheHubRatherThanACommand() {
    assertThat(Commands.isCommand(new String[] {"--server.port=9090"})).isFalse();
    assertThat(Commands.isCommand(new String[] {})).isFalse();
    assertThat(Commands.isCommand(new String[] {"parse", "f"})).isTrue();
  }
}
