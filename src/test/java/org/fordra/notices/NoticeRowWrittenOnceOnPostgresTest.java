package org.fordra.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.fordra.testing.FordraTestOnPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The same on PostgreSQL 17 with the production profile, where the stored copies are compressed. */
@FordraTestOnPostgres
class NoticeRowWrittenOnceOnPostgresTest extends NoticeRowWrittenOnceTest {

  @Autowired JdbcTemplate db;

  /** V139: a row past 128 bytes has its copy compressed; the copy reads back as it was stored. */
  @Test
  void theEmailsStoredCopyIsCompressedAndReadsBackWhole() {
    List<Long> ids = storeAndSend(register());
    Map<String, Object> email =
        db.queryForMap(
            "select pg_column_compression(content) as method, pg_column_size(content) as stored,"
                + " octet_length(content) as length, content_type, checksum,"
                + " encode(sha256(content), 'hex') as digest from notice where id = ?",
            ids.get(0));

    assertThat(db.queryForList("select unnest(reloptions) from pg_class where relname = 'notice'", String.class))
        .contains("toast_tuple_target=128");
    assertThat(email.get("content_type")).asString().startsWith("text/html");
    assertThat(email.get("method")).isEqualTo("pglz");
    // pglz keeps a compressed value only when it saves a quarter (the QR code's PNG in the HTML
    // hardly compresses; the text around it does).
    assertThat(((Number) email.get("stored")).intValue())
        .isLessThanOrEqualTo(((Number) email.get("length")).intValue() * 3 / 4);
    assertThat(email.get("digest")).isEqualTo(email.get("checksum"));
  }
}
