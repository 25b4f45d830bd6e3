"""Dates and amounts on real sentences (../shared, by file and offset) and small sentences."""

from __future__ import annotations

from conftest import seed
from recoupe.analyze.measures import find_amounts, find_dates
from test_analyze_attribution import at


def amounts(nlp, sentence: str):
    """find_amounts as the analysis calls it: with the model's part of speech and lemmas."""
    return find_amounts(sentence, tokens={t.idx: (t.pos_, t.lemma_) for t in nlp(sentence)})


def test_yearless_date_without_publication_date_is_month_day():
    st = at(seed("002"), 826)
    assert [d.value for d in st.dates] == ["--02-24"]


def test_yearless_date_takes_the_year_of_the_publication_date():
    (d,) = find_dates("Le sommet aura lieu le 16 avril à Pékin.", "2023-04-10")
    assert d.value == "2023-04-16"
    (d,) = find_dates("Le texte a été signé le 20 décembre.", "2023-01-10")
    assert d.value == "2022-12-20"  # news looks back: not eleven months ahead


def test_relative_dates_only_with_a_publication_date():
    assert find_dates("Le Kremlin a annoncé hier que le sommet aurait lieu mardi.", None) == []
    values = [d.value for d in find_dates("Le Kremlin a annoncé hier que le sommet aurait lieu mardi.", "2023-03-22")]
    assert values[0] == "2023-03-21"


def test_false_date_hits_are_filtered():
    assert find_dates("Je pense que 13,6 milliards en quatre ans, c'est trop.", "2023-03-22") == []


def test_amounts_are_normalised_on_a_real_sentence():
    st = at(seed("002"), 1960)
    money = [(a.value, a.unit, a.currency) for a in st.amounts]
    assert (13.6e9, "money", "USD") in money
    assert (200e6, "money", "USD") in money


def test_model_number_is_not_an_amount():
    st = at(seed("003"), 1263)
    assert all(a.value != 124 for a in st.amounts)


def test_percent_and_counts():
    amounts = find_amounts("Le chômage a baissé de 2,5 % et 1 200 salariés ont été licenciés.")
    assert (2.5, "percent") in [(a.value, a.unit) for a in amounts]
    assert (1200.0, "salarié") in [(a.value, a.unit) for a in amounts]


def test_bare_weekday_is_the_publication_day_or_the_one_before():
    # 2023-03-21 is a Tuesday
    def value(sentence: str) -> str:
        (d,) = find_dates(sentence, "2023-03-21")
        return d.value

    assert value("Le ministre s'est exprimé mardi devant les députés.") == "2023-03-21"
    assert value("Le ministre s'est exprimé lundi devant les députés.") == "2023-03-20"
    assert value("Le ministre s'est exprimé mercredi devant les députés.") == "2023-03-15"
    assert value("Le ministre s'exprimera mardi prochain devant les députés.") == "2023-03-28"
    assert value("Le ministre s'exprimera jeudi prochain devant les députés.") == "2023-03-23"
    assert value("Le ministre s'est exprimé mardi dernier devant les députés.") == "2023-03-14"


def test_counts_written_in_words_with_their_unit(nlp):
    found = [(a.text, a.value, a.unit) for a in amounts(nlp, "Quatre policiers et vingt et un manifestants ont été blessés en deux heures.")]
    assert found == [("Quatre policiers", 4.0, "policier"), ("vingt et un manifestants", 21.0, "manifestant"), ("deux heures", 2.0, "heure")]
    # a number word needs its unit; "un"/"une" are articles
    assert amounts(nlp, "Les deux ont refusé, une femme aussi.") == []
    (a,) = amounts(nlp, "Il a perdu cinq milliards d'euros.")
    assert (a.value, a.unit, a.currency) == (5e9, "money", "EUR")


def test_half_and_times_of_day(nlp):
    (a,) = amounts(nlp, "Il a été condamné à 2 ans et demi de prison.")
    assert (a.text, a.value) == ("2 ans et demi", 2.5)
    # times of day are not durations
    assert amounts(nlp, "Les policiers sont arrivés vers 15h00, puis à 17 heures.") == []
    assert amounts(nlp, "Le feu a pris à 8 heures du soir.") == []
    assert [a.value for a in amounts(nlp, "La garde à vue a été prolongée de 24 heures.")] == [24.0]


def test_identifiers_ordinals_scores_and_decades_are_not_amounts(nlp):
    for sentence in (
        "Selon l'article 222 du code pénal, la peine est lourde.",
        "Au 21e siècle, tout a changé.",
        "Lyon a battu Lille 3-1 samedi.",
        "Le CAC 40 a reculé, le Boeing 747 aussi.",
        "Les tensions durent depuis les années 60.",
    ):
        assert amounts(nlp, sentence) == [], sentence


def test_years_and_bare_months_without_publication_date():
    values = [d.value for d in find_dates("Votée en 2005, la loi a été révisée en mars puis le 10décembre 2008.", None)]
    assert values == ["2005", "--03", "2008-12-10"]
    # a bare month needs a cue and its full name ("sept" is also seven); a law number is no year
    assert find_dates("Il a passé sept ans en prison, selon la loi 2007-1545.", None) == []
    assert [d.value for d in find_dates("La saison 2007-2008 commence.", None)] == ["2007", "2008"]
