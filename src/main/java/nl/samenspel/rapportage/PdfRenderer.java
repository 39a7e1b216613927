package nl.samenspel.rapportage;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;

/**
 * HTML to a tagged PDF (PDF/UA structure, so screen readers can read the export): the HTML is
 * parsed leniently by jsoup, gets the shared print stylesheet, and is laid out by openhtmltopdf
 * with DejaVu Sans embedded and inline SVG charts drawn as vectors.
 */
final class PdfRenderer {

    static final String LETTERTYPE = "DejaVu Sans";
    private static final String STIJL = lees("/rapportage/pdf.css");

    private PdfRenderer() {
    }

    static byte[] render(String html) {
        Document document = Jsoup.parse(html);
        document.head().appendElement("style").text(STIJL);
        document.outputSettings().syntax(Document.OutputSettings.Syntax.xml);
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder bouwer = new PdfRendererBuilder();
            bouwer.useFastMode();
            bouwer.usePdfUaAccessibility(true);
            bouwer.useFont((com.openhtmltopdf.extend.FSSupplier<InputStream>) () -> bron("/rapportage/fonts/DejaVuSans.ttf"), LETTERTYPE, 400, PdfRendererBuilder.FontStyle.NORMAL, true);
            bouwer.useFont((com.openhtmltopdf.extend.FSSupplier<InputStream>) () -> bron("/rapportage/fonts/DejaVuSans-Bold.ttf"), LETTERTYPE, 700, PdfRendererBuilder.FontStyle.NORMAL, true);
            bouwer.useSVGDrawer(new BatikSVGDrawer());
            bouwer.withW3cDocument(new W3CDom().fromJsoup(document), "/");
            bouwer.toStream(uit);
            bouwer.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uit.toByteArray();
    }

    private static InputStream bron(String pad) {
        InputStream in = PdfRenderer.class.getResourceAsStream(pad);
        if (in == null) {
            throw new IllegalStateException(pad + " ontbreekt: draai de build (npm install levert de lettertypen)");
        }
        return in;
    }

    private static String lees(String pad) {
        try (InputStream in = bron(pad)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
