package org.recoveryworks.outcomes;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.accounts.Accounts;
import org.recoveryworks.accounts.Role;
import org.recoveryworks.audit.AuditTrail;
import org.recoveryworks.coaching.Benefit;
import org.recoveryworks.coaching.CaseFiles;
import org.recoveryworks.coaching.CaseRecordImports;
import org.recoveryworks.coaching.DischargeReason;
import org.recoveryworks.coaching.EmploymentStatus;
import org.recoveryworks.coaching.SessionKind;
import org.recoveryworks.coaching.SessionMode;
import org.recoveryworks.shared.ReasonableDate;
import org.recoveryworks.shared.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * Imports from a program's spreadsheets. Every row is checked first; an import with any error
 * writes nothing, and one without writes every row in one transaction. Each row carries an
 * external id: a row whose id the program already imported is skipped, so importing the same file
 * twice adds nothing the second time.
 */
@Service
class Imports {

	/** Why a row cannot be imported. Row 1 is the header; column "-" means the whole row or file. */
	record RowError(int row, String column, String message) {
	}

	/** What an import found (a check) or did (an import that was applied). */
	record Result(ImportKind kind, int rows, int toAdd, int alreadyImported, List<RowError> errors, boolean applied) {

		public boolean ok() {
			return errors.isEmpty();
		}
	}

	static final int MAX_ERRORS = 200;

	private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/uuuu").withResolverStyle(ResolverStyle.STRICT);
	private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

	private final CaseFiles caseFiles;
	private final CaseRecordImports caseImports;
	private final Accounts accounts;
	private final PlacementRepository placements;
	private final FollowUpRepository followUps;
	private final BenefitsChangeRepository benefits;
	private final Placements placementRecords;
	private final BenefitsHistory benefitsHistory;
	private final ReportQueries queries;
	private final OutcomesSettings settings;
	private final Validator validator;
	private final MessageSource messages;
	private final Clock clock;

	Imports(CaseFiles caseFiles, CaseRecordImports caseImports, Accounts accounts, PlacementRepository placements,
			FollowUpRepository followUps, BenefitsChangeRepository benefits, Placements placementRecords, BenefitsHistory benefitsHistory, ReportQueries queries,
			OutcomesSettings settings,
			Validator validator, MessageSource messages, Clock clock) {
		this.caseFiles = caseFiles;
		this.caseImports = caseImports;
		this.accounts = accounts;
		this.placements = placements;
		this.followUps = followUps;
		this.benefits = benefits;
		this.placementRecords = placementRecords;
		this.benefitsHistory = benefitsHistory;
		this.queries = queries;
		this.settings = settings;
		this.validator = validator;
		this.messages = messages;
		this.clock = clock;
	}

	/** Checks a file without writing anything (the dry run). */
	@Transactional(readOnly = true)
	Result check(AccountUser user, Long programId, ImportKind kind, byte[] content) {
		Plan plan = plan(user, programId, kind, content);
		return plan.result(false);
	}

	/** Checks the file again and, if every row is valid, writes all rows; otherwise writes none. */
	@Transactional
	Result apply(AccountUser user, Long programId, ImportKind kind, byte[] content) {
		Plan plan = plan(user, programId, kind, content);
		if (!plan.errors.isEmpty()) {
			return plan.result(false);
		}
		plan.writes.forEach(Runnable::run);
		return plan.result(true);
	}

	/** The program the import goes into: a supervisor's own; the one an administrator chose. */
	Long programOf(AccountUser user, Long programId) {
		if (user.is(Role.SUPERVISOR)) {
			return user.organizationId();
		}
		if (!user.is(Role.ADMIN)) {
			throw new AccessDeniedException("Imports are for supervisors and administrators");
		}
		if (programId == null || queries.programs().stream().noneMatch(p -> p.id().equals(programId))) {
			throw new RuleViolation("program", "import.program.invalid", "Choose the program the records belong to.");
		}
		return programId;
	}

