package org.recoveryworks.benchmark;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.recoveryworks.shared.geo.Places;

/**
 * The job search's queries built by hand and run straight against the postings' Lucene index: no HTTP, no Spring,
 * no Hibernate Search, no rendering. The same filters, text fields and boosts, distance circle, sort orders and exact
 * total count as the application's search, and the stored fields of the page's hits are read, as the application's
 * projection does. This is the limit the application's throughput is compared with.
 */
final class RawLuceneSearch implements Closeable {

	record Result(long total, int hits) {
	}

	private static final Map<String, Float> TEXT_WEIGHTS = new LinkedHashMap<>();

	static {
		TEXT_WEIGHTS.put("title", 4f);
		TEXT_WEIGHTS.put("organizationName", 2f);
		for (String f : new String[] { "duties", "knowledgeSkillsAbilities", "minimumQualifications", "preferredQualifications", "town" }) {
			TEXT_WEIGHTS.put(f, 1f);
		}
	}

	private final DirectoryReader reader;
	private final IndexSearcher searcher;
	private final Analyzer analyzer;
	private final Places places;

	RawLuceneSearch(Path indexDirectory, Analyzer searchAnalyzer, Places places) throws IOException {
		this.reader = DirectoryReader.open(FSDirectory.open(indexDirectory));
		this.searcher = new IndexSearcher(reader);
		this.analyzer = searchAnalyzer;
		this.places = places;
	}

	Result search(Map<String, String> params, LocalDate today) throws IOException {
		BooleanQuery.Builder root = new BooleanQuery.Builder();
		root.add(IntPoint.newExactQuery("organizationVerified", 1), Occur.FILTER);
		root.add(new TermQuery(new Term("status", "PUBLISHED")), Occur.FILTER);
		root.add(LongPoint.newRangeQuery("openDate", Long.MIN_VALUE, today.toEpochDay()), Occur.FILTER);
		root.add(LongPoint.newRangeQuery("closeDate", today.toEpochDay(), Long.MAX_VALUE), Occur.FILTER);
		String q = params.get("q");
		if (q != null) {
			SimpleQueryParser parser = new SimpleQueryParser(analyzer, TEXT_WEIGHTS);
			parser.setDefaultOperator(Occur.MUST);
			BooleanQuery.Builder text = new BooleanQuery.Builder().add(parser.parse(q), Occur.MUST);
			Query phrase = new QueryBuilder(analyzer).createPhraseQuery("title", q);
			if (phrase != null) {
				text.add(new BoostQuery(phrase, 6f), Occur.SHOULD);
			}
			root.add(text.build(), Occur.MUST);
		}
		Places.Place place = params.containsKey("zip") ? places.locate(params.get("zip")).orElseThrow() : null;
		if (place != null) {
			double meters = Integer.parseInt(params.getOrDefault("radius", "25")) * 1609.344;
			root.add(LatLonPoint.newDistanceQuery("location", place.latitude(), place.longitude(), meters), Occur.FILTER);
		}
		if (params.containsKey("type")) {
			root.add(new TermQuery(new Term("employmentType", params.get("type"))), Occur.FILTER);
		}
		if (params.containsKey("peer")) {
			root.add(IntPoint.newExactQuery("peerRole", 1), Occur.FILTER);
		}
		String sort = params.getOrDefault("sort", q != null ? "RELEVANCE" : place != null ? "DISTANCE" : "NEWEST");
		SortField openDateDesc = new SortedNumericSortField("openDate", SortField.Type.LONG, true);
		Sort order = switch (sort) {
			case "NEWEST" -> new Sort(openDateDesc, SortField.FIELD_SCORE);
			case "CLOSING" -> new Sort(new SortedNumericSortField("closeDate", SortField.Type.LONG), openDateDesc);
			case "SALARY" -> new Sort(new SortedNumericSortField("hourlyMax", SortField.Type.LONG, true), SortField.FIELD_SCORE);
			case "DISTANCE" -> place == null ? new Sort(openDateDesc, SortField.FIELD_SCORE)
					: new Sort(LatLonDocValuesField.newDistanceSort("location", place.latitude(), place.longitude()), SortField.FIELD_SCORE);
			default -> new Sort(SortField.FIELD_SCORE, openDateDesc);
		};
		int page = Integer.parseInt(params.getOrDefault("page", "1"));
		int size = 20;
		TopFieldDocs top = searcher.search(root.build(), new TopFieldCollectorManager(order, page * size, null, Integer.MAX_VALUE, false));
		StoredFields stored = searcher.storedFields();
		int hits = 0;
		for (int i = (page - 1) * size; i < top.scoreDocs.length; i++) {
			ScoreDoc d = top.scoreDocs[i];
			stored.document(d.doc);
			hits++;
		}
		return new Result(top.totalHits.value, hits);
	}

	@Override
	public void close() throws IOException {
		reader.close();
	}
}
