package org.arhub.store;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLExceptionTranslator;
import org.springframework.jdbc.support.SQLStateSQLExceptionTranslator;

/**
 * Bulk-loads bank payments with COPY, PostgreSQL's fastest way in. A payment whose bank reference
 * is already known for the account is skipped (and counted) rather than failing the file: such a
 * batch is COPYed into a session-local staging table and inserted with {@code on conflict do
 * nothing}, so the duplicate fence stays in the database.
 */
final class PaymentCopy {
  static final String[] COLUMNS = {
    "statement_id",
    "inbound_file_id",
    "partner_id",
    "account",
    "payment_id",
    "amount",
    "currency",
    "direction",
    "booking_date",
    "value_date",
    "payer_name",
    "payer_account",
    "payer_bank_id",
    "end_to_end_id",
    "remittance_text",
    "entry_no",
    "entry_amount",
    "entry_ref",
    "type_code",
    "reversal",
    "return_reason",
    "availability",
    "creditor_reference",
    "invoice_references",
    "provisional"
  };
  private static final String COLUMN_LIST = String.join(", ", COLUMNS);
  private static final String STAGING =
      """
      create temp table if not exists bank_payment_staging (
        statement_id bigint, inbound_file_id bigint, partner_id text, account text, payment_id text, amount numeric,
        currency text, direction text, booking_date date, value_date date, payer_name text, payer_account text,
        payer_bank_id text, end_to_end_id text, remittance_text text, entry_no integer, entry_amount numeric,
        entry_ref text, type_code text, reversal boolean, return_reason text, availability text,
        creditor_reference text, invoice_references jsonb, provisional boolean) on commit delete rows""";

  private static final String UNIQUE_VIOLATION = "23505";
  private final DataSource dataSource;
  private final SQLExceptionTranslator translator = new SQLStateSQLExceptionTranslator();

  PaymentCopy(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Stores the rows (values in {@link #COLUMNS} order); returns how many were new. Most batches
   * hold no payment seen before, so they are COPYed straight into bank_payment inside a savepoint;
   * only when the unique index refuses one does the batch go again through the staging table.
   */
  int insert(List<Object[]> rows) {
    Connection connection = DataSourceUtils.getConnection(dataSource);
    try {
      String csv = csv(rows);
      if (!connection.getAutoCommit()) {
        Savepoint before = connection.setSavepoint();
        try {
          copy(connection, "bank_payment", csv);
          connection.releaseSavepoint(before);
          return rows.size();
        } catch (SQLException e) {
          if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
            throw e;
          }
          connection.rollback(before);
        }
      }
      return throughStaging(connection, csv);
    } catch (SQLException e) {
      throw translator.translate("COPY bank payments", null, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
  }

  private static int throughStaging(Connection connection, String csv)
      throws SQLException, IOException {
    try (var statement = connection.createStatement()) {
      statement.execute(STAGING);
      copy(connection, "bank_payment_staging", csv);
      int inserted =
          statement.executeUpdate(
              "insert into bank_payment ("
                  + COLUMN_LIST
                  + ") select "
                  + COLUMN_LIST
                  + " from bank_payment_staging"
                  + " on conflict (partner_id, account, payment_id) where not provisional do nothing");
      statement.execute("truncate bank_payment_staging");
      return inserted;
    }
  }

  private static void copy(Connection connection, String table, String csv)
      throws SQLException, IOException {
    connection
        .unwrap(PGConnection.class)
        .getCopyAPI()
        .copyIn(
            "copy " + table + " (" + COLUMN_LIST + ") from stdin (format csv)",
            new StringReader(csv));
  }

  /** CSV as COPY reads it: an unquoted empty field is NULL, everything else is quoted. */
  static String csv(List<Object[]> rows) {
    StringBuilder out = new StringBuilder(rows.size() * 256);
    for (Object[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        if (i > 0) {
          out.append(',');
        }
        Object value = row[i];
        if (value == null) {
          continue;
        }
        String text =
            value instanceof java.math.BigDecimal d ? d.toPlainString() : value.toString();
        out.append('"').append(text.replace("\"", "\"\"")).append('"');
      }
      out.append('\n');
    }
    return out.toString();
  }
}
