package org.fordra.dunning.contact;

import org.fordra.time.PublicHolidays;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The contact rules as beans, from {@code fordra.contact.*}. */
@Configuration
@EnableConfigurationProperties(ContactSettings.class)
class ContactRulesConfiguration {

  @Bean
  PublicHolidays publicHolidays(ContactSettings settings) {
    return new PublicHolidays(settings.holidayRegions());
  }

  @Bean
  ContactCalendar contactCalendar(ContactSettings settings, PublicHolidays holidays) {
    return new ContactCalendar(settings, holidays);
  }

  @Bean
  ContactPolicy contactPolicy(ContactCalendar calendar, ContactSettings settings) {
    return new ContactPolicy(calendar, settings.maxPerWeek());
  }
}
