/**
 * Enquete psychosociale veiligheid en werkbeleving (seed 000): metingen, single-use anonymous
 * invitations, anonymous responses, and afdeling reports that hide every group that is too small,
 * directly or by subtraction.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Enquete")
package nl.samenspel.enquete;
