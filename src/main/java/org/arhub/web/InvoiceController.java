package org.arhub.web;

import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.Principal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.arhub.hub.InvoiceIntake;
import org.arhub.invoicing.CustomerAssembler;
import org.arhub.invoicing.ErpDocument;
import org.arhub.invoicing.ErpLayout;
import org.arhub.invoicing.IncomingInvoice;
import org.arhub.invoicing.InvoiceProblem;
import org.arhub.model.Invoice;
import org.arhub.model.InvoiceJson;
import org.arhub.store.CustomerMasterStore;
import org.arhub.store.InvoiceStore;
import org.arhub.store.InvoiceStore.Rejection;
import org.arhub.store.InvoiceStore.Source;
import org.arhub.store.InvoiceStore.StoredInvoice;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The ERP's API: invoices as canonical JSON plus the ERP's {@code documentId}, idempotent by that
 * id (same content again: 200 with what was stored; other content: 409 naming the id); customer
 * master data by customer id; and for operations, the invoices refused on the way in.
 */
@RestController
@RequestMapping("/api/v1")
public class InvoiceController {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final InvoiceIntake intake;
  private final InvoiceStore invoices;
  private final CustomerMasterStore customers;

  public InvoiceController(
      InvoiceIntake intake, InvoiceStore invoices, CustomerMasterStore customers) {
    this.intake = intake;
    this.invoices = invoices;
    this.customers = customers;
  }

  /** A stored invoice: the hub's number and its canonical JSON. */
  public record InvoiceView(
      String number,
      String documentId,
      String status,
      String deliveryState,
      @JsonRawValue String invoice) {
    static InvoiceView of(StoredInvoice s) {
      return new InvoiceView(
          s.number(), s.documentId(), s.status(), s.deliveryState(), s.canonicalJson());
    }
  }

  public record Problem(String error, List<InvoiceProblem> problems) {}

  /**
   * Takes one invoice. The body is the canonical invoice JSON of DESIGN.md with {@code documentId}
   * added; its {@code number}, if any, is ignored: the hub numbers the invoice.
   */
  @PostMapping("/invoices")
  public ResponseEntity<?> post(@RequestBody JsonNode body, Principal user) throws IOException {
    if (body == null || !body.isObject()) {
      throw new IllegalArgumentException("$: expected the canonical invoice JSON object");
    }
    JsonNode id = body.get("documentId");
    if (id == null || !id.isValueNode() || id.asText().isBlank()) {
      throw new IllegalArgumentException("$.documentId: required (the ERP's id of the document)");
    }
    String documentId = id.asText().strip();
    ObjectNode canonical = ((ObjectNode) body).deepCopy();
    canonical.remove("documentId");
    canonical.put("number", "(assigned by the hub)");
    Invoice invoice = InvoiceJson.read(new ByteArrayInputStream(JSON.writeValueAsBytes(canonical)));
    Source source = Source.api(user.getName());
    InvoiceIntake.Outcome outcome =
        intake.accept(IncomingInvoice.fromJson(documentId, invoice), source);
    if (outcome instanceof InvoiceIntake.Stored s) {
      return ResponseEntity.status(HttpStatus.CREATED).body(InvoiceView.of(s.invoice()));
    }
    if (outcome instanceof InvoiceIntake.AlreadyStored a) {
      return ResponseEntity.ok(InvoiceView.of(a.invoice()));
    }
    if (outcome instanceof InvoiceIntake.Conflict c) {
      return ResponseEntity.status(HttpStatus.CONFLICT)
          .body(
              new Problem(
                  "documentId "
                      + c.documentId()
                      + " was stored before as "
                      + c.stored().number()
                      + " with other content; send a correction as a new document (e.g. a credit note)",
                  List.of()));
    }
    InvoiceIntake.Refused r = (InvoiceIntake.Refused) outcome;
    invoices.reject("INVOICE", Optional.of(documentId), "$", r.problems(), source);
    return ResponseEntity.unprocessableEntity()
        .body(new Problem("invoice " + documentId + " refused", r.problems()));
  }

