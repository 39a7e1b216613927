package nl.samenspel.raad;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import nl.samenspel.raad.Instrumentopslag.Rij;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLExceptionTranslator;

/**
 * Writes instruments in batches of {@value #BATCH}. Ids come in blocks of 1000 from the sequence
 * raadsinstrument_blok, so instruments are written without reading generated keys back; each refers to
 * its {@link Indienerscombinaties indienerscombinatie}. A kenmerk already present (in the database or earlier in the same import) is skipped and counted,
 * so importing the same export twice adds nothing: one query per batch, none while the gemeente had no
 * kenmerken before the import (its own kenmerken are then kept in memory, up to {@value #MAX_IN_GEHEUGEN}).
 *
 * <p>Runs inside the caller's transaction: an import that fails later rolls every batch back. On
 * PostgreSQL a batch is written by one background thread on the transaction's own connection with COPY
 * while the caller parses the next batch (at most one batch in flight, so memory stays flat); the caller
 * only hands batches over and never touches the connection meanwhile. {@link #close()} waits for the
 * last batch; use try-with-resources so a failing import never leaves the thread writing.
 */
final class InstrumentSchrijver implements AutoCloseable {

    static final int BATCH = 5000;
    static final int MAX_IN_GEHEUGEN = 200_000;

    private final JdbcTemplate jdbc;
    private final Long gemeenteId;
    private final String bron;
    private final Instrumentopslag opslag;
    private final Indienerscombinaties combinaties;
    private final DataSource bronDatabase;
    private final Connection verbinding;
    private final ExecutorService achtergrond;
    private Future<?> onderweg;
    private List<Rij> rijen = new ArrayList<>();
    private Set<String> kenmerkenInBatch = new HashSet<>();
    /** Kenmerken written by this import, kept only while the gemeente had none before it (then the database has no others). */
    private Set<String> geschreven;
    private boolean eersteBatch = true;
    private long volgendeId;
    private long laatsteVanBlok = -1;
    private int toegevoegd;
    private int overgeslagen;
    private int dubbelInBestand;

    InstrumentSchrijver(JdbcTemplate jdbc, Long gemeenteId, String bron) {
        this(jdbc, gemeenteId, bron, true);
    }

    /** For the demo: its gemeente is created in the same transaction, so combinations must be created there too. */
    static InstrumentSchrijver inLopendeTransactie(JdbcTemplate jdbc, Long gemeenteId, String bron) {
        return new InstrumentSchrijver(jdbc, gemeenteId, bron, false);
    }

