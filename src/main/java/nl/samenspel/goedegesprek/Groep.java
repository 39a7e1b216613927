package nl.samenspel.goedegesprek;

/** The body a deelnemer speaks for; the landkaart compares a group's view of itself with the others'. */
enum Groep {
    RAAD, COLLEGE, DRIEHOEK, OVERIG
}
