package id.gerbang.portal.web;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/**
 * QR codes drawn on the server (ZXing core) as one SVG path, for the second factor's enrolment page:
 * nothing is fetched from elsewhere and no script draws it. The page puts the path in an inline
 * {@code <svg>} whose view box leaves the four-module quiet zone.
 */
final class QrCodes {

    /** A QR code: its width in modules and the SVG path of its dark modules. */
    record Qr(int size, String path) {
        /** The view box with the quiet zone of four modules around the code. */
        String viewBox() {
            return "-4 -4 " + (size + 8) + " " + (size + 8);
        }
    }

    private QrCodes() {
    }

    static Qr of(String text) {
        try {
            BitMatrix m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 0, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
            StringBuilder path = new StringBuilder();
            for (int y = 0; y < m.getHeight(); y++) {
                int x = 0;
                while (x < m.getWidth()) {
                    if (!m.get(x, y)) {
                        x++;
                        continue;
                    }
                    int start = x;
                    while (x < m.getWidth() && m.get(x, y)) {
                        x++;
                    }
                    path.append('M').append(start).append(' ').append(y).append('h').append(x - start).append("v1h-")
                            .append(x - start).append('z');
                }
            }
            return new Qr(m.getWidth(), path.toString());
        } catch (WriterException e) {
            throw new IllegalStateException("cannot draw the QR code", e);
        }
    }
}