  @GetMapping("/invoices/{number}")
  public ResponseEntity<InvoiceView> invoice(@PathVariable String number) {
    return invoices
        .byNumber(number)
        .map(s -> ResponseEntity.ok(InvoiceView.of(s)))
        .orElse(ResponseEntity.notFound().build());
  }

  public record RejectionView(
      long id,
      String subject,
      Long inboundFileId,
      String partnerId,
      String documentId,
      String position,
      @JsonRawValue String problems,
      Instant rejectedAt) {
    static RejectionView of(Rejection r) {
      return new RejectionView(
          r.id(),
          r.subject(),
          r.inboundFileId(),
          r.partnerId(),
          r.documentId(),
          r.position(),
          r.problemsJson(),
          r.rejectedAt());
    }
  }

  /** Invoices and customer records refused on the way in, newest first. */
  @GetMapping("/invoices/rejected")
  public List<RejectionView> rejected(@RequestParam(defaultValue = "100") int limit) {
    return invoices.rejected(Math.min(limit, 1000)).stream().map(RejectionView::of).toList();
  }

  /**
   * Creates or replaces a customer's master data: {@code name}, {@code vatId}, {@code taxId},
   * {@code peppolId}, {@code street}, {@code city}, {@code postalCode}, {@code country}, {@code
   * language}, {@code currency}, {@code terms}, {@code group}, {@code parentId}, {@code channels}
   * and {@code emails} (arrays).
   */
  @PutMapping("/customers/{id}")
  public ResponseEntity<?> customer(
      @PathVariable String id, @RequestBody JsonNode body, Principal user) {
    if (body == null || !body.isObject()) {
      throw new IllegalArgumentException("$: expected a JSON object with the customer");
    }
    Map<String, ErpDocument.Value> values = new LinkedHashMap<>();
    values.put("id", new ErpDocument.Value(id, "path id"));
    body.fields()
        .forEachRemaining(
            e -> {
              JsonNode v = e.getValue();
              String text =
                  v.isArray()
                      ? String.join(
                          ";",
                          java.util.stream.StreamSupport.stream(v.spliterator(), false)
                              .map(JsonNode::asText)
                              .toList())
                      : v.asText();
              if (!ErpLayout.CUSTOMER_FIELDS.contains(e.getKey())) {
                throw new IllegalArgumentException(
                    "$." + e.getKey() + ": not a customer field " + ErpLayout.CUSTOMER_FIELDS);
              }
              if (!e.getKey().equals("id") && !text.isBlank()) {
                values.put(e.getKey(), new ErpDocument.Value(text.strip(), "$." + e.getKey()));
              }
            });
    CustomerAssembler.Result result =
        new CustomerAssembler()
            .assemble(new ErpDocument(new ErpDocument.Fields("$", values), List.of(), List.of()));
    if (result instanceof CustomerAssembler.Refused r) {
      return ResponseEntity.unprocessableEntity()
          .body(new Problem("customer " + id + " refused", r.problems()));
    }
    var customer = ((CustomerAssembler.Accepted) result).customer();
    boolean created = customers.upsert(customer, Optional.empty(), user.getName());
    return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(customer);
  }

  /** A customer whose parent is unknown, say: the database's reason, as a 422. */
  @ExceptionHandler(DataIntegrityViolationException.class)
  @ResponseStatus(HttpStatus.UNPROCESSABLE_ENTITY)
  public Problem refused(DataIntegrityViolationException e) {
    return new Problem(
        "refused by the database: " + e.getMostSpecificCause().getMessage(), List.of());
  }

  /** A body that is not the canonical JSON (a missing key, a bad value) is a 400 naming where. */
  @ExceptionHandler(IllegalArgumentException.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  public Problem badRequest(IllegalArgumentException e) {
    return new Problem(e.getMessage(), List.of());
  }
}
