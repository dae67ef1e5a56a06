package org.recoveryworks.shared.mail;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface MailMessageRepository extends JpaRepository<MailMessage, Long> {

	List<MailMessage> findTop100ByOrderByIdDesc();

	List<MailMessage> findByRecipientOrderByIdDesc(String recipient);
}
