package org.recoveryworks.jobs;

import org.springframework.data.jpa.repository.JpaRepository;

interface DocumentRepository extends JpaRepository<ApplicationDocument, Long> {
}
