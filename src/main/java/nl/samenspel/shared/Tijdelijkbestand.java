package nl.samenspel.shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /**
     * The largest upload an import takes: ten times the largest import measured (200,000 enquête responses are
     * 12 MB, a raad export of ten years about 1 MB). An API body has no multipart limit, so without this a client
     * could fill the disk.
     */
    public static final long MAX_BYTES = 100L * 1024 * 1024;

    /** Copies and closes {@code inhoud}; on failure, or beyond {@link #MAX_BYTES}, nothing is left behind. */
    public static Tijdelijkbestand van(InputStream inhoud, String voorvoegsel) throws IOException {
        return van(inhoud, voorvoegsel, MAX_BYTES);
    }

    static Tijdelijkbestand van(InputStream inhoud, String voorvoegsel, long maxBytes) throws IOException {
        Path pad = Files.createTempFile(voorvoegsel, ".tmp");
        try (inhoud; OutputStream uit = Files.newOutputStream(pad)) {
            byte[] buffer = new byte[64 * 1024];
            long gekopieerd = 0;
            for (int gelezen; (gelezen = inhoud.read(buffer)) >= 0; ) {
                gekopieerd += gelezen;
                if (gekopieerd > maxBytes) {
                    throw new BestandTeGrootException("Het bestand is groter dan %d MB en is niet ingelezen; er is niets gewijzigd. "
                            .formatted(maxBytes / (1024 * 1024)) + "Splits het in kleinere bestanden en importeer die na elkaar.");
                }
                uit.write(buffer, 0, gelezen);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(pad);
            throw e;
        }
        return new Tijdelijkbestand(pad);
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
