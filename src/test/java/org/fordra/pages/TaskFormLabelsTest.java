package org.fordra.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every word a person reads in a task form (forms/*.form: labels, hints, options, the form's
 * text) has a translation into each staff language, and a translation keeps the form's
 * placeholders and links: the dictionary cannot fall behind a form.
 */
class TaskFormLabelsTest {

  static final Path FORMS = Path.of("forms");
  /** What Fordra's Tasklist script translates (task-form-labels.js), besides options' labels. */
  static final List<String> TEXTS =
      List.of("label", "dateLabel", "timeLabel", "description", "text", "placeholder");
  static final List<String> TRANSLATED = List.of("sv", "nb", "nl", "de");
  static final Pattern PLACEHOLDERS = Pattern.compile("\\{\\{[^}]+}}|\\]\\([^)]*\\)");

  final ObjectMapper json = new ObjectMapper();
  final Map<String, Map<String, String>> dictionary = TaskFormLabels.read(json);

  @Test
  void everyTextOfEveryFormHasATranslationInEachStaffLanguage() throws IOException {
    Set<String> texts = textsOfTheForms();
    assertThat(texts).hasSizeGreaterThan(40).contains("Outcome of the call", "Write it off");

    List<String> missing = new ArrayList<>();
    for (String english : texts) {
      Map<String, String> translations = dictionary.getOrDefault(english, Map.of());
      for (String language : TRANSLATED) {
        String translated = translations.get(language);
        if (translated == null || translated.isBlank() || translated.equals(english)) {
          missing.add(language + ": " + english);
        }
      }
    }
    assertThat(missing).as("texts without a translation").isEmpty();
  }

  @Test
  void aTranslationKeepsTheFormsPlaceholdersAndLinks() {
    dictionary.forEach((english, translations) -> translations.forEach((language, translated) ->
        assertThat(placeholders(translated))
            .as(language + ": " + translated)
            .isEqualTo(placeholders(english))));
  }

  @Test
  void theDictionaryHoldsNoTextThatNoFormHasAnyMore() throws IOException {
    assertThat(textsOfTheForms()).containsAll(dictionary.keySet());
    assertThat(dictionary.values())
        .allSatisfy(translations -> assertThat(translations.keySet()).isEqualTo(Set.copyOf(TRANSLATED)));
  }

  @Test
  void theReaderGetsTheirStaffLanguageAndEnglishOtherwise() {
    TaskFormLabels labels = new TaskFormLabels(json);

    Map<String, Object> swedish = labels.labels(Locale.forLanguageTag("sv-SE"));
    assertThat(swedish.get("language")).isEqualTo("sv");
    assertThat(((Map<?, ?>) swedish.get("labels")).get("Outcome of the call"))
        .isEqualTo("Samtalets utfall");
    // Norwegian as "no" is Bokmål, as on Fordra's pages.
    assertThat(labels.labels(Locale.forLanguageTag("no")).get("language")).isEqualTo("nb");

    Map<String, Object> french = labels.labels(Locale.FRENCH);
    assertThat(french.get("language")).isEqualTo("en");
    assertThat((Map<?, ?>) french.get("labels")).isEmpty();
  }

  Set<String> textsOfTheForms() throws IOException {
    Set<String> texts = new LinkedHashSet<>();
    try (Stream<Path> files = Files.list(FORMS)) {
      for (Path form : files.filter(f -> f.toString().endsWith(".form")).sorted().toList()) {
        collect(json.readTree(form.toFile()).path("components"), texts);
      }
    }
    return texts;
  }

  static void collect(JsonNode components, Set<String> texts) {
    for (JsonNode component : components) {
      for (String property : TEXTS) {
        if (component.path(property).isTextual()) {
          texts.add(component.path(property).asText());
        }
      }
      for (JsonNode option : component.path("values")) {
        texts.add(option.path("label").asText());
      }
      collect(component.path("components"), texts);
    }
  }

  static List<String> placeholders(String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = PLACEHOLDERS.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group());
    }
    return found;
  }
}
