package org.arhub.invoicing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.arhub.formats.InvalidFileException;
import org.arhub.model.InvoiceJson;

/**
 * Test support: reads ERP files with a layout and describes every document's fate as JSON (the
 * checked canonical invoice with its computed dates, or the problems that refuse it), the shape of
 * the {@code *.expected.json} golden files beside the inputs in {@code invoicing/erp/}.
 */
final class ErpGolden {
  static final Path ROOT = Path.of("src/test/resources/invoicing/erp");
  private static final ObjectMapper JSON = new ObjectMapper();

  private ErpGolden() {}

  /** The golden folder's customers, read with the demo ERP's customer layout. */
  static Map<String, CustomerMaster> customers() throws Exception {
    Map<String, CustomerMaster> out = new LinkedHashMap<>();
    ErpLayout layout = ErpLayout.named("demo-erp-customers-csv");
    CustomerAssembler assembler = new CustomerAssembler(layout);
    try (InputStream in = Files.newInputStream(ROOT.resolve("customers.csv"));
        ErpDocumentReader reader = ErpDocumentReader.open(layout, in, "customers.csv")) {
      Optional<ErpDocument> next;
      while ((next = reader.next()).isPresent()) {
        if (assembler.assemble(next.get()) instanceof CustomerAssembler.Accepted a) {
          out.put(a.customer().id(), a.customer());
        }
      }
    }
    return out;
  }

  static String describe(Path file, ErpLayout layout, Map<String, CustomerMaster> customers)
      throws IOException, InvalidFileException {
    CustomerDirectory directory = id -> Optional.ofNullable(customers.get(id));
    InvoiceAssembler assembler = new InvoiceAssembler(layout, directory);
    InvoiceCheck check = new InvoiceCheck(directory);
    ArrayNode documents = JSON.createArrayNode();
    try (InputStream in = Files.newInputStream(file);
        ErpDocumentReader reader =
            ErpDocumentReader.open(layout, in, file.getFileName().toString())) {
      Optional<ErpDocument> next;
      while ((next = reader.next()).isPresent()) {
        ObjectNode d = documents.addObject();
        d.put("where", next.get().where());
        InvoiceAssembler.Result assembled = assembler.assemble(next.get());
        if (assembled instanceof InvoiceAssembler.Refused r) {
          d.put("documentId", r.documentId().orElse(null));
          problems(d, r.problems());
          continue;
        }
        IncomingInvoice incoming = ((InvoiceAssembler.Assembled) assembled).invoice();
        d.put("documentId", incoming.documentId());
        InvoiceCheck.Result result = check.check(incoming);
        if (result instanceof InvoiceCheck.Failed f) {
          problems(d, f.problems());
          continue;
        }
        CheckedInvoice c = ((InvoiceCheck.Passed) result).invoice();
        d.put("creditNote", c.creditNote());
        d.put("dueDate", c.dueDate().toString());
        d.put("discountRate", c.discountRate().map(r -> r.toPlainString()).orElse(null));
        d.put("discountUntil", c.discountUntil().map(Object::toString).orElse(null));
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        InvoiceJson.write(c.invoice(), json);
        d.set("invoice", JSON.readTree(json.toByteArray()));
      }
    }
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(documents) + "\n";
  }

  private static void problems(ObjectNode d, java.util.List<InvoiceProblem> problems) {
    ArrayNode list = d.putArray("problems");
    problems.forEach(p -> list.add(p.toString()));
  }
}
