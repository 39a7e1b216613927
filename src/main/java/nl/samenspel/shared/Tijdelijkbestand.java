package nl.samenspel.shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
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

    /** A reader of the file as UTF-8; a wrong byte becomes a replacement character. */
    public BufferedReader lezer() throws IOException {
        return new BufferedReader(new InputStreamReader(Files.newInputStream(pad), StandardCharsets.UTF_8));
    }

    /** The number of non-empty lines, or null when the file cannot be read. */
    public Integer nietLegeRegels() {
        try (BufferedReader lezer = lezer()) {
            return (int) Math.min(Integer.MAX_VALUE, lezer.lines().filter(r -> !r.isBlank()).count());
        } catch (IOException | RuntimeException e) {
            return null;
        }
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
