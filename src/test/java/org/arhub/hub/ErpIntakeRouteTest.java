package org.arhub.hub;

import static org.arhub.testsupport.Eventually.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.arhub.demo.EmbeddedSftpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * ERP files over the SFTP intake route (an in-process SFTP server, the real PostgreSQL): customer
 * master data is upserted, invoices are checked, numbered gap-free and stored for delivery, a bad
 * invoice is refused with its reasons while the rest of its file is taken, and a file nothing can
 * be read from is quarantined. The stored rows of the golden CSV file are compared with {@code
 * invoicing/erp/demo-erp-invoices-csv/invoices.csv.stored-rows.csv}.
 */
@CamelSpringBootTest
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ErpIntakeRouteTest {
  private static final Path GOLDEN = Path.of("src/test/resources/invoicing/erp");
  private static EmbeddedSftpServer erp;

  @Autowired CamelContext camel;
  @Autowired JdbcTemplate jdbc;

  @DynamicPropertySource
  static void hub(DynamicPropertyRegistry registry) throws IOException {
    Path work = Files.createTempDirectory("arhub-erp-intake");
    erp = EmbeddedSftpServer.start(work.resolve("erp"), 0, work.resolve("keys"), "hub");
    Path partners = Files.createDirectories(work.resolve("partners"));
    Files.writeString(
        partners.resolve("test-erp.yaml"),
        """
        id: test-erp
        name: Test ERP
        kind: erp
        sftp:
          host: 127.0.0.1
          port: %d
          user: %s
          privateKeyFile: %s
          hostKey: "%s"
        feeds:
          - name: customers
            directory: customers
            erpLayout: demo-erp-customers-csv
            pollDelay: 200ms
          - name: invoices
            directory: invoices
            include: '.*\\.csv'
            erpLayout: demo-erp-invoices-csv
            pollDelay: 200ms
          - name: invoices-xml
            directory: invoices
            include: '.*\\.xml'
            erpLayout: demo-erp-invoices-xml
            pollDelay: 200ms
        """
            .formatted(erp.port(), erp.username(), erp.clientKeyFile(), erp.hostKeyLine()));
    registry.add(
        "spring.datasource.url",
        () -> org.arhub.testsupport.TestDatabase.freshDatabaseUrl("erp_intake"));
    registry.add("arhub.partners-dir", partners::toString);
    registry.add("arhub.data-dir", () -> work.resolve("data").toString());
    registry.add("arhub.demo.enabled", () -> "false");
  }

  @AfterAll
  static void stop() throws IOException {
    erp.close();
  }

  @Test
  @Order(1)
  void customerMasterDataIsUpsertedAndABadRecordRefused() throws Exception {
    drop("customers", "customers.csv", Files.readAllBytes(GOLDEN.resolve("customers.csv")));
    assertThat(
            jdbc.queryForList(
                "select id || ' ' || array_to_string(invoice_channels, ';') || ' ' || coalesce(peppol_id, '-') from customer order by id",
                String.class))
        .containsExactly(
            "C100 peppol;email 0088:4035811991014",
            "C200 x12-810 -",
            "C300 email -",
            "C301 ubl-sftp -");
    assertThat(
            jdbc.queryForList(
                "select erp_document_id from invoice_rejection where subject = 'CUSTOMER'",
                String.class))
        .containsExactly("C400");
    // the ERP sends the customer again, corrected: an update, not a second customer
    drop(
        "customers",
        "customers-2.csv",
        ("customer_id,name,parent_id,vat_id,tax_id,peppol_id,street,city,zip,country,language,currency,terms,group,channels,emails\n"
                + "C200,Acme Incorporated,,US-TAX,,,1 Main St,Springfield,12345,US,en,USD,NET 30 EOM,,email,ap@acme.example\n")
            .getBytes(StandardCharsets.UTF_8));
    // the route is done when the file is moved; on a loaded machine the NotifyBuilder may count the
    // earlier file's completion, so wait for the row itself
    waitUntil(
        () ->
            "Acme Incorporated"
                .equals(
                    jdbc.queryForObject(
                        "select name from customer where id = 'C200'", String.class)));
    assertThat(
            jdbc.queryForMap(
                "select name, vat_id, array_to_string(invoice_emails, ';') as emails from customer where id = 'C200'"))
        .containsEntry("name", "Acme Incorporated")
        .containsEntry("vat_id", "US-TAX")
        .containsEntry("emails", "ap@acme.example");
  }

  @Test
  @Order(2)
  void goodInvoicesAreStoredNumberedAndBadOnesRefusedWithTheirReasons() throws Exception {
    Path input = GOLDEN.resolve("demo-erp-invoices-csv/invoices.csv");
    drop("invoices", "invoices.csv", Files.readAllBytes(input));

    List<String> expected =
        Files.readAllLines(input.resolveSibling("invoices.csv.stored-rows.csv"));
    List<String> stored =
        jdbc.queryForList(
            """
            select number || ',' || erp_document_id || ',' || document_type || ',' || customer_id || ','
                   || currency || ',' || round(amount, 2) || ',' || due_date || ','
                   || coalesce(trim_scale(discount_rate)::text, '') || ',' || coalesce(discount_until::text, '')
                   || ',' || status || ',' || delivery_state
            from invoice order by id""",
            String.class);
    assertThat(stored).containsExactlyElementsOf(expected.subList(1, expected.size()));
    assertThat(
            jdbc.queryForList(
                "select erp_document_id from invoice_rejection where subject = 'INVOICE' order by id",
                String.class))
        .containsExactly(
            "SO-1003", "SO-1004", "SO-1005", "SO-1006", "SO-1007", "SO-1008", "SO-1009");
    assertThat(
            jdbc.queryForObject(
                "select problems->0->>'problem' from invoice_rejection where erp_document_id = 'SO-1003'",
                String.class))
        .isEqualTo("line net 90.00 != quantity 2 × unit price 50.00 = 100.00");
    assertThat(
            jdbc.queryForObject(
                "select status from inbound_file where original_name = 'invoices.csv'",
                String.class))
        .isEqualTo("PARSED");
    assertThat(
            jdbc.queryForList(
                "select subject from alert where kind = 'INVOICE_REFUSED' and partner_id = 'test-erp'",
                String.class))
        .anyMatch(s -> s.startsWith("7 document(s) of inbound file"));
    assertThat(
            jdbc.queryForObject(
                "select count(*) from invoice_line l join invoice i on i.id = l.invoice_id where i.erp_document_id = 'SO-1001'",
                Integer.class))
        .isEqualTo(2);
  }

  @Test
  @Order(3)
  void anXmlFileIsReadWithItsOwnLayoutAndSeriesRestartPerYear() throws Exception {
    drop(
        "invoices",
        "invoices.xml",
        Files.readAllBytes(GOLDEN.resolve("demo-erp-invoices-xml/invoices.xml")));
    assertThat(
            jdbc.queryForList(
                "select erp_document_id || ' ' || number || ' ' || due_date from invoice where erp_document_id like 'SO-20%' order by id",
                String.class))
        .containsExactly(
            "SO-2001 INV-2026-000004 2026-12-23", "SO-2004 INV-2028-000001 2028-03-01");
  }

  @Test
  @Order(4)
  void aDocumentSentAgainIsKnownAndOneChangedUnderItsIdIsRefused() throws Exception {
    String header =
        "doc_id,doc_type,doc_date,customer_id,currency,terms,po_number,line_no,item_text,qty,uom,unit_price,tax_cat,tax_rate,line_net,total_net,total_tax,total_gross\n";
    String same =
        "SO-1010,INV,2026-11-30,C200,USD,NET 10,,1,Gizmo,4,EA,2.50,E,0,10.00,10.00,0.00,10.00\n";
    String changed =
        "SO-1002,INV,2026-11-23,C200,USD,,PO-88,1,Gadget,1,EA,10.00,E,0,10.00,10.00,0.00,10.00\n";
    int before = jdbc.queryForObject("select count(*) from invoice", Integer.class);
    drop("invoices", "resend.csv", (header + same + changed).getBytes(StandardCharsets.UTF_8));
    assertThat(jdbc.queryForObject("select count(*) from invoice", Integer.class))
        .isEqualTo(before);
    assertThat(
            jdbc.queryForObject(
                "select problems->0->>'problem' from invoice_rejection where erp_document_id = 'SO-1002'",
                String.class))
        .isEqualTo(
            "duplicate document id SO-1002: stored before as INV-2026-000002 with other content");
  }

  @Test
  @Order(5)
  void aFileNothingCanBeReadFromIsQuarantined() throws Exception {
    drop("invoices", "garbage.csv", "this,is\nnot,an,invoice\n".getBytes(StandardCharsets.UTF_8));
    var row =
        jdbc.queryForMap(
            "select status, reason from inbound_file where original_name = 'garbage.csv'");
    assertThat(row.get("status")).isEqualTo("QUARANTINED");
    assertThat((String) row.get("reason"))
        .startsWith("garbage.csv: line 1: missing column(s) doc_id, doc_type");
    assertThat(
            jdbc.queryForList(
                "select subject from alert where kind = 'FILE_QUARANTINED'", String.class))
        .anyMatch(s -> s.contains("garbage.csv"));
  }

  /** Uploads under a temporary name and renames, and waits until the route has taken the file. */
  private void drop(String directory, String name, byte[] content) throws Exception {
    String route = "intake.test-erp." + (name.endsWith(".xml") ? "invoices-xml" : directory);
    NotifyBuilder done = new NotifyBuilder(camel).fromRoute(route).whenDone(1).create();
    Path dir = Files.createDirectories(erp.rootDir().resolve(directory));
    Path temp = erp.rootDir().resolve(name + ".uploading");
    Files.write(temp, content);
    Files.move(temp, dir.resolve(name));
    assertThat(done.matches(30, TimeUnit.SECONDS)).as("route " + route + " took " + name).isTrue();
  }
}
