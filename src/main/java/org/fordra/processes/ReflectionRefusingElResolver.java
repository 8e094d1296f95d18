package org.fordra.processes;

import java.beans.FeatureDescriptor;
import java.util.Iterator;
import java.util.Set;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELException;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;

/**
 * Defence below the deployment policy: whatever expression reaches the engine (a diagram deployed
 * before the policy existed, a DMN table's JUEL), it cannot touch classes, class loaders,
 * reflection, processes or the JVM. Wraps the engine's own resolver chain, so variables, beans,
 * lists and maps resolve as before.
 */
final class ReflectionRefusingElResolver extends ELResolver {

  private static final Set<String> MEMBERS =
      Set.of(
          "class", "getClass", "classLoader", "getClassLoader", "contextClassLoader",
          "getContextClassLoader", "forName", "loadClass", "declaringClass", "getDeclaringClass",
          "module", "getModule", "getRuntime", "exec", "getMethod", "getDeclaredMethod",
          "getMethods", "getDeclaredMethods", "getConstructor", "getDeclaredConstructor",
          "getField", "getDeclaredField", "newInstance", "invoke", "lookup", "getProperty",
          "setProperty", "getenv", "exit", "halt", "load", "loadLibrary", "setAccessible");

  private final ELResolver engine;

  ReflectionRefusingElResolver(ELResolver engine) {
    this.engine = engine;
  }

  /** Whether an object is a way into the JVM rather than data or a Fordra bean. */
  static boolean isForbidden(Object value) {
    if (value == null) {
      return false;
    }
    if (value instanceof Class<?> || value instanceof ClassLoader || value instanceof Module
        || value instanceof Runtime || value instanceof ProcessBuilder || value instanceof Process
        || value instanceof Thread || value instanceof ThreadGroup) {
      return true;
    }
    String type = value.getClass().getName();
    return type.startsWith("java.lang.reflect.")
        || type.startsWith("java.lang.invoke.")
        || type.startsWith("sun.")
        || type.startsWith("jdk.internal.")
        || type.equals("java.lang.System");
  }

  private static void refuse(Object base, Object member) {
    if (isForbidden(base)
        || (base != null && member != null && MEMBERS.contains(member.toString()))) {
      throw new ELException(
          "Fordra refuses this expression: it reaches for '" + member + "' on "
              + (base == null ? "nothing" : base.getClass().getSimpleName())
              + ". Expressions may read variables and call the approved bean methods only.");
    }
  }

  private static Object checked(Object value, Object member) {
    if (isForbidden(value)) {
      throw new ELException(
          "Fordra refuses this expression: '" + member + "' leads to a " + value.getClass().getName());
    }
    return value;
  }

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    refuse(base, property);
    return checked(engine.getValue(context, base, property), property);
  }

  @Override
  public Object invoke(
      ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
    refuse(base, method);
    if (params != null) {
      for (Object param : params) {
        checked(param, method);
      }
    }
    return checked(engine.invoke(context, base, method, paramTypes, params), method);
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    refuse(base, property);
    return engine.getType(context, base, property);
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    refuse(base, property);
    engine.setValue(context, base, property, value);
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    refuse(base, property);
    return engine.isReadOnly(context, base, property);
  }

  @Override
  public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
    return engine.getFeatureDescriptors(context, base);
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return engine.getCommonPropertyType(context, base);
  }
}
