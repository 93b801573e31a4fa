package vn.reformdesk.review;

import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Service;
import vn.reformdesk.base.AppI18NProvider;
import vn.reformdesk.base.Formats;
import vn.reformdesk.base.Period;
import vn.reformdesk.base.TableWorkbook;
import vn.reformdesk.directives.Directive;
import vn.reformdesk.scorecard.Measure;
import vn.reformdesk.scorecard.MeasureKind;
import vn.reformdesk.scorecard.MeasureTexts;
import vn.reformdesk.units.UnitNames;
import vn.reformdesk.units.ReadableUnit;
import vn.reformdesk.units.UnitRef;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The briefing pack of a review, from the same {@link ReviewReport} as the page: a PDF (A4, DejaVu Sans
 * embedded for the Vietnamese text, tables and a chart, the unit, period and "figures as of" at the top of
 * every page and "page n of m" at the bottom) and an Excel workbook with one sheet per table.
 */
@Service
public class BriefingPack {

    private static final Color RED = new Color(0xc6, 0x28, 0x28);
    private static final Color GREEN = new Color(0x2e, 0x7d, 0x32);
    private static final Color GREY = new Color(0x9e, 0x9e, 0x9e);
    private static final Color HEADER = new Color(0xdd, 0xe7, 0xf3);

    private final ReviewService reviews;
    private final byte[] regular;
    private final byte[] bold;

    BriefingPack(ReviewService reviews) {
        this.reviews = reviews;
        this.regular = font("fonts/DejaVuSans.ttf");
        this.bold = font("fonts/DejaVuSans-Bold.ttf");
    }

    /** The review a pack is made of. */
    public ReviewReport report(ReadableUnit unit, Period period) {
        return reviews.report(unit, period);
    }

    public byte[] pdf(ReadableUnit unit, Period period, Locale locale) {
        return pdf(reviews.report(unit, period), locale);
    }

    public byte[] workbook(ReadableUnit unit, Period period, Locale locale) {
        return workbook(reviews.report(unit, period), locale);
    }

    // ---- PDF ----

