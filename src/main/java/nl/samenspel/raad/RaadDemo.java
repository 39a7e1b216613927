package nl.samenspel.raad;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import nl.samenspel.gemeente.VoorbeeldgemeenteAangemaakt;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo council for Voorbeeldstad (29 seats): twelve partijen, four elections, fracties with one
 * afsplitsing, four raadsperiodes (1 April to 31 March) and three coalities, of which the 2022
 * one loses Volt in December 2023. Some five hundred moties, amendementen and vragen follow a
 * fixed pseudo-random pattern (coalition motions are adopted far more often), so every start
 * shows the same tables.
 */
@Component
class RaadDemo {

    private static final String[][] PARTIJEN = {
        {"Partij van de Arbeid", "PvdA", "LANDELIJK"}, {"CDA", null, "LANDELIJK"}, {"VVD", null, "LANDELIJK"},
        {"GroenLinks", "GL", "LANDELIJK"}, {"D66", null, "LANDELIJK"}, {"SP", null, "LANDELIJK"},
        {"Stadspartij Voorbeeldstad", "SPV", "LOKAAL"}, {"Voorbeeldstad Vooruit", "VV", "LOKAAL"},
        {"Partij voor de Dieren", "PvdD", "LANDELIJK"}, {"Volt", null, "LANDELIJK"}, {"PVV", null, "LANDELIJK"},
        {"Lijst Burgerbelang", "LBB", "LOKAAL"}};
    private static final int[][] ZETELS = {
        {6, 5, 4, 3, 4, 3, 4, 0, 0, 0, 0, 0},
        {4, 4, 4, 4, 4, 2, 5, 0, 0, 0, 2, 0},
        {3, 3, 3, 4, 3, 1, 4, 2, 2, 2, 2, 0},
        {3, 4, 3, 3, 3, 1, 3, 2, 1, 1, 3, 2}};
    private static final LocalDate[] VERKIEZINGEN = {LocalDate.of(2014, 3, 19), LocalDate.of(2018, 3, 21), LocalDate.of(2022, 3, 16),
        LocalDate.of(2026, 3, 18)};

    private final RegisterService register;
    private final JdbcTemplate jdbc;
    private final Clock klok;

    RaadDemo(RegisterService register, JdbcTemplate jdbc, Clock klok) {
        this.register = register;
        this.jdbc = jdbc;
        this.klok = klok;
    }

    @EventListener
    void vulVoorbeeldstad(VoorbeeldgemeenteAangemaakt gebeurtenis) {
        Long g = gebeurtenis.gemeenteId();
        List<Long> ids = new ArrayList<>();
        for (String[] p : PARTIJEN) {
            ids.add(register.bewaarPartij(g, null, new RegisterService.PartijGegevens(p[0], p[1], Partij.Partijsoort.valueOf(p[2]),
                    p[0].equals("GroenLinks") ? "Groen Links|GroenLinks Voorbeeldstad" : null)).id());
        }
        for (int v = 0; v < VERKIEZINGEN.length; v++) {
            Map<Long, Integer> zetels = new LinkedHashMap<>();
            for (int p = 0; p < ids.size(); p++) {
                zetels.put(ids.get(p), ZETELS[v][p]);
            }
            register.fractiesUitVerkiezing(g, register.bewaarUitslag(g, VERKIEZINGEN[v], zetels).id());
            int jaar = VERKIEZINGEN[v].getYear();
            register.voegPeriodeToe(g, jaar + "-" + (jaar + 4), LocalDate.of(jaar, 4, 1), LocalDate.of(jaar + 4, 3, 31));
        }
        register.afsplitsing(g, ids.get(10), "Fractie Van Dijk", 1, LocalDate.of(2024, 9, 2));
        Long c2018 = register.voegCoalitieToe(g, "Coalitie 2018", LocalDate.of(2018, 5, 15),
                List.of(ids.get(1), ids.get(2), ids.get(4), ids.get(6))).id();
        register.beeindigCoalitie(g, c2018, LocalDate.of(2022, 6, 1));
        Long c2022 = register.voegCoalitieToe(g, "Coalitie 2022", LocalDate.of(2022, 6, 1),
                List.of(ids.get(0), ids.get(1), ids.get(2), ids.get(4), ids.get(6), ids.get(9))).id();
        register.partijVertrekt(g, c2022, ids.get(9), LocalDate.of(2023, 12, 14));
        register.beeindigCoalitie(g, c2022, LocalDate.of(2026, 5, 20));
        register.voegCoalitieToe(g, "Coalitie 2026", LocalDate.of(2026, 5, 20),
                List.of(ids.get(0), ids.get(1), ids.get(3), ids.get(4), ids.get(6)));
        instrumenten(g, ids);
    }

