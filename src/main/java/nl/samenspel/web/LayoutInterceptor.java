package nl.samenspel.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.samenspel.gemeente.GemeenteService;
import nl.samenspel.gemeente.HuidigeGebruiker;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the layout shows on every rendered page: who is signed in, for which gemeente, and where
 * to return after a language switch. Only for views, so API calls pay nothing.
 */
@Component
class LayoutInterceptor implements HandlerInterceptor {

    private final GemeenteService gemeenten;

    LayoutInterceptor(GemeenteService gemeenten) {
        this.gemeenten = gemeenten;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView mav) {
        if (mav == null || (mav.getViewName() != null && mav.getViewName().startsWith("redirect:"))) {
            return;
        }
        HuidigeGebruiker.nu().ifPresent(gebruiker -> {
            mav.addObject("gebruiker", gebruiker);
            if (gebruiker.gemeenteId() != null) {
                mav.addObject("gemeenteNaam", gemeenten.gemeente(gebruiker.gemeenteId()).naam());
            }
        });
        String pad = (String) request.getAttribute("jakarta.servlet.error.request_uri");
        mav.addObject("huidigPad", pad != null ? "/" : request.getRequestURI());
    }
}
