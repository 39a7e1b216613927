/**
 * Het goede gesprek (seed 004): the 19-item vragenlijst, norms set beforehand, interpretation,
 * landkaart, escalatieladder with instruments, and chosen instruments as actions.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Het goede gesprek")
package nl.samenspel.goedegesprek;
