package org.arhub.store;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.arhub.invoicing.CustomerDirectory;
import org.arhub.invoicing.CustomerMaster;
import org.arhub.model.Invoice;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customer master data from the ERP, upserted by customer id: the ERP masters it, so what it sends
 * replaces what the hub had (bank accounts and what cash application learnt are kept). A parent
 * must be known before its branches.
 */
@Repository
public class CustomerMasterStore implements CustomerDirectory {
  private final JdbcTemplate jdbc;
  private final AuditLog audit;

  public CustomerMasterStore(JdbcTemplate jdbc, AuditLog audit) {
    this.jdbc = jdbc;
    this.audit = audit;
  }

  /** Inserts or replaces the customer; returns true when it was new. */
  @Transactional
  public boolean upsert(CustomerMaster c, Optional<String> erpPartnerId, String actor) {
    boolean inserted =
        Boolean.TRUE.equals(
            jdbc.queryForObject(
                """
                insert into customer(id, name, parent_id, erp_partner_id, currency, terms, customer_group,
                                     vat_id, tax_id, peppol_id, street, city, postal_code, country,
                                     language, invoice_channels, invoice_emails)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (id) do update set
                  name = excluded.name, parent_id = excluded.parent_id,
                  erp_partner_id = coalesce(excluded.erp_partner_id, customer.erp_partner_id),
                  currency = excluded.currency, terms = excluded.terms,
                  customer_group = excluded.customer_group, vat_id = excluded.vat_id,
                  tax_id = excluded.tax_id, peppol_id = excluded.peppol_id, street = excluded.street,
                  city = excluded.city, postal_code = excluded.postal_code, country = excluded.country,
                  language = excluded.language, invoice_channels = excluded.invoice_channels,
                  invoice_emails = excluded.invoice_emails, active = true, updated_at = now()
                returning (xmax = 0)""",
                Boolean.class,
                c.id(),
                c.name(),
                c.parentId().orElse(null),
                erpPartnerId.orElse(null),
                c.currency().orElse(null),
                c.terms().orElse(null),
                c.group().orElse(null),
                c.vatId().orElse(null),
                c.taxId().orElse(null),
                c.peppolId().orElse(null),
                c.address().street().orElse(null),
                c.address().city().orElse(null),
                c.address().postalCode().orElse(null),
                c.address().country().orElse(null),
                c.language().orElse(null),
                c.channels().toArray(String[]::new),
                c.emails().toArray(String[]::new)));
    audit.record(
        actor,
        inserted ? "CUSTOMER_CREATED" : "CUSTOMER_UPDATED",
        "customer",
        c.id(),
        Map.of("name", c.name(), "channels", c.channels()));
    return inserted;
  }

  @Override
  public Optional<CustomerMaster> find(String customerId) {
    return jdbc
        .query(
            """
            select id, name, parent_id, currency, terms, customer_group, vat_id, tax_id, peppol_id,
                   street, city, postal_code, country, language, invoice_channels, invoice_emails
            from customer where id = ? and active""",
            (rs, n) -> customer(rs),
            customerId)
        .stream()
        .findFirst();
  }

  private static CustomerMaster customer(ResultSet rs) throws SQLException {
    return new CustomerMaster(
        rs.getString("id"),
        rs.getString("name"),
        text(rs, "parent_id"),
        text(rs, "currency"),
        text(rs, "terms"),
        text(rs, "customer_group"),
        text(rs, "vat_id"),
        text(rs, "tax_id"),
        text(rs, "peppol_id"),
        new Invoice.Address(
            text(rs, "street"), text(rs, "city"), text(rs, "postal_code"), text(rs, "country")),
        text(rs, "language"),
        strings(rs.getArray("invoice_channels")),
        strings(rs.getArray("invoice_emails")));
  }

  private static Optional<String> text(ResultSet rs, String column) throws SQLException {
    return Optional.ofNullable(rs.getString(column)).map(String::strip);
  }

  private static List<String> strings(Array array) throws SQLException {
    return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
  }
}
