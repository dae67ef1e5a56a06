package org.recoveryworks.audit;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.recoveryworks.shared.Actor;
import org.recoveryworks.shared.Csv;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

/**
 * The privacy officer's view of the audit trail: search by person, actor, action, record type and
 * dates, the newest 200 on the page and all of them as CSV, a check of the sealed chain, and a
 * checkpoint saved on demand. The officer's own searches, exports and checkpoints are recorded too.
 */
@Controller
class AuditController {

	static final int PAGE = 200;
	static final String RECORD = "audit trail";

	/** One entry as listed. */
	record Row(Long id, Instant at, Long actorId, String actorRole, String action, String recordType, Long recordId,
			Long participantId, String fromAddress, String detail, Long sequence) {
	}

	private final JdbcTemplate jdbc;
	private final AuditTrail audit;
	private final AuditChain chain;
	private final AuditCheckpoints checkpoints;
	private final Clock clock;
	private final org.springframework.context.MessageSource messages;

	AuditController(JdbcTemplate jdbc, AuditTrail audit, AuditChain chain, AuditCheckpoints checkpoints, Clock clock,
			org.springframework.context.MessageSource messages) {
		this.messages = messages;
		this.jdbc = jdbc;
		this.audit = audit;
		this.chain = chain;
		this.checkpoints = checkpoints;
		this.clock = clock;
	}

	@GetMapping("/privacy/audit")
	@Transactional
	String search(@AuthenticationPrincipal Actor officer, @Valid @ModelAttribute("search") AuditSearch search, BindingResult result,
			Model model) {
		model.addAttribute("actions", List.of(AuditTrail.Action.values()));
		if (result.hasErrors()) {
			model.addAttribute("rows", List.of());
			return "audit/search";
		}
		List<Object> args = new ArrayList<>();
		String where = search.where(args, clock.getZone());
		List<Row> rows = jdbc.query("select id, at, actor_id, actor_role, action, record_type, record_id, participant_id, from_address,"
				+ " detail, chain_seq from audit_entry" + where + " order by id desc fetch first " + PAGE + " rows only",
				(rs, i) -> new Row(rs.getLong("id"), rs.getTimestamp("at").toInstant(), (Long) rs.getObject("actor_id", Long.class),
						rs.getString("actor_role"), rs.getString("action"), rs.getString("record_type"), rs.getObject("record_id", Long.class),
						rs.getObject("participant_id", Long.class), rs.getString("from_address"), rs.getString("detail"),
						rs.getObject("chain_seq", Long.class)),
				args.toArray());
		audit.record(officer.id(), officer.actorRole(), AuditTrail.Action.READ, RECORD, null, search.getParticipant());
		model.addAttribute("rows", rows);
		model.addAttribute("more", rows.size() == PAGE);
		return "audit/search";
	}

	@GetMapping("/privacy/audit.csv")
	@Transactional
	void export(@AuthenticationPrincipal Actor officer, @Valid @ModelAttribute("search") AuditSearch search, BindingResult result,
			HttpServletResponse response) throws IOException {
		if (result.hasErrors()) {
			response.sendRedirect("/privacy/audit");
			return;
		}
		audit.record(officer.id(), officer.actorRole(), AuditTrail.Action.READ, RECORD, null, search.getParticipant());
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"audit-trail.csv\"");
		List<Object> args = new ArrayList<>();
		String where = search.where(args, clock.getZone());
		Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		Csv csv = new Csv(writer).row(Csv.headers(messages, "id", "at", "actor_id", "actor_role", "action", "record_type", "record_id",
				"participant_id", "from_address", "detail", "chain_seq", "hash"));
		jdbc.query("select id, at, actor_id, actor_role, action, record_type, record_id, participant_id, from_address, detail,"
				+ " chain_seq, hash from audit_entry" + where + " order by id", rs -> {
					csv.row(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getObject("actor_id", Long.class), rs.getString("actor_role"),
							rs.getString("action"), rs.getString("record_type"), rs.getObject("record_id", Long.class),
							rs.getObject("participant_id", Long.class), rs.getString("from_address"), rs.getString("detail"),
							rs.getObject("chain_seq", Long.class), rs.getString("hash"));
				}, args.toArray());
		writer.flush();
	}

	/** Checks the trail as it is: nothing is sealed by a check. */
	@PostMapping("/privacy/audit/verify")
	String verify(RedirectAttributes redirect) {
		AuditChain.Verification v = chain.verify();
		redirect.addFlashAttribute(v.intact() ? "chainIntact" : "chainBroken", v.describe());
		return "redirect:/privacy/audit";
	}

	/** Saves a checkpoint now (a copy of the chain's end outside the database, e-mailed to the privacy officers); recorded. */
	@PostMapping("/privacy/audit/checkpoint")
	String checkpoint(@AuthenticationPrincipal Actor officer, RedirectAttributes redirect) {
		AuditCheckpoints.Outcome outcome = checkpoints.save();
		if (outcome.saved()) {
			audit.record(officer.id(), officer.actorRole(), AuditTrail.Action.CREATE, "audit checkpoint", outcome.checkpoint().sequence(), null,
					outcome.checkpoint().file());
			redirect.addFlashAttribute("checkpointSaved", outcome.checkpoint());
		}
		else {
			audit.record(officer.id(), officer.actorRole(), AuditTrail.Action.REFUSED, "audit checkpoint", null, null,
					"not saved: the trail is broken");
			redirect.addFlashAttribute("chainBroken", outcome.verification().describe());
			redirect.addFlashAttribute("checkpointRefused", true);
		}
		return "redirect:/privacy/audit";
	}
}
