package org.recoveryworks.seekers;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface TextConsentRepository extends JpaRepository<TextConsent, Long> {

	Optional<TextConsent> findByAccountId(Long accountId);

	List<TextConsent> findByPhoneAndEndedAtIsNull(String phone);
}
