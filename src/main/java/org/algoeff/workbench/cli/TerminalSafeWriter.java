// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * What the CLI prints passes through here, so that text read from files (run names, tags, problem messages) can
 * never drive the terminal (reliability audit R14: a column named {@code ESC]0;...BEL ESC[2J} retitled and cleared
 * it): control characters other than tab and line ends (C0, DEL, C1) are written as visible escapes such as
 * {@code \x1b} or {@code \u009b}. JSON output is unaffected: Jackson already escapes every control character.
 */
final class TerminalSafeWriter extends FilterWriter {
    TerminalSafeWriter(Writer out) {
        super(out);
    }

    /** The text as it would be printed. */
    static String escape(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean lineEnd = c == '\n' || c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n';
            if (isControl(c) && !lineEnd && c != '\t') {
                if (sb == null) {
                    sb = new StringBuilder(s.length() + 8).append(s, 0, i);
                }
                sb.append(c < 0x80 ? String.format(Locale.ROOT, "\\x%02x", (int) c)
                        : String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    private static boolean isControl(char c) {
        return c < 0x20 || c >= 0x7f && c <= 0x9f;
    }

    @Override
    public void write(int c) throws IOException {
        out.write(escape(String.valueOf((char) c)));
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        out.write(escape(new String(cbuf, off, len)));
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        out.write(escape(str.substring(off, off + len)));
    }
}
