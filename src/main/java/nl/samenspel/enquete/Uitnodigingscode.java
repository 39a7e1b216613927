package nl.samenspel.enquete;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Invitation codes that survive a letter as well as a link: 16 characters from an alphabet
 * without look-alikes (no 0/O, 1/I/L), in groups of four: 80 random bits. Shown once; the
 * database keeps only the SHA-256 of the normalised code.
 */
final class Uitnodigingscode {

    static final String ALFABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"; // 31 symbols, ~4.95 bits each
    private static final int LENGTE = 16;
    private static final SecureRandom TOEVAL = new SecureRandom();
    private static final Pattern SCHEIDING = Pattern.compile("[\\s-]");

    private Uitnodigingscode() {
    }

    static String nieuw() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < LENGTE; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALFABET.charAt(TOEVAL.nextInt(ALFABET.length())));
        }
        return code.toString();
    }

    /** Upper case without dashes or spaces, so 'abcd efgh' and 'ABCD-EFGH' are the same code. */
    static String normaliseer(String code) {
        return code == null ? "" : SCHEIDING.matcher(code).replaceAll("").toUpperCase(Locale.ROOT);
    }

    static String hash(String code) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normaliseer(code).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
