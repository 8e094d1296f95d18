package org.fordra.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * H2's plan for a statement ({@code EXPLAIN}), on one line with single spaces, parameters left
 * unset: for tests that a look-up finds its rows through an index (H2 names the index it uses,
 * or {@code tableScan}).
 */
public final class H2Plan {

  private H2Plan() {
  }

  public static String of(DataSource dataSource, String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement explain = connection.prepareStatement("explain " + sql);
        ResultSet rows = explain.executeQuery()) {
      List<String> lines = new ArrayList<>();
      while (rows.next()) {
        lines.add(rows.getString(1));
      }
      return String.join(" ", lines).replaceAll("\\s+", " ");
    }
  }
}
