/**
 * Tenants (gemeenten), accounts with roles per gemeente, afdelingen, and login. Every query
 * here is scoped to the gemeente of the signed-in user.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Gemeente")
package nl.samenspel.gemeente;
