package nl.samenspel.raad;

/**
 * Tables 3, 4 and 5 of one period from its indieningen: every instrument is judged by coalition
 * membership on its own date, so a partij that leaves the coalition counts as coalitie before and
 * as oppositie after it left.
 */
record Raadsanalyse(Vragentabel vragen, Uitkomsttabel amendementen, Uitkomsttabel moties) {

    static Raadsanalyse van(Iterable<Indiening> indieningen, Coalitieleden coalitie) {
        Raadsanalyse analyse = new Raadsanalyse(new Vragentabel(), new Uitkomsttabel(), new Uitkomsttabel());
        for (Indiening indiening : indieningen) {
            analyse.tel(indiening, coalitie);
        }
        return analyse;
    }

    private void tel(Indiening indiening, Coalitieleden coalitie) {
        if (indiening.soort() == Instrumentsoort.SCHRIFTELIJKE_VRAAG) {
            vragen.tel(Stellercategorie.bepaal(indiening.indieners(), indiening.datum(), coalitie));
            return;
        }
        Kamp kamp = Kamp.bepaal(indiening.indieners(), indiening.datum(), coalitie);
        (indiening.soort() == Instrumentsoort.AMENDEMENT ? amendementen : moties).tel(kamp, indiening.uitkomst());
    }
}
