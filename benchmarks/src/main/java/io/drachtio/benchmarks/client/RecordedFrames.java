package io.drachtio.benchmarks.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the frames of a recorded wire trace ({@code ../shared/fixtures/wire/<scenario>.jsonl}, one
 * JSON object per line with the frame as a JSON string) as the exact bytes that were on the wire.
 */
public final class RecordedFrames {

    private static final String FRAME_KEY = "\"frame\": \"";

    private RecordedFrames() {
    }

    /**
     * @param scenario  the trace name, e.g. {@code uas-invite-cancel-early}
     * @param direction {@code s2c} or {@code c2s}
     * @return the frames of that direction, in order, as wire bytes ({@code <length>#<payload>})
     */
    public static List<byte[]> load(String scenario, String direction) {
        Path file = Path.of(System.getProperty("drachtio.shared.dir", "../shared"), "fixtures", "wire",
                scenario + ".jsonl");
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.toAbsolutePath(), e);
        }
        List<byte[]> frames = new ArrayList<>();
        for (String line : lines) {
            if (line.contains("\"dir\": \"" + direction + "\"")) {
                int start = line.indexOf(FRAME_KEY) + FRAME_KEY.length();
                int end = line.lastIndexOf('"');
                frames.add(unescape(line.substring(start, end)).getBytes(StandardCharsets.UTF_8));
            }
        }
        return frames;
    }

    private static String unescape(String json) {
        StringBuilder out = new StringBuilder(json.length());
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char escaped = json.charAt(++i);
            switch (escaped) {
                case 'r' -> out.append('\r');
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(escaped);
            }
        }
        return out.toString();
    }
}
