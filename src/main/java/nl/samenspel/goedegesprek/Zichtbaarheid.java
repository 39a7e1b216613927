package nl.samenspel.goedegesprek;

/** OPEN: names beside answers. ANONIEM: only distributions, and nothing for fewer than three deelnemers. */
enum Zichtbaarheid {
    OPEN, ANONIEM;

    static final int MINIMUM_ANONIEM = 3;
}
