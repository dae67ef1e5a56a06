package org.recoveryworks.jobs;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.recoveryworks.shared.RecoveryWorksProperties;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/** schema.org JobPosting JSON-LD for an open posting's page. */
@Component
class JobPostingJsonLd {

	private final JsonMapper json;
	private final RecoveryWorksProperties properties;
	private final Clock clock;

	private final org.recoveryworks.shared.geo.Places places;
	private final org.recoveryworks.organizations.Organizations organizations;

	JobPostingJsonLd(JsonMapper json, RecoveryWorksProperties properties, Clock clock, org.recoveryworks.shared.geo.Places places,
			org.recoveryworks.organizations.Organizations organizations) {
		this.places = places;
		this.organizations = organizations;
		this.json = json;
		this.properties = properties;
		this.clock = clock;
	}

	String of(PostingView p) {
		Map<String, Object> doc = new LinkedHashMap<>();
		doc.put("@context", "https://schema.org/");
		doc.put("@type", "JobPosting");
		doc.put("title", p.title());
		doc.put("description", description(p));
		doc.put("identifier", Map.of("@type", "PropertyValue", "name", p.organizationName(), "value", p.recruitmentNumber()));
		doc.put("datePosted", p.openDate().toString());
		if (p.closeDate() != null) {
			// The end of the close date in the deployment's zone, with that day's offset (EST or EDT in Connecticut).
			doc.put("validThrough", p.closeDate().atTime(23, 59, 59).atZone(clock.getZone())
				.toOffsetDateTime().toString());
		}
		doc.put("employmentType", p.employmentType().schemaOrg());
		doc.put("hiringOrganization", hiringOrganization(p));
		Map<String, Object> address = new LinkedHashMap<>();
		address.put("@type", "PostalAddress");
		if (p.street() != null) {
			address.put("streetAddress", p.street());
		}
		address.put("addressLocality", p.town());
		if (!places.stateOf(p.zip()).isEmpty()) {
			address.put("addressRegion", places.stateOf(p.zip()));
		}
		address.put("postalCode", p.zip());
		address.put("addressCountry", "US");
		doc.put("jobLocation", Map.of("@type", "Place", "address", address));
		Map<String, Object> value = new LinkedHashMap<>();
		value.put("@type", "QuantitativeValue");
		value.put("minValue", p.pay().hourlyMin());
		value.put("maxValue", p.pay().hourlyMax());
		value.put("unitText", "HOUR");
		doc.put("baseSalary", Map.of("@type", "MonetaryAmount", "currency", "USD", "value", value));
		doc.put("totalJobOpenings", p.openings());
		doc.put("url", properties.baseUrl() + "/jobs/" + p.id());
		// Keep the script element closed only where we close it.
		return json.writeValueAsString(doc).replace("</", "<\\/");
	}

	/** The employer as its profile describes it. */
	private Map<String, Object> hiringOrganization(PostingView p) {
		Map<String, Object> organization = new LinkedHashMap<>();
		organization.put("@type", "Organization");
		organization.put("name", p.organizationName());
		organizations.find(p.organizationId()).ifPresent(o -> {
			if (o.website() != null) {
				organization.put("sameAs", o.website());
			}
			if (o.description() != null) {
				organization.put("description", o.description());
			}
			if (o.phone() != null) {
				organization.put("telephone", o.phone());
			}
		});
		return organization;
	}

	private static String description(PostingView p) {
		StringBuilder b = new StringBuilder(p.duties());
		if (p.minimumQualifications() != null) {
			b.append("\n\n").append(p.minimumQualifications());
		}
		return b.toString();
	}
}
