package nl.samenspel.rapportage;

import java.io.OutputStream;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The exports every module offers. A PDF is rendered from a Thymeleaf template with the same
 * messages and model as the page, so both say the same; the template is a complete HTML document
 * and uses no link expressions (there is no request behind a PDF).
 */
@Service
public class RapportExport {

    private final ITemplateEngine templates;

    public RapportExport(ITemplateEngine templates) {
        this.templates = templates;
    }

    public byte[] pdf(String template, Map<String, Object> model, Locale taal) {
        Context context = new Context(taal, model);
        return PdfRenderer.render(templates.process(template, context));
    }

    public void xlsx(List<Tabel> bladen, OutputStream uit) {
        XlsxSchrijver.schrijf(bladen, uit);
    }

    public void csv(Tabel tabel, Writer uit) {
        CsvSchrijver.schrijf(tabel, uit);
    }
}
