from django.conf import settings


def site(request):
    """The site's name and description, which come from the environment: they depend on what was imported."""
    return {"site_name": settings.SITE_NAME, "site_description": settings.SITE_DESCRIPTION}
