package org.arhub.formats.einvoice;

import com.helger.diagnostics.error.IError;
import com.helger.diagnostics.error.level.EErrorLevel;
import com.helger.phive.api.execute.ValidationExecutionManager;
import com.helger.phive.api.executor.IValidationExecutor;
import com.helger.phive.api.executorset.IValidationExecutorSet;
import com.helger.phive.api.executorset.ValidationExecutorSetRegistry;
import com.helger.phive.api.result.ValidationResult;
import com.helger.phive.api.result.ValidationResultList;
import com.helger.phive.api.validity.IValidityDeterminator;
import com.helger.phive.en16931.EN16931Validation;
import com.helger.phive.peppol.PeppolValidation;
import com.helger.phive.xml.source.IValidationSourceXML;
import com.helger.phive.xml.source.ValidationSourceXML;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.w3c.dom.Document;

/**
 * Checks UBL and CII invoices with the official EN 16931 and Peppol BIS 3 rules ({@link
 * OfficialRules}, run by phive: the XSD first, then each Schematron) and returns every failed
 * assertion. Which rules apply follows from the document ({@link InvoiceDocument}): a UBL Invoice
 * or CreditNote gets EN 16931, and when its CustomizationID is Peppol BIS Billing 3.0 the Peppol
 * set (which contains the CEN rules Peppol pins); a CII CrossIndustryInvoice gets EN 16931. A
 * Factur-X PDF is checked through its embedded XML once an {@link EmbeddedInvoiceExtractor} is
 * wired.
 *
 * <p>Building the registry takes a quarter of a second; compiling a Schematron (its XSLT) takes one
 * to two seconds on first use of each rule set and is cached by phive for the JVM. Use {@link
 * #shared()}. The validator is thread-safe: the registry is read-only after construction, phive's
 * XSLT cache is synchronised, and each call has its own source, transformer and result list.
 */
public final class EInvoiceValidator {
  private static final IValidityDeterminator<IValidationSourceXML> VALIDITY =
      IValidityDeterminator.createDefault();

  private final Map<OfficialRules, IValidationExecutorSet<IValidationSourceXML>> sets =
      new EnumMap<>(OfficialRules.class);
  private final EmbeddedInvoiceExtractor pdfExtractor;

  public EInvoiceValidator(EmbeddedInvoiceExtractor pdfExtractor) {
    this.pdfExtractor = pdfExtractor;
    ValidationExecutorSetRegistry<IValidationSourceXML> registry =
        new ValidationExecutorSetRegistry<>();
    EN16931Validation.initEN16931(registry);
    PeppolValidation.initStandard(registry);
    for (OfficialRules rules : OfficialRules.values()) {
      sets.put(rules, registry.getOfID(rules.id()));
    }
  }

  /** The validator of this JVM, Factur-X PDFs included; built on first use. */
  public static EInvoiceValidator shared() {
    return Shared.INSTANCE;
  }

  private static final class Shared {
    static final EInvoiceValidator INSTANCE =
        new EInvoiceValidator(new org.arhub.formats.facturx.FacturXExtractor());
  }

  /** Validates one file's content; {@code name} names it in the report. */
  public ValidationReport validate(String name, byte[] content) {
    if (InvoiceDocument.isPdf(content)) {
      return validatePdf(name, content);
    }
    InvoiceDocument document;
    try {
      document = InvoiceDocument.parse(content);
    } catch (InvoiceDocument.NotXmlException e) {
      return new ValidationReport(
          name,
          DocumentKind.UNKNOWN,
          List.of(),
          List.of(new RuleFinding("XML", RuleFinding.Severity.FATAL, e.getMessage(), e.where())),
          List.of());
    }
    List<String> notes = new ArrayList<>(document.notes());
    Optional<OfficialRules> rules = document.rules();
    if (rules.isEmpty()) {
      return new ValidationReport(
          name,
          document.kind(),
          List.of(),
          List.of(
              new RuleFinding(
                  "DOCUMENT",
                  RuleFinding.Severity.FATAL,
                  document.kind().description() + ": no EN 16931 rules apply, not validated",
                  "/" + document.dom().getDocumentElement().getNodeName())),
          notes);
    }
    return report(name, document, rules.get(), notes);
  }

  /**
   * Validates with the given rule set instead of the one the document asks for, e.g. a Peppol
   * invoice against the plain EN 16931 rules only.
   */
  ValidationReport validate(String name, byte[] content, OfficialRules rules)
      throws InvoiceDocument.NotXmlException {
    InvoiceDocument document = InvoiceDocument.parse(content);
    return report(name, document, rules, List.of());
  }

