package nl.samenspel.goedegesprek;

/** Who fills in the vragenlijst together (seed 004, stap 1). */
enum Samenstelling {
    ALLEEN, MET_COLLEGE, MET_RAAD, MET_GRIFFIER_EN_GEMEENTESECRETARIS, GEMENGD
}
