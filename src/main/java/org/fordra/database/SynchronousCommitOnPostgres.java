package org.fordra.database;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL a commit returns only once its WAL is flushed: a server, database or role set to
 * {@code synchronous_commit=off} (the embedded test server's default, a common "tuning") is
 * raised to {@code on} for each of Fordra's pooled connections; a stronger setting
 * ({@code remote_write}, {@code remote_apply} with a synchronous standby) is kept. Done here, by
 * the database's URL rather than in the postgres profile, so the statement never reaches H2
 * (tests run the postgres profile's web settings on H2). An operator's own
 * {@code spring.datasource.hikari.connection-init-sql} is left alone; {@link DurableCommits}
 * then checks the result.
 */
@Component
class SynchronousCommitOnPostgres implements BeanPostProcessor {

  static final String RAISE_TO_ON =
      "DO $$ BEGIN IF current_setting('synchronous_commit') = 'off'"
          + " THEN PERFORM set_config('synchronous_commit', 'on', false); END IF; END $$";

  /** After Boot has bound spring.datasource.hikari.*; the pool opens on first use, later. */
  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof HikariDataSource pool
        && pool.getJdbcUrl() != null
        && pool.getJdbcUrl().startsWith("jdbc:postgresql:")
        && pool.getConnectionInitSql() == null) {
      pool.setConnectionInitSql(RAISE_TO_ON);
    }
    return bean;
  }
}
