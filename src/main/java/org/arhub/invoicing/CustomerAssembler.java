package org.arhub.invoicing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.arhub.cashapp.PaymentTerms;
import org.arhub.invoicing.ErpDocument.Fields;
import org.arhub.model.Invoice;
import org.arhub.model.Money;

/**
 * Turns one customer record of an ERP file into {@link CustomerMaster}, or says every reason it
 * cannot: id and name missing, a country that is not ISO 3166 alpha-2, a Peppol id without its
 * scheme, an unknown channel, a channel without the address it needs, an address that is no email.
 */
public final class CustomerAssembler {
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
  private static final Pattern PEPPOL = Pattern.compile("[0-9]{4}:\\S+");
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}(-[A-Z]{2})?");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private final Map<String, Map<String, String>> codes;
  private final Map<String, String> defaults;
  private final String listSeparator;

  /** Reads customers of an ERP file with its layout's code tables, defaults and list separator. */
  public CustomerAssembler(ErpLayout layout) {
    this(layout.values(), layout.defaults(), layout.listSeparator());
  }

  /** Reads customers as the API sends them: lists joined with ";", no code tables. */
  public CustomerAssembler() {
    this(Map.of(), Map.of(), ";");
  }

  private CustomerAssembler(
      Map<String, Map<String, String>> codes, Map<String, String> defaults, String listSeparator) {
    this.codes = codes;
    this.defaults = defaults;
    this.listSeparator = listSeparator;
  }

  /** The customer, or the problems that refuse it. */
  public sealed interface Result permits Accepted, Refused {}

  public record Accepted(CustomerMaster customer) implements Result {}

  public record Refused(Optional<String> customerId, String where, List<InvoiceProblem> problems)
      implements Result {}

  public Result assemble(ErpDocument document) {
    Fields f = document.header();
    List<InvoiceProblem> problems = new ArrayList<>(document.problems());
    Optional<String> id = text(f, "id");
    Optional<String> name = text(f, "name");
    if (id.isEmpty()) {
      problems.add(new InvoiceProblem(f.where(), "customer id is missing"));
    }
    if (name.isEmpty()) {
      problems.add(new InvoiceProblem(f.where(), "customer name is missing"));
    }
    Optional<String> country = text(f, "country").map(c -> c.toUpperCase(Locale.ROOT));
    check(problems, f, "country", country, COUNTRY, "is not an ISO 3166 country code (DE, US)");
    Optional<String> peppol = text(f, "peppolId");
    check(problems, f, "peppolId", peppol, PEPPOL, "is not scheme:id, e.g. 0088:4035811991014");
    Optional<String> language = text(f, "language");
    check(problems, f, "language", language, LANGUAGE, "is not a language tag (de, en-GB)");
    Optional<String> currency = text(f, "currency").map(c -> c.toUpperCase(Locale.ROOT));
    currency.ifPresent(
        c -> {
          try {
            Money.scale(c);
          } catch (IllegalArgumentException e) {
            problems.add(new InvoiceProblem(where(f, "currency"), e.getMessage()));
          }
        });
    Optional<String> terms = text(f, "terms");
    terms
        .filter(t -> !PaymentTerms.understands(t))
        .ifPresent(
            t ->
                problems.add(
                    new InvoiceProblem(
                        where(f, "terms"),
                        "terms '" + t + "' not understood (NET 30, 2/10 NET 30, NET 30 EOM)")));
    List<String> channels =
        list(f, "channels").stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
    channels.stream()
        .filter(c -> !CustomerMaster.CHANNELS.contains(c))
        .forEach(
            c ->
                problems.add(
                    new InvoiceProblem(
                        where(f, "channels"),
                        "'" + c + "' is not a channel (" + CustomerMaster.CHANNELS + ")")));
    List<String> emails = list(f, "emails");
    emails.stream()
        .filter(e -> !EMAIL.matcher(e).matches())
        .forEach(
            e ->
                problems.add(
                    new InvoiceProblem(where(f, "emails"), "'" + e + "' is not an email address")));
    if (channels.contains("email") && emails.isEmpty()) {
      problems.add(new InvoiceProblem(f.where(), "channel email needs an invoice email address"));
    }
    if (channels.contains("peppol") && peppol.isEmpty()) {
      problems.add(new InvoiceProblem(f.where(), "channel peppol needs a Peppol participant id"));
    }
    if (!problems.isEmpty()) {
      return new Refused(id, f.where(), problems);
    }
    return new Accepted(
        new CustomerMaster(
            id.get(),
            name.get(),
            text(f, "parentId"),
            currency,
            terms,
            text(f, "group"),
            text(f, "vatId"),
            text(f, "taxId"),
            peppol,
            new Invoice.Address(text(f, "street"), text(f, "city"), text(f, "postalCode"), country),
            language,
            channels,
            emails));
  }

  private Optional<String> text(Fields f, String field) {
    return f.text(field)
        .map(v -> codes.getOrDefault(field, Map.of()).getOrDefault(v, v))
        .or(() -> Optional.ofNullable(defaults.get(field)));
  }

  private List<String> list(Fields f, String field) {
    return text(f, field)
        .map(
            v ->
                Arrays.stream(v.split(Pattern.quote(listSeparator)))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .toList())
        .orElse(List.of());
  }

  private static void check(
      List<InvoiceProblem> problems,
      Fields f,
      String field,
      Optional<String> value,
      Pattern pattern,
      String why) {
    value
        .filter(v -> !pattern.matcher(v).matches())
        .ifPresent(v -> problems.add(new InvoiceProblem(where(f, field), "'" + v + "' " + why)));
  }

  private static String where(Fields f, String field) {
    return f.get(field).map(ErpDocument.Value::where).orElse(f.where());
  }
}
