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
