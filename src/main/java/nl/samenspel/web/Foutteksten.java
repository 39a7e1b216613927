package nl.samenspel.web;

/** Dutch details for the standard HTTP errors the framework raises itself. */
final class Foutteksten {

    private Foutteksten() {
    }

    static String detail(int status) {
        return switch (status) {
            case 400 -> "Het verzoek is ongeldig: controleer de parameters en of de inhoud geldige JSON in het verwachte formaat is.";
            case 404 -> "Deze bron bestaat niet.";
            case 405 -> "Deze HTTP-methode wordt voor deze bron niet ondersteund.";
            case 406 -> "Het gevraagde antwoordformaat wordt niet ondersteund; vraag om application/json.";
            case 413 -> "Het verzoek is te groot.";
            case 415 -> "Dit inhoudstype wordt hier niet ondersteund; kijk in het OpenAPI-document welk type verwacht wordt.";
            default -> status >= 500
                    ? "Er ging iets mis aan onze kant. Probeer het later opnieuw."
                    : "Het verzoek kon niet worden verwerkt (HTTP %d).".formatted(status);
        };
    }
}
