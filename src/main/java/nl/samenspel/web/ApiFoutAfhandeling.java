package nl.samenspel.web;

import java.util.List;
import java.util.Map;
import nl.samenspel.shared.ImportAfgekeurdException;
import nl.samenspel.shared.NietGevondenException;
import nl.samenspel.shared.OngeldigVerzoekException;
import nl.samenspel.shared.BestandTeGrootException;
import nl.samenspel.shared.TeDrukException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every API error as application/problem+json with a Dutch {@code detail}. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiFoutAfhandeling extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiFoutAfhandeling.class);

    @ExceptionHandler(NietGevondenException.class)
    ProblemDetail nietGevonden(NietGevondenException e) {
        return probleem(HttpStatus.NOT_FOUND, "Niet gevonden", e.getMessage());
    }

    @ExceptionHandler(OngeldigVerzoekException.class)
    ProblemDetail ongeldig(OngeldigVerzoekException e) {
        ProblemDetail probleem = probleem(HttpStatus.BAD_REQUEST, "Ongeldig verzoek", e.getMessage());
        if (e.veld() != null) {
            probleem.setProperty("fouten", List.of(Map.of("veld", e.veld(), "melding", e.getMessage())));
        }
        return probleem;
    }

    @ExceptionHandler(ImportAfgekeurdException.class)
    ProblemDetail importAfgekeurd(ImportAfgekeurdException e) {
        ProblemDetail probleem = probleem(HttpStatus.BAD_REQUEST, "Import afgekeurd", e.getMessage() + " "
                + String.join(" ", e.fouten().stream().limit(20).map(f -> f.beschrijving()).toList()));
        probleem.setProperty("fouten", e.fouten());
        return probleem;
    }

    @ExceptionHandler(TeDrukException.class)
    ResponseEntity<ProblemDetail> teDruk(TeDrukException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "30")
                .body(probleem(HttpStatus.SERVICE_UNAVAILABLE, "Tijdelijk te druk", e.getMessage()));
    }

    @ExceptionHandler(BestandTeGrootException.class)
    ResponseEntity<ProblemDetail> teGroot(BestandTeGrootException e) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                .body(probleem(HttpStatus.CONTENT_TOO_LARGE, "Bestand te groot", e.getMessage()));
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail onverwacht(Exception e) throws Exception {
        if (e instanceof AccessDeniedException || e instanceof AuthenticationException) {
            throw e; // answered by the security filter chain as problem+json 401/403
        }
        LOG.error("Onverwachte fout in API", e);
        return probleem(HttpStatus.INTERNAL_SERVER_ERROR, "Interne fout",
                "Er ging iets mis aan onze kant. Probeer het later opnieuw; blijft het misgaan, neem dan contact op met de beheerder.");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> fouten = e.getBindingResult().getFieldErrors().stream()
                .map(f -> Map.of("veld", f.getField(), "melding", String.valueOf(f.getDefaultMessage())))
                .toList();
        ProblemDetail probleem = probleem(HttpStatus.BAD_REQUEST, "Ongeldige invoer", "Het verzoek bevat %d fout(en): %s"
                .formatted(fouten.size(), String.join("; ", fouten.stream().map(f -> f.get("veld") + ": " + f.get("melding")).toList())));
        probleem.setProperty("fouten", fouten);
        return ResponseEntity.badRequest().body(probleem);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ProblemDetail probleem = body instanceof ProblemDetail p ? p : ProblemDetail.forStatus(status);
        probleem.setDetail(Foutteksten.detail(status.value()));
        return super.handleExceptionInternal(e, probleem, headers, status, request);
    }

    private static ProblemDetail probleem(HttpStatus status, String titel, String detail) {
        ProblemDetail probleem = ProblemDetail.forStatusAndDetail(status, detail);
        probleem.setTitle(titel);
        return probleem;
    }
}
