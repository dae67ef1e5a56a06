package org.recoveryworks.shared;

import org.springframework.data.jpa.repository.JpaRepository;

interface DeploymentSettingsRepository extends JpaRepository<DeploymentSettings, Long> {
}
