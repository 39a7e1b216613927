package nl.samenspel;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModulariteitTests {

    private final ApplicationModules modules = ApplicationModules.of(SamenspelApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicFaceAndHaveNoCycles() {
        modules.verify();
    }

    @Test
    void writesTheModuleCanvasAndDiagramsForTheDocs() {
        new Documenter(modules).writeDocumentation();
    }
}
