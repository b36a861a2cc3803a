"""Demo accounts and the permissions the demo's groups need."""

from django.contrib.auth.models import Group, Permission

# Snippets Wagtail's Editors group manages in the demo.
EDITOR_SNIPPETS = {
    "sc_core": ["hub", "city", "organisation", "theme"],
    "sc_news": ["articletype"],
}


def grant_editors():
    """Let Wagtail's Editors group manage the directory and article types."""
    editors, _ = Group.objects.get_or_create(name="Editors")
    for app_label, model_names in EDITOR_SNIPPETS.items():
        editors.permissions.add(
            *Permission.objects.filter(
                content_type__app_label=app_label,
                content_type__model__in=model_names,
                codename__regex=r"^(add|change|delete|view)_",
            )
        )
