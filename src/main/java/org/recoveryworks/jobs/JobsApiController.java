package org.recoveryworks.jobs;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/jobs")
@Tag(name = "Jobs", description = "Open postings of the job bank, for anyone")
class JobsApiController {

	private final PostingSearch search;
	private final PostingService postings;

	private final SearchIndexStartup index;

	JobsApiController(PostingSearch search, PostingService postings, SearchIndexStartup index) {
		this.index = index;
		this.search = search;
		this.postings = postings;
	}

	@GetMapping
	@Operation(summary = "Search open postings",
			description = "Same parameters as the search page: q (words), zip (ZIP code or town), radius (miles, default 25), "
					+ "type, shift, minPay (hourly dollars), peer, bh (behavioral-health field), within (days since posted), "
					+ "sort (RELEVANCE, NEWEST, CLOSING, SALARY, DISTANCE), page (from 1), size (at most 100); "
					+ "facets=true adds the counts per filter value that the search page shows.")
	JobSearchResult search(@Valid @ParameterObject @ModelAttribute JobQuery query,
			@Parameter(description = "true adds the counts per filter value (typeCounts, shiftCounts, peerCounts, bhCounts)")
			@RequestParam(defaultValue = "false") boolean facets) {
		index.requireReady();
		return search.search(query, facets);
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read one posting, with pay in all three units and its application questions")
	PostingView posting(@PathVariable Long id) {
		return postings.publicView(id);
	}
}
