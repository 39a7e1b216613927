package nl.samenspel.gemeente;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class InlogController {

    record OidcAanbieder(String naam, String pad) {
    }

    private final ObjectProvider<ClientRegistrationRepository> oidcAanbieders;

    InlogController(ObjectProvider<ClientRegistrationRepository> oidcAanbieders) {
        this.oidcAanbieders = oidcAanbieders;
    }

    @GetMapping("/inloggen")
    String inloggen(Model model) {
        model.addAttribute("oidcAanbieders", aanbieders());
        return "inloggen";
    }

    private List<OidcAanbieder> aanbieders() {
        List<OidcAanbieder> lijst = new ArrayList<>();
        if (oidcAanbieders.getIfAvailable() instanceof Iterable<?> registraties) {
            for (Object registratie : registraties) {
                ClientRegistration r = (ClientRegistration) registratie;
                lijst.add(new OidcAanbieder(r.getClientName(), "/oauth2/authorization/" + r.getRegistrationId()));
            }
        }
        return lijst;
    }
}
