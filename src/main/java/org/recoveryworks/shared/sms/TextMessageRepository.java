package org.recoveryworks.shared.sms;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface TextMessageRepository extends JpaRepository<TextMessage, Long> {

	List<TextMessage> findFirst100ByOrderByIdDesc();

	List<TextMessage> findByRecipientOrderByIdAsc(String recipient);
}
