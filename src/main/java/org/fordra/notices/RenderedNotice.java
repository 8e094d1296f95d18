package org.fordra.notices;

/** One notice written out: its language, subject, HTML and the plain-text alternative. */
record RenderedNotice(String language, String subject, String html, String text) {}