    private InstrumentSchrijver(JdbcTemplate jdbc, Long gemeenteId, String bron, boolean combinatiesApart) {
        this.jdbc = jdbc;
        this.gemeenteId = gemeenteId;
        this.bron = bron;
        boolean postgres = Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) con ->
                "PostgreSQL".equalsIgnoreCase(con.getMetaData().getDatabaseProductName())));
        if (postgres) {
            this.bronDatabase = jdbc.getDataSource();
            this.verbinding = DataSourceUtils.getConnection(bronDatabase);
            this.opslag = new Instrumentopslag.Kopie(verbinding);
            this.achtergrond = Executors.newSingleThreadExecutor(taak -> {
                Thread draad = new Thread(taak, "raad-import-copy");
                draad.setDaemon(true);
                return draad;
            });
        } else {
            this.bronDatabase = null;
            this.verbinding = null;
            this.opslag = new Instrumentopslag.Invoeging(jdbc);
            this.achtergrond = null;
        }
        this.combinaties = new Indienerscombinaties(gemeenteId, opslag, combinatiesApart
                ? Combinatieopslag.eigenTransactie(jdbc.getDataSource(), postgres)
                : Combinatieopslag.lopendeTransactie(verbinding, jdbc, postgres));
    }

    void voegToe(Instrumentsoort soort, LocalDate datum, String titel, Uitkomst uitkomst, String kenmerk, Set<Long> partijen) {
        if (kenmerk != null && !kenmerkenInBatch.add(kenmerk)) {
            dubbelInBestand++;
            return;
        }
        long[] ids = new long[partijen.size()];
        int i = 0;
        for (Long partij : partijen) {
            ids[i++] = partij;
        }
        rijen.add(new Rij(soort, datum, titel, uitkomst, kenmerk, ids));
        if (rijen.size() >= BATCH) {
            geefDoor();
        }
    }

    /** Writes what is pending and waits until everything is in the database; call once at the end. */
    void schrijf() {
        geefDoor();
        wacht();
    }

    private void geefDoor() {
        if (rijen.isEmpty()) {
            return;
        }
        List<Rij> batch = rijen;
        Set<String> kenmerken = kenmerkenInBatch;
        rijen = new ArrayList<>();
        kenmerkenInBatch = new HashSet<>();
        if (achtergrond == null) {
            verwerk(batch, kenmerken);
            return;
        }
        wacht();
        onderweg = achtergrond.submit(() -> verwerk(batch, kenmerken));
    }

    private void wacht() {
        if (onderweg == null) {
            return;
        }
        try {
            onderweg.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import onderbroken", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException fout) {
                throw fout;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            onderweg = null;
        }
    }

    /** One batch: duplicate check, ids, write. On PostgreSQL on the background thread, batches one after another. */
    private void verwerk(List<Rij> batch, Set<String> kenmerken) {
        try {
            if (eersteBatch) {
                eersteBatch = false;
                geschreven = opslag.heeftKenmerken(gemeenteId) ? null : new HashSet<>();
            }
            Set<String> bestaand = bestaand(kenmerken);
            List<Rij> nieuw = bestaand.isEmpty() ? batch : new ArrayList<>(batch.size());
            if (!bestaand.isEmpty()) {
                for (Rij rij : batch) {
                    if (rij.kenmerk() != null && bestaand.contains(rij.kenmerk())) {
                        overgeslagen++;
                    } else {
                        nieuw.add(rij);
                    }
                }
            }
            long[] ids = new long[nieuw.size()];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = nieuwId();
            }
            opslag.schrijf(gemeenteId, bron, nieuw, ids, combinaties.ids(nieuw));
            toegevoegd += nieuw.size();
            if (geschreven != null) {
                geschreven.addAll(kenmerken);
                if (geschreven.size() > MAX_IN_GEHEUGEN) {
                    geschreven = null; // a very large file: from here on the database answers, so memory stays flat
                }
            }
        } catch (SQLException e) {
            throw vertaal(e);
        }
    }

    private Set<String> bestaand(Set<String> kenmerken) throws SQLException {
        if (kenmerken.isEmpty()) {
            return Set.of();
        }
        if (geschreven == null) {
            return opslag.bestaand(gemeenteId, kenmerken);
        }
        Set<String> bestaand = new HashSet<>();
        for (String kenmerk : kenmerken) {
            if (geschreven.contains(kenmerk)) {
                bestaand.add(kenmerk);
            }
        }
        return bestaand;
    }

    private long nieuwId() throws SQLException {
        if (volgendeId > laatsteVanBlok) {
            volgendeId = opslag.blok() * 1000;
            laatsteVanBlok = volgendeId + 999;
        }
        return volgendeId++;
    }

    private RuntimeException vertaal(SQLException e) {
        SQLExceptionTranslator vertaler = jdbc.getExceptionTranslator();
        DataAccessException vertaald = vertaler.translate("raad import", null, e);
        return vertaald != null ? vertaald : new IllegalStateException(e);
    }

    /** Waits for the batch in flight (its failure is thrown unless one is already on its way) and stops the thread. */
    @Override
    public void close() {
        try {
            wacht();
        } finally {
            if (achtergrond != null) {
                achtergrond.shutdownNow();
                DataSourceUtils.releaseConnection(verbinding, bronDatabase);
            }
        }
    }

    int toegevoegd() {
        return toegevoegd;
    }

    int overgeslagen() {
        return overgeslagen + dubbelInBestand;
    }
}
