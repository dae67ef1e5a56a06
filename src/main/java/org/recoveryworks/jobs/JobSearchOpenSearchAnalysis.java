package org.recoveryworks.jobs;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The same "english" analyzer as {@link JobSearchAnalysis}, for OpenSearch (cluster mode): words, lower case, accents
 * folded, possessives and stop words out, Porter-stemmed.
 */
public class JobSearchOpenSearchAnalysis implements ElasticsearchAnalysisConfigurer {

	@Override
	public void configure(ElasticsearchAnalysisConfigurationContext context) {
		context.tokenFilter("english_possessive").type("stemmer").param("language", "possessive_english");
		context.analyzer("english").custom()
			.tokenizer("standard")
			.tokenFilters("lowercase", "asciifolding", "english_possessive", "stop", "porter_stem");
	}
}
