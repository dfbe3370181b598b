package org.arhub.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.arhub.cashapp.CompanyName;
import org.arhub.cashapp.PayerInText;
import org.arhub.cashapp.ReferenceKey;
import org.arhub.cashapp.ReferenceTokens;
import org.arhub.store.CashPostings.PaymentRow;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What an accountant's decision teaches cash application, so that the next payment like this one is
 * applied without a person: the payer's account and name belong to the customer, and the references
 * the payer used for the one invoice paid are aliases of it.
 */
final class CashLearning {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final JdbcTemplate jdbc;

  CashLearning(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A payer account not registered to anyone yet becomes the customer's (source LEARNED). */
  void account(PaymentRow payment, String customerId) {
    String account = payment.payerAccount().map(ReferenceKey::account).orElse("");
    if (account.isEmpty()) {
      return;
    }
    jdbc.update(
        """
        insert into customer_bank_account(customer_id, account_identifier, holder_name, source, learned_from)
        select ?, ?, ?, 'LEARNED', ?
        where not exists (select 1 from customer_bank_account where account_identifier = ?)
        on conflict do nothing""",
        customerId,
        account,
        payment.payerName().orElse(null),
        payment.id(),
        account);
  }

  /** The payer's name is the customer's; a later decision about the same name replaces it. */
  void name(PaymentRow payment, String customerId, String user) {
    String name =
        payment
            .payerName()
            .or(
                () ->
                    PayerInText.find(
                        payment.remittanceText().map(CashLearning::lines).orElse(List.of())))
            .orElse("");
    String key = CompanyName.key(name);
    if (key.isEmpty()) {
      return;
    }
    jdbc.update(
        """
        insert into cashapp_payer_name(name_key, name, customer_id, learned_from, learned_by) values (?, ?, ?, ?, ?)
        on conflict (name_key) do update
          set name = excluded.name, customer_id = excluded.customer_id, learned_from = excluded.learned_from,
              learned_by = excluded.learned_by, learned_at = now()""",
        key,
        name,
        customerId,
        payment.id(),
        user);
  }

  /**
   * Every reference of a payment that paid exactly one invoice and names no invoice itself (a PO
   * number, a customer's own document number) becomes an alias of that invoice.
   */
  void aliases(PaymentRow payment, String invoiceNumber, String user) {
    for (String key : references(payment)) {
      if (!namesAnInvoice(key)) {
        jdbc.update(
            """
            insert into cashapp_reference_alias(reference_key, invoice_number, learned_from, learned_by)
            values (?, ?, ?, ?)
            on conflict (reference_key) do update
              set invoice_number = excluded.invoice_number, learned_from = excluded.learned_from,
                  learned_by = excluded.learned_by, learned_at = now()""",
            key,
            invoiceNumber,
            payment.id(),
            user);
      }
    }
  }

  /** The reference keys of a payment: free text, structured references, creditor reference. */
  static Set<String> references(PaymentRow payment) {
    Set<String> keys = new LinkedHashSet<>();
    payment.remittanceText().ifPresent(text -> keys.addAll(ReferenceTokens.in(text)));
    for (JsonNode reference : json(payment.invoiceReferences())) {
      keys.add(ReferenceKey.of(reference.path("invoice").asText("")));
    }
    payment.creditorReference().ifPresent(ref -> keys.add(ReferenceKey.of(ref)));
    keys.remove("");
    return keys;
  }

  /**
   * Whether a reference key is some invoice's: narrowed in SQL to numbers ending in the key's
   * numeric part, then compared by {@link ReferenceKey} as the engine compares them.
   */
  private boolean namesAnInvoice(String key) {
    int digit = 0;
    while (digit < key.length() && !Character.isDigit(key.charAt(digit))) {
      digit++;
    }
    String tail = digit < key.length() ? key.substring(digit) : key;
    List<String> numbers =
        jdbc.queryForList(
            "select number from invoice where regexp_replace(upper(number), '[^A-Z0-9]', '', 'g') like '%' || ?",
            String.class, tail);
    return numbers.stream().anyMatch(number -> ReferenceKey.of(number).equals(key));
  }

  private static List<String> lines(String text) {
    return List.of(text.split("\n"));
  }

  private static JsonNode json(String text) {
    try {
      return JSON.readTree(text == null ? "[]" : text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("bank payment invoice_references is not JSON: " + text, e);
    }
  }
}
