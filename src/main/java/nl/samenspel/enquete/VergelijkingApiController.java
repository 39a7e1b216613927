package nl.samenspel.enquete;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.samenspel.gemeente.Sessiegebruiker;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "vergelijking", description = "Enquête: de eigen gemeente naast de kwartielen van alle deelnemende gemeenten; geen gemeente wordt genoemd")
class VergelijkingApiController {

    private final VergelijkingService vergelijkingen;

    VergelijkingApiController(VergelijkingService vergelijkingen) {
        this.vergelijkingen = vergelijkingen;
    }

    @GetMapping("/api/v1/enquete/vergelijking")
    @Operation(summary = "Kwartielen per indicator en per vraag over de deelnemende gemeenten, met het eigen cijfer. Alleen voor gemeenten die zelf "
            + "meedoen; onder 10 gemeenten (elk met ten minste 10 responsen en niet minder dan de eigen minimale groep) wordt niets vergeleken.")
    VergelijkingService.Overzicht vergelijking(Sessiegebruiker gebruiker) {
        return vergelijkingen.overzicht(gebruiker);
    }
}
