"""Reviewers' scores against the call's rubric, and the weighted average staff see."""

from decimal import ROUND_HALF_UP, Decimal

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import ApplicationReview

SCORES = [(str(n), str(n)) for n in range(6)]


class ScoreForm(forms.Form):
    recommendation = forms.ChoiceField(
        label=_("Recommendation"),
        choices=ApplicationReview.Recommendation.choices,
        widget=forms.RadioSelect,
    )
    comment = forms.CharField(label=_("Overall comment"), widget=forms.Textarea(attrs={"rows": 4}))

    def __init__(self, criteria, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.criteria = criteria
        for block_id, name, _weight in criteria:
            self.fields[f"score_{block_id}"] = forms.TypedChoiceField(
                label=name, choices=SCORES, coerce=int, widget=forms.RadioSelect
            )
            self.fields[f"comment_{block_id}"] = forms.CharField(
                label=_("Comment on %(criterion)s") % {"criterion": name},
                required=False,
                widget=forms.Textarea(attrs={"rows": 2}),
            )

    def criterion_fields(self):
        return [
            (self[f"score_{block_id}"], self[f"comment_{block_id}"])
            for block_id, _name, _weight in self.criteria
        ]

    def save(self, assignment):
        scores = {
            block_id: {
                "name": name,
                "weight": weight,
                "score": self.cleaned_data[f"score_{block_id}"],
                "comment": self.cleaned_data[f"comment_{block_id}"],
            }
            for block_id, name, weight in self.criteria
        }
        return ApplicationReview.objects.create(
            assignment=assignment,
            scores=scores,
            weighted_score=weighted(scores),
            recommendation=self.cleaned_data["recommendation"],
            comment=self.cleaned_data["comment"],
        )


def weighted(scores):
    total_weight = sum(Decimal(str(s["weight"])) for s in scores.values())
    if not total_weight:
        return Decimal("0")
    value = sum(Decimal(str(s["weight"])) * s["score"] for s in scores.values()) / total_weight
    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def score_summary(application, assignments):
    """Staff's view: the average of the reviewers' weighted scores, and how many are in."""
    reviews = [a.review for a in assignments if hasattr(a, "review")]
    if not reviews:
        return {"count": 0, "assigned": len(assignments), "average": None}
    average = sum(r.weighted_score for r in reviews) / len(reviews)
    return {
        "count": len(reviews),
        "assigned": len(assignments),
        "average": average.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP),
    }
