package nl.samenspel.goedegesprek;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A gemeente's norm set as stored: a new version on every change, the content as JSON. */
@Table("normenset")
record OpgeslagenNormenset(@Id Long id, Long gemeenteId, int versie, String naam, String inhoud, Instant vastgesteldOp) {
}
