package org.arhub.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An ERP partner's feed names its layout in mappings/erp/ instead of a bank format. */
class ErpFeedTest {
  @TempDir Path dir;

  private static String erp(String layout) {
    return """
        id: the-erp
        name: The ERP
        kind: erp
        sftp:
          host: erp.example
          user: arhub
          passwordEnv: ERP_SFTP_PASSWORD
          hostKey: "ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTY="
        feeds:
          - name: invoices
            directory: out/invoices
            erpLayout: %s
        """
        .formatted(layout);
  }

  @Test
  void aFeedWithAnErpLayoutNeedsNoFormat() throws IOException {
    Files.writeString(dir.resolve("erp.yaml"), erp("demo-erp-invoices-csv"));
    Partner partner = PartnerCatalog.load(dir, UnaryOperator.identity()).partners().get(0);
    assertThat(partner.kind()).isEqualTo(PartnerKind.ERP);
    assertThat(partner.feeds().get(0).erpLayout()).hasValue("demo-erp-invoices-csv");
    assertThat(partner.feeds().get(0).format()).isEmpty();
  }

  @Test
  void anUnknownLayoutStopsTheStartWithItsName() throws IOException {
    Files.writeString(dir.resolve("erp.yaml"), erp("no-such-layout"));
    Throwable t = catchThrowable(() -> PartnerCatalog.load(dir, UnaryOperator.identity()));
    assertThat(t)
        .isInstanceOf(PartnerConfigException.class)
        .hasMessageContaining(
            "feeds[0].erpLayout: 'no-such-layout' is not a usable layout in mappings/erp/: no layout mappings/erp/no-such-layout.yaml on the classpath");
  }
}
