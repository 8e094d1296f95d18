package org.fordra.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler of Fordra's API with the staff who may call it. {@link StaffCheck} refuses
 * anybody else with 403 before the request's body is read or validated: a caller who may not
 * register a customer learns nothing about what a valid customer looks like.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ApiFor {

  Staff value();
}