  private ValidationReport report(
      String name, InvoiceDocument document, OfficialRules rules, List<String> notes) {
    IValidationExecutorSet<IValidationSourceXML> set = sets.get(rules);
    List<RuleFinding> findings = run(name, document.dom(), set.getAllExecutors());
    return new ValidationReport(
        name, document.kind(), List.of(set.getDisplayName()), findings, notes);
  }

  /**
   * Only the Schematron rules of a set, without the XSD: for the official unit test sets, whose
   * test documents are fragments that carry just what the rule under test looks at.
   */
  List<RuleFinding> checkBusinessRules(String name, Document fragment, OfficialRules rules) {
    List<IValidationExecutor<IValidationSourceXML>> schematrons =
        sets.get(rules).getAllExecutors().stream()
            .filter(e -> e.getValidationArtefact().getValidationType().getBaseType().isSchematron())
            .toList();
    return run(name, fragment, schematrons);
  }

  private ValidationReport validatePdf(String name, byte[] pdf) {
    if (pdfExtractor == EmbeddedInvoiceExtractor.NONE) {
      return new ValidationReport(
          name,
          DocumentKind.PDF,
          List.of(),
          List.of(
              new RuleFinding(
                  "PDF", RuleFinding.Severity.FATAL, "PDF: not supported by this build", "")),
          List.of());
    }
    Optional<byte[]> xml;
    try {
      xml = pdfExtractor.extract(pdf);
    } catch (IOException e) {
      return new ValidationReport(
          name,
          DocumentKind.PDF,
          List.of(),
          List.of(
              new RuleFinding(
                  "PDF", RuleFinding.Severity.FATAL, "PDF cannot be read: " + e.getMessage(), "")),
          List.of());
    }
    if (xml.isEmpty()) {
      return new ValidationReport(
          name,
          DocumentKind.PDF,
          List.of(),
          List.of(
              new RuleFinding(
                  "PDF",
                  RuleFinding.Severity.FATAL,
                  "the PDF carries no embedded invoice XML (not Factur-X / ZUGFeRD)",
                  "")),
          List.of());
    }
    ValidationReport embedded = validate(name, xml.get());
    List<String> notes = new ArrayList<>(embedded.notes());
    notes.add(0, "checked the invoice XML embedded in the PDF");
    return new ValidationReport(
        name, embedded.kind(), embedded.ruleSets(), embedded.findings(), notes);
  }

  private static List<RuleFinding> run(
      String name, Document dom, List<IValidationExecutor<IValidationSourceXML>> executors) {
    ValidationExecutionManager<IValidationSourceXML> manager =
        new ValidationExecutionManager<>(VALIDITY, executors);
    ValidationSourceXML source = ValidationSourceXML.create(name, dom);
    ValidationResultList results = new ValidationResultList(source);
    manager.executeValidation(source, results, Locale.ENGLISH);
    List<RuleFinding> findings = new ArrayList<>();
    for (ValidationResult result : results) {
      boolean schema = result.getValidationArtefact().getValidationType().getBaseType().isXSD();
      for (IError error : result.getErrorList()) {
        findings.add(finding(error, schema));
      }
    }
    return findings;
  }

  private static RuleFinding finding(IError error, boolean schema) {
    RuleFinding.Severity severity;
    if (schema || error.getErrorLevel().isGE(EErrorLevel.ERROR)) {
      severity = RuleFinding.Severity.FATAL;
    } else if (error.getErrorLevel().isGE(EErrorLevel.WARN)) {
      severity = RuleFinding.Severity.WARNING;
    } else {
      severity = RuleFinding.Severity.INFO;
    }
    String id = schema ? "XSD" : Optional.ofNullable(error.getErrorID()).orElse("SCHEMATRON");
    String location =
        error.hasErrorFieldName()
            ? error.getErrorFieldName()
            : error.hasErrorLocation() && error.getErrorLocation().hasLineNumber()
                ? "line " + error.getErrorLocation().getLineNumber()
                : "";
    String text = Optional.ofNullable(error.getErrorText(Locale.ENGLISH)).orElse("").strip();
    // The CEN and Peppol messages repeat their id: "[BR-CO-15]-Invoice total amount ..."
    if (text.startsWith("[" + id + "]-")) {
      text = text.substring(id.length() + 3);
    }
    return new RuleFinding(id, severity, text.replaceAll("\\s+", " "), location);
  }
}
