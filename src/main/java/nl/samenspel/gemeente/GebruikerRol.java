package nl.samenspel.gemeente;

/** One role of an account; stored in gebruiker_rol. */
record GebruikerRol(Rol rol) {
}
