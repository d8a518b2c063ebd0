package co.encadena.api.ruedas.documents;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Image;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The check-in code as a QR symbol, drawn into the PDF as a grey-scale image with one pixel per module (a few hundred
 * bytes once compressed, no AWT): the viewer scales it up without smoothing, so it stays sharp on screen and on paper.
 * Eight bits per pixel rather than one, because OpenPDF stores one-bit images as CCITT G4 with BlackIs1, whose
 * polarity viewers do not all agree on; a QR code printed in negative does not scan.
 */
final class CheckInQr {

    /** Four modules of white around the symbol, as the QR standard asks, so scanners find it on any page. */
    static final int QUIET_ZONE = 4;

    private CheckInQr() {
    }

    /** The symbol's modules, quiet zone included; true is black. Medium error correction survives a crease. */
    static BitMatrix matrix(String code) {
        try {
            return new QRCodeWriter().encode(code, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name(),
                    EncodeHintType.MARGIN, QUIET_ZONE));
        } catch (WriterException e) {
            throw new IllegalArgumentException("check-in code does not fit in a QR symbol (" + code.length() + " characters)", e);
        }
    }

    /** A DeviceGray image, one byte per module: 0 is black, 255 white. */
    static Image image(BitMatrix matrix, float size) {
        int width = matrix.getWidth();
        int height = matrix.getHeight();
        byte[] data = new byte[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                data[y * width + x] = matrix.get(x, y) ? 0 : (byte) 0xFF;
            }
        }
        Image image = Image.getInstance(width, height, 1, 8, data);
        image.setInterpolation(false);
        image.scaleAbsolute(size, size);
        return image;
    }
}
