"""The select written in Python gives the same choice and attributes as Django's own."""

from django import forms

from sc_wagtail.core.widgets import ListSelect

CHOICES = [("", "Choose"), ("FR", "France"), ("TN", "Tunisie & <Sud>")]


class Form(forms.Form):
    country = forms.ChoiceField(choices=CHOICES, widget=ListSelect)


def test_the_chosen_value_is_selected_and_labels_are_escaped():
    html = str(Form(data={"country": "TN"})["country"])
    assert html.startswith('<select name="country"')
    assert 'id="id_country"' in html and "required" in html
    assert '<option value="TN" selected>Tunisie &amp; &lt;Sud&gt;</option>' in html
    assert '<option value="FR">France</option>' in html
    assert html.count("selected") == 1


def test_grouped_choices_fall_back_to_djangos_rendering():
    widget = ListSelect(choices=[("Europe", [("FR", "France")])])
    assert "<optgroup" in widget.render("country", "FR")


def test_a_model_choice_select_reads_its_rows_in_one_query(db, django_assert_num_queries):
    from sc_wagtail.core.models import City
    from tests import factories

    english = factories.locale("en")
    for name in ("Tirana", "Sousse & <Sfax>"):
        City.objects.create(name=name, country="AL", locale=english)
    chosen = City.objects.get(name="Tirana")

    class CityForm(forms.Form):
        city = forms.ModelChoiceField(
            queryset=City.objects.order_by("name"), empty_label="Choose", widget=ListSelect
        )

    form = CityForm(initial={"city": chosen.pk})
    with django_assert_num_queries(1):  # no count, no server-side cursor
        html = str(form["city"])
    assert '<option value="">Choose</option>' in html
    assert f'<option value="{chosen.pk}" selected>Tirana, Albania</option>' in html
    assert ">Sousse &amp; &lt;Sfax&gt;, Albania</option>" in html
