package id.gerbang.common;

import java.nio.charset.StandardCharsets;

/**
 * Whether bytes are a PDF, judged from the bytes and never from a file name or a declared content
 * type: the header {@code %PDF-1.x} or {@code %PDF-2.x} at the very start (ISO 32000) and the
 * end-of-file marker {@code %%EOF} within the last kilobyte. Anything else (an HTML page, a script,
 * an image renamed to {@code .pdf}) is refused before it is stored.
 */
public final class PdfSniffer {

    private static final byte[] EOF = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static final int TRAILER_WINDOW = 1024;

    private PdfSniffer() {
    }

    public static boolean isPdf(byte[] content) {
        if (content.length < 16 || content[0] != '%' || content[1] != 'P' || content[2] != 'D' || content[3] != 'F'
                || content[4] != '-' || (content[5] != '1' && content[5] != '2') || content[6] != '.') {
            return false;
        }
        int from = Math.max(8, content.length - TRAILER_WINDOW);
        for (int i = content.length - EOF.length; i >= from; i--) {
            if (matchesAt(content, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesAt(byte[] content, int at) {
        for (int j = 0; j < EOF.length; j++) {
            if (content[at + j] != EOF[j]) {
                return false;
            }
        }
        return true;
    }
}
