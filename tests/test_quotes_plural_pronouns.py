"""A plural pronoun speaks for a plural antecedent (a group of people), never for the one
person holding the floor; sentences written for these tests."""

from __future__ import annotations

from quote_rows import quote_rows as _quotes


def test_selon_eux_goes_to_the_group_named_before(annotate):
    doc = annotate("Les infirmiers de l'hôpital de Bourges ont manifesté lundi devant la "
                   "préfecture. Selon eux, les effectifs sont «à bout de souffle» depuis la "
                   "fermeture de deux services.")
    assert ("les effectifs sont «à bout de souffle» depuis la fermeture de deux services",
            "selon", "infirmiers de l'hôpital de Bourges") in _quotes(doc)


def test_ils_sont_n_pour_cent_a_penser_goes_to_the_group(annotate):
    doc = annotate("Les habitants de Vierzon ont été interrogés par un institut. Ils sont "
                   "60 % à penser que la ville «a perdu son âme».")
    assert ("que la ville «a perdu son âme»", "mixed", "habitants de Vierzon") in _quotes(doc)


def test_ils_never_inherits_a_singular_floor_holder(annotate):
    doc = annotate("Claire Fontaine dirige l'institut de sondage depuis dix ans. «Ces courbes "
                   "se passent de commentaire», explique-t-elle. Le soutien au projet de tramway "
                   "s'effondre. Ils ne sont plus que 40 % à souhaiter que le chantier «aille "
                   "à son terme».")
    assert [q for q in _quotes(doc) if q[2] == "Claire Fontaine"] == [
        ("Ces courbes se passent de commentaire", "direct", "Claire Fontaine")]
