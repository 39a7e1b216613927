package nl.samenspel.shared;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An upload copied to a temporary file, so an import can run in the background after the request
 * has ended; closing deletes the file. Used by the enquête and raad imports.
 */
public final class Tijdelijkbestand implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Tijdelijkbestand.class);

    private final Path pad;

    private Tijdelijkbestand(Path pad) {
        this.pad = pad;
    }

    /** Copies and closes {@code inhoud}; on failure nothing is left behind. */
    public static Tijdelijkbestand van(InputStream inhoud, String voorvoegsel) throws IOException {
        Path pad = Files.createTempFile(voorvoegsel, ".tmp");
        try (inhoud) {
            Files.copy(inhoud, pad, StandardCopyOption.REPLACE_EXISTING);
            return new Tijdelijkbestand(pad);
        } catch (IOException e) {
            Files.deleteIfExists(pad);
            throw e;
        }
    }

    public Path pad() {
        return pad;
    }

    /** Deletes the file; a failure is logged, not thrown. */
    @Override
    public void close() {
        try {
            Files.deleteIfExists(pad);
        } catch (IOException e) {
            LOG.warn("Tijdelijk bestand {} niet verwijderd", pad.getFileName());
        }
    }
}
