package org.fordra.bench;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the contact rules did to a round's cases, from the audit trail: steps deferred (outside
 * contact days or hours, or over the weekly cap) and notices combined. The benchmark gives each
 * invoice its own customer and schedules the rounds on contact days, so both must be zero; any
 * other figure means the run measured the rules' waiting, not the work, and it says so.
 */
record ContactRules(long deferred, long combined) {

  static ContactRules of(JdbcTemplate jdbc, String prefix) {
    return new ContactRules(count(jdbc, prefix, "CONTACT_DEFERRED"), count(jdbc, prefix, "NOTICE_COMBINED"));
  }

  boolean interfered() {
    return deferred > 0 || combined > 0;
  }

  @Override
  public String toString() {
    return deferred + " steps deferred, " + combined + " combined-notice entries";
  }

  private static long count(JdbcTemplate jdbc, String prefix, String action) {
    Long count =
        jdbc.queryForObject(
            "select count(*) from audit_entry where action = ? and invoice_number like ?",
            Long.class,
            action,
            prefix + "-%");
    return count == null ? 0 : count;
  }
}