	private Plan plan(AccountUser user, Long requestedProgram, ImportKind kind, byte[] content) {
		Long programId = programOf(user, requestedProgram);
		Plan plan = new Plan(kind);
		if (content.length > settings.importMaxSize().toBytes()) {
			plan.error(0, "-", text("import.file.tooLarge", settings.importMaxSize().toKilobytes()));
			return plan;
		}
		CsvTable table;
		try {
			table = CsvTable.parse(content, settings.importMaxRows());
		}
		catch (CsvTable.Unreadable e) {
			plan.error(e.row, "-", text(e.getMessage(), settings.importMaxRows()));
			return plan;
		}
		plan.rows = table.rows().size();
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < table.header().size(); i++) {
			String name = table.header().get(i);
			if (kind.columns.stream().noneMatch(c -> c.name().equals(name))) {
				plan.error(1, name.isEmpty() ? "-" : name, text("import.column.unknown", columnNames(kind)));
			}
			else if (index.putIfAbsent(name, i) != null) {
				plan.error(1, name, text("import.column.twice"));
			}
		}
		for (ImportKind.Column c : kind.columns) {
			if (c.required() && !index.containsKey(c.name())) {
				plan.error(1, c.name(), text("import.column.missing"));
			}
		}
		if (!plan.errors.isEmpty()) {
			return plan;
		}
		Context ctx = new Context(user, programId, plan, index);
		Map<String, Integer> seen = new HashMap<>();
		List<Cells> rows = new ArrayList<>();
		for (CsvTable.Row row : table.rows()) {
			Cells cells = ctx.cells(row);
			if (row.values().size() != table.header().size()) {
				plan.error(row.number(), "-", text("import.row.fieldCount", row.values().size(), table.header().size()));
				continue;
			}
			String id = cells.required("external_id");
			if (id != null && id.length() > 64) {
				cells.error("external_id", text("import.externalId.tooLong"));
			}
			else if (id != null && seen.putIfAbsent(id, row.number()) != null) {
				cells.error("external_id", text("import.externalId.duplicate", id, seen.get(id)));
			}
			rows.add(cells);
		}
		Set<String> ids = rows.stream().map(c -> c.text("external_id")).filter(Objects::nonNull).collect(Collectors.toSet());
		Set<String> existing = switch (kind) {
			case PARTICIPANTS -> ctx.participants().keySet();
			case SESSIONS -> caseImports.importedSessions(programId, ids);
			case PLACEMENTS -> imported(chunked(ids, c -> placements.findImported(programId, c)));
			case BENEFITS -> new HashSet<>(chunked(ids, c -> benefits.findImportedExternalIds(programId, c)));
			case FOLLOW_UPS -> new HashSet<>(chunked(ids, c -> followUps.findImportedExternalIds(programId, c)));
		};
		for (Cells cells : rows) {
			if (plan.errors.size() >= MAX_ERRORS) {
				break;
			}
			if (existing.contains(cells.text("external_id"))) {
				plan.alreadyImported++;
				continue;
			}
			kind.columns.stream().filter(ImportKind.Column::required).forEach(column -> cells.required(column.name()));
			switch (kind) {
				case PARTICIPANTS -> participant(ctx, cells);
				case SESSIONS -> session(ctx, cells);
				case PLACEMENTS -> placement(ctx, cells);
				case BENEFITS -> benefitsChange(ctx, cells);
				case FOLLOW_UPS -> followUp(ctx, cells);
			}
		}
		return plan;
	}

	private void participant(Context ctx, Cells c) {
		Long coach = ctx.coach(c, "coach_email", null);
		Set<Benefit> benefitSet = EnumSet.noneOf(Benefit.class);
		String list = c.text("benefits");
		if (list != null) {
			for (String b : list.split("[;|]")) {
				Benefit value = c.choice("benefits", b, Benefit.class);
				if (value != null) {
					benefitSet.add(value);
				}
			}
		}
		CaseRecordImports.ImportedParticipant row = new CaseRecordImports.ImportedParticipant(c.text("external_id"), coach, c.text("full_name"),
				c.text("preferred_name"), c.text("phone"), c.text("email"), c.text("town"), c.text("zip"), c.text("language"),
				c.date("enrolled_on"), c.text("referral_source"), c.choice("employment_status", EmploymentStatus.class),
				benefitSet, c.date("discharged_on"), c.choice("discharge_reason", DischargeReason.class));
		if (row.enrolledOn() != null && row.enrolledOn().isAfter(LocalDate.now(clock))) {
			c.error("enrolled_on", text("import.date.future"));
		}
		caseImports.problems(row).forEach((field, message) -> {
			if (!c.hasError(snake(field))) {
				c.error(snake(field), message);
			}
		});
		if (c.ok()) {
			ctx.plan.writes.add(() -> caseImports.importParticipant(ctx.user, ctx.programId, row));
		}
	}

	private void session(Context ctx, Cells c) {
		CaseFiles.ParticipantRef who = ctx.participant(c, "participant_external_id");
		LocalDate date = c.date("date");
		LocalTime time = c.time("time");
		Integer minutes = c.integer("minutes", 1, 600);
		SessionMode mode = c.choice("mode", SessionMode.class);
		SessionKind kind = c.choice("kind", SessionKind.class);
		Long coach = ctx.coach(c, "coach_email", who == null ? null : who.coachId());
		String topics = c.limited("topics", 500);
		String note = c.limited("note", 8000);
		if (date != null && date.isAfter(LocalDate.now(clock))) {
			c.error("date", text("import.date.future"));
		}
		if (c.ok()) {
			Instant startsAt = date.atTime(time == null ? LocalTime.of(9, 0) : time).atZone(clock.getZone()).toInstant();
			CaseRecordImports.ImportedSession row = new CaseRecordImports.ImportedSession(c.text("external_id"), who.id(), coach, startsAt,
					minutes, mode, kind, topics, note);
			ctx.plan.writes.add(() -> caseImports.importSession(ctx.user, row));
		}
	}

	private void placement(Context ctx, Cells c) {
		CaseFiles.ParticipantRef who = ctx.participant(c, "participant_external_id");
		PlacementForm form = new PlacementForm();
		form.setEmployerName(c.text("employer_name"));
		form.setJobTitle(c.text("job_title"));
		form.setBehavioralHealth(c.yesNo("behavioral_health", null));
		form.setPeerRole(c.yesNo("peer_role", false));
		form.setFullTime(c.yesNo("full_time", null));
		form.setHoursPerWeek(c.decimal("hours_per_week"));
		form.setHourlyWage(c.decimal("hourly_wage"));
		form.setHealthInsurance(c.yesNo("health_insurance", false));
		form.setPaidLeave(c.yesNo("paid_leave", false));
		form.setRetirement(c.yesNo("retirement", false));
		form.setOpenToAnyone(c.yesNo("open_to_anyone", true));
		form.setState(c.text("state") == null ? placementRecords.newForm().getState() : c.text("state"));
		form.setStartDate(c.date("start_date"));
		form.setEndDate(c.date("end_date"));
		form.setEndReason(c.choice("end_reason", EndReason.class));
		form.setViaJobBank(c.yesNo("via_job_bank", false));
		check(c, form, Map.of("endAfterStart", "end_date", "endReasonGiven", "end_reason"));
		if (c.ok()) {
			String externalId = c.text("external_id");
			ctx.plan.writes.add(() -> placementRecords.recordImported(ctx.user, who.id(), form, externalId));
		}
	}

	private void benefitsChange(Context ctx, Cells c) {
		CaseFiles.ParticipantRef who = ctx.participant(c, "participant_external_id");
		BenefitsChangeForm form = new BenefitsChangeForm();
		form.setChangedOn(c.date("changed_on"));
		form.setBenefit(c.choice("benefit", BenefitProgram.class));
		form.setChange(c.choice("change", BenefitChangeKind.class));
		form.setReason(c.choice("reason", BenefitChangeReason.class));
		check(c, form, Map.of());
		if (c.ok()) {
			String externalId = c.text("external_id");
			ctx.plan.writes.add(() -> benefitsHistory.recordImported(ctx.user, who.id(), form, externalId));
		}
	}

	private void followUp(Context ctx, Cells c) {
		Object[] placement = ctx.placement(c, "placement_external_id");
		Integer months = c.integer("months", 1, 120);
		FollowUpForm form = new FollowUpForm();
		Boolean reached = c.yesNo("reached", null);
		form.setReached(Boolean.TRUE.equals(reached));
		form.setContactedOn(c.date("contacted_on"));
		form.setStillEmployed(c.yesNoOrNull("still_employed"));
		form.setSameJob(c.yesNoOrNull("same_job"));
		form.setHoursPerWeek(c.decimal("hours_per_week"));
		form.setHourlyWage(c.decimal("hourly_wage"));
		check(c, form, Map.of("employmentAnswered", "still_employed"));
		if (c.ok()) {
			Long placementId = ((Number) placement[1]).longValue();
			LocalDate start = placement[2] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) placement[2];
			FollowUp existing = followUps.findByPlacementIdAndMonths(placementId, months).orElse(null);
			if (existing != null && existing.getOutcome() != FollowUpOutcome.DUE) {
				c.error("months", text("import.followUp.recorded", months));
				return;
			}
			if (!ctx.followUpsSeen.add(placementId + "/" + months)) {
				c.error("months", text("import.followUp.twice", months));
				return;
			}
			String externalId = c.text("external_id");
			ctx.plan.writes.add(() -> {
				FollowUp f = followUps.findByPlacementIdAndMonths(placementId, months).orElseGet(() -> followUps.save(
						new FollowUp(placementId, placements.getReferenceById(placementId).getParticipantId(), months, start.plusMonths(months))));
				f.record(form);
				f.importedAs(externalId);
				caseFiles.audit(ctx.user, AuditTrail.Action.UPDATE, "follow-up (import)", f.getId(), f.getParticipantId());
			});
		}
	}

	private void check(Cells c, Object form, Map<String, String> columns) {
		Map<String, String> problems = new LinkedHashMap<>();
		for (ConstraintViolation<Object> v : validator.validate(form)) {
			String field = v.getPropertyPath().toString();
			problems.putIfAbsent(columns.getOrDefault(field, snake(field)), v.getMessage());
		}
		problems.forEach((column, message) -> {
			if (!c.hasError(column)) {
				c.error(column, message);
			}
		});
	}

	private static Set<String> imported(List<Object[]> rows) {
		return rows.stream().map(r -> (String) r[0]).collect(Collectors.toSet());
	}

	private static <T> List<T> chunked(Set<String> ids, java.util.function.Function<List<String>, List<T>> query) {
		List<String> all = new ArrayList<>(ids);
		List<T> found = new ArrayList<>();
		for (int i = 0; i < all.size(); i += 500) {
			found.addAll(query.apply(all.subList(i, Math.min(all.size(), i + 500))));
		}
		return found;
	}

	static String snake(String camel) {
		return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
	}

	private static String columnNames(ImportKind kind) {
		return kind.columns.stream().map(ImportKind.Column::name).collect(Collectors.joining(", "));
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

	/** The rows found so far, what they will write, and what is wrong. */
	private static final class Plan {
		final ImportKind kind;
		final List<RowError> errors = new ArrayList<>();
		final List<Runnable> writes = new ArrayList<>();
		int rows;
		int alreadyImported;

		Plan(ImportKind kind) {
			this.kind = kind;
		}

		void error(int row, String column, String message) {
			if (errors.size() < MAX_ERRORS) {
				errors.add(new RowError(row, column, message));
			}
		}

		Result result(boolean applied) {
			return new Result(kind, rows, errors.isEmpty() ? writes.size() : 0, alreadyImported, List.copyOf(errors), applied);
		}
	}

	/** What the rows refer to: the program's coaches, participants and placements. */
	private final class Context {
		final AccountUser user;
		final Long programId;
		final Plan plan;
		final Map<String, Integer> index;
		final Map<String, Long> coaches = new HashMap<>();
		private final Map<String, Object[]> placementRows = new HashMap<>();
		private final Set<String> followUpsSeen = new HashSet<>();
		private Map<String, CaseFiles.ParticipantRef> participants;

		Context(AccountUser user, Long programId, Plan plan, Map<String, Integer> index) {
			this.user = user;
			this.programId = programId;
			this.plan = plan;
			this.index = index;
			accounts.staff(programId).stream().filter(u -> u.is(Role.COACH) || u.is(Role.SUPERVISOR))
				.forEach(u -> coaches.put(u.email().toLowerCase(Locale.ROOT), u.id()));
		}

		Cells cells(CsvTable.Row row) {
			return new Cells(row, index, plan);
		}

		/** The coach named by e-mail, else the default (the participant's coach, or a supervisor importing). */
		Long coach(Cells c, String column, Long fallback) {
			String email = c.text(column);
			if (email == null) {
				if (fallback != null) {
					return fallback;
				}
				if (user.is(Role.SUPERVISOR)) {
					return user.id();
				}
				c.error(column, text("import.coach.required"));
				return null;
			}
			Long id = coaches.get(email.toLowerCase(Locale.ROOT));
			if (id == null) {
				c.error(column, text("import.coach.unknown", email));
			}
			return id;
		}

		CaseFiles.ParticipantRef participant(Cells c, String column) {
			String externalId = c.required(column);
			if (externalId == null) {
				return null;
			}
			CaseFiles.ParticipantRef found = participants().get(externalId);
			if (found == null) {
				c.error(column, text("import.participant.unknown", externalId));
			}
			return found;
		}

		/** The program's participants imported before, by external id. */
		Map<String, CaseFiles.ParticipantRef> participants() {
			if (participants == null) {
				participants = caseImports.importedParticipants(programId);
			}
			return participants;
		}

		Object[] placement(Cells c, String column) {
			String externalId = c.required(column);
			if (externalId == null) {
				return null;
			}
			Object[] found = placementRows.computeIfAbsent(externalId, id -> placements.findImported(programId, List.of(id))
				.stream().findFirst().orElse(null));
			if (found == null) {
				c.error(column, text("import.placement.unknown", externalId));
			}
			return found;
		}
	}

	/** One row's cells, read by column name, with errors recorded against the row and column. */
	private final class Cells {
		final CsvTable.Row row;
		final Map<String, Integer> index;
		final Plan plan;
		final Set<String> columnsWithErrors = new HashSet<>();

		Cells(CsvTable.Row row, Map<String, Integer> index, Plan plan) {
			this.row = row;
			this.index = index;
			this.plan = plan;
		}

		/** Records a problem; one per column is enough to fix it. */
		void error(String column, String message) {
			if (columnsWithErrors.add(column)) {
				plan.error(row.number(), column, message);
			}
		}

		boolean hasError(String column) {
			return columnsWithErrors.contains(column);
		}

		/** No problem found in this row so far. */
		boolean ok() {
			return columnsWithErrors.isEmpty();
		}

		String text(String column) {
			Integer i = index.get(column);
			if (i == null || i >= row.values().size()) {
				return null;
			}
			String v = row.values().get(i).trim();
			return v.isEmpty() ? null : v;
		}

		String required(String column) {
			String v = text(column);
			if (v == null) {
				error(column, Imports.this.text("import.required"));
			}
			return v;
		}

		String limited(String column, int max) {
			String v = text(column);
			if (v != null && v.length() > max) {
				error(column, Imports.this.text("import.tooLong", max));
			}
			return v;
		}

		LocalDate date(String column) {
			String v = text(column);
			if (v == null) {
				return null;
			}
			try {
				LocalDate date = LocalDate.parse(v, v.contains("/") ? US_DATE : ISO_DATE);
				if (!ReasonableDate.Check.accepts(date)) {
					error(column, Imports.this.text("date.outOfRange"));
					return null;
				}
				return date;
			}
			catch (DateTimeParseException e) {
				error(column, Imports.this.text("import.date.invalid", v));
				return null;
			}
		}

		LocalTime time(String column) {
			String v = text(column);
			if (v == null) {
				return null;
			}
			try {
				return LocalTime.parse(v.length() == 4 ? "0" + v : v);
			}
			catch (DateTimeParseException e) {
				error(column, Imports.this.text("import.time.invalid", v));
				return null;
			}
		}

		Integer integer(String column, int min, int max) {
			String v = required(column);
			if (v == null) {
				return null;
			}
			try {
				int n = Integer.parseInt(v);
				if (n < min || n > max) {
					error(column, Imports.this.text("import.number.range", min, max));
					return null;
				}
				return n;
			}
			catch (NumberFormatException e) {
				error(column, Imports.this.text("import.number.invalid", v));
				return null;
			}
		}

		BigDecimal decimal(String column) {
			String v = text(column);
			if (v == null) {
				return null;
			}
			String plain = v.startsWith("$") ? v.substring(1) : v;
			try {
				if (plain.length() > 12) {
					throw new NumberFormatException();
				}
				return new BigDecimal(plain.replace(",", ""));
			}
			catch (NumberFormatException e) {
				error(column, Imports.this.text("import.number.invalid", v));
				return null;
			}
		}

		/** yes/no, true/false, y/n or 1/0; empty gives the default (an error when there is none). */
		boolean yesNo(String column, Boolean fallback) {
			Boolean v = yesNoOrNull(column);
			if (v != null) {
				return v;
			}
			if (fallback == null && !hasError(column)) {
				error(column, Imports.this.text("import.required"));
			}
			return fallback != null && fallback;
		}

		Boolean yesNoOrNull(String column) {
			String v = text(column);
			if (v == null) {
				return null;
			}
			return switch (v.toLowerCase(Locale.ROOT)) {
				case "yes", "y", "true", "1" -> true;
				case "no", "n", "false", "0" -> false;
				default -> {
					error(column, Imports.this.text("import.yesNo.invalid", v));
					yield null;
				}
			};
		}

		<E extends Enum<E>> E choice(String column, Class<E> type) {
			String v = text(column);
			return v == null ? null : choice(column, v, type);
		}

		<E extends Enum<E>> E choice(String column, String value, Class<E> type) {
			String name = value.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
			for (E e : type.getEnumConstants()) {
				if (e.name().equals(name)) {
					return e;
				}
			}
			error(column, Imports.this.text("import.choice.invalid", value, Arrays.stream(type.getEnumConstants())
				.map(e -> e.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "))));
			return null;
		}
	}
}
