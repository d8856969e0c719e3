package org.ionmat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analysis report opens in a browser: headless Chromium renders index.html with its figures and
 * takes a screenshot (kept as target/analyze-report-screenshot.png for a human look). Skipped when
 * Chromium is not installed ({@code apt-get install chromium}).
 */
class ReportBrowserTest {

    static Path chromium() {
        for (String c : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
            if (Files.isExecutable(Path.of(c))) {
                return Path.of(c);
            }
        }
        return null;
    }

    @Test
    void reportRendersInHeadlessChromium(@TempDir Path dir) throws Exception {
        Path chrome = chromium();
        Assumptions.assumeTrue(chrome != null, "chromium not installed: skipping the browser test");
        Path out = dir.resolve("report");
        CliRunner r = CliRunner.run("analyze", AnalyzeCommandTest.EXAMPLE.toString(), "--target", "D", "--log", "D",
                "--group", "family", "--cv-group", "family", "--mlp", "16", "--mlp-epochs", "40", "-o", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        Path shot = Path.of("target", "analyze-report-screenshot.png").toAbsolutePath();
        Files.createDirectories(shot.getParent());
        Files.deleteIfExists(shot);
        Process p = new ProcessBuilder(chrome.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + dir.resolve("profile"), "--hide-scrollbars", "--window-size=1400,5200",
                "--screenshot=" + shot, out.resolve("index.html").toUri().toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("chromium.log").toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish in 120 s");
        }
        assertEquals(0, p.exitValue(), Files.readString(dir.resolve("chromium.log")));
        BufferedImage img = ImageIO.read(new File(shot.toString()));
        assertEquals(1400, img.getWidth());
        // the page shows figures: many distinct colours in the heat-map region, not a blank or error page
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 4) {
            for (int x = 0; x < img.getWidth(); x += 4) {
                colours.add(img.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 500, "only " + colours.size() + " colours: the figures did not render");
    }
}
