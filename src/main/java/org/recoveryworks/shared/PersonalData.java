package org.recoveryworks.shared;

import java.util.List;
import java.util.Map;

/**
 * What one module holds about a person's account, for their data download and for closing the
 * account. Each module that keeps personal data about job seekers provides one; the accounts
 * module gathers them.
 */
public interface PersonalData {

	/** Whose data: the account, and the e-mail address it had. */
	record Person(Long accountId, String email) {
	}

	/** One part of the download: a title and its items, each a list of labelled values. */
	record Section(String title, List<Map<String, Object>> items) {
	}

	/** Everything this module holds about the account, in plain words. */
	List<Section> export(Person person);

	/**
	 * Erases the account's personal data when it is closed. What is left for statistics holds
	 * nothing that says who the person was. Runs in the closing transaction.
	 */
	void erase(Person person);
}
