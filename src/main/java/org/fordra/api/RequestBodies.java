package org.fordra.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.fordra.money.DecimalStrings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;

/**
 * The JSON of HTTP requests and answers: Spring's mapper as configured (application.yml), and in
 * requests decimals only as strings ({@link DecimalStrings}). A copy of the mapper, so JSON that
 * is not a request (events Fordra stores, files it reads back) is not held to that rule.
 */
@Configuration
class RequestBodies {

  @Bean
  MappingJackson2HttpMessageConverter mappingJackson2HttpMessageConverter(ObjectMapper mapper) {
    return new MappingJackson2HttpMessageConverter(mapper.copy().registerModule(new DecimalStrings()));
  }
}
