package nl.samenspel.goedegesprek;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "vragenlijsten", description = "De instrumenten zelf; openbare inhoud, geen inlog nodig")
class VragenlijstApiController {

    @GetMapping("/api/v1/vragenlijsten/goede-gesprek")
    @Operation(summary = "De vragenlijst 'basis voor het goede gesprek': 19 items, schaal, polariteit per item en bron")
    Vragenlijst goedeGesprek() {
        return VragenlijstLezer.standaard();
    }
}
