package org.fordra.testing;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.fordra.dunning.CollectionsScenario;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Fordra sending its mail to a server on this machine ({@link Smtp#PORT}), which each class so
 * annotated runs itself ({@link Smtp#server()}, a GreenMail server it may stop to play an
 * outage): one context for the classes that check what goes out by mail, on the shared test
 * database. {@link FordraTest}'s context has no mail server and cannot be given one (every other
 * test's notices would go to it).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(
    properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=${fordra.test.smtp.port:3925}"})
@ActiveProfiles("test")
@Import(CollectionsScenario.class)
public @interface FordraTestSendingMail {

  /** The class's mail server: {@code @RegisterExtension static GreenMailExtension smtp = Smtp.server();} */
  final class Smtp {

    /** One per test JVM: the build runs two at once (pom.xml). */
    public static final int PORT = Integer.getInteger("fordra.test.smtp.port", 3925);

    private Smtp() {}

    public static GreenMailExtension server() {
      return new GreenMailExtension(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
          .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    }
  }
}
