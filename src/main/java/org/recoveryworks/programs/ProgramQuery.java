package org.recoveryworks.programs;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a visitor searches the finder for; every part may be left out. */
class ProgramQuery {

	static final java.util.List<Integer> RADII = java.util.List.of(5, 10, 25, 50, 100);

	@Size(max = 60, message = "{programs.where.invalid}")
	private String where;

	private Integer radius = 25;

	private ProgramKind kind;

	private ProgramService service;

	@Size(max = 40, message = "{programs.language.invalid}")
	@Pattern(regexp = "^[\\p{L} ]*$", message = "{programs.language.invalid}")
	private String language;

	public String getWhere() { return where; }
	public void setWhere(String v) { this.where = v; }
	public Integer getRadius() { return radius; }
	public void setRadius(Integer v) { this.radius = v; }
	public ProgramKind getKind() { return kind; }
	public void setKind(ProgramKind v) { this.kind = v; }
	public ProgramService getService() { return service; }
	public void setService(ProgramService v) { this.service = v; }
	public String getLanguage() { return language; }
	public void setLanguage(String v) { this.language = v; }
}
