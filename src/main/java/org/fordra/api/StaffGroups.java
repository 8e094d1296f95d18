package org.fordra.api;

/** The engine groups of Fordra's staff, as the contract's demo users and Tasklist know them. */
public final class StaffGroups {

  public static final String COLLECTORS = "collectors";
  public static final String SALES = "sales";
  public static final String MANAGERS = "managers";
  /** Camunda's administrators' group: may do everything. */
  public static final String ADMIN = org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN;

  private StaffGroups() {}
}
