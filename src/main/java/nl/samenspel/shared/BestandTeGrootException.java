package nl.samenspel.shared;

/** An upload larger than an import accepts; nothing was kept or changed. Answered with 413. */
public class BestandTeGrootException extends RuntimeException {

    public BestandTeGrootException(String melding) {
        super(melding);
    }
}