    public byte[] pdf(ReviewReport r, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            BaseFont base = BaseFont.createFont("DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, regular, null);
            BaseFont baseBold = BaseFont.createFont("DejaVuSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bold, null);
            Font body = new Font(base, 9);
            Font strong = new Font(baseBold, 9);
            Font h1 = new Font(baseBold, 16);
            Font h2 = new Font(baseBold, 12);
            Document doc = new Document(PageSize.A4, 36, 36, 54, 48);
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            String running = t("review.pack.running", locale, UnitNames.name(r.unit(), locale),
                    vn.reformdesk.base.ui.PeriodLabels.label(r.period(), locale), Formats.date(r.asOf(), locale));
            writer.setPageEvent(new Frame(base, running, locale));
            doc.addTitle(t("review.title", locale, UnitNames.name(r.unit(), locale), vn.reformdesk.base.ui.PeriodLabels.label(r.period(), locale)));
            doc.addCreator("ReformDesk");
            doc.open();

            doc.add(new Paragraph(t("review.title", locale, UnitNames.name(r.unit(), locale),
                    vn.reformdesk.base.ui.PeriodLabels.label(r.period(), locale)), h1));
            doc.add(new Paragraph(t("review.as-of", locale, Formats.date(r.asOf(), locale)), body));

            heading(doc, t("review.laggards", locale, r.laggards().size()), h2);
            if (r.laggards().isEmpty()) {
                doc.add(new Paragraph(t("review.laggards.none", locale), body));
            } else {
                doc.add(table(laggardTable(r, locale), new float[]{3, 2, 3, 6}, body, strong));
            }

            for (ReviewReport.FieldBlock f : r.fields()) {
                if (f.measures().isEmpty()) {
                    continue;
                }
                heading(doc, MeasureTexts.field(f.field(), locale), h2);
                doc.add(table(measureTable(f.measures(), locale), new float[]{4, 3, 4, 2, 5}, body, strong));
                List<Measure> shares = f.measures().stream().filter(m -> m.kind() == MeasureKind.PERCENT && m.actual() != null).toList();
                if (!shares.isEmpty()) {
                    Image chart = Image.getInstance(chart(shares, locale), null);
                    chart.scaleToFit(doc.right() - doc.left(), 40 + 28 * shares.size());
                    doc.add(chart);
                }
            }

            heading(doc, t("review.movers", locale), h2);
            if (r.movers().isEmpty()) {
                doc.add(new Paragraph(t("review.movers.none", locale), body));
            } else {
                doc.add(table(moverTable(r, locale), new float[]{3, 4, 2, 2, 2}, body, strong));
            }

            if (!r.national().isEmpty()) {
                heading(doc, t("review.national", locale), h2);
                for (Measure m : r.national()) {
                    doc.add(new Paragraph("• " + vn.reformdesk.review.ReviewTexts.nationalLine(m, locale), body));
                }
            }

            heading(doc, t("review.directives", locale), h2);
            if (r.lastMeeting() == null) {
                doc.add(new Paragraph(t("review.directives.none", locale), body));
            } else {
                ReviewReport.MeetingBlock mb = r.lastMeeting();
                doc.add(new Paragraph(t("review.directives.tally", locale, mb.meeting().title(), Formats.date(mb.meeting().heldOn(), locale),
                        mb.tally().done(), mb.tally().total(), mb.tally().overdue()), body));
                doc.add(table(directiveTable(mb.directives(), locale), new float[]{1, 6, 3, 2, 3}, body, strong));
            }
            doc.close();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("briefing pack failed", e);
        }
        return out.toByteArray();
    }

    private static void heading(Document doc, String text, Font font) {
        Paragraph p = new Paragraph(text, font);
        p.setSpacingBefore(12);
        p.setSpacingAfter(6);
        p.setKeepTogether(true);
        doc.add(p);
    }

    private static PdfPTable table(TableWorkbook.Table t, float[] widths, Font body, Font strong) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSplitLate(false);
        for (String c : t.columns()) {
            PdfPCell cell = new PdfPCell(new Phrase(c, strong));
            cell.setBackgroundColor(HEADER);
            cell.setPadding(4);
            table.addCell(cell);
        }
        for (List<?> row : t.rows()) {
            for (Object v : row) {
                PdfPCell cell = new PdfPCell(new Phrase(v == null ? "" : v.toString(), body));
                cell.setPadding(4);
                table.addCell(cell);
            }
        }
        return table;
    }

