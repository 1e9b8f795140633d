from __future__ import annotations

import pytest

from workbench.names import lookup_key, skeleton, slugify


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the Kremlin", "kremlin"),
        ("The Kremlin's", "kremlin"),
        ("Élysée  Palace", "elysee palace"),
        ("NATO–Russia Council", "nato-russia council"),
        ("Russia’s", "russia"),
    ],
)
def test_lookup_key(text: str, expected: str) -> None:
    assert lookup_key(text) == expected


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("Sacharowa", "Zakharova"),
        ("Maria Sakharova", "Maria Zakharova"),
        ("Sergej Lawrow", "Sergey Lavrov"),
        ("Sergei Lavrov", "Sergey Lavrov"),
        ("Selenskyj", "Zelenskyy"),
        ("Zelensky", "Zelenskiy"),
        ("Dmitrij Medwedew", "Dmitry Medvedev"),
        ("Lugansk", "Luhansk"),
        ("Peskow", "Peskov"),
    ],
)
def test_transliteration_variants_share_a_skeleton(left: str, right: str) -> None:
    assert skeleton(left) == skeleton(right)


@pytest.mark.parametrize(("left", "right"), [("Lavrov", "Peskov"), ("Kyiv", "Kharkiv"), ("Scholz", "Schmid")])
def test_different_names_keep_different_skeletons(left: str, right: str) -> None:
    assert skeleton(left) != skeleton(right)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Hanna Keller", "hanna_keller"), ("the Élysée Palace", "elysee_palace"), ("!!!", "unnamed")],
)
def test_slugify(text: str, expected: str) -> None:
    assert slugify(text) == expected
