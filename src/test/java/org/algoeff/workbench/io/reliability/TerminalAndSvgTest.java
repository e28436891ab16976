// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.algoeff.workbench.cli.CliRun;

import static org.algoeff.workbench.io.reliability.Reproducers.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** R14: text from files never drives the terminal and never makes an SVG malformed. */
class TerminalAndSvgTest {
    @TempDir
    Path dir;

    private static boolean hasControl(String s) {
        return s.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c >= 0x7f && c <= 0x9f);
    }

    @Test
    void inspectPrintsEscapesVisiblyNotRaw() {
        CliRun r = CliRun.of("inspect", resource("terminal-svg/ansi.csv").toString());
        assertEquals(0, r.exitCode(), r.err());
        assertFalse(hasControl(r.out()), r.out());
        // The header cell's leading ESC is trimmed with the blanks; the rest is shown, inert.
        assertTrue(r.out().contains("]0;PWNED-TITLE\\x07\\x1b[2J\\x1b[31mloss"), r.out());
    }

    @Test
    void errorsAndWarningsAreEscapedToo() throws IOException {
        Path file = Files.writeString(dir.resolve("m.csv"), "step,lo\u001b[2Jss\n1,0.5\n2,x\n");
        CliRun r = CliRun.of("ctt", file.toString(), "--metric", "nope\u001b[31m", "--target", "1");
        assertFalse(hasControl(r.err()), r.err());
        assertFalse(hasControl(r.out()), r.out());
    }

    @Test
    void plotWithControlCharactersInLabelsIsWellFormedSvg() throws Exception {
        Path svg = dir.resolve("x.svg");
        CliRun r = CliRun.of("plot", resource("terminal-svg/ctrl-label.csv").toString(), "--out", svg.toString(),
                "--title", "Alex\u0007Net \uD800 \u0001");
        assertEquals(0, r.exitCode(), r.err());
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.newDocumentBuilder().parse(svg.toFile());
        assertTrue(Files.readString(svg).contains("Alex\uFFFDNet"));
    }
}
