package io.drachtio.sip;

import io.drachtio.wire.trace.Direction;
import io.drachtio.wire.trace.WireTrace;
import io.drachtio.wire.trace.WireTraceFrame;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads the reference data in the shared folder: realistic messages, RFC 4475 torture tests
 * and the SIP messages inside the recorded drachtio wire traces.
 */
public final class SharedData {

    /** A named message. */
    public record NamedBytes(String name, byte[] bytes) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** One row of the RFC 4475 INDEX.md table. */
    public record TortureCase(String name, boolean valid, byte[] bytes) {
        @Override
        public String toString() {
            return name + (valid ? " (valid)" : " (invalid)");
        }
    }

    private SharedData() {
    }

    /** The shared folder. */
    public static Path dir() {
        return Path.of(System.getProperty("drachtio.shared.dir", "../shared"));
    }

    /** Every {@code .sip} file of {@code data/messages}, sorted by name. */
    public static List<NamedBytes> messages() {
        List<NamedBytes> list = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir().resolve("data/messages"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sip")).sorted().toList()) {
                list.add(new NamedBytes(file.getFileName().toString(), Files.readAllBytes(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return list;
    }

    /** Reads one message of {@code data/messages}. */
    public static byte[] message(String name) {
        return read(dir().resolve("data/messages").resolve(name));
    }

    /**
     * The RFC 4475 cases, driven by the table in {@code INDEX.md}: name and valid/invalid from the
     * table, bytes from {@code <name>.dat}.
     */
    public static List<TortureCase> tortureCases() {
        Path folder = dir().resolve("data/rfc4475");
        List<TortureCase> cases = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(folder.resolve("INDEX.md"), StandardCharsets.UTF_8)) {
                if (!line.startsWith("| `")) {
                    continue;
                }
                String[] cells = line.split("\\|");
                String name = cells[1].trim().replace("`", "");
                String parse = cells[4].trim();
                if (!parse.equals("valid") && !parse.equals("invalid")) {
                    throw new IllegalStateException("unexpected parse column in INDEX.md: " + line);
                }
                Path file = folder.resolve(name.endsWith(".dat") ? name : name + ".dat");
                if (Files.exists(file)) {
                    cases.add(new TortureCase(name, parse.equals("valid"), Files.readAllBytes(file)));
                } else if (!name.startsWith("extra/")) {
                    throw new IllegalStateException("INDEX.md names a missing file: " + file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    /** The SIP messages the real drachtio-server delivered ({@code s2c} frames of type {@code sip}) in every trace. */
    public static List<NamedBytes> wireTraceMessages() {
        List<NamedBytes> list = new ArrayList<>();
        for (WireTrace trace : WireTrace.loadAll()) {
            for (WireTraceFrame frame : trace.frames(Direction.S2C)) {
                String[] fields = frame.fields();
                if (fields.length > 1 && fields[1].equals("sip")) {
                    list.add(new NamedBytes(trace.scenario() + " #" + frame.index(), frame.sip()));
                }
            }
        }
        return list;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