    private void instrumenten(Long g, List<Long> ids) {
        try (var schrijver = InstrumentSchrijver.inLopendeTransactie(jdbc, g, "DEMO")) {
            schrijfInstrumenten(g, ids, schrijver);
        }
    }

    private void schrijfInstrumenten(Long g, List<Long> ids, InstrumentSchrijver schrijver) {
        Coalitieleden coalitie = register.coalitieleden(g);
        List<Fractie> fracties = register.fracties(g);
        Random toeval = new Random(2026);
        LocalDate begin = LocalDate.of(2018, 4, 1);
        LocalDate vandaag = LocalDate.now(klok);
        long dagen = ChronoUnit.DAYS.between(begin, vandaag.isBefore(begin) ? begin.plusYears(8) : vandaag);
        int nummer = 0;
        for (int i = 0; i < 520; i++) {
            LocalDate datum = begin.plusDays(toeval.nextInt((int) Math.max(1, dagen)));
            List<Long> zittend = zittend(fracties, datum, ids);
            Set<Long> indieners = indieners(toeval, zittend, coalitie.op(datum));
            int soortKans = toeval.nextInt(10);
            Instrumentsoort soort = soortKans < 5 ? Instrumentsoort.SCHRIFTELIJKE_VRAAG : soortKans < 8 ? Instrumentsoort.MOTIE
                    : soortKans < 9 ? Instrumentsoort.AMENDEMENT : Instrumentsoort.MOTIE_VREEMD;
            Uitkomst uitkomst = soort == Instrumentsoort.SCHRIFTELIJKE_VRAAG ? null
                    : uitkomst(toeval, Kamp.bepaal(indieners, datum, coalitie));
            nummer++;
            schrijver.voegToe(soort, datum, titel(soort, nummer), uitkomst, "demo-" + nummer, indieners);
        }
        schrijver.schrijf();
    }

    private static List<Long> zittend(List<Fractie> fracties, LocalDate datum, List<Long> ids) {
        List<Long> zittend = fracties.stream().filter(f -> f.geldtOp(datum) && f.zetels() > 0).map(Fractie::partijId).toList();
        return zittend.isEmpty() ? ids.subList(0, 7) : zittend;
    }

    /** Mostly one partij (opposition more often than coalition), sometimes two or three together. */
    private static Set<Long> indieners(Random toeval, List<Long> zittend, Set<Long> coalitie) {
        List<Long> oppositie = zittend.stream().filter(p -> !coalitie.contains(p)).toList();
        List<Long> inCoalitie = zittend.stream().filter(coalitie::contains).toList();
        int kans = toeval.nextInt(100);
        if (kans < 38 && !inCoalitie.isEmpty()) {
            return Set.of(kies(toeval, inCoalitie));
        }
        if (kans < 88 || inCoalitie.isEmpty()) {
            Long eerste = kies(toeval, oppositie.isEmpty() ? zittend : oppositie);
            Long tweede = kies(toeval, zittend);
            return kans >= 80 ? samen(eerste, tweede) : Set.of(eerste);
        }
        return kans < 94 ? samen(kies(toeval, inCoalitie), kies(toeval, inCoalitie)) : samen(kies(toeval, inCoalitie), kies(toeval, zittend));
    }

    private static Set<Long> samen(Long een, Long twee) {
        return new java.util.HashSet<>(List.of(een, twee));
    }

    private static Uitkomst uitkomst(Random toeval, Kamp kamp) {
        int kans = toeval.nextInt(100);
        int aangenomen = kamp == Kamp.COALITIE ? 70 : kamp == Kamp.GEMENGD ? 55 : 20;
        if (kans < aangenomen) {
            return Uitkomst.AANGENOMEN;
        }
        if (kans < aangenomen + 15) {
            return Uitkomst.INGETROKKEN_AANGEHOUDEN;
        }
        return kans < 97 ? Uitkomst.VERWORPEN : Uitkomst.OVERIG;
    }

    private static Long kies(Random toeval, List<Long> uit) {
        return uit.get(toeval.nextInt(uit.size()));
    }

    private static String titel(Instrumentsoort soort, int nummer) {
        String[] onderwerpen = {"woningbouw", "parkeerbeleid", "jeugdzorg", "schuldhulp", "groenonderhoud", "sportaccommodaties",
            "evenementenbeleid", "armoedebeleid", "binnenstad", "duurzaamheid", "informatievoorziening aan de raad", "veiligheid"};
        String onderwerp = onderwerpen[nummer % onderwerpen.length];
        return switch (soort) {
            case SCHRIFTELIJKE_VRAAG -> "Vragen over " + onderwerp;
            case AMENDEMENT -> "Amendement " + onderwerp;
            case MOTIE_VREEMD -> "Motie vreemd: " + onderwerp;
            case MOTIE -> "Motie " + onderwerp;
        };
    }
}
