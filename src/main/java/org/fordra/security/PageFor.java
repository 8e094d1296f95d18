package org.fordra.security;

import org.fordra.api.StaffGroups;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler of Fordra's own pages and names the groups whose members may open it; anybody
 * not signed in is sent to the login first ({@link StaffPagesLogin}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface PageFor {

  /** Engine group ids, e.g. {@link StaffGroups#MANAGERS}. */
  String[] value();
}
