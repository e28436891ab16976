// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.proto;

import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProtoReaderTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "00, 0",
        "01, 1",
        "7f, 127",
        "ac02, 300",
        "ffffffffffffffffff01, -1",          // int64 -1 is ten bytes
        "80808080808080808001, -9223372036854775808",
    })
    void varints(String hex, long expected) throws ProtoFormatException {
        byte[] b = HexFormat.of().parseHex(hex);
        ProtoReader r = new ProtoReader(b, 0, b.length);
        assertEquals(expected, r.readVarint());
        assertFalse(r.hasRemaining());
    }

    @Test
    void fixedWidthAndStringsRoundTripWithTheTestWriter() throws ProtoFormatException {
        byte[] b = new ProtoWriter().doubleField(1, 1700000000.5).floatField(2, 0.25f).string(3, "loss/ü")
                .varint(4, 150).toByteArray();
        ProtoReader r = new ProtoReader(b, 0, b.length);
        assertEquals((1 << 3) | 1, r.readTag());
        assertEquals(1700000000.5, r.readDouble());
        assertEquals((2 << 3) | 5, r.readTag());
        assertEquals(0.25f, r.readFloat());
        assertEquals(3, ProtoReader.fieldNumber(r.readTag()));
        assertEquals("loss/ü", r.readString());
        int tag = r.readTag();
        r.skipField(tag);
        assertFalse(r.hasRemaining());
    }

    @Test
    void nestedLimitsConfineReadingToTheMessage() throws ProtoFormatException {
        byte[] b = new ProtoWriter().message(1, new ProtoWriter().varint(1, 7).varint(2, 8)).varint(2, 9).toByteArray();
        ProtoReader r = new ProtoReader(b, 0, b.length);
        r.readTag();
        int old = r.pushLimit(r.readLength());
        r.readTag();
        assertEquals(7, r.readVarint());
        r.popLimit(old); // skips field 2 of the nested message
        assertEquals((2 << 3), r.readTag());
        assertEquals(9, r.readVarint());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "truncated varint, 08ff",
        "varint of 11 bytes, 08ffffffffffffffffffff01",
        "length past end, 0a05616263",
        "negative length, 0affffffffffffffffff01",
        "start group, 0b",
        "end group, 0c",
        "wire type 6, 0e",
        "wire type 7, 0f",
        "field number 0, 0001",
        "truncated fixed64, 09000000",
        "truncated fixed32, 0d00",
    })
    void malformedInputThrowsOnlyProtoFormatException(String name, String hex) {
        byte[] b = HexFormat.of().parseHex(hex);
        ProtoFormatException e = assertThrows(ProtoFormatException.class, () -> {
            ProtoReader r = new ProtoReader(b, 0, b.length);
            while (r.hasRemaining()) {
                r.skipField(r.readTag());
            }
        }, name);
        assertTrue(e.getMessage().contains("offset"), e.getMessage());
    }
}
