package org.recoveryworks.shared.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * Every PDF the product makes is a page: a Thymeleaf template (in the owning module's template folder, on the
 * {@code fragments/pdf} base) laid out by openhtmltopdf as a tagged PDF/UA document. The structure (headings,
 * paragraphs, lists, tables with their header cells) follows the HTML, so a screen reader reads it in order; the
 * document carries its title and language (the reader's, from the request), and its fonts are embedded. Nothing
 * outside the template is fetched.
 */
@Component
public class PdfPages {

	/** Source Sans Pro, the web pages' typeface (USWDS), SIL Open Font License (see pdf/fonts). */
	private static final String FONT = "Source Sans Pro";

	private final SpringTemplateEngine templates;
	private final ApplicationContext context;
	private final byte[] regular;
	private final byte[] bold;
	private final byte[] italic;

	PdfPages(SpringTemplateEngine templates, ApplicationContext context) {
		this.templates = templates;
		this.context = context;
		this.regular = font("SourceSansPro-Regular.ttf");
		this.bold = font("SourceSansPro-Bold.ttf");
		this.italic = font("SourceSansPro-It.ttf");
	}

	/** The PDF of the template with the model, in the current request's language. */
	public byte[] render(String template, Map<String, ?> model) {
		return render(template, model, LocaleContextHolder.getLocale());
	}

	/** The PDF of the template with the model, in the given language. */
	public byte[] render(String template, Map<String, ?> model, Locale locale) {
		Context variables = new Context(locale);
		model.forEach(variables::setVariable);
		// Lets templates call the same beans as the pages do (${@dates.day(...)}).
		variables.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(context, null));
		String html = templates.process(template, variables);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePdfUaAccessibility(true);
			builder.withProducer("RecoveryWorks");
			builder.useFont(() -> stream(regular), FONT, 400, FontStyle.NORMAL, true);
			builder.useFont(() -> stream(bold), FONT, 700, FontStyle.NORMAL, true);
			builder.useFont(() -> stream(italic), FONT, 400, FontStyle.ITALIC, true);
			// A PDF is made from the template alone: no image, style sheet or font is fetched from anywhere.
			builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
			builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
			builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "/");
			builder.toStream(out);
			builder.run();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	/** The answer that hands a PDF over as a file to keep, with its name. */
	public static ResponseEntity<byte[]> attachment(byte[] pdf, String fileName) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
			.body(pdf);
	}

	private static InputStream stream(byte[] bytes) {
		return new ByteArrayInputStream(bytes);
	}

	private static byte[] font(String file) {
		try (InputStream in = new ClassPathResource("pdf/fonts/" + file).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException("The PDF font " + file + " is missing from the build", e);
		}
	}
}
