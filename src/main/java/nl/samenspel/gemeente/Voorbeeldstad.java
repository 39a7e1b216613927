package nl.samenspel.gemeente;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds the fictional gemeente Voorbeeldstad with a demo account per role, when the demo is
 * switched on (the default profile) and the database has no gemeente yet. Other modules add
 * their demo content on {@link VoorbeeldgemeenteAangemaakt}.
 */
@Component
@ConditionalOnProperty(name = "samenspel.demo.enabled", havingValue = "true")
class Voorbeeldstad implements ApplicationRunner {

    static final String WACHTWOORD = "Voorbeeldstad-2026";
    static final String CBS_CODE = "GM9999";
    private static final Logger LOG = LoggerFactory.getLogger(Voorbeeldstad.class);

    record DemoAccount(String gebruikersnaam, String naam, Set<Rol> rollen) {
    }

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("beheerder", "Bea Beheer", EnumSet.of(Rol.BEHEERDER)),
            new DemoAccount("burgemeester", "Bram de Burgemeester", EnumSet.of(Rol.BURGEMEESTER)),
            new DemoAccount("griffier", "Greet Griffioen", EnumSet.of(Rol.GRIFFIER)),
            new DemoAccount("secretaris", "Sanne Secretaris", EnumSet.of(Rol.GEMEENTESECRETARIS)),
            new DemoAccount("raadslid", "Ruben Raadslid", EnumSet.of(Rol.RAADSLID)),
            new DemoAccount("wethouder", "Wilma Wethouder", EnumSet.of(Rol.WETHOUDER)),
            new DemoAccount("medewerker", "Mo Medewerker", EnumSet.of(Rol.MEDEWERKER)),
            new DemoAccount("integriteit", "Ilse Integer", EnumSet.of(Rol.INTEGRITEITSFUNCTIONARIS)),
            new DemoAccount("commissie", "Kees Commissie", EnumSet.of(Rol.BEGELEIDINGSCOMMISSIE)));

    static final List<String> AFDELINGEN = List.of(
            "Burgerzaken", "Bestuursondersteuning", "Communicatie", "Financiën", "Personeel en Organisatie",
            "Informatievoorziening", "Juridische Zaken", "Ruimtelijke Ordening", "Vergunningen", "Toezicht en Handhaving",
            "Openbare Ruimte", "Sociaal Domein", "Jeugd en Onderwijs", "Werk en Inkomen", "Wonen",
            "Economie en Cultuur", "Klantcontact", "Facilitaire Zaken", "Griffie", "Concerncontrol");

    private final GemeenteService gemeenten;
    private final GebruikerService gebruikers;
    private final AfdelingService afdelingen;
    private final ApplicationEventPublisher gebeurtenissen;

    Voorbeeldstad(GemeenteService gemeenten, GebruikerService gebruikers, AfdelingService afdelingen,
            ApplicationEventPublisher gebeurtenissen) {
        this.gemeenten = gemeenten;
        this.gebruikers = gebruikers;
        this.afdelingen = afdelingen;
        this.gebeurtenissen = gebeurtenissen;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (gemeenten.heeftGemeenten()) {
            return;
        }
        gebruikers.maakPlatformbeheerder("platform", "Pim Platform", WACHTWOORD);
        DemoAccount eerste = ACCOUNTS.get(0);
        Gemeente gemeente = gemeenten.maak(new GemeenteGegevens("Voorbeeldstad", CBS_CODE, 47_800, 29),
                new NieuweGebruiker(eerste.gebruikersnaam(), eerste.naam(), null, WACHTWOORD, eerste.rollen()));
        ACCOUNTS.stream().skip(1).forEach(account -> gebruikers.maak(gemeente.id(),
                new NieuweGebruiker(account.gebruikersnaam(), account.naam(), null, WACHTWOORD, account.rollen())));
        for (int i = 0; i < AFDELINGEN.size(); i++) {
            afdelingen.voegToe(gemeente.id(), new AfdelingGegevens("AFD%02d".formatted(i + 1), AFDELINGEN.get(i)));
        }
        gebeurtenissen.publishEvent(new VoorbeeldgemeenteAangemaakt(gemeente.id()));
        LOG.info("Demo-gemeente Voorbeeldstad aangemaakt. Inloggen met wachtwoord '{}' als: platform, {}", WACHTWOORD,
                String.join(", ", ACCOUNTS.stream().map(DemoAccount::gebruikersnaam).toList()));
    }
}
