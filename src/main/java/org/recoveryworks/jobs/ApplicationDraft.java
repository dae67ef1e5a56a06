package org.recoveryworks.jobs;

import org.recoveryworks.seekers.ApplicantProfile;
import java.util.Map;

import org.springframework.web.multipart.MultipartFile;

/**
 * What a seeker sends when applying: contact details, answers by question id, optional documents, and the lines of
 * their profile they chose to send (null or empty: none).
 */
record ApplicationDraft(String fullName, String email, String phone, Map<Long, String> answers, MultipartFile resume,
		MultipartFile coverLetter, ApplicantProfile background) {

	ApplicationDraft(String fullName, String email, String phone, Map<Long, String> answers, MultipartFile resume, MultipartFile coverLetter) {
		this(fullName, email, phone, answers, resume, coverLetter, null);
	}
}
