"""Shared fixtures of the place tests: the shipped geocoder, and the places it finds in a text."""
from typing import Callable

import pytest

from rasd.model import Article, Doc, Mention
from rasd.resolve.places import Geocoder
from rasd.text.segment import split_sentences
from rasd.text.tokenize import tokenize


@pytest.fixture(scope="session")
def places_in() -> Callable[[str], list[Mention]]:
    """``places_in(text)``: the place mentions the shipped geocoder finds in ``text`` (no NER)."""
    geocoder = Geocoder.load()

    def find(text: str) -> list[Mention]:
        doc = Doc(article=Article("x", text), tokens=tuple(tokenize(text)), sentences=tuple(split_sentences(text)))
        return geocoder.find_places(doc)
    return find
