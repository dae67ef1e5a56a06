package org.recoveryworks.jobs;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class StatisticsController {

	private final JobBankStatistics statistics;

	StatisticsController(JobBankStatistics statistics) {
		this.statistics = statistics;
	}

	@GetMapping("/statistics")
	String statistics(Model model, HttpServletRequest request) {
		statistics.recordView(request.getRemoteAddr(), request.getHeader("User-Agent"), null);
		model.addAttribute("totals", statistics.totals());
		return "jobs/statistics";
	}
}
