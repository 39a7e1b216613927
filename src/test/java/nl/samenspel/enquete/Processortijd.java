package nl.samenspel.enquete;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * CPU time used by the parts of a benchmark on this (Linux) machine, read from /proc: the application
 * server (a java process whose command line names the port), every PostgreSQL process, and the benchmark
 * itself. CPU time per submission does not depend on how the cores are shared, so it shows what a change
 * costs or saves even on a busy machine, and what a machine with its own cores for each part could carry.
 */
record Processortijd(double server, double postgres, double generator) {

    /** Linux reports utime and stime in clock ticks of 1/100 s (USER_HZ) on every common platform. */
    private static final double SECONDEN_PER_TIK = 0.01;

    static Processortijd nu(int serverpoort) {
        double generator = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
        return new Processortijd(
                seconden(cmdline -> cmdline.contains("java") && cmdline.contains("server.port=" + serverpoort)),
                seconden(cmdline -> cmdline.startsWith("postgres")),
                generator);
    }

    Processortijd sinds(Processortijd eerder) {
        return new Processortijd(server - eerder.server, postgres - eerder.postgres, generator - eerder.generator);
    }

    /** Milliseconds of CPU per submission for each part. */
    String perInzending(int inzendingen) {
        return "CPU per submission: server %.2f ms, PostgreSQL %.2f ms, load generator %.2f ms".formatted(
                server * 1000 / inzendingen, postgres * 1000 / inzendingen, generator * 1000 / inzendingen);
    }

    private static double seconden(Predicate<String> welke) {
        try (Stream<Path> processen = Files.list(Path.of("/proc"))) {
            return processen.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(p -> welke.test(cmdline(p)))
                    .mapToLong(Processortijd::tikken)
                    .sum() * SECONDEN_PER_TIK;
        } catch (IOException e) {
            return Double.NaN;
        }
    }

    private static String cmdline(Path proces) {
        try {
            return new String(Files.readAllBytes(proces.resolve("cmdline"))).replace('\0', ' ');
        } catch (IOException e) {
            return ""; // the process ended meanwhile
        }
    }

    /** utime + stime: fields 14 and 15 of /proc/[pid]/stat, counted after the command name in parentheses. */
    private static long tikken(Path proces) {
        try {
            String stat = Files.readString(proces.resolve("stat"));
            String[] velden = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(velden[11]) + Long.parseLong(velden[12]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
