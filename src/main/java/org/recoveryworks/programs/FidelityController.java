package org.recoveryworks.programs;

import java.util.List;
import java.util.Map;

import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.shared.BarChart;
import org.recoveryworks.shared.web.Dates;
import org.recoveryworks.shared.web.EditConflict;
import org.recoveryworks.shared.pdf.PdfPages;
import org.recoveryworks.shared.web.Refusals;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.Valid;

/**
 * IPS fidelity reviews, for the people who keep a program's entry (administrators, the program's
 * verified supervisors): what is due, the review form (a draft until every item is scored), the
 * completed review and its PDF, and the program's reviews compared over time.
 */
@Controller
class FidelityController {

	private final FidelityReviews reviews;
	private final MessageSource messages;
	private final Dates dates;
	private final PdfPages pdfPages;

	FidelityController(FidelityReviews reviews, MessageSource messages, Dates dates, PdfPages pdfPages) {
		this.pdfPages = pdfPages;
		this.reviews = reviews;
		this.messages = messages;
		this.dates = dates;
	}

	@GetMapping("/programs/manage/fidelity")
	String due(@AuthenticationPrincipal AccountUser user, Model model) {
		model.addAttribute("due", reviews.due(user));
		model.addAttribute("cycleMonths", reviews.cycleMonths());
		return "programs/fidelity";
	}

	@GetMapping("/programs/manage/fidelity/{programId}/new")
	String newReview(@AuthenticationPrincipal AccountUser user, @PathVariable Long programId, Model model) {
		var draft = reviews.openDraft(user, programId);
		if (draft.isPresent()) {
			return "redirect:/programs/manage/fidelity/reviews/" + draft.get() + "/edit";
		}
		model.addAttribute("form", reviews.blank(user, programId));
		return formPage(model, programId, null, reviews.current(), reviews.currentItems());
	}

	@PostMapping("/programs/manage/fidelity/{programId}")
	String start(@AuthenticationPrincipal AccountUser user, @PathVariable Long programId,
			@Valid @ModelAttribute("form") FidelityReviewForm form, BindingResult result,
			@RequestParam(name = "complete", required = false) String complete, Model model, RedirectAttributes redirect) {
		reviews.blank(user, programId);
		FidelityScale scale = reviews.current();
		List<FidelityItem> items = reviews.currentItems();
		form.alignTo(items);
		form.check(result, scale, complete != null);
		return Refusals.attempt(result, () -> reviews.start(user, programId, form, complete != null)).map(id -> {
			redirect.addFlashAttribute("flashKey", complete != null ? "fidelity.completed.flash" : "fidelity.draft.flash");
			return "redirect:/programs/manage/fidelity/reviews/" + id + (complete != null ? "" : "/edit");
		}).orElseGet(() -> formPage(model, programId, null, scale, items));
	}

	@GetMapping("/programs/manage/fidelity/reviews/{id}/edit")
	String edit(@AuthenticationPrincipal AccountUser user, @PathVariable Long id, Model model, RedirectAttributes redirect) {
		if (reviews.view(user, id).complete()) {
			redirect.addFlashAttribute("errorKey", "fidelity.completed");
			return "redirect:/programs/manage/fidelity/reviews/" + id;
		}
		model.addAttribute("form", reviews.formOf(user, id));
		return formPage(model, reviews.view(user, id).programId(), id, reviews.scaleOf(user, id), reviews.itemsOf(user, id));
	}

	@PostMapping("/programs/manage/fidelity/reviews/{id}")
	String update(@AuthenticationPrincipal AccountUser user, @PathVariable Long id,
			@Valid @ModelAttribute("form") FidelityReviewForm form, BindingResult result,
			@RequestParam(name = "complete", required = false) String complete, Model model, RedirectAttributes redirect) {
		if (reviews.view(user, id).complete()) {
			redirect.addFlashAttribute("errorKey", "fidelity.completed");
			return "redirect:/programs/manage/fidelity/reviews/" + id;
		}
		FidelityScale scale = reviews.scaleOf(user, id);
		List<FidelityItem> items = reviews.itemsOf(user, id);
		form.alignTo(items);
		form.check(result, scale, complete != null);
		if (Refusals.run(result, () -> reviews.update(user, id, form, complete != null),
				() -> EditConflict.show(model, form, reviews.formOf(user, id), messages, "fidelity."))) {
			redirect.addFlashAttribute("flashKey", complete != null ? "fidelity.completed.flash" : "fidelity.draft.flash");
			return "redirect:/programs/manage/fidelity/reviews/" + id + (complete != null ? "" : "/edit");
		}
		return formPage(model, reviews.view(user, id).programId(), id, scale, items);
	}

	@GetMapping("/programs/manage/fidelity/reviews/{id}")
	String review(@AuthenticationPrincipal AccountUser user, @PathVariable Long id, Model model) {
		model.addAttribute("review", reviews.view(user, id));
		return "programs/fidelity-review";
	}

	@GetMapping("/programs/manage/fidelity/reviews/{id}/pdf")
	ResponseEntity<byte[]> pdf(@AuthenticationPrincipal AccountUser user, @PathVariable Long id) {
		FidelityReviews.ReviewView r = reviews.view(user, id);
		return PdfPages.attachment(pdfPages.render("programs/pdf/fidelity-review", Map.of("review", r)),
				"fidelity-review-" + r.reviewedOn() + ".pdf");
	}

	@GetMapping("/programs/manage/fidelity/{programId}/history")
	String history(@AuthenticationPrincipal AccountUser user, @PathVariable Long programId, Model model) {
		FidelityReviews.History h = reviews.history(user, programId);
		model.addAttribute("history", h);
		List<String> labels = h.columns().stream().map(c -> day(c.reviewedOn())).toList();
		List<Double> totals = h.columns().stream().map(c -> (double) c.total()).toList();
		String summary = h.columns().isEmpty() ? text("fidelity.history.none")
				: text("fidelity.chart.totals.summary", h.columns().size(), labels.get(0), h.columns().get(0).total(),
						labels.get(labels.size() - 1), h.columns().get(h.columns().size() - 1).total());
		model.addAttribute("chart", BarChart.of("totals-chart", text("fidelity.chart.totals"), summary, labels, totals, "", h.maxTotal()));
		model.addAttribute("itemChart", ItemChart.of(h, labels, text("fidelity.chart.items"), text("fidelity.chart.items.summary")));
		return "programs/fidelity-history";
	}

	private String formPage(Model model, Long programId, Long reviewId, FidelityScale scale, List<FidelityItem> items) {
		model.addAttribute("programId", programId);
		model.addAttribute("reviewId", reviewId);
		model.addAttribute("scale", scale);
		model.addAttribute("scaleItems", items);
		model.addAttribute("scores", java.util.stream.IntStream.rangeClosed(scale.getLowest(), scale.getHighest()).boxed().toList());
		return "programs/fidelity-form";
	}

	private String day(java.time.LocalDate date) {
		return dates.day(date);
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}
}
