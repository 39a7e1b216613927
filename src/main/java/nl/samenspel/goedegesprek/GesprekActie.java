package nl.samenspel.goedegesprek;

import java.time.LocalDate;
import org.springframework.data.annotation.Id;

/** A chosen instrument as an action: who owns it, by when, how far it is. */
record GesprekActie(@Id Long id, Long gesprekId, String instrument, String eigenaar, LocalDate deadline, Status status, String notities) {

    enum Status { GEPLAND, LOOPT, AFGEROND, GESTOPT }
}
