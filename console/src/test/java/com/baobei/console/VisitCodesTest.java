package com.baobei.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

/** The QR code on the agent's page reads back as the registration's code, as the desk's scanner would read it. */
class VisitCodesTest {

    private static final String CODE = "d1bf299a-ed45-4a2a-9036-e08d64a94b95";

    @Test
    void theQrCodeReadsBackAsTheRegistrationsCode() throws Exception {
        BitMatrix matrix = VisitCodes.matrix(CODE);

        var image = MatrixToImageWriter.toBufferedImage(scaled(matrix, 4));
        String read = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(image)))).getText();

        assertThat(read).isEqualTo(CODE);
    }

    @Test
    void theSvgDrawsEveryDarkModuleAndNothingElse() {
        BitMatrix matrix = VisitCodes.matrix(CODE);
        int dark = 0;
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                dark += matrix.get(x, y) ? 1 : 0;
            }
        }

        String svg = VisitCodes.svg(CODE);

        assertThat(svg).startsWith("<svg").contains("viewBox=\"0 0 " + matrix.getWidth() + " " + matrix.getHeight());
        assertThat(svg.split("h1v1h-1z", -1)).hasSize(dark + 1);
        assertThat(svg).doesNotContain(CODE);
    }

    private static BitMatrix scaled(BitMatrix m, int factor) {
        BitMatrix big = new BitMatrix(m.getWidth() * factor, m.getHeight() * factor);
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < m.getWidth(); x++) {
                if (m.get(x, y)) {
                    big.setRegion(x * factor, y * factor, factor, factor);
                }
            }
        }
        return big;
    }
}
