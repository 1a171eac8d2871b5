"""Decoding: any common encoding in, normalized Unicode out; quotes stay as written."""

from __future__ import annotations

import pytest

from nlp_kit.errors import UnreadableInput
from nlp_kit.ingest.decode import decode_bytes, normalize_text

SENTENCE = "Türkiye’s “zero problems” policy — announced in 2009 — failed in Yerevan."


def test_utf8_text_is_kept_with_curly_quotes_and_dashes():
    assert decode_bytes(SENTENCE.encode("utf-8")) == SENTENCE


def test_windows_1252_file_decodes_to_the_same_text():
    text = "Ankara’s envoy met Armenia’s deputy speaker in Yerevan on July 1, 2022, and “agreed” to open the border."
    assert decode_bytes(text.encode("cp1252")) == text


def test_utf16_with_bom_is_text_not_binary():
    assert decode_bytes(SENTENCE.encode("utf-16")) == SENTENCE


def test_mojibake_is_repaired():
    broken = SENTENCE.encode("utf-8").decode("cp1252", errors="replace")
    assert normalize_text("Azerbaijanâ€™s demand") == "Azerbaijan’s demand"
    assert "’" in normalize_text(broken)


def test_decomposed_accents_are_composed_nfc():
    assert normalize_text("Go\u0308ksel") == "G\u00f6ksel"


def test_windows_line_breaks_become_newlines():
    assert decode_bytes(b"Baku\r\nYerevan\r\n") == "Baku\nYerevan\n"


def test_nul_bytes_mean_binary():
    with pytest.raises(UnreadableInput, match="binary"):
        decode_bytes(b"\x00" * 500 + b"text", path="data.txt")
