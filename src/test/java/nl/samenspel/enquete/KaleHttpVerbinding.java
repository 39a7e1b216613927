package nl.samenspel.enquete;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * A bare HTTP/1.1 keep-alive connection for the intake benchmark: one socket, one request at a time, the
 * request written as prepared bytes and the answer read without building objects. The JDK's HttpClient
 * spends about 1 ms of CPU per request on its selector thread and futures, which on a two-core machine
 * takes that millisecond from the server under test; this needs a small fraction of it. Only what the
 * benchmark needs: POST with a JSON body, answers with Content-Length or chunked bodies, reconnect on close.
 */
final class KaleHttpVerbinding implements AutoCloseable {

    private final InetSocketAddress adres;
    private final byte[] kopBegin;
    private final byte[] lees = new byte[16 * 1024];
    private Socket socket;
    private InputStream in;
    private OutputStream uit;
    private int begin;
    private int einde;

    KaleHttpVerbinding(URI basis, String pad) {
        int poort = basis.getPort() > 0 ? basis.getPort() : 80;
        this.adres = new InetSocketAddress(basis.getHost(), poort);
        this.kopBegin = ("POST " + pad + " HTTP/1.1\r\nHost: " + basis.getHost() + ":" + poort
                + "\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: ").getBytes(StandardCharsets.US_ASCII);
    }

    /** Sends the body and returns the status code of the answer, whose body is read and dropped. */
    int post(String json) throws IOException {
        byte[] lichaam = json.getBytes(StandardCharsets.UTF_8);
        byte[] lengte = (lichaam.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] verzoek = new byte[kopBegin.length + lengte.length + lichaam.length];
        System.arraycopy(kopBegin, 0, verzoek, 0, kopBegin.length);
        System.arraycopy(lengte, 0, verzoek, kopBegin.length, lengte.length);
        System.arraycopy(lichaam, 0, verzoek, kopBegin.length + lengte.length, lichaam.length);
        if (socket == null || socket.isClosed()) {
            verbind();
        }
        uit.write(verzoek);
        uit.flush();
        return leesAntwoord();
    }

    private void verbind() throws IOException {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(adres, 10_000);
        socket.setSoTimeout(120_000);
        in = socket.getInputStream();
        uit = socket.getOutputStream();
        begin = 0;
        einde = 0;
    }

    private int leesAntwoord() throws IOException {
        String statusregel = regel();
        int status = Integer.parseInt(statusregel.substring(9, 12));
        long lengte = -1;
        boolean chunked = false;
        boolean sluiten = false;
        for (String kop = regel(); !kop.isEmpty(); kop = regel()) {
            String naam = kop.substring(0, Math.max(0, kop.indexOf(':'))).trim();
            String waarde = kop.substring(kop.indexOf(':') + 1).trim();
            if (naam.equalsIgnoreCase("Content-Length")) {
                lengte = Long.parseLong(waarde);
            } else if (naam.equalsIgnoreCase("Transfer-Encoding")) {
                chunked = waarde.equalsIgnoreCase("chunked");
            } else if (naam.equalsIgnoreCase("Connection")) {
                sluiten = waarde.equalsIgnoreCase("close");
            }
        }
        if (chunked) {
            for (long stuk = stukgrootte(); stuk > 0; stuk = stukgrootte()) {
                sla(stuk);
                regel();
            }
            while (!regel().isEmpty()) {
                // trailers
            }
        } else if (lengte > 0) {
            sla(lengte);
        }
        if (sluiten) {
            close();
        }
        return status;
    }

    /** The size line of a chunk: hexadecimal, perhaps followed by extensions after a semicolon. */
    private long stukgrootte() throws IOException {
        return Long.parseLong(regel().split(";")[0].trim(), 16);
    }

    private String regel() throws IOException {
        StringBuilder regel = new StringBuilder(64);
        while (true) {
            if (begin == einde) {
                vul();
            }
            byte b = lees[begin++];
            if (b == '\n') {
                int n = regel.length();
                return n > 0 && regel.charAt(n - 1) == '\r' ? regel.substring(0, n - 1) : regel.toString();
            }
            regel.append((char) b);
        }
    }

    private void sla(long aantal) throws IOException {
        while (aantal > 0) {
            if (begin == einde) {
                vul();
            }
            int stap = (int) Math.min(aantal, einde - begin);
            begin += stap;
            aantal -= stap;
        }
    }

    private void vul() throws IOException {
        int gelezen = in.read(lees);
        if (gelezen < 0) {
            close();
            throw new IOException("Verbinding door de server gesloten");
        }
        begin = 0;
        einde = gelezen;
    }

    @Override
    public void close() {
        try {
            if (socket != null) {
                socket.close();
            }
        } catch (IOException e) {
            // closing anyway
        }
        socket = null;
    }
}
