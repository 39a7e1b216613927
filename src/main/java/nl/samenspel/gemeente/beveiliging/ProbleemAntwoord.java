package nl.samenspel.gemeente.beveiliging;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Writes the API's 401 and 403 as application/problem+json with a Dutch detail. */
final class ProbleemAntwoord {

    private ProbleemAntwoord() {
    }

    static void schrijf(HttpServletResponse response, int status, String titel, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"%s\",\"status\":%d,\"detail\":\"%s\"}"
                .formatted(titel, status, detail));
    }
}
