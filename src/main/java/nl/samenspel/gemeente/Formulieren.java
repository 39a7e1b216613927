package nl.samenspel.gemeente;

import nl.samenspel.shared.OngeldigVerzoekException;
import org.springframework.validation.BindingResult;

/** Puts a business-rule error from a service onto the form field it is about. */
final class Formulieren {

    private Formulieren() {
    }

    static void meld(OngeldigVerzoekException fout, BindingResult fouten) {
        if (fout.veld() == null) {
            fouten.reject("", fout.getMessage());
        } else {
            fouten.rejectValue(fout.veld(), "", fout.getMessage());
        }
    }
}
