package nl.samenspel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Every visible text comes from the message files, and Dutch and English say the same things:
 * same keys, no empty values, every key a template uses exists.
 */
class TekstenTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Set<String> ATTRIBUTEN_MET_TEKST = Set.of("title", "alt", "placeholder", "aria-label", "value", "label");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern SLEUTEL = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)");

    private static Properties laad(String bestand) throws IOException {
        Properties properties = new Properties();
        try (var in = TekstenTests.class.getResourceAsStream("/" + bestand)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> paden = Files.walk(TEMPLATES)) {
            return paden.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    @Test
    void dutchAndEnglishHaveExactlyTheSameKeys() throws IOException {
        var nl = new TreeSet<>(laad("messages_nl.properties").stringPropertyNames());
        var en = new TreeSet<>(laad("messages_en.properties").stringPropertyNames());
        var alleenNl = new TreeSet<>(nl);
        alleenNl.removeAll(en);
        var alleenEn = new TreeSet<>(en);
        alleenEn.removeAll(nl);
        assertThat(alleenNl).as("keys only in messages_nl").isEmpty();
        assertThat(alleenEn).as("keys only in messages_en").isEmpty();
    }

    @Test
    void noMessageIsEmpty() throws IOException {
        for (String bestand : List.of("messages_nl.properties", "messages_en.properties")) {
            Properties p = laad(bestand);
            assertThat(p.stringPropertyNames()).as(bestand).allSatisfy(k -> assertThat(p.getProperty(k)).as(k).isNotBlank());
        }
    }

    @Test
    void everyKeyATemplateUsesExists() throws IOException {
        Properties nl = laad("messages_nl.properties");
        List<String> ontbrekend = new ArrayList<>();
        for (Path template : templates()) {
            Matcher m = SLEUTEL.matcher(Files.readString(template));
            while (m.find()) {
                if (!nl.containsKey(m.group(1))) {
                    ontbrekend.add(TEMPLATES.relativize(template) + ": " + m.group(1));
                }
            }
        }
        assertThat(ontbrekend).isEmpty();
    }

    @Test
    void templatesHoldNoHardCodedText() throws IOException {
        List<String> gevonden = new ArrayList<>();
        for (Path template : templates()) {
            Document document = Jsoup.parse(Files.readString(template), "", Parser.htmlParser());
            for (Element element : document.getAllElements()) {
                controleer(TEMPLATES.relativize(template).toString(), element, gevonden);
            }
        }
        assertThat(gevonden).as("hard-coded text in templates: use th:text=\"#{...}\"").isEmpty();
    }

    private static void controleer(String template, Element element, List<String> gevonden) {
        boolean vervangen = element.hasAttr("th:text") || element.hasAttr("th:utext") || element.hasAttr("th:replace")
                || element.hasAttr("th:insert") || element.hasAttr("th:errors");
        if (!vervangen && !Set.of("script", "style").contains(element.normalName())) {
            for (TextNode tekst : element.textNodes()) {
                if (LETTER.matcher(tekst.text()).find()) {
                    gevonden.add(template + ": <" + element.normalName() + "> '" + tekst.text().strip() + "'");
                }
            }
        }
        for (var attribuut : element.attributes()) {
            boolean zichtbareWaarde = !attribuut.getKey().equals("value")
                    || (element.normalName().equals("input") && Set.of("submit", "button", "reset").contains(element.attr("type")));
            if (ATTRIBUTEN_MET_TEKST.contains(attribuut.getKey()) && zichtbareWaarde && LETTER.matcher(attribuut.getValue()).find()) {
                gevonden.add(template + ": " + attribuut.getKey() + "=\"" + attribuut.getValue() + "\"");
            }
        }
    }
}