    /** Horizontal bars of the shares against their targets (a black tick), red when behind. */
    private BufferedImage chart(List<Measure> shares, Locale locale) {
        int scale = 2;
        int width = 1000;
        int rowH = 56;
        int height = 30 + rowH * shares.size();
        BufferedImage img = new BufferedImage(width * scale / 2, height * scale / 2, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.scale(scale / 2.0, scale / 2.0);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        java.awt.Font awt;
        try (InputStream in = new java.io.ByteArrayInputStream(regular)) {
            awt = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, in).deriveFont(20f);
        } catch (Exception e) {
            awt = new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 20);
        }
        g.setFont(awt);
        int labelW = 420;
        int barW = width - labelW - 120;
        int y = 20;
        for (Measure m : shares) {
            g.setColor(Color.DARK_GRAY);
            String label = MeasureTexts.label(m, locale);
            g.drawString(label.length() > 40 ? label.substring(0, 39) + "…" : label, 10, y + 28);
            double v = Math.max(0, Math.min(100, m.actual()));
            g.setColor(m.behind() ? RED : m.target() == null ? GREY : GREEN);
            g.fillRect(labelW, y + 8, (int) (barW * v / 100), 28);
            g.setColor(Color.DARK_GRAY);
            g.drawString(Formats.percent(m.actual(), locale), labelW + (int) (barW * v / 100) + 8, y + 30);
            if (m.target() != null) {
                int x = labelW + (int) (barW * Math.max(0, Math.min(100, m.target().value())) / 100);
                g.setColor(Color.BLACK);
                g.setStroke(new BasicStroke(4));
                g.drawLine(x, y + 2, x, y + 42);
            }
            y += rowH;
        }
        g.dispose();
        return img;
    }

    /** The running head (unit, period, as of) and "page n of m" on every page. */
    private static final class Frame extends PdfPageEventHelper {
        private final BaseFont font;
        private final String running;
        private final Locale locale;
        private PdfTemplate total;

        Frame(BaseFont font, String running, Locale locale) {
            this.font = font;
            this.running = running;
            this.locale = locale;
        }

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            total = writer.getDirectContent().createTemplate(40, 12);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte cb = writer.getDirectContent();
            Rectangle page = document.getPageSize();
            cb.beginText();
            cb.setFontAndSize(font, 8);
            cb.setTextMatrix(document.left(), page.getHeight() - 30);
            cb.showText(running);
            String n = AppI18NProvider.text("review.pack.page", locale, writer.getPageNumber());
            float w = font.getWidthPoint(n, 8);
            float x = (page.getWidth() - w) / 2 - 8;
            cb.setTextMatrix(x, 24);
            cb.showText(n);
            cb.endText();
            cb.addTemplate(total, x + w + 2, 24);
            cb.setLineWidth(0.5f);
            cb.moveTo(document.left(), page.getHeight() - 36);
            cb.lineTo(document.right(), page.getHeight() - 36);
            cb.stroke();
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            total.beginText();
            total.setFontAndSize(font, 8);
            total.setTextMatrix(0, 0);
            total.showText(AppI18NProvider.text("review.pack.of", locale, writer.getPageNumber() - 1));
            total.endText();
        }
    }

    // ---- the tables, shared by the PDF and the workbook ----

    List<String> context(ReviewReport r, Locale locale) {
        return List.of(t("review.title", locale, UnitNames.name(r.unit(), locale), vn.reformdesk.base.ui.PeriodLabels.label(r.period(), locale)),
                t("review.as-of", locale, Formats.date(r.asOf(), locale)));
    }

    TableWorkbook.Table laggardTable(ReviewReport r, Locale locale) {
        List<List<?>> rows = new ArrayList<>();
        for (ReviewReport.Laggard l : r.laggards()) {
            for (Measure m : l.behind()) {
                String gap = MeasureTexts.gap(m, locale);
                rows.add(List.of(UnitNames.name(l.unit(), locale) + (l.parent() == null ? "" : " (" + UnitNames.name(l.parent(), locale) + ")"),
                        MeasureTexts.field(m.field(), locale), MeasureTexts.label(m, locale),
                        gap.isEmpty() ? MeasureTexts.value(m, locale) + " / " + MeasureTexts.rule(m, locale) : gap));
            }
        }
        return new TableWorkbook.Table(t("review.sheet.laggards", locale), context(r, locale),
                List.of(t("review.col.unit", locale), t("review.col.field", locale), t("review.col.measure", locale),
                        t("review.col.gap", locale)), rows);
    }

    TableWorkbook.Table measureTable(List<Measure> measures, Locale locale) {
        List<List<?>> rows = new ArrayList<>();
        for (Measure m : measures) {
            rows.add(List.of(MeasureTexts.label(m, locale), MeasureTexts.value(m, locale), MeasureTexts.rule(m, locale),
                    MeasureTexts.previous(m, locale), MeasureTexts.gap(m, locale)));
        }
        return new TableWorkbook.Table("", List.of(), List.of(t("review.col.measure", locale), t("review.col.value", locale),
                t("review.col.target", locale), t("review.col.previous", locale), t("review.col.gap", locale)), rows);
    }

    TableWorkbook.Table scorecardSheet(ReviewReport r, Locale locale) {
        List<List<?>> rows = new ArrayList<>();
        for (ReviewReport.FieldBlock f : r.fields()) {
            for (Measure m : f.measures()) {
                rows.add(java.util.Arrays.asList(MeasureTexts.field(m.field(), locale), MeasureTexts.label(m, locale), m.actual(),
                        m.part(), m.whole(), m.target() == null ? null : m.target().value(), MeasureTexts.rule(m, locale), m.previous(),
                        MeasureTexts.gap(m, locale), m.asOf()));
            }
        }
        return new TableWorkbook.Table(t("review.sheet.scorecard", locale), context(r, locale),
                List.of(t("review.col.field", locale), t("review.col.measure", locale), t("review.col.value", locale),
                        t("review.col.part", locale), t("review.col.whole", locale), t("review.col.target-value", locale),
                        t("review.col.target", locale), t("review.col.previous", locale), t("review.col.gap", locale),
                        t("review.col.as-of", locale)), rows);
    }

    TableWorkbook.Table moverTable(ReviewReport r, Locale locale) {
        List<List<?>> rows = new ArrayList<>();
        for (ReviewReport.Mover m : r.movers()) {
            rows.add(List.of(UnitNames.name(m.unit(), locale), MeasureTexts.label(m.measure(), locale),
                    MeasureTexts.previous(m.measure(), locale), MeasureTexts.value(m.measure(), locale),
                    (m.change() > 0 ? "+" : "") + Formats.decimal(m.change(), 1, locale)));
        }
        return new TableWorkbook.Table(t("review.sheet.movers", locale), context(r, locale),
                List.of(t("review.col.unit", locale), t("review.col.measure", locale), t("review.col.previous", locale),
                        t("review.col.value", locale), t("review.col.change", locale)), rows);
    }

    TableWorkbook.Table directiveTable(List<Directive> directives, Locale locale) {
        List<List<?>> rows = new ArrayList<>();
        for (Directive d : directives) {
            String status = t("directives.status." + d.status().name(), locale) + (d.overdue() ? " · " + t("directives.overdue", locale) : "");
            rows.add(List.of(d.seq(), d.text(), d.responsibleName(), Formats.date(d.deadline(), locale), status));
        }
        return new TableWorkbook.Table(t("review.sheet.directives", locale), List.of(),
                List.of(t("directives.col.seq", locale), t("directives.col.text", locale), t("directives.col.responsible", locale),
                        t("directives.col.deadline", locale), t("directives.col.status", locale)), rows);
    }

    /**
     * The province's national results: a total line (its points, its rank and the rank a year before) followed by
     * its parts (value, change since the year before, the province's rank on the part where published).
     */
    TableWorkbook.Table nationalSheet(ReviewReport r, Locale locale) {
        List<List<?>> rows = new ArrayList<>();
        for (Measure m : r.national()) {
            if (m.kind() == vn.reformdesk.scorecard.MeasureKind.RANK) {
                Object points = m.labelArgs().size() > 1 ? m.labelArgs().get(1) : null;
                rows.add(java.util.Arrays.asList(MeasureTexts.label(m, locale), points, null, m.actual(), m.previous()));
            } else {
                Double change = m.actual() == null || m.previous() == null ? null
                        : java.math.BigDecimal.valueOf(m.actual()).subtract(java.math.BigDecimal.valueOf(m.previous())).doubleValue();
                Object rank = m.labelArgs().size() > 1 ? m.labelArgs().get(1) : null;
                rows.add(java.util.Arrays.asList("– " + MeasureTexts.label(m, locale), m.actual(), change, rank, null));
            }
        }
        return new TableWorkbook.Table(t("review.sheet.national", locale), context(r, locale),
                List.of(t("review.col.national-part", locale), t("review.col.value", locale), t("review.col.change", locale),
                        t("review.col.rank", locale), t("review.col.rank-previous", locale)), rows);
    }

    // ---- workbook ----

    public byte[] workbook(ReviewReport r, Locale locale) {
        List<TableWorkbook.Table> sheets = new ArrayList<>();
        sheets.add(scorecardSheet(r, locale));
        sheets.add(laggardTable(r, locale));
        sheets.add(moverTable(r, locale));
        if (!r.national().isEmpty()) {
            sheets.add(nationalSheet(r, locale));
        }
        if (r.lastMeeting() != null) {
            TableWorkbook.Table d = directiveTable(r.lastMeeting().directives(), locale);
            List<String> ctx = new ArrayList<>(context(r, locale));
            ctx.add(r.lastMeeting().meeting().title() + " · " + Formats.date(r.lastMeeting().meeting().heldOn(), locale)
                    + " · " + t("directives.tally", locale, r.lastMeeting().tally().done(), r.lastMeeting().tally().total()));
            sheets.add(new TableWorkbook.Table(d.sheet(), ctx, d.columns(), d.rows()));
        }
        return TableWorkbook.write(sheets);
    }

    private static String t(String key, Locale locale, Object... args) {
        return AppI18NProvider.text(key, locale, args);
    }

    private static byte[] font(String path) {
        try (InputStream in = BriefingPack.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("font missing: " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
