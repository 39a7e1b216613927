package nl.samenspel.raad;

/**
 * Whole-number percentages as the seed prints them: each cell on its own, exact division,
 * rounded half up (12.5 % is 13 %). Columns therefore need not add up to exactly 100.
 */
final class Percentage {

    private Percentage() {
    }

    /** {@code deel} of {@code geheel} in whole percents; null when there is nothing to divide by. */
    static Integer heel(long deel, long geheel) {
        if (deel < 0 || geheel < 0 || deel > geheel) {
            throw new IllegalArgumentException("deel %d van geheel %d".formatted(deel, geheel));
        }
        if (geheel == 0) {
            return null;
        }
        // round(100 * deel / geheel) half up, in integers: floor((200 * deel + geheel) / (2 * geheel))
        return (int) ((200 * deel + geheel) / (2 * geheel));
    }
}
