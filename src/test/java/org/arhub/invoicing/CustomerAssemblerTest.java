package org.arhub.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CustomerAssemblerTest {
  @Test
  void goodCustomersCarryTheirChannelsAndABadOneEveryProblem() throws Exception {
    Map<String, CustomerMaster> customers = ErpGolden.customers();
    assertThat(customers).containsOnlyKeys("C100", "C200", "C300", "C301");
    CustomerMaster muster = customers.get("C100");
    assertThat(muster.channels()).containsExactly("peppol", "email");
    assertThat(muster.emails()).containsExactly("ap@muster.example");
    assertThat(muster.peppolId()).hasValue("0088:4035811991014");
    assertThat(muster.language()).hasValue("de");
    assertThat(customers.get("C301").parentId()).hasValue("C300");
  }

  @Test
  void theBrokenRowIsRefusedWithEveryReason() throws Exception {
    ErpLayout layout = ErpLayout.named("demo-erp-customers-csv");
    try (var in = java.nio.file.Files.newInputStream(ErpGolden.ROOT.resolve("customers.csv"));
        var reader = ErpDocumentReader.open(layout, in, "customers.csv")) {
      CustomerAssembler assembler = new CustomerAssembler(layout);
      CustomerAssembler.Result last = null;
      java.util.Optional<ErpDocument> next;
      while ((next = reader.next()).isPresent()) {
        last = assembler.assemble(next.get());
      }
      assertThat(last).isInstanceOf(CustomerAssembler.Refused.class);
      assertThat(((CustomerAssembler.Refused) last).problems())
          .extracting(InvoiceProblem::toString)
          .containsExactly(
              "customers.csv line 6 column country: 'GERMANY' is not an ISO 3166 country code (DE, US)",
              "customers.csv line 6 column peppol_id: '0088' is not scheme:id, e.g. 0088:4035811991014",
              "customers.csv line 6 column channels: 'fax' is not a channel ([email, x12-810, ubl-sftp, peppol])",
              "customers.csv line 6 column emails: 'not-an-address' is not an email address");
    }
  }
}
