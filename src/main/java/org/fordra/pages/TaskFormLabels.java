package org.fordra.pages;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.fordra.security.PageFor;
import org.fordra.api.StaffGroups;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /task-forms/labels}: the task forms' words in the reader's staff language, the one
 * Fordra's pages use (chosen on the pages, else the browser's). Camunda's Tasklist cannot know it
 * and form-js has no per-viewer text, so Fordra's Tasklist script (webjars/camunda/app/tasklist/
 * fordra/task-form-labels.js) asks here and translates a form before form-js renders it.
 *
 * <p>The dictionary, {@value #DICTIONARY}, is keyed by a form's English text; a text without a
 * translation stays English. {@code TaskFormLabelsTest} checks it covers every form.
 */
@RestController
@PageFor({StaffGroups.COLLECTORS, StaffGroups.SALES, StaffGroups.MANAGERS, StaffGroups.ADMIN})
class TaskFormLabels {

  static final String DICTIONARY = "i18n/task-forms.json";

  /** Language tag, then English text, then the text in that language. */
  private final Map<String, Map<String, String>> byLanguage;

  TaskFormLabels(ObjectMapper json) {
    this.byLanguage = byLanguage(read(json));
  }

  @GetMapping(path = "/task-forms/labels", produces = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> labels(Locale locale) {
    StaffLanguage language = StaffLanguage.of(locale).orElse(StaffLanguage.ENGLISH);
    return Map.of(
        "language", language.tag(),
        "labels", byLanguage.getOrDefault(language.tag(), Map.of()));
  }

  /** English text, then language tag, then the translation: as the dictionary is written. */
  static Map<String, Map<String, String>> read(ObjectMapper json) {
    try (InputStream in = new ClassPathResource(DICTIONARY).getInputStream()) {
      return json.readValue(in, new TypeReference<LinkedHashMap<String, Map<String, String>>>() {});
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + DICTIONARY, e);
    }
  }

  private static Map<String, Map<String, String>> byLanguage(
      Map<String, Map<String, String>> dictionary) {
    Map<String, Map<String, String>> byLanguage = new LinkedHashMap<>();
    dictionary.forEach((english, translations) -> translations.forEach((tag, text) ->
        byLanguage.computeIfAbsent(tag, t -> new LinkedHashMap<>()).put(english, text)));
    return byLanguage;
  }
}
