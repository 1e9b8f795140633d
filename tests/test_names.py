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
    [
        ("Hanna Keller", "hanna_keller"),
        ("the Élysée Palace", "elysee_palace"),
        ("!!!", "unnamed"),
        # letters without a decomposition are transliterated, not dropped
        ("Stanisław Kowalik", "stanislaw_kowalik"),
        ("Søren Ødegård", "soren_odegard"),
        ("Đorđe Straße", "dorde_strasse"),
    ],
)
def test_slugify(text: str, expected: str) -> None:
    assert slugify(text) == expected


@pytest.mark.parametrize(
    ("name", "title", "expected"),
    [
        ("Maria Zakharova", "", "f"),  # given name
        ("Sergei Lavrov", "", "m"),
        ("Wright", "Mrs", "f"),  # honorific
        ("Mrs Olena Wright", "", "f"),  # honorific inside the name
        ("Foreign Minister Anna Lind", "", "f"),  # an office title is skipped, the given name decides
        ("Jankauskienė", "", "f"),  # Lithuanian married surname
        ("Sacharowa", "", "f"),  # German transliteration of a Russian feminine surname
        ("Lavrov", "", "m"),  # Russian masculine "-ov"
        ("Keller", "", ""),  # a bare surname without a gendered ending has none
        ("Andrea Nahles", "", ""),  # unisex given names are left out of the list
        ("Braithwaite", "", ""),  # an English name is not caught by the Lithuanian "-aitė"
    ],
)
def test_name_genders(name: str, title: str, expected: str, fixture_data_dir: str) -> None:
    from workbench.names import load_name_genders

    assert load_name_genders(fixture_data_dir).of(name, title=title) == expected
