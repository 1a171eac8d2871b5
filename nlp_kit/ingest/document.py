"""The unit every reader produces and every later stage consumes."""

from __future__ import annotations

import hashlib

from pydantic import BaseModel, ConfigDict

from nlp_kit.schema import DocumentMeta


class Document(BaseModel):
    """Normalized text plus its metadata.

    ``text`` is the normalized text all output offsets refer to;
    ``meta.regions`` marks titles, headings, bylines and credits that are kept
    as metadata and hidden from extraction (see :meth:`narrative_text`).
    """

    model_config = ConfigDict(extra="forbid")

    text: str
    meta: DocumentMeta

    def narrative_text(self) -> str:
        """The text with every non-narrative region blanked to spaces.

        Lengths are kept, so offsets into the result are offsets into ``text``;
        line breaks are kept so sentence boundaries stay where they were.
        """
        if not self.meta.regions:
            return self.text
        chars = list(self.text)
        for region in self.meta.regions:
            for i in range(region.start, min(region.end, len(chars))):
                if chars[i] not in "\n\r":
                    chars[i] = " "
        return "".join(chars)


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
