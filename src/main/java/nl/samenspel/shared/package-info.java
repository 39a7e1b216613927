/** The few types that three or more modules need: import errors, not-found, tenant-scoped lookups. */
@org.springframework.modulith.ApplicationModule(displayName = "Gedeeld", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package nl.samenspel.shared;
