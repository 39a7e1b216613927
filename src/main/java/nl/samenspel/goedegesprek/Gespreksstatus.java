package nl.samenspel.goedegesprek;

/** VOORBEREIDING: norms may change. OPEN: answers come in, norms are frozen. GESLOTEN: results only. */
enum Gespreksstatus {
    VOORBEREIDING, OPEN, GESLOTEN
}
