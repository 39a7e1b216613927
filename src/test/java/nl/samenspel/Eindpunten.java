package nl.samenspel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Every endpoint the application maps, so tests can walk all of them (new ones included). */
public record Eindpunten(List<Eindpunt> alle) {

    public record Eindpunt(HttpMethod methode, String pad) {

        public boolean isApi() {
            return pad.startsWith("/api/");
        }

        public boolean wijzigt() {
            return methode != HttpMethod.GET && methode != HttpMethod.HEAD && methode != HttpMethod.OPTIONS;
        }

        public String metId(Object id) {
            return pad.replaceAll("\\{[^}]+}", String.valueOf(id));
        }

        @Override
        public String toString() {
            return methode + " " + pad;
        }
    }

    /** Framework endpoints that are public by design: the error page and the OpenAPI document and UI. */
    private static final Set<String> FRAMEWORK = Set.of("/error", "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/swagger-config",
            "/swagger-ui.html");

    public static Eindpunten van(RequestMappingHandlerMapping mapping) {
        List<Eindpunt> lijst = new ArrayList<>();
        mapping.getHandlerMethods().forEach((info, handler) -> {
            Set<RequestMethod> methoden = info.getMethodsCondition().getMethods();
            for (String pad : info.getPatternValues()) {
                if (FRAMEWORK.contains(pad) || pad.startsWith("/v3/api-docs")) {
                    continue;
                }
                if (methoden.isEmpty()) {
                    lijst.add(new Eindpunt(HttpMethod.GET, pad));
                } else {
                    methoden.forEach(m -> lijst.add(new Eindpunt(HttpMethod.valueOf(m.name()), pad)));
                }
            }
        });
        lijst.sort(Comparator.comparing(Eindpunt::pad).thenComparing(e -> e.methode().name()));
        return new Eindpunten(List.copyOf(lijst));
    }
}
