package nl.samenspel.web;

import java.util.Arrays;
import nl.samenspel.gemeente.Sessiegebruiker;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: per role, the parts of Samenspel this gemeente has. */
@Controller
class StartController {

    @GetMapping("/")
    String start(Sessiegebruiker gebruiker, Model model) {
        model.addAttribute("onderdelen", Arrays.stream(Onderdeel.values()).filter(o -> o.zichtbaarVoor(gebruiker)).toList());
        return "start";
    }
}
