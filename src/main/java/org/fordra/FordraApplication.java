package org.fordra;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class FordraApplication {

  public static void main(String[] args) {
    SpringApplication.run(FordraApplication.class, args);
  }
}
