/**
 * Renderers every module shares: PDF from the same Thymeleaf HTML as the pages (tagged, fonts
 * embedded, SVG charts included), XLSX and CSV from a plain table.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Rapportage")
package nl.samenspel.rapportage;
