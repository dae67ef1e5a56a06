package org.recoveryworks.accounts;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

interface InvitationRepository extends JpaRepository<Invitation, Long> {

	/** Locks the row, so that two uses of one link at the same moment cannot both create an account. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	Optional<Invitation> findByTokenHash(String tokenHash);

	Optional<Invitation> readByTokenHash(String tokenHash);

	Optional<Invitation> findByPendingEmail(String pendingEmail);

	List<Invitation> findByInvitedByAndPendingEmailIsNotNull(Long invitedBy);

	List<Invitation> findByOrganizationIdAndPendingEmailIsNotNullOrderByCreatedAtDesc(Long organizationId);

	List<Invitation> findByOrganizationIdIsNullAndPendingEmailIsNotNullOrderByCreatedAtDesc();
}
