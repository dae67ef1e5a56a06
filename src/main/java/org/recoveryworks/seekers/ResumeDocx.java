package org.recoveryworks.seekers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A résumé as a Word document (DOCX), made with Apache POI: the name as the title, each section under a real "Heading 1"
 * and each job under a "Heading 2" (a screen reader moves between them), duties as a bulleted list of plain paragraphs,
 * and the document's title and language set.
 */
@Component
class ResumeDocx {

	private final MessageSource messages;

	ResumeDocx(MessageSource messages) {
		this.messages = messages;
	}

	byte[] write(Resume resume, Locale locale) {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XWPFStyles styles = doc.createStyles();
			heading(styles, "Title", "Title", 0, 36);
			heading(styles, "Heading1", "heading 1", 1, 28);
			heading(styles, "Heading2", "heading 2", 2, 24);
			doc.getProperties().getCoreProperties().setTitle(messages.getMessage("resume.docTitle", new Object[] { resume.name() }, locale));
			doc.getProperties().getCoreProperties().setCreator(resume.name());
			paragraph(doc, "Title", resume.name(), locale);
			if (resume.hasContact()) {
				paragraph(doc, null, String.join(" · ", Stream.of(resume.phone(), resume.email(), resume.town())
					.filter(x -> x != null).toList()), locale);
			}
			if (!resume.work().isEmpty()) {
				paragraph(doc, "Heading1", messages.getMessage("resume.work", null, locale), locale);
				for (Resume.Line w : resume.work()) {
					paragraph(doc, "Heading2", messages.getMessage("profile.work.line", new Object[] { w.title(), w.employer() }, locale), locale);
					String when = w.volunteer() ? (w.months().isEmpty() ? messages.getMessage("profile.work.volunteer.tag", null, locale)
							: w.months() + " · " + messages.getMessage("profile.work.volunteer.tag", null, locale)) : w.months();
					if (!when.isEmpty()) {
						paragraph(doc, null, when, locale);
					}
					for (String duty : w.duties()) {
						paragraph(doc, null, "• " + duty, locale);
					}
				}
			}
			if (!resume.schooling().isEmpty()) {
				paragraph(doc, "Heading1", messages.getMessage("resume.schooling", null, locale), locale);
				for (ProfileView.School s : resume.schooling()) {
					paragraph(doc, null, s.school() + (s.studied() == null ? "" : ", " + s.studied())
							+ (s.finished() == null ? "" : " (" + s.finished() + ")"), locale);
				}
			}
			section(doc, messages.getMessage("profile.skills", null, locale), resume.skills(), locale);
			section(doc, messages.getMessage("resume.languages", null, locale), resume.languages(), locale);
			section(doc, messages.getMessage("profile.certifications", null, locale), resume.certifications(), locale);
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void section(XWPFDocument doc, String heading, String text, Locale locale) {
		if (text == null) {
			return;
		}
		paragraph(doc, "Heading1", heading, locale);
		text.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(l -> paragraph(doc, null, l, locale));
	}

	private static void paragraph(XWPFDocument doc, String style, String text, Locale locale) {
		XWPFParagraph p = doc.createParagraph();
		if (style != null) {
			p.setStyle(style);
		}
		XWPFRun run = p.createRun();
		run.setText(text);
		run.setLang(locale.toLanguageTag());
	}

	/** A paragraph style a screen reader and Word's navigation pane know as a heading of this level (0: the title). */
	private static void heading(XWPFStyles styles, String id, String name, int level, int halfPoints) {
		CTStyle style = CTStyle.Factory.newInstance();
		style.setStyleId(id);
		style.setType(STStyleType.PARAGRAPH);
		style.addNewName().setVal(name);
		style.addNewQFormat();
		if (level > 0) {
			style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
		}
		var run = style.addNewRPr();
		run.addNewB();
		run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
		styles.addStyle(new XWPFStyle(style));
	}
}
