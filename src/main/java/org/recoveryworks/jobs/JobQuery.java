package org.recoveryworks.jobs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The job search's query parameters, shared by the search page and {@code GET /api/v1/jobs}:
 * {@code q, zip, radius, type, shift, minPay, peer, bh, within, sort, page, size}.
 */
public class JobQuery {

	public enum Sort {
		RELEVANCE, NEWEST, CLOSING, SALARY, DISTANCE
	}

	static final int DEFAULT_RADIUS = 25;

	@Size(max = 200, message = "{search.q.size}")
	private String q;

	/** A ZIP code or a town name. */
	@Size(max = 60, message = "{search.zip.size}")
	private String zip;

	@Min(value = 1, message = "{search.radius.range}")
	@Max(value = 250, message = "{search.radius.range}")
	private Integer radius;

	private List<EmploymentType> type = new ArrayList<>();

	private List<Shift> shift = new ArrayList<>();

	@DecimalMin(value = "0", message = "{search.minPay.range}")
	@DecimalMax(value = "500", message = "{search.minPay.range}")
	private BigDecimal minPay;

	private Boolean peer;

	private Boolean bh;

	@Min(value = 1, message = "{search.within.range}")
	@Max(value = 365, message = "{search.within.range}")
	private Integer within;

	private Sort sort;

	@Min(value = 1, message = "{search.page.range}")
	@Max(value = 10000, message = "{search.page.range}")
	private Integer page = 1;

	@Min(value = 1, message = "{search.size.range}")
	@Max(value = 100, message = "{search.size.range}")
	private Integer size = 20;

	/** The same search, to change one choice of it (the first page, the same sort). */
	JobQuery copy() {
		JobQuery c = new JobQuery();
		c.q = q;
		c.zip = zip;
		c.radius = radius;
		c.type = new ArrayList<>(type);
		c.shift = new ArrayList<>(shift);
		c.minPay = minPay;
		c.peer = peer;
		c.bh = bh;
		c.within = within;
		c.sort = sort;
		c.size = size;
		return c;
	}

	/** The same search's newest jobs, at most {@code size}: what an alert or a feed sends. */
	JobQuery newest(int size) {
		JobQuery c = copy();
		c.sort = Sort.NEWEST;
		c.page = 1;
		c.size = size;
		return c;
	}

	boolean hasText() {
		return q != null && !q.isBlank();
	}

	boolean hasPlace() {
		return zip != null && !zip.isBlank();
	}

	int effectiveRadius() {
		return radius == null ? DEFAULT_RADIUS : radius;
	}

	Sort effectiveSort() {
		if (sort != null) {
			return sort;
		}
		return hasText() ? Sort.RELEVANCE : (hasPlace() ? Sort.DISTANCE : Sort.NEWEST);
	}

	int effectivePage() {
		return page == null || page < 1 ? 1 : page;
	}

	int effectiveSize() {
		return size == null ? 20 : size;
	}

	/** This query as a link, for paging and sorting links that work without JavaScript. */
	public String toLink(String path, Integer newPage, Sort newSort) {
		List<Parameter> all = new ArrayList<>(filters(newSort != null ? newSort : sort));
		all.add(new Parameter("page", String.valueOf(newPage != null ? newPage : effectivePage())));
		return link(path, all);
	}

	/**
	 * The address with these parameters, each value strictly encoded (a "+" in the words is "%2B", not a space), as
	 * template variables are.
	 */
	private static String link(String path, List<Parameter> parameters) {
		UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
		List<Object> values = new ArrayList<>();
		for (Parameter p : parameters) {
			b.queryParam(p.name(), "{v" + values.size() + "}");
			values.add(p.value());
		}
		return b.encode().buildAndExpand(values.toArray()).toUriString();
	}

	/** A parameter of the search, as a form's hidden field sends it. */
	public record Parameter(String name, String value) {
	}

	/** The words, place and filters of this search (not its page): to save it, or follow it as a feed. */
	public List<Parameter> filters() {
		return filters(sort);
	}

	/** This search as an Atom feed's address (its newest jobs). */
	public String feedLink() {
		return link("/jobs/feed.atom", filters(null));
	}

	private List<Parameter> filters(Sort s) {
		List<Parameter> all = new ArrayList<>();
		if (hasText()) {
			all.add(new Parameter("q", q));
		}
		if (hasPlace()) {
			all.add(new Parameter("zip", zip));
		}
		if (radius != null) {
			all.add(new Parameter("radius", radius.toString()));
		}
		type.forEach(t -> all.add(new Parameter("type", t.name())));
		shift.forEach(x -> all.add(new Parameter("shift", x.name())));
		if (minPay != null) {
			all.add(new Parameter("minPay", minPay.toPlainString()));
		}
		if (peer != null) {
			all.add(new Parameter("peer", peer.toString()));
		}
		if (bh != null) {
			all.add(new Parameter("bh", bh.toString()));
		}
		if (within != null) {
			all.add(new Parameter("within", within.toString()));
		}
		if (s != null) {
			all.add(new Parameter("sort", s.name()));
		}
		return all;
	}

	public String getQ() {
		return q;
	}

	public void setQ(String q) {
		this.q = q;
	}

	public String getZip() {
		return zip;
	}

	public void setZip(String zip) {
		this.zip = zip;
	}

	public Integer getRadius() {
		return radius;
	}

	public void setRadius(Integer radius) {
		this.radius = radius;
	}

	public List<EmploymentType> getType() {
		return type;
	}

	public void setType(List<EmploymentType> type) {
		this.type = type == null ? new ArrayList<>() : type;
	}

	public List<Shift> getShift() {
		return shift;
	}

	public void setShift(List<Shift> shift) {
		this.shift = shift == null ? new ArrayList<>() : shift;
	}

	public BigDecimal getMinPay() {
		return minPay;
	}

	public void setMinPay(BigDecimal minPay) {
		this.minPay = minPay;
	}

	public Boolean getPeer() {
		return peer;
	}

	public void setPeer(Boolean peer) {
		this.peer = peer;
	}

	public Boolean getBh() {
		return bh;
	}

	public void setBh(Boolean bh) {
		this.bh = bh;
	}

	public Integer getWithin() {
		return within;
	}

	public void setWithin(Integer within) {
		this.within = within;
	}

	public Sort getSort() {
		return sort;
	}

	public void setSort(Sort sort) {
		this.sort = sort;
	}

	public Integer getPage() {
		return page;
	}

	public void setPage(Integer page) {
		this.page = page;
	}

	public Integer getSize() {
		return size;
	}

	public void setSize(Integer size) {
		this.size = size;
	}
}
