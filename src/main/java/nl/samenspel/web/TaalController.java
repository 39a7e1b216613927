package nl.samenspel.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/** The language switch: a POST (it changes state) that returns to the page the user was on. */
@Controller
class TaalController {

    private final LocaleResolver locales;

    TaalController(LocaleResolver locales) {
        this.locales = locales;
    }

    @PostMapping("/taal")
    String kies(@RequestParam("taal") String taal, @RequestParam(name = "terug", defaultValue = "/") String terug,
            HttpServletRequest request, HttpServletResponse response) {
        locales.setLocale(request, response, "en".equals(taal) ? WebConfig.ENGELS : WebConfig.NEDERLANDS);
        return "redirect:" + veiligTerug(terug);
    }

    /** Only paths on this site: no open redirect via '//host' or 'https://...'. */
    static String veiligTerug(String terug) {
        boolean lokaal = terug.startsWith("/") && !terug.startsWith("//") && !terug.startsWith("/\\")
                && terug.chars().noneMatch(c -> c < 0x20);
        return lokaal ? terug : "/";
    }
}
