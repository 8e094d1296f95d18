package org.fordra.cluster;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Names this node in the shared database. Every node of a cluster runs the same Fordra against
 * the same PostgreSQL (Camunda's homogeneous cluster); the name is written as the lock owner of
 * the jobs this node has taken ({@code ACT_RU_JOB.LOCK_OWNER_}) and as the host of every job it
 * ran ({@code ACT_HI_JOB_LOG.HOSTNAME_}), so an operator can see which node holds or held what.
 * Without a name the engine keeps its own: a random lock owner and the machine's host name.
 */
@Component
class NodeIdentity extends AbstractProcessEnginePlugin {

  private final String name;

  NodeIdentity(@Value("${fordra.cluster.node-name:}") String name) {
    this.name = name == null ? "" : name.trim();
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (name.isEmpty()) {
      return;
    }
    configuration.setHostname(name);
    if (configuration.getJobExecutor() != null) {
      configuration.getJobExecutor().setLockOwner(name);
    }
  }
}
