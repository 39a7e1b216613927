package nl.samenspel.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.samenspel.shared.NietGevondenException;
import nl.samenspel.shared.OngeldigVerzoekException;
import nl.samenspel.shared.TeDrukException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Pages: a missing or foreign resource is a 404 error page (never a hint that it exists elsewhere). */
@ControllerAdvice
class PaginaFoutAfhandeling {

    @ExceptionHandler(NietGevondenException.class)
    void nietGevonden(HttpServletResponse response) throws IOException {
        response.sendError(404);
    }

    /** A business rule said no (e.g. answering a closed gesprek): the error page says why, in the rule's words. */
    @ExceptionHandler(OngeldigVerzoekException.class)
    ModelAndView ongeldig(OngeldigVerzoekException e, HttpServletResponse response) {
        response.setStatus(400);
        ModelAndView pagina = new ModelAndView("error");
        pagina.addObject("status", 400);
        pagina.addObject("foutmelding", e.getMessage());
        return pagina;
    }

    @ExceptionHandler(TeDrukException.class)
    ModelAndView teDruk(TeDrukException e, HttpServletResponse response) {
        response.setStatus(503);
        response.setHeader("Retry-After", "30");
        ModelAndView pagina = new ModelAndView("error");
        pagina.addObject("status", 503);
        pagina.addObject("foutmelding", e.getMessage());
        return pagina;
    }

    @ExceptionHandler(NoResourceFoundException.class)
    void geenBron(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setStatus(404);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Niet gevonden\",\"status\":404,\"detail\":\""
                    + Foutteksten.detail(404) + "\"}");
            return;
        }
        response.sendError(404);
    }
}
