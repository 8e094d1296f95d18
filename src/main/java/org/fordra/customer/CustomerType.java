package org.fordra.customer;

/** The law treats businesses and consumers differently (fees, interest, contact rules). */
public enum CustomerType {
  BUSINESS,
  CONSUMER
}
