package org.recoveryworks.jobs;

import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.validation.Valid;

import org.recoveryworks.shared.RecoveryWorksProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;

/** Any search as an Atom feed (RFC 4287) of its newest jobs, for a feed reader: the search page's own parameters. */
@RestController
class SearchFeedController {

	static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	private final PostingSearch search;
	private final SearchIndexStartup index;
	private final RecoveryWorksProperties properties;
	private final MessageSource messages;
	private final Clock clock;

	SearchFeedController(PostingSearch search, SearchIndexStartup index, RecoveryWorksProperties properties, MessageSource messages, Clock clock) {
		this.search = search;
		this.index = index;
		this.properties = properties;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/jobs/feed.atom")
	ResponseEntity<String> feed(@Valid @ModelAttribute("query") JobQuery query) throws XMLStreamException {
		index.requireReady();
		JobQuery latest = query.newest(30);
		List<JobSearchResult.Hit> hits = search.search(latest, false).hits();
		ZoneId zone = clock.getZone();
		String base = properties.baseUrl();
		String searchPage = base + latest.toLink("/jobs", 1, null);
		StringWriter out = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("feed");
		xml.writeDefaultNamespace("http://www.w3.org/2005/Atom");
		element(xml, "id", base + query.feedLink());
		element(xml, "title", messages.getMessage("search.feed.title", new Object[] { query.getQ() == null ? "" : query.getQ() },
				LocaleContextHolder.getLocale()).strip());
		Instant newest = hits.stream().map(h -> h.openDate() == null ? null : h.openDate().atStartOfDay(zone).toInstant())
			.filter(i -> i != null).max(Instant::compareTo).orElse(Instant.now(clock));
		element(xml, "updated", newest.toString());
		link(xml, "alternate", searchPage, "text/html");
		link(xml, "self", base + query.feedLink(), ATOM.toString());
		xml.writeStartElement("author");
		element(xml, "name", properties.baseUrl());
		xml.writeEndElement();
		for (JobSearchResult.Hit h : hits) {
			xml.writeStartElement("entry");
			element(xml, "id", base + "/jobs/" + h.id());
			element(xml, "title", h.title());
			LocalDate opened = h.openDate() == null ? LocalDate.now(clock) : h.openDate();
			element(xml, "updated", opened.atStartOfDay(zone).toInstant().toString());
			link(xml, "alternate", base + "/jobs/" + h.id(), "text/html");
			element(xml, "summary", h.organizationName() + ", " + h.town()
					+ (h.closeDate() == null ? "" : " · " + messages.getMessage("search.feed.closes", new Object[] { h.closeDate().toString() },
							LocaleContextHolder.getLocale())));
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
		return ResponseEntity.ok().contentType(ATOM).cacheControl(CacheControl.noCache()).body(out.toString());
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("href", href);
		xml.writeAttribute("type", type);
	}
}
