package org.recoveryworks.jobs;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.recoveryworks.shared.DocumentStore;
import org.recoveryworks.shared.PersonalData;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** A job seeker's applications (what they sent, and what happened to each), saved jobs and saved searches. */
@Component
class JobBankPersonalData implements PersonalData {

	private final ApplicationRepository applications;
	private final DocumentStore documents;
	private final Clock clock;
	private final MessageSource messages;
	private final SavedPostingRepository savedPostings;
	private final SavedSearchRepository savedSearches;

	JobBankPersonalData(ApplicationRepository applications, DocumentStore documents, Clock clock, MessageSource messages,
			SavedPostingRepository savedPostings, SavedSearchRepository savedSearches) {
		this.savedPostings = savedPostings;
		this.savedSearches = savedSearches;
		this.messages = messages;
		this.clock = clock;
		this.applications = applications;
		this.documents = documents;
	}

	@Override
	public List<Section> export(Person person) {
		Long accountId = person.accountId();
		List<Map<String, Object>> items = new ArrayList<>();
		for (JobApplication a : applications.findBySeekerIdOrderBySubmittedAtDesc(accountId)) {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("Job", a.getPosting().getTitle() + " (" + a.getPosting().getRecruitmentNumber() + ")");
			item.put("Sent", a.getSubmittedAt().toString());
			item.put("Stage now", stage(a.getStage()));
			item.put("Name given", a.getFullName());
			item.put("E-mail given", a.getEmail());
			item.put("Phone given", a.getPhone());
			item.put("Shared with my coach", a.isSharedWithCoach());
			Map<String, Object> answers = new LinkedHashMap<>();
			a.getAnswers().forEach(x -> answers.put(x.getQuestionText(), x.getAnswer()));
			item.put("Answers", answers);
			item.put("Sent from my profile", a.getBackground().stream().map(b -> String.join(" · ", Stream.of(b.getWhat(),
					b.getPlace(), b.getStarted(), b.getEnded(), b.getDetails()).filter(x -> x != null).toList())).toList());
			item.put("Documents", a.getDocuments().stream().map(d -> d.getKind().name() + ": " + d.getFileName()).toList());
			item.put("Stages", a.getHistory().stream().map(h -> h.getChangedAt() + " " + stage(h.getStage())).toList());
			items.add(item);
		}
		List<Map<String, Object>> saved = savedPostings.findByAccountIdOrderBySavedAtDesc(accountId).stream().map(sp -> {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("Job", sp.getPosting().getTitle() + " (" + sp.getPosting().getRecruitmentNumber() + ")");
			item.put("Saved on", sp.getSavedAt().toString());
			return item;
		}).toList();
		List<Map<String, Object>> searches = savedSearches.findByAccountIdOrderByCreatedAtDesc(accountId).stream().map(ss -> {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("Name", ss.getName());
			item.put("Search", ss.getQuery());
			item.put("E-mail alert", messages.getMessage("saved.alert." + ss.getAlert().name(), null, LocaleContextHolder.getLocale()));
			item.put("Saved on", ss.getCreatedAt().toString());
			return item;
		}).toList();
		return List.of(new Section("Job applications", items), new Section("Jobs I saved", saved), new Section("Searches I saved", searches));
	}

	/** A stage as the status board names it, in the reader's language. */
	private String stage(Stage stage) {
		return messages.getMessage("stage." + stage.name(), null, stage.name(), LocaleContextHolder.getLocale());
	}

	@Override
	public void erase(Person person) {
		Long accountId = person.accountId();
		savedPostings.deleteAll(savedPostings.findByAccountIdOrderBySavedAtDesc(accountId));
		// The alerts' records of what they sent go with each search (on delete cascade).
		savedSearches.deleteAll(savedSearches.findByAccountIdOrderByCreatedAtDesc(accountId));
		for (JobApplication a : applications.findBySeekerIdOrderBySubmittedAtDesc(accountId)) {
			a.getDocuments().forEach(d -> documents.deleteAfterCommit(d.getStorageKey()));
			a.eraseApplicant(Instant.now(clock));
		}
	}
}
