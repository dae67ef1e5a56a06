package org.recoveryworks.jobs;

import java.util.Map;

import org.springframework.web.multipart.MultipartFile;

/** What a seeker sends when applying: contact details, answers by question id, optional documents. */
record ApplicationDraft(String fullName, String email, String phone, Map<Long, String> answers, MultipartFile resume,
		MultipartFile coverLetter) {
}
