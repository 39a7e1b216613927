package nl.samenspel.goedegesprek;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;

/**
 * One person's participation: through an account or a single-use link. Answers are saved as a
 * draft until {@code ingediendOp} is set; after that they never change.
 */
record Deelname(@Id Long id, Long gesprekId, Long gebruikerId, String codeHash, String naam, Groep groep,
        Instant ingediendOp, @Version Integer versie, @MappedCollection(idColumn = "deelname_id", keyColumn = "item") Map<Integer, Antwoord> antwoorden) {

    Deelname {
        antwoorden = antwoorden == null ? new TreeMap<>() : new TreeMap<>(antwoorden);
    }

    public boolean isIngediend() {
        return ingediendOp != null;
    }

    Deelname metAntwoorden(String nieuweNaam, Groep nieuweGroep, Map<Integer, Antwoord> nieuw) {
        return new Deelname(id, gesprekId, gebruikerId, codeHash, nieuweNaam, nieuweGroep, ingediendOp, versie, nieuw);
    }

    Deelname ingediend(Instant moment) {
        return new Deelname(id, gesprekId, gebruikerId, codeHash, naam, groep, moment, versie, antwoorden);
    }
}
