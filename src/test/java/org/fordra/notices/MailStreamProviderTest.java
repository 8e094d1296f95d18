package org.fordra.notices;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.util.StreamProvider;
import org.junit.jupiter.api.Test;

/**
 * Fordra names Jakarta Mail's stream provider by system property (a class path search per message
 * part otherwise): the name must stay the provider that is really on the class path, or every
 * notice would fail to build.
 */
class MailStreamProviderTest {

  @Test
  void theNamedStreamProviderIsTheOneOnTheClassPathAndMailUsesIt() throws Exception {
    Class.forName(NoticeMail.class.getName()); // its static initializer names the provider

    String named = System.getProperty(NoticeMail.STREAM_PROVIDER);
    assertThat(named).isEqualTo("org.eclipse.angus.mail.util.MailStreamProvider");
    assertThat(StreamProvider.class.isAssignableFrom(Class.forName(named))).isTrue();
    assertThat(StreamProvider.provider().getClass().getName()).isEqualTo(named);
  }
}
