package org.arhub.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.arhub.cashapp.Customer;
import org.arhub.cashapp.IncomingPayment;
import org.arhub.cashapp.OpenInvoice;
import org.arhub.cashapp.OpenItemIndex;
import org.arhub.cashapp.PayerInText;
import org.arhub.cashapp.PaymentTerms;
import org.arhub.cashapp.RemittanceLine;
import org.arhub.model.Money;
import org.arhub.model.Remittance;
import org.arhub.store.CashApplicationStore.ExceptionItem;
import org.arhub.store.CashApplicationStore.PendingAdvice;
import org.arhub.store.CashApplicationStore.PendingPayment;
import org.springframework.jdbc.core.JdbcTemplate;

/** What cash application reads: the open items, the work waiting, the exception queue. */
final class CashApplicationQueries {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final JdbcTemplate jdbc;

  CashApplicationQueries(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  OpenItemIndex openItems() {
    OpenItemIndex index = new OpenItemIndex();
    // a million open invoices share a few customers, currencies, dates and terms: one copy each
    Map<Object, Object> canonical = new HashMap<>();
    jdbc.query(
        """
        select c.id, c.name, c.parent_id, c.customer_group,
               coalesce(array_agg(a.account_identifier order by a.id)
                          filter (where a.id is not null), '{}') as accounts
        from customer c
        left join customer_bank_account a on a.customer_id = c.id and a.active and a.source = 'MASTER'
        group by c.id""",
        rs -> {
          index.addCustomer(
              new Customer(
                  rs.getString("id"),
                  rs.getString("name"),
                  Arrays.asList((String[]) rs.getArray("accounts").getArray()),
                  Optional.ofNullable(rs.getString("parent_id")),
                  Optional.ofNullable(rs.getString("customer_group"))));
        });
    jdbc.query(
        "select account_identifier, customer_id from customer_bank_account where active and source = 'LEARNED'",
        rs -> {
          index.learnAccount(rs.getString(1), rs.getString(2));
        });
    jdbc.query(
        "select name, customer_id from cashapp_payer_name order by learned_at",
        rs -> {
          index.learnName(rs.getString(1), rs.getString(2));
        });
    jdbc.query(
        """
        select i.number, i.customer_id, i.currency, i.issue_date, i.due_date, i.amount, b.open_amount, i.terms,
               i.discount_rate, i.discount_until
        from invoice i join invoice_balance b on b.invoice_id = i.id
        where i.status not in ('CANCELLED', 'WRITTEN_OFF') and b.open_amount > 0
          and i.document_type = 'INVOICE'""",
        rs -> {
          index.addInvoice(invoice(rs, canonical));
        });
    jdbc.query(
        "select reference_key, invoice_number from cashapp_reference_alias",
        rs -> {
          index.learnAlias(rs.getString(1), rs.getString(2));
        });
    return index;
  }

  private static OpenInvoice invoice(ResultSet rs, Map<Object, Object> canonical)
      throws SQLException {
    String currency = canonical(canonical, rs.getString("currency"));
    LocalDate issued = canonical(canonical, rs.getDate("issue_date").toLocalDate());
    LocalDate due = canonical(canonical, rs.getDate("due_date").toLocalDate());
    BigDecimal rate = rs.getBigDecimal("discount_rate");
    String text = rs.getString("terms");
    // the ERP's discount columns, when it sent them, say more than the printed terms
    PaymentTerms terms =
        rate == null
            ? PaymentTerms.parse(text)
            : new PaymentTerms(
                text == null ? "" : text,
                rate.stripTrailingZeros(),
                (int) ChronoUnit.DAYS.between(issued, rs.getDate("discount_until").toLocalDate()),
                (int) ChronoUnit.DAYS.between(issued, due),
                false);
    return new OpenInvoice(
        rs.getString("number"),
        canonical(canonical, rs.getString("customer_id")),
        currency,
        issued,
        due,
        Money.atScale(rs.getBigDecimal("amount"), currency),
        Money.atScale(rs.getBigDecimal("open_amount"), currency),
        canonical(canonical, terms));
  }

  /** The copy of an equal value seen before, else this one. */
  @SuppressWarnings("unchecked")
  private static <T> T canonical(Map<Object, Object> seen, T value) {
    return (T) seen.computeIfAbsent(value, v -> v);
  }

  /** The first {@code limit} pending payments after {@code after} in (booking date, id) order. */
  List<PendingPayment> pendingPayments(int limit, Optional<PendingPayment> after) {
    List<Object> args = new ArrayList<>();
    after.ifPresent(
        a -> {
          args.add(Date.valueOf(a.bookingDate()));
          args.add(a.id());
        });
    args.add(limit);
    return jdbc.query(
        """
        select p.id, p.booking_date, p.payment_id, coalesce(f.format, 'unknown') as channel, p.amount, p.currency,
               coalesce(p.value_date, p.booking_date) as paid_on, p.end_to_end_id, p.payer_name, p.payer_account,
               p.creditor_reference, p.remittance_text, p.invoice_references::text as refs
        from bank_payment p join inbound_file f on f.id = p.inbound_file_id
        where p.status = 'UNAPPLIED' and p.direction = 'CREDIT' and not p.provisional and not p.reversal
          and p.amount > 0 and p.return_reason is null %s
        order by p.booking_date, p.id
        limit ?"""
            .formatted(after.isPresent() ? "and (p.booking_date, p.id) > (?, ?)" : ""),
        (rs, n) ->
            new PendingPayment(
                rs.getLong("id"), rs.getDate("booking_date").toLocalDate(), payment(rs)),
        args.toArray());
  }

  private static IncomingPayment payment(ResultSet rs) throws SQLException {
    List<RemittanceLine> lines = new ArrayList<>();
    for (JsonNode ref : json(rs.getString("refs"))) {
      Optional<BigDecimal> amount =
          ref.hasNonNull("amount")
              ? Optional.of(new BigDecimal(ref.get("amount").asText()))
              : Optional.empty();
      lines.add(RemittanceLine.of(lines.size() + 1, ref.path("invoice").asText(), amount));
    }
    String text = rs.getString("remittance_text");
    List<String> texts = text == null ? List.of() : List.of(text.split("\n"));
    return new IncomingPayment(
        rs.getString("payment_id"),
        rs.getString("channel"),
        new Money(rs.getBigDecimal("amount"), rs.getString("currency")),
        rs.getDate("paid_on").toLocalDate(),
        Optional.ofNullable(rs.getString("end_to_end_id"))
            .filter(id -> !id.equalsIgnoreCase("NOTPROVIDED")),
        // as PaymentFeed reads it: a bank that writes the payer only in its text (BAI2 88)
        Optional.ofNullable(rs.getString("payer_name")).or(() -> PayerInText.find(texts)),
        Optional.ofNullable(rs.getString("payer_account")),
        Optional.empty(),
        Optional.ofNullable(rs.getString("creditor_reference")),
        texts,
        lines,
        Optional.empty());
  }

  List<PendingAdvice> unlinkedAdvices() {
    Map<Long, List<Remittance.Line>> lines = new LinkedHashMap<>();
    jdbc.query(
        """
        select l.advice_id, l.invoice_ref, l.paid_amount, l.invoiced_amount, l.discount_amount, l.reference_qualifier,
               l.adjustments::text as adjustments, a.currency
        from remittance_line l join remittance_advice a on a.id = l.advice_id
        where a.bank_payment_id is null
        order by l.advice_id, l.line_no""",
        rs -> {
          String currency = rs.getString("currency");
          BigDecimal invoiced = rs.getBigDecimal("invoiced_amount");
          BigDecimal discount = rs.getBigDecimal("discount_amount");
          lines
              .computeIfAbsent(rs.getLong("advice_id"), id -> new ArrayList<>())
              .add(
                  new Remittance.Line(
                      rs.getString("invoice_ref"),
                      Money.atScale(rs.getBigDecimal("paid_amount"), currency),
                      Optional.ofNullable(invoiced).map(a -> Money.atScale(a, currency)),
                      Optional.of(discount)
                          .filter(d -> d.signum() != 0)
                          .map(d -> Money.atScale(d, currency)),
                      adjustments(rs.getString("adjustments")),
                      Optional.ofNullable(rs.getString("reference_qualifier")),
                      Optional.empty(),
                      List.of()));
        });
    return jdbc.query(
        """
        select id, advice_id, payer_name, total_amount, currency, payment_method, payment_date, payer_id,
               adjustments::text as adjustments, discrepancy
        from remittance_advice where bank_payment_id is null
        order by received_at, id""",
        (rs, n) -> {
          String currency = rs.getString("currency");
          Date paid = rs.getDate("payment_date");
          return new PendingAdvice(
              rs.getLong("id"),
              new Remittance(
                  rs.getString("advice_id"),
                  Optional.ofNullable(rs.getString("payer_name")),
                  Optional.empty(),
                  Money.atScale(rs.getBigDecimal("total_amount"), currency),
                  currency,
                  lines.getOrDefault(rs.getLong("id"), List.of()),
                  Optional.ofNullable(rs.getString("payment_method")),
                  Optional.empty(),
                  Optional.ofNullable(paid).map(Date::toLocalDate),
                  Optional.ofNullable(rs.getString("payer_id")),
                  Optional.empty(),
                  adjustments(rs.getString("adjustments")),
                  Optional.ofNullable(rs.getString("discrepancy"))));
        });
  }

  /** The exception queue, oldest first, each payment with its latest decision. */
  List<ExceptionItem> exceptions(int limit) {
    return jdbc.query(
        """
        select p.id, p.payment_id, p.partner_id, p.amount, p.currency, p.booking_date, p.payer_name, p.payer_account,
               coalesce(p.customer_id, d.customer_id) as customer_id,
               coalesce(d.reason, 'no decision recorded') as reason,
               coalesce(d.candidates, '[]'::jsonb)::text as candidates,
               coalesce(d.evidence, '[]'::jsonb)::text as evidence
        from bank_payment p
        left join lateral (select * from cash_decision where bank_payment_id = p.id order by id desc limit 1) d on true
        where p.status = 'EXCEPTION'
        order by p.booking_date, p.id
        limit ?""",
        (rs, n) ->
            new ExceptionItem(
                rs.getLong("id"),
                rs.getString("payment_id"),
                rs.getString("partner_id"),
                Money.atScale(rs.getBigDecimal("amount"), rs.getString("currency")),
                rs.getString("currency"),
                rs.getDate("booking_date").toLocalDate(),
                Optional.ofNullable(rs.getString("payer_name")),
                Optional.ofNullable(rs.getString("payer_account")),
                Optional.ofNullable(rs.getString("customer_id")),
                rs.getString("reason"),
                rs.getString("candidates"),
                rs.getString("evidence")),
        limit);
  }

  private static List<Remittance.Adjustment> adjustments(String text) {
    List<Remittance.Adjustment> out = new ArrayList<>();
    for (JsonNode a : json(text)) {
      out.add(
          new Remittance.Adjustment(
              new BigDecimal(a.path("amount").asText("0")),
              a.path("reason").asText(""),
              a.path("category").asText("other"),
              a.hasNonNull("reference")
                  ? Optional.of(a.get("reference").asText())
                  : Optional.empty()));
    }
    return out;
  }

  private static JsonNode json(String text) {
    try {
      return JSON.readTree(text == null ? "[]" : text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored JSON is not readable: " + text, e);
    }
  }
}
