package org.recoveryworks.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * A bar chart laid out for an SVG (and the PDF): the page shows it with its data table and a
 * text alternative, so no one needs to see the bars to get the figures. Drawn by the
 * fragment {@code fragments/chart :: chart}.
 */
public record BarChart(String id, String title, String summary, List<Bar> bars, double max, String unit) {

	static final int WIDTH = 640;
	static final int HEIGHT = 260;
	static final int LEFT = 48;
	static final int BOTTOM = 40;
	static final int TOP = 20;

	/** One bar with its place in the drawing. */
	public record Bar(String label, double value, String valueText, int x, int y, int width, int height) {

		public int labelX() {
			return x + width / 2;
		}
	}

	/** A y-axis line. */
	public record Tick(String text, int y) {
	}

	public static BarChart of(String id, String title, String summary, List<String> labels, List<Double> values, String unit,
			double fixedMax) {
		double max = fixedMax > 0 ? fixedMax : Math.max(1, values.stream().mapToDouble(Double::doubleValue).max().orElse(1));
		int plotWidth = WIDTH - LEFT - 10;
		int plotHeight = HEIGHT - TOP - BOTTOM;
		int slot = labels.isEmpty() ? plotWidth : plotWidth / labels.size();
		int width = Math.max(8, (int) (slot * 0.6));
		List<Bar> bars = new ArrayList<>();
		for (int i = 0; i < labels.size(); i++) {
			double v = values.get(i);
			int h = (int) Math.round(plotHeight * Math.min(v, max) / max);
			bars.add(new Bar(labels.get(i), v, format(v) + unit, LEFT + i * slot + (slot - width) / 2, TOP + plotHeight - h, width, h));
		}
		return new BarChart(id, title, summary, bars, max, unit);
	}

	public List<Tick> ticks() {
		List<Tick> ticks = new ArrayList<>();
		int plotHeight = HEIGHT - TOP - BOTTOM;
		for (int i = 0; i <= 4; i++) {
			ticks.add(new Tick(format(max * i / 4) + unit, TOP + plotHeight - plotHeight * i / 4));
		}
		return ticks;
	}

	/** How long the bar is, in percent of the chart's scale (the PDF draws bars as widths). */
	public long percentOf(Bar bar) {
		return max > 0 ? Math.min(100, Math.round(100 * bar.value() / max)) : 0;
	}

	public int baseline() {
		return HEIGHT - BOTTOM;
	}

	public String viewBox() {
		return "0 0 " + WIDTH + " " + HEIGHT;
	}

	public static String format(double v) {
		return v == Math.rint(v) ? String.valueOf((long) v) : String.format(java.util.Locale.ROOT, "%.1f", v);
	}
}
