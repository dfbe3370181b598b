package org.arhub.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.arhub.delivery.DeliveryPlan.Delivery;
import org.arhub.delivery.DeliveryPlan.Gap;
import org.arhub.delivery.DeliveryPlan.Plan;
import org.junit.jupiter.api.Test;

class DeliveryPlanTest {
  private static final List<String> MAIL = List.of("facturx");

  @Test
  void everyListedChannelGetsTheInvoiceAndBothSftpFormatsShareOneDrop() {
    Plan plan =
        DeliveryPlan.of(
            "acme",
            List.of("x12-810", "email", "ubl-sftp", "peppol"),
            List.of("ap@acme.example", "cfo@acme.example"),
            Optional.of("0088:4035811991014"),
            Optional.of("acme"),
            MAIL);
    assertThat(plan.deliveries())
        .containsExactly(
            new Delivery("EMAIL", "ap@acme.example, cfo@acme.example", MAIL),
            new Delivery("PEPPOL_FOLDER", "0088:4035811991014", List.of("ubl")),
            new Delivery("SFTP", "acme", List.of("x12-810", "ubl")));
    assertThat(plan.gaps()).isEmpty();
  }

  @Test
  void aChannelThatCannotBeServedIsAGapNamingWhatIsMissing() {
    Plan plan =
        DeliveryPlan.of(
            "acme",
            List.of("ubl-sftp", "email", "peppol", "fax"),
            List.of(),
            Optional.empty(),
            Optional.empty(),
            MAIL);
    assertThat(plan.deliveries()).isEmpty();
    assertThat(plan.gaps())
        .containsExactly(
            new Gap("EMAIL", "customer acme has no invoice email address"),
            new Gap("PEPPOL_FOLDER", "customer acme has no Peppol participant id"),
            new Gap("FAX", "customer acme: unknown invoice channel 'fax'"),
            new Gap(
                "SFTP",
                "customer acme wants ubl by SFTP, but partners/ has no partner acme with"
                    + " sftp.outboundDirectory"));
  }

  @Test
  void noChannelsMeansAnEmptyPlan() {
    assertThat(
            DeliveryPlan.of("acme", List.of(), List.of(), Optional.empty(), Optional.empty(), MAIL)
                .empty())
        .isTrue();
  }
}
