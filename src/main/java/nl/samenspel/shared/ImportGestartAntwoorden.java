package nl.samenspel.shared;

import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The OpenAPI responses of an API import that answers with {@link Importantwoord}; the body is the method's status document. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ApiResponse(responseCode = "202", description = "Import gestart; volg Location tot de status niet meer BEZIG is",
        headers = {@Header(name = "Location", description = "de statusbron van de import"),
                @Header(name = "Retry-After", description = "seconden tot de volgende vraag naar de status")})
@ApiResponse(responseCode = "200", description = "Alleen met Prefer: wait=N: de import was binnen N seconden klaar; dit is de eindstatus",
        headers = @Header(name = "Content-Location", description = "de statusbron van de import"))
public @interface ImportGestartAntwoorden {
}
