/**
 * Raadsdynamiek (seed 000, chapters 3 and 4): partijen, fracties, verkiezingen, raadsperiodes,
 * coalities, moties, amendementen and schriftelijke vragen, and the tables built from them.
 * The public face is {@link nl.samenspel.raad.RaadsfeitenService} with its record
 * {@link nl.samenspel.raad.Raadsfeiten}, for het goede gesprek.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Raadsdynamiek")
package nl.samenspel.raad;
