package org.arhub.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.arhub.formats.FileFormat;
import org.arhub.partner.Partner.UploadCompletion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartnerFileReaderTest {
  private static final String HOST_KEY =
      "ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTY=";
  @TempDir Path dir;

  private static String bank(String sftpOverrides, String feedOverrides) {
    return """
        id: first-bank
        name: First Bank
        kind: bank
        sftp:
          host: sftp.firstbank.example
          user: arhub
          passwordEnv: FIRST_BANK_SFTP_PASSWORD
          hostKey: "%s"
        %s
        feeds:
          - name: bai2
            directory: outbound/bai2
            include: '.*\\.bai'
            format: bai2
            pollDelay: 30s
        %s
        """
        .formatted(HOST_KEY, indent(sftpOverrides, "  "), indent(feedOverrides, "    "));
  }

  private static String indent(String text, String prefix) {
    return text.isEmpty()
        ? ""
        : text.lines().map(l -> prefix + l).reduce((a, b) -> a + "\n" + b).orElse("");
  }

  private PartnerCatalog load(String yaml) throws IOException {
    Files.writeString(dir.resolve("partner.yaml"), yaml);
    return PartnerCatalog.load(dir, UnaryOperator.identity());
  }

  private PartnerConfigException failure(String yaml) {
    Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> load(yaml));
    assertThat(t).isInstanceOf(PartnerConfigException.class);
    return (PartnerConfigException) t;
  }

  @Test
  void readsAValidBankFile() throws IOException {
    Partner p = load(bank("", "")).byId("first-bank").orElseThrow();
    assertThat(p.kind()).isEqualTo(PartnerKind.BANK);
    assertThat(p.sftp().orElseThrow().port()).isEqualTo(22);
    assertThat(p.sftp().orElseThrow().credential().passwordEnv())
        .contains("FIRST_BANK_SFTP_PASSWORD");
    assertThat(p.sftp().orElseThrow().hostKey()).isEqualTo(HOST_KEY);
    assertThat(p.feeds())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.format()).contains(FileFormat.BAI2);
              assertThat(f.pollDelayMillis()).isEqualTo(30_000);
              assertThat(f.doneDirectory()).isEqualTo(".done");
              assertThat(f.uploadCompletion()).isEqualTo(UploadCompletion.CHANGED);
            });
  }

  @Test
  void missingHostIsNamedWithFileAndField() {
    String yaml = bank("", "").replace("  host: sftp.firstbank.example\n", "");
    PartnerConfigException e = failure(yaml);
    assertThat(e.errors())
        .singleElement()
        .satisfies(
            err -> {
              assertThat(err.file()).isEqualTo(dir.resolve("partner.yaml"));
              assertThat(err.field()).isEqualTo("sftp.host");
              assertThat(err.problem()).isEqualTo("is required");
            });
    assertThat(e.getMessage()).contains("partner.yaml: sftp.host: is required");
  }

  @Test
  void badPortIsNamed() {
    PartnerConfigException e = failure(bank("port: 70000", ""));
    assertThat(e.errors())
        .extracting(PartnerConfigError::field, PartnerConfigError::problem)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("sftp.port", "'70000' is out of range (1-65535)"));
    assertThat(failure(bank("port: twenty-two", "")).errors())
        .extracting(PartnerConfigError::problem)
        .containsExactly("'twenty-two' is not a whole number");
  }

  @Test
  void unknownFormatIsNamedWithTheKnownOnes() {
    PartnerConfigException e = failure(bank("", "").replace("format: bai2", "format: mt940"));
    assertThat(e.errors())
        .singleElement()
        .satisfies(
            err -> {
              assertThat(err.field()).isEqualTo("feeds[0].format");
              assertThat(err.problem())
                  .startsWith("'mt940' is not a known format (bai2, lockbox, camt.052");
            });
  }

  @Test
  void everyProblemOfAFileIsReportedAtOnce() {
    String yaml =
        bank("port: 0\npassword: hunter2", "")
            .replace("format: bai2", "format: nope")
            .replace("kind: bank", "kind: bnak");
    assertThat(failure(yaml).errors())
        .extracting(PartnerConfigError::field)
        .containsExactlyInAnyOrder("kind", "sftp.port", "sftp.password", "feeds[0].format");
  }

  @Test
  void literalPasswordsAreRefused() {
    String yaml =
        bank("password: hunter2", "").replace("  passwordEnv: FIRST_BANK_SFTP_PASSWORD\n", "");
    assertThat(failure(yaml).errors())
        .extracting(PartnerConfigError::field)
        .contains("sftp.password");
  }

  @Test
  void hostKeyMustBePinned() {
    String yaml = bank("", "").replace("  hostKey: \"" + HOST_KEY + "\"\n", "");
    assertThat(failure(yaml).errors())
        .extracting(PartnerConfigError::field)
        .containsExactly("sftp.hostKey");
    assertThat(failure(bank("", "").replace(HOST_KEY, "not-a-key")).errors())
        .extracting(PartnerConfigError::problem)
        .singleElement()
        .asString()
        .startsWith("is not an OpenSSH public key line");
  }

  @Test
  void typosInFieldNamesAreRefused() {
    assertThat(failure(bank("hots: x", "")).errors())
        .extracting(PartnerConfigError::field)
        .containsExactly("sftp.hots");
  }

  @Test
  void aLockboxLayoutMustExistInMappings() throws IOException {
    assertThat(
            load(bank("", "lockboxLayout: opentaps"))
                .partners()
                .get(0)
                .feeds()
                .get(0)
                .lockboxLayout())
        .contains("opentaps");
    assertThat(failure(bank("", "lockboxLayout: no-such-bank")).errors())
        .singleElement()
        .satisfies(
            err -> {
              assertThat(err.field()).isEqualTo("feeds[0].lockboxLayout");
              assertThat(err.problem())
                  .startsWith("'no-such-bank' is not a usable layout in mappings/lockbox/");
            });
  }

  @Test
  void feedDirectoryMayNotClimbOut() {
    assertThat(failure(bank("", "").replace("outbound/bai2", "../etc")).errors())
        .extracting(PartnerConfigError::field)
        .containsExactly("feeds[0].directory");
  }

  @Test
  void brokenYamlIsReportedWithItsPosition() {
    PartnerConfigException e = failure("id: x\n  name: : [\n");
    assertThat(e.errors())
        .singleElement()
        .satisfies(
            err -> {
              assertThat(err.field()).isEqualTo("(file)");
              assertThat(err.problem()).startsWith("is not valid YAML").contains("line");
            });
  }

  @Test
  void duplicateIdsAcrossFilesAreRefused() throws IOException {
    Files.writeString(dir.resolve("a.yaml"), bank("", ""));
    Files.writeString(dir.resolve("b.yaml"), bank("", ""));
    assertThatThrownBy(() -> PartnerCatalog.load(dir, UnaryOperator.identity()))
        .isInstanceOf(PartnerConfigException.class)
        .hasMessageContaining("b.yaml: id: 'first-bank' is already used by");
  }

  @Test
  void placeholdersAreResolvedAndUnresolvableOnesNamed() throws IOException {
    Map<String, String> values = Map.of("${bank.port}", "2222");
    UnaryOperator<String> resolver =
        text -> {
          if (text.startsWith("${")) {
            String v = values.get(text);
            if (v == null) {
              throw new IllegalArgumentException("Could not resolve placeholder " + text);
            }
            return v;
          }
          return text;
        };
    Files.writeString(dir.resolve("p.yaml"), bank("port: ${bank.port}", ""));
    assertThat(PartnerCatalog.load(dir, resolver).partners().get(0).sftp().orElseThrow().port())
        .isEqualTo(2222);
    Files.writeString(dir.resolve("p.yaml"), bank("port: ${missing}", ""));
    assertThatThrownBy(() -> PartnerCatalog.load(dir, resolver))
        .hasMessageContaining("sftp.port: cannot resolve '${missing}'");
  }

  @Test
  void aCustomerNeedsNoSftp() throws IOException {
    Partner p =
        load("""
        id: acme
        name: ACME
        kind: customer
        email:
          invoices: [ap@acme.example]
        edi:
          isaQualifier: ZZ
          isaId: ACMEIND
        """)
            .partners()
            .get(0);
    assertThat(p.sftp()).isEmpty();
    assertThat(p.edi().orElseThrow().gsId()).isEqualTo("ACMEIND");
    assertThat(p.contacts().invoiceEmails()).containsExactly("ap@acme.example");
  }
}
