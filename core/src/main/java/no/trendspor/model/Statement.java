package no.trendspor.model;

import java.util.List;
import java.util.Objects;

/**
 * One statement of a sector page: a bullet, the mission sentence or a key-figure reference.
 *
 * @param id           stable, deterministic id derived from the source, sector, section and text
 * @param section      the part of the page it belongs to
 * @param subheading   the sub-heading it stands under inside its section, or {@code null}
 * @param text         the repaired text (bullet sign removed, wrapped lines joined)
 * @param originalText the text exactly as in the input lines, bullet sign removed, lines joined
 *                     with one space
 * @param lines        the input lines it came from
 * @param repairs      the repairs that turned {@code originalText} into {@code text}; the same
 *                     change made more than once is one repair with its count ({@link Repair#merged})
 * @param inline       a challenge stated by one sentence inside running prose ("... er en
 *                     utfordring"), not by a bullet or paragraph of a challenges section
 */
public record Statement(
        String id,
        SectionKind section,
        String subheading,
        String text,
        String originalText,
        LineSpan lines,
        List<Repair> repairs,
        boolean inline) {

    public Statement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(originalText, "originalText");
        Objects.requireNonNull(lines, "lines");
        repairs = Repair.merged(repairs);
        if (originalText != text && originalText.equals(text)) {
            originalText = text; // one string for both when nothing was mended (most statements): half the memory
        }
    }

    /** A statement of a bullet, paragraph or heading of its own (not {@linkplain #inline() inline}). */
    public Statement(String id, SectionKind section, String subheading, String text, String originalText,
            LineSpan lines, List<Repair> repairs) {
        this(id, section, subheading, text, originalText, lines, repairs, false);
    }

    @Override
    public String toString() {
        return section.jsonName() + (inline ? " (inline)" : "") + " " + id + " (" + lines + "): " + text;
    }
}
