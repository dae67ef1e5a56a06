package org.recoveryworks.programs;

import java.util.ArrayList;
import java.util.List;

/**
 * The item-by-item comparison of a program's last reviews (up to three) as horizontal bars, one
 * group per item. The table on the same page holds every figure; the chart is for seeing change.
 */
record ItemChart(String id, String title, String summary, int width, int height, List<Group> groups, List<Series> series,
		int plotLeft, int plotWidth, int highest) {

	static final int MAX_SERIES = 3;
	static final String[] COLORS = { "#8d9297", "#c05600", "#005ea2" };
	static final int LEFT = 40;
	static final int TOP = 34;
	static final int BAR = 7;
	static final int GAP = 8;

	/** A review in the chart: its label and colour. */
	record Series(String label, String color, int legendX) {
	}

	/** An item's bars. */
	record Group(String label, int labelY, List<Bar> bars) {
	}

	record Bar(int x, int y, int width, int height, String color, String valueText) {

		public int valueX() {
			return x + width + 4;
		}
	}

	static ItemChart of(FidelityReviews.History h, List<String> labels, String title, String summary) {
		int from = Math.max(0, h.columns().size() - MAX_SERIES);
		List<FidelityReviews.Column> shown = h.columns().subList(from, h.columns().size());
		int highest = h.rows().isEmpty() ? 5 : Math.max(1, h.maxTotal() / h.rows().size());
		int width = 640;
		int plotWidth = width - LEFT - 40;
		int groupHeight = Math.max(1, shown.size()) * BAR + GAP;
		List<Series> series = new ArrayList<>();
		for (int s = 0; s < shown.size(); s++) {
			String color = COLORS[COLORS.length - shown.size() + s];
			series.add(new Series(labels.get(from + s), color, LEFT + s * 170));
		}
		List<Group> groups = new ArrayList<>();
		for (int i = 0; i < h.rows().size(); i++) {
			FidelityReviews.Row row = h.rows().get(i);
			int top = TOP + i * groupHeight;
			List<Bar> bars = new ArrayList<>();
			for (int s = 0; s < shown.size(); s++) {
				Integer score = row.scores().get(from + s);
				int w = score == null ? 0 : plotWidth * score / highest;
				bars.add(new Bar(LEFT, top + s * BAR, w, BAR - 1, series.get(s).color(), score == null ? "" : String.valueOf(score)));
			}
			groups.add(new Group(String.valueOf(row.position()), top + groupHeight / 2, bars));
		}
		int height = TOP + h.rows().size() * groupHeight + 10;
		return new ItemChart("items-chart", title, summary, width, height, groups, series, LEFT, plotWidth, highest);
	}

	public String viewBox() {
		return "0 0 " + width + " " + height;
	}

	public boolean empty() {
		return series.isEmpty();
	}
}
