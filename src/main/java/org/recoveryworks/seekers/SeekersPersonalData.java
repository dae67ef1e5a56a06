package org.recoveryworks.seekers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.recoveryworks.shared.PersonalData;
import org.recoveryworks.shared.sms.TextSender;
import org.springframework.stereotype.Component;

/** A job seeker's profile: in their data download, and erased with their account. */
@Component
class SeekersPersonalData implements PersonalData {

	private final ProfileRepository profiles;
	private final TextConsentRepository consents;
	private final TextSender sender;

	SeekersPersonalData(ProfileRepository profiles, TextConsentRepository consents, TextSender sender) {
		this.profiles = profiles;
		this.consents = consents;
		this.sender = sender;
	}

	@Override
	public List<Section> export(Person person) {
		List<Map<String, Object>> texts = consents.findByAccountId(person.accountId()).map(c -> {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("Phone", c.getPhone());
			item.put("About", c.getPurposes().stream().map(Enum::name).collect(Collectors.joining(", ")));
			item.put("Agreed on", c.getConsentedAt().toString());
			item.put("Ended on", c.getEndedAt() == null ? null : c.getEndedAt().toString());
			item.put("Ended by", c.getEndedHow());
			item.put("Texts kept unsent (no provider)", sender.outboxFor(c.getPhone()));
			return List.of(item);
		}).orElse(List.of());
		List<Section> sections = new ArrayList<>(profileSections(person));
		sections.add(new Section("Text messages", texts));
		return sections;
	}

	private List<Section> profileSections(Person person) {
		return profiles.findByAccountId(person.accountId()).map(p -> {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("Phone", p.getPhone());
			item.put("Town", p.getTown());
			item.put("Skills", p.getSkills());
			item.put("Languages", p.getLanguages());
			item.put("Certifications", p.getCertifications());
			item.put("Days", p.getDays().stream().map(Enum::name).collect(Collectors.joining(", ")));
			item.put("Times of day", p.getTimes().stream().map(Enum::name).collect(Collectors.joining(", ")));
			item.put("Hours a week", p.getHoursPerWeek());
			item.put("Getting to work", p.getTransport().stream().map(Enum::name).collect(Collectors.joining(", ")));
			item.put("Miles at most", p.getMaxMiles());
			item.put("Work history", p.getWork().stream().map(w -> {
				Map<String, Object> line = new LinkedHashMap<>();
				line.put("Employer", w.getEmployer());
				line.put("Title", w.getTitle());
				line.put("From", w.getStarted());
				line.put("To", w.getEnded());
				line.put("Volunteer", w.isVolunteer());
				line.put("Duties", w.getDuties());
				return line;
			}).toList());
			item.put("Schooling and training", p.getSchooling().stream().map(s -> {
				Map<String, Object> line = new LinkedHashMap<>();
				line.put("School", s.getSchool());
				line.put("Studied", s.getStudied());
				line.put("Finished", s.getFinished());
				return line;
			}).toList());
			return List.of(new Section("Profile", List.of(item)));
		}).orElse(List.of(new Section("Profile", List.of())));
	}

	@Override
	public void erase(Person person) {
		profiles.findByAccountId(person.accountId()).ifPresent(profiles::delete);
		consents.findByAccountId(person.accountId()).ifPresent(c -> {
			sender.forget(c.getPhone());
			consents.delete(c);
		});
	}
}
