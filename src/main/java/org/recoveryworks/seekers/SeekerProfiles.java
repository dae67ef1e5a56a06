package org.recoveryworks.seekers;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.shared.web.Dates;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Job seekers' profiles. A person reads and changes only their own: every line is looked up within the signed-in
 * person's profile, so another person's line is "not found".
 */
@Service
public class SeekerProfiles {

	private final ProfileRepository profiles;
	private final Clock clock;
	private final ObjectProvider<VerifiedCredentials> credentials;
	private final MessageSource messages;
	private final Dates dates;

	SeekerProfiles(ProfileRepository profiles, Clock clock, ObjectProvider<VerifiedCredentials> credentials, MessageSource messages,
			Dates dates) {
		this.profiles = profiles;
		this.clock = clock;
		this.credentials = credentials;
		this.messages = messages;
		this.dates = dates;
	}

	/** The credentials the person holds (none when no module answers). */
	private List<VerifiedCredentials.Held> held(Long accountId) {
		VerifiedCredentials source = credentials.getIfAvailable();
		return source == null ? List.of() : source.heldBy(accountId);
	}

	/** The listed credentials, one line each, before what the person wrote about certificates themselves. */
	private String certifications(ProfileView p) {
		List<String> lines = new ArrayList<>(p.listed().stream().map(h -> messages.getMessage("profile.credential.line",
				new Object[] { h.name(), h.issuer(), dates.day(h.certifiedOn()) }, LocaleContextHolder.getLocale())).toList());
		if (p.certifications() != null) {
			lines.add(p.certifications());
		}
		return lines.isEmpty() ? null : String.join("\n", lines);
	}

	/** What the person's profile gives an application, if they have one. */
	@Transactional(readOnly = true)
	public Optional<ApplicantProfile> forApplying(Long accountId) {
		return profiles.findByAccountId(accountId).map(p -> new ApplicantProfile(p.getPhone(),
				p.getWork().stream().map(w -> new ApplicantProfile.Work(w.getId(), w.getEmployer(), w.getTitle(), w.getStarted(), w.getEnded(),
						w.isVolunteer(), w.getDuties())).toList(),
				p.getSchooling().stream().map(s -> new ApplicantProfile.School(s.getId(), s.getSchool(), s.getStudied(), s.getFinished())).toList(),
				p.getSkills(), p.getLanguages(), certifications(view(accountId))));
	}

	/**
	 * Fills a person's profile from what an import or the demo data gives, when they have none yet (a second call
	 * changes nothing).
	 */
	@Transactional
	public void fillIfEmpty(Long accountId, ApplicantProfile given) {
		if (profiles.findByAccountId(accountId).isPresent()) {
			return;
		}
		Instant now = Instant.now(clock);
		SeekerProfile profile = profiles.save(new SeekerProfile(accountId, now));
		ProfileForm form = new ProfileForm();
		form.setPhone(given.phone());
		form.setSkills(given.skills());
		form.setLanguages(given.languages());
		form.setCertifications(given.certifications());
		profile.change(form, now);
		for (ApplicantProfile.Work w : given.work()) {
			WorkForm line = new WorkForm();
			line.setEmployer(w.employer());
			line.setTitle(w.title());
			line.setStarted(w.started());
			line.setEnded(w.ended());
			line.setVolunteer(w.volunteer());
			line.setDuties(w.duties());
			profile.addWork(line, now);
		}
		for (ApplicantProfile.School s : given.schooling()) {
			SchoolingForm line = new SchoolingForm();
			line.setSchool(s.school());
			line.setStudied(s.studied());
			line.setFinished(s.finished());
			profile.addSchooling(line, now);
		}
	}

	/** The person's profile as their page shows it (empty before they save anything). */
	@Transactional(readOnly = true)
	ProfileView view(Long accountId) {
		return profiles.findByAccountId(accountId).map(ProfileView::of).orElse(ProfileView.EMPTY).withCredentials(held(accountId));
	}

	/**
	 * The person's résumé with what they chose: lines are taken by id from their own profile only, so an id that is not
	 * theirs adds nothing.
	 */
	@Transactional(readOnly = true)
	Resume resume(AccountUser person, ResumeChoice choice) {
		ProfileView p = view(person.id());
		List<Resume.Line> work = p.work().stream().filter(w -> choice.getWork().contains(w.id()))
			.map(w -> new Resume.Line(w.title(), w.employer(), dates.months(w.started(), w.ended()), w.volunteer(),
					w.duties() == null ? List.of() : w.duties().lines().map(String::strip).filter(l -> !l.isEmpty()).toList()))
			.toList();
		return new Resume(person.displayName(), choice.isContact() ? person.email() : null, choice.isContact() ? p.phone() : null,
				choice.isContact() ? p.town() : null, work, p.schooling().stream().filter(s -> choice.getSchooling().contains(s.id())).toList(),
				choice.isSkills() ? p.skills() : null, choice.isLanguages() ? p.languages() : null,
				choice.isCertifications() ? certifications(p) : null);
	}

	/** The person's profile's own fields in a form, to change them. */
	@Transactional(readOnly = true)
	ProfileForm form(Long accountId) {
		return ProfileForm.of(profiles.findByAccountId(accountId).orElse(null));
	}

	@Transactional
	void change(Long accountId, ProfileForm form) {
		own(accountId).change(form, Instant.now(clock));
	}

	@Transactional
	void addWork(Long accountId, WorkForm form) {
		own(accountId).addWork(form, Instant.now(clock));
	}

	@Transactional(readOnly = true)
	WorkForm work(Long accountId, Long id) {
		return WorkForm.of(workLine(accountId, id));
	}

	@Transactional
	void changeWork(Long accountId, Long id, WorkForm form) {
		WorkExperience line = workLine(accountId, id);
		line.change(form);
		line.getProfile().touch(Instant.now(clock));
	}

	@Transactional
	void removeWork(Long accountId, Long id) {
		WorkExperience line = workLine(accountId, id);
		line.getProfile().remove(line, Instant.now(clock));
	}

	@Transactional
	void addSchooling(Long accountId, SchoolingForm form) {
		own(accountId).addSchooling(form, Instant.now(clock));
	}

	@Transactional(readOnly = true)
	SchoolingForm schooling(Long accountId, Long id) {
		return SchoolingForm.of(schoolingLine(accountId, id));
	}

	@Transactional
	void changeSchooling(Long accountId, Long id, SchoolingForm form) {
		Schooling line = schoolingLine(accountId, id);
		line.change(form);
		line.getProfile().touch(Instant.now(clock));
	}

	@Transactional
	void removeSchooling(Long accountId, Long id) {
		Schooling line = schoolingLine(accountId, id);
		line.getProfile().remove(line, Instant.now(clock));
	}

	/** The person's profile, made on their first change. */
	private SeekerProfile own(Long accountId) {
		return profiles.findByAccountId(accountId).orElseGet(() -> profiles.save(new SeekerProfile(accountId, Instant.now(clock))));
	}

	private WorkExperience workLine(Long accountId, Long id) {
		return profiles.findByAccountId(accountId).flatMap(p -> p.getWork().stream().filter(w -> w.getId().equals(id)).findFirst())
			.orElseThrow(() -> new EntryNotFound(id));
	}

	private Schooling schoolingLine(Long accountId, Long id) {
		return profiles.findByAccountId(accountId).flatMap(p -> p.getSchooling().stream().filter(s -> s.getId().equals(id)).findFirst())
			.orElseThrow(() -> new EntryNotFound(id));
	}
}
