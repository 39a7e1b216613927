package nl.samenspel.enquete;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Geometry for the server-side SVG charts (the same picture in HTML and PDF) and the heatmap
 * bands. Every chart stands beside a table with the same figures.
 */
@Component("grafiek")
class Grafiek {

    record Segment(double x, double breedte, int waarde) {
    }

    /** A stacked bar: one segment per answer category 1..5, widths in proportion to the counts. */
    public List<Segment> segmenten(List<Integer> aantallen, int breedte) {
        List<Segment> segmenten = new ArrayList<>();
        if (aantallen == null) {
            return segmenten;
        }
        int totaal = aantallen.stream().mapToInt(Integer::intValue).sum();
        double x = 0;
        for (int i = 0; i < aantallen.size() && totaal > 0; i++) {
            double deel = breedte * aantallen.get(i) / (double) totaal;
            if (deel > 0) {
                segmenten.add(new Segment(Math.round(x * 10) / 10.0, Math.round(deel * 10) / 10.0, i + 1));
            }
            x += deel;
        }
        return segmenten;
    }

    /** Heatmap band 1 (score below 40, worrying) to 5 (85 or more, strong). */
    public int band(Double score) {
        if (score == null) {
            return 0;
        }
        return score < 40 ? 1 : score < 55 ? 2 : score < 70 ? 3 : score < 85 ? 4 : 5;
    }
}
