package nl.samenspel.goedegesprek;

/** One answer: {@code waarde} 1 (altijd) .. 5 (nooit), or null for 'geen antwoord'; an optional example. */
record Antwoord(Integer waarde, String voorbeeld) {
}
